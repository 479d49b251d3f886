"""The document schema: a notice with its metadata, sections, measures and units.

The JSON form of :class:`Notice` is a contract other tools rely on.  Field
names stay stable within a major ``schema_version``; every field is described
so that the exported JSON Schema (``shpolicy schema``, ``docs/schema.json``)
documents itself.
"""

from __future__ import annotations

import datetime
from collections.abc import Iterator

from pydantic import Field, ValidationError, field_validator

from .._version import SCHEMA_VERSION
from ..errors import SchemaError, SchemaVersionError
from . import display
from .types import Language, MeasureId, Offset, Ordinal, Role, SchemaModel
from .vocabulary import (
    BlockKind,
    MeasureKind,
    NumberingStyle,
    Provenance,
    RemovalKind,
    SectionKind,
    SourceFormat,
    WarningCode,
)

__all__ = [
    "AppliedFix",
    "Attachment",
    "AttachmentRow",
    "Block",
    "Measure",
    "Notice",
    "ParseWarning",
    "Removal",
    "ResponsibleUnit",
    "Section",
    "Source",
    "Span",
]


class Span(SchemaModel):
    """Where a piece of the document is: offsets into ``Notice.text`` and source lines."""

    start: Offset = Field(description="Start offset into the normalised text `Notice.text`.")
    end: Offset = Field(description="End offset (exclusive) into the normalised text.")
    line: int | None = Field(
        default=None, ge=1, description="1-based line of the source file where the span starts."
    )
    end_line: int | None = Field(
        default=None, ge=1, description="1-based line of the source file where the span ends."
    )
    pages: list[int] = Field(
        default_factory=list, description="1-based PDF pages the span lies on (empty for text)."
    )


class Source(SchemaModel):
    """The file a notice was read from."""

    path: str = Field(description="Path of the file as given.")
    sha256: str = Field(pattern=r"^[0-9a-f]{64}$", description="SHA-256 of the file's bytes.")
    format: SourceFormat = Field(description="Kind of input the file holds.")
    encoding: str | None = Field(
        default=None, description="Text encoding the bytes were decoded with (null for PDF)."
    )
    metadata: dict[str, str] = Field(
        default_factory=dict,
        description="Metadata carried by the file itself, such as Markdown front matter.",
    )


class ResponsibleUnit(SchemaModel):
    """A body named as responsible for carrying out a measure."""

    name: str = Field(description="The unit as written, normalised, without role words.")
    canonical: str | None = Field(
        default=None,
        description="Canonical Chinese short name from the unit registry, or null if unknown.",
    )
    role: Role | None = Field(
        default=None, description="`lead` or `support` where the document says so, else null."
    )
    span: Span | None = Field(
        default=None,
        description=(
            "Where the name stands in `Notice.text`, from its first character to its last "
            "(role words, brackets, quotes and separators left out). The text there is `name` "
            "but for white space: a name wrapped over a line break is read joined (in Chinese "
            "without a space, otherwise with one). A task-table name broken over a page break "
            "spans from its first part to its last, taking in what stands between them. Null "
            "only for a unit not read from a notice."
        ),
    )


class Measure(SchemaModel):
    """A numbered measure (举措/任务) and, recursively, its numbered items."""

    id: MeasureId = Field(description="Dotted path of ordinals, unique in the document.")
    kind: MeasureKind = Field(
        default=MeasureKind.MEASURE,
        description="`measure` (first level of a plan's section), `item` (deeper), or `article` "
        "(第X条 of a regulation, whose 项 are its items).",
    )
    part: str | None = Field(
        default=None,
        description="The 节 an article stands in, as its heading reads (`第一节 一般规定`); null "
        "outside a 节.",
    )
    number: Ordinal = Field(description="Ordinal of the measure as numbered in the document.")
    label: str = Field(description="The numbering marker as written, e.g. `(十五)` or `3.`.")
    style: NumberingStyle = Field(description="Numbering style of the marker, e.g. `cjk-paren`.")
    title: str = Field(description="Heading phrase: the text up to the first sentence end.")
    text: str = Field(description="Normalised text of the measure after its marker, items excluded.")
    original: str = Field(description="The same text as it stands in the source, before normalisation.")
    language: Language = Field(description="Language the measure is written in.")
    responsible_units: list[ResponsibleUnit] = Field(
        default_factory=list, description="Units responsible for the measure, in document order."
    )
    items: list[Measure] = Field(
        default_factory=list, description="Deeper numbered items (same shape, recursive)."
    )
    span: Span = Field(description="Span of the measure from its marker to its end, items included.")

    def __repr__(self) -> str:
        return display.measure_repr(self)

    def _repr_html_(self) -> str:
        return display.measure_html(self)


