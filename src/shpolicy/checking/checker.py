"""``check(source, *translations)``: every finding for every translation, in one report."""

from __future__ import annotations

from pathlib import PurePath

from ..alignment.aligner import align_with_evidence
from ..schema import Language, Notice
from .model import Report, TranslationReport
from .rules import RULES, CheckState, run_rules

__all__ = ["check_translations", "language_from_name"]

_LANGUAGES: tuple[Language, ...] = ("zh", "en", "ko")


def language_from_name(path: str) -> Language | None:
    """The language a file name declares (``notice.en.txt`` → ``en``), or None.

    The language is the last dotted part of the name before its extension
    (``2024-digital-trade.ko.md``), or any dotted part that is a language
    code (``plan.ko.reflowed.txt``); ``zh-hant`` and the like count as ``zh``.
    """
    parts = PurePath(path).name.lower().split(".")[1:-1]
    for part in reversed(parts):
        code = part.split("-")[0]
        if code in _LANGUAGES:
            return code
    return None


def check_translations(
    source: Notice, *translations: Notice, lang: Language | None = None
) -> Report:
    """Check each translation against ``source``: align them, then run the rules.

    Each translation is expected in ``lang`` or, without it, in the language
    its file name declares (``*.en.*``, ``*.ko.*``); one in another language,
    or in the source's, is a ``wrong-language`` error.  Raises ``ValueError``
    when no translation is given.
    """
    if not translations:
        raise ValueError("check() needs at least one translation")
    reports = []
    for target in translations:
        aligned = align_with_evidence(source, target)
        expected = lang if lang is not None else language_from_name(target.source.path)
        state = CheckState(source, aligned.target, aligned, expected=expected)
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
