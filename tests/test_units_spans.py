"""Every responsible unit points at its name: ``notice.text[span.start:span.end]``.

The span of a unit runs from the first character of its name to the last, in
the normalised text.  The text there is the name as written; where the name
was wrapped over a line break it is the stretch the name was read from
(``read_name`` of it gives the name), and for a task-table name broken over a
page break it runs from the first part of the name to the last.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from conftest import CORPORA

import shpolicy
from shpolicy.parsers.body import measure_units
from shpolicy.schema import Notice, ResponsibleUnit, Span
from shpolicy.sources import SourceText
from shpolicy.tables import parse_task_table
from shpolicy.units import find_unit_clauses, read_name

PDFS = Path(__file__).resolve().parent / "pdf"
SEEDS = sorted(CORPORA.glob("*.txt"))


def units_of(notice: Notice) -> Iterator[tuple[str, Span, ResponsibleUnit]]:
    """Every unit with where it was found: the measure, item or table row, and its span."""
    for measure in notice.iter_measures():
        for unit in measure.responsible_units:
            yield f"measure {measure.id}", measure.span, unit
    for attachment in notice.attachments:
        for i, row in enumerate(attachment.rows):
            assert row.span is not None
            for unit in row.responsible_units:
                yield f"attachment {attachment.number} row {row.number or i + 1}", row.span, unit


def misplaced(notice: Notice) -> list[str]:
    """What is wrong with the unit spans of ``notice``, one line per unit."""
    out: list[str] = []
    for where, within, unit in units_of(notice):
        span = unit.span
        if span is None:
            out.append(f"{where}: {unit.name!r} has no span")
            continue
        stretch = notice.text[span.start : span.end]
        if stretch != unit.name and read_name(stretch, notice.language) != unit.name:
            out.append(f"{where}: {unit.name!r} points at {stretch!r}")
        if not within.start <= span.start < span.end <= within.end:
            out.append(f"{where}: {unit.name!r} lies outside its {where}")
        if span.line is None or span.end_line is None:
            out.append(f"{where}: {unit.name!r} has no line")
    return out


@pytest.mark.parametrize("path", SEEDS, ids=lambda p: p.name)
def test_every_unit_of_a_seed_notice_points_at_its_name(path: Path) -> None:
    notice = shpolicy.parse(path)
    assert misplaced(notice) == []
    # In the seeds no name is wrapped: each stands in the text exactly as written.
    for _, _, unit in units_of(notice):
        assert unit.span is not None
        assert notice.text[unit.span.start : unit.span.end] == unit.name


def test_the_seed_notices_name_units_in_measures_and_table_rows() -> None:
    notices = [shpolicy.parse(path) for path in SEEDS]
    kinds = {where.split()[0] for notice in notices for where, _, _ in units_of(notice)}
    assert kinds == {"measure", "attachment"}


@pytest.mark.parametrize(
    "name",
    ["2024-digital-trade.zh.pdf", "2020-service-trade-pilot.table.pdf"],
)
def test_units_of_a_pdf_point_at_their_names_and_pages(name: str) -> None:
    notice = shpolicy.parse(PDFS / name)
    assert misplaced(notice) == []
    units = list(units_of(notice))
    assert units
    for _, within, unit in units:
        assert unit.span is not None
        assert unit.span.pages
        assert set(unit.span.pages) <= set(within.pages)


# -- hand-made cases ---------------------------------------------------------------
WRAPPED = """上海市人民政府办公厅关于印发《测试行动方案》的通知
各区人民政府，市政府各委、办、局：
经市政府同意，现将《测试行动方案》印发给你们，请认真按照执行。
一、主要任务
（一）推进数字贸易发展。加强数字贸易平台建设，支持企业拓展业务，形成一批标杆项目和示范园区。（责任单位：市商务委、市发展
改革委、市经济信息化委）
（二）完善跨境数据流动机制。探索建立数据分类分级管理制度，提升数据跨境流动的便利化水平。（责任单位：市网信办、市
商务委）
"""


def test_a_name_wrapped_in_pdf_extracted_text_spans_both_lines_and_pages() -> None:
    # As a PDF's text layer gives it: lines broken at the page width, and
    # here page 2 starting inside the name 市商务委.
    page_2 = WRAPPED.index("商务委）")
    src = SourceText(
        path="wrapped.pdf", sha256="0" * 64, format="pdf", text=WRAPPED, page_starts=[0, page_2]
    )
    notice = shpolicy.parse(src, lang="zh")
    assert misplaced(notice) == []
    units = {(m.id, u.name): u.span for m in notice.iter_measures() for u in m.responsible_units}
    assert list(units) == [
        ("1.1", "市商务委"),
        ("1.1", "市发展改革委"),
        ("1.1", "市经济信息化委"),
        ("1.2", "市网信办"),
        ("1.2", "市商务委"),
    ]
    wrapped = units[("1.1", "市发展改革委")]
    assert wrapped is not None
    assert (wrapped.line, wrapped.end_line, wrapped.pages) == (5, 6, [1])
    across = units[("1.2", "市商务委")]
    assert across is not None
    assert (across.line, across.end_line, across.pages) == (7, 8, [1, 2])


def test_a_line_break_left_inside_a_name_is_in_its_span_not_its_name() -> None:
    text = "加强平台建设。（责任单位：市发展\n改革委、市商务委）"
    (clause,) = find_unit_clauses(text, "zh")
    first, second = clause.mentions
    assert first.name == "市发展改革委"
    assert text[first.start : first.end] == "市发展\n改革委"
    assert read_name(text[first.start : first.end], "zh") == first.name
    assert text[second.start : second.end] == "市商务委"


def test_measure_units_are_relative_to_the_text_given() -> None:
    text = "\u3000 加强平台建设。（责任单位：“市商务委”、市科委）\n"
    start, units = measure_units(text, "zh")
    assert start == text.index("（")
    spans = [u.span for u in units]
    assert all(span is not None for span in spans)
    assert [text[s.start : s.end] for s in spans if s is not None] == ["市商务委", "市科委"]


def notice_with(measure: str, lang: str = "zh") -> Notice:
    heads = {
        "zh": ("一、主要任务", "（一）"),
        "en": ("I. Main tasks", "(I)"),
        "ko": ("一. 주요 임무", "(一)"),
    }
    section, marker = heads[lang]
    return shpolicy.parse_text(f"{section}\n{marker}　{measure}\n")


def units_in_text(notice: Notice) -> list[tuple[str, str | None, str]]:
    out = []
    for measure in notice.iter_measures():
        for unit in measure.responsible_units:
            assert unit.span is not None
            out.append((unit.name, unit.role, notice.text[unit.span.start : unit.span.end]))
    return out


def test_a_unit_list_in_brackets_with_role_words() -> None:
    notice = notice_with(
        "推进住房保障。加快保障性租赁住房建设。（市住房城乡建设管理委牵头负责，各区政府组织落实）"
    )
    assert misplaced(notice) == []
    assert units_in_text(notice) == [
        ("市住房城乡建设管理委", "lead", "市住房城乡建设管理委"),
        ("各区政府", "support", "各区政府"),
    ]


def test_an_english_unit_list() -> None:
    notice = notice_with(
        "Promote digital trade. Build trading platforms for digital services. (Responsible units:"
        " Municipal Commerce Commission, Municipal Development and Reform Commission and"
        " Pudong New Area Government)",
        "en",
    )
    assert notice.language == "en"
    assert misplaced(notice) == []
    names = ["Municipal Commerce Commission", "Municipal Development and Reform Commission",
             "Pudong New Area Government"]  # fmt: skip
    assert units_in_text(notice) == [(name, None, name) for name in names]


def test_a_korean_unit_list() -> None:
    notice = notice_with(
        "플랫폼 구축. 무역 플랫폼을 구축하고 서비스 기능을 강화한다. "
        "(주관 부서: 시 상무위원회; 협력 부서: 상하이 세관, 각 구 정부)",
        "ko",
    )
    assert notice.language == "ko"
    assert misplaced(notice) == []
    assert units_in_text(notice) == [
        ("시 상무위원회", "lead", "시 상무위원회"),
        ("상하이 세관", "support", "상하이 세관"),
        ("각 구 정부", "support", "각 구 정부"),
    ]


def test_table_units_point_at_their_cells_also_across_a_page_break() -> None:
    table = (
        "序号\t具体举措\t牵头单位\t配合单位\n"
        "1\t推进数字贸易发展。\t 市商务委\t市发展\n"
        "\t加强平台建设。\t\t改革委、市科委\n"
        "2\t完善机制。\t市网信办（牵头）\t\n"
    )
    offset = 100
    text = "x" * offset + table
    rows = parse_task_table(table, offset=offset)
    assert rows is not None
    found = [
        (u.name, u.role, text[u.span.start : u.span.end])
        for row in rows
        for u in row.responsible_units
        if u.span is not None
    ]
    assert found == [
        ("市商务委", "lead", "市商务委"),
        # Broken by the page break: from the first part of the name to the last.
        ("市发展改革委", "support", "市发展\n\t加强平台建设。\t\t改革委"),
        ("市科委", "support", "市科委"),
        ("市网信办", "lead", "市网信办"),
    ]
