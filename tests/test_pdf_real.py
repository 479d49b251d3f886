"""Two real notices printed from their web copies parse like the web copies themselves.

tests/pdf/make_pdfs.py (``render_real``) prints a regulation in chapters (the
2025 Putuo emergency-shelter measures: 第X章, 第X条, items （一）… naming
departments) and a plan whose measures name responsible units (the 2026 park
plan) from corpora/real/, each as GB/T 9704 prescribes (justified, page
numbers to the outer side) and ragged right with centred page numbers under
a running header (the plan's title).  What is printed is the text shpolicy
reads from the Markdown copy, without the copy's front matter, disclaimer and
links; the document number, which the copy gives only in its front matter,
stands at the top as on paper.  What stands at the page breaks named here was
read off the PDFs with pdfium's text and checked against the copies.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import drawn_glyphs, read_glyphs

from shpolicy import parse
from shpolicy.schema import Notice
from shpolicy.sources import read_source

ROOT = Path(__file__).resolve().parent.parent
PDFS = ROOT / "tests" / "pdf"
REAL = ROOT / "corpora" / "real"
PUTUO = "2025-putuo-emergency-shelter-measures"
PARK = "2026-sh-park-quality-upgrade-plan"
# (notice, layout) → number of pages; layout "" is GB/T 9704.
PAGES = {(PUTUO, ""): 9, (PUTUO, "ragged"): 10, (PARK, ""): 7, (PARK, "ragged"): 8}
HEADERS = {PUTUO: "上海市普陀区应急避难场所管理办法（试行）", PARK: "上海市公园提质增效实施方案"}


def _pdf(name: str, layout: str) -> Path:
    return PDFS / f"{name}{'.' + layout if layout else ''}.zh.pdf"


_WEB_COPIES: dict[str, Notice] = {}


def _web_copy(name: str) -> Notice:
    if name not in _WEB_COPIES:
        _WEB_COPIES[name] = parse(REAL / f"{name}.zh.md")
    return _WEB_COPIES[name]


@pytest.fixture(scope="module", params=list(PAGES), ids=lambda p: f"{p[0]}:{p[1] or 'gbt'}")
def printed(request: pytest.FixtureRequest) -> tuple[str, str]:
    name, layout = request.param
    return str(name), str(layout)


def _structure(notice: Notice) -> list[tuple[object, ...]]:
    out: list[tuple[object, ...]] = []
    for section in notice.sections:
        out.append(("section", section.label, section.title))
        for m in section.measures:
            units = tuple(u.name for u in m.responsible_units)
            out.append(("measure", m.id, m.label, m.title, units))
            out.extend(("item", i.id, i.label, i.title) for i in m.items)
    return out


def test_each_pdf_parses_to_the_web_copys_notice(printed: tuple[str, str]) -> None:
    name, layout = printed
    web = _web_copy(name)
    pdf = parse(_pdf(name, layout))
    assert (pdf.doc_number, pdf.title, pdf.date) == (web.doc_number, web.title, web.date)
    assert pdf.issuers == web.issuers
    assert _structure(pdf) == _structure(web)


def test_the_structure_is_the_documents() -> None:
    """The web copies' own reading, which the PDFs are held to, is the documents' structure."""
    putuo = _web_copy(PUTUO)
    assert putuo.doc_number == "普应急〔2025〕26号"
    assert [s.label for s in putuo.sections] == [f"第{n}章" for n in "一二三四五六"]
    assert sum(len(s.measures) for s in putuo.sections) == 32
    duties = putuo.sections[1].measures[0]
    assert (duties.id, duties.label) == ("2.6", "第六条")
    assert [i.label for i in duties.items][-1] == "（十四）"
    park = _web_copy(PARK)
    assert park.doc_number == "沪府办发〔2026〕21号"
    measures = [m for s in park.sections for m in s.measures]
    assert len(measures) == 16
    assert all(m.responsible_units for m in measures)


def test_blocks_are_the_web_copys_paragraphs(printed: tuple[str, str]) -> None:
    """Block for block the text of the Markdown copy, but for what only the web copy has."""
    name, layout = printed
    web = _web_copy(name)
    pdf = parse(_pdf(name, layout))

    def blocks(notice: Notice, leave_out: str) -> list[tuple[str, str]]:
        return [
            (b.kind.value, notice.text[b.span.start : b.span.end])
            for b in notice.blocks
            if b.kind.value != leave_out
        ]

    assert blocks(pdf, "doc-number") == blocks(web, "site-note")
    assert [b.kind.value for b in pdf.blocks][:2] == ["doc-number", "title"]


def test_page_numbers_and_running_headers_are_removals(printed: tuple[str, str]) -> None:
    name, layout = printed
    source = read_source(_pdf(name, layout))
    pages = PAGES[printed]
    assert len(source.page_starts) == pages
    numbers = [(r.page, r.text) for r in source.removed if r.kind == "page-number"]
    label = "- {} -" if layout else "— {} —"
    assert numbers == [(n, label.format(n)) for n in range(1, pages + 1)]
    headers = [(r.page, r.text) for r in source.removed if r.kind == "running-header"]
    assert headers == ([(n, HEADERS[name]) for n in range(1, pages + 1)] if layout else [])
    assert {r.kind for r in source.removed} <= {"page-number", "running-header"}


def test_unit_clauses_run_on_over_the_page_break() -> None:
    gbt = {m.id: m for s in parse(_pdf(PARK, "")).sections for m in s.measures}
    # Page 5 ends "…市财政局、市人力资源社", page 6 begins "会保障局、各区政府）".
    assert gbt["5.11"].span.pages == [5, 6]
    assert [u.name for u in gbt["5.11"].responsible_units][-2:] == [
        "市人力资源社会保障局",
        "各区政府",
    ]
    # Page 6 ends "（责任单位：市绿化市容局、", page 7 begins "市公安局、…".
    assert gbt["6.14"].span.pages == [6, 7]
    assert [u.name for u in gbt["6.14"].responsible_units][:2] == ["市绿化市容局", "市公安局"]
    source = read_source(_pdf(PARK, ""))
    assert source.text[source.page_starts[5] :].startswith("会保障局、各区政府）")
    # Ragged: page 5 ends "…消费场景。（责", page 6 begins "任单位：市文化旅游局、…".
    ragged = {m.id: m for s in parse(_pdf(PARK, "ragged")).sections for m in s.measures}
    assert ragged["4.10"].span.pages == [5, 6]
    assert ragged["4.10"].responsible_units[0].name == "市文化旅游局"
    source = read_source(_pdf(PARK, "ragged"))
    at = source.page_starts[5]
    assert source.text[at - 2 : at + 4] == "（责任单位："


@pytest.mark.parametrize("pdf", [_pdf(n, layout) for n, layout in PAGES], ids=lambda p: p.name)
def test_nothing_is_lost(pdf: Path) -> None:
    """Every glyph on the pages (doubled ones once) is in the text or in a recorded removal."""
    assert read_glyphs(pdf) == drawn_glyphs(pdf)
