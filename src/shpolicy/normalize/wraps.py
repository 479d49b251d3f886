"""Joining hard-wrapped lines back into paragraphs.

Text extracted from a PDF (or copied from one) breaks every line at the page
width, and often puts a blank line after each.  Text copied from a web page has
one paragraph per line, with a stray break where the page it came from ended.
The fix first decides which of the two the document is, from the spread of its
line widths, then joins a line to the next unless something says a paragraph
ends there: sentence-final punctuation, a numbering marker or an indent at the
start of the next line, a heading, a line that stands alone (a date, a 附注, a
抄送 line), or, in page-width text, a line that stops clearly short of the width.
"""

from __future__ import annotations

import functools
import itertools
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass

import regex

from ..ground.dates import parse_date
from ..ground.numbering import match_marker
from .pipeline import Context, Fix
from .textmap import Edit

__all__ = ["JOIN_HARD_WRAPS", "display_width", "is_standalone_line"]

_DOT_BEFORE_HAN = regex.compile(r"\.\p{Han}")
_CLAUSE_PUNCT = regex.compile(r"[，。；,;]")
_LATIN_OR_HANGUL = regex.compile(r"[A-Za-z\p{Hangul}]")
_HAN_CHAR = regex.compile(r"\p{Han}")

# Punctuation after which a line ends a paragraph.
_TERMINAL = "。！？；：!?;:…"
_CLOSERS = "）)】〕」』”\"'’》"
_INDENT = regex.compile(r"^(?:\u3000|[ \t]{2,})")
# Lines that are a paragraph by themselves.
_STANDALONE = regex.compile(
    r"""^(?:
        [（(]此件[^（()）]*[）)]
      | .*\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日\s*印发
      | 附\s*件\s*\d*
    )$""",
    regex.VERBOSE,
)
_YEARISH = regex.compile(r"\d{4}|[〇二][〇零一二三四五六七八九]{3}")
# Lines that begin a paragraph (which may wrap onto the next line).
_OPENER = regex.compile(r"^(?:抄\s*送|主\s*送|附\s*件|印\s*发|联系人|联系电话)")
_HAN_END = regex.compile(r"[\p{Han}，、“‘（(《]$")
_HAN_START = regex.compile(r"^[\p{Han}，、。；：）)”’》0-9A-Za-z]")
_WORDY = regex.compile(r"[A-Za-z0-9\p{Hangul}]")

_FAMILIES = {
    "zh": frozenset({"cjk", "arabic", "roman", "circled"}),
    "en": frozenset({"roman", "arabic", "circled"}),
    "ko": frozenset({"cjk", "arabic", "roman", "circled", "hangul", "jamo"}),
}


_NARROW = regex.compile(r"[A-Za-z0-9 ]")
_WIDE = regex.compile(r"[\p{East_Asian_Width=Wide}\p{East_Asian_Width=Fullwidth}]")


@functools.lru_cache(maxsize=8192)
def display_width(line: str) -> int:
    """Columns a line takes in print: one for Latin letters, digits and spaces, two otherwise.

    Punctuation counts as wide because in a Chinese page it is: text extracted
    from a PDF often carries ASCII ``,`` or ``(`` where the page had ``，（``.
    Cached: the confirming pass of the fixes measures the same lines again.
    """
    narrow = len(_NARROW.findall(line))
    wide = len(_WIDE.findall(line))
    other = len(line) - narrow - wide
    latin_text = other and narrow > 3 * wide
    return narrow + 2 * wide + (1 if latin_text else 2) * other


def is_standalone_line(line: str) -> bool:
    """A line that is a paragraph by itself: a date, a 附注, an 印发 line, 附件."""
    stripped = line.strip()
    if _STANDALONE.match(stripped) is not None:
        return True
    # A date line is short and holds a year; checking only those keeps this cheap.
    return (
        len(stripped) <= 40
        and _YEARISH.search(stripped) is not None
        and parse_date(stripped) is not None
    )


@dataclass(frozen=True, slots=True)
class _Line:
    start: int  # offset of the first character of the line
    end: int  # offset of the line break (or end of text)
    text: str  # the line without its break

    @property
    def body(self) -> str:
        return self.text.strip()


def _lines(text: str) -> list[_Line]:
    out: list[_Line] = []
    pos = 0
    for raw in text.split("\n"):
        out.append(_Line(pos, pos + len(raw), raw))
        pos += len(raw) + 1
    return out


