"""``check(source, *translations)``: every finding for every translation, in one report."""

from __future__ import annotations

from ..alignment.aligner import align_with_evidence
from ..schema import Notice
from .model import Report, TranslationReport
from .rules import RULES, CheckState, run_rules

__all__ = ["check_translations"]


def check_translations(source: Notice, *translations: Notice) -> Report:
    """Check each translation against ``source``: align them, then run the rules.

    Raises ``ValueError`` when no translation is given.
    """
    if not translations:
        raise ValueError("check() needs at least one translation")
    reports = []
    for target in translations:
        aligned = align_with_evidence(source, target)
        state = CheckState(source, target, aligned)
        findings = run_rules(state, RULES)
        reports.append(
            TranslationReport(
                path=target.source.path,
                language=target.language,
                measures=len(aligned.target_items),
                matched=aligned.alignment.matched,
                findings=findings,
                alignment=aligned.alignment,
            )
        )
    return Report(
        source=source.source.path,
        language=source.language,
        measures=sum(1 for _ in source.iter_measures()),
        translations=reports,
    )
