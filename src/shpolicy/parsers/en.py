"""The rule chain for English versions, and the layout rules translations share.

Translations published on the web do not follow GB/T 9704 to the letter: they
open with front-matter lines (``Source: …``, ``Original Title: …``), keep the
recipients, the covering letter, its signature and date, then give the plan.
Their numbering is looser than the original's: sections ``I.``/``1.``/``Ⅰ.``
or none at all, measures ``(I)``, ``(1)`` or ``1.``, a switch from Roman to
Arabic and back inside one sequence, ``1.`` for both sections and measures,
measures run together in one paragraph, a section heading left out.

:class:`Conventions` holds what differs between the translation languages
(words, labels, numeral families); :func:`translation_rules` builds the
ordered rules from it.  The Korean chain (:mod:`shpolicy.parsers.ko`) is the
same rules with Korean conventions.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from itertools import pairwise

import regex

from ..ground.dates import find_date, parse_date
from ..ground.docnumbers import find_doc_number
from ..ground.numbering import Marker, int_to_roman, match_marker
from ..ground.numerals import int_to_cjk
from ..schema import Language
from .body import NumberingProfile, measure_units, parse_body
from .dedupe import Passage, remove_duplicates
from .rules import Rule
from .state import Paragraph, ParseState

__all__ = ["CONVENTIONS", "RULES", "Conventions", "Layout", "translation_rules"]


@dataclass(frozen=True, slots=True)
class Conventions:
    """How one language writes the parts of a translated notice."""

    language: Language
    families: frozenset[str]
    """Numeral families its numbering uses."""
    metadata_keys: dict[str, str]
    """Front-matter labels (lower case) → metadata key; ``title`` and ``doc_number`` fill fields."""
    title_words: str
    """Pattern of a notice title when it has no front-matter label."""
    recipients_end: str
    """Pattern that closes the recipients line (``:``, ``귀하:``)."""
    cc_label: str
    """Pattern of the label of the copy list (抄送)."""
    printed: str
    """Pattern of the printing line (印发机关 and 印发日期) with a ``date`` group."""
    list_split: str
    """Pattern that separates bodies in a list."""
    title_end: str
    """Where a measure's title ends."""
    sentence_end: str = r"(?:[.;!?。；！？][\"'”’」]?|[)）])"
    """What stands before a measure run into the paragraph of the one before it."""
    heading_max: int = 160
    """Longest heading a section can have, in characters."""
    org_words: str = ""
    """Words that end or start the name of a body (for signature lines)."""
    series_head_max: int = 3
    """Longest comma piece (in words) that shares the complement of the next (``A, B and C of D``)."""
    metadata_pattern: regex.Pattern[str] = field(init=False)

    def __post_init__(self) -> None:
        keys = "|".join(
            sorted((regex.escape(k) for k in self.metadata_keys), key=len, reverse=True)
        )
        object.__setattr__(
            self,
            "metadata_pattern",
            regex.compile(rf"^(?P<key>{keys})\s*[:：]\s*(?P<value>.+)$", regex.IGNORECASE),
        )


# Sentence punctuation inside a line, in any of the three scripts; a full stop
# counts only before white space or the end (not in ``U.S.`` or ``4.73``).
_SENTENCE = regex.compile(r"[。；！？;!?]|(?<!\b[A-Z])\.(?=\s|$)")
# A quoted name: in double quotes, 《》 or 「」, or in single quotes that are not
# apostrophes (People's).
_QUOTED = regex.compile(
    r"\"(?P<q>[^\"]{8,})\"|“(?P<q>[^”]{8,})”|《(?P<q>[^》]{8,})》|「(?P<q>[^」]{8,})」"
    r"|‘(?P<q>[^’]{8,})’|(?<!\w)'(?P<q>[^']{8,})'(?!\w)"
)
_ABBREVIATIONS = r"No|Nos|e\.g|i\.e|etc|Co|Ltd|Inc|St|Art|Para|vs|approx|[A-Z]"


