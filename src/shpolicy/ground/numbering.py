"""Numbering markers: recognise ``一、 (一) 1. (1) ① I. 가) 第三条 行动1：`` and their ordinals.

This module is the one place that knows numeral systems (Chinese, Roman,
Arabic, circled, Hangul) and the bracket and punctuation variants markers are
written with.  It says what a marker *could* be; whether a candidate really is
a marker (sequence, context) is for the parsers to decide.

A marker's ``style`` is ``<family>-<form>``: the family of its numeral
(``cjk``, ``arabic``, ``roman``, ``circled``, ``hangul``, ``jamo``) and the form
of its punctuation (``plain`` for ``一、 一. 1. 1、 1．``, ``paren`` for
``(一) （一） (一)、 (1) ⑴``, ``rparen`` for ``1) 가)``, ``circled`` for ``①``)
or a labelled form (``label`` for ``行动1：``, ``article`` for ``第三条``,
``chapter`` for ``第一章``/``第一部分``).  Variants of one style are one level of
the hierarchy.
"""

from __future__ import annotations

from dataclasses import dataclass

import regex

from ..schema.vocabulary import NumberingStyle
from .numerals import DIGITS, cjk_to_int

__all__ = [
    "Marker",
    "int_to_roman",
    "match_marker",
    "parse_ordinal",
    "roman_to_int",
    "search_markers",
]

# Marker numerals stop at 九百九十九: a 千 or 万 at a line start is no marker.
_CJK_CHARS = "".join(c for c in DIGITS if c not in "○Ｏ") + "十拾百佰"

_ROMAN_VALUES = {"I": 1, "V": 5, "X": 10, "L": 50, "C": 100}
_UNICODE_ROMAN = {chr(0x2160 + i): i + 1 for i in range(12)} | {
    chr(0x2170 + i): i + 1 for i in range(12)
}
_CIRCLED = (
    {chr(0x2460 + i): i + 1 for i in range(20)}  # ①…⑳
    | {chr(0x3251 + i): i + 21 for i in range(15)}  # ㉑…㉟
    | {chr(0x32B1 + i): i + 36 for i in range(15)}  # ㊱…㊿
    | {chr(0x2776 + i): i + 1 for i in range(10)}  # ❶…❿
)
_PAREN_DIGITS = {chr(0x2474 + i): i + 1 for i in range(20)}  # ⑴…⒇
_DOT_DIGITS = {chr(0x2488 + i): i + 1 for i in range(20)}  # ⒈…⒛
_HANGUL = "가나다라마바사아자차카타파하"
_JAMO = "ㄱㄴㄷㄹㅁㅂㅅㅇㅈㅊㅋㅌㅍㅎ"


def roman_to_int(numeral: str) -> int | None:
    """Value of a Roman numeral (ASCII either case, or one Unicode sign Ⅰ…Ⅻ); None if malformed."""
    if len(numeral) == 1 and numeral in _UNICODE_ROMAN:
        return _UNICODE_ROMAN[numeral]
    upper = numeral.upper()
    if not upper or any(c not in _ROMAN_VALUES for c in upper):
        return None
    total = 0
    for i, char in enumerate(upper):
        value = _ROMAN_VALUES[char]
        if i + 1 < len(upper) and _ROMAN_VALUES[upper[i + 1]] > value:
            total -= value
        else:
            total += value
    # Reject non-canonical spellings such as IIII or VX.
    return total if total > 0 and int_to_roman(total) == upper else None


def int_to_roman(value: int) -> str:
    """Canonical upper-case Roman numeral of ``1 <= value < 400``."""
    if not 1 <= value < 400:
        raise ValueError(value)
    out = ""
    for number, letters in (
        (100, "C"), (90, "XC"), (50, "L"), (40, "XL"), (10, "X"),
        (9, "IX"), (5, "V"), (4, "IV"), (1, "I"),
    ):  # fmt: skip
        while value >= number:
            out += letters
            value -= number
    return out


def parse_ordinal(numeral: str, family: str) -> int | None:
    """Ordinal of ``numeral`` read in ``family``; None if it is not a numeral of that family."""
    if family == "arabic":
        return int(numeral) if numeral.isascii() and numeral.isdigit() else None
    if family == "cjk":
        return cjk_to_int(numeral)
    if family == "roman":
        return roman_to_int(numeral)
    if family == "circled":
        return _CIRCLED.get(numeral) or _PAREN_DIGITS.get(numeral) or _DOT_DIGITS.get(numeral)
    if family == "hangul":
        return _HANGUL.index(numeral) + 1 if len(numeral) == 1 and numeral in _HANGUL else None
    if family == "jamo":
        return _JAMO.index(numeral) + 1 if len(numeral) == 1 and numeral in _JAMO else None
    return None


@dataclass(frozen=True, slots=True)
class Marker:
    """A numbering marker found in text."""

    raw: str
    """The marker exactly as it stands, e.g. ``（十五）`` or ``1.``."""
    ordinal: int
    family: str
    form: str
    start: int
    end: int
    """Offsets of the marker (and the white space after it) in the searched text."""

    @property
    def style(self) -> NumberingStyle:
        """Hierarchy key: variants of one style are one level (``cjk-paren``…)."""
        return NumberingStyle(f"{self.family}-{self.form}")


_OPEN = "(（"
_CLOSE = ")）"
_NUMERALS = {
    "cjk": rf"[{_CJK_CHARS}]{{1,5}}",
    "arabic": r"[0-9]{1,3}",
    "roman": r"(?:[IVXL]{1,7}|[ivxl]{1,7}|[\u2160-\u216B\u2170-\u217B])",
    "hangul": rf"[{_HANGUL}]",
    "jamo": rf"[{_JAMO}]",
}
_LABEL_WORDS = "专项行动|行动|任务|措施|举措|工程|重点任务"


