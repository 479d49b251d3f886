"""The ``cjk-punctuation`` fix: ASCII punctuation standing in for Chinese punctuation.

Text extracted from a PDF (and text typed on an English keyboard) writes
``.`` for ``。``, ``,`` for ``，``, ``(责任单位:…)`` for ``（责任单位：…）``.
The parsers find sentences, titles and unit lists by the Chinese marks, so
these are converted, but only in *Han context*: where the letters around the
mark are Han rather than Latin or Hangul.  English and Korean prose keeps its
punctuation, while a Chinese passage inside a Korean version is fixed.

A ``.`` is a full stop only when it is not something else: a decimal point
(``4.73``), a list marker (``1.``, ``一.`` at a line start or after a sentence
end), an ellipsis, an abbreviation (``No.``) or part of a domain name.
Parentheses are converted as balanced pairs, whose content or surroundings are
Han: ``(一)``, ``(责任单位:市商务委)``, ``区块链即服务(BaaS)平台``.
"""

from __future__ import annotations

from collections.abc import Iterable

import regex

from .chars import CJK_CLOSERS, HAN, INLINE_SPACE, is_han, is_hangul
from .pipeline import Context, Fix
from .textmap import Edit

__all__ = ["CJK_PUNCTUATION_FIX", "han_context"]

_FULL = {",": "，", ":": "：", ";": "；", "?": "？", "!": "！", ".": "。", "(": "（", ")": "）"}
_MARKS = regex.compile(r"[.,:;?!]")
_PARENS = regex.compile(r"[()（）]")
# What may stand before a list marker that follows on the same line.
_BEFORE_MARKER = "。；！？：.;!?:，,、\t"
_NUMERALS = frozenset("0123456789〇零一二三四五六七八九十百两")
_ABBREVIATIONS = frozenset(
    {
        "No", "Nos", "Co", "Corp", "Ltd", "Inc", "St", "Mr", "Mrs", "Ms", "Dr", "vs", "etc",
        "Vol", "Art", "Fig", "Dept", "Gov", "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug",
        "Sep", "Sept", "Oct", "Nov", "Dec",
    }
)  # fmt: skip
_ASCII_CLOSERS = ")]\"'"
_ALNUM = regex.compile(r"[\p{L}\p{N}]")
_WORD_END = regex.compile(r"[A-Za-z]+$")
_HANGUL_ANY = regex.compile(r"\p{Hangul}")
_LATIN_LETTER = regex.compile(r"[A-Za-z]")
# How many letters on each side weigh in on the context, and how far to look.
_WINDOW_LETTERS = 8
_WINDOW_CHARS = 40
# A pair of parentheses spanning more than this is not one pair.
_MAX_PAIR = 1000


def _is_ascii_alnum(char: str) -> bool:
    return char.isascii() and char.isalnum()


def _letters(text: str, index: int, step: int) -> str:
    """Up to a few letters or digits from ``index`` on in direction ``step``, same line."""
    if step > 0:
        window = text[index : index + _WINDOW_CHARS]
    else:
        window = text[max(0, index + 1 - _WINDOW_CHARS) : index + 1][::-1]
    cut = window.find("\n")
    if cut >= 0:
        window = window[:cut]
    return "".join(_ALNUM.findall(window)[:_WINDOW_LETTERS])


def han_context(text: str, start: int, end: int) -> bool:
    """Whether the punctuation at ``text[start:end]`` stands in Han context.

    The nearest letter on one side must be Han and neither nearest letter
    Hangul; where the other side is Latin, the letters around must not be
    mostly Latin.
    """
    if is_han(text[start - 1 : start]) and is_han(text[end : end + 1]):
        return True  # between two Han characters: the common case, decided at once
    return _han_letters(_letters(text, start - 1, -1), _letters(text, end, 1))


def _han_letters(left: str, right: str) -> bool:
    near_left = left[:1]
    near_right = right[:1]
    if is_hangul(near_left) or is_hangul(near_right):
        return False
    if _is_ascii_alnum(near_left) and _is_ascii_alnum(near_right):
        return False
    # A mark at the end of a line after a number or acronym (…达到50%.) takes
    # its context from the first non-ASCII letter before it.
    if not (is_han(near_left) or is_han(near_right)) and (
        near_right or not is_han(next((c for c in left if not c.isascii()), ""))
    ):
        return False
    if not (_is_ascii_alnum(near_left) or _is_ascii_alnum(near_right)):
        return True  # Han on one side, Han or nothing on the other
    # Han on one side and Latin on the other: a Chinese sentence with an
    # acronym in it (原创内容IP,并) or an English one quoting Chinese
    # ("上海", and): the letters around decide.
    both = left + right
    han = len(HAN.findall(both))
    latin = sum(1 for c in both if c.isascii() and c.isalpha())
    return han * 2 >= latin


def _mostly_han(content: str) -> bool:
    """Whether ``content`` holds Han characters and not more than twice as many Latin letters."""
    if HAN.search(content) is None:
        return False
    if _LATIN_LETTER.search(content) is None:
        return True
    return len(HAN.findall(content)) * 2 >= len(_LATIN_LETTER.findall(content))


