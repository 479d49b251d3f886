"""Constrained types and the base model shared by every schema class."""

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, Field

Language = Literal["zh", "en", "ko"]
"""ISO 639-1 code of the three languages shpolicy parses."""

Role = Literal["lead", "support"]
"""What a responsible unit does, where the document says so."""

Offset = Annotated[int, Field(ge=0, description="Character offset.")]
Ordinal = Annotated[int, Field(ge=0, description="Ordinal as numbered in the document.")]

MEASURE_ID_PATTERN = r"^\d+(-\d+)?(\.\d+(-\d+)?)*$"
"""What a measure id looks like: one ``-N`` suffix at most on each ordinal."""

MeasureId = Annotated[
    str,
    Field(
        pattern=MEASURE_ID_PATTERN,
        description=(
            "Dotted path of ordinals from the section down (``2.3``, ``2.1.3``); "
            "a second measure with the same path gets a ``-2`` suffix, and its items "
            "continue from it (``1.1-2.1``)."
        ),
    ),
]

class SchemaModel(BaseModel):
    """Base of all schema classes: unknown fields are an error, not ignored."""

    model_config = ConfigDict(extra="forbid", validate_assignment=False)
