"""Nothing is lost: every character of every corpus document is accounted for.

Two halves.  From the source to the normalised text: each non-space character
of the decoded source is either carried into ``Notice.text`` or kept in a
recorded removal.  From the normalised text to the notice: the layout blocks
are disjoint and together cover every non-space character, and each measure's
block holds exactly its label and its text.
"""

from __future__ import annotations

from pathlib import Path

import pytest

import shpolicy
from shpolicy.normalize import normalize
from shpolicy.parsers import context_for
from shpolicy.sources import read_source

CORPORA = Path(__file__).resolve().parent.parent / "corpora"
DOCUMENTS = sorted(
    p for p in CORPORA.rglob("*") if p.suffix in {".txt", ".md", ".pdf"} and p.name != "README.md"
)


def _nonspace(text: str) -> str:
    return "".join(text.split())


@pytest.mark.parametrize("path", DOCUMENTS, ids=lambda p: str(p.relative_to(CORPORA)))
def test_source_characters_are_kept_or_recorded(path: Path) -> None:
    notice = shpolicy.parse(path)
    src = read_source(path)
    if src.format == "pdf":
        pytest.skip("a PDF's characters are accounted for by its reader's tests")
    norm = normalize(src.text, context_for(src, notice.language))
    assert norm.text == notice.text
    tm = norm.map
    mapped = set(tm.origin[: len(tm.text)])
    removed: set[int] = set()
    for r in tm.removed:
        removed.update(range(r.original_start, r.original_end))
    for start, end in tm.rewritten:  # rewritten in place by a recorded fix
        removed.update(range(start, end))
    lost = [
        (i, ch)
        for i, ch in enumerate(src.text)
        if not ch.isspace() and i not in mapped and i not in removed
    ]
    assert not lost, f"characters neither kept nor recorded: {lost[:10]}"
    recorded = sorted(r.text for r in notice.removals)
    for r in tm.removed:
        assert r.text in recorded


@pytest.mark.parametrize("path", DOCUMENTS, ids=lambda p: str(p.relative_to(CORPORA)))
def test_blocks_partition_the_text(path: Path) -> None:
    notice = shpolicy.parse(path)
    text = notice.text
    pos = 0
    covered = [False] * len(text)
    for block in notice.blocks:
        assert block.span.start >= pos, f"block {block.kind} overlaps the one before it"
        assert block.span.end <= len(text)
        for i in range(block.span.start, block.span.end):
            covered[i] = True
        pos = block.span.end
    missing = "".join(ch for ch, c in zip(text, covered) if not c and not ch.isspace())
    assert not missing, f"text in no block: {missing[:80]!r}"


@pytest.mark.parametrize("path", DOCUMENTS, ids=lambda p: str(p.relative_to(CORPORA)))
def test_measure_blocks_hold_label_and_text(path: Path) -> None:
    notice = shpolicy.parse(path)
    blocks = {b.ref: b for b in notice.blocks if b.kind == "measure"}
    for measure in notice.iter_measures():
        block = blocks[measure.id]
        own = notice.text[block.span.start : block.span.end]
        assert _nonspace(own).endswith(_nonspace(measure.text)), measure.id
        assert measure.text.strip(), f"measure {measure.id} has no text"
