"""The numbering engine: from paragraphs to sections, measures and items.

Markers are looked for at the start of every paragraph and, inside a
paragraph, right after a sentence end (two measures on one line, measures run
together in one paragraph).  A candidate is trusted only if it fits the
sequence: the next ordinal of its style, or 1 where its parent is new, or a
small gap (reported).  Levels come from the order styles first appear in, so
skipped levels (一、 straight to 1.) need no special case.  The top level is
the sections; the first level under a section is its measures; deeper levels
are items.  A document with a single level gets one unnumbered section.
"""

from __future__ import annotations

import bisect
import functools
import itertools
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

import regex

from ..errors import InternalError
from ..ground.numbering import Marker, match_marker
from ..schema import (
    Language,
    Measure,
    MeasureKind,
    NumberingStyle,
    ResponsibleUnit,
    Section,
    SectionKind,
    Span,
    with_shared_fields_set,
)
from ..schema.types import MEASURE_ID_PATTERN
from ..units import MAX_CLAUSE
from ..units.brackets import CLOSE, OPEN
from .excerpts import Excerpt, Gaps
from .state import Paragraph, ParseState

__all__ = ["NumberingProfile", "measure_units", "parse_body"]


def measure_units(text: str, language: Language) -> tuple[int, list[ResponsibleUnit]]:
    """The unit clauses of a measure text: where the first starts (or -1) and the units.

    Offsets, the clause's and each unit's ``span``, are relative to ``text``;
    the spans carry no lines until :func:`_build_measure` places them in the notice.
    """
    stripped = text.strip()
    lead = len(text) - len(text.lstrip())
    start, units = _measure_units(stripped, language)
    return (start + lead if start >= 0 else -1), [_shifted(unit, lead) for unit in units]


def _shifted(unit: ResponsibleUnit, by: int) -> ResponsibleUnit:
    if unit.span is None:
        return unit.model_copy()
    span = Span(start=unit.span.start + by, end=unit.span.end + by)
    return unit.model_copy(update={"span": span})


# The engine asks while a measure grows and again when it is built: ask once.
@functools.lru_cache(maxsize=512)
def _measure_units(text: str, language: Language) -> tuple[int, tuple[ResponsibleUnit, ...]]:
    from ..ground.language import detect_language
    from ..units import find_unit_clauses, to_responsible_units

    # A passage left untranslated writes its units in its own language.
    lang = detect_language(text, default=language)
    clauses = find_unit_clauses(text, lang)
    if not clauses:
        return -1, ()
    units = to_responsible_units(clauses, lang, lambda start, end: Span(start=start, end=end))
    return clauses[0].start, tuple(units)


def _placed(
    unit: ResponsibleUnit, base: int, excerpt: Excerpt, state: ParseState
) -> ResponsibleUnit:
    """``unit`` with its span, relative to a measure text at ``base`` of ``excerpt``, placed
    in the notice."""
    if unit.span is None:
        return unit
    start = excerpt.to_notice(base + unit.span.start)
    end = excerpt.to_notice(base + unit.span.end, end=True)
    placed = unit.model_copy(update={"span": state.span(start, end)})
    return with_shared_fields_set(placed)


_LABEL_WORD = regex.compile(r"\p{Han}+")


def _style_key(marker: Marker) -> str:
    # Labelled forms nest by their word: 行动1： above ——任务1：, each numbered on its own.
    if marker.form == "label" and (word := _LABEL_WORD.search(marker.raw)):
        return f"{marker.style}:{word.group()}"
    return marker.style


