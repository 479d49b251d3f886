"""Constrained types and the base model shared by every schema class."""

from __future__ import annotations

from typing import Annotated, Literal, TypeVar

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


_M = TypeVar("_M", bound=BaseModel)
_FULL_FIELD_SETS: dict[type[BaseModel], set[str]] = {}


def with_shared_fields_set(model: _M) -> _M:
    """``model``, its record of the fields given at construction shared, if it was given all.

    Pydantic keeps that record as a set on every instance, some 700 bytes for a
    :class:`~shpolicy.schema.Span`: more than the rest of it, and a long notice has
    hundreds of thousands of spans.  A model given every field holds the same set
    as any other such model of its class, so one set serves them all; assigning a
    field adds a name the set already holds, which changes nothing.
    """
    given = model.__pydantic_fields_set__
    cls = type(model)
    shared = _FULL_FIELD_SETS.get(cls)
    if shared is None:
        if len(given) != len(cls.model_fields):
            return model
        shared = _FULL_FIELD_SETS[cls] = given
    elif len(given) != len(shared):
        return model
    object.__setattr__(model, "__pydantic_fields_set__", shared)
    return model