class Section(SchemaModel):
    """A top-level part of the body (一、…), holding the first numbered level as measures."""

    id: str = Field(description="Identifier: the section ordinal as a string (`0` if unnumbered).")
    kind: SectionKind = Field(
        default=SectionKind.SECTION,
        description="`section` (一、 of a plan) or `chapter` (第X章 of a regulation).",
    )
    number: Ordinal = Field(description="Ordinal of the section; 0 for an unnumbered section.")
    label: str = Field(description="The marker as written, e.g. `一、`; empty if unnumbered.")
    style: NumberingStyle = Field(description="Numbering style of the marker; `none` if unnumbered.")
    title: str = Field(description="The section heading.")
    text: str = Field(description="Text of the section outside its measures (heading excluded).")
    measures: list[Measure] = Field(default_factory=list, description="Measures of the section.")
    span: Span = Field(description="Span of the whole section.")

    def __repr__(self) -> str:
        return display.section_repr(self)

    def _repr_html_(self) -> str:
        return display.section_html(self)


class AttachmentRow(SchemaModel):
    """One row of an attachment task table (序号 / 具体举措 / 责任单位)."""

    number: int | None = Field(description="The row's 序号.")
    text: str = Field(description="The measure text of the row (具体举措).")
    labels: list[str] = Field(
        default_factory=list,
        description="Group labels of the row as written (试点任务, 任务细化), outermost first.",
    )
    measure_id: MeasureId | None = Field(
        default=None, description="Id of the body measure the row implements, linked by content."
    )
    responsible_units: list[ResponsibleUnit] = Field(default_factory=list)
    span: Span | None = Field(default=None, description="Where the row stands in the text.")


class Attachment(SchemaModel):
    """An attachment (附件) of the notice, with its task table rows if it has one."""

    number: int | None = Field(default=None, description="Attachment number (附件2 → 2).")
    title: str = Field(description="Title of the attachment.")
    text: str = Field(description="Full normalised text of the attachment.")
    rows: list[AttachmentRow] = Field(default_factory=list, description="Task table rows.")
    span: Span = Field(description="Span of the attachment.")


class ParseWarning(SchemaModel):
    """Something the parser repaired, removed or could not place."""

    code: WarningCode = Field(description="What the warning is about.")
    message: str = Field(description="What happened and where, in a sentence.")
    span: Span | None = Field(default=None, description="Where in the document it happened.")


class Block(SchemaModel):
    """A leaf piece of the document layout; the blocks of a notice partition its text."""

    kind: BlockKind = Field(
        description=(
            "What the text is; `duplicate-passage` is a repeat kept out of the structure (see "
            "`removals`), `unplaced` text that fits no structure."
        )
    )
    ref: str | None = Field(
        default=None, description="Id of the section or measure the block belongs to, if any."
    )
    span: Span = Field(description="Where the block is.")


class Removal(SchemaModel):
    """Text taken out of the document body, kept here so nothing is lost."""

    kind: RemovalKind = Field(description="What kind of text was removed.")
    text: str = Field(
        description="The removed text exactly as it stood; for `undecodable-bytes`, the U+FFFD "
        "that stands for the bytes in the text (it is kept there, in the block around it)."
    )
    at: Offset = Field(description="Offset in the normalised text where the text stood.")
    line: int | None = Field(default=None, ge=1, description="1-based source line of the removal.")
    original_bytes: str | None = Field(
        default=None,
        pattern=r"^(?:[0-9a-f]{2})+$",
        description="For `undecodable-bytes`: the bytes the encoding could not read, in lower-case "
        "hex (`ff`, `e4b8`); null for other removals.",
    )
    byte_offset: int | None = Field(
        default=None,
        ge=0,
        description="For `undecodable-bytes`: offset of the first of those bytes in the file; null "
        "for other removals.",
    )


class AppliedFix(SchemaModel):
    """A normalisation step that changed the text, and how often it did."""

    name: str = Field(description="Name of the fix, e.g. `fullwidth-ascii`.")
    description: str = Field(description="What the fix does.")
    count: int = Field(ge=1, description="How many places it changed.")
    examples: list[str] = Field(
        default_factory=list, description="Up to three changes, written `before → after`."
    )