@dataclass(frozen=True, slots=True)
class NumberingProfile:
    """How a language writes numbering and sentences."""

    families: frozenset[str]
    level_key: Callable[[Marker], str] = _style_key
    """Markers with the same key are one level (e.g. Roman and Arabic ``(13)`` in English)."""
    sentence_end: str = r"[。；;！？!?]"
    """What must stand before an inline marker."""
    title_end: str = r"[。！？!?]|\.(?=\s|$)"
    """Where a measure's title ends."""
    max_gap: int = 2
    """Largest jump in ordinals still read as numbering (with a warning)."""
    units: Callable[[str, Language], tuple[int, list[ResponsibleUnit]]] | None = None
    """Finds the unit clause of a measure text: (offset where it starts or -1, units)."""
    heading: Callable[[Paragraph], bool] | None = None
    """An unnumbered paragraph that is a section heading (for versions that drop numbers)."""
    reported_repeats: frozenset[int] = frozenset()
    """Offsets of markers whose repeated number is already reported (as a numbering conflict)."""
    canonical: tuple[str, ...] = ()
    """Styles in the order the language nests them (一、 above （一） above 1. above （1））:
    a style that appears after one it stands above moves that one a level down."""
    gaps_are_missing_sections: bool = False
    """A gap in the section numbers is a heading left out: :func:`parse_body` returns it for
    the caller to report instead of warning of a numbering gap."""


@dataclass
class _Node:
    marker: Marker | None  # None for an unnumbered heading
    key: str
    level: int
    start: int  # offset of the marker in the text
    body_start: int  # offset after the marker
    end: int  # end of the node's own text (before its first child)
    children: list[_Node] = field(default_factory=list)
    closed: bool = False  # own text ended with a unit clause: later paragraphs are not its own
    trailing: list[Paragraph] = field(default_factory=list)
    run: int = 1  # which list of its parent it is in: 2 for a list that starts again at 1
    # Brackets of the own text still open where `scanned` is (see `_Walker._clause_window`).
    opens: list[int] = field(default_factory=list)
    scanned: int = -1
    own: list[Paragraph] = field(default_factory=list)  # the paragraphs its own text is in


