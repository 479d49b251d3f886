"""The 2024 notice in other layouts than GB/T 9704 parses like the text seed.

tests/pdf/make_pdfs.py renders the notice four more ways (``layouts()``):
ragged right (lines stop 0–4 characters short of the margin, or earlier
before a number that does not fit), page numbers centred under a running
header, a second face in another size and pitch (also ragged), and block
paragraphs without indents, half a line apart.  What stands at the page
breaks named here was read off the PDFs with pdfium's text and checked
against the seed.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import assert_parses_like_the_text_seed, drawn_glyphs, read_glyphs

from shpolicy import parse
from shpolicy.schema import Notice
from shpolicy.sources import read_source

ROOT = Path(__file__).resolve().parent.parent
PDFS = ROOT / "tests" / "pdf"
SEED = ROOT / "corpora" / "2024-digital-trade.zh.txt"
# Layout → number of pages.
LAYOUTS = {"ragged": 9, "header": 9, "mono": 8, "block": 9}
HEADER = "上海市推动数字贸易和服务贸易高质量发展的实施方案"


def _pdf(layout: str) -> Path:
    return PDFS / f"2024-digital-trade.{layout}.zh.pdf"


@pytest.fixture(scope="module")
def from_text() -> Notice:
    return parse(SEED)


@pytest.fixture(scope="module", params=list(LAYOUTS))
def layout(request: pytest.FixtureRequest) -> str:
    return str(request.param)


@pytest.fixture(scope="module")
def from_pdf(layout: str) -> Notice:
    return parse(_pdf(layout))


def test_each_layout_parses_to_the_text_seeds_notice(from_pdf: Notice, from_text: Notice) -> None:
    assert_parses_like_the_text_seed(from_pdf, from_text)


def test_page_numbers_and_running_headers_are_removals(layout: str) -> None:
    source = read_source(_pdf(layout))
    pages = LAYOUTS[layout]
    numbers = [(r.page, r.text) for r in source.removed if r.kind == "page-number"]
    label = "- {} -" if layout == "header" else "— {} —"
    assert numbers == [(n, label.format(n)) for n in range(1, pages + 1)]
    headers = [(r.page, r.text) for r in source.removed if r.kind == "running-header"]
    if layout == "header":
        assert headers == [(n, HEADER) for n in range(1, pages + 1)]
        # The plan's title stands in the text only where the notice has it.
        gbt = read_source(PDFS / "2024-digital-trade.zh.pdf").text
        assert source.text.count(HEADER) == gbt.count(HEADER)
    else:
        assert headers == []
    assert {r.kind for r in source.removed} <= {"page-number", "running-header"}


def test_paragraphs_are_those_of_the_gbt_layout(layout: str) -> None:
    """Paragraph for paragraph the same text as the justified GB/T 9704 PDF."""
    gbt = read_source(PDFS / "2024-digital-trade.zh.pdf").text.split("\n\n")
    paras = read_source(_pdf(layout)).text.split("\n\n")
    # Justification spreads the space before "DEPA" into the letter spacing.
    assert [p.replace("成为 DEPA", "成为DEPA") for p in paras] == gbt


def test_unit_clauses_run_on_over_the_page_break() -> None:
    notice = parse(_pdf("ragged"))
    measures = {m.id: m for s in notice.sections for m in s.measures}
    # Page 2 ends "（责任单位：市商务委、市科委、", page 3 begins "市经济信息化委、浦东新区政府）";
    # page 8 ends "（责任单位：中国", page 9 begins "人民银行上海总部、…".
    assert measures["1.3"].span.pages == [2, 3]
    assert [u.name for u in measures["1.3"].responsible_units] == [
        "市商务委",
        "市科委",
        "市经济信息化委",
        "浦东新区政府",
    ]
    assert measures["6.22"].span.pages == [8, 9]
    assert measures["6.22"].responsible_units[0].name == "中国人民银行上海总部"
    source = read_source(_pdf("ragged"))
    at = source.text.index("市经济信息化委、浦东新区政府）")
    assert source.page_starts[2] == at
    assert source.text[at - 2 : at] == "委、"


def test_lines_broken_before_a_number_are_joined() -> None:
    # "…力争到" | "2029年…", "…比重达到" | "50%左右…", "…加快构筑以" | "5G网络…".
    text = read_source(_pdf("ragged")).text
    for joined in ("力争到2029年，全市", "比重达到50%左右", "加快构筑以5G网络"):
        assert joined in text, joined


@pytest.mark.parametrize("name", [f"2024-digital-trade.{n}.zh.pdf" for n in LAYOUTS])
def test_nothing_is_lost(name: str) -> None:
    """Every glyph on the pages (doubled ones once) is in the text or in a recorded removal."""
    assert read_glyphs(PDFS / name) == drawn_glyphs(PDFS / name)
