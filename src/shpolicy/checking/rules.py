"""The checks, as ordered rules over one state: a source, a translation and their alignment.

Each rule looks at one kind of problem and adds findings to the state; the
order of :data:`RULES` is the order findings of one place are listed in.
Rules only read the notices and the alignment, so a rule can be tested on
its own with a state built from small notices.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from functools import lru_cache

import regex

from ..alignment.aligner import Aligned
from ..alignment.facts import Fact, compare_facts, extract_facts
from ..alignment.features import direct_profile
from ..ground.language import detect_language
from ..ground.numbering import int_to_roman
from ..ground.numerals import int_to_cjk
from ..schema import Language, Measure, Notice, Section
from .codes import Code
from .model import Finding, Scope, Severity

__all__ = ["RULES", "CheckState", "Rule", "run_rules", "shorten"]

_LABEL_NUMBER = regex.compile(r"[0-9]+|[IVXLCivxlc]+|[〇一二三四五六七八九十百]+")

_LANGUAGE_NAMES = {"zh": "Chinese", "en": "English", "ko": "Korean"}
#: Content below this, with reading or direct evidence, is another text.
_UNRELATED = 0.2
#: How much better a swapped partner must match before a pair counts as misaligned.
_SWAP_MARGIN = 0.15
#: Share of character pairs two measures must have in common to be one passage repeated.
_REPEAT = 0.8
# A passage in the source language: a stretch of its script (names in Latin
# letters and numbers may stand inside) holding at least eight of its letters
# (or, for English, words).
_SOURCE_SCRIPT_RUN = {
    "zh": regex.compile(r"\p{Han}[\p{Han}A-Za-z0-9，、；：“”《》（）]*\p{Han}"),
    "ko": regex.compile(r"\p{Hangul}[\p{Hangul}A-Za-z0-9\s,]*\p{Hangul}"),
    "en": regex.compile(r"[A-Za-z]+(?:[\s,;]+[A-Za-z]+)+"),
}
_SCRIPT_UNIT = {
    "zh": regex.compile(r"\p{Han}"),
    "ko": regex.compile(r"\p{Hangul}"),
    "en": regex.compile(r"[A-Za-z]+"),
}
_PASSAGE_MIN = 8


def _source_passage(text: str, language: Language) -> str | None:
    for m in _SOURCE_SCRIPT_RUN[language].finditer(text):
        if len(_SCRIPT_UNIT[language].findall(m.group(0))) >= _PASSAGE_MIN:
            return m.group(0)
    return None


def shorten(text: str, width: int = 30) -> str:
    """``text`` on one line, cut to about ``width`` characters with an ellipsis."""
    flat = " ".join(text.split())
    return flat if len(flat) <= width else flat[: width - 1].rstrip() + "…"


@dataclass
class CheckState:
    """Everything the rules read, and the findings they add."""

    source: Notice
    target: Notice
    aligned: Aligned
    #: The language the translation should be in (``--lang`` or its file name), if known.
    expected: Language | None = None
    findings: list[Finding] = field(default_factory=list)

    def __post_init__(self) -> None:
        self.source_measures = {m.id: m for m in self.source.iter_measures()}
        self.target_measures = {m.id: m for m in self.target.iter_measures()}
        self.source_items = {i.id: i for i in self.aligned.source_items}
        self.target_items = {i.id: i for i in self.aligned.target_items}
        self.source_sections = {s.id: s for s in self.source.sections}
        self.target_sections = {s.id: s for s in self.target.sections}
        self._order: dict[tuple[str, str], int] = {}
        for n, pair in enumerate(self.aligned.alignment.pairs):
            if pair.source is not None:
                self._order.setdefault(("s", pair.source), n)
            if pair.target is not None:
                self._order.setdefault(("t", pair.target), n)
        self._keys: list[tuple[float, int]] = []

    # Places -----------------------------------------------------------------

    def source_line(self, measure_id: str | None) -> int | None:
        measure = self.source_measures.get(measure_id or "")
        return measure.span.line if measure else None

    def target_line(self, measure_id: str | None) -> int | None:
        measure = self.target_measures.get(measure_id or "")
        return measure.span.line if measure else None

    def source_name(self, measure_id: str) -> str:
        return _name(self.source_measures[measure_id])

    def target_name(self, measure_id: str) -> str:
        return _name(self.target_measures[measure_id])

    def section_measure_ids(self, section: Section) -> list[str]:
        ids: list[str] = []
        stack = list(reversed(section.measures))
        while stack:
            measure = stack.pop()
            ids.append(measure.id)
            stack.extend(reversed(measure.items))
        return ids

    def source_of(self, target_id: str) -> str | None:
        """The source measure paired with the translation's measure ``target_id``."""
        for pair in self.aligned.alignment.pairs:
            if pair.target == target_id:
                return pair.source
        return None

    def partner(self, source_id: str) -> str | None:
        for pair in self.aligned.alignment.pairs:
            if pair.source == source_id:
                return pair.target
        return None

    # Adding findings --------------------------------------------------------

    def add(
        self,
        code: Code,
        severity: Severity,
        message: str,
        *,
        source: str | None = None,
        target: str | None = None,
        scope: Scope = "measure",
        line: int | None = None,
        in_source: bool = False,
        order: float | None = None,
    ) -> None:
        """Add a finding; its line is in the translation unless ``in_source``."""
        if order is None:
            order = self._position(source, target, scope)
        self.findings.append(
            Finding(
                code=code,
                severity=severity,
                scope=scope,
                source=source,
                target=target,
                message=message,
                file=self.source.source.path if in_source else self.target.source.path,
                line=line,
            )
        )
        self._keys.append((order, len(self._keys)))

    def _position(self, source: str | None, target: str | None, scope: Scope) -> float:
        if scope == "measure":
            if source is not None and ("s", source) in self._order:
                return self._order[("s", source)]
            if target is not None and ("t", target) in self._order:
                return self._order[("t", target)]
        if scope == "section":
            section = self.source_sections.get(source or "") if source else None
            ids = self.section_measure_ids(section) if section else []
            if ids and ("s", ids[0]) in self._order:
                return self._order[("s", ids[0])] - 0.5
            tsection = self.target_sections.get(target or "") if target else None
            tids = self.section_measure_ids(tsection) if tsection else []
            if tids and ("t", tids[0]) in self._order:
                return self._order[("t", tids[0])] - 0.5
        return -1.0 if scope == "document" else float(len(self._order))

    def sorted_findings(self) -> list[Finding]:
        """Findings in document order (section headings before their measures)."""
        return [self.findings[n] for _, n in sorted(self._keys)]


