"""Paragraphs a translation adds to a measure, cut out as measures of their own.

The parser ends a measure at the next label it recognises, so a paragraph
the translation adds after a measure is read into it (or left as section
text after it) when its label is damaged (``(IV-2)``, ``(四-2)``) or absent.
:func:`cut_insertions` makes such a paragraph a measure of its own, so that
the aligner can leave it without a counterpart and ``check`` report it:

* a paragraph after the first of a measure that opens with a damaged label:
  a numeral in brackets run on with another (``(IV-2)``, ``(4.1)``, ``(四之二)``);
* an unlabelled paragraph whose content matches no measure of the source,
  where the content can be compared at all (Chinese read against Korean, one
  language on both sides, or shared names): English against Chinese has no
  such evidence beyond names and numbers, and a continuation paragraph is
  then left where the parser put it.

A paragraph that opens with a label the parser knows is an item or a
measure of its own already, and is left alone.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

import regex

from ..ground.numbering import match_marker
from ..schema import Measure, Notice, Section, Span
from .features import Item, measure_items
from .pieces import new_measure, unnumbered_section
from .scoring import Scorer

__all__ = ["cut_insertions"]

_NUMERAL = r"(?:[IVXLC]{1,6}|[ivxlc]{1,6}|[一二三四五六七八九十百]{1,4}|\d{1,3})"
#: A numeral in brackets run on with another: a label made up or mangled.
_DAMAGED = regex.compile(
    rf"[(（]\s*{_NUMERAL}\s*(?:[-‐‑–—_./·．]|之)\s*(?:{_NUMERAL}|[A-Za-z])\s*[)）]\s*"
)
#: Below this, an unlabelled paragraph's best match in the source is no match.
#: True parts of a measure score 0.45–1.0 against their source on the 2024
#: Korean translation, a paragraph on another subject 0.2–0.3.
_NO_MATCH = 0.35
#: Shorter paragraphs carry too little text to judge (in length units: a
#: Latin word or a Han or Hangul character).
_MIN_LENGTH = 20


@dataclass(frozen=True)
class _Paragraph:
    host: Measure
    section: Section
    text: str
    start: int  # offset in Notice.text
    line: int
    label: str  # the damaged label, or empty


def _paragraphs(notice: Notice) -> Iterator[_Paragraph]:
    """Every paragraph after the first of each top-level measure, up to the next measure."""
    for section in notice.sections:
        measures = section.measures
        for n, measure in enumerate(measures):
            end = measures[n + 1].span.start if n + 1 < len(measures) else section.span.end
            end = max(end, measure.span.end)
            inner = [(i.span.start, i.span.end) for i in measure.items]
            offset = measure.span.start
            line = measure.span.line or 1
            for k, raw in enumerate(notice.text[offset:end].split("\n")):
                at = offset + len(raw) - len(raw.lstrip())
                text = raw.strip()
                if k and text and not any(s <= at < e for s, e in inner):
                    damaged = _DAMAGED.match(text)
                    yield _Paragraph(
                        measure, section, text, at, line + k, damaged.group(0) if damaged else ""
                    )
                offset += len(raw) + 1


def _evidence(scorer: Scorer, i: int, j: int) -> float | None:
    """How far the content of a pair agrees, from the signals that read the text itself."""
    pair = scorer.pair(i, j)
    signals = [(pair.reading, 3.0), (pair.direct, 3.0), (pair.anchors, 1.5)]
    present = [(value, weight) for value, weight in signals if value is not None]
    if not present:
        return None
    return sum(v * w for v, w in present) / sum(w for _, w in present)


def _unmatched(source: Notice, notice: Notice, paragraphs: list[_Paragraph]) -> set[int]:
    """Indexes of the unlabelled ``paragraphs`` whose content matches no source measure."""
    taken: set[str] = set()
    pieces = [
        new_measure(
            p.text,
            start=p.start,
            label_start=p.start,
            line=p.line,
            number=n + 1,
            section="0",
            taken=taken,
            default=notice.language,
        )
        for n, p in enumerate(paragraphs)
    ]
    holder = unnumbered_section(Span(start=0, end=0), pieces)
    items: list[Item] = measure_items(notice.model_copy(update={"sections": [holder]}))
    source_items = measure_items(source)
    scorer = Scorer(source_items, items)
    unmatched: set[int] = set()
    for j, item in enumerate(items):
        if item.length < _MIN_LENGTH:
            continue
        scores = [_evidence(scorer, i, j) for i in range(len(source_items))]
        known = [s for s in scores if s is not None]
        if known and max(known) < _NO_MATCH:
            unmatched.add(j)
    return unmatched


def _cut(text: str, paragraph: str) -> str:
    """``text`` up to where ``paragraph`` starts in it (all of it if it is not there)."""
    at = text.find(paragraph[: min(len(paragraph), 40)])
    return text[:at].rstrip() if at > 0 else text


def cut_insertions(source: Notice, notice: Notice) -> Notice:
    """``notice`` with each paragraph added to one of its measures made a measure of its own."""
    paragraphs = [p for p in _paragraphs(notice) if p.label or match_marker(p.text) is None]
    if not paragraphs:
        return notice
    unlabelled = [p for p in paragraphs if not p.label]
    unmatched = _unmatched(source, notice, unlabelled) if unlabelled else set()
    inserted = [p for p in paragraphs if p.label] + [
        p for n, p in enumerate(unlabelled) if n in unmatched
    ]
    if not inserted:
        return notice
    inserted.sort(key=lambda p: p.start)
    by_host: dict[str, list[_Paragraph]] = {}
    for p in inserted:
        by_host.setdefault(p.host.id, []).append(p)
    taken = {m.id for m in notice.iter_measures()}
    sections = []
    for section in notice.sections:
        measures: list[Measure] = []
        text = section.text
        for n, measure in enumerate(section.measures):
            cuts = by_host.get(measure.id)
            if not cuts:
                measures.append(measure)
                continue
            measures.append(_trimmed(notice, measure, cuts[0]))
            end = (
                section.measures[n + 1].span.start
                if n + 1 < len(section.measures)
                else max(section.span.end, measure.span.end)
            )
            for k, p in enumerate(cuts):
                stop = cuts[k + 1].start if k + 1 < len(cuts) else end
                body_start = p.start + len(p.label)
                body = notice.text[body_start:stop].rstrip()
                measures.append(
                    new_measure(
                        body,
                        start=body_start,
                        label_start=p.start,
                        line=p.line,
                        end_line=p.line + body.count("\n"),
                        number=measure.number,
                        section=section.id,
                        taken=taken,
                        default=notice.language,
                        label=p.label.strip(),
                    )
                )
                text = _without(text, p.text)
        sections.append(section.model_copy(update={"measures": measures, "text": text}))
    return notice.model_copy(update={"sections": sections})


def _trimmed(notice: Notice, measure: Measure, first: _Paragraph) -> Measure:
    """``measure`` ending before the paragraph ``first`` that was added to it."""
    end = len(notice.text[: first.start].rstrip())
    units = [u for u in measure.responsible_units if u.span is None or u.span.start < end]
    return measure.model_copy(
        update={
            "text": _cut(measure.text, first.text),
            "original": _cut(measure.original, first.text),
            "responsible_units": units,
            "span": measure.span.model_copy(
                update={
                    "end": min(measure.span.end, end),
                    "end_line": max(measure.span.line or 1, first.line - 1),
                }
            ),
        }
    )


def _without(text: str, paragraph: str) -> str:
    at = text.find(paragraph)
    return text if at < 0 else (text[:at] + text[at + len(paragraph) :]).strip()