def _has_sentence_end(text: str) -> bool:
    return _SENTENCE.search(text) is not None


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
        return _is_heading_text(rest, self.conventions.heading_max)

    def level_key(self, marker: Marker) -> str:
        if marker.form == "paren" and marker.family in ("roman", "arabic") and self.merge_paren:
            return "paren-roman-arabic"
        if marker.style in self.split_plain and not self.heading_at(marker):
            return marker.style + "-body"
        return marker.style

    def unnumbered_heading(self, para: Paragraph) -> bool:
        """A section heading without a number: a short line before a numbered measure."""
        if self.numbered_headings or not _is_heading_text(para.text, self.conventions.heading_max):
            return False
        if para.text.endswith((":", "：")) or not regex.match(r"[\p{Lu}\p{Lo}]", para.text):
            return False
        nxt = self.following.get(para.start)
        families = self.conventions.families
        return (
            nxt is not None
            and match_marker(self.state.text, nxt.start, endpos=nxt.end, families=families)
            is not None
        )


def _is_heading_text(text: str, max_len: int) -> bool:
    return bool(text) and len(text) <= max_len and not _has_sentence_end(text)


def read_layout(state: ParseState, paras: list[Paragraph], conventions: Conventions) -> Layout:
    """The :class:`Layout` of ``paras``."""
    layout = Layout(state, conventions)
    layout.by_start = {p.start: p for p in paras}
    layout.following = {a.start: b for a, b in pairwise(paras)}
    text = state.text
    families = conventions.families
    sentence_end = regex.compile(conventions.sentence_end + r"[ \t\u3000]*")
    starts_at_one: set[str] = set()
    plain: dict[str, list[bool]] = {}
    plain_ones: dict[str, int] = {}
    for para in paras:
        positions = [para.start] + [
            m.end() for m in sentence_end.finditer(text, para.start, para.end)
        ]
        for pos in positions:
            marker = match_marker(text, pos, endpos=para.end, families=families)
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


def profile_for(layout: Layout) -> NumberingProfile:
    """The numbering profile of one document, keyed by its :class:`Layout`."""
    conventions = layout.conventions
    return NumberingProfile(
        families=conventions.families,
        level_key=layout.level_key,
        sentence_end=conventions.sentence_end,
        title_end=conventions.title_end,
        units=measure_units,
        heading=layout.unnumbered_heading,
    )


# -- front matter ---------------------------------------------------------------
def _set_title(state: ParseState, title: str) -> None:
    state.fields["title"] = title
    quoted = _QUOTED.search(title)
    if quoted and "plan_title" not in state.fields:
        state.fields["plan_title"] = quoted["q"].strip()


def _front_matter(conventions: Conventions) -> Callable[[ParseState], None]:
    def front_matter(state: ParseState) -> None:
        """``Key: value`` lines a web page puts above the notice."""
        while state.lo < state.hi:
            para = state.paragraphs[state.lo]
            m = conventions.metadata_pattern.match(para.text)
            if m is None:
                return
            key = conventions.metadata_keys[m["key"].lower()]
            value = m["value"].strip()
            if key == "title":
                _set_title(state, value)
                state.claim("title", para.start, para.end)
            elif key == "doc_number" and (found := find_doc_number(value, state.language)):
                state.fields["doc_number"] = found.normalised or found.as_written
                state.claim("doc-number", para.start, para.end)
            else:
                if key == "date" and (iso := parse_date(value)):
                    state.fields["date"] = iso
                state.src.metadata[key] = value
                state.claim("front-matter", para.start, para.end)
            state.lo += 1

    return front_matter


def _title(conventions: Conventions) -> Callable[[ParseState], None]:
    pattern = regex.compile(conventions.title_words, regex.IGNORECASE)

    def title(state: ParseState) -> None:
        """A title line without a label: short, no sentence, worded as a notice title."""
        if "title" in state.fields or state.lo >= state.hi:
            return
        para = state.paragraphs[state.lo]
        if _is_heading_text(para.text, 300) and pattern.search(para.text):
            _set_title(state, para.text)
            state.claim("title", para.start, para.end)
            state.lo += 1

    return title


