"""Each corpus notice against its hand-checked annotation in tests/golden/.

A golden file says what the document means, read by eye from the source
(see corpora/README.md for the conventions).  Fields a golden file leaves out
are not compared.  Titles, labels and unit names are compared exactly (quote
style aside); long passages (letters, preambles, measure texts) by content,
ignoring whitespace and character width.  Each test reports every difference
it finds, naming the measure, section or row.

The same checks run on the variants of the 2024 notice in corpora/variants/:
re-encoded, re-flowed, converted to traditional Chinese or saved as Markdown,
it must give the same measures and units.
"""

from __future__ import annotations

import datetime
import importlib.util
from pathlib import Path
from typing import Any

import pytest
from conftest import (
    CORPORA,
    GOLDEN,
    VARIANTS,
    assert_no_differences,
    fold,
    load_toml,
    measures_with_depth,
    same_quotes,
)

import shpolicy
from shpolicy.schema import Measure, Notice

GOLDEN_FILES = sorted(GOLDEN.glob("*.toml"))
TEXT_FIELDS = {"letter", "preamble", "closing", "text"}

Golden = dict[str, Any]


def differ(expected: object, actual: object) -> str:
    return f"expected {expected!r}, got {actual!r}"


@pytest.fixture(scope="module", params=GOLDEN_FILES, ids=lambda path: path.stem)
def case(request: pytest.FixtureRequest) -> tuple[Golden, Notice]:
    golden = load_toml(request.param)
    return golden, shpolicy.parse(CORPORA / golden["source"])


def test_every_corpus_file_has_a_golden_file() -> None:
    sources = {load_toml(path)["source"] for path in GOLDEN_FILES}
    assert sources == {path.name for path in CORPORA.glob("*.txt")}


def test_language(case: tuple[Golden, Notice]) -> None:
    golden, notice = case
    assert notice.language == golden["lang"]


def test_metadata(case: tuple[Golden, Notice]) -> None:
    golden, notice = case
    differences = []
    for field, expected in golden.get("metadata", {}).items():
        actual = getattr(notice, field)
        if isinstance(actual, datetime.date):
            actual = actual.isoformat()  # the schema's dates are ISO strings in JSON
        if field in TEXT_FIELDS:
            same = actual is not None and fold(actual) == fold(expected)
        elif isinstance(expected, list):
            same = [same_quotes(v) for v in actual] == [same_quotes(v) for v in expected]
        else:
            same = actual is not None and same_quotes(actual) == same_quotes(expected)
        if not same:
            differences.append(f"{field}: {differ(expected, actual)}")
    assert_no_differences(golden["source"], differences)


def test_sections(case: tuple[Golden, Notice]) -> None:
    golden, notice = case
    expected = [(s["number"], s["label"], s["title"]) for s in golden["sections"]]
    actual = [(s.number, s.label, same_quotes(s.title)) for s in notice.sections]
    differences = [f"section {e[0]}: {differ(e, a)}" for e, a in zip(expected, actual) if e != a]
    if len(expected) != len(actual):
        differences.insert(0, f"{len(actual)} sections, expected {len(expected)}: {actual}")
    differences += [
        f"section {s.number}: id {s.id!r} is not its number"
        for s in notice.sections
        if s.id != str(s.number)
    ]
    assert_no_differences(golden["source"], differences)


def test_measure_ids_and_levels(case: tuple[Golden, Notice]) -> None:
    golden, notice = case
    expected = [m["id"] for m in golden["measures"]]
    actual = [m.id for m, _ in measures_with_depth(notice)]
    differences = []
    if actual != expected:
        missing = [i for i in expected if i not in actual]
        extra = [i for i in actual if i not in expected]
        differences.append(f"ids {differ(expected, actual)}; missing {missing}, unexpected {extra}")
    for measure, depth in measures_with_depth(notice):
        if measure.id in expected and measure.id.count(".") != depth:
            differences.append(f"measure {measure.id}: found at depth {depth}")
    assert_no_differences(golden["source"], differences)


