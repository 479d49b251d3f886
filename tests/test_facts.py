"""Numeric facts in Chinese, English and Korean, read into one normalised value."""

from __future__ import annotations

import itertools

import pytest
from hypothesis import given
from hypothesis import strategies as st

from shpolicy.alignment.facts import Fact, compare_facts, extract_facts, fact_similarity
from shpolicy.ground.numerals import cjk_to_int


def values(text: str, language: str) -> list[tuple[str, float, str | None]]:
    return [(f.kind, f.value, f.unit) for f in extract_facts(text, language)]  # type: ignore[arg-type]


# The three sentences of the 2024 preamble that carry its targets, as the seeds write them.
ZH = "力争到２０２９年,全市服务进出口规模达到２６００亿美元,数字交付服务贸易规模达到１３００亿美元,占服务贸易的比重达到５０％左右"
EN = (
    "strive to achieve a total service import and export scale of US$260 billion and a digital "
    "delivery service trade scale of US$130 billion by 2029, accounting for about 50% of the service trade"
)
KO = (
    "2029년까지 시 전체 서비스 수출입 규모가 2,600억 달러에 달하고, 디지털 배송 서비스 무역 규모가 "
    "1,300억 달러에 달하며, 서비스 무역에서 차지하는 비중이 약 50%에 이르도록"
)
TARGETS = [
    ("year", 2029.0, None),
    ("amount", 2.6e11, "USD"),
    ("amount", 1.3e11, "USD"),
    ("percent", 50.0, None),
]


def test_the_2024_targets_read_the_same_in_three_languages() -> None:
    assert values(ZH, "zh") == TARGETS
    assert sorted(values(EN, "en")) == sorted(TARGETS)
    assert values(KO, "ko") == TARGETS


def test_hedges_are_recorded_but_do_not_change_the_fact() -> None:
    for text, language in ((ZH, "zh"), (EN, "en"), (KO, "ko")):
        [percent] = [f for f in extract_facts(text, language) if f.kind == "percent"]  # type: ignore[arg-type]
        assert percent.approx
    assert Fact("percent", 50.0, approx=True).key == Fact("percent", 50.0).key


def test_facts_keep_their_text_and_offsets() -> None:
    [amount] = [f for f in extract_facts("规模达到2600亿美元。", "zh") if f.kind == "amount"]
    assert (amount.text, amount.start, amount.end) == ("2600亿美元", 4, 11)


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        ("等值500万美元额度内", "zh", [("amount", 5e6, "USD")]),
        ("打造5家估值超过百亿美元的企业", "zh", [("count", 5.0, None), ("amount", 1e10, "USD")]),
        ("投资1.2万亿元", "zh", [("amount", 1.2e12, "CNY")]),
        ("文化贸易十大品牌", "zh", [("count", 10.0, None)]),
        ("东南亚—日本二号海底光缆", "zh", [("count", 2.0, None)]),
        ("百分之三十", "zh", [("percent", 30.0, None)]),
        ("2024—2026年", "zh", [("year", 2024.0, None), ("year", 2026.0, None)]),
        ("2024年12月30日", "zh", [("date", 20241230.0, None)]),
        ("推出20项措施", "zh", [("count", 20.0, None)]),
        ("5 million US dollars", "en", [("amount", 5e6, "USD")]),
        ("RMB 1.2 trillion", "en", [("amount", 1.2e12, "CNY")]),
        ("top ten brands", "en", [("count", 10.0, None)]),
        ("No. 2 submarine cable", "en", [("count", 2.0, None)]),
        ("December 30, 2024", "en", [("date", 20241230.0, None)]),
        ("30 percent", "en", [("percent", 30.0, None)]),
        ("20 items", "en", [("count", 20.0, None)]),
        ("500만 달러", "ko", [("amount", 5e6, "USD")]),
        ("1조 2,000억 위안", "ko", [("amount", 1.2e12, "CNY")]),
        ("10대 브랜드", "ko", [("count", 10.0, None)]),
        ("2024년 12월 30일", "ko", [("date", 20241230.0, None)]),
        ("30퍼센트", "ko", [("percent", 30.0, None)]),
    ],
)
def test_amounts_counts_percentages_years_and_dates(
    text: str, language: str, expected: list[tuple[str, float, str | None]]
) -> None:
    assert values(text, language) == expected


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("以5G网络和光纤宽带网络", "zh"),
        ("5G networks, G20 and B2B platforms", "en"),
        ("5G 네트워크", "ko"),
        ("推出一批一站式服务", "zh"),
        ("one-stop services, one of the hubs", "en"),
        ("two-way investment and a three-year plan", "en"),
    ],
)
def test_names_with_digits_and_the_article_one_are_not_facts(text: str, language: str) -> None:
    assert values(text, language) == []


