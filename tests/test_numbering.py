"""Numbering markers: numeral systems, bracket variants, and what is not a marker."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from shpolicy.ground.numbering import (
    int_to_roman,
    match_marker,
    roman_to_int,
    search_markers,
)
from shpolicy.ground.numerals import cjk_to_int, int_to_cjk


@pytest.mark.parametrize(
    ("text", "raw", "ordinal", "style"),
    [
        ("一、大力发展", "一、", 1, "cjk-plain"),
        ("一. 디지털", "一.", 1, "cjk-plain"),
        ("六、促进", "六、", 6, "cjk-plain"),
        ("(一)先行先试", "(一)", 1, "cjk-paren"),
        ("（十五）提升", "（十五）", 15, "cjk-paren"),
        ("(二十三）发挥", "(二十三）", 23, "cjk-paren"),
        ("(一)、总体", "(一)、", 1, "cjk-paren"),
        ("（壹）总则", "（壹）", 1, "cjk-paren"),
        ("两、x", "两、", 2, "cjk-plain"),
        ("1.强化", "1.", 1, "arabic-plain"),
        ("1、强化", "1、", 1, "arabic-plain"),
        ("1．强化", "1．", 1, "arabic-plain"),
        ("12) x", "12)", 12, "arabic-rparen"),
        ("(1) x", "(1)", 1, "arabic-paren"),
        ("⑴x", "⑴", 1, "circled-paren"),
        ("①x", "①", 1, "circled-circled"),
        ("⑳x", "⑳", 20, "circled-circled"),
        ("I. Vigorously", "I.", 1, "roman-plain"),
        ("(XII) Accelerate", "(XII)", 12, "roman-paren"),
        ("Ⅳ. x", "Ⅳ.", 4, "roman-plain"),
        ("(13) Develop", "(13)", 13, "arabic-paren"),
        ("가) 시범", "가)", 1, "hangul-rparen"),
        ("다. 시범", "다.", 3, "hangul-plain"),
        ("ㄴ. x", "ㄴ.", 2, "jamo-plain"),
        ("行动1：打造", "行动1：", 1, "arabic-label"),
        ("任务二、x", "任务二、", 2, "cjk-label"),
        ("第三条 本办法", "第三条", 3, "cjk-article"),
        ("第一部分 总则", "第一部分", 1, "cjk-chapter"),
        ("第2章 x", "第2章", 2, "arabic-chapter"),
    ],
)
def test_markers(text: str, raw: str, ordinal: int, style: str) -> None:
    marker = match_marker(text)
    assert marker is not None
    assert (marker.raw, marker.ordinal, marker.style) == (raw, ordinal, style)


@pytest.mark.parametrize(
    "text",
    ["4.73亿元", "2024年", "一是加强", "二〇二四年", "一二、", "IIII. x", "VX. x", "市商务委", "第x条"],
)
def test_not_markers(text: str) -> None:
    assert match_marker(text) is None


def test_families_limit_what_is_read() -> None:
    assert match_marker("가) 시범", families=frozenset({"cjk", "arabic"})) is None
    assert match_marker("(一)x", families=frozenset({"cjk"})) is not None


def test_marker_offsets_cover_following_space() -> None:
    marker = match_marker("xx（三） 完善", 2)
    assert marker is not None
    assert (marker.start, marker.end, marker.raw) == (2, 6, "（三）")


def test_search_finds_two_measures_on_one_line() -> None:
    text = "明确中长期发展的战略和举措。 (三)完善基础设施。"
    found = [m for m in search_markers(text) if m.family == "cjk"]
    assert [(m.raw, m.ordinal) for m in found] == [("(三)", 3)]


@pytest.mark.parametrize(
    ("numeral", "value"),
    [("一", 1), ("十", 10), ("十一", 11), ("一十五", 15), ("二十", 20), ("二十三", 23),
     ("九十九", 99), ("一百", 100), ("一百零一", 101), ("一百一十", 110), ("〇", 0), ("两", 2),
     ("贰拾叁", 23)],
)  # fmt: skip
def test_cjk_numerals(numeral: str, value: int) -> None:
    assert cjk_to_int(numeral) == value


@pytest.mark.parametrize("numeral", ["", "二二", "十十", "零一", "x", "一〇"])
def test_malformed_cjk_numerals(numeral: str) -> None:
    assert cjk_to_int(numeral) is None


@given(st.integers(min_value=0, max_value=999))
def test_cjk_round_trip(value: int) -> None:
    assert cjk_to_int(int_to_cjk(value)) == value


@given(st.integers(min_value=1, max_value=399))
def test_roman_round_trip(value: int) -> None:
    roman = int_to_roman(value)
    assert roman_to_int(roman) == value
    assert roman_to_int(roman.lower()) == value


@pytest.mark.parametrize(
    ("text", "raw", "ordinal"),
    [("1.9月30日前，完成排查。", "1.", 1), ("2.11月30日前完成", "2.", 2), ("3.2024年起施行", "3.", 3)],
)
def test_a_number_right_before_a_date_is_a_marker(text: str, raw: str, ordinal: int) -> None:
    marker = match_marker(text)
    assert marker is not None and (marker.raw, marker.ordinal) == (raw, ordinal)


@pytest.mark.parametrize("text", ["4.73亿元", "1.5倍", "2.3.1 条款"])
def test_a_decimal_is_no_marker(text: str) -> None:
    assert match_marker(text) is None