class Notice(SchemaModel):
    """A policy notice in one language version, parsed into metadata and structure."""

    schema_version: str = Field(
        default=SCHEMA_VERSION,
        pattern=r"^\d+\.\d+\.\d+$",
        description="Version of this schema (semantic versioning); a major version other than "
        "this library's cannot be read.",
    )
    language: Language = Field(description="Main language of the version.")
    source: Source = Field(description="The file the notice was read from.")
    doc_number: str | None = Field(
        default=None, description="发文字号 with ASCII digits, e.g. `沪府办发〔2024〕31号`."
    )
    title: str | None = Field(default=None, description="Title of the notice.")
    issuers: list[str] = Field(default_factory=list, description="Issuing bodies (发文机关).")
    recipients: list[str] = Field(default_factory=list, description="Addressees (主送机关).")
    date: datetime.date | None = Field(
        default=None, description="Date of writing (成文日期), ISO 8601 in JSON."
    )
    published: datetime.date | None = Field(
        default=None,
        description="Date of publication (发布日期) where the copy gives one (a web copy's front "
        "matter or a page's meta tags); `date` is the date of writing.",
    )
    plan_title: str | None = Field(
        default=None,
        description="Title of the plan or regulation a 印发/转发 notice issues, if any.",
    )
    letter: str | None = Field(
        default=None, description="Body of the covering 印发 notice, before the plan itself."
    )
    preamble: str | None = Field(
        default=None, description="Text of the plan before its first section."
    )
    sections: list[Section] = Field(default_factory=list, description="Body sections in order.")
    closing: str | None = Field(
        default=None, description="Text after the last section (closing paragraphs)."
    )
    attachment_list: list[str] = Field(
        default_factory=list, description="Attachment titles as listed in the body (附件说明)."
    )
    attachments: list[Attachment] = Field(default_factory=list, description="Attachments.")
    cc: list[str] = Field(default_factory=list, description="Copied bodies (抄送).")
    printed_by: str | None = Field(default=None, description="Printing body (印发机关).")
    printed_date: datetime.date | None = Field(
        default=None, description="Printing date (印发日期), ISO 8601 in JSON."
    )
    notes: list[str] = Field(default_factory=list, description="Notes (附注) such as 此件公开发布.")
    provenance: dict[str, Provenance] = Field(
        default_factory=dict,
        description="Where each metadata field that has a value was read (`doc_number`: "
        "`text` if printed in the document, `front-matter` if only a web copy's front matter "
        "gives it…).",
    )
    text: str = Field(description="The normalised text all spans point into.")
    blocks: list[Block] = Field(
        default_factory=list,
        description="Layout: disjoint blocks in order that together cover every character of `text`.",
    )
    fixes: list[AppliedFix] = Field(
        default_factory=list, description="Normalisation steps that changed the text."
    )
    removals: list[Removal] = Field(
        default_factory=list, description="Text removed from the body (page numbers, repeats)."
    )
    warnings: list[ParseWarning] = Field(default_factory=list, description="Repairs and problems.")

    @field_validator("schema_version")
    @classmethod
    def _readable_version(cls, version: str) -> str:
        major = version.split(".", 1)[0]
        if major != SCHEMA_VERSION.split(".", 1)[0]:
            raise SchemaVersionError(
                f"schema_version {version} cannot be read by this shpolicy, which reads "
                f"{SCHEMA_VERSION.split('.', 1)[0]}.x (schema {SCHEMA_VERSION})"
            )
        return version

    @classmethod
    def from_json(cls, data: str | bytes) -> Notice:
        """A notice read back from its JSON form.

        Raises :class:`~shpolicy.errors.SchemaVersionError` for a major schema
        version this library cannot read and :class:`~shpolicy.errors.SchemaError`
        for JSON that does not follow the schema.
        """
        try:
            return cls.model_validate_json(data)
        except ValidationError as err:
            first = err.errors()[0]
            where = ".".join(str(part) for part in first["loc"]) or "notice"
            raise SchemaError(
                f"not a notice of schema {SCHEMA_VERSION}: {where}: {first['msg']} "
                f"({err.error_count()} error{'s' if err.error_count() > 1 else ''})"
            ) from None

    def iter_measures(self) -> Iterator[Measure]:
        """Every measure and item in document order, depth first."""

        def walk(measures: list[Measure]) -> Iterator[Measure]:
            for measure in measures:
                yield measure
                yield from walk(measure.items)

        for section in self.sections:
            yield from walk(section.measures)

    def measure(self, measure_id: str) -> Measure:
        """The measure with this id; ``KeyError`` if there is none."""
        for measure in self.iter_measures():
            if measure.id == measure_id:
                return measure
        raise KeyError(measure_id)

    def __repr__(self) -> str:
        return display.notice_repr(self)

    def _repr_html_(self) -> str:
        return display.notice_html(self)
