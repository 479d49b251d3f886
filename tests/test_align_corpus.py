"""The 2024 notice: the Chinese original aligned with its English and Korean versions.

Expected pairs were read off the three files side by side: both translations
keep all 23 measures in order, so measure n of the original pairs with
measure n of each translation.  The English version runs measures (IX)–(XI)
together in one paragraph (line 20) and has no heading for section IV, so
its measures 11–14 carry ids 3.11–3.14; the Korean version repeats measures
15–23, section 六 and the closing paragraph in Chinese after measure 23.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

import pytest

import shpolicy
from shpolicy import Alignment, align
from shpolicy.schema import Notice

CORPORA = Path(__file__).resolve().parent.parent / "corpora"


@cache
def seed(language: str) -> Notice:
    return shpolicy.parse(CORPORA / f"2024-digital-trade.{language}.txt")


@cache
def aligned(language: str) -> Alignment:
    return align(seed("zh"), seed(language))


ZH_IDS = [f"{s}.{n}" for s, ns in ((1, range(1, 5)), (2, range(5, 8)), (3, range(8, 11)),
          (4, range(11, 15)), (5, range(15, 20)), (6, range(20, 24))) for n in ns]  # fmt: skip
EN_IDS = [f"{s}.{n}" for s, ns in ((1, range(1, 5)), (2, range(5, 8)), (3, range(8, 15)),
          (5, range(15, 20)), (6, range(20, 24))) for n in ns]  # fmt: skip


@pytest.mark.parametrize("language", ["en", "ko"])
def test_23_of_23_measures_pair_with_their_counterparts(language: str) -> None:
    alignment = aligned(language)
    expected_targets = EN_IDS if language == "en" else ZH_IDS
    assert [(p.source, p.target) for p in alignment.pairs] == list(zip(ZH_IDS, expected_targets))
    assert all(p.link == "1-1" for p in alignment.pairs)
    assert alignment.matched == 23
    source = {m.id: m for m in seed("zh").iter_measures()}
    target = {m.id: m for m in seed(language).iter_measures()}
    for pair in alignment.pairs:
        assert pair.source is not None and pair.target is not None
        assert source[pair.source].number == target[pair.target].number
        assert 0.0 <= pair.score <= 1.0


def test_measures_run_together_in_one_english_paragraph_keep_their_pairs() -> None:
    target = {m.id: m for m in seed("en").iter_measures()}
    assert [target[i].span.line for i in ("3.9", "3.10", "3.11")] == [20, 20, 20]
    pairs = {p.source: p.target for p in aligned("en").pairs}
    assert (pairs["3.9"], pairs["3.10"], pairs["4.11"]) == ("3.9", "3.10", "3.11")


def test_the_missing_english_section_iv_heading_leaves_section_4_unpaired() -> None:
    assert [(s.source, s.target) for s in aligned("en").sections] == [
        ("1", "1"), ("2", "2"), ("3", "3"), ("4", None), ("5", "5"), ("6", "6"),
    ]  # fmt: skip


def test_korean_untranslated_measures_pair_by_direct_comparison() -> None:
    for pair in aligned("ko").pairs:
        assert pair.signals is not None
        number = int(pair.source.split(".")[1]) if pair.source else 0
        if number >= 15:
            assert pair.signals.direct is not None and pair.signals.direct > 0.9
        else:
            assert pair.signals.reading is not None and pair.signals.reading > 0.4


def test_english_pairs_share_the_anchors_both_versions_name() -> None:
    shared = {p.source: p.signals.shared for p in aligned("en").pairs if p.signals}
    assert "depa" in shared["5.16"]
    assert "baas" in shared["3.10"]
    assert {"lingang", "pudong"} <= set(shared["1.1"])
    assert "5g" in shared["3.8"]
