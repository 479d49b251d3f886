"""pypdfium2 against pdfplumber: the fast extractor must read what the reference reads.

The reader takes glyphs and rules with pypdfium2; pdfplumber (pdfminer) is
the reference.  Line by line, every page must read the same with either, and
the ruled tables must come out cell for cell as pdfplumber's own
``extract_tables`` gives them.  Two known differences are allowed for:
pdfminer keeps both drawings of a glyph drawn twice (pdfplumber's header
row reads ``试试点点任任务务``), and it leaves out the character spacing after
the last glyph of each string, so in justified lines that switch font
subsets its glyphs fall short of the right edge; the line texts still agree.
"""

from __future__ import annotations

import re
from pathlib import Path

import pdfplumber
import pypdfium2 as pdfium
import pytest

from shpolicy.sources.pdf import read_pdf_bytes
from shpolicy.sources.pdf_content import PageContent, pdfium_pages, plumber_pages
from shpolicy.sources.pdf_grid import find_grids, may_hold_table
from shpolicy.sources.pdf_lines import dedupe, group_lines

PDFS = Path(__file__).resolve().parent / "pdf"
ALL = [
    "2024-digital-trade.zh.pdf",
    "2019-digital-trade-action-plan.zh.pdf",
    "2020-service-trade-pilot.table.pdf",
    "partly-unmapped.pdf",
]


def _lines(pages: list[PageContent]) -> list[list[str]]:
    return [[ln.text for ln in group_lines(dedupe(p.glyphs)[0])] for p in pages]


@pytest.mark.parametrize("name", ALL)
def test_every_line_reads_the_same_with_both_engines(name: str) -> None:
    path = PDFS / name
    document = pdfium.PdfDocument(path)
    try:
        fast = list(pdfium_pages(document))
    finally:
        document.close()
    with pdfplumber.open(path) as pdf:
        reference = list(plumber_pages(pdf))
    assert len(fast) == len(reference)
    assert _lines(fast) == _lines(reference)


@pytest.mark.parametrize("name", ["2020-service-trade-pilot.table.pdf", "partly-unmapped.pdf"])
def test_the_whole_reader_agrees_where_no_spacing_is_lost(name: str) -> None:
    data = (PDFS / name).read_bytes()
    fast = read_pdf_bytes(data, name, engine="pdfium")
    reference = read_pdf_bytes(data, name, engine="pdfplumber")
    assert fast.text == reference.text
    assert fast.page_starts == reference.page_starts
    assert fast.removed == reference.removed


def _squeeze(rows: list[list[str | None]]) -> list[list[str | None]]:
    return [[None if c is None else re.sub(r"\s+", "", c) for c in row] for row in rows]


def test_table_cells_are_pdfplumbers() -> None:
    path = PDFS / "2020-service-trade-pilot.table.pdf"
    document = pdfium.PdfDocument(path)
    try:
        pages = list(pdfium_pages(document))
    finally:
        document.close()
    with pdfplumber.open(path) as pdf:
        expected = [page.extract_tables() for page in pdf.pages]
    for page, tables in zip(pages, expected):
        assert may_hold_table(page.rules)
        grids = find_grids(page.rules, dedupe(page.glyphs)[0])
        assert len(grids) == len(tables) == 1
        ours, theirs = _squeeze(grids[0].rows), _squeeze(tables[0])
        # pdfplumber reads the double-drawn header twice over; the rest must be equal.
        assert ours[0] == ["试点任务", "任务细化", "序号", "具体举措", "责任单位"]
        assert theirs[0] == [
            "试试点点任任务务",
            "任任务务细细化化",
            "序序号号",
            "具具体体举举措措",
            "责责任任单单位位",
        ]
        assert ours[1:] == theirs[1:]


def test_pages_without_ruling_lines_in_both_directions_are_not_searched() -> None:
    path = PDFS / "2024-digital-trade.zh.pdf"
    document = pdfium.PdfDocument(path)
    try:
        pages = list(pdfium_pages(document))
    finally:
        document.close()
    # Page 1 has the red rule, page 9 the rules of the 版记: horizontal only.
    assert pages[0].rules and pages[8].rules
    assert not any(may_hold_table(page.rules) for page in pages)