@dataclass
class _Walker:
    state: ParseState
    profile: NumberingProfile
    level_of: dict[str, int] = field(default_factory=dict)
    last: dict[str, int] = field(default_factory=dict)  # key → last ordinal
    parent_at_last: dict[str, int] = field(default_factory=dict)  # key → id(parent) then
    roots: list[_Node] = field(default_factory=list)
    stack: list[_Node] = field(default_factory=list)
    preamble: list[Paragraph] = field(default_factory=list)
    # Warnings wait until the sections are built: only then is a gap known to be a section's.
    pending: list[tuple[str, str, Marker]] = field(default_factory=list)
    restarts: set[str] = field(default_factory=set)  # keys whose next 1 starts a new list
    runs: dict[tuple[int, str], int] = field(default_factory=dict)  # (parent, key) → list number
    sentence_end: regex.Pattern[str] = field(init=False)
    para: Paragraph | None = None  # the paragraph being fed
    gaps: Gaps = field(default_factory=Gaps)  # paragraphs taken out between those fed

    def __post_init__(self) -> None:
        self.sentence_end = regex.compile(self.profile.sentence_end + r"[ \t\u3000]*")

    # -- sequence ----------------------------------------------------------------
    def _parent_for(self, level: int) -> _Node | None:
        for node in reversed(self.stack):
            if node.level < level:
                return node
        return None

    def _accept(self, marker: Marker, at_paragraph_start: bool) -> int | None:
        """The level of ``marker`` if it fits the numbering, else None."""
        key = self.profile.level_key(marker)
        if key in self.level_of:
            level = self.level_of[key]
            parent = self._parent_for(level)
            parent_changed = self.parent_at_last.get(key) != id(parent)
            expected = self.last[key] + 1
            n = marker.ordinal
            if n == expected or (n == 1 and parent_changed):
                return level
            if n == 1 and at_paragraph_start and key in self.restarts:
                self.restarts.discard(key)
                run = (id(parent), key)
                self.runs[run] = self.runs.get(run, 1) + 1
                return level  # a second list under the same parent (see `feed`)
            if at_paragraph_start and expected < n <= expected + self.profile.max_gap:
                missing = ", ".join(str(i) for i in range(expected, n))
                noun = "number" if n == expected + 1 else "numbers"
                message = f"{marker.raw} follows number {self.last[key]}: {noun} {missing} missing"
                self.pending.append(("numbering-gap", message, marker))
                return level
            if at_paragraph_start and n == self.last[key]:
                if marker.start not in self.profile.reported_repeats:
                    message = f"{marker.raw} repeats number {n}"
                    self.pending.append(("numbering-repeat", message, marker))
                return level
            return None
        # A style not seen before starts a deeper level, and only with 1.
        if marker.ordinal != 1 and not (at_paragraph_start and marker.ordinal == 2):
            return None
        level = (self.stack[-1].level + 1) if self.stack else 1
        self._make_room(key, level)
        return level

    def _make_room(self, key: str, level: int) -> None:
        """Move the styles that nest below ``key`` under it, from here on.

        Sections may differ in depth: 1. straight under 一、 in one section,
        （一） above 1. in the next.  Levels come from the order styles appear in,
        so the later （一） would stand beside 1.; in the order the language
        nests them, it stands above, and 1. goes one level down (the sections
        already read keep their shape).
        """
        order = self.profile.canonical
        if key not in order:
            return
        rank = order.index(key)
        deeper = [k for k in self.level_of if k in order and order.index(k) > rank]
        if any(self.level_of[k] >= level for k in deeper):
            for k in deeper:
                if self.level_of[k] >= level:
                    self.level_of[k] += 1

    def _open(
        self, marker: Marker | None, key: str, level: int, start: int, body_start: int
    ) -> _Node:
        while self.stack and self.stack[-1].level >= level:
            self.stack.pop()
        parent = self.stack[-1] if self.stack else None
        node = _Node(marker, key, level, start, body_start, body_start)
        if self.para is not None:
            node.own.append(self.para)
        node.run = self.runs.get((id(parent), key), 1)
        (parent.children if parent else self.roots).append(node)
        self.stack.append(node)
        self.level_of.setdefault(key, level)
        if marker is not None:
            self.last[key] = marker.ordinal
            self.parent_at_last[key] = id(parent)
        return node

    # -- paragraphs --------------------------------------------------------------
    def _next_inline(self, para: Paragraph, cursor: int) -> tuple[Marker, int] | None:
        """The first accepted marker inside ``para`` after ``cursor`` that follows a sentence end."""
        text = self.state.text
        for m in self.sentence_end.finditer(text, cursor, para.end):
            pos = m.end()
            if pos >= para.end:
                break
            marker = match_marker(text, pos, endpos=para.end, families=self.profile.families)
            # Inline, a style already in use continues its sequence; a new one only
            # opens a list run into the paragraph (（1）…。（2）…), its 2 in sight.
            if marker is None:
                continue
            if self.profile.level_key(marker) not in self.level_of and not self._run_in_list(
                marker, para
            ):
                continue
            level = self._accept(marker, at_paragraph_start=False)
            if level is not None:
                return marker, level
        return None

    def _opens_second_list(self, node: _Node, nxt: Paragraph | None) -> bool:
        """Whether an unnumbered paragraph after item ``node`` introduces a second list.

        An article may hold two lists, each introduced by a sentence of its own
        (…应当具备下列条件：(一)…(四)… 区…应当具备下列条件：(一)…): the paragraph
        between them is the article's, and the next list starts again at 1.
        """
        if nxt is None or node.marker is None or self._parent_for(node.level) is None:
            return False
        marker = match_marker(
            self.state.text, nxt.start, endpos=nxt.end, families=self.profile.families
        )
        return (
            marker is not None
            and marker.ordinal == 1
            and self.profile.level_key(marker) == node.key
            and self.last.get(node.key, 0) > 1
        )

    def _run_in_list(self, first: Marker, para: Paragraph) -> bool:
        """Whether ``first`` opens a list run into ``para``: a 1 whose 2 follows a later sentence end."""
        if first.ordinal != 1:
            return False
        text = self.state.text
        key = self.profile.level_key(first)
        for m in self.sentence_end.finditer(text, first.end, para.end):
            second = match_marker(text, m.end(), endpos=para.end, families=self.profile.families)
            if second is not None and second.ordinal == 2 and self.profile.level_key(second) == key:
                return True
        return False

    def feed(self, para: Paragraph, nxt: Paragraph | None = None) -> None:
        text = self.state.text
        self.para = para
        marker = match_marker(text, para.start, endpos=para.end, families=self.profile.families)
        level = self._accept(marker, at_paragraph_start=True) if marker else None
        if marker is not None and level is not None:
            node = self._open(
                marker, self.profile.level_key(marker), level, marker.start, marker.end
            )
            cursor = marker.end
        elif self.profile.heading is not None and self.profile.heading(para):
            node = self._open(None, "heading", 1, para.start, para.start)
            node.end = para.end
            return
        elif not self.stack:
            self.preamble.append(para)
            return
        else:
            node = self.stack[-1]
            if self._opens_second_list(node, nxt):
                parent = self._parent_for(node.level)
                assert parent is not None
                parent.trailing.append(para)
                self.restarts.add(node.key)
                return
            if node.closed or node.children:
                node.trailing.append(para)
                return
            node.own.append(para)
            cursor = para.start
        if marker is not None and level is not None and marker.form in ("chapter", "part"):
            node, cursor = self._article_on_heading_line(node, para, cursor)
        # Measures run together in one paragraph: split where the next marker follows a sentence end.
        while (found := self._next_inline(para, cursor)) is not None:
            inline, level = found
            node.end = _rstrip_at(text, inline.start)
            node = self._open(
                inline, self.profile.level_key(inline), level, inline.start, inline.end
            )
            cursor = inline.end
        node.end = para.end
        node.closed = self._ends_with_units(node, max(node.body_start, para.start))

    def _article_on_heading_line(
        self, node: _Node, para: Paragraph, cursor: int
    ) -> tuple[_Node, int]:
        """A chapter heading with its first article run into the same line (第六章 附则第三十七条…).

        A heading holds no sentence, so the article follows no sentence end; it
        is found by its own form, and only an article the numbering accepts.
        """
        text = self.state.text
        for m in _ARTICLE_NUMBER.finditer(text, cursor, para.end):
            article = match_marker(text, m.start(), endpos=para.end, families=self.profile.families)
            if article is None or article.form != "article":
                continue
            level = self._accept(article, at_paragraph_start=True)
            if level is None:
                continue
            node.end = _rstrip_at(text, article.start)
            key = self.profile.level_key(article)
            return self._open(article, key, level, article.start, article.end), article.end
        return node, cursor

    def _ends_with_units(self, node: _Node, since: int) -> bool:
        """Whether the own text of ``node``, grown by ``text[since:node.end]``, names units.

        The own text had no unit clause before ``since`` (else the paragraph
        would not be its own), so a long one is read only from where a new
        clause can start: the paragraph added, or a bracket still open before it.
        """
        if self.profile.units is None:
            return False
        start = node.body_start
        if node.end - start > _READ_WHOLE:
            start = self._clause_window(node, since)
        own = self.state.text[start : node.end]
        found, units = self.profile.units(own, self.state.language)
        return bool(units) and found >= 0

    def _clause_window(self, node: _Node, since: int) -> int:
        """Where a clause ending after ``since`` can start: ``since``, or a bracket open there.

        A clause reaches at most ``MAX_CLAUSE`` past its bracket, so only the
        brackets left open within that reach matter; they are kept on the node
        and brought up to date from where the last call left off.
        """
        text = self.state.text
        if node.scanned < node.body_start:
            node.scanned, node.opens = node.body_start, []
        for m in _BRACKET.finditer(text, node.scanned, max(node.scanned, since)):
            if m.group() in OPEN:
                node.opens.append(m.start())
            elif node.opens:
                node.opens.pop()
        node.scanned = max(node.scanned, since)
        reach = bisect.bisect_left(node.opens, since - MAX_CLAUSE)
        del node.opens[:reach]
        return min([since] + node.opens[:1])


