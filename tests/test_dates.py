"""Dates in the three languages, read as ISO YYYY-MM-DD."""

from __future__ import annotations

import datetime

import pytest
from hypothesis import given
from hypothesis import strategies as st

from shpolicy.ground.dates import find_date, find_dates, iso_date, parse_date
from shpolicy.ground.numerals import int_to_cjk

WRITTEN = [
    # Chinese: print, full-width digits, Chinese numerals, spaced out.
    ("2024年12月30日", "2024-12-30"),
    ("２０２４年１２月３０日", "2024-12-30"),
    ("二〇二四年十二月三十日", "2024-12-30"),
    ("二〇一九年三月一日", "2019-03-01"),
    ("2020 年 1 月 5 日", "2020-01-05"),
    # English: month first, day first, abbreviated, ordinal suffix.
    ("December 30, 2024", "2024-12-30"),
    ("30 December 2024", "2024-12-30"),
    ("Dec. 30, 2024", "2024-12-30"),
    ("Sept. 3, 2019", "2019-09-03"),
    ("December 30th, 2024", "2024-12-30"),
    # Korean: words and dotted.
    ("2024년 12월 30일", "2024-12-30"),
    ("2024년12월30일", "2024-12-30"),
    ("2024. 12. 30.", "2024-12-30"),
    # Numeric.
    ("2024-12-30", "2024-12-30"),
    ("2024/2/29", "2024-02-29"),
]


@pytest.mark.parametrize(("text", "iso"), WRITTEN)
def test_each_written_form_is_read(text: str, iso: str) -> None:
    assert parse_date(text) == iso
    found = find_date(text)
    assert found is not None
    assert (found.start, found.end) == (0, len(text))


@pytest.mark.parametrize(
    "text",
    [
        "2024年2月30日",
        "February 30, 2023",
        "2023년 2월 29일",
        "2024. 13. 1.",
        "二〇二四年十三月一日",
    ],
)
def test_a_date_not_on_the_calendar_is_none(text: str) -> None:
    assert parse_date(text) is None
    assert find_date(text) is None


def test_find_date_gives_offsets_inside_running_text() -> None:
    text = "上海市人民政府办公厅 2024年12月30日印发"
    found = find_date(text)
    assert found is not None
    assert found.iso == "2024-12-30"
    assert text[found.start : found.end] == "2024年12月30日"
    # parse_date wants the whole text to be the date.
    assert parse_date(text) is None
    assert iso_date(text) == "2024-12-30"


def test_an_invalid_date_is_skipped_for_the_next_valid_one() -> None:
    dates = list(find_dates("from 2024年2月30日 (sic) to 2024年3月1日"))
    assert [d.iso for d in dates] == ["2024-03-01"]


@pytest.mark.parametrize(
    "text", ["4.73", "No. 31", "2024", "版本 1.2.3", "Decision 30, 2024", "12月30日"]
)
def test_things_that_are_not_dates(text: str) -> None:
    assert find_date(text) is None


def test_full_width_digits_keep_the_offsets_of_the_text() -> None:
    text = "成文日期：２０２４年１２月３０日。"
    found = find_date(text)
    assert found is not None
    assert text[found.start : found.end] == "２０２４年１２月３０日"


_MONTHS = [
    "January", "February", "March", "April", "May", "June", "July",
    "August", "September", "October", "November", "December",
]  # fmt: skip


def _cjk_year(year: int) -> str:
    return "".join("〇一二三四五六七八九"[int(d)] for d in str(year))


@given(st.dates(min_value=datetime.date(1949, 1, 1), max_value=datetime.date(2099, 12, 31)))
def test_every_language_reads_every_calendar_date(day: datetime.date) -> None:
    iso = day.isoformat()
    forms = [
        f"{day.year}年{day.month}月{day.day}日",
        f"{_cjk_year(day.year)}年{int_to_cjk(day.month)}月{int_to_cjk(day.day)}日",
        f"{_MONTHS[day.month - 1]} {day.day}, {day.year}",
        f"{day.day} {_MONTHS[day.month - 1]} {day.year}",
        f"{_MONTHS[day.month - 1][:3]}. {day.day}, {day.year}",
        f"{day.year}년 {day.month}월 {day.day}일",
        f"{day.year}. {day.month}. {day.day}.",
    ]
    for form in forms:
        assert parse_date(form) == iso, form


@given(st.text(alphabet="0123456789年月日., -/"), st.text(alphabet="0123456789年月日., -/"))
def test_offsets_point_at_the_date_in_any_surroundings(before: str, after: str) -> None:
    text = f"{before}x2024年12月30日x{after}"
    found = next(d for d in find_dates(text) if d.start == len(before) + 1)
    assert found.iso == "2024-12-30"
    assert text[found.start : found.end] == "2024年12月30日"
