"""The alignment of two language versions as data: pairs of measures and of sections.

Like the notice schema, these models forbid unknown fields and describe every
field, so ``Alignment.model_json_schema()`` documents the JSON that
``shpolicy align --format json`` prints.
"""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

from ..schema import Language
from . import display

__all__ = ["Alignment", "Link", "Pair", "SectionPair", "Signals"]

Link = Literal["1-1", "1-0", "0-1", "2-1", "1-2"]
"""How many measures of each version a pair joins: ``2-1`` is two source measures merged."""


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid")


class Signals(_Model):
    """The evidence behind a pair's score, each in [0, 1], or null where there is none."""

    numbering: float = Field(
        ge=0, le=1, description="Agreement of ordinal, path and depth (a prior, weighted lightly)."
    )
    reading: float | None = Field(
        default=None,
        ge=0,
        le=1,
        description="Chinese read in Sino-Korean (OpenCC s2t, hanja) against the Hangul text.",
    )
    direct: float | None = Field(
        default=None,
        ge=0,
        le=1,
        description="Text in the same language on both sides (an untranslated measure) compared directly.",
    )
    anchors: float | None = Field(
        default=None,
        ge=0,
        le=1,
        description="Shared acronyms, Latin names and place names (pinyin, Korean forms).",
    )
    facts: float | None = Field(
        default=None,
        ge=0,
        le=1,
        description="Shared numeric facts: amounts, percentages, years, counts.",
    )
    units: float | None = Field(
        default=None, ge=0, le=1, description="Shared canonical responsible units."
    )
    length: float = Field(
        ge=0, le=1, description="Length ratio against the ratio usual for this pair of languages."
    )
    content: float = Field(
        ge=0, le=1, description="All content signals combined, numbering left out."
    )
    shared: list[str] = Field(
        default_factory=list, description="Anchors, facts and units found on both sides."
    )


class Pair(_Model):
    """One measure of the source and its counterpart in the translation (either may be null)."""

    source: str | None = Field(description="Measure id in the source, as in `shpolicy parse`.")
    target: str | None = Field(description="Measure id in the translation.")
    link: Link = Field(
        description=(
            "`1-1`, `1-0` (no counterpart in the translation), `0-1` (only in the translation), "
            "`2-1`/`1-2` (two measures merged or one split; one entry per measure, same partner)."
        )
    )
    score: float = Field(ge=0, le=1, description="How well the two sides match; 0 for `1-0`/`0-1`.")
    signals: Signals | None = Field(
        default=None, description="The evidence behind the score (null for `1-0`/`0-1`)."
    )
    crossing: Literal["swapped", "misordered"] | None = Field(
        default=None,
        description=(
            "Set where the pair crosses the order of the versions: `swapped` (two bodies "
            "exchanged under their labels), `misordered` (a measure moved elsewhere)."
        ),
    )


class SectionPair(_Model):
    """A section of the source and its counterpart in the translation (either may be null)."""

    source: str | None = Field(description="Section id in the source.")
    target: str | None = Field(description="Section id in the translation.")
    score: float = Field(ge=0, le=1, description="How well the sections match.")


class Alignment(_Model):
    """Two language versions of a notice aligned measure by measure."""

    source: str = Field(description="Path of the source version.")
    target: str = Field(description="Path of the translation.")
    source_language: Language = Field(description="Language of the source version.")
    target_language: Language = Field(description="Language of the translation.")
    pairs: list[Pair] = Field(description="Measure pairs in document order (items included).")
    sections: list[SectionPair] = Field(description="Section pairs in document order.")
    segmentation: Literal["labels", "paragraphs"] = Field(
        default="labels",
        description=(
            "How the translation's measures were found: `labels` (as `shpolicy parse` reads "
            "them) or `paragraphs` (its labels missing, restarted or out of order, its body "
            "cut into measures paragraph by paragraph; ids are then those of that cut)."
        ),
    )
    segmentation_reason: str | None = Field(
        default=None, description="Why the translation's labels were not trusted (null if they were)."
    )

    def target_of(self, source_id: str) -> str | None:
        """Id of the translation's measure paired with ``source_id`` (None if it has none)."""
        for pair in self.pairs:
            if pair.source == source_id:
                return pair.target
        raise KeyError(source_id)

    @property
    def matched(self) -> int:
        """Number of source measures that have a counterpart."""
        return sum(1 for p in self.pairs if p.source is not None and p.target is not None)

    def __repr__(self) -> str:
        return display.alignment_repr(self)

    def _repr_html_(self) -> str:
        return display.alignment_html(self)
