"""Shared helpers for the tests that read hand-checked annotations (TOML files)."""

from __future__ import annotations

import datetime
import sys
import unicodedata
from collections import Counter
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from shpolicy.schema import Measure, Notice

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover - exercised on Python 3.10 only
    import tomli as tomllib  # type: ignore[no-redef, import-not-found, unused-ignore]

TESTS = Path(__file__).resolve().parent
ROOT = TESTS.parent
CORPORA = ROOT / "corpora"
VARIANTS = CORPORA / "variants"
GOLDEN = TESTS / "golden"
STRUCTURE = TESTS / "fixtures" / "structure"

# Quote styles vary between versions of one text (“” in an original, "" in a
# copy of it) without changing what it says.
_QUOTES = str.maketrans({"“": '"', "”": '"', "„": '"', "‘": "'", "’": "'"})


def load_toml(path: Path) -> dict[str, Any]:
    """The TOML file at ``path`` as a dict."""
    with path.open("rb") as handle:
        return dict(tomllib.load(handle))


def same_quotes(text: str) -> str:
    """``text`` with curly quotes written straight."""
    return text.translate(_QUOTES)


def fold(text: str) -> str:
    """``text`` reduced to its content: compatibility forms folded (NFKC), no whitespace.

    Used for long passages (letters, preambles, measure texts), where only the
    characters matter, not where a line broke or which width a comma has.
    """
    folded = unicodedata.normalize("NFKC", same_quotes(text))
    return "".join(folded.split())


def _walk(measures: list[Measure], depth: int) -> Iterator[tuple[Measure, int]]:
    for measure in measures:
        yield measure, depth
        yield from _walk(measure.items, depth + 1)


def measures_with_depth(notice: Notice) -> list[tuple[Measure, int]]:
    """Every measure and item in document order, with its depth below its section (1 = measure)."""
    return [pair for section in notice.sections for pair in _walk(section.measures, 1)]


def assert_no_differences(where: str, differences: list[str]) -> None:
    """Fail listing every difference found, so one run shows them all."""
    assert not differences, f"{where}: {len(differences)} difference(s)\n  " + "\n  ".join(
        differences
    )


def drawn_glyphs(pdf: Path) -> Counter[str]:
    """The glyphs drawn on a PDF's pages (a glyph drawn twice for bold once), spaces aside."""
    import pypdfium2 as pdfium

    from shpolicy.sources.pdf_content import pdfium_pages
    from shpolicy.sources.pdf_lines import dedupe

    document = pdfium.PdfDocument(pdf)
    try:
        return Counter(
            g.text
            for page in pdfium_pages(document)
            for g in dedupe(page.glyphs)[0]
            if not g.text.isspace()
        )
    finally:
        document.close()


def read_glyphs(pdf: Path) -> Counter[str]:
    """The characters the reader kept of a PDF, in its text or in a recorded removal."""
    from shpolicy.sources import read_source

    source = read_source(pdf)
    read = Counter(c for c in source.text if not c.isspace())
    for removal in source.removed:
        if removal.kind == "unextractable-text":
            read.update(f"(cid:{part}" for part in removal.text.split("(cid:")[1:])
        else:
            read.update(c for c in removal.text if not c.isspace())
    return read


def assert_parses_like_the_text_seed(from_pdf: Notice, from_text: Notice) -> None:
    """A PDF rendering of the 2024 notice gives the text seed's metadata, sections and measures."""
    assert from_pdf.doc_number == "沪府办发〔2024〕31号"
    assert from_pdf.date == datetime.date(2024, 12, 30)
    assert from_pdf.title == from_text.title
    assert from_pdf.issuers == from_text.issuers
    assert from_pdf.cc == from_text.cc
    assert [s.title for s in from_pdf.sections] == [s.title for s in from_text.sections]
    pdf_measures = [m for s in from_pdf.sections for m in s.measures]
    text_measures = [m for s in from_text.sections for m in s.measures]
    assert len(pdf_measures) == len(text_measures) == 23
    for a, b in zip(pdf_measures, text_measures):
        assert (a.id, a.number, a.title) == (b.id, b.number, b.title)
        assert [u.name for u in a.responsible_units] == [u.name for u in b.responsible_units]
