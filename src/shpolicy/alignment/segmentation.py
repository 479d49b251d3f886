"""Finding a translation's measures when its labels cannot be trusted.

The parser finds measures by their labels.  A translation whose labels are
missing, restarted, out of order or in another script loses measures that
way: with no labels its section headings become the measures and the bodies
section text, a label out of sequence is read as text of the measure before
it, and a Chinese label amid English ones ends the body.  The paragraphs are
still there, one measure to a paragraph as in the source.

:func:`segment` decides whether the parse can be trusted and, where it
cannot, cuts the translation's body paragraphs into measure units instead:
section headings by their marker and shape (``I.``, ``一、``, short, one
phrase), every other paragraph a measure, and a paragraph cut again where a
label of its own kind follows a sentence end (``… . (X) …``).  It does so
only when the parse shows that labels lied, and keeps the cut only if it
comes closer to the source's count of measures than the parse did:

* far fewer measures than the source (labels removed, text unplaced);
* a measure that holds a paragraph, or a sentence, opening with a label of
  its own kind (a label out of sequence read as text);
* text the parser could not place inside the body, or a paragraph it left
  as section text although it opens with a label (one in another script).

Each unit keeps its label where it has one; an unlabelled unit is numbered by
its place in the document.  The responsible units of each are read from the
clause that closes it, as the parser does.  What the parse by labels warned
of (numbering gaps, labels out of order, missing sections, unplaced text) is
dropped with it: :attr:`Segmentation.runs` says instead how each measure was
found.  Where the labels are trusted, paragraphs added to a measure are cut
out as measures of their own (:mod:`.insertions`).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

import regex

from ..ground.numbering import Marker, match_marker
from ..schema import Language, Measure, Notice, ParseWarning, Section, Span
from ..schema.vocabulary import BlockKind, NumberingStyle, WarningCode
from .insertions import cut_insertions
from .pieces import new_measure, unnumbered_section

__all__ = ["How", "Method", "Run", "Segmentation", "segment"]

Method = Literal["labels", "paragraphs"]
"""How a translation's measures were found: by the parser's labels, or paragraph by paragraph."""

#: Fewer measures than this share of the source's: the labels were not read.
_FEW = 0.75
_BODY_KINDS = {
    BlockKind.SECTION_HEADING,
    BlockKind.SECTION_TEXT,
    BlockKind.MEASURE,
    BlockKind.UNPLACED,
    BlockKind.CLOSING,
}
_BODY_START = {BlockKind.SECTION_HEADING, BlockKind.MEASURE}
_BODY_END = {
    BlockKind.ATTACHMENT_LIST,
    BlockKind.ATTACHMENT,
    BlockKind.CC,
    BlockKind.PRINTED,
    BlockKind.SIGNATURE,
    BlockKind.DATE,
}
_SENTENCE_END = "。.;；!?！？"
_INNER_SENTENCE = regex.compile(r"[。;；!?！？]|\.(?=\s)")
_HEADING_LENGTH = 90
_UNLABELLED_CUT = frozenset({"roman", "cjk"})
# Where a label may open a new measure inside a paragraph: after a sentence
# end, or after the bracket that closes a measure's list of units.
_AFTER_SENTENCE = regex.compile(r"(?:\n|(?<=[。.;；!?！？)）]))\s*(?=[(（])")


How = Literal["labelled", "cut", "unlabelled"]
"""How a measure was found paragraph by paragraph: a paragraph under its own label, a
label after a sentence end inside a paragraph, or a paragraph without a label."""


@dataclass(frozen=True)
class Run:
    """Measures found one after another in the same way, on lines ``first``–``last``."""

    how: How
    measures: tuple[Measure, ...]
    first: int
    last: int

    def describe(self) -> str:
        """In words: ``lines 10–13: 4 paragraphs under their labels (I)–(IV)``."""
        n = len(self.measures)
        where = (
            f"line {self.first}" if self.first == self.last else f"lines {self.first}–{self.last}"
        )
        labels = _label_ranges(self.measures)
        if self.how == "labelled":
            what = (
                f"{n} paragraph{'s' * (n != 1)} under {'its label' if n == 1 else 'their labels'}"
            )
        elif self.how == "cut":
            what = f"{n} measure{'s' * (n != 1)} cut out of a paragraph at {'its label' if n == 1 else 'their labels'}"
        else:
            return f"{where}: {n} unlabelled paragraph{'s' * (n != 1)}, numbered by their place"
        return f"{where}: {what} {labels}"


def _label_ranges(measures: tuple[Measure, ...]) -> str:
    """Labels as runs of consecutive numbers: ``(I)–(IV), (I)–(III)`` where numbering restarts."""
    ranges: list[list[Measure]] = []
    for measure in measures:
        if ranges and measure.number == ranges[-1][-1].number + 1:
            ranges[-1].append(measure)
        else:
            ranges.append([measure])
    return ", ".join(r[0].label if len(r) == 1 else f"{r[0].label}–{r[-1].label}" for r in ranges)


@dataclass(frozen=True)
class Segmentation:
    """A translation with its measures as found, and how they were found."""

    notice: Notice
    method: Method
    reason: str | None = None
    """Why the labels were not trusted (None when they were)."""
    runs: tuple[Run, ...] = ()
    """How the measures were found, run by run (only when found paragraph by paragraph)."""


@dataclass(frozen=True)
class _Line:
    text: str
    start: int  # offset of ``text`` in Notice.text
    line: int
    block: BlockKind


@dataclass(frozen=True)
class _Unit:
    marker: Marker | None
    text: str
    start: int  # offset of the unit's text (after its label)
    label_start: int
    line: int
    inside: bool = False  # cut at a label inside its paragraph


@dataclass(frozen=True)
class _Heading:
    marker: Marker
    title: str
    start: int
    line: int


def _body_lines(notice: Notice) -> list[_Line]:
    lines: list[_Line] = []
    started = False
    for block in notice.blocks:
        if not started and block.kind not in _BODY_START:
            continue
        if started and block.kind in _BODY_END:
            break
        if block.kind not in _BODY_KINDS:
            continue
        started = True
        text = notice.text[block.span.start : block.span.end]
        offset = block.span.start
        for k, raw in enumerate(text.split("\n")):
            stripped = raw.strip()
            if stripped:
                lead = len(raw) - len(raw.lstrip())
                lines.append(_Line(stripped, offset + lead, (block.span.line or 1) + k, block.kind))
            offset += len(raw) + 1
        if block.kind == BlockKind.CLOSING:
            break
    # The last line of the closing block is the closing itself; lines before
    # it are body paragraphs the parser took for closing text.
    if lines and lines[-1].block == BlockKind.CLOSING:
        lines.pop()
    return lines


def _heading(line: _Line) -> _Heading | None:
    marker = match_marker(line.text)
    if marker is None:
        return None
    section_like = (marker.form == "plain" and marker.family in ("roman", "cjk")) or (
        marker.form == "chapter"
    )
    rest = line.text[marker.end :].strip()
    if not section_like or not rest or len(rest) > _HEADING_LENGTH:
        return None
    if _INNER_SENTENCE.search(rest.rstrip(_SENTENCE_END)):
        return None
    return _Heading(marker, rest.rstrip("。.；;"), line.start, line.line)


def _units(line: _Line) -> list[_Unit]:
    """A paragraph as measure units: cut where a label of its kind follows a sentence end."""
    text = line.text
    lead = match_marker(text)
    if lead is not None and lead.form != "paren":
        lead = None
    families = frozenset({lead.family}) if lead else _UNLABELLED_CUT
    cuts: list[tuple[int, Marker | None]] = [(0, lead)]
    for m in _AFTER_SENTENCE.finditer(text):
        at = m.end()
        if at == 0 or (lead is not None and at <= lead.end):
            continue
        marker = match_marker(text, at)
        if marker is not None and marker.form == "paren" and marker.family in families:
            cuts.append((at, marker))
    units: list[_Unit] = []
    for n, (at, marker) in enumerate(cuts):
        end = cuts[n + 1][0] if n + 1 < len(cuts) else len(text)
        body_at = marker.end if marker is not None else at
        body = text[body_at:end].rstrip()
        if body:
            units.append(
                _Unit(marker, body, line.start + body_at, line.start + at, line.line, n > 0)
            )
    return units


def _top_measures(notice: Notice) -> list[Measure]:
    return [m for s in notice.sections for m in s.measures]


def _lost_labels(notice: Notice) -> bool:
    """Whether a measure holds a paragraph or sentence that opens with a label of its kind."""
    for measure in _top_measures(notice):
        family = measure.style.value.split("-")[0]
        if not measure.style.value.endswith("-paren"):
            continue
        # The span, not ``text``: the parser may have dropped the stray label.
        text = notice.text[measure.span.start : measure.span.end]
        for m in _AFTER_SENTENCE.finditer(text, len(measure.label)):
            marker = match_marker(text, m.end())
            if marker is not None and marker.form == "paren" and marker.family == family:
                return True
    return False


def _unplaced_in_body(notice: Notice, lines: list[_Line]) -> bool:
    if not lines:
        return False
    first, last = lines[0].line, lines[-1].line
    return any(
        w.code == WarningCode.UNPLACED_TEXT
        and w.span is not None
        and w.span.line is not None
        and first <= w.span.line <= last
        for w in notice.warnings
    )


def _distrust(source: Notice, target: Notice, lines: list[_Line]) -> str | None:
    expected = len(_top_measures(source))
    found = len(_top_measures(target))
    if expected and found < _FEW * expected:
        return f"{found} measures found by their labels where the source has {expected}"
    if _unplaced_in_body(target, lines):
        return "text of the body that fits no measure"
    if _lost_labels(target):
        return "a label out of sequence read as the text of the measure before it"
    if any(_stray_label(line) for line in lines):
        return "a labelled paragraph read as section text"
    return None


def _stray_label(line: _Line) -> bool:
    """A paragraph the parser left as section text although it opens with a label."""
    if line.block not in (BlockKind.SECTION_TEXT, BlockKind.UNPLACED):
        return False
    marker = match_marker(line.text)
    return marker is not None and marker.form == "paren"


def _measure(unit: _Unit, number: int, section: str, taken: set[str], default: Language) -> Measure:
    marker = unit.marker
    return new_measure(
        unit.text,
        start=unit.start,
        label_start=unit.label_start,
        line=unit.line,
        number=number,
        section=section,
        taken=taken,
        default=default,
        label=marker.raw if marker else "",
        style=marker.style if marker else NumberingStyle.NONE,
    )


def _resegmented(target: Notice, lines: list[_Line]) -> tuple[Notice, tuple[Run, ...]]:
    headings = {line.line: h for line in lines if (h := _heading(line)) is not None}
    parsed = {s.span.line: s for s in target.sections if s.number}
    keep_sections = set(parsed) == set(headings)
    sections: list[Section] = []
    measures: list[list[Measure]] = []
    taken: set[str] = set()
    ordinal = 0
    found: list[tuple[How, Measure]] = []

    def open_section(heading: _Heading | None, line: int) -> None:
        if keep_sections and line in parsed:
            sections.append(parsed[line])
        elif heading is None:
            start = lines[0].start
            sections.append(
                unnumbered_section(Span(start=start, end=start, line=line, end_line=line))
            )
        else:
            sections.append(
                Section(
                    id=str(heading.marker.ordinal),
                    number=heading.marker.ordinal,
                    label=heading.marker.raw,
                    style=heading.marker.style,
                    title=heading.title,
                    text="",
                    span=Span(start=heading.start, end=heading.start, line=line, end_line=line),
                )
            )
        measures.append([])

    for line in lines:
        if line.line in headings:
            open_section(headings[line.line], line.line)
            continue
        if not sections:
            open_section(None, line.line)
        for unit in _units(line):
            ordinal += 1
            number = unit.marker.ordinal if unit.marker else ordinal
            measure = _measure(unit, number, sections[-1].id, taken, target.language)
            measures[-1].append(measure)
            how: How = "cut" if unit.inside else "labelled" if unit.marker else "unlabelled"
            found.append((how, measure))
    rebuilt = [
        s.model_copy(update={"measures": ms, "text": "" if ms else s.text})
        for s, ms in zip(sections, measures)
    ]
    warnings = [w for w in target.warnings if not _from_labels(w, lines)]
    return target.model_copy(update={"sections": rebuilt, "warnings": warnings}), _runs(found)


#: What the parse by labels warns of that re-segmentation finds afresh.
_LABEL_WARNINGS = frozenset(
    {
        WarningCode.NUMBERING_GAP,
        WarningCode.NUMBERING_REPEAT,
        WarningCode.NUMBERING_CONFLICT,
        WarningCode.MISSING_SECTION,
        WarningCode.EMPTY_MEASURE,
    }
)


def _from_labels(warning: ParseWarning, lines: list[_Line]) -> bool:
    """Whether ``warning`` came of reading the body by labels that were not trusted."""
    if warning.code in _LABEL_WARNINGS:
        return True
    if warning.code != WarningCode.UNPLACED_TEXT or not lines:
        return False
    line = warning.span.line if warning.span is not None else None
    return line is not None and lines[0].line <= line <= lines[-1].line


def _runs(found: list[tuple[How, Measure]]) -> tuple[Run, ...]:
    runs: list[Run] = []
    for how, measure in found:
        line = measure.span.line or 0
        if runs and runs[-1].how == how and (how != "cut" or runs[-1].last == line):
            last = runs[-1]
            runs[-1] = Run(how, (*last.measures, measure), last.first, line)
        else:
            runs.append(Run(how, (measure,), line, line))
    return tuple(runs)


def segment(source: Notice, target: Notice) -> Segmentation:
    """``target`` with its measures as labels give them or, where labels lie, as paragraphs do."""
    lines = _body_lines(target)
    # An unlabelled last paragraph after labelled ones, where the source closes
    # with a paragraph of its own, is the closing the parser could not place.
    if (
        source.closing
        and len(lines) > 1
        and lines[-1].block != BlockKind.MEASURE
        and match_marker(lines[-1].text) is None
        and match_marker(lines[-2].text) is not None
    ):
        lines = lines[:-1]
    reason = _distrust(source, target, lines)
    if reason is None or not lines:
        return Segmentation(cut_insertions(source, target), "labels")
    cut, runs = _resegmented(target, lines)
    expected = len(_top_measures(source))
    before, after = len(_top_measures(target)), len(_top_measures(cut))
    if abs(after - expected) > abs(before - expected):
        return Segmentation(cut_insertions(source, target), "labels")
    return Segmentation(cut, "paragraphs", reason, runs)
