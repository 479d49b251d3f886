"""The one reader of Chinese numerals, against values worked out by hand.

Markers, dates and numeric facts each used to read numerals their own way and
disagreed on 三千零五, 壹佰 and 百; they now share :mod:`shpolicy.ground.numerals`.
"""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from shpolicy.ground.dates import parse_date
from shpolicy.ground.numbering import match_marker
from shpolicy.ground.numerals import cjk_digits_to_int, cjk_to_int, int_to_cjk


@pytest.mark.parametrize(
    ("numeral", "value"),
    [
        ("一", 1), ("十", 10), ("十五", 15), ("二十三", 23), ("百", 100), ("一百", 100),
        ("一百零一", 101), ("一百一十", 110), ("三千零五", 3005), ("三千二百零五", 3205),
        ("壹佰", 100), ("贰拾叁", 23), ("两千", 2000), ("一万", 10_000),
        ("三万五千", 35_000), ("二亿", 200_000_000), ("零", 0), ("〇", 0),
    ],
)  # fmt: skip
def test_counting_forms(numeral: str, value: int) -> None:
    assert cjk_to_int(numeral) == value


@pytest.mark.parametrize("numeral", ["", "二〇", "一二", "十百", "十〇", "一百零", "百百", "万", "甲"])
def test_malformed_counting_forms_give_none(numeral: str) -> None:
    assert cjk_to_int(numeral) is None


def test_positional_years() -> None:
    assert cjk_digits_to_int("二〇二四") == 2024
    assert cjk_digits_to_int("二○一九") == 2019
    assert cjk_digits_to_int("2020") == 2020
    assert cjk_digits_to_int("两〇二四") is None
    assert cjk_digits_to_int("二十") is None


def test_markers_dates_and_facts_agree() -> None:
    # The three readers that disagreed: an ordinal, a date and a fact read through one table.
    marker = match_marker("壹佰、")
    assert marker is not None and marker.ordinal == 100
    assert parse_date("二〇二四年十二月三十日") == "2024-12-30"


_ONES = "〇一二三四五六七八九"


def _spell(n: int) -> str:
    """Spell 1 <= n < 10 000 in the counting form, written out independently of the reader."""
    out, zero = "", False
    for unit, name in ((1000, "千"), (100, "百"), (10, "十"), (1, "")):
        digit = n // unit % 10
        if digit:
            if zero and out:
                out += "零"
            out += ("" if (unit == 10 and digit == 1 and not out) else _ONES[digit]) + name
            zero = False
        else:
            zero = True
    return out


@given(st.integers(min_value=1, max_value=9999))
def test_reads_every_number_below_ten_thousand(n: int) -> None:
    assert cjk_to_int(_spell(n)) == n


@given(st.integers(min_value=0, max_value=999))
def test_writing_and_reading_agree(n: int) -> None:
    assert cjk_to_int(int_to_cjk(n)) == n
