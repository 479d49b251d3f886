"""The table schema of a corpus run: each table's columns, their types and meaning.

``shpolicy corpus`` writes one Parquet file per table, with exactly these
columns in this order; ``docs/tables.md`` is generated from here
(:func:`tables_markdown`) and a test keeps the two the same.  Every table
starts with the key of the notice its rows belong to (:data:`KEY`); alignments
and findings are keyed by the translation and name their source.  Adding a
column is a compatible change; renaming or removing one is not.
"""

from __future__ import annotations

from dataclasses import dataclass

__all__ = ["KEY", "TABLES", "Column", "tables_markdown"]


@dataclass(frozen=True)
class Column:
    """One column: its name, type (``string``, ``int64``, ``float64``, ``bool``,
    ``date``, ``list<string>`` or ``list<int64>``) and what it holds."""

    name: str
    type: str
    description: str


def _c(name: str, type_: str, description: str) -> Column:
    return Column(name, type_, description)


KEY: tuple[Column, ...] = (
    _c("path", "string", "Path of the file the notice was read from, as found."),
    _c("sha256", "string", "SHA-256 of the file's bytes (what makes a run incremental)."),
    _c("doc_number", "string", "发文字号, e.g. 沪府办发〔2024〕31号; null if none."),
    _c("date", "date", "Date of writing (成文日期); null if none."),
    _c("issuer", "string", "First issuing body (the lead issuer of a joint notice)."),
    _c("language", "string", "Language of the notice: zh, en or ko."),
)

_PLACE = (
    _c("measure_id", "string", "Id of the measure (for a task-table row: the body measure it "
       "implements, null if unlinked)."),
)
_ORIGIN = (
    _c("origin", "string", "`measure` (a body measure) or `attachment` (a task-table row)."),
    _c("attachment", "int64", "Attachment number of a task-table row; null for a measure."),
    _c("row", "int64", "Row number (序号) of a task-table row; null for a measure."),
)

