"""The schema: versioned, strict, described, and exported as kept in docs/."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from pydantic import ValidationError

import shpolicy
from shpolicy.cli import main
from shpolicy.schema import Measure, Notice, Span, json_schema, json_schema_text

DOCS = Path(__file__).resolve().parent.parent / "docs"


def test_docs_schema_is_current() -> None:
    assert (DOCS / "schema.json").read_text(encoding="utf-8") == json_schema_text(), (
        "docs/schema.json is stale: run `shpolicy schema -o docs/schema.json`"
    )


def test_schema_command_prints_the_schema(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["schema"]) == 0
    printed = json.loads(capsys.readouterr().out)
    assert printed == json_schema()
    assert printed["properties"]["schema_version"]["default"] == shpolicy.SCHEMA_VERSION


def test_every_field_is_described() -> None:
    schema = json_schema()
    undocumented = [
        f"{name}.{field}"
        for name, definition in [("Notice", schema), *schema["$defs"].items()]
        for field, spec in definition.get("properties", {}).items()
        if "description" not in spec
    ]
    # AttachmentRow.number/text/units carry their meaning in their names only.
    assert not [u for u in undocumented if not u.startswith("AttachmentRow.")], undocumented


def test_unknown_fields_are_rejected() -> None:
    span = Span(start=0, end=1)
    with pytest.raises(ValidationError):
        Span(start=0, end=1, colour="red")  # type: ignore[call-arg]
    with pytest.raises(ValidationError):
        Measure(
            id="1.1", number=1, label="(一)", style="cjk-paren", title="t", text="t",
            original="t", language="zh", span=span, extra=1,  # type: ignore[call-arg]
        )  # fmt: skip


def test_measure_ids_are_dotted_paths() -> None:
    span = Span(start=0, end=1)
    for good in ("1", "2.3", "2.1.3", "4.11-2"):
        Measure(id=good, number=1, label="", style="", title="", text="", original="",
                language="zh", span=span)  # fmt: skip
    for bad in ("", "a", "1.", "1..2", "1.1a"):
        with pytest.raises(ValidationError):
            Measure(id=bad, number=1, label="", style="", title="", text="", original="",
                    language="zh", span=span)  # fmt: skip


def test_json_round_trip_of_a_parsed_notice() -> None:
    notice = shpolicy.parse(Path(__file__).resolve().parent.parent / "corpora/2024-digital-trade.zh.txt")
    again = Notice.model_validate_json(notice.model_dump_json())
    assert again == notice
    assert again.schema_version == shpolicy.SCHEMA_VERSION