def doc_number(state: ParseState) -> None:
    """A line that is a document number (it may stand above or below the title)."""
    if state.lo >= state.hi or "doc_number" in state.fields:
        return
    para = state.paragraphs[state.lo]
    found = find_doc_number(para.text, state.language)
    if found and found.start == 0 and found.end == len(para.text):
        state.fields["doc_number"] = found.normalised or found.as_written
        state.claim("doc-number", para.start, para.end)
        state.lo += 1


def split_list(text: str, conventions: Conventions) -> list[str]:
    """Bodies in a list: split on commas and a final ``and``; ``A, B and C of D`` stays one."""
    pieces = [p.strip() for p in regex.split(conventions.list_split, text) if p.strip()]
    pieces = [regex.sub(r"^(?:and|as well as)\s+", "", p) for p in pieces]
    out: list[str] = []
    i = 0
    while i < len(pieces):
        piece = pieces[i]
        # "all committees, offices and bureaus of the municipal government":
        # a short bare noun before a piece holding "X and Y of Z" shares its complement.
        while (
            i + 1 < len(pieces)
            and len(piece.split()) <= conventions.series_head_max
            and not regex.search(r"\b(?:of|in|for|at|under)\b", piece)
            and regex.search(r"\w \band\b \w+.*\b(?:of|in|for|at|under)\b", pieces[i + 1])
        ):
            piece = f"{piece}, {pieces[i + 1]}"
            i += 1
        out.append(piece)
        i += 1
    return out


def _recipients(conventions: Conventions) -> Callable[[ParseState], None]:
    end = regex.compile(conventions.recipients_end + r"$")

    def recipients(state: ParseState) -> None:
        """The addressees: a list of bodies closed by a colon, right after the title."""
        # Without a title or number above, a line ending in a colon opens the text instead.
        if state.lo >= state.hi or not ({"title", "doc_number"} & state.fields.keys()):
            return
        para = state.paragraphs[state.lo]
        m = end.search(para.text)
        if m is None or len(para.text) > 400 or _has_sentence_end(para.text[: m.start()]):
            return
        if match_marker(para.text, families=conventions.families) is not None:
            return
        state.fields["recipients"] = split_list(para.text[: m.start()], conventions)
        state.claim("recipients", para.start, para.end)
        state.lo += 1

    return recipients


def _is_org_line(text: str, conventions: Conventions) -> bool:
    return (
        len(text) <= 120
        and not _has_sentence_end(text)
        and not text.endswith((":", "："))
        and (not conventions.org_words or regex.search(conventions.org_words, text) is not None)
    )


def _letter(conventions: Conventions) -> Callable[[ParseState], None]:
    def letter(state: ParseState) -> None:
        """The covering letter, its signature, date and notes, if a date line closes it."""
        date_at = None
        for i in range(state.lo, min(state.lo + 25, state.hi)):
            para = state.paragraphs[i]
            if parse_date(para.text):
                date_at = i
                break
            marker = match_marker(para.text, families=conventions.families)
            if marker is not None and _is_heading_text(para.text[len(marker.raw) :].strip(), 160):
                return  # the plan's first section: there is no letter
        if date_at is None:
            return
        sig_start = date_at
        while sig_start - 1 > state.lo and _is_org_line(
            state.paragraphs[sig_start - 1].text, conventions
        ):
            sig_start -= 1
        body = state.paragraphs[state.lo : sig_start]
        if body:
            state.fields["letter"] = "\n".join(p.text for p in body)
            state.claim_paragraphs("letter", body)
            if "plan_title" not in state.fields and (
                quoted := _QUOTED.search(state.fields["letter"])
            ):
                state.fields["plan_title"] = quoted["q"].strip()
        signature = state.paragraphs[sig_start:date_at]
        if signature:
            state.fields.setdefault("issuers", [p.text for p in signature])
            state.claim_paragraphs("signature", signature)
        date_para = state.paragraphs[date_at]
        state.fields["date"] = parse_date(date_para.text)
        state.claim("date", date_para.start, date_para.end)
        state.lo = date_at + 1
        notes: list[str] = []
        while state.lo < state.hi:
            para = state.paragraphs[state.lo]
            m = regex.fullmatch(r"[(（](?P<note>[^()（）]{2,80})[)）]", para.text)
            if m is None:
                break
            notes.append(m["note"].strip())
            state.claim("note", para.start, para.end)
            state.lo += 1
        if notes:
            state.fields["notes"] = notes

    return letter