def _family_group(name: str) -> str:
    return rf"(?P<{name}>{_NUMERALS[name]})"


# One pattern, tried at a position; the named group that matched tells the
# family and the form.  Alternatives are ordered so that the longest reading of
# a marker wins (``(一)、`` before ``(一)``).
_MARKER = regex.compile(
    rf"""
    (?:
        [{_OPEN}]\s*(?:{_family_group("cjk")}|{_family_group("arabic")}|{_family_group("roman")}
                      |{_family_group("hangul")}|{_family_group("jamo")})\s*[{_CLOSE}](?P<paren>、?)
      | (?P<circled>[\u2460-\u2473\u3251-\u325F\u32B1-\u32BF\u2776-\u277F])(?P<circledtail>[、.．]?)
      | (?P<parendigit>[\u2474-\u2487])(?P<parendigittail>、?)
      | (?P<dotdigit>[\u2488-\u249B])
      | 第(?P<artnum>[{_CJK_CHARS}]{{1,5}}|[0-9]{{1,3}})(?P<artunit>条|章|节|部分|篇)
      | (?:[—─]{{1,2}}[ \t]*)?(?P<labelword>{_LABEL_WORDS})(?P<labelnum>[0-9]{{1,3}}|[{_CJK_CHARS}]{{1,5}})(?P<labelpunct>[：:、.．]|\s)
      | (?:(?P<pcjk>[{_CJK_CHARS}]{{1,5}})|(?P<parabic>[0-9]{{1,3}})|(?P<proman>[IVXL]{{1,7}}|[ivxl]{{1,7}}|[\u2160-\u216B\u2170-\u217B])
         |(?P<phangul>[{_HANGUL}])|(?P<pjamo>[{_JAMO}]))(?P<plain>[、.．](?:(?![0-9])|(?=[0-9]{{1,4}}\s*[年月])))
      | (?:(?P<rarabic>[0-9]{{1,3}})|(?P<rroman>[ivxl]{{1,7}})|(?P<rhangul>[{_HANGUL}]))(?P<rparen>[)）])
    )
    [ \t\u3000]*
    """,
    regex.VERBOSE,
)

# The group names in the pattern's order: ``dict(zip(_GROUP_NAMES, m.groups()))`` is
# what ``m.groupdict()`` gives, at a fifth of its cost (markers are matched on every line).
_GROUP_NAMES: tuple[str | None, ...] = tuple(
    {i: name for name, i in _MARKER.groupindex.items()}.get(i) for i in range(1, _MARKER.groups + 1)
)

_ARTICLE_FORMS = {"条": "article", "章": "chapter", "部分": "chapter", "篇": "chapter", "节": "part"}


def match_marker(
    text: str,
    pos: int = 0,
    *,
    endpos: int | None = None,
    families: frozenset[str] | None = None,
) -> Marker | None:
    """The marker standing at ``text[pos]`` (and ending before ``endpos``), if any.

    ``families`` limits the numeral families considered (for instance no
    ``hangul`` outside Korean text); None allows all.
    """
    m = _MARKER.match(text, pos, len(text) if endpos is None else endpos)
    if m is None:
        return None
    groups = dict(zip(_GROUP_NAMES, m.groups()))
    family = form = ""
    numeral = ""
    for fam in ("cjk", "arabic", "roman", "hangul", "jamo"):
        if groups[fam] is not None:
            family, form, numeral = fam, "paren", groups[fam]
            break
    else:
        if groups["circled"] is not None:
            family, form, numeral = "circled", "circled", groups["circled"]
        elif groups["parendigit"] is not None:
            family, form, numeral = "circled", "paren", groups["parendigit"]
        elif groups["dotdigit"] is not None:
            family, form, numeral = "circled", "plain", groups["dotdigit"]
        elif groups["artnum"] is not None:
            numeral = groups["artnum"]
            family = "arabic" if numeral.isdigit() else "cjk"
            form = _ARTICLE_FORMS[groups["artunit"]]
        elif groups["labelword"] is not None:
            numeral = groups["labelnum"]
            family = "arabic" if numeral.isdigit() else "cjk"
            form = "label"
        else:
            for fam, key in (
                ("cjk", "pcjk"), ("arabic", "parabic"), ("roman", "proman"),
                ("hangul", "phangul"), ("jamo", "pjamo"),
                ("arabic", "rarabic"), ("roman", "rroman"), ("hangul", "rhangul"),
            ):  # fmt: skip
                if groups[key] is not None:
                    family, numeral = fam, groups[key]
                    form = "plain" if key.startswith("p") else "rparen"
                    break
    if families is not None and family not in families:
        return None
    ordinal = parse_ordinal(numeral, family)
    if ordinal is None:
        return None
    end = m.end()
    raw = text[pos:end].rstrip(" \t\u3000")
    return Marker(raw=raw, ordinal=ordinal, family=family, form=form, start=pos, end=end)


def search_markers(
    text: str, *, families: frozenset[str] | None = None, start: int = 0
) -> list[Marker]:
    """Every position in ``text[start:]`` where a marker could stand (candidates only)."""
    out: list[Marker] = []
    pos = start
    n = len(text)
    while pos < n:
        marker = match_marker(text, pos, families=families)
        if marker is not None:
            out.append(marker)
            pos = marker.end
        else:
            pos += 1
    return out