def test_compare_pairs_equal_facts_and_reports_changed_missing_and_extra() -> None:
    source = extract_facts("到2029年达到2600亿美元，比重50%左右，20项措施", "zh")
    target = extract_facts("by 2030, US$260 billion, about 50%", "en")
    comparison = compare_facts(source, target)
    assert sorted(f.value for f, _ in comparison.matched) == [50.0, 2.6e11]
    assert [(old.value, new.value) for old, new in comparison.changed] == [(2029.0, 2030.0)]
    assert [f.value for f in comparison.missing] == [2029.0, 20.0]
    assert [f.value for f in comparison.extra] == [2030.0]
    assert fact_similarity(source, target) == pytest.approx(2 * 2 / 7)
    assert fact_similarity([], []) is None


def test_a_value_read_as_another_kind_still_matches() -> None:
    # One side writes the year without 年: a count of 2029 against a year 2029.
    comparison = compare_facts(extract_facts("2029年", "zh"), extract_facts("2029 target", "en"))
    assert len(comparison.matched) == 1 and not comparison.missing


def test_chinese_numerals() -> None:
    assert [cjk_to_int(n) for n in ("十", "十五", "二十三", "百", "三千二百零五", "两")] == [
        10, 15, 23, 100, 3205, 2,
    ]  # fmt: skip
    assert cjk_to_int("二〇") is None
    assert cjk_to_int("十百") is None


_HUNDRED_MILLIONS = st.integers(min_value=1, max_value=99_999)


@given(_HUNDRED_MILLIONS)
def test_yi_meiyuan_equals_hundred_million_dollars_in_every_language(n: int) -> None:
    # n 亿美元 = n × 10⁸ USD = (n / 10) billion US dollars = n억 달러.
    zh = values(f"规模达到{n}亿美元。", "zh")
    ko = values(f"규모가 {n:,}억 달러에 달한다.", "ko")
    en = values(f"a scale of US${n / 10:g} billion.", "en")
    assert zh == ko == [("amount", n * 1e8, "USD")]
    assert en == [("amount", pytest.approx(n * 1e8), "USD")]


@given(st.integers(min_value=1, max_value=999), st.sampled_from(["zh", "en", "ko"]))
def test_percentages_read_back_in_every_language(n: int, language: str) -> None:
    text = {"zh": f"比重达到{n}％", "en": f"a share of {n}%", "ko": f"비중 {n}%"}[language]
    assert values(text, language) == [("percent", float(n), None)]


@given(st.integers(min_value=1900, max_value=2099))
def test_years_read_back_in_every_language(year: int) -> None:
    assert (
        values(f"到{year}年", "zh") == values(f"by {year},", "en") == values(f"{year}년까지", "ko")
    )
    assert values(f"到{year}年", "zh") == [("year", float(year), None)]


@given(st.text(alphabet=st.sampled_from("0123456789亿万元美年%,. 约左右abcG$"), max_size=40))
def test_facts_lie_inside_the_text_in_order_without_overlap(text: str) -> None:
    for language in ("zh", "en", "ko"):
        facts = extract_facts(text, language)  # type: ignore[arg-type]
        for fact in facts:
            assert 0 <= fact.start < fact.end <= len(text)
            assert text[fact.start : fact.end].strip() == fact.text
        for a, b in itertools.pairwise(facts):
            assert a.end <= b.start