def _plan_heading(conventions: Conventions) -> Callable[[ParseState], None]:
    def plan_heading(state: ParseState) -> None:
        """The title of the plan above its text: a heading line before the preamble."""
        if state.lo >= state.hi:
            return
        para = state.paragraphs[state.lo]
        if not _is_heading_text(para.text, 300) or match_marker(
            para.text, families=conventions.families
        ):
            return
        nxt = state.paragraphs[state.lo + 1] if state.lo + 1 < state.hi else None
        if nxt is None:
            return
        # A line right above a numbered measure heads that measure's section.
        marker = match_marker(nxt.text, families=conventions.families)
        if marker is not None and not _is_heading_text(
            nxt.text[len(marker.raw) :].strip(), conventions.heading_max
        ):
            return
        state.fields.setdefault("plan_title", para.text)
        state.claim("plan-title", para.start, para.end)
        state.lo += 1

    return plan_heading


# -- back matter ----------------------------------------------------------------
def _printed(conventions: Conventions) -> Callable[[ParseState], None]:
    pattern = regex.compile(conventions.printed, regex.IGNORECASE)

    def printed(state: ParseState) -> None:
        """The printing body and date on the last lines."""
        for i in range(state.hi - 1, max(state.lo, state.hi - 3) - 1, -1):
            para = state.paragraphs[i]
            m = pattern.fullmatch(para.text)
            if m and (found := find_date(m["date"])):
                by = m["by"].strip(" ,，") if m["by"] else ""
                if by:
                    state.fields["printed_by"] = by
                state.fields["printed_date"] = found.iso
                state.claim("printed", para.start, para.end)
                state.hi = i
                return

    return printed


def _cc(conventions: Conventions) -> Callable[[ParseState], None]:
    pattern = regex.compile(
        rf"^(?:{conventions.cc_label})\s*[:：]\s*(?P<list>.+)$", regex.IGNORECASE
    )

    def cc(state: ParseState) -> None:
        """The bodies a copy goes to (抄送)."""
        for i in range(state.hi - 1, max(state.lo, state.hi - 3) - 1, -1):
            para = state.paragraphs[i]
            m = pattern.match(para.text)
            if m:
                state.fields["cc"] = split_list(m["list"].rstrip("。."), conventions)
                state.claim("cc", para.start, para.end)
                state.hi = i
                return

    return cc


# -- body -------------------------------------------------------------------------
def _passage_of(layout: Layout) -> Callable[[Paragraph], Passage]:
    families = layout.conventions.families

    def passage_of(para: Paragraph) -> Passage:
        marker = match_marker(layout.state.text, para.start, endpos=para.end, families=families)
        if marker is None:
            return Passage(para.start, para.end, para.text)
        kind = "section" if layout.heading_at(marker) else "measure"
        return Passage(
            para.start,
            para.end,
            para.text,
            kind,
            marker.ordinal,
            marker.raw,
            layout.level_key(marker),
        )

    return passage_of


def _numeral(number: int, style: str) -> str:
    """``number`` written in the numerals of ``style`` where they are Roman or Chinese."""
    family = style.split("-", 1)[0]
    if family == "roman":
        return int_to_roman(number)
    if family == "cjk":
        return int_to_cjk(number)
    return str(number)