def _is_list_marker(text: str, dot: int) -> bool:
    """Whether the ``.`` at ``dot`` ends a numbering marker (``1.``, ``一.``, ``6-1.``)."""
    i = dot - 1
    while i >= 0 and text[i] in _NUMERALS:
        i -= 1
    if not 0 < dot - 1 - i <= 4:
        return False
    # A sub-number: 附件6-1. is the first part of attachment 6.
    if i >= 1 and text[i] in "-－" and text[i - 1].isdigit():
        i -= 1
        while i >= 0 and text[i].isdigit():
            i -= 1
    while i >= 0 and text[i] in INLINE_SPACE:
        i -= 1
    return i < 0 or text[i] == "\n" or text[i] in _BEFORE_MARKER


def _before_spaces(text: str, i: int) -> str:
    """The character before ``text[i]`` and the inline spaces right before it.

    ``(一) .`` ends as ``（一）。``: the bracket fix takes the space after a
    closing bracket, so a full stop is judged by what stands before the
    spaces, or normalising twice would differ from normalising once.
    """
    j = i - 1
    while j >= 0 and text[j] in INLINE_SPACE:
        j -= 1
    return text[j] if j >= 0 else ""


def _is_full_stop(text: str, i: int) -> bool:
    prev = text[i - 1] if i > 0 else ""
    nxt = text[i + 1] if i + 1 < len(text) else ""
    if prev == "." or nxt == ".":
        return False  # an ellipsis or leader dots
    if prev.isdigit() and nxt.isdigit():
        return False  # a decimal point, or a number like 1.2.3
    if nxt.isascii() and nxt.islower():
        return False  # a domain or file name: 上海.gov.cn
    if _is_list_marker(text, i):
        return False
    if _is_ascii_alnum(prev):
        word = _WORD_END.search(text, max(0, i - 8), i)
        if word is not None and word.group() in _ABBREVIATIONS:
            return False
    elif not (before := _before_spaces(text, i)) or not (
        is_han(before) or before in CJK_CLOSERS or before in _ASCII_CLOSERS or before == "%"
    ):
        # Nothing before (``"" in CJK_CLOSERS`` is true): a mark that opens the
        # text is no more a full stop than one that opens a line.
        return False
    return han_context(text, i, i + 1)


def _absorb(text: str, start: int, end: int, before: bool, after: bool) -> tuple[int, int]:
    """Widen ``[start, end)`` over the inline spaces a full-width mark makes redundant.

    Spaces before are taken only when a letter precedes them, so that two
    marks never both claim the spaces between them.
    """
    if before:
        s = start
        while s > 0 and text[s - 1] in INLINE_SPACE:
            s -= 1
        if s < start and s > 0 and text[s - 1].isalnum():
            start = s
    if after:
        while end < len(text) and text[end] in INLINE_SPACE:
            end += 1
    return start, end


def _mark_edits(text: str) -> list[Edit]:
    edits: list[Edit] = []
    for m in _MARKS.finditer(text):
        i = m.start()
        mark = m.group()
        if mark == ".":
            if not _is_full_stop(text, i):
                continue
        else:
            prev = text[i - 1] if i > 0 else ""
            nxt = text[i + 1] if i + 1 < len(text) else ""
            if prev.isdigit() and nxt.isdigit():
                continue  # 1,300 and 10:30
            if mark == ":" and text.startswith("//", i + 1):
                continue  # a URL
            if not han_context(text, i, i + 1):
                continue
        start, end = _absorb(text, i, i + 1, before=True, after=True)
        edits.append(Edit(start, end, _FULL[mark]))
    return edits


def _paren_pairs(text: str) -> list[tuple[int, int]]:
    pairs: list[tuple[int, int]] = []
    stack: list[int] = []
    for m in _PARENS.finditer(text):
        i = m.start()
        if m.group() in "(（":
            stack.append(i)
            continue
        if stack and i - stack[-1] > _MAX_PAIR:
            stack.clear()  # openers that were never closed
        if stack:
            pairs.append((stack.pop(), i))
    return pairs


def _paren_edits(text: str) -> list[Edit]:
    edits: list[Edit] = []
    for open_at, close_at in _paren_pairs(text):
        if text[open_at] == "（" and text[close_at] == "）":
            continue
        left = _letters(text, open_at - 1, -1)
        right = _letters(text, close_at + 1, 1)
        content = text[open_at + 1 : close_at]
        near_left, near_right = left[:1], right[:1]
        if is_hangul(near_left) or is_hangul(near_right) or _HANGUL_ANY.search(content):
            continue
        if _is_ascii_alnum(near_left) and _is_ascii_alnum(near_right):
            continue
        if not _mostly_han(content) and not (
            (is_han(near_left) or is_han(near_right)) and _han_letters(left, right)
        ):
            continue
        if text[open_at] == "(":
            start, _ = _absorb(text, open_at, open_at + 1, before=True, after=False)
            edits.append(Edit(start, open_at + 1, "（"))
        if text[close_at] == ")":
            _, end = _absorb(text, close_at, close_at + 1, before=False, after=True)
            edits.append(Edit(close_at, end, "）"))
    return edits


def _punctuation_edits(text: str, ctx: Context) -> Iterable[Edit]:
    return _mark_edits(text) + _paren_edits(text)


CJK_PUNCTUATION_FIX = Fix(
    name="cjk-punctuation",
    description=(
        "In Han context, turn ASCII . , : ; ? ! and balanced ( ) into Chinese 。，：；？！（）; "
        "decimals, list markers, abbreviations and English or Korean prose are left alone."
    ),
    edits=_punctuation_edits,
)
