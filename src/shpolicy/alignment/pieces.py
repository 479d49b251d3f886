"""Measures made from a stretch of a translation's text, where the parser's labels were not used.

Re-segmentation (:mod:`.segmentation`) and paragraphs cut out of a measure
(:mod:`.insertions`) both make measures the parser did not: each takes its
title from its first sentence and its responsible units from the clause that
closes it, as the parser does.
"""

from __future__ import annotations

import regex

from ..ground.language import detect_language
from ..schema import Language, Measure, ResponsibleUnit, Section, Span
from ..schema.vocabulary import MeasureKind, NumberingStyle

__all__ = ["new_measure", "title_of", "unnumbered_section"]

_SENTENCE_END = regex.compile(r"[。.;；!?！？](?=\s|$|[^\d])")


def unnumbered_section(span: Span, measures: list[Measure] | None = None) -> Section:
    """A section without number or heading (id ``0``), holding ``measures``."""
    return Section(
        id="0",
        number=0,
        label="",
        style=NumberingStyle.NONE,
        title="",
        text="",
        measures=measures or [],
        span=span,
    )


def title_of(text: str) -> str:
    """The text up to its first sentence end."""
    m = _SENTENCE_END.search(text)
    return (text[: m.start()] if m else text).strip()


def _units_of(text: str, start: int, line: int, language: Language) -> list[ResponsibleUnit]:
    from ..units.extract import find_unit_clauses, to_responsible_units

    end = len(text.rstrip(" 。.；;"))
    closing = [c for c in find_unit_clauses(text, language) if c.end >= end - 1]
    return to_responsible_units(
        closing[-1:],
        language,
        lambda s, e: Span(start=start + s, end=start + e, line=line, end_line=line),
    )


def new_measure(
    text: str,
    *,
    start: int,
    label_start: int,
    line: int,
    number: int,
    section: str,
    taken: set[str],
    default: Language,
    label: str = "",
    style: NumberingStyle = NumberingStyle.NONE,
    end_line: int | None = None,
) -> Measure:
    """A measure of ``text`` (which starts at offset ``start``, its label at ``label_start``).

    Its id is ``section.number``, or ``section.number-2`` and so on where
    ``taken`` already holds that; the id chosen is added to ``taken``.
    """
    ident = f"{section}.{number}"
    k = 2
    while ident in taken:
        ident = f"{section}.{number}-{k}"
        k += 1
    taken.add(ident)
    language = detect_language(text, default=default)
    return Measure(
        id=ident,
        kind=MeasureKind.MEASURE,
        number=number,
        label=label,
        style=style,
        title=title_of(text),
        text=text,
        original=text,
        language=language,
        responsible_units=_units_of(text, start, line, language),
        span=Span(
            start=label_start,
            end=start + len(text),
            line=line,
            end_line=end_line if end_line is not None else line,
        ),
    )