Rule = Callable[[CheckState], None]


def _name(measure: Measure) -> str:
    return f"{measure.label} {shorten(measure.title, 24)}".strip()


def _section_name(section: Section) -> str:
    # 一、 joins its title directly; I. and 1. take a space, as they are written.
    gap = "" if section.label.endswith(("、", "，")) or not section.label else " "
    return f"{section.label}{gap}{shorten(section.title, 24)}".strip()


def _label_like(template: Measure | Section, number: int) -> str:
    """How ``number`` is written in the numbering style of ``template``'s label."""
    family = template.style.split("-")[0]
    digits = (
        int_to_roman(number)
        if family == "roman"
        else int_to_cjk(number)
        if family == "cjk"
        else str(number)
    )
    old = _LABEL_NUMBER.search(template.label)
    if old is None:
        return digits
    return template.label[: old.start()] + digits + template.label[old.end() :]


def _ids(ids: list[str]) -> str:
    return ids[0] if len(ids) == 1 else f"{ids[0]}–{ids[-1]}"


# Rules ----------------------------------------------------------------------

#: Share of a translation's measures (by length) in the source's language that
#: makes it "mostly" untranslated: a wrong file, not a few passages left over.
_MOSTLY = 0.5


def wrong_language(state: CheckState) -> None:
    """A translation in another language than expected, or wholly or mostly in the source's."""
    source_language = state.source.language
    target = state.target
    detected = target.language
    items = state.aligned.target_items
    total = sum(i.length for i in items)
    in_source = sum(i.length for i in items if i.language == source_language)
    share = in_source / total if total else (1.0 if detected == source_language else 0.0)
    expected = state.expected
    source_name = _LANGUAGE_NAMES[source_language]
    why = f"{sum(1 for i in items if i.language == source_language)} of {len(items)} measures"
    if detected == source_language or share >= _MOSTLY:
        wanted = (
            f"; it should be in {_LANGUAGE_NAMES[expected]}"
            if expected and expected != source_language
            else ""
        )
        message = (
            f"the translation is {'in' if detected == source_language else 'mostly in'} "
            f"{source_name}, the language of the source {state.source.source.path} "
            f"({why} are in {source_name}){wanted}: it is an untranslated copy or the wrong "
            "file; translate it"
        )
    elif expected is not None and detected != expected:
        message = (
            f"the translation is in {_LANGUAGE_NAMES[detected]}, not in "
            f"{_LANGUAGE_NAMES[expected]} as expected (from --lang or its file name); "
            "check that this is the right file"
        )
    else:
        return
    state.add("wrong-language", "error", message, scope="document", line=1, order=-2.0)