# An own text up to this long is read whole for its unit clause; beyond, from where one can start.
_READ_WHOLE = 2 * MAX_CLAUSE
_MEASURE_ID = regex.compile(MEASURE_ID_PATTERN)
_BRACKET = regex.compile("[" + regex.escape(OPEN + CLOSE) + "]")

_ARTICLE_NUMBER = regex.compile(r"第[〇零一二两三四五六七八九十百0-9]{1,5}条")


def _rstrip_at(text: str, pos: int) -> int:
    """``pos`` moved back over white space."""
    while pos > 0 and text[pos - 1].isspace():
        pos -= 1
    return pos


@functools.lru_cache(maxsize=16)
def _compiled(pattern: str) -> regex.Pattern[str]:
    # `regex.search(pattern, …)` looks its cache up at a cost that shows over 10,000 measures.
    return regex.compile(pattern)


def _title(text: str, title_end: str) -> str:
    first = text.split("\n", 1)[0]
    m = _compiled(title_end).search(first)
    return (first[: m.start()] if m else first).strip()


@dataclass
class _Ids:
    """The measure ids given so far, and for each path the next ``-N`` suffix to try."""

    taken: set[str] = field(default_factory=set)
    suffix: dict[str, int] = field(default_factory=dict)

    def unique(self, path: str, ordinal: int, run: int) -> str:
        """``path.ordinal`` (``-run`` for a list that starts again), else the next free suffix.

        A segment holds one suffix at most (the schema's pattern), so a number
        given again in a list that starts again (``4-2`` twice) becomes ``4-3``,
        not ``4-2-2``; the counter never goes back, so each id costs one lookup
        however often its number repeats.
        """
        key = f"{path}.{ordinal}" if path else str(ordinal)
        mid = key if run == 1 else f"{key}-{run}"
        if mid in self.taken:
            n = self.suffix.get(key, 2)
            while f"{key}-{n}" in self.taken:
                n += 1
            self.suffix[key] = n + 1
            mid = f"{key}-{n}"
        if not _MEASURE_ID.match(mid):
            raise InternalError(f"measure id {mid!r} does not follow the schema")
        self.taken.add(mid)
        return mid


