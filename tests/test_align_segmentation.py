"""Measures found paragraph by paragraph when a translation's labels lie.

The damaged translations are the 2024 English and Korean versions with their
labels removed, restarted, reversed or mixed with Chinese passages; the
expected pairs are those of the clean versions, found by content.
"""

from __future__ import annotations

import re
from functools import cache

import pytest
from conftest import CORPORA, TESTS

DATA = TESTS / "data" / "align"

import shpolicy
from shpolicy.alignment.segmentation import segment
from shpolicy.checking.checker import check_translations
from shpolicy.schema import Notice

_LABEL = re.compile(r"^\s*(\([^)]{1,6}\)|（[^）]{1,6}）)\s*")
_HEADING = re.compile(r"^([IVX]+\.|[一二三四五六七八九十]+[.、])")


@cache
def _parsed(name: str) -> Notice:
    return shpolicy.parse(CORPORA / name)


@cache
def _lines(language: str) -> tuple[str, ...]:
    text = (CORPORA / f"2024-digital-trade.{language}.txt").read_text(encoding="utf-8")
    return tuple(text.split("\n"))


def _measure_lines(language: str) -> list[int]:
    lines = _lines(language)
    return [n for n, t in enumerate(lines) if _LABEL.match(t)]


def _damaged(language: str, lines: list[str]) -> Notice:
    return shpolicy.parse_text("\n".join(lines), path=f"damaged.{language}.txt")


def _pairs(target: Notice) -> dict[str, str]:
    """Source id → the text (first 30 characters) of the measure it is paired with."""
    report = check_translations(_parsed("2024-digital-trade.zh.txt"), target)
    translation = report.translations[0]
    measures = {
        m.id: m
        for m in segment(_parsed("2024-digital-trade.zh.txt"), target).notice.iter_measures()
    }
    return {
        p.source: measures[p.target].text[:30]
        for p in translation.alignment.pairs
        if p.source and p.target
    }


def _clean_pairs(language: str) -> dict[str, str]:
    target = _parsed(f"2024-digital-trade.{language}.txt")
    return _pairs(target)


@pytest.mark.parametrize("language", ["en", "ko"])
def test_clean_translations_keep_their_labels(language: str) -> None:
    zh = _parsed("2024-digital-trade.zh.txt")
    found = segment(zh, _parsed(f"2024-digital-trade.{language}.txt"))
    assert found.method == "labels" and found.reason is None


def test_without_labels_every_paragraph_is_a_measure() -> None:
    lines = [_LABEL.sub("", t) for t in _lines("en")]
    target = _damaged("en", lines)
    zh = _parsed("2024-digital-trade.zh.txt")
    found = segment(zh, target)
    assert found.method == "paragraphs"
    assert "measures found by their labels" in (found.reason or "")
    assert sum(1 for _ in found.notice.iter_measures()) == 23
    # Three measures on one line stay three: cut where a label follows a sentence end.
    assert _pairs(target) == _clean_pairs("en")
    report = check_translations(zh, target).translations[0]
    assert report.alignment.segmentation == "paragraphs"
    assert "missing-measure" not in {f.code for f in report.findings}
    assert any("paragraph by paragraph" in f.message for f in report.findings)


def _restarted() -> list[str]:
    lines, k = [], 0
    for t in _lines("en"):
        if _HEADING.match(t):
            k = 0
        elif _LABEL.match(t):
            k += 1
            t = _LABEL.sub(f"({['I', 'II', 'III', 'IV', 'V'][k - 1]}) ", t)
        lines.append(t)
    return lines


@pytest.mark.parametrize("damage", ["labels-removed", "numbering-restarted"])
def test_the_warnings_of_the_parse_by_labels_give_way_to_how_measures_were_found(
    damage: str,
) -> None:
    lines = [_LABEL.sub("", t) for t in _lines("en")] if damage == "labels-removed" else _restarted()
    target = _damaged("en", lines)
    zh = _parsed("2024-digital-trade.zh.txt")
    # The parse by labels warns of a gap in the numbering or a missing section...
    assert any(w.code in ("numbering-gap", "missing-section") for w in target.warnings)
    found = segment(zh, target)
    assert found.method == "paragraphs"
    # ... which re-segmentation finds afresh: the cut notice keeps none of it.
    assert not any(
        w.code.startswith("numbering") or w.code == "missing-section" for w in found.notice.warnings
    )
    assert sum(len(run.measures) for run in found.runs) == 23
    report = check_translations(zh, target).translations[0]
    document = [f for f in report.findings if f.code == "numbering" and f.scope == "document"]
    assert len(document) == 1
    [warning] = document
    assert "line 20: 2 measures cut out of a paragraph at their labels (X)–(XI)" in warning.message
    if damage == "labels-removed":
        assert "lines 21–34: 12 unlabelled paragraphs, numbered by their place" in warning.message
        assert not any("follows number" in f.message for f in report.findings)
    else:
        assert "under their labels (I)–(IV), (I)–(III), (I)–(II)" in warning.message