def missing_section(state: CheckState) -> None:
    """A source section whose heading the translation lacks (its measures may still be there)."""
    for pair in state.aligned.alignment.sections:
        if pair.source is None:
            section = state.target_sections[pair.target or ""]
            state.add(
                "numbering",
                "warning",
                f"section heading {_section_name(section)} has no counterpart in the source; "
                "check whether it belongs here",
                target=section.id,
                scope="section",
                line=section.span.line,
            )
            continue
        if pair.target is not None:
            continue
        section = state.source_sections[pair.source]
        ids = state.section_measure_ids(section)
        partners = [p for p in (state.partner(i) for i in ids) if p is not None]
        where = ""
        line: int | None = None
        if partners:
            first = partners[0]
            holder = next(
                (s for s in state.target.sections if first in state.section_measure_ids(s)), None
            )
            where = (
                f"; its measures {_ids(ids)} are there, under "
                f"{_section_name(holder) if holder else 'another section'}: add the heading "
                f"before {state.target_name(first)} (line {state.target_line(first)})"
            )
            line = state.target_line(first)
        state.add(
            "missing-section",
            "error",
            f"section {_section_name(section)} (source line {section.span.line}) has no heading "
            f"in the translation{where}",
            source=section.id,
            scope="section",
            line=line or 1,
        )


def missing_measure(state: CheckState) -> None:
    """A source measure with no counterpart in the translation.

    The finding stands on the translation's line after which the measure
    belongs (so that a pull-request annotation lands on the changed file);
    the source's line is in the message.
    """
    pairs = state.aligned.alignment.pairs
    previous: str | None = None
    for n, pair in enumerate(pairs):
        if pair.target is not None:
            previous = pair.target
        if pair.link != "1-0" or pair.source is None:
            continue
        following = next((p.target for p in pairs[n + 1 :] if p.target is not None), None)
        if previous:
            where = f"after {state.target_name(previous)} (line {state.target_line(previous)})"
            line = state.target_line(previous)
        elif following:
            where = f"before {state.target_name(following)} (line {state.target_line(following)})"
            line = state.target_line(following)
        else:
            where, line = "before the first measure", None
        state.add(
            "missing-measure",
            "error",
            f"measure {state.source_name(pair.source)} (source line "
            f"{state.source_line(pair.source)}) has no counterpart in the translation; "
            f"translate it {where}",
            source=pair.source,
            line=line or 1,
        )


# Repeats are looked for by comparing every measure with every removed
# passage; the profiles of the measures are computed once.
_profile = lru_cache(maxsize=4096)(direct_profile)