# An article's own title, in brackets right after its number: 第二条（适用范围）, 第一条【立法目的】.
_ARTICLE_TITLE = regex.compile(
    r"^[（(【〔\[]\s*(?P<title>[^（()）【】〔〕\[\]。；\n]{1,40}?)\s*[）)】〕\]]"
)


def _measure_title(text: str, marker: Marker, profile: NumberingProfile) -> str:
    if marker.form == "article" and (bracketed := _ARTICLE_TITLE.match(text)):
        return bracketed["title"]
    return _title(text, profile.title_end)


def _build_measure(
    node: _Node,
    path: str,
    state: ParseState,
    profile: NumberingProfile,
    ids: _Ids,
    *,
    gaps: Gaps,
    item: bool = False,
    part: str | None = None,
) -> Measure:
    assert node.marker is not None
    marker = node.marker
    # Every item of a list that starts again under its parent carries the list's number.
    mid = ids.unique(path, marker.ordinal, node.run)
    # A repeat taken out between the measure's paragraphs is not its wording.
    excerpt = gaps.excerpt(state, node.body_start, node.end)
    raw = excerpt.text
    text = raw.strip()
    units: list[ResponsibleUnit] = []
    clause_at = -1
    if profile.units is not None:
        # Unit offsets are relative to the stripped text: count its leading white space.
        lead = len(raw) - len(raw.lstrip())
        clause_at, found = profile.units(text, state.language)
        # An article's own title in brackets (第四条（管理部门）) names no responsible unit.
        bracketed = _ARTICLE_TITLE.match(text) if marker.form == "article" else None
        if bracketed is not None:
            found = [u for u in found if u.span is None or u.span.start >= bracketed.end()]
            clause_at = -1
        units = [_placed(unit, lead, excerpt, state) for unit in found]
    title = _measure_title(text, marker, profile)
    if 0 <= clause_at < len(title):
        # No sentence end before the unit clause (《…办法》（责任单位：…）): the title stops there.
        title = text[:clause_at].rstrip()
    from ..ground.language import detect_language

    language = detect_language(text, default=state.language) if text else state.language
    items = [
        _build_measure(child, mid, state, profile, ids, gaps=gaps, item=True)
        for child in node.children
        if child.marker
    ]
    end = _subtree_end(node)
    _claim_own(state, "measure", node, node.start, mid)
    if not text and not items:
        # A number on a line of its own, nothing under it: a text cut short, or a
        # heading read as a number.
        state.warn(
            "empty-measure", f"{marker.raw} numbers a measure with no text", node.start, node.end
        )
    label = state.original(marker.start, marker.start + len(marker.raw)).strip()
    kind = MeasureKind.ARTICLE if marker.form == "article" else MeasureKind.ITEM if item else None
    measure = Measure(
        id=mid,
        kind=kind or MeasureKind.MEASURE,
        part=part,
        number=marker.ordinal,
        label=label,
        style=marker.style,
        title=title,
        text=text,
        original=excerpt.original.strip(),
        language=language,
        responsible_units=units,
        items=items,
        span=state.span(node.start, end),
    )
    return with_shared_fields_set(measure)