TABLES: dict[str, tuple[Column, ...]] = {
    "notices": KEY + (
        _c("format", "string", "Kind of file: text, markdown, html or pdf."),
        _c("encoding", "string", "Text encoding the file was decoded with (null for PDF)."),
        _c("title", "string", "Title of the notice."),
        _c("plan_title", "string", "Title of the plan a 印发/转发 notice issues."),
        _c("issuers", "list<string>", "All issuing bodies."),
        _c("recipients", "list<string>", "Addressees (主送机关)."),
        _c("published", "date", "Date of publication, where the copy gives one."),
        _c("schema_version", "string", "Version of the notice schema the parse followed."),
        _c("sections", "int64", "Number of body sections."),
        _c("measures", "int64", "Number of measures, items included."),
        _c("units", "int64", "Number of responsible units named on measures."),
        _c("attachments", "int64", "Number of attachments."),
        _c("attachment_rows", "int64", "Number of task-table rows in the attachments."),
        _c("warnings", "int64", "Number of parse warnings."),
        _c("chars", "int64", "Length of the normalised text in characters."),
    ),
    "sections": KEY + (
        _c("section_id", "string", "Section id (its ordinal; `0` if unnumbered)."),
        _c("kind", "string", "`section` or `chapter`."),
        _c("number", "int64", "Ordinal of the section."),
        _c("label", "string", "The marker as written, e.g. 一、."),
        _c("title", "string", "Section heading."),
        _c("measures", "int64", "Number of first-level measures in it."),
        _c("line", "int64", "Source line where the section starts."),
    ),
    "measures": KEY + (
        _c("measure_id", "string", "Dotted id of the measure or item, unique in the notice."),
        _c("section_id", "string", "Id of its section."),
        _c("section_title", "string", "Heading of its section."),
        _c("parent_id", "string", "Id of the measure an item belongs to; null at the first level."),
        _c("depth", "int64", "1 for a measure, 2 for its items, and so on."),
        _c("kind", "string", "`measure`, `item` or `article`."),
        _c("number", "int64", "Ordinal as numbered in the document."),
        _c("label", "string", "Numbering marker as written, e.g. (十五)."),
        _c("title", "string", "Heading phrase of the measure."),
        _c("text", "string", "Normalised text of the measure, items excluded."),
        _c("measure_language", "string", "Language the measure is written in."),
        _c("units", "list<string>", "Responsible units (canonical name where known)."),
        _c("line", "int64", "Source line where the measure starts."),
        _c("end_line", "int64", "Source line where it ends."),
        _c("pages", "list<int64>", "PDF pages it is printed on (empty for text)."),
    ),
    "units": KEY + _PLACE + (
        _c("measure_title", "string", "Title of the measure, or text of the task-table row."),
    ) + _ORIGIN + (
        _c("position", "int64", "Position among the units of its measure or row, from 1."),
        _c("name", "string", "The unit as written, normalised."),
        _c("canonical", "string", "Canonical name from the unit registry; null if unknown."),
        _c("role", "string", "`lead`, `support`, or null where the document does not say."),
        _c("line", "int64", "Source line where the name stands."),
    ),
    "unit_edges": KEY + _PLACE + _ORIGIN + (
        _c("from_unit", "string", "A unit named on the measure (the lead, for a directed edge)."),
        _c("to_unit", "string", "Another unit named with it (the supporter, if directed)."),
        _c("from_role", "string", "Role of `from_unit`."),
        _c("to_role", "string", "Role of `to_unit`."),
        _c("directed", "bool", "True where one leads and the other supports; otherwise the "
           "pair is undirected and written in name order."),
    ),
    "attachment_rows": KEY + (
        _c("attachment", "int64", "Attachment number."),
        _c("attachment_title", "string", "Title of the attachment."),
        _c("row", "int64", "Position of the row in the attachment's table, from 1."),
        _c("number", "int64", "The row's 序号 as written; null if none."),
        _c("labels", "list<string>", "Group labels of the row, outermost first."),
        _c("text", "string", "Measure text of the row (具体举措)."),
        _c("measure_id", "string", "Body measure the row implements; null if unlinked."),
        _c("units", "list<string>", "Responsible units of the row."),
        _c("line", "int64", "Source line of the row."),
    ),
    "warnings": KEY + (
        _c("code", "string", "What the warning is about (see docs/schema.md)."),
        _c("message", "string", "What happened, in a sentence."),
        _c("line", "int64", "Source line it concerns, if any."),
    ),
    "alignments": KEY + (
        _c("source_path", "string", "Path of the source version (the key is the translation's)."),
        _c("source_sha256", "string", "SHA-256 of the source version."),
        _c("source_language", "string", "Language of the source version."),
        _c("source_measure", "string", "Measure id in the source; null if only in the translation."),
        _c("target_measure", "string", "Measure id in the translation; null if it has none."),
        _c("link", "string", "1-1, 1-0, 0-1, 2-1 or 1-2."),
        _c("score", "float64", "How well the two sides match, 0 to 1."),
        _c("numbering", "float64", "Agreement of numbering, 0 to 1; null without a pair."),
        _c("content", "float64", "All content signals combined, 0 to 1; null without a pair."),
    ),
    "findings": KEY + (
        _c("source_path", "string", "Path of the source version."),
        _c("code", "string", "What kind of problem, e.g. missing-measure (see docs/ci.md)."),
        _c("severity", "string", "`error`, `warning` or `info`."),
        _c("scope", "string", "`measure`, `section` or `document`."),
        _c("source_id", "string", "Measure or section id in the source."),
        _c("target_id", "string", "Measure or section id in the translation."),
        _c("message", "string", "What is wrong and what to do about it."),
        _c("file", "string", "File the line refers to."),
        _c("line", "int64", "Line in `file`."),
    ),
}


def tables_markdown() -> str:
    """``docs/tables.md``: every table and its columns, as written by ``shpolicy corpus``."""
    lines = [
        "# Corpus tables",
        "",
        ("`shpolicy corpus IN… -o OUT/` writes one Parquet file per table (`OUT/<table>.parquet`; "
        "with `--csv` also `OUT/<table>.csv`, lists written as JSON arrays). Every table starts "
        "with the key of its notice (`path`, `sha256`, `doc_number`, `date`, `issuer`, "
        "`language`); `alignments` and `findings` are keyed by the translation and name their "
        "source. Join tables on `sha256` (one parse of one file) and, below the notice, on "
        "`measure_id`. Adding a column is a compatible change; renaming or removing one is not."),
        "",
        ("This file is generated from `shpolicy.corpus.columns` "
        "(`python -c \"from shpolicy.corpus.columns import tables_markdown as t; "
        "print(t(), end='')\" > docs/tables.md`)."),
    ]
    for name, columns in TABLES.items():
        lines += ["", f"## {name}", "", "| column | type | meaning |", "| --- | --- | --- |"]
        lines += [f"| `{c.name}` | {c.type} | {c.description} |" for c in columns]
    return "\n".join(lines) + "\n"