def _similarity(a: str, b: str) -> float:
    pa, pb = _profile(a), _profile(b)
    return 2 * len(pa & pb) / (len(pa) + len(pb)) if pa and pb else 0.0


def extra_measure(state: CheckState) -> None:
    """A measure of the translation with no counterpart in the source, or a repeat of one."""
    for pair in state.aligned.alignment.pairs:
        if pair.link != "0-1" or pair.target is None:
            continue
        measure = state.target_measures[pair.target]
        repeated = next(
            (
                other
                for other in state.target.iter_measures()
                if other.id != measure.id and _similarity(other.text, measure.text) >= _REPEAT
            ),
            None,
        )
        if repeated is not None:
            state.add(
                "duplicate-passage",
                "warning",
                f"measure {_name(measure)} (line {measure.span.line}) repeats "
                f"{_name(repeated)} (line {repeated.span.line}); delete the repeat",
                source=state.source_of(repeated.id),
                target=measure.id,
                line=measure.span.line,
            )
            continue
        state.add(
            "extra-measure",
            "error",
            f"measure {_name(measure)} has no counterpart in the source; remove it or check "
            "that it translates a measure of this notice",
            target=measure.id,
            line=measure.span.line,
        )


def _evidence(state: CheckState, i: int, j: int) -> bool:
    score = state.aligned.scorer.pair(i, j)
    return any(x is not None for x in (score.reading, score.direct, score.anchors, score.facts))


def misaligned(state: CheckState) -> None:
    """Text under a label that translates another source measure than the label says."""
    src_index = {item.id: item.index for item in state.aligned.source_items}
    tgt_index = {item.id: item.index for item in state.aligned.target_items}
    ones = [
        (src_index[p.source], tgt_index[p.target])
        for p in state.aligned.alignment.pairs
        if p.link == "1-1" and p.source is not None and p.target is not None
    ]
    scorer = state.aligned.scorer
    flagged: dict[tuple[int, int], int] = {}
    for n, (i, j) in enumerate(ones):
        here = scorer.pair(i, j).content
        for i2, j2 in ones[n + 1 : n + 3]:
            there = scorer.pair(i2, j2).content
            if not (_evidence(state, i, j2) and _evidence(state, i2, j)):
                continue
            if (
                scorer.pair(i, j2).content > here + _SWAP_MARGIN
                and scorer.pair(i2, j).content > there + _SWAP_MARGIN
            ):
                flagged.setdefault((i, j), i2)
                flagged.setdefault((i2, j2), i)
    for i, j in ones:
        src = state.aligned.source_items[i]
        tgt = state.aligned.target_items[j]
        if (i, j) in flagged:
            other = state.aligned.source_items[flagged[(i, j)]]
            state.add(
                "misaligned",
                "error",
                f"the text under {state.target_name(tgt.id)} translates source measure "
                f"{state.source_name(other.id)}, not {state.source_name(src.id)}: the bodies of "
                "two measures appear swapped",
                source=src.id,
                target=tgt.id,
                line=tgt.line,
            )
            continue
        score = scorer.pair(i, j)
        strong = score.reading if score.reading is not None else score.direct
        if strong is not None and strong < _UNRELATED and score.numbering >= 0.6:
            state.add(
                "misaligned",
                "error",
                f"the text under {state.target_name(tgt.id)} does not match source measure "
                f"{state.source_name(src.id)} although the numbering pairs them "
                f"(content {score.content:.2f}); check that it translates this measure",
                source=src.id,
                target=tgt.id,
                line=tgt.line,
            )


