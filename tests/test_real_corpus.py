"""The real corpus against its hand-checked gold (corpora/real/, tests/golden/real/).

The comparison is the one ``benchmarks/real_corpus.py`` prints, loaded from
there so that the figures and the test can never disagree on what they
compare.  Every document's structure (sections, measures and items with
their ids and labels) and metadata must be exactly as its gold says; titles
and responsible units are held to the corpus-wide floors below, which are
the benchmark's goals.
"""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

BENCHMARK = Path(__file__).resolve().parent.parent / "benchmarks" / "real_corpus.py"


@pytest.fixture(scope="module")
def bench() -> ModuleType:
    spec = importlib.util.spec_from_file_location("real_corpus", BENCHMARK)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules["real_corpus"] = module
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def results(bench: ModuleType) -> list[Any]:
    found = bench.run(bench.ROOT / "tests" / "golden" / "real")
    assert len(found) >= 40, "the real corpus holds at least 40 annotated documents"
    return list(found)


def test_no_document_fails_to_parse(results: list[Any]) -> None:
    assert [r.name for r in results if r.error] == []


def test_every_structure_is_exact(results: list[Any]) -> None:
    wrong = {r.name: r.differences for r in results if not r.error and not r.structure}
    assert wrong == {}


def test_every_metadata_field_is_right(results: list[Any]) -> None:
    wrong = {
        r.name: [d for d in r.differences if d.split(":", 1)[0] in r.fields]
        for r in results
        if not r.error and not all(r.fields.values())
    }
    assert wrong == {}


def test_titles_and_units_reach_their_goals(results: list[Any]) -> None:
    right = sum(r.titles[0] for r in results)
    total = sum(r.titles[1] for r in results)
    assert right / total >= 0.99
    tp = sum(r.units[0] for r in results)
    precision = tp / sum(r.units[1] for r in results)
    recall = tp / sum(r.units[2] for r in results)
    assert 2 * precision * recall / (precision + recall) >= 0.97