def compare_measure(expected: Golden, measure: Measure, lang: str) -> list[str]:
    """Differences between a golden measure and a parsed one, each naming the field."""
    found = []
    for field in ("number", "label"):
        if getattr(measure, field) != expected[field]:
            found.append(f"{field}: {differ(expected[field], getattr(measure, field))}")
    if same_quotes(measure.title) != same_quotes(expected["title"]):
        found.append(f"title: {differ(expected['title'], measure.title)}")
    language = expected.get("language", lang)
    if measure.language != language:
        found.append(f"language: {differ(language, measure.language)}")
    names = [unit.name for unit in measure.responsible_units]
    if "units" in expected and names != expected["units"]:
        found.append(f"units: {differ(expected['units'], names)}")
    canonical = [unit.canonical for unit in measure.responsible_units]
    if "canonical" in expected and canonical != expected["canonical"]:
        found.append(f"canonical units: {differ(expected['canonical'], canonical)}")
    if "text" in expected and fold(measure.text) != fold(expected["text"]):
        found.append(f"text: {differ(expected['text'], measure.text)}")
    for passage in expected.get("contains", []):
        if fold(passage) not in fold(measure.text):
            found.append(f"text does not contain {passage!r}: {measure.text!r}")
    return found


def test_measures(case: tuple[Golden, Notice]) -> None:
    golden, notice = case
    parsed = {m.id: m for m, _ in measures_with_depth(notice)}
    differences = []
    for expected in golden["measures"]:
        measure = parsed.get(expected["id"])
        if measure is None:
            differences.append(f"measure {expected['id']} ({expected['label']}) is missing")
            continue
        differences += [
            f"measure {expected['id']} {expected['label']}: {difference}"
            for difference in compare_measure(expected, measure, golden["lang"])
        ]
    assert_no_differences(golden["source"], differences)


def expected_canonical(golden: Golden, name: str) -> str | None:
    """The canonical name the golden file expects for a unit, or None if it does not say."""
    units = golden.get("units", {})
    aliases: dict[str, str] = units.get("canonical", {})
    if name in aliases:
        return aliases[name]
    return name if units.get("canonical_is_name") else None


def test_every_unit_resolves_to_its_canonical_name(case: tuple[Golden, Notice]) -> None:
    golden, notice = case
    units = [
        (f"measure {m.id}", u) for m, _ in measures_with_depth(notice) for u in m.responsible_units
    ]
    units += [
        (f"row {row.number}", u)
        for attachment in notice.attachments
        for row in attachment.rows
        for u in row.responsible_units
    ]
    differences = []
    for where, unit in units:
        expected = expected_canonical(golden, unit.name)
        if unit.canonical is None or (expected is not None and unit.canonical != expected):
            differences.append(
                f"{where}: {unit.name!r} resolves to {unit.canonical!r}"
                + (f", expected {expected!r}" if expected else "")
            )
    assert_no_differences(golden["source"], differences)


def test_removals(case: tuple[Golden, Notice]) -> None:
    golden, notice = case
    differences = []
    for expected in golden.get("removals", []):
        matches = [
            r
            for r in notice.removals
            if r.kind == expected["kind"]
            and r.line == expected["line"]
            and fold(expected["text"]) in fold(r.text)
        ]
        if not matches:
            differences.append(
                f"no {expected['kind']} removal of {expected['text']!r} "
                f"on line {expected['line']}: {notice.removals}"
            )
        leftovers = [m.id for m in notice.iter_measures() if expected["text"] in m.text]
        if leftovers:
            differences.append(f"{expected['text']!r} is still in measures {leftovers}")
    assert_no_differences(golden["source"], differences)


def covered_lines(notice: Notice, kind: str) -> set[int]:
    """Source lines that removals of ``kind`` cover."""
    lines: set[int] = set()
    for removal in notice.removals:
        if removal.kind == kind and removal.line is not None:
            last = removal.line + removal.text.rstrip("\n").count("\n")
            lines.update(range(removal.line, last + 1))
    return lines


def test_duplicated_passages(case: tuple[Golden, Notice]) -> None:
    golden, notice = case
    duplicates = golden.get("duplicates", [])
    covered = covered_lines(notice, "duplicate-passage")
    differences = []
    for duplicate in duplicates:
        first, last = duplicate["lines"]
        missing = sorted(set(range(first, last + 1)) - covered)
        if missing:
            differences.append(f"{duplicate['what']}: lines {missing} not removed as a duplicate")
        kept = [
            m.id
            for m in notice.iter_measures()
            if m.span.line is not None and first <= m.span.line <= last
        ]
        if kept:
            differences.append(f"{duplicate['what']}: measures {kept} kept from the repeat")
    if duplicates and not any(w.code == "duplicate-passage" for w in notice.warnings):
        differences.append("no duplicate-passage warning")
    if not duplicates and covered:
        differences.append(f"lines {sorted(covered)} removed as duplicates; none are")
    assert_no_differences(golden["source"], differences)


def test_expected_warnings(case: tuple[Golden, Notice]) -> None:
    golden, notice = case
    codes = {w.code for w in notice.warnings}
    missing = [code for code in golden.get("expect_warnings", []) if code not in codes]
    assert not missing, f"{golden['source']}: no warning {missing}; warnings: {sorted(codes)}"