def crossings(state: CheckState) -> None:
    """Pairs that cross the order: bodies swapped under their labels, measures moved."""
    pairs = state.aligned.alignment.pairs
    for pair in pairs:
        if pair.crossing is None or pair.source is None or pair.target is None:
            continue
        tgt = state.target_measures[pair.target]
        if pair.crossing == "swapped":
            holder = next(
                (p.target for p in pairs if p.source != pair.source and p.target and
                 state.target_measures[p.target].number == state.source_measures[pair.source].number
                 and p.crossing == "swapped"),
                None,
            )  # fmt: skip
            under = f" (under {state.target_name(holder)})" if holder else ""
            state.add(
                "swapped",
                "error",
                f"source measure {state.source_name(pair.source)} is translated by the text under "
                f"{_name(tgt)} (line {tgt.span.line}), not by the text under its own label{under}: "
                "the bodies of two measures are swapped; move each body under its label",
                source=pair.source,
                target=pair.target,
                line=tgt.span.line,
            )
        else:
            state.add(
                "misordered",
                "warning",
                f"source measure {state.source_name(pair.source)} (source line "
                f"{state.source_line(pair.source)}) is translated by {_name(tgt)}, which stands "
                "elsewhere in the translation than in the source; move it to its place",
                source=pair.source,
                target=pair.target,
                line=tgt.span.line,
            )


def untranslated(state: CheckState) -> None:
    """Measures, passages and headings still in the source language."""
    source_language: Language = state.source.language
    if state.target.language == source_language:
        return
    name = _LANGUAGE_NAMES[source_language]
    target_to_source = {
        p.target: p.source for p in state.aligned.alignment.pairs if p.target is not None
    }
    for measure in state.target.iter_measures():
        if measure.language == source_language:
            state.add(
                "untranslated",
                "error",
                f"measure {_name(measure)} is still in {name}; translate it",
                source=target_to_source.get(measure.id),
                target=measure.id,
                line=measure.span.line,
            )
            continue
        run = _source_passage(measure.text, source_language)
        if run is not None:
            state.add(
                "untranslated",
                "warning",
                f"measure {_name(measure)} contains a passage in {name}: "
                f"“{shorten(run, 24)}”; translate it",
                source=target_to_source.get(measure.id),
                target=measure.id,
                line=measure.span.line,
            )
    section_pairs = {p.target: p.source for p in state.aligned.alignment.sections if p.target}
    for section in state.target.sections:
        if (
            section.title
            and detect_language(section.title, state.target.language) == source_language
        ):
            state.add(
                "untranslated",
                "warning",
                f"the heading of section {_section_name(section)} is still in {name}; translate it",
                source=section_pairs.get(section.id),
                target=section.id,
                scope="section",
                line=section.span.line,
            )


def _repeated_what(state: CheckState, text: str) -> tuple[str, str | None, Scope, int | None]:
    """What a removed repeat repeats: a measure, a section heading, or some other passage."""
    best: tuple[float, Measure | None] = (0.0, None)
    for measure in state.target.iter_measures():
        score = _similarity(measure.label + measure.text, text)
        if score > best[0]:
            best = (score, measure)
    if best[1] is not None and best[0] >= _REPEAT:
        m = best[1]
        return f"measure {_name(m)} (line {m.span.line})", m.id, "measure", m.span.line
    for section in state.target.sections:
        if _similarity(section.label + section.title, text) >= _REPEAT:
            return (
                f"the heading of section {_section_name(section)} (line {section.span.line})",
                section.id,
                "section",
                section.span.line,
            )
    closing = state.target.closing or ""
    if closing and _similarity(closing, text) >= _REPEAT:
        line = _block_line(state.target, "closing")
        return f"the closing paragraph (line {line})", None, "document", line
    return _earlier_copy(state, text), None, "document", None


def _earlier_copy(state: CheckState, text: str) -> str:
    """Where the first copy of a repeated passage stands, found in the text itself."""
    notice = state.target
    at = notice.text.find(text[:20].strip()) if text.strip() else -1
    block = next((b for b in notice.blocks if b.span.start <= at < b.span.end), None)
    if at < 0 or block is None or block.span.line is None:
        return f"an earlier passage “{shorten(text, 24)}”"
    line = block.span.line + notice.text.count("\n", block.span.start, at)
    if block.kind == "closing":
        return f"the closing paragraph (line {line})"
    if block.kind == "measure" and block.ref in state.target_measures:
        return f"the passage at line {line} (in measure {state.target_name(block.ref)})"
    return f"the passage at line {line}"