def _claim_own(
    state: ParseState,
    kind: str,
    node: _Node,
    start: int,
    ref: str,
    paras: list[Paragraph] | None = None,
) -> None:
    """Claim the own text of ``node`` from ``start``: one block per run of neighbouring
    paragraphs, so that a paragraph taken out between them (a repeat) stays its own block."""
    own = node.own if paras is None else paras
    runs: list[list[Paragraph]] = []
    for para in own:
        if runs and state.paragraphs[state.index(runs[-1][-1]) + 1 : state.index(para)]:
            runs.append([para])
        elif runs:
            runs[-1].append(para)
        else:
            runs.append([para])
    if len(runs) <= 1:
        state.claim(kind, start, node.end, ref)
        return
    for i, run in enumerate(runs):
        first = start if i == 0 else run[0].start
        last = node.end if i == len(runs) - 1 else run[-1].end
        state.claim(kind, first, last, ref)


def _subtree_end(node: _Node) -> int:
    end = node.end
    for child in node.children:
        end = max(end, _subtree_end(child))
    for para in node.trailing:
        end = max(end, para.end)
    return end


def _collect_trailing(node: _Node) -> list[Paragraph]:
    out = list(node.trailing)
    for child in node.children:
        out.extend(_collect_trailing(child))
    return sorted(out, key=lambda p: p.start)


def parse_body(
    state: ParseState, paras: Sequence[Paragraph], profile: NumberingProfile
) -> list[tuple[Section, Section]]:
    """Parse ``paras`` (the body of the plan) into preamble, sections and closing.

    Returns the pairs of numbered sections with numbers missing between them
    when the profile reads such gaps as missing sections (else they are
    warned of as numbering gaps, and the list is empty).
    """
    walker = _Walker(state, profile, gaps=Gaps.between(state, paras))
    for para, nxt in itertools.zip_longest(paras, paras[1:]):
        walker.feed(para, nxt)
    if walker.preamble:
        state.fields.preamble = "\n".join(p.text for p in walker.preamble)
        state.claim_paragraphs("preamble", walker.preamble)
    roots = walker.roots
    if not roots:
        _report(state, walker.pending, {})
        return []
    built = _build_sections(state, walker, profile)
    gaps: dict[int, tuple[Section, Section]] = {}
    if profile.gaps_are_missing_sections:
        numbered = [s for s in built if s.number > 0]
        for before, after in itertools.pairwise(numbered):
            if after.number > before.number + 1:
                gaps[after.span.start] = (before, after)
    return _report(state, walker.pending, gaps)


def _report(
    state: ParseState,
    pending: list[tuple[str, str, Marker]],
    gaps: dict[int, tuple[Section, Section]],
) -> list[tuple[Section, Section]]:
    """Warn of the walker's findings but the section gaps, which are returned."""
    handed: list[tuple[Section, Section]] = []
    for code, message, marker in pending:
        if code == "numbering-gap" and marker.start in gaps:
            handed.append(gaps[marker.start])
        else:
            state.warn(code, message, marker.start, marker.end)
    return handed