def missing_sections(state: ParseState) -> None:
    """A gap in the section numbers: a heading left out, its measures under the section before."""
    numbered = [s for s in state.sections if s.number > 0]
    for before, after in pairwise(numbered):
        if after.number <= before.number + 1:
            continue
        missing = [_numeral(n, after.style) for n in range(before.number + 1, after.number)]
        measures = before.measures
        tail = ""
        if measures:
            tail = f"; measures up to {measures[-1].number} stay under section {_numeral(before.number, before.style)}"
        plural = "s" if len(missing) > 1 else ""
        state.warn(
            "missing-section",
            f"no heading for section{plural} {', '.join(missing)} between sections "
            f"{_numeral(before.number, before.style)} and {_numeral(after.number, after.style)}{tail}",
            after.span.start,
            after.span.start,
        )
        # The gap is reported once, as a missing section, not also as a numbering gap.
        state.warnings[:] = [
            w
            for w in state.warnings
            if not (
                w.code == "numbering-gap"
                and w.span is not None
                and w.span.start == after.span.start
            )
        ]


def _body(conventions: Conventions) -> Callable[[ParseState], None]:
    def body(state: ParseState) -> None:
        """Preamble, sections, measures and closing, after repeated passages are taken out."""
        paras = state.window()
        layout = read_layout(state, paras, conventions)
        paras = remove_duplicates(state, paras, _passage_of(layout))
        parse_body(state, paras, profile_for(layout))
        state.lo = state.hi
        # A number given twice is reported once, as the conflict dedupe found.
        conflicts = {
            w.span.start for w in state.warnings if w.code == "numbering-conflict" and w.span
        }
        state.warnings[:] = [
            w
            for w in state.warnings
            if not (w.code == "numbering-repeat" and w.span and w.span.start in conflicts)
        ]

    return body


def translation_rules(conventions: Conventions) -> tuple[Rule, ...]:
    """The ordered rules of a translated notice in the language of ``conventions``."""
    return (
        Rule("front_matter", _front_matter(conventions)),
        Rule("printed", _printed(conventions)),
        Rule("cc", _cc(conventions)),
        Rule("doc_number", doc_number),
        Rule("title", _title(conventions)),
        Rule("doc_number_below_title", doc_number),
        Rule("recipients", _recipients(conventions)),
        Rule("letter", _letter(conventions)),
        Rule("plan_heading", _plan_heading(conventions)),
        Rule("body", _body(conventions)),
        Rule("missing_sections", missing_sections),
    )


CONVENTIONS = Conventions(
    language="en",
    families=frozenset({"roman", "arabic", "circled"}),
    metadata_keys={
        "source": "source",
        "original title": "title",
        "title": "title",
        "original source": "source",
        "url": "url",
        "link": "url",
        "issued by": "issued_by",
        "publisher": "publisher",
        "published": "published",
        "release date": "date",
        "date": "date",
        "document no.": "doc_number",
        "document no": "doc_number",
        "document number": "doc_number",
        "doc. no.": "doc_number",
        "index no.": "index_number",
        "index number": "index_number",
        "translated by": "translator",
        "translation": "translation",
    },
    title_words=(
        r"^(?:(?:Circular|Notice|Notification|Opinions?|Measures|Plan|Decision|Provisions|"
        r"Regulations|Announcement|Reply)\b.*\b(?:of|on|by|for)\b|.*\b(?:on Issuing|on Printing and "
        r"Distributing)\b)"
    ),
    recipients_end=r"\s*[:：]",
    cc_label=r"CC|Cc|Copied to|Copy to|Copies to|Copy",
    printed=(
        r"(?P<by>.*?)[\s,]*(?:Printed and (?:issued|distributed)|Issued|Printed)(?: on)?\s+"
        r"(?P<date>.+?)\.?"
    ),
    list_split=r"\s*[,;，；]\s*|\s+and\s+(?=(?:all|the|relevant|other|each)\b)",
    title_end=rf"[。！？!?]|(?<!\b(?:{_ABBREVIATIONS}))\.(?=\s|$)",
    org_words=(
        r"\b(?:Office|Government|Commission|Committee|Bureau|Administration|Department|"
        r"Ministry|Council|Agency|Centre|Center|Group|Authority|Branch)\b"
    ),
)
"""English."""

RULES: tuple[Rule, ...] = translation_rules(CONVENTIONS)