def duplicate_passage(state: CheckState) -> None:
    """Passages the translation repeats, as the parser removed and recorded them."""
    removals = [r for r in state.target.removals if r.kind == "duplicate-passage"]
    target_to_source = {
        p.target: p.source for p in state.aligned.alignment.pairs if p.target is not None
    }
    for removal in removals:
        what, target, scope, _ = _repeated_what(state, removal.text)
        source = target_to_source.get(target) if scope == "measure" and target else None
        state.add(
            "duplicate-passage",
            "warning",
            f"line {removal.line} repeats {what}; delete the repeated passage",
            source=source,
            target=target,
            scope=scope,
            line=removal.line,
            # A repeat of no measure or heading is listed after the measures, where it stands.
            order=float(len(state.aligned.alignment.pairs)) if scope == "document" else None,
        )
    if not removals:
        for warning in state.target.warnings:
            if warning.code == "duplicate-passage":
                state.add(
                    "duplicate-passage",
                    "warning",
                    f"{warning.message}; delete the repeated passage",
                    scope="document",
                    line=warning.span.line if warning.span else None,
                )


def _runs(items: list[Measure], key: Callable[[Measure], str]) -> Iterator[list[Measure]]:
    run: list[Measure] = []
    for measure in items:
        if run and key(run[-1]) != key(measure):
            yield run
            run = []
        run.append(measure)
    if run:
        yield run


def numbering(state: CheckState) -> None:
    """Labels out of order, repeated, in another numeral style, or shared by two measures."""
    alignment = state.aligned.alignment
    if alignment.segmentation == "paragraphs":
        # What the parse by labels warned of (gaps, labels out of order) is gone
        # with that parse: how each measure was found instead.
        runs = state.aligned.segmentation.runs if state.aligned.segmentation else ()
        found = "; ".join(run.describe() for run in runs)
        state.add(
            "numbering",
            "warning",
            f"the translation's labels cannot be trusted ({alignment.segmentation_reason}): "
            "its measures were found paragraph by paragraph, guided by the source"
            f"{f' ({found})' if found else ''}; label each measure as the source does",
            scope="document",
            line=state.aligned.target_items[0].line if state.aligned.target_items else None,
        )
    for warning in state.target.warnings:
        if warning.code.startswith("numbering"):
            state.add(
                "numbering",
                "warning",
                warning.message,
                scope="document",
                line=warning.span.line if warning.span else None,
                order=float(len(state.aligned.alignment.pairs)),
            )
    # Numeral style: a run of labels in another style than most of their level.
    # A label in no numeral style (``(IV-2)``, made up) is no style to correct.
    top = [m for s in state.target.sections for m in s.measures if m.label and m.style != "none"]
    styles = [m.style for m in top]
    if styles:
        usual = max(set(styles), key=styles.count)
        usual_label = next(m for m in top if m.style == usual)
        for run in _runs(top, lambda m: m.style):
            if run[0].style == usual:
                continue
            names = run[0].label if len(run) == 1 else f"{run[0].label}–{run[-1].label}"
            fixed = ", ".join(_label_like(usual_label, m.number) for m in run[:3])
            state.add(
                "numbering",
                "warning",
                f"labels {names} are in another numeral style than the other measures "
                f"(such as {usual_label.label}); write {fixed}{'…' if len(run) > 3 else ''}",
                target=run[0].id,
                line=run[0].span.line,
            )
    pairs = state.aligned.alignment.pairs
    n = 0
    while n < len(pairs):
        pair = pairs[n]
        if pair.link in ("2-1", "1-2"):
            group = [p for p in pairs[n : n + 2]]
            sources = sorted({p.source for p in group if p.source})
            targets = sorted({p.target for p in group if p.target})
            if pair.link == "2-1":
                message = (
                    f"{state.target_name(targets[0])} holds two source measures, "
                    f"{' and '.join(state.source_name(s) for s in sources)}; give the second its own label"
                )
            else:
                message = (
                    f"source measure {state.source_name(sources[0])} is split over "
                    f"{' and '.join(state.target_name(t) for t in targets)}; join them under one label"
                )
            state.add(
                "merged" if pair.link == "2-1" else "split", "warning", message,
                source=sources[0], target=targets[0], line=state.target_line(targets[0]),
            )  # fmt: skip
            n += 2
            continue
        if pair.link == "1-1" and pair.source and pair.target and pair.crossing is None:
            src = state.source_measures[pair.source]
            tgt = state.target_measures[pair.target]
            if src.number != tgt.number and tgt.label:  # an unlabelled one is reported above
                state.add(
                    "numbering",
                    "warning",
                    f"{_name(tgt)} translates source measure {_name(src)}; "
                    f"number it {_label_like(tgt, src.number)}",
                    source=src.id,
                    target=tgt.id,
                    line=tgt.span.line,
                )
        n += 1