def _build_sections(state: ParseState, walker: _Walker, profile: NumberingProfile) -> list[Section]:
    """Sections (with their measures) and closing from the walker's tree; the sections built."""
    roots = walker.roots
    depth = _depth(roots)
    ids = _Ids()
    if depth == 1 or _form(roots[0]) == "article":
        # A single numbering level, or a regulation without chapters (its articles
        # the top level, their 项 below): measures of one unnumbered section.
        section_nodes: list[tuple[_Node | None, list[_Node]]] = [(None, roots)]
    else:
        section_nodes = [(node, node.children) for node in roots]
    last_node = roots[-1]
    closing: list[Paragraph] = []
    sections: list[Section] = []
    for head, children in section_nodes:
        number = head.marker.ordinal if head is not None and head.marker else 0
        sid = str(number)
        path = sid
        measures = [
            _build_measure(child, path, state, profile, ids, gaps=walker.gaps, part=part)
            for child, part in _through_parts(state, children, sid)
        ]
        extra: list[Paragraph] = []
        for child in children:
            trailing = _collect_trailing(child)
            if child is children[-1] and head is last_node or (head is None and child is last_node):
                closing.extend(trailing)
            else:
                extra.extend(trailing)
        if head is not None:
            heading_text = walker.gaps.excerpt(state, head.body_start, head.end).text.strip()
            title_line = heading_text.split("\n", 1)[0]
            own_text = heading_text[len(title_line) :].strip()
            extra_text = "\n".join(p.text for p in extra)
            text = "\n".join(t for t in (own_text, extra_text) if t)
            label = state.original(head.start, head.body_start).strip() if head.marker else ""
            state.claim(
                "section-heading",
                head.start,
                head.start + len(state.text[head.start : head.end].split("\n", 1)[0]),
                sid,
            )
            if own_text:
                # By position: the paragraphs after the heading's (the heading may end
                # with the very words its text starts with).
                after = head.own[1:]
                if after:
                    _claim_own(state, "section-text", head, after[0].start, sid, after)
            span_start, span_end = head.start, max([_subtree_end(head)] + [p.end for p in extra])
            sections.append(
                Section(
                    id=sid,
                    kind=SectionKind.CHAPTER if _form(head) == "chapter" else SectionKind.SECTION,
                    number=number,
                    label=label,
                    style=head.marker.style if head.marker else NumberingStyle.NONE,
                    title=title_line.strip(),
                    text=text,
                    measures=measures,
                    span=state.span(span_start, span_end),
                )
            )
        else:
            text = "\n".join(p.text for p in extra)
            start = min(m.span.start for m in measures) if measures else 0
            end = max([m.span.end for m in measures] + [p.end for p in extra]) if measures else 0
            sections.append(
                Section(
                    id=sid, number=0, label="", style=NumberingStyle.NONE, title="", text=text,
                    measures=measures, span=state.span(start, end),
                )
            )  # fmt: skip
        for para in extra:
            state.claim("section-text", para.start, para.end, sid)
    state.sections.extend(sections)
    if closing:
        state.fields.closing = "\n".join(p.text for p in closing)
        state.claim_paragraphs("closing", closing)
    return sections


def _form(node: _Node) -> str:
    return node.marker.form if node.marker is not None else ""


def _through_parts(
    state: ParseState, children: list[_Node], sid: str
) -> list[tuple[_Node, str | None]]:
    """A section's measures with the 节 each stands in: the articles of a 节 are the
    chapter's measures, and the 节 is recorded on them (``Measure.part``)."""
    out: list[tuple[_Node, str | None]] = []
    part: str | None = None
    for child in children:
        if child.marker is None:
            continue
        if _form(child) != "part":
            # A 节 read at the articles' level stands before them, not above them.
            out.append((child, part))
            continue
        line = state.text[child.start : child.end].split("\n", 1)[0].strip()
        state.claim("section-heading", child.start, child.start + len(line), sid)
        label = state.original(child.start, child.body_start).strip()
        part = f"{label} {state.text[child.body_start : child.start + len(line)].strip()}"
        out.extend((grandchild, part) for grandchild in child.children if grandchild.marker)
    return out


def _depth(nodes: list[_Node]) -> int:
    return 1 + max((_depth(n.children) for n in nodes if n.children), default=0)
