"""What only translations have: front matter, a numbering layout, repeats, missing sections.

Translations published on the web do not follow GB/T 9704 to the letter: they
open with front-matter lines (``Source: …``, ``Original Title: …``), and their
numbering is looser than the original's: sections ``I.``/``1.``/``Ⅰ.`` or none
at all, measures ``(I)``, ``(1)`` or ``1.``, a switch from Roman to Arabic and
back inside one sequence, ``1.`` for both sections and measures, measures run
together in one paragraph, a section heading left out, a passage pasted twice.
The frame around the body is read by :mod:`shpolicy.parsers.frame`.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from itertools import pairwise

import regex

from ..ground.dates import parse_date
from ..ground.docnumbers import find_doc_number
from ..ground.numbering import Marker, int_to_roman, match_marker
from ..ground.numerals import int_to_cjk
from ..schema import Section
from .body import NumberingProfile, measure_units, parse_body
from .conventions import Conventions
from .dedupe import Passage, remove_duplicates
from .frame import set_title
from .state import Paragraph, ParseState

__all__ = ["Layout", "body", "front_matter", "read_layout"]

_CAPITAL_OR_LETTER = regex.compile(r"[\p{Lu}\p{Lo}]")


def front_matter(state: ParseState, c: Conventions) -> None:
    """``Key: value`` lines a web page puts above the notice; kept in the metadata."""
    while state.lo < state.hi:
        para = state.paragraphs[state.lo]
        m = c.metadata_pattern.match(para.text)
        if m is None:
            return
        key = c.metadata_keys[m["key"].lower()]
        value = m["value"].strip()
        if key == "title":
            set_title(state, c, value)
            state.claim("title", para.start, para.end)
        elif key == "doc_number" and (found := find_doc_number(value, state.language)):
            state.fields.doc_number = found.normalised or found.as_written
            state.claim("doc-number", para.start, para.end)
        else:
            if key == "date" and (iso := parse_date(value)):
                state.fields.date = iso
            state.metadata[key] = value
            state.claim("front-matter", para.start, para.end)
        state.lo += 1


# -- numbering layout ----------------------------------------------------------
@dataclass
class Layout:
    """How one document uses its numbering, read off its paragraphs before parsing.

    ``merge_paren``: ``(XII)``, ``(13)``, ``(XXI)`` are one sequence (Roman and
    Arabic numerals in brackets never both start at 1).  ``split_plain``:
    plain styles (``1.``) used both for headings and for measures, which
    ordinal 1 appearing more than once shows; their heading lines and their
    measure paragraphs are then two levels.  ``numbered_headings``: some
    heading line carries a number, so unnumbered lines are never headings.
    """

    state: ParseState
    conventions: Conventions
    merge_paren: bool = True
    split_plain: set[str] = field(default_factory=set)
    numbered_headings: bool = False
    by_start: dict[int, Paragraph] = field(default_factory=dict)
    following: dict[int, Paragraph] = field(default_factory=dict)

    def heading_at(self, marker: Marker) -> bool:
        """Whether ``marker`` opens a paragraph that reads as a heading (short, no sentence)."""
        para = self.by_start.get(marker.start)
        if para is None:
            return False
        rest = self.state.text[marker.end : para.end].strip()
        return self.conventions.is_heading_text(rest, self.conventions.heading_max)

    def level_key(self, marker: Marker) -> str:
        if marker.form == "paren" and marker.family in ("roman", "arabic") and self.merge_paren:
            return "paren-roman-arabic"
        if marker.style in self.split_plain and not self.heading_at(marker):
            return marker.style + "-body"
        return marker.style

    def unnumbered_heading(self, para: Paragraph) -> bool:
        """A section heading without a number: a short line before a numbered measure."""
        c = self.conventions
        if self.numbered_headings or not c.is_heading_text(para.text, c.heading_max):
            return False
        if para.text.endswith((":", "：")) or not _CAPITAL_OR_LETTER.match(para.text):
            return False
        nxt = self.following.get(para.start)
        return (
            nxt is not None
            and match_marker(self.state.text, nxt.start, endpos=nxt.end, families=c.families)
            is not None
        )

    def profile(self, reported_repeats: frozenset[int]) -> NumberingProfile:
        """The numbering profile of the document, keyed by this layout."""
        c = self.conventions
        return NumberingProfile(
            families=c.families,
            level_key=self.level_key,
            sentence_end=c.sentence_end,
            title_end=c.title_end,
            units=measure_units,
            heading=self.unnumbered_heading,
            reported_repeats=reported_repeats,
            gaps_are_missing_sections=True,
        )

    def passage(self, para: Paragraph) -> Passage:
        """What ``para`` is to the search for repeats: a numbered section, measure or paragraph."""
        families = self.conventions.families
        marker = match_marker(self.state.text, para.start, endpos=para.end, families=families)
        if marker is None:
            return Passage(para.start, para.end, para.text)
        kind = "section" if self.heading_at(marker) else "measure"
        return Passage(
            para.start,
            para.end,
            para.text,
            kind,
            marker.ordinal,
            marker.raw,
            self.level_key(marker),
        )


def read_layout(state: ParseState, paras: list[Paragraph], c: Conventions) -> Layout:
    """The :class:`Layout` of ``paras``."""
    layout = Layout(state, c)
    layout.by_start = {p.start: p for p in paras}
    layout.following = {a.start: b for a, b in pairwise(paras)}
    text = state.text
    sentence_end = regex.compile(c.sentence_end + r"[ \t\u3000]*")
    starts_at_one: set[str] = set()
    plain: dict[str, list[bool]] = {}
    plain_ones: dict[str, int] = {}
    for para in paras:
        positions = [para.start] + [
            m.end() for m in sentence_end.finditer(text, para.start, para.end)
        ]
        for pos in positions:
            marker = match_marker(text, pos, endpos=para.end, families=c.families)
            if marker is None:
                continue
            if marker.ordinal == 1 and marker.form == "paren":
                starts_at_one.add(marker.family)
            if pos == para.start and marker.form == "plain":
                heading = layout.heading_at(marker)
                plain.setdefault(marker.style, []).append(heading)
                plain_ones[marker.style] = plain_ones.get(marker.style, 0) + (marker.ordinal == 1)
                layout.numbered_headings |= heading
    layout.merge_paren = not {"roman", "arabic"} <= starts_at_one
    layout.split_plain = {
        style
        for style, kinds in plain.items()
        if any(kinds) and not all(kinds) and plain_ones.get(style, 0) > 1
    }
    return layout


# -- body -------------------------------------------------------------------------
def _numeral(number: int, style: str) -> str:
    """``number`` written in the numerals of ``style`` where they are Roman or Chinese."""
    family = style.split("-", 1)[0]
    if family == "roman":
        return int_to_roman(number)
    if family == "cjk":
        return int_to_cjk(number)
    return str(number)


def _missing_section(state: ParseState, before: Section, after: Section) -> None:
    """A gap in the section numbers: a heading left out, its measures under the section before."""
    missing = [_numeral(n, after.style) for n in range(before.number + 1, after.number)]
    tail = ""
    if before.measures:
        tail = (
            f"; measures up to {before.measures[-1].number} stay under section "
            f"{_numeral(before.number, before.style)}"
        )
    plural = "s" if len(missing) > 1 else ""
    state.warn(
        "missing-section",
        f"no heading for section{plural} {', '.join(missing)} between sections "
        f"{_numeral(before.number, before.style)} and {_numeral(after.number, after.style)}{tail}",
        after.span.start,
        after.span.start,
    )


def body(state: ParseState, c: Conventions) -> None:
    """Preamble, sections, measures and closing, after repeated passages are taken out."""
    paras = state.window()
    layout = read_layout(state, paras, c)
    before = len(state.warnings)
    paras = remove_duplicates(state, paras, layout.passage)
    # A number given twice is reported once, as the conflict the search for repeats found.
    conflicts = frozenset(
        w.span.start
        for w in state.warnings[before:]
        if w.code == "numbering-conflict" and w.span is not None
    )
    for gap in parse_body(state, paras, layout.profile(conflicts)):
        _missing_section(state, *gap)
    state.lo = state.hi