def _facts_findings(
    state: CheckState,
    source_facts: list[Fact],
    target_facts: list[Fact],
    where: str,
    *,
    source: str | None,
    target: str | None,
    scope: Scope,
    line: int | None,
) -> None:
    comparison = compare_facts(source_facts, target_facts)
    changed = comparison.changed
    for old, new in changed:
        state.add(
            "number-mismatch",
            "error",
            f"{where}: the source has {old.describe()}, the translation {new.describe()}; "
            "correct the number",
            source=source, target=target, scope=scope, line=line,
        )  # fmt: skip
    changed_old = [old for old, _ in changed]
    changed_new = [new for _, new in changed]
    missing = [f for f in comparison.missing if f not in changed_old]
    extra = [f for f in comparison.extra if f not in changed_new]
    if missing:
        state.add(
            "number-mismatch",
            "warning",
            f"{where}: {', '.join(f.describe() for f in missing)} in the source "
            f"{'is' if len(missing) == 1 else 'are'} missing from the translation",
            source=source, target=target, scope=scope, line=line,
        )  # fmt: skip
    if extra:
        state.add(
            "number-mismatch",
            "warning",
            f"{where}: {', '.join(f.describe() for f in extra)} in the translation "
            f"{'is' if len(extra) == 1 else 'are'} not in the source",
            source=source, target=target, scope=scope, line=line,
        )  # fmt: skip


def _block_line(notice: Notice, kind: str) -> int | None:
    return next((b.span.line for b in notice.blocks if b.kind == kind), None)


def number_mismatch(state: CheckState) -> None:
    """Amounts, percentages, years, dates and counts that differ between the versions."""
    for field_name in ("preamble", "closing"):
        src_text = getattr(state.source, field_name) or ""
        tgt_text = getattr(state.target, field_name) or ""
        if src_text and tgt_text:
            _facts_findings(
                state,
                extract_facts(src_text, state.source.language),
                extract_facts(tgt_text, detect_language(tgt_text, state.target.language)),
                f"in the {field_name}",
                source=None,
                target=None,
                scope="document",
                line=_block_line(state.target, field_name),
            )
    for sources, targets in _groups(state):
        src_items = [state.source_items[s] for s in sources]
        tgt_items = [state.target_items[t] for t in targets]
        _facts_findings(
            state,
            [f for i in src_items for f in i.facts],
            [f for i in tgt_items for f in i.facts],
            f"measure {state.target_name(targets[0])}",
            source=sources[0],
            target=targets[0],
            scope="measure",
            line=tgt_items[0].line,
        )


def _groups(state: CheckState) -> Iterator[tuple[list[str], list[str]]]:
    """Paired measures, a merge or split as one group: (source ids, target ids)."""
    pairs = state.aligned.alignment.pairs
    n = 0
    while n < len(pairs):
        pair = pairs[n]
        size = 2 if pair.link in ("2-1", "1-2") else 1
        group = pairs[n : n + size]
        n += size
        sources = list(dict.fromkeys(p.source for p in group if p.source))
        targets = list(dict.fromkeys(p.target for p in group if p.target))
        if sources and targets:
            yield sources, targets


