"""What ``check`` reports: findings with a code, a severity and a place, per translation.

The models forbid unknown fields and describe every field, so the JSON that
``shpolicy check --format json`` prints documents itself
(``Report.model_json_schema()``).
"""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

from ..alignment.model import Alignment
from ..schema import Language
from . import display
from .codes import Code

__all__ = ["FailOn", "Finding", "Report", "Scope", "Severity", "TranslationReport", "exit_status"]

Severity = Literal["error", "warning", "info"]
Scope = Literal["measure", "section", "document"]

_RANK: dict[str, int] = {"info": 0, "warning": 1, "error": 2}


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid")


class Finding(_Model):
    """One problem of a translation, with where to fix it."""

    code: Code = Field(description="What kind of problem, e.g. `missing-measure`.")
    severity: Severity = Field(description="`error`, `warning` or `info`.")
    scope: Scope = Field(
        default="measure", description="Whether `source`/`target` name measures or sections."
    )
    source: str | None = Field(
        default=None, description="Id of the measure or section in the source."
    )
    target: str | None = Field(
        default=None, description="Id of the measure or section in the translation."
    )
    message: str = Field(description="What is wrong and what to do about it.")
    file: str = Field(
        description="File the line refers to: the translation, or the source for a missing part."
    )
    line: int | None = Field(default=None, ge=1, description="1-based line in `file`.")

    def reaches(self, level: Severity) -> bool:
        """Whether this finding is at least as severe as ``level``."""
        return _RANK[self.severity] >= _RANK[level]

    def __repr__(self) -> str:
        return display.finding_repr(self)


class TranslationReport(_Model):
    """The findings for one translation, and its alignment with the source."""

    path: str = Field(description="Path of the translation.")
    language: Language = Field(description="Language of the translation.")
    measures: int = Field(
        ge=0, description="Number of measures (items included) in the translation."
    )
    matched: int = Field(ge=0, description="Source measures that have a counterpart in it.")
    findings: list[Finding] = Field(description="Findings, in source order.")
    alignment: Alignment = Field(
        description="The measure-by-measure alignment the findings rest on."
    )

    def __repr__(self) -> str:
        return display.translation_repr(self)

    def _repr_html_(self) -> str:
        return display.translation_html(self)


class Report(_Model):
    """The result of checking translations against their source."""

    source: str = Field(description="Path of the source version.")
    language: Language = Field(description="Language of the source version.")
    measures: int = Field(ge=0, description="Number of measures (items included) in the source.")
    translations: list[TranslationReport] = Field(description="One report per translation.")

    @property
    def findings(self) -> list[Finding]:
        """Every finding of every translation."""
        return [f for t in self.translations for f in t.findings]

    def count(self, severity: Severity) -> int:
        """Number of findings of exactly this severity."""
        return sum(1 for f in self.findings if f.severity == severity)

    def __repr__(self) -> str:
        return display.report_repr(self)

    def _repr_html_(self) -> str:
        return display.report_html(self)


FailOn = Literal["error", "warning", "info", "never"]
"""The severity from which ``check`` fails, or ``never`` (report only)."""


def exit_status(report: Report, fail_on: FailOn = "error") -> int:
    """1 if any finding reaches ``fail_on``, else 0 (the exit status of ``shpolicy check``).

    ``never`` always gives 0: the findings are reported and nothing fails.
    """
    if fail_on == "never":
        return 0
    return 1 if any(f.reaches(fail_on) for f in report.findings) else 0
