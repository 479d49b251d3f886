"""Dates in Chinese, English and Korean notices, read as ISO ``YYYY-MM-DD``.

The one place that knows how the three languages write a date:

* Chinese ``2024年12月30日``, with full-width digits ``２０２４年１２月３０日``
  or in Chinese numerals ``二〇二四年十二月三十日`` (the 成文日期 of a
  notice is written this way in print);
* English ``December 30, 2024``, ``30 December 2024``, ``Dec. 30, 2024``,
  ``December 30th, 2024``;
* Korean ``2024년 12월 30일`` and the dotted ``2024. 12. 30.``;
* and the numeric ``2024-12-30`` / ``2024/12/30`` any of them may use.

A date that does not exist on the calendar (``2月30日``) is not a date.
"""

from __future__ import annotations

import datetime
from collections.abc import Iterator
from typing import NamedTuple

import regex

from .numerals import cjk_digits_to_int, cjk_to_int

__all__ = ["FoundDate", "find_date", "find_dates", "iso_date", "parse_date"]


class FoundDate(NamedTuple):
    """A date found in a text: its ISO form and where it stands."""

    iso: str
    start: int
    end: int


_MONTHS: dict[str, int] = {
    "january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6,
    "july": 7, "august": 8, "september": 9, "october": 10, "november": 11, "december": 12,
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8,
    "sep": 9, "sept": 9, "oct": 10, "nov": 11, "dec": 12,
}  # fmt: skip
# Longest names first, so that ``Sept`` is not read as ``Sep`` followed by ``t``.
_MONTH = "|".join(sorted(_MONTHS, key=len, reverse=True))

# Year digits of a date in Chinese numerals are written positionally: 二〇二四.
_CJK_YEAR = "[〇○Ｏ零一二三四五六七八九]{4}"
_CJK_SMALL = "[一二三四五六七八九十]{1,3}"

_FULLWIDTH_DIGITS = str.maketrans("０１２３４５６７８９", "0123456789")

_PATTERN = regex.compile(
    rf"""
      (?P<zh>(?<![0-9])(?P<zy>[0-9]{{4}}|{_CJK_YEAR})\s*年\s*
             (?P<zm>[0-9]{{1,2}}|{_CJK_SMALL})\s*月\s*
             (?P<zd>[0-9]{{1,2}}|{_CJK_SMALL})\s*[日号])
    | (?P<ko>(?<![0-9])(?P<ky>[0-9]{{4}})\s*년\s*(?P<km>[0-9]{{1,2}})\s*월\s*(?P<kd>[0-9]{{1,2}})\s*일)
    | (?P<mdy>\b(?P<am>{_MONTH})\.?\s+(?P<ad>[0-9]{{1,2}})(?:st|nd|rd|th)?,?\s+(?P<ay>[0-9]{{4}})\b)
    | (?P<dmy>\b(?P<bd>[0-9]{{1,2}})(?:st|nd|rd|th)?\s+(?P<bm>{_MONTH})\.?,?\s+(?P<by>[0-9]{{4}})\b)
    | (?P<dot>(?<![0-9.])(?P<dy>(?:19|20)[0-9]{{2}})\.\s?(?P<dm>[0-9]{{1,2}})\.\s?
              (?P<dd>[0-9]{{1,2}})(?![0-9])\.?)
    | (?P<num>(?<![0-9])(?P<ny>(?:19|20)[0-9]{{2}})(?P<sep>[-/])(?P<nm>[0-9]{{1,2}})(?P=sep)
              (?P<nd>[0-9]{{1,2}})(?![0-9]))
    """,
    regex.VERBOSE | regex.IGNORECASE,
)


def _number(text: str) -> int | None:
    if text.isascii():
        return int(text)
    return cjk_to_int(text)


def _iso(year: int | None, month: int | None, day: int | None) -> str | None:
    if year is None or month is None or day is None:
        return None
    try:
        return datetime.date(year, month, day).isoformat()
    except ValueError:
        return None


def _read(m: regex.Match[str]) -> str | None:
    if m["zh"]:
        return _iso(cjk_digits_to_int(m["zy"]), _number(m["zm"]), _number(m["zd"]))
    if m["ko"]:
        return _iso(int(m["ky"]), int(m["km"]), int(m["kd"]))
    if m["mdy"]:
        return _iso(int(m["ay"]), _MONTHS[m["am"].lower()], int(m["ad"]))
    if m["dmy"]:
        return _iso(int(m["by"]), _MONTHS[m["bm"].lower()], int(m["bd"]))
    if m["dot"]:
        return _iso(int(m["dy"]), int(m["dm"]), int(m["dd"]))
    return _iso(int(m["ny"]), int(m["nm"]), int(m["nd"]))


def find_dates(text: str) -> Iterator[FoundDate]:
    """Every valid date in ``text``, in order, with its offsets in ``text``."""
    # Full-width digits map one to one, so offsets stay those of ``text``.
    ascii_text = text.translate(_FULLWIDTH_DIGITS)
    for m in _PATTERN.finditer(ascii_text):
        iso = _read(m)
        if iso is not None:
            yield FoundDate(iso, m.start(), m.end())


def find_date(text: str) -> FoundDate | None:
    """The first valid date in ``text`` as ``(iso, start, end)``, or None."""
    return next(find_dates(text), None)


def parse_date(text: str) -> str | None:
    """The ISO form of ``text`` if, white space and a final full stop aside, it is one date."""
    stripped = text.strip().rstrip("。")
    found = find_date(stripped)
    if found is None or found.start != 0 or found.end != len(stripped):
        return None
    return found.iso


def iso_date(text: str) -> str | None:
    """The ISO form of the first date in ``text``, or None."""
    found = find_date(text)
    return found.iso if found else None