def _unit_names(items: list[Measure]) -> tuple[set[str], list[str]]:
    resolved = {u.canonical for m in items for u in m.responsible_units if u.canonical}
    unresolved = [u.name for m in items for u in m.responsible_units if not u.canonical]
    return resolved, unresolved


def units(state: CheckState) -> None:
    """Responsible units left out or different in the translation."""
    for sources, targets in _groups(state):
        src = [state.source_measures[s] for s in sources]
        tgt = [state.target_measures[t] for t in targets]
        src_units = [u for m in src for u in m.responsible_units]
        tgt_units = [u for m in tgt for u in m.responsible_units]
        line = tgt[0].span.line
        if src_units and not tgt_units:
            names = _list_names(
                [_unit_in(u.canonical, u.name, state.target.language) for u in src_units],
                state.target.language,
            )
            state.add(
                "missing-units",
                "error",
                f"measure {_name(tgt[0])} names no responsible units; the source names {names}: "
                "add them",
                source=sources[0],
                target=targets[0],
                line=line,
            )
            continue
        if not src_units or not tgt_units:
            continue
        (src_resolved, src_unknown), (tgt_resolved, tgt_unknown) = (
            _unit_names(src),
            _unit_names(tgt),
        )
        if src_resolved == tgt_resolved:
            if len(src_unknown) == len(tgt_unknown):
                continue  # the same units, some unknown to the registry on both sides
            state.add(
                "unit-mismatch",
                "warning",
                f"measure {_name(tgt[0])} names {len(tgt_units)} responsible units, the source "
                f"{len(src_units)}; check the list (not in the unit registry: "
                f"{'、'.join(src_unknown + tgt_unknown)})",
                source=sources[0], target=targets[0], line=line,
            )  # fmt: skip
            continue
        parts = []
        if lacking := sorted(src_resolved - tgt_resolved):
            language = state.target.language
            named = [_unit_in(c, c, language) for c in lacking]
            parts.append(f"missing {_list_names(named, language)}")
        if added := sorted(tgt_resolved - src_resolved):
            language = state.target.language
            named = [_unit_in(c, c, language) for c in added]
            parts.append(f"not in the source {_list_names(named, language)}")
        unknown = src_unknown + tgt_unknown
        note = f" (not in the unit registry: {'、'.join(unknown)})" if unknown else ""
        state.add(
            "unit-mismatch",
            # A name the registry does not know may be one of the units that seem
            # missing, unless it stands in for a unit of the source the registry knows:
            # then the translation names a body the source does not.
            "warning" if src_unknown or (unknown and not lacking) else "error",
            f"measure {_name(tgt[0])} names other responsible units than the source: "
            f"{'; '.join(parts)}{note}",
            source=sources[0],
            target=targets[0],
            line=line,
        )


def _unit_in(canonical: str | None, written: str, language: Language) -> str:
    """A unit's name in ``language`` from the registry (its written name if unknown)."""
    if canonical is None:
        return written
    from ..units import unit_registry

    entry = unit_registry().get(canonical)
    names = entry.names(language) if entry is not None else ()
    # The canonical name stays beside the translated one: it is what the registry is searched by.
    return f"{names[0]} ({canonical})" if names and language != "zh" else canonical


def _list_names(names: list[str], language: Language) -> str:
    return "、".join(names) if language == "zh" else ", ".join(names)


#: The rules in the order their findings are listed for one place.
RULES: tuple[Rule, ...] = (
    wrong_language,
    missing_section,
    missing_measure,
    extra_measure,
    misaligned,
    crossings,
    untranslated,
    duplicate_passage,
    numbering,
    number_mismatch,
    units,
)


def run_rules(state: CheckState, rules: tuple[Rule, ...] = RULES) -> list[Finding]:
    """Run ``rules`` over ``state``; the findings in document order."""
    for rule in rules:
        rule(state)
    return state.sorted_findings()
