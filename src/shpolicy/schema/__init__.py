"""The typed, versioned document schema (Pydantic v2)."""

from __future__ import annotations

import json
from typing import Any

from .._version import SCHEMA_VERSION
from .notice import (
    AppliedFix,
    Attachment,
    AttachmentRow,
    Block,
    Measure,
    Notice,
    ParseWarning,
    Removal,
    ResponsibleUnit,
    Section,
    Source,
    Span,
)
from .types import Language, Role, with_shared_fields_set
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
    "SCHEMA_VERSION",
    "AppliedFix",
    "Attachment",
    "AttachmentRow",
    "Block",
    "BlockKind",
    "Language",
    "Measure",
    "MeasureKind",
    "Notice",
    "NumberingStyle",
    "ParseWarning",
    "Provenance",
    "Removal",
    "RemovalKind",
    "ResponsibleUnit",
    "Role",
    "Section",
    "SectionKind",
    "Source",
    "SourceFormat",
    "Span",
    "WarningCode",
    "json_schema",
    "with_shared_fields_set",
]


def json_schema() -> dict[str, Any]:
    """The JSON Schema of :class:`Notice`, as kept in ``docs/schema.json``."""
    schema = Notice.model_json_schema()
    schema["$id"] = f"urn:shpolicy:schema:notice:{SCHEMA_VERSION}"
    schema["title"] = "shpolicy Notice"
    return schema


def json_schema_text() -> str:
    """:func:`json_schema` serialised as it is written to ``docs/schema.json``."""
    return json.dumps(json_schema(), ensure_ascii=False, indent=2) + "\n"