def attachment_rows(golden: Golden, notice: Notice) -> tuple[list[Golden], list[Any]]:
    expected = golden["attachment"]
    matching = [a for a in notice.attachments if fold(a.title) == fold(expected["title"])]
    assert matching, (
        f"no attachment titled {expected['title']!r}: {[a.title for a in notice.attachments]}"
    )
    return expected["rows"], matching[0].rows


def test_attachment_rows(case: tuple[Golden, Notice]) -> None:
    golden, notice = case
    if "attachment" not in golden:
        pytest.skip("no attachment table in this notice")
    expected_rows, rows = attachment_rows(golden, notice)
    differences = []
    if len(rows) != len(expected_rows):
        differences.append(f"{len(rows)} rows, expected {len(expected_rows)}")
    by_number = {row.number: row for row in rows}
    for expected in expected_rows:
        row = by_number.get(expected["number"])
        if row is None:
            differences.append(f"row {expected['number']} is missing")
            continue
        if not fold(row.text).startswith(fold(expected["text"])):
            differences.append(
                f"row {row.number} text: expected {expected['text']!r}…, got {row.text!r}"
            )
        names = [unit.name for unit in row.responsible_units]
        if names != expected["units"]:
            differences.append(f"row {row.number} units: {differ(expected['units'], names)}")
        if row.measure_id != expected["measure_id"]:
            differences.append(
                f"row {row.number} linked to {row.measure_id}, expected {expected['measure_id']}"
            )
    assert_no_differences(golden["source"], differences)


def test_attachment_row_labels(case: tuple[Golden, Notice]) -> None:
    golden, notice = case
    if "attachment" not in golden:
        pytest.skip("no attachment table in this notice")
    expected_rows, rows = attachment_rows(golden, notice)
    by_number = {row.number: row for row in rows}
    differences = [
        f"row {e['number']} labels: {differ(e['labels'], by_number[e['number']].labels)}"
        for e in expected_rows
        if e["number"] in by_number
        and [fold(x) for x in by_number[e["number"]].labels] != [fold(x) for x in e["labels"]]
    ]
    assert_no_differences(golden["source"], differences)


# Variants of the 2024 notice --------------------------------------------------

SEED = "2024-digital-trade.zh.txt"
VARIANT_FILES = sorted(p for p in VARIANTS.iterdir() if p.suffix in {".txt", ".md", ".html"})


def load_make_variants() -> Any:
    spec = importlib.util.spec_from_file_location("make_variants", VARIANTS / "make_variants.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_variants_are_what_make_variants_writes() -> None:
    made: dict[str, bytes] = load_make_variants().build_variants((CORPORA / SEED).read_bytes())
    assert sorted(made) == [p.name for p in VARIANT_FILES]
    for name, data in made.items():
        assert (VARIANTS / name).read_bytes() == data, (
            f"{name} is out of date: run make_variants.py"
        )


@pytest.mark.parametrize("path", VARIANT_FILES, ids=lambda p: p.name)
def test_variant_gives_the_measures_and_units_of_the_seed(path: Path) -> None:
    golden = load_toml(GOLDEN / "2024-digital-trade.zh.toml")
    notice = shpolicy.parse(path)
    expected = [(m["id"], same_quotes(m["title"]), m["units"]) for m in golden["measures"]]
    actual = [
        (m.id, same_quotes(m.title), [u.name for u in m.responsible_units])
        for m in notice.iter_measures()
    ]
    differences = [f"measure {e[0]}: {differ(e, a)}" for e, a in zip(expected, actual) if e != a]
    if len(actual) != len(expected):
        differences.insert(0, f"{len(actual)} measures, expected {len(expected)}")
    for field in ("doc_number", "date"):
        value = getattr(notice, field)
        if isinstance(value, datetime.date):
            value = value.isoformat()
        if value != golden["metadata"][field]:
            differences.append(
                f"{field}: {differ(golden['metadata'][field], getattr(notice, field))}"
            )
    assert_no_differences(path.name, differences)


def test_markdown_variant_keeps_its_front_matter_as_metadata() -> None:
    notice = shpolicy.parse(VARIANTS / "2024-digital-trade.zh.md")
    assert notice.source.format == "markdown"
    assert notice.source.metadata["date"] == "2024-12-30"
    assert notice.source.metadata["title"].startswith("上海市人民政府办公厅关于印发")
    assert notice.source.metadata["url"].startswith("https://")
