"""Reading PDF notices: layout into text, furniture removed, the same notice as the text seed.

The PDFs in tests/pdf/ are rendered from the seeds by tests/pdf/make_pdfs.py
(GB/T 9704 layout for the 2024 notice, a web print-out with running header
and ``第 N 页 共 M 页`` for the 2019 plan, a ruled table for the 2020
attachment).  Where a test names what stands at a page break, it was read
off the PDF with pdfplumber's plain ``extract_text`` and checked against the
seed.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import assert_parses_like_the_text_seed, drawn_glyphs, read_glyphs

from shpolicy import parse
from shpolicy.schema import Notice
from shpolicy.sources import SourceText, read_source

ROOT = Path(__file__).resolve().parent.parent
PDFS = ROOT / "tests" / "pdf"
CORPORA = ROOT / "corpora"
NOTICE_PDF = PDFS / "2024-digital-trade.zh.pdf"
WEB_PDF = PDFS / "2019-digital-trade-action-plan.zh.pdf"
TABLE_PDF = PDFS / "2020-service-trade-pilot.table.pdf"


@pytest.fixture(scope="module")
def notice_source() -> SourceText:
    return read_source(NOTICE_PDF)


@pytest.fixture(scope="module")
def from_pdf() -> Notice:
    return parse(NOTICE_PDF)


@pytest.fixture(scope="module")
def from_text() -> Notice:
    return parse(CORPORA / "2024-digital-trade.zh.txt")


def _paragraphs(source: SourceText) -> list[str]:
    return source.text.split("\n\n")


# ------------------------------------------------------------------ the reader's text


def test_masthead_number_and_title_each_stand_alone(notice_source: SourceText) -> None:
    paras = _paragraphs(notice_source)
    assert paras[0] == "上海市人民政府办公厅文件"
    assert paras[1] == "沪府办发〔2024〕31号"
    # Three centred lines of title type, joined into one.
    assert paras[2] == (
        "上海市人民政府办公厅关于印发《上海市推动数字贸易和服务贸易高质量发展的实施方案》的通知"
    )
    assert paras[3] == "各区人民政府，市政府各委、办、局，各相关单位："


def test_page_numbers_are_removed_and_recorded(notice_source: SourceText) -> None:
    assert notice_source.format == "pdf"
    removed = [(r.kind, r.text, r.page) for r in notice_source.removed]
    assert removed == [("page-number", f"— {n} —", n) for n in range(1, 10)]
    assert "—" not in notice_source.text.replace("东南亚—日本", "").replace("陆家嘴—世博", "")


def test_a_paragraph_runs_on_over_the_page_break(notice_source: SourceText) -> None:
    # Page 4 ends "…建设航空货运信息综合服务", page 5 begins "公共平台，实现…".
    paras = _paragraphs(notice_source)
    eleven = next(p for p in paras if p.startswith("（十一）"))
    assert "推动空运数据共享和数字化转型。建设航空货运信息综合服务公共平台，实现航空物流" in eleven
    assert eleven.endswith("虹桥国际中央商务区管委会）")
    # The page-number removal stands where the break was, and page 5 starts there.
    at = notice_source.text.index("公共平台，实现航空物流")
    assert notice_source.page_starts[4] == at
    four = next(r for r in notice_source.removed if r.page == 4)
    assert four.offset == at


def test_every_paragraph_starts_at_its_marker(notice_source: SourceText) -> None:
    paras = _paragraphs(notice_source)
    for label in ("（一）", "（八）", "（十五）", "（二十三）"):
        assert sum(p.startswith(label) for p in paras) == 1, label
    # No line of the body was left as a fragment of its paragraph.
    assert all(not p.startswith(("，", "。", "、")) for p in paras)


def test_glyphs_drawn_twice_are_read_once(notice_source: SourceText) -> None:
    paras = _paragraphs(notice_source)
    assert "一、大力发展数字交付服务贸易" in paras
    assert "一一、、" not in notice_source.text


def test_the_imprint_keeps_its_hanging_lines_together(notice_source: SourceText) -> None:
    paras = _paragraphs(notice_source)
    assert (
        paras[-2]
        == "抄送：市委各部门，市人大常委会办公厅，市政协办公厅，市纪委监委，市高院，市检察院。"
    )
    assert paras[-1] == "上海市人民政府办公厅 2024年12月30日印发"


def test_page_starts_cover_every_page(notice_source: SourceText) -> None:
    starts = notice_source.page_starts
    assert len(starts) == 9 and starts[0] == 0
    assert starts == sorted(starts)
    assert notice_source.metadata["pdf.pages"] == "9"


# ------------------------------------------------------------------ parsed like the text seed


def test_the_pdf_parses_to_the_text_seeds_notice(from_pdf: Notice, from_text: Notice) -> None:
    assert_parses_like_the_text_seed(from_pdf, from_text)


def test_measures_carry_their_pages(from_pdf: Notice) -> None:
    measures = {m.id: m for s in from_pdf.sections for m in s.measures}
    assert measures["1.1"].span.pages == [2]
    assert measures["4.11"].span.pages == [4, 5]
    assert measures["6.23"].span.pages == [8]


def test_removed_page_numbers_are_warnings(from_pdf: Notice) -> None:
    codes = [w.code for w in from_pdf.warnings]
    assert codes.count("page-number-removed") == 9


# ------------------------------------------------------------------ other layouts


def test_running_headers_and_page_footers_of_a_web_print_out() -> None:
    source = read_source(WEB_PDF)
    kinds = {(r.kind, r.page) for r in source.removed}
    assert {("running-header", n) for n in range(1, 14)} <= kinds
    assert {("page-number", n) for n in range(1, 14)} <= kinds
    assert "政务公开" not in source.text and "共 13 页" not in source.text
    headers = [r.text for r in source.removed if r.kind == "running-header"]
    assert set(headers) == {"上海市商务委员会 政务公开 政策文件"}


def test_the_web_print_out_parses_like_its_seed() -> None:
    a = parse(WEB_PDF)
    b = parse(CORPORA / "2019-digital-trade-action-plan.zh.txt")
    assert [s.title for s in a.sections] == [s.title for s in b.sections]
    items = [i.id for s in a.sections for m in s.measures for i in m.items]
    assert items == [i.id for s in b.sections for m in s.measures for i in m.items]
    assert len(items) == 12


def test_a_ruled_table_becomes_tab_separated_rows() -> None:
    source = read_source(TABLE_PDF)
    lines = source.text.splitlines()
    header = "试点任务\t任务细化\t序号\t具体举措\t责任单位"
    # The header row is repeated on each of the nine pages.
    assert lines.count(header) == 9
    first = lines[lines.index(header) + 1].split("\t")
    assert first[:3] == ["(一) 全面探索完善管理体制", "1. 强化统筹协调机制", "1"]
    # Under a merged cell the row has empty cells, as in the text seed.
    second = lines[lines.index(header) + 2].split("\t")
    assert second[:3] == ["", "", "2"]
    assert [r.kind for r in source.removed] == ["page-number"] * 9


@pytest.mark.parametrize(
    "name",
    [
        "2024-digital-trade.zh.pdf",
        "2019-digital-trade-action-plan.zh.pdf",
        "2020-service-trade-pilot.table.pdf",
        "partly-unmapped.pdf",
    ],
)
def test_nothing_is_lost(name: str) -> None:
    """Every glyph on the pages (doubled ones once) is in the text or in a recorded removal."""
    assert read_glyphs(PDFS / name) == drawn_glyphs(PDFS / name)
