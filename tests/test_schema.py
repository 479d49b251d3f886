"""The schema: versioned, strict, described, and exported as kept in docs/."""

from __future__ import annotations

import datetime
import json
from pathlib import Path

import pytest
from pydantic import ValidationError

import shpolicy
import shpolicy.errors
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
    for good in ("1", "2.3", "2.1.3", "4.11-2", "1.1-2.1"):
        Measure(id=good, number=1, label="", style="none", title="", text="", original="",
                language="zh", span=span)  # fmt: skip
    for bad in ("", "a", "1.", "1..2", "1.1a", "-2", "1.-2"):
        with pytest.raises(ValidationError):
            Measure(id=bad, number=1, label="", style="none", title="", text="", original="",
                    language="zh", span=span)  # fmt: skip


def test_json_round_trip_of_a_parsed_notice() -> None:
    notice = shpolicy.parse(Path(__file__).resolve().parent.parent / "corpora/2024-digital-trade.zh.txt")
    again = Notice.model_validate_json(notice.model_dump_json())
    assert again == notice
    assert again.schema_version == shpolicy.SCHEMA_VERSION


# -- vocabularies and versions ---------------------------------------------------

VOCABULARY_FIELDS = [
    ("Block", "kind"),
    ("Removal", "kind"),
    ("ParseWarning", "code"),
    ("Source", "format"),
    ("Section", "style"),
    ("Measure", "style"),
    ("ResponsibleUnit", "role"),
]


def _enum_of(schema: dict[str, object], model: str, field: str) -> list[str]:
    defs = schema["$defs"]
    assert isinstance(defs, dict)
    spec = defs[model]["properties"][field]
    # Optional fields wrap the reference in anyOf with null.
    for option in spec.get("anyOf", [spec]):
        ref = option.get("$ref")
        if ref:
            return list(defs[ref.rsplit("/", 1)[1]]["enum"])
        if "enum" in option:
            return list(option["enum"])
    raise AssertionError(f"{model}.{field} has no enum in the JSON Schema: {spec}")


@pytest.mark.parametrize(("model", "field"), VOCABULARY_FIELDS)
def test_vocabulary_fields_are_enums_in_the_json_schema(model: str, field: str) -> None:
    assert _enum_of(json_schema(), model, field)


def test_every_value_the_parser_emits_is_in_its_vocabulary() -> None:
    # Parse every corpus file (seeds, variants, real documents) and collect the
    # values of each vocabulary field; each must be listed in the JSON Schema.
    schema = json_schema()
    corpora = Path(__file__).resolve().parent.parent / "corpora"
    seen: dict[tuple[str, str], set[str]] = {key: set() for key in VOCABULARY_FIELDS}
    for path in sorted(p for p in corpora.rglob("*") if p.suffix in {".txt", ".md"}):
        if path.name.lower() == "readme.md":
            continue
        notice = shpolicy.parse(path)
        seen[("Source", "format")].add(notice.source.format.value)
        seen[("Block", "kind")].update(b.kind.value for b in notice.blocks)
        seen[("Removal", "kind")].update(r.kind.value for r in notice.removals)
        seen[("ParseWarning", "code")].update(w.code.value for w in notice.warnings)
        for section in notice.sections:
            seen[("Section", "style")].add(section.style.value)
        for measure in notice.iter_measures():
            seen[("Measure", "style")].add(measure.style.value)
            seen[("ResponsibleUnit", "role")].update(
                u.role for u in measure.responsible_units if u.role
            )
    for (model, field), values in seen.items():
        assert values <= set(_enum_of(schema, model, field)), (model, field)


def test_schema_version_is_validated() -> None:
    notice = shpolicy.parse_text("一、总则\n（一）甲项工作。\n")
    data = json.loads(notice.model_dump_json())
    assert Notice.from_json(json.dumps(data)) == notice
    data["schema_version"] = "1.99.0"  # a later minor version of the same major reads
    assert Notice.from_json(json.dumps(data)).schema_version == "1.99.0"
    data["schema_version"] = "2.0.0"
    with pytest.raises(shpolicy.errors.SchemaVersionError, match="2.0.0"):
        Notice.from_json(json.dumps(data))
    data["schema_version"] = "one"
    with pytest.raises(shpolicy.errors.SchemaError):
        Notice.from_json(json.dumps(data))
    with pytest.raises(shpolicy.errors.SchemaError):
        Notice.from_json("{}")


def test_dates_are_dates_in_python_and_iso_strings_in_json() -> None:
    notice = shpolicy.parse_text(
        "上海市人民政府关于某事的通知\n各区人民政府：\n现将有关事项通知如下。\n上海市人民政府\n2024年12月30日\n"
    )
    assert notice.date == datetime.date(2024, 12, 30)
    assert json.loads(notice.model_dump_json())["date"] == "2024-12-30"
    assert json_schema()["properties"]["date"]["anyOf"][0] == {"format": "date", "type": "string"}


def test_no_model_shadows_a_builtin() -> None:
    import builtins

    from shpolicy import schema

    assert not {name for name in schema.__all__ if hasattr(builtins, name)}


def test_a_repeated_number_with_items_gets_ids_the_schema_accepts() -> None:
    notice = shpolicy.parse_text("一、总则\n（一）甲项工作。\n（一）乙项工作。\n1.丙项。\n")
    assert [m.id for m in notice.iter_measures()] == ["1.1", "1.1-2", "1.1-2.1"]