def test_two_measures_in_reversed_order_are_misordered_not_missing() -> None:
    lines = list(_lines("en"))
    a, b = _measure_lines("en")[4:6]
    lines[a], lines[b] = lines[b], lines[a]
    target = _damaged("en", lines)
    assert _pairs(target) == _clean_pairs("en")
    codes = [
        f.code
        for f in check_translations(_parsed("2024-digital-trade.zh.txt"), target)
        .translations[0]
        .findings
    ]
    assert codes.count("misordered") == 2
    assert "missing-measure" not in codes and "swapped" not in codes


def test_numbering_restarted_in_each_section() -> None:
    assert _pairs(_damaged("en", _restarted())) == _clean_pairs("en")


def test_passages_left_in_chinese_among_english_ones() -> None:
    zh = _parsed("2024-digital-trade.zh.txt")
    en = _parsed("2024-digital-trade.en.txt")
    zh_lines = (CORPORA / "2024-digital-trade.zh.txt").read_text(encoding="utf-8").split("\n")
    zh_line = {m.id: m.span.line or 1 for m in zh.iter_measures()}
    en_line = {m.id: m.span.line or 1 for m in en.iter_measures()}
    lines = list(_lines("en"))
    for pair in shpolicy.align(zh, en).pairs[2:5]:
        assert pair.source and pair.target
        lines[en_line[pair.target] - 1] = zh_lines[zh_line[pair.source] - 1]
    target = _damaged("en", lines)
    assert segment(zh, target).method == "paragraphs"
    report = check_translations(zh, target).translations[0]
    assert [f.code for f in report.findings].count("untranslated") == 3
    assert report.alignment.matched == 23
    assert "missing-measure" not in {f.code for f in report.findings}


def test_a_measure_split_unevenly_under_its_label_repeated() -> None:
    lines = list(_lines("ko"))
    n = _measure_lines("ko")[5]
    label, body = _LABEL.match(lines[n]).group(1), _LABEL.sub("", lines[n])  # type: ignore[union-attr]
    first, rest = body.split(". ", 1)
    lines[n : n + 1] = [f"{label} {first}.", f"{label} {rest}"]
    report = check_translations(_parsed("2024-digital-trade.zh.txt"), _damaged("ko", lines))
    codes = {f.code for f in report.translations[0].findings}
    assert "split" in codes and "extra-measure" not in codes


def test_the_official_english_style_parses_and_aligns() -> None:
    """``I.`` sections, ``1. Gerund phrase: body (Responsible units: the Municipal Commission of …)``,
    no cover notice: the English portal's style, written from the 2024 translation."""
    zh = _parsed("2024-digital-trade.zh.txt")
    official = shpolicy.parse(DATA / "2024-digital-trade.official.en.txt")
    measures = list(official.iter_measures())
    assert [m.label for m in measures[:3]] == ["1.", "2.", "3."]
    assert [s.label for s in official.sections] == ["I.", "II.", "III.", "V.", "VI."]
    first = measures[0]
    assert first.text.startswith("Piloting the opening-up of value-added telecommunications:")
    assert [u.canonical for u in first.responsible_units][:2] == ["市经济信息化委", "市通信管理局"]
    report = check_translations(zh, official).translations[0]
    assert report.alignment.segmentation == "labels"
    assert report.alignment.matched == 23
    clean = {p.source: p.target for p in shpolicy.align(zh, _parsed("2024-digital-trade.en.txt")).pairs}
    assert {p.source: p.target for p in report.alignment.pairs} == clean
    # The 2024 English version has no section IV: that is the only finding.
    assert {f.code for f in report.findings} == {"missing-section"}
    assert not any(f.code == "unit-mismatch" for f in report.findings)
