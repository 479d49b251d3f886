"""Every responsible unit in the seed notices resolves, and the translations name the same units.

The clauses are found here with the extractor alone, on the corpus text
(raw, and normalised as the parser sees it), so these tests do not depend on
the parsers.  The table of canonical units per measure was read by eye from
corpora/2024-digital-trade.zh.txt.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from shpolicy.normalize import normalize
from shpolicy.normalize.pipeline import Context
from shpolicy.schema import Language
from shpolicy.units import find_unit_clauses, parse_unit_list, resolve_unit, to_responsible_units

CORPORA = Path(__file__).resolve().parents[1] / "corpora"
SEEDS = sorted(CORPORA.glob("*.txt"))

# The canonical units of measures (一)…(二十三) of the 2024 notice, in the
# order the Chinese original lists them.
UNITS_2024: list[list[str]] = [
    ["市经济信息化委", "市通信管理局", "浦东新区政府", "临港新片区管委会"],
    ["市委宣传部", "市商务委", "市文化旅游局", "市体育局"],
    ["市商务委", "市科委", "市经济信息化委", "浦东新区政府"],
    ["市经济信息化委", "市科委", "市商务委", "市数据局", "市委网信办", "市知识产权局"],
    ["市商务委", "市交通委", "上海海关", "民航华东地区管理局", "浦东新区政府", "临港新片区管委会",
     "虹桥国际中央商务区管委会"],
    ["市商务委", "中国人民银行上海总部", "上海海关", "国家外汇局上海市分局", "市委金融办",
     "中信保上海分公司", "相关区政府"],
    ["市商务委", "上海海关", "临港新片区管委会", "虹桥国际中央商务区管委会", "相关区政府"],
    ["市经济信息化委", "市通信管理局", "市数据局", "临港新片区管委会", "虹桥国际中央商务区管委会"],
    ["市经济信息化委", "市通信管理局", "市数据局", "虹桥国际中央商务区管委会"],
    ["市数据局", "市经济信息化委", "市科委"],
    ["市交通委", "上海海事局", "市委网信办", "市商务委", "市数据局", "浦东新区政府", "虹口区政府",
     "长宁区政府", "民航华东地区管理局", "临港新片区管委会", "虹桥国际中央商务区管委会"],
    ["市委金融办", "中国人民银行上海总部", "上海金融监管局", "上海证监局", "临港新片区管委会"],
    ["市商务委", "上海海关", "市科委", "市经济信息化委", "中国人民银行上海总部", "上海金融监管局",
     "临港新片区管委会"],
    ["市商务委", "市科委", "市生态环境局"],
    ["市商务委", "市科委", "市税务局"],
    ["市商务委", "临港新片区管委会", "市数据局"],
    ["市商务委", "上海海关", "浦东新区政府", "临港新片区管委会", "虹桥国际中央商务区管委会"],
    ["临港新片区管委会", "市商务委", "市委网信办", "市数据局"],
    ["各区政府", "中信保上海分公司"],
    ["市委网信办", "市数据局", "市经济信息化委", "浦东新区政府", "临港新片区管委会"],
    ["市商务委", "市公安局", "市政府外办", "上海海关", "浦东新区政府", "虹桥国际中央商务区管委会"],
    ["中国人民银行上海总部", "市商务委", "市委金融办"],
    ["市商务委", "市经济信息化委", "市科委", "市交通委", "市知识产权局", "市委宣传部", "市文化旅游局",
     "市贸促会"],
]


def language_of(path: Path) -> Language:
    lang = path.name.split(".")[-2]
    assert lang in ("zh", "en", "ko")
    return lang  # type: ignore[return-value]


def texts(path: Path) -> list[tuple[str, str]]:
    raw = path.read_text(encoding="utf-8")
    normalised = normalize(raw, Context(language=language_of(path))).text
    return [("raw", raw), ("normalised", normalised)]


def canonical_lists(text: str, language: Language) -> list[list[str | None]]:
    return [
        [u.canonical for u in to_responsible_units([clause], language)]
        for clause in find_unit_clauses(text, language)
    ]


@pytest.mark.parametrize("path", SEEDS, ids=lambda p: p.name)
def test_every_unit_mention_in_the_corpus_resolves(path: Path) -> None:
    language = language_of(path)
    for form, text in texts(path):
        for clause in find_unit_clauses(text, language):
            assert clause.mentions, f"{path.name} ({form}): empty clause at {clause.start}"
            for mention in clause.mentions:
                found = resolve_unit(mention.name, clause.language)
                assert found.canonical is not None, (path.name, form, mention.name, found)


def table_rows(path: Path) -> list[tuple[int, str]]:
    """(序号, 责任单位 cell) of each row of a TAB-separated task table."""
    rows = []
    for line in path.read_text(encoding="utf-8").splitlines():
        cells = [c.strip() for c in line.split("\t")]
        numbers = [i for i, c in enumerate(cells) if c.isdigit()]
        if "\t" not in line or not numbers:
            continue
        after = [c for c in cells[numbers[0] + 1 :] if c]
        # The cell after the number is the measure; the units cell, when the
        # row has one, is the last non-empty cell after it.
        rows.append((int(cells[numbers[0]]), after[-1] if len(after) > 1 else ""))
    return rows


def test_every_unit_of_the_2020_task_table_resolves() -> None:
    rows = table_rows(CORPORA / "2020-service-trade-pilot.zh.txt")
    assert [n for n, _ in rows] == list(range(1, 81))
    # Row 79 is the one row the source gives no units.
    assert [n for n, cell in rows if not cell] == [79]
    unresolved = [
        (n, m.name)
        for n, cell in rows
        for m in parse_unit_list(cell, "zh")
        if resolve_unit(m.name, "zh").canonical is None
    ]
    assert unresolved == []


@pytest.mark.parametrize(
    ("row", "expected"),
    [
        (1, ["市推进上海国际贸易中心建设领导小组成员单位"]),
        (17, ["中国人民银行上海总部", "上海证监局", "市经济信息化委", "市住房城乡建设管理委",
              "市规划资源局", "上海海事局", "市地方金融监管局", "市人力资源社会保障局"]),
        (20, ["市商务委", "市政府港澳办", "市人力资源社会保障局", "各有关部门"]),
        (23, ["中国人民银行上海总部", "国家外汇局上海市分局"]),
        (25, ["临港新片区管委会", "市教委", "市公安局出入境管理局", "上海出入境边防检查总站",
              "市政府外办", "市科委"]),
        (78, ["中国人民银行上海总部", "长宁区政府", "市地方金融监管局"]),
    ],
)
def test_table_rows_with_aliases_and_typos(row: int, expected: list[str]) -> None:
    cell = dict(table_rows(CORPORA / "2020-service-trade-pilot.zh.txt"))[row]
    assert [resolve_unit(m.name, "zh").canonical for m in parse_unit_list(cell, "zh")] == expected


def test_the_2019_issuers_resolve() -> None:
    issuers = [
        "上海市商务委员会", "上海市发展和改革委员会", "上海市经济和信息化委员会", "上海市文化旅游局",
        "上海市市场监督管理局", "上海市地方金融监督管理局", "上海市通信管理局", "上海市新闻出版局",
        "上海市电影局",
    ]
    assert [resolve_unit(name).canonical for name in issuers] == [
        "市商务委", "市发展改革委", "市经济信息化委", "市文化旅游局", "市市场监管局",
        "市地方金融监管局", "市通信管理局", "市新闻出版局", "市电影局",
    ]


@pytest.mark.parametrize("form", [0, 1], ids=["raw", "normalised"])
def test_the_chinese_original_names_the_hand_checked_units(form: int) -> None:
    _, text = texts(CORPORA / "2024-digital-trade.zh.txt")[form]
    assert canonical_lists(text, "zh") == UNITS_2024


def test_the_english_translation_names_the_same_units_measure_by_measure() -> None:
    text = (CORPORA / "2024-digital-trade.en.txt").read_text(encoding="utf-8")
    clauses = find_unit_clauses(text, "en")
    assert [c.language for c in clauses] == ["en"] * 23
    assert canonical_lists(text, "en") == UNITS_2024


def test_the_english_variants_of_one_unit_meet() -> None:
    text = (CORPORA / "2024-digital-trade.en.txt").read_text(encoding="utf-8")
    written = {
        m.name
        for c in find_unit_clauses(text, "en")
        for m in c.mentions
        if resolve_unit(m.name, "en").canonical == "市商务委"
    }
    assert written == {
        "Municipal Commerce Commission",
        "Municipal Commission of Commerce",
        "Shanghai Municipal Commission of Commerce",
    }


def test_the_korean_version_keeps_chinese_clauses_for_measures_15_to_23_twice() -> None:
    # Measures 1–14 are translated without units; 15–23 stand in Chinese, and
    # the Chinese passage is repeated.
    text = (CORPORA / "2024-digital-trade.ko.txt").read_text(encoding="utf-8")
    clauses = find_unit_clauses(text, "ko")
    assert [c.language for c in clauses] == ["zh"] * 18
    assert canonical_lists(text, "ko") == UNITS_2024[14:] * 2
