"""Numeric facts: amounts, percentages, years, dates and counts, in Chinese, English and Korean.

A translation may write a number in another way (``2600亿美元``,
``US$260 billion``, ``2,600억 달러``) but must not change it.  This module
reads the numbers of a text into normalised :class:`Fact` values (2.6e11 USD
for all three) so that two language versions of a measure can be compared as
multisets of facts (:func:`compare_facts`).

What counts as a fact:

* ``amount``: a number with a currency, scaled by 千/百/万/亿, thousand/
  million/billion/trillion, 천/만/억/조;
* ``percent``: ``50%``, ``百分之五十``, ``50 percent``, ``50퍼센트``;
* ``year``: ``2029年``, ``by 2029``, ``2029년`` (and both ends of a range);
* ``date``: ``2024年12月30日``, ``December 30, 2024``, ``2024년 12월 30일``;
* ``count``: any other number: ``20项``, ``20 items``, ``十大`` = ``top ten``,
  ``二号`` = ``No. 2``.  Numbers written as words (``十``, ``ten``) are only read
  where they cannot be an article: Chinese numerals need a measure word after
  them, and one (``一``, ``one``) is never a count.

Numbers glued to Latin letters (``5G``, ``G20``, ``B2B``) are names, not
facts.  ``approx`` records a hedge (``左右``, ``about``, ``약``); it does not
take part in comparison, since translations keep or drop hedges freely.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Literal

import regex

from ..ground.numerals import cjk_to_int

__all__ = [
    "Fact",
    "FactComparison",
    "FactKind",
    "compare_facts",
    "extract_facts",
    "fact_similarity",
]

FactKind = Literal["amount", "percent", "year", "date", "count"]
_FactLanguage = Literal["zh", "en", "ko"]


@dataclass(frozen=True)
class Fact:
    """A number read from a text, normalised: ``2600亿美元`` → amount 2.6e11 USD."""

    kind: FactKind
    value: float
    unit: str | None = None
    approx: bool = False
    text: str = field(default="", compare=False)
    start: int = field(default=0, compare=False)
    end: int = field(default=0, compare=False)

    @property
    def key(self) -> tuple[str, float, str | None]:
        """What two facts must share to be the same fact (hedges and wording aside)."""
        return (self.kind, float(f"{self.value:.9g}"), self.unit)

    def describe(self) -> str:
        """The fact as written and, where it differs, its normalised value."""
        value = _format_value(self.value)
        normal = f"{value} {self.unit}" if self.unit else value
        if self.kind == "percent":
            normal = f"{value}%"
        elif self.kind == "date":
            day = int(self.value) % 100
            month = int(self.value) // 100 % 100
            normal = f"{int(self.value) // 10000:04d}-{month:02d}" + (f"-{day:02d}" if day else "")
        return f"{self.text} (= {normal})" if self.text and self.text != normal else normal


@dataclass(frozen=True)
class FactComparison:
    """Facts of a source text against those of its translation."""

    matched: list[tuple[Fact, Fact]]
    missing: list[Fact]
    """Source facts the translation does not contain."""
    extra: list[Fact]
    """Translation facts the source does not contain."""

    @property
    def changed(self) -> list[tuple[Fact, Fact]]:
        """Missing and extra facts of one kind, paired in order: a number that was altered."""
        pairs: list[tuple[Fact, Fact]] = []
        extra = list(self.extra)
        for fact in self.missing:
            for other in extra:
                if other.kind == fact.kind and other.unit == fact.unit:
                    pairs.append((fact, other))
                    extra.remove(other)
                    break
        return pairs


def _format_value(value: float) -> str:
    if value == int(value):
        return f"{int(value):,}"
    return f"{value:,.6g}"


# Numerals -------------------------------------------------------------------

_CJK_NUMERAL = "[〇零一二两兩三四五六七八九十百千]+"

_EN_WORDS = {
    "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14,
    "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19,
    "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
    "eighty": 80, "ninety": 90, "hundred": 100,
}  # fmt: skip
# A number word in a compound (two-way, three-year) is part of an adjective, not a count.
_EN_WORD = r"\b(?:" + "|".join(sorted(_EN_WORDS, key=len, reverse=True)) + r")\b(?!-)"
_MONTHS = {
    name: i + 1
    for i, name in enumerate(
        (
            "january", "february", "march", "april", "may", "june",
            "july", "august", "september", "october", "november", "december",
        )
    )
}  # fmt: skip

_ZH_MULT = {"十": 10, "百": 100, "千": 1e3, "万": 1e4, "萬": 1e4, "亿": 1e8, "億": 1e8}
_EN_MULT = {"thousand": 1e3, "million": 1e6, "mn": 1e6, "billion": 1e9, "bn": 1e9, "trillion": 1e12}
_KO_MULT = {"십": 10, "백": 100, "천": 1e3, "만": 1e4, "억": 1e8, "조": 1e12}

_ZH_CURRENCY = {
    "美元": "USD", "美金": "USD", "欧元": "EUR", "港元": "HKD", "港币": "HKD", "日元": "JPY",
    "英镑": "GBP", "人民币元": "CNY", "人民币": "CNY", "元": "CNY",
}  # fmt: skip
_EN_CURRENCY_BEFORE = {
    "US$": "USD", "USD": "USD", "$": "USD", "HK$": "HKD", "RMB": "CNY", "CNY": "CNY",
    "¥": "CNY", "€": "EUR", "EUR": "EUR", "£": "GBP",
}  # fmt: skip
_EN_CURRENCY_AFTER = {
    "US dollars": "USD", "U.S. dollars": "USD", "dollars": "USD", "USD": "USD",
    "yuan": "CNY", "RMB": "CNY", "CNY": "CNY", "euros": "EUR", "EUR": "EUR",
    "Hong Kong dollars": "HKD", "HKD": "HKD",
}  # fmt: skip
_KO_CURRENCY = {
    "미국 달러": "USD", "미화": "USD", "달러": "USD", "위안화": "CNY", "위안": "CNY",
    "인민폐": "CNY", "유로": "EUR", "홍콩 달러": "HKD", "엔": "JPY", "원": "KRW",
}  # fmt: skip


def _to_ascii(text: str) -> str:
    # Full-width digits and signs to ASCII, one character for one, so spans stay valid.
    return text.translate(_FULLWIDTH)


_FULLWIDTH = {0xFF10 + i: 0x30 + i for i in range(10)} | {
    0xFF05: ord("%"),
    0xFF0C: ord(","),
    0xFF0E: ord("."),
    0xFF04: ord("$"),
    0x3000: ord(" "),
}

_ARABIC = r"(?<![A-Za-z\d.])(?:\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)"
_NOT_NAME = r"(?![A-Za-z])"


def _number(text: str) -> float:
    return float(text.replace(",", ""))


def _num_or_word(text: str, words: dict[str, int] | None = None) -> float | None:
    cleaned = text.strip()
    if not cleaned:
        return None
    if cleaned[0].isdigit():
        return _number(cleaned)
    if words is not None and cleaned.lower() in words:
        return float(words[cleaned.lower()])
    value = cjk_to_int(cleaned)
    return float(value) if value is not None else None


def _product(mults: str, table: dict[str, float]) -> float:
    factor = 1.0
    for char in mults:
        factor *= table.get(char, 1.0)
    return factor


# Patterns -------------------------------------------------------------------

_Builder = Callable[["regex.Match[str]"], "tuple[FactKind, float, str | None] | None"]


@dataclass(frozen=True)
class _Pattern:
    kind: FactKind
    pattern: regex.Pattern[str]
    build: _Builder


def _alt(keys: Iterable[str]) -> str:
    return "|".join(regex.escape(k) for k in sorted(keys, key=len, reverse=True))


def _zh_amount(m: regex.Match[str]) -> tuple[FactKind, float, str | None] | None:
    num = m["num"]
    value = _num_or_word(num) if num else None
    if value is None:
        return None
    return "amount", value * _product(m["mult"] or "", _ZH_MULT), _ZH_CURRENCY[m["cur"]]


def _plain_value(kind: FactKind) -> _Builder:
    def build(m: regex.Match[str]) -> tuple[FactKind, float, str | None] | None:
        value = _num_or_word(m["num"], _EN_WORDS)
        if value is None or (kind == "count" and not m["num"][0].isdigit() and value < 2):
            return None
        return kind, value, None

    return build


def _scaled_count(table: dict[str, float], words: dict[str, int] | None = None) -> _Builder:
    def build(m: regex.Match[str]) -> tuple[FactKind, float, str | None] | None:
        value = _num_or_word(m["num"], words)
        if value is None or (not m["num"][0].isdigit() and value < 2):
            return None  # 一, one: an article far more often than a number
        mult = (m["mult"] or "").lower()
        factor = table[mult] if mult in table else _product(mult, table)
        return "count", value * factor, None

    return build


def _date(m: regex.Match[str]) -> tuple[FactKind, float, str | None] | None:
    month = m["month"]
    number = _MONTHS.get(month.lower()) if not month.isdigit() else int(month)
    if not number or not 1 <= number <= 12:
        return None
    day = int(m["day"]) if m["day"] else 0
    if not 0 <= day <= 31:
        return None
    return "date", float(int(m["year"]) * 10000 + number * 100 + day), None


def _en_amount(m: regex.Match[str]) -> tuple[FactKind, float, str | None] | None:
    before, after = m["before"], m["after"]
    if not before and not after:
        return None
    value = _num_or_word(m["num"], _EN_WORDS)
    if value is None:
        return None
    factor = _EN_MULT.get((m["mult"] or "").lower(), 1.0)
    unit = _EN_CURRENCY_BEFORE[before] if before else _EN_CURRENCY_AFTER[after]
    return "amount", value * factor, unit


def _ko_amount(m: regex.Match[str]) -> tuple[FactKind, float, str | None] | None:
    total = 0.0
    for group in regex.finditer(r"(" + _ARABIC + r")\s*([천만억조]*)", m["groups"]):
        total += _number(group[1]) * _product(group[2], _KO_MULT)
    return "amount", total, _KO_CURRENCY[m["cur"]]


def _ko_count(m: regex.Match[str]) -> tuple[FactKind, float, str | None] | None:
    total = 0.0
    for group in regex.finditer(r"(" + _ARABIC + r")\s*([천만억조]*)", m["groups"]):
        total += _number(group[1]) * _product(group[2], _KO_MULT)
    return "count", total, None


_YEAR = r"(?<!\d)(?P<num>(?:19|20)\d{2})(?!\d)"
_RANGE_DASH = r"\s*[-—–~至到]\s*"

_ZH_CLASSIFIERS = "个项家条批大类种次场所座届号名位件台组期轮"

# Patterns are compiled on first use, one language at a time: compiling all
# of them costs more than reading a notice.


def _zh_patterns() -> tuple[_Pattern, ...]:
    return (
        _Pattern(
            "date",
            regex.compile(
                r"(?<!\d)(?P<year>(?:19|20)\d{2})\s*年\s*(?P<month>\d{1,2})\s*月(?:\s*(?P<day>\d{1,2})\s*日)?"
            ),
            _date,
        ),
        _Pattern(
            "amount",
            regex.compile(
                r"(?P<num>" + _ARABIC + "|" + _CJK_NUMERAL + r")\s*(?P<mult>[十百千万萬亿億]*)\s*"
                r"(?P<cur>" + _alt(_ZH_CURRENCY) + ")"
            ),
            _zh_amount,
        ),
        _Pattern(
            "percent", regex.compile(r"(?P<num>" + _ARABIC + r")\s*%"), _plain_value("percent")
        ),
        _Pattern(
            "percent",
            regex.compile(r"百分之(?P<num>" + _CJK_NUMERAL + ")"),
            _plain_value("percent"),
        ),
        _Pattern(
            "year",
            regex.compile(_YEAR + r"(?:\s*年|(?=" + _RANGE_DASH + r"(?:19|20)\d{2}\s*年))"),
            _plain_value("year"),
        ),
        _Pattern(
            "count",
            regex.compile(
                r"(?P<num>" + _ARABIC + r")" + _NOT_NAME + r"\s*(?P<mult>[十百千万萬亿億]*)"
                r"[" + _ZH_CLASSIFIERS + "]?"
            ),
            _scaled_count(_ZH_MULT),
        ),
        _Pattern(
            "count",
            regex.compile(
                r"(?:(?<=第)|(?<![〇零一二两兩三四五六七八九十百千万亿]))(?P<num>"
                + _CJK_NUMERAL
                + r")"
                r"(?P<mult>[万萬亿億]*)[" + _ZH_CLASSIFIERS + "]"
            ),
            _scaled_count(_ZH_MULT),
        ),
    )


def _en_patterns() -> tuple[_Pattern, ...]:
    return (
        _Pattern(
            "date",
            regex.compile(
                r"\b(?P<month>(?i:" + "|".join(_MONTHS) + r"))\s+(?:(?P<day>\d{1,2}),?\s+)?"
                r"(?P<year>(?:19|20)\d{2})(?!\d)"
            ),
            _date,
        ),
        _Pattern(
            "date",
            regex.compile(
                r"(?<!\d)(?P<day>\d{1,2})\s+(?P<month>(?i:" + "|".join(_MONTHS) + r"))\s+"
                r"(?P<year>(?:19|20)\d{2})(?!\d)"
            ),
            _date,
        ),
        _Pattern(
            "amount",
            regex.compile(
                r"(?:(?P<before>" + _alt(_EN_CURRENCY_BEFORE) + r")\s*)?"
                r"(?P<num>(?<![A-Za-z\d.,])(?:\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)|"
                + _EN_WORD
                + r")"
                r"(?:\s*(?P<mult>(?i:thousand|million|billion|trillion|mn|bn))\b)?"
                r"(?:\s+(?P<after>" + _alt(_EN_CURRENCY_AFTER) + r")\b)?"
            ),
            _en_amount,
        ),
        _Pattern(
            "percent",
            regex.compile(r"(?P<num>" + _ARABIC + r")\s*(?:%|(?i:percent|per cent)\b)"),
            _plain_value("percent"),
        ),
        _Pattern(
            "year",
            regex.compile(
                _YEAR + r"(?![%.,]?\d)(?!\s*(?:%|(?i:percent|thousand|million|billion)))"
            ),
            _plain_value("year"),
        ),
        _Pattern(
            "count",
            regex.compile(r"(?P<num>" + _ARABIC + r")(?:st|nd|rd|th)\b"),
            _plain_value("count"),
        ),
        _Pattern(
            "count",
            regex.compile(
                r"(?P<num>"
                + _ARABIC
                + "|"
                + _EN_WORD
                + r")"
                + _NOT_NAME
                + r"(?:\s+(?P<mult>(?i:thousand|million|billion|trillion))\b)?"
            ),
            _scaled_count(_EN_MULT, _EN_WORDS),
        ),
    )


def _ko_patterns() -> tuple[_Pattern, ...]:
    return (
        _Pattern(
            "date",
            regex.compile(
                r"(?<!\d)(?P<year>(?:19|20)\d{2})\s*년\s*(?P<month>\d{1,2})\s*월(?:\s*(?P<day>\d{1,2})\s*일)?"
            ),
            _date,
        ),
        _Pattern(
            "amount",
            regex.compile(
                r"(?P<groups>(?:"
                + _ARABIC
                + r"\s*[천만억조]*\s*)+?)\s*(?P<cur>"
                + _alt(_KO_CURRENCY)
                + ")"
            ),
            _ko_amount,
        ),
        _Pattern(
            "percent",
            regex.compile(r"(?P<num>" + _ARABIC + r")\s*(?:%|퍼센트|프로)"),
            _plain_value("percent"),
        ),
        _Pattern(
            "year",
            regex.compile(_YEAR + r"(?:\s*년|(?=" + _RANGE_DASH + r"(?:19|20)\d{2}\s*년))"),
            _plain_value("year"),
        ),
        _Pattern(
            "count",
            regex.compile(
                r"(?P<groups>"
                + _ARABIC
                + r"(?:\s*[천만억조]+(?:\s*"
                + _ARABIC
                + r"\s*[천만억조]+)*)?)"
                + _NOT_NAME
            ),
            _ko_count,
        ),
    )


_BUILDERS: dict[_FactLanguage, Callable[[], tuple[_Pattern, ...]]] = {
    "zh": _zh_patterns,
    "en": _en_patterns,
    "ko": _ko_patterns,
}


@lru_cache(maxsize=3)
def _patterns(language: _FactLanguage) -> tuple[_Pattern, ...]:
    return _BUILDERS[language]()


_HEDGE_BEFORE: dict[_FactLanguage, regex.Pattern[str]] = {
    "zh": regex.compile(r"(?:约|大约|近|超过|逾|不少于|不低于)\s*$"),
    "en": regex.compile(
        r"(?i:about|approximately|around|nearly|over|more than|at least|roughly)\s*$"
    ),
    "ko": regex.compile(r"(?:약|대략|최소)\s*$"),
}
_HEDGE_AFTER: dict[_FactLanguage, regex.Pattern[str]] = {
    "zh": regex.compile(r"^\s*(?:左右|以上|多|余)"),
    "en": regex.compile(r"^\s*(?i:or more|and above|or so)\b"),
    "ko": regex.compile(r"^[가-힣]*?\s*(?:정도|내외|이상|여)"),
}


def extract_facts(text: str, language: _FactLanguage) -> list[Fact]:
    """The numeric facts of ``text`` written in ``language``, in text order.

    Offsets (``start``, ``end``) point into ``text``; patterns are tried from
    the most specific (dates, amounts) to the least (bare counts), and a
    number is read once, by the first pattern that covers it.
    """
    ascii_text = _to_ascii(text)
    taken: list[tuple[int, int]] = []
    facts: list[Fact] = []
    for pat in _patterns(language):
        for m in pat.pattern.finditer(ascii_text):
            start, end = m.span()
            if start == end or any(start < e and s < end for s, e in taken):
                continue
            built = pat.build(m)
            if built is None:
                continue
            kind, value, unit = built
            approx = bool(
                _HEDGE_BEFORE[language].search(ascii_text[max(0, start - 12) : start])
                or _HEDGE_AFTER[language].search(ascii_text[end : end + 6])
            )
            taken.append((start, end))
            facts.append(Fact(kind, value, unit, approx, text[start:end].strip(), start, end))
    facts.sort(key=lambda f: f.start)
    return facts


def compare_facts(source: Sequence[Fact], target: Sequence[Fact]) -> FactComparison:
    """Pair the facts of two texts: equal kind, value and currency first, then equal value.

    The second pass forgives a kind read differently on the two sides (a year
    that one language writes without 年, an amount whose currency one side
    leaves implicit) as long as the value is the same.
    """
    rest_target = list(target)
    matched: list[tuple[Fact, Fact]] = []
    missing: list[Fact] = []
    for fact in source:
        partner = next((t for t in rest_target if t.key == fact.key), None)
        if partner is None:
            missing.append(fact)
        else:
            matched.append((fact, partner))
            rest_target.remove(partner)
    still_missing: list[Fact] = []
    for fact in missing:
        partner = next((t for t in rest_target if t.key[1] == fact.key[1]), None)
        if partner is None:
            still_missing.append(fact)
        else:
            matched.append((fact, partner))
            rest_target.remove(partner)
    return FactComparison(matched, still_missing, rest_target)


def fact_similarity(source: Sequence[Fact], target: Sequence[Fact]) -> float | None:
    """Share of facts the two texts have in common (Dice); None when neither has any."""
    if not source and not target:
        return None
    comparison = compare_facts(source, target)
    return 2 * len(comparison.matched) / (len(source) + len(target))