def _page_width(lines: list[_Line]) -> int | None:
    """The width lines are wrapped at, if the text is wrapped at a page width at all."""
    widths = [display_width(line.body) for line in lines if line.body]
    long = [w for w in widths if w >= 20]
    if len(long) < 8:
        return None
    bins = Counter(w // 4 for w in long)
    top_bin, _ = bins.most_common(1)[0]
    near = [w for w in long if abs(w // 4 - top_bin) <= 1]
    # Wrapped text: most long lines end within a few columns of one width, and
    # that width is a page column, not a paragraph length.
    if len(near) < 0.5 * len(long) or max(near) > 120:
        return None
    near.sort()
    return near[len(near) // 2]


def _is_heading(line: str, width: int | None, families: frozenset[str]) -> bool:
    body = line.strip()
    marker = match_marker(body, families=families)
    if marker is None:
        return False
    if any(p in body for p in "。！？；!?;") or _DOT_BEFORE_HAN.search(body):
        return False
    return width is None or display_width(body) < 0.8 * width


def _paragraph_ends(a: _Line, b: _Line, width: int | None, families: frozenset[str]) -> bool:
    """Whether a paragraph ends after line ``a`` (``b`` being the next text line)."""
    head, tail = a.body, b.body
    # The first line of a paragraph is indented by two characters, and a line
    # may stop a character or two early rather than break before a quote.
    full = width is not None and display_width(a.text.rstrip()) >= width - 7
    if head[-1] in _TERMINAL and not full:
        # A full line ending in 。 says nothing: the page width may end there.
        return True
    if match_marker(tail, families=families) is not None:
        return True
    if is_standalone_line(head) or is_standalone_line(tail) or _OPENER.match(tail):
        return True
    if _is_heading(head, width, families):
        return True
    if "\t" in a.text or "\t" in b.text:
        return True  # table rows are lines of their own
    if width is None:
        # One paragraph per line: join only a break inside a Chinese sentence,
        # never after a title or heading (they hold no sentence punctuation).
        return not (
            display_width(head) >= 60
            and _HAN_END.search(head)
            and _HAN_START.match(tail)
            and _CLAUSE_PUNCT.search(head)
        )
    if _INDENT.match(b.text):
        return True
    # A line stopping clearly short of the page width ends its paragraph.
    return not full


def _join_edits(text: str, ctx: Context) -> Iterable[Edit]:
    lines = _lines(text)
    # A web copy holds a paragraph a line; it was never wrapped at a page width.
    width = None if ctx.web_copy else _page_width(lines)
    families = _FAMILIES[ctx.language]
    content = [line for line in lines if line.body]
    edits: list[Edit] = []
    # Without a page width, whether a line continues the one before depends on how
    # long that line is: once joined, the longer line may take the next one too.
    # The decision is made against the paragraph as joined so far, as the next pass
    # of the fixes would make it, so that one pass joins what it will ever join.
    joined: _Line | None = None
    for a, b in itertools.pairwise(content):
        # In a web copy a blank line ends a paragraph: a table printed a cell to a
        # line stands a cell to a paragraph, and its cells are never one sentence.
        if ctx.web_copy and b.start > a.end + 1:
            joined = None
            continue
        head_line = joined if joined is not None and width is None else a
        if _paragraph_ends(head_line, b, width, families):
            joined = None
            continue
        # Chinese joins without a space; Latin or Hangul words need one.
        head, tail = a.body, b.body
        glue = " " if _WORDY.match(head[-1]) and _WORDY.match(tail[0]) else ""
        if (
            glue
            and not _LATIN_OR_HANGUL.match(head[-1] + tail[0])
            and (
                _HAN_CHAR.match(head[-2:-1] or "")
                or _HAN_CHAR.match(tail[1:2] or "")
            )
        ):
            glue = ""  # digits inside Chinese text: 2029 年 stays 2029年
        a_end = a.start + len(a.text.rstrip())
        b_start = b.start + (len(b.text) - len(b.text.lstrip()))
        edits.append(Edit(a_end, b_start, glue))
        if width is None:
            text_so_far = (joined or a).text.rstrip() + glue + b.text.lstrip()
            joined = _Line(a.start, b.end, text_so_far)
    return edits


JOIN_HARD_WRAPS = Fix(
    name="join-hard-wraps",
    description="Join lines that a fixed page width broke inside a paragraph.",
    edits=_join_edits,
)
