"""What the aligner knows of each measure: numbering, content profiles, anchors, facts, units.

Measures and their items are flattened in document order with their depth:
translations drop section headings (the English 2024 version has no section
IV, so its measures 11–14 sit under section III) and run measures together,
so measures cannot be confined to the section they are found in.  Sections
are aligned afterwards from where their measures went (:mod:`.sections`).

The text compared is the measure's text without its closing list of
responsible units: units are compared through their canonical names, and a
translation that drops the list (the Korean 2024 version does) should not
look like a different measure for it.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

import regex

from ..schema import Language, Measure, Notice, Section
from .anchors import anchors
from .facts import Fact, extract_facts

__all__ = ["Item", "content_text", "direct_profile", "measure_items", "section_items"]

_UNIT_LABEL = regex.compile(
    r"[(（]\s*(?:责任单位|牵头单位|责任部门|配合单位|牵头部门|"
    r"(?i:responsible\s+(?:units?|authorit(?:y|ies)|departments?)|lead\s+units?)|"
    r"책임\s*(?:단위|부서|기관)|담당\s*(?:단위|부서|기관))"
)
_LETTERS = regex.compile(r"[\p{Han}\p{Hangul}]|[A-Za-z]+")
_HAN_OR_HANGUL_RUN = regex.compile(r"[\p{Han}]+|[\p{Hangul}]+")
_LATIN_WORD = regex.compile(r"[A-Za-z]{3,}")


@dataclass(frozen=True)
class Item:
    """One measure (or item, or section heading) in document order, with its features."""

    index: int
    id: str
    number: int
    depth: int
    parent: str
    position: int
    label: str
    style: str
    language: Language
    text: str
    length: int
    anchors: frozenset[str]
    facts: tuple[Fact, ...]
    units: frozenset[str]
    line: int | None


def content_text(measure: Measure) -> str:
    """The measure's text without its closing list of responsible units."""
    text = measure.text
    labelled = list(_UNIT_LABEL.finditer(text))
    if labelled:
        return text[: labelled[-1].start()].rstrip()
    if measure.responsible_units:
        first = measure.responsible_units[0].name
        for opener in ("（", "("):
            at = text.rfind(opener)
            while at > 0:
                if first in text[at:]:
                    return text[:at].rstrip()
                at = text.rfind(opener, 0, at)
    return text


def _length(text: str) -> int:
    # A Latin word counts as one unit, a Han or Hangul character as one: the
    # ratio between versions is then steadier than a ratio of raw characters.
    return sum(1 for _ in _LETTERS.finditer(text))


def direct_profile(text: str) -> frozenset[str]:
    """Character pairs of Han and Hangul runs and Latin words: text compared within one language."""
    grams: set[str] = set()
    for m in _HAN_OR_HANGUL_RUN.finditer(text):
        run = m.group(0)
        grams.update(run[i : i + 2] for i in range(len(run) - 1))
    grams.update(w.casefold() for w in _LATIN_WORD.findall(text))
    return frozenset(grams)


def _walk(
    measures: list[Measure], depth: int, parent: str
) -> Iterator[tuple[Measure, int, str, int]]:
    for position, measure in enumerate(measures):
        yield measure, depth, parent, position
        yield from _walk(measure.items, depth + 1, measure.id)


def measure_items(notice: Notice) -> list[Item]:
    """Every measure and item of ``notice`` in document order, as :class:`Item`."""
    items: list[Item] = []
    for section in notice.sections:
        for measure, depth, parent, position in _walk(section.measures, 0, section.id):
            text = content_text(measure)
            language = measure.language
            items.append(
                Item(
                    index=len(items),
                    id=measure.id,
                    number=measure.number,
                    depth=depth,
                    parent=parent,
                    position=position,
                    label=measure.label,
                    style=measure.style,
                    language=language,
                    text=text,
                    length=max(1, _length(text)),
                    anchors=frozenset(anchors(text, language)),
                    facts=tuple(extract_facts(text, language)),
                    units=frozenset(u.canonical for u in measure.responsible_units if u.canonical),
                    line=measure.span.line,
                )
            )
    return items


def _section_language(section: Section, default: Language) -> Language:
    from ..ground.language import detect_language

    return detect_language(section.title, default="zh") if section.title else default


def section_items(notice: Notice) -> list[Item]:
    """The section headings of ``notice`` as :class:`Item` (their titles are the text)."""
    items: list[Item] = []
    for position, section in enumerate(notice.sections):
        language = _section_language(section, notice.language)
        items.append(
            Item(
                index=position,
                id=section.id,
                number=section.number,
                depth=0,
                parent="",
                position=position,
                label=section.label,
                style=section.style,
                language=language,
                text=section.title,
                length=max(1, _length(section.title)),
                anchors=frozenset(anchors(section.title, language)),
                facts=tuple(extract_facts(section.title, language)),
                units=frozenset(),
                line=section.span.line,
            )
        )
    return items
