"""Small notices in tests/fixtures/structure/ against the outlines written beside them.

Each case gives a notice's text and the outline it must parse to: sections
(number, label, title) and measures and items in document order (id, label,
title, and units where the case lists them).  A case with an ``encoding`` is
written to a file in that encoding and read back, as a user's file would be.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from conftest import (
    STRUCTURE,
    assert_no_differences,
    fold,
    load_toml,
    measures_with_depth,
    same_quotes,
)

import shpolicy
from shpolicy.schema import Measure, Notice

Case = dict[str, Any]


def load_cases() -> list[Any]:
    params = []
    for path in sorted(STRUCTURE.glob("*.toml")):
        for case in load_toml(path)["case"]:
            params.append(pytest.param(case, id=f"{path.stem}:{case['name']}"))
    return params


CASES = load_cases()


def parse_case(case: Case, tmp_path: Path) -> Notice:
    if "file" in case:  # read as a file of that name would be (a web copy: name.md)
        path = tmp_path / case["file"]
        path.write_text(case["input"].lstrip("\n"), encoding="utf-8")
        return shpolicy.parse(path, lang=case["lang"])
    if "encoding" in case:
        path = tmp_path / f"{case['name']}.txt"
        path.write_bytes(case["input"].encode(case["encoding"]))
        return shpolicy.parse(path, lang=case["lang"])
    return shpolicy.parse_text(case["input"], lang=case["lang"])


def compare_measure(expected: Case, measure: Measure) -> list[str]:
    found = []
    if measure.label != expected["label"]:
        found.append(f"label {measure.label!r}, expected {expected['label']!r}")
    if same_quotes(measure.title) != same_quotes(expected["title"]):
        found.append(f"title {measure.title!r}, expected {expected['title']!r}")
    for key in ("kind", "part"):
        if key in expected and getattr(measure, key) != expected[key]:
            found.append(f"{key} {getattr(measure, key)!r}, expected {expected[key]!r}")
    names = [unit.name for unit in measure.responsible_units]
    if "units" in expected and names != expected["units"]:
        found.append(f"units {names}, expected {expected['units']}")
    for passage in expected.get("contains", []):
        if fold(passage) not in fold(measure.text):
            found.append(f"text {measure.text!r} does not contain {passage!r}")
    for passage in expected.get("original_contains", []):
        if passage not in measure.original:
            found.append(f"original {measure.original!r} does not contain {passage!r}")
    return found


def test_there_are_cases_in_every_file() -> None:
    files = sorted(STRUCTURE.glob("*.toml"))
    assert files and all(load_toml(path)["case"] for path in files)


@pytest.mark.parametrize("case", CASES)
def test_outline(case: Case, tmp_path: Path) -> None:
    notice = parse_case(case, tmp_path)
    differences = []

    expected_sections = [(s["number"], s["label"], s["title"]) for s in case.get("sections", [])]
    sections = [(s.number, s.label, same_quotes(s.title)) for s in notice.sections]
    if sections != expected_sections:
        differences.append(f"sections {sections}, expected {expected_sections}")
    for expected_section, section in zip(case.get("sections", []), notice.sections):
        if "kind" in expected_section and section.kind != expected_section["kind"]:
            differences.append(f"section {section.id}: kind {section.kind!r}")

    parsed = measures_with_depth(notice)
    ids = [m.id for m, _ in parsed]
    expected_ids = [m["id"] for m in case.get("measures", [])]
    if ids != expected_ids:
        differences.append(f"measure ids {ids}, expected {expected_ids}")
    by_id = {m.id: (m, depth) for m, depth in parsed}
    for expected in case.get("measures", []):
        if expected["id"] not in by_id:
            continue
        measure, depth = by_id[expected["id"]]
        if depth != expected["id"].count("."):
            differences.append(f"measure {measure.id}: found at depth {depth}")
        differences += [f"measure {measure.id}: {d}" for d in compare_measure(expected, measure)]

    for field, expected_value in case.get("metadata", {}).items():
        value = getattr(notice, field)
        value = value.isoformat() if hasattr(value, "isoformat") else value
        # An empty string in a fixture stands for a field left empty (None).
        want = expected_value if isinstance(expected_value, list) else expected_value or None
        if value != want:
            differences.append(f"{field} {value!r}, expected {expected_value!r}")
    blocks = {str(b.kind) for b in notice.blocks}
    differences += [f"no {kind} block" for kind in case.get("blocks", []) if kind not in blocks]

    codes = {w.code for w in notice.warnings}
    differences += [
        f"no {code} warning (warnings: {sorted(codes)})"
        for code in case.get("expect_warnings", [])
        if code not in codes
    ]
    assert_no_differences(f"{case['name']} ({case['description']})", differences)


def test_gbk_case_is_read_as_gbk(tmp_path: Path) -> None:
    case = next(p.values[0] for p in CASES if p.values[0]["name"] == "gbk-file")
    notice = parse_case(case, tmp_path)
    # GB18030 is a superset of GBK: either name is a correct reading.
    assert notice.source.encoding is not None
    assert notice.source.encoding.lower().replace("-", "") in {"gbk", "gb18030", "cp936"}
