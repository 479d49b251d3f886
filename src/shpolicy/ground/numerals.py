"""Chinese numerals: the one reader of their values, for ordinals, amounts and years.

Two ways of writing a number meet in a notice.  The counting form
(``十五``, ``一百零一``, ``三千零五``, ``百``, financial ``壹佰``, up to 亿) is read by
:func:`cjk_to_int`; the positional form of years (``二〇二四``) by
:func:`cjk_digits_to_int`.  Numbering markers, dates and numeric facts all
read numerals here, so that they agree on every numeral.
"""

from __future__ import annotations

__all__ = [
    "CJK_NUMERAL_CHARS",
    "DIGITS",
    "cjk_digits_to_int",
    "cjk_to_int",
    "int_to_cjk",
]

DIGITS: dict[str, int] = {
    "〇": 0, "零": 0, "○": 0, "Ｏ": 0,
    "一": 1, "壹": 1, "二": 2, "贰": 2, "貳": 2, "两": 2, "兩": 2,
    "三": 3, "叁": 3, "參": 3, "四": 4, "肆": 4, "五": 5, "伍": 5, "六": 6, "陆": 6,
    "陸": 6, "七": 7, "柒": 7, "八": 8, "捌": 8, "九": 9, "玖": 9,
}  # fmt: skip
"""Digit characters, everyday and financial (大写), simplified and traditional."""

_SMALL_UNITS = {"十": 10, "拾": 10, "百": 100, "佰": 100, "千": 1000, "仟": 1000}
_LARGE_UNITS = {"万": 10_000, "萬": 10_000, "亿": 100_000_000, "億": 100_000_000}
_ZEROS = "〇零○Ｏ"
# 两 counts (两千) but is no place digit of a year.
_POSITIONAL = {c: v for c, v in DIGITS.items() if c not in "两兩"}

CJK_NUMERAL_CHARS = "".join(DIGITS) + "".join(_SMALL_UNITS) + "".join(_LARGE_UNITS)
"""Every character a counting-form numeral may hold."""


def cjk_to_int(numeral: str) -> int | None:
    """Value of a counting-form numeral (``十五``, ``三千零五``, ``壹佰``, ``百``); None if malformed.

    Positional runs of digits (``二〇``, ``一二``) are not counting forms and give None.
    """
    if not numeral:
        return None
    total = 0  # completed 万 and 亿 groups
    group = 0  # the group being read
    current: int | None = None
    last_small = 10_000
    last_large = 10**12
    zero_pending = False
    for char in numeral:
        if char in _ZEROS:
            if current is not None:
                return None
            if group or total:
                zero_pending = True  # 三千零五: 零 holds an empty place
                continue
            current = 0
        elif char in DIGITS:
            if current is not None:
                return None
            current, zero_pending = DIGITS[char], False
        elif char in _SMALL_UNITS:
            unit = _SMALL_UNITS[char]
            if unit >= last_small or current == 0:
                return None
            group += (1 if current is None else current) * unit
            current, last_small, zero_pending = None, unit, False
        elif char in _LARGE_UNITS:
            unit = _LARGE_UNITS[char]
            value = group + (current or 0)
            if unit >= last_large or value == 0:
                return None
            total += value * unit
            group, current, last_small, last_large = 0, None, 10_000, unit
        else:
            return None
    if zero_pending or (current == 0 and (group or total)):
        return None
    return total + group + (current or 0)


def cjk_digits_to_int(text: str) -> int | None:
    """Value of a positional numeral (``二〇二四``, or ASCII digits); None if it is not one."""
    if not text:
        return None
    if text.isascii():
        return int(text) if text.isdigit() else None
    value = 0
    for char in text:
        digit = _POSITIONAL.get(char)
        if digit is None:
            return None
        value = value * 10 + digit
    return value


def int_to_cjk(value: int) -> str:
    """Chinese numeral of ``0 <= value < 1000`` in the form documents use (十五, 二十三)."""
    if not 0 <= value < 1000:
        raise ValueError(value)
    digits = "〇一二三四五六七八九"
    if value < 10:
        return digits[value]
    hundreds, rest = divmod(value, 100)
    tens, ones = divmod(rest, 10)
    out = ""
    if hundreds:
        out += digits[hundreds] + "百"
        if tens == 0 and ones:
            return out + "零" + digits[ones]
    if tens:
        out += ("" if tens == 1 and not hundreds else digits[tens]) + "十"
    if ones:
        out += digits[ones]
    return out
