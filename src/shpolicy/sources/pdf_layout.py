"""Pages of glyphs into the text a text file of the notice would hold.

The rest of shpolicy reads text: one paragraph a line, blank lines between
paragraphs, TAB-separated rows for tables.  This module turns the geometry of
the pages into that, and uses it where a text stream would lose it:

* **Page furniture.**  Page numbers (``— 4 —`` right or left, ``第 4 页 共 9
  页``, ``4/9``) standing first or last on a page, and running headers and
  footers (the same words at the same height on most pages), are taken out
  and reported as :class:`FurnitureRemoval` with their page.
* **The head of an official document** (GB/T 9704).  The issuer mark
  (发文机关标志) is large red type; the document number (发文字号) is the line
  just above the red separator rule; each becomes a paragraph of its own.
  A title is type clearly larger than the body, centred; its lines are joined
  into one paragraph.
* **Paragraphs.**  A paragraph's first line is indented two characters; a
  wrapped line starts at the left edge of the type area and follows a line
  that reached the right edge.  So a line continues the paragraph above it
  only if that line was full and this one is not indented (or hangs under the
  text after a label such as ``抄送：``), also across a page break; wrapped
  lines are joined without a break, so that a numbering marker is never
  separated from its text.  How a document sets its paragraphs is read from
  its geometry once (:class:`_Setting`): where wrapped lines end short of the
  right edge (ragged right, unjustified), a paragraph starts at an indent, a
  numbering marker or extra vertical space instead, and a short line is
  continued by a flush one as long as what begins that line would not have
  fitted on it.
* **Tables.**  On a page with ruling lines in both directions, the ruled
  tables are read cell by cell (:mod:`shpolicy.sources.pdf_grid`) and written one
  row a line, cells separated by TABs, empty where a merged cell covers them.
"""

from __future__ import annotations

import itertools
import statistics
from collections import Counter, defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field

import regex

from ..ground.numbering import match_marker
from ..ground.pagenumbers import is_page_number_line
from .base import FurnitureRemoval
from .pdf_content import Glyph, PageContent, Rule
from .pdf_lines import TextLine, dedupe, group_lines, is_cjk

__all__ = ["Layout", "lay_out"]

# Sizes (as a ratio to the body size) from which type is a title, or a masthead.
_TITLE = 1.2
_MASTHEAD = 1.4
# A line "reaches" the right edge within this many ems (more for the smaller
# type of a 版记, which is set one character in from both edges).
_FULL = 0.6
_FULL_SMALL = 1.2
# Lines further apart than this many line pitches are not one paragraph.
_GAP = 2.2
# Where paragraphs are set apart by space, lines further apart than this many
# line pitches are two paragraphs (a line and a half of space is usual; 1.3
# leaves room for lines drawn a little off the grid).
_SPACED = 1.3
# A first-line indent of two characters, within half a character.
_INDENT = 2.0
# How many ems short of the right edge an unjustified line may end and still
# wrap on, beyond the width of what begins the next line: the uneven fill of
# unjustified lines and characters moved down by line-breaking rules.
_SLACK = 5.0
# Closing marks that are carried with the character before them to a new line.
_CLOSING = frozenset("，。、；：？！）》」』”’〕】…%")
# Centred: the middle of the line within this many ems of the middle of the frame.
_CENTRED = 1.0
# A running header or footer stands on at least this share of the pages.
_RUNNING = 0.5
_DIGITS = regex.compile(r"\d+")
_SPACES = regex.compile(r"\s+")
_BARE_NUMBER = regex.compile(r"^\d{1,4}$")
# A label a hanging indent follows: 抄送：, 附件：, 主题词：.
_HANG_LABEL = regex.compile(r"^\S{1,6}[：:]")


@dataclass
class _Table:
    rows: list[str]
    top: float


@dataclass
class _Page:
    number: int
    lines: list[TextLine]
    tables: list[_Table]
    rules: list[Rule]
    width: float
    height: float
    doubled: int = 0
    unusable: list[TextLine] = field(default_factory=list)
    """Lines of glyphs that are not text (no Unicode mapping)."""
    left: float = 0.0
    right: float = 0.0
    body: float = 0.0


@dataclass
class _Piece:
    """A piece of output text and the page it came from."""

    text: str
    page: int
    joined: bool = False
    """Whether it continues the paragraph before it (no break)."""
    kind: str = "para"


@dataclass
class Layout:
    """The text of the pages, where each page begins in it, and what was taken out."""

    text: str
    page_starts: list[int]
    removed: list[FurnitureRemoval] = field(default_factory=list)
    doubled: int = 0
    """How many glyphs drawn twice (imitation bold) were dropped."""


def lay_out(pages: Sequence[PageContent]) -> Layout:
    """Lay out the pages' glyphs as text."""
    from .pdf_grid import find_grids, may_hold_table

    prepared: list[_Page] = []
    for page in pages:
        glyphs, doubled = dedupe(page.glyphs)
        bad = [g for g in glyphs if unusable(g)]
        if bad:
            glyphs = [g for g in glyphs if not unusable(g)]
        tables: list[_Table] = []
        if may_hold_table(page.rules):
            grids = find_grids(page.rules, glyphs)
            for grid in grids:
                tables.append(
                    _Table(["\t".join(c or "" for c in row) for row in grid.rows], grid.bbox[1])
                )
            if grids:
                glyphs = [g for g in glyphs if not any(grid.contains(g) for grid in grids)]
        prepared.append(
            _Page(
                page.number,
                group_lines(glyphs),
                tables,
                page.rules,
                page.width,
                page.height,
                doubled,
                group_lines(bad) if bad else [],
            )
        )
    _measure(prepared)
    removed = _take_furniture(prepared)
    pieces = _pieces(prepared, _read_setting(prepared))
    return _assemble(pieces, prepared, removed)


# ------------------------------------------------------------------ measuring


def _measure(pages: list[_Page]) -> None:
    """Body size, and the left and right edges of the type area for each page format."""
    sizes: Counter[float] = Counter()
    for page in pages:
        for line in page.lines:
            sizes[line.size] += len(line.glyphs)
    body = sizes.most_common(1)[0][0] if sizes else 10.0
    # Pages of one format (A4 upright, A4 landscape) share one type area.
    formats: dict[tuple[int, int], list[_Page]] = defaultdict(list)
    for page in pages:
        formats[(round(page.width), round(page.height))].append(page)
    for group in formats.values():
        left, right = _edges([ln for p in group for ln in p.lines if _near(ln.size, body)])
        for page in group:
            page.body, page.left, page.right = body, left, right


def _near(a: float, b: float) -> bool:
    return abs(a - b) <= 0.1 * b


def _edges(lines: Sequence[TextLine]) -> tuple[float, float]:
    """The type area's left edge and right edge.

    Wrapped lines start at the left edge and justified lines end at the right
    one, so each is the outermost position several lines share; a single
    line beyond it is a hanging punctuation mark or a stray.
    """
    if not lines:
        return 0.0, 0.0
    starts = Counter(round(ln.x0) for ln in lines)
    ends = Counter(round(ln.x1) for ln in lines)
    shared_starts = [x for x, n in starts.items() if n >= 2] or list(starts)
    shared_ends = [x for x, n in ends.items() if n >= 2] or list(ends)
    return float(min(shared_starts)), float(max(shared_ends))


# ------------------------------------------------------------------ furniture


def _take_furniture(pages: list[_Page]) -> dict[int, list[tuple[str, str, bool]]]:
    """Remove page numbers and running headers/footers; (kind, text, at top) per page."""
    removed: dict[int, list[tuple[str, str, bool]]] = defaultdict(list)
    for page in pages:
        for at_top in (False, True):
            line = _edge_line(page, at_top)
            if line is not None and _is_page_number(line.text, page.number):
                page.lines.remove(line)
                removed[page.number].append(("page-number", line.text, at_top))
    if len(pages) >= 2:
        for at_top in (True, False):
            for _ in range(2):  # a header may be two lines (a site name, a section)
                _take_running(pages, at_top, removed)
    return removed


def _edge_line(page: _Page, at_top: bool) -> TextLine | None:
    """The first (or last) line of the page, unless a table stands before (after) it."""
    if not page.lines:
        return None
    line = page.lines[0] if at_top else page.lines[-1]
    for table in page.tables:
        if (table.top < line.baseline) if at_top else (table.top > line.baseline):
            return None
    return line


def _is_page_number(text: str, number: int) -> bool:
    if is_page_number_line(text):
        return True
    # A bare number counts only when it is this page's number.
    return bool(_BARE_NUMBER.match(text)) and int(text) == number


def _take_running(
    pages: list[_Page], at_top: bool, removed: dict[int, list[tuple[str, str, bool]]]
) -> None:
    by_key: dict[tuple[str, int], list[tuple[_Page, TextLine]]] = defaultdict(list)
    for page in pages:
        line = _edge_line(page, at_top)
        if line is None or not _stands_apart(page, line, at_top):
            continue
        key = _DIGITS.sub("#", _SPACES.sub("", line.text))
        by_key[(key, round(line.baseline / 4))].append((page, line))
    for found in by_key.values():
        if len(found) >= 2 and len(found) >= _RUNNING * len(pages):
            for page, line in found:
                page.lines.remove(line)
                kind = "running-header" if at_top else "running-footer"
                removed[page.number].append((kind, line.text, at_top))


def _stands_apart(page: _Page, line: TextLine, at_top: bool) -> bool:
    """Whether the line is set off from the text (another size, or a wide gap)."""
    if not _near(line.size, page.body):
        return True
    others = [ln for ln in page.lines if ln is not line]
    if not others:
        return False
    neighbour = others[0] if at_top else others[-1]
    pitch = _pitch(page)
    return abs(neighbour.baseline - line.baseline) > 1.2 * pitch


def _pitch(page: _Page) -> float:
    gaps = [
        b.baseline - a.baseline
        for a, b in zip(page.lines, page.lines[1:])
        if _near(a.size, page.body) and _near(b.size, page.body) and b.baseline > a.baseline
    ]
    return statistics.median(gaps) if gaps else 1.5 * page.body


# ------------------------------------------------------------------ the setting


@dataclass(frozen=True)
class _Setting:
    """How the document sets its paragraphs, as the geometry of its body lines shows."""

    indented: bool = True
    """Paragraphs open with a first-line indent."""
    ragged: bool = False
    """Wrapped lines end short of the right edge (unjustified text)."""
    spaced: bool = False
    """Paragraphs are set apart by extra vertical space (and not indented)."""
    pitch: float = 0.0
    """The body's line pitch."""


def _read_setting(pages: list[_Page]) -> _Setting:
    """Read from all body lines at once whether the document indents, justifies, spaces.

    One document is set one way throughout, and a page or two may have too
    few lines to show it, so this is decided for the whole document.
    """
    body = [(page, ln) for page in pages for ln in page.lines if _is_body(ln, page)]
    flush = sum(_starts_flush(ln, page) for page, ln in body)
    indents = sum(_starts_indented(ln, page) for page, ln in body)
    # Paragraph starts are fewer than wrapped lines, but not rare.
    indented = indents >= max(2, 0.1 * flush)
    pairs = [
        (page, above, below)
        for page in pages
        for above, below in itertools.pairwise(ln for ln in page.lines if _is_body(ln, page))
    ]
    gaps = [below.baseline - above.baseline for _, above, below in pairs]
    pitch = statistics.median(gaps) if gaps else 0.0
    # How far short of the right edge lines end that a flush line follows
    # closely: in justified text nearly all reach it (they are wrapped lines).
    shortfalls = [
        (page.right - above.x1) / above.size
        for page, above, below in pairs
        if _starts_flush(below, page) and below.baseline - above.baseline <= _SPACED * pitch
    ]
    short = sum(_FULL < s <= _SLACK for s in shortfalls)
    ragged = short >= 3 and short >= 0.25 * len(shortfalls)
    # Space between paragraphs: gaps of more than a line but less than a blank one.
    spacing = sum(_SPACED * pitch < g <= _GAP * pitch for g in gaps)
    spaced = not indented and spacing >= 2 and spacing >= 0.05 * len(gaps)
    return _Setting(indented, ragged, spaced, pitch)


def _is_body(line: TextLine, page: _Page) -> bool:
    return _near(line.size, page.body) and not line.red


def _starts_flush(line: TextLine, page: _Page) -> bool:
    """Whether the line starts at the left edge of the type area."""
    return abs(line.x0 - page.left) <= 0.5 * line.size


def _starts_indented(line: TextLine, page: _Page) -> bool:
    """Whether the line starts two characters in, as a paragraph's first line does."""
    return abs(line.x0 - page.left - _INDENT * line.size) <= 0.5 * line.size


# ------------------------------------------------------------------ paragraphs


@dataclass
class _Open:
    """The paragraph being built."""

    last: TextLine
    page: _Page
    hang: float | None
    title: bool = False


def _pieces(pages: list[_Page], setting: _Setting) -> list[_Piece]:
    pieces: list[_Piece] = []
    current: _Open | None = None
    for page in pages:
        masthead, numbers = _head_lines(page) if page is pages[0] else (set(), set())
        items: list[tuple[float, TextLine | _Table]] = [(ln.baseline, ln) for ln in page.lines]
        items += [(t.top, t) for t in page.tables]
        items += [(ln.baseline, ln) for ln in page.unusable]
        items.sort(key=lambda item: item[0])
        pitch = _pitch(page)
        bad = {id(ln) for ln in page.unusable}
        for _, item in items:
            if isinstance(item, _Table):
                current = None
                pieces.append(_Piece("\n".join(item.rows), page.number, kind="table"))
                continue
            line = item
            if id(line) in bad:
                current = None
                pieces.append(_Piece(_unusable_text(line), page.number, kind="unextractable"))
                continue
            if id(line) in masthead:
                # Lines of one masthead stay lines (a joint masthead stacks issuers).
                stacked = bool(pieces) and pieces[-1].kind in ("masthead", "masthead-line")
                kind = "masthead-line" if stacked else "masthead"
                pieces.append(_Piece(line.text, page.number, kind=kind))
                current = None
                continue
            if id(line) in numbers:
                pieces.append(_Piece(line.text, page.number))
                current = None
                continue
            title = _is_title(line, page)
            if current is not None and _continues(current, line, page, pitch, title, setting):
                pieces.append(_Piece(line.text, page.number, joined=True))
                current.last, current.page = line, page
                continue
            pieces.append(_Piece(line.text, page.number))
            current = _Open(line, page, _hang(line), title)
    return pieces


def _head_lines(page: _Page) -> tuple[set[int], set[int]]:
    """The masthead lines and the document-number lines of a first page (by id)."""
    masthead = {id(ln) for ln in page.lines if ln.red and ln.size >= _MASTHEAD * page.body}
    width = page.right - page.left
    red_rules = [
        r for r in page.rules
        if r.horizontal and r.x1 - r.x0 >= 0.5 * width and r.color is not None
        and r.color[0] >= 0.6 and r.color[1] <= 0.35 and r.color[2] <= 0.35
    ]  # fmt: skip
    numbers: set[int] = set()
    if red_rules:
        rule_top = min(r.top for r in red_rules)
        above = [ln for ln in page.lines if ln.baseline < rule_top and id(ln) not in masthead]
        if above:
            # The document number is the line just above the rule (with a
            # 签发人 beside it on the same line, if any).
            numbers.add(id(above[-1]))
    return masthead, numbers


def _is_title(line: TextLine, page: _Page) -> bool:
    return line.size >= _TITLE * page.body and _centred(line, page)


def _centred(line: TextLine, page: _Page) -> bool:
    middle = (page.left + page.right) / 2
    return (
        abs((line.x0 + line.x1) / 2 - middle) <= _CENTRED * page.body
        and line.x0 > page.left + page.body
    )


def _hang(line: TextLine) -> float | None:
    """Where wrapped lines hang under a leading label (``抄送：`` …), if the line has one."""
    found = _HANG_LABEL.match(line.text)
    if found is None:
        return None
    # The glyph after the label: labels have no spaces, so glyph index = text index.
    index = len(found.group(0))
    return line.glyphs[index].x0 if index < len(line.glyphs) else None


def _continues(
    current: _Open, line: TextLine, page: _Page, pitch: float, title: bool, setting: _Setting
) -> bool:
    """Whether ``line`` wraps on from the paragraph being built."""
    prev = current.last
    if current.title or title:
        # Title lines: consecutive centred lines of the same large size.
        return (
            current.title and title and _near(line.size, prev.size)
            and current.page is page and line.baseline - prev.baseline <= _GAP * line.size * 1.5
        )  # fmt: skip
    if not _near(line.size, prev.size) or prev.red != line.red:
        return False
    if current.page is page and line.baseline - prev.baseline > _GAP * max(pitch, line.size):
        return False
    if current.page is page and _set_apart(prev, line, setting):
        return False
    em = line.size
    tolerance = _FULL if _near(line.size, page.body) else _FULL_SMALL
    if prev.x1 < current.page.right - tolerance * em:
        return _wraps_short(prev, line, current.page, page, setting)
    if not setting.indented and _opens_with_marker(line):
        return False
    if abs(line.x0 - page.left) <= 0.5 * em:
        return True
    return current.hang is not None and abs(line.x0 - current.hang) <= 0.5 * em


def _set_apart(prev: TextLine, line: TextLine, setting: _Setting) -> bool:
    """Whether extra space above ``line`` opens a paragraph.

    Only where paragraphs are spaced and not indented: there the space is
    the one sign of a new paragraph that a full last line leaves.
    """
    return setting.spaced and line.baseline - prev.baseline > _SPACED * setting.pitch


def _opens_with_marker(line: TextLine) -> bool:
    """Whether the line starts with a numbering marker (``（一）``, ``1.``, ``一、``).

    Where paragraphs are not indented, a flush line after a full one is a new
    paragraph only by what it says; a page's first line is the usual case.
    """
    return match_marker(line.text) is not None


def _wraps_short(
    prev: TextLine, line: TextLine, prev_page: _Page, page: _Page, setting: _Setting
) -> bool:
    """Whether a flush ``line`` continues a ``prev`` that ended short of the right edge.

    In unjustified text a line ends where the next character or word would
    not fit, so a short line wraps on when it is short by less than what
    begins the next line (and some slack).  That is a sign only where
    paragraphs show their start some other way: by an indent (so a flush
    line is no start) or by space; and a numbering marker opens a paragraph.
    """
    if not setting.ragged or not (setting.indented or setting.spaced):
        return False
    if not _near(line.size, page.body) or not _starts_flush(line, page):
        return False
    if _opens_with_marker(line):
        return False
    shortfall = prev_page.right - prev.x1
    return shortfall <= _SLACK * line.size + _first_word_width(line)


def _first_word_width(line: TextLine) -> float:
    """The width of what cannot be broken at the start of the line.

    A run of Latin letters or digits, or a character with the closing marks
    that may not start a line after it.
    """
    glyphs = line.glyphs
    end = 1
    if glyphs[0].text.isascii() and glyphs[0].text.isalnum():
        while end < len(glyphs) and glyphs[end].text.isascii() and not glyphs[end].text.isspace():
            end += 1
    while end < len(glyphs) and glyphs[end].text in _CLOSING:
        end += 1
    return glyphs[end - 1].x1 - glyphs[0].x0


# ------------------------------------------------------------------ assembly


def _assemble(
    pieces: list[_Piece], pages: list[_Page], removed: dict[int, list[tuple[str, str, bool]]]
) -> Layout:
    out: list[str] = []
    length = 0
    first: dict[int, int] = {}
    last: dict[int, int] = {}
    unextractable: list[FurnitureRemoval] = []
    previous: _Piece | None = None
    for piece in pieces:
        if piece.kind == "unextractable":
            unextractable.append(
                FurnitureRemoval("unextractable-text", piece.text, length, piece.page)
            )
            continue
        if previous is not None:
            if piece.joined:
                sep = "" if is_cjk(previous.text[-1]) or is_cjk(piece.text[0]) else " "
            elif piece.kind == "masthead-line":
                sep = "\n"
            else:
                sep = "\n\n"
            out.append(sep)
            length += len(sep)
        first.setdefault(piece.page, length)
        out.append(piece.text)
        length += len(piece.text)
        last[piece.page] = length
        previous = piece
    text = "".join(out)
    starts: list[int] = []
    for page in reversed(pages):
        # A page without text begins where the next one does.
        starts.append(first.get(page.number, starts[-1] if starts else len(text)))
    starts.reverse()
    furniture: list[FurnitureRemoval] = unextractable
    for page in pages:
        for kind, what, at_top in removed.get(page.number, []):
            index = page.number - 1
            at = starts[index] if at_top else last.get(page.number, starts[index])
            furniture.append(FurnitureRemoval(kind=kind, text=what, offset=at, page=page.number))
    furniture.sort(key=lambda f: (f.offset, f.page or 0))
    return Layout(text, starts, furniture, sum(p.doubled for p in pages))


def _unusable_text(line: TextLine) -> str:
    """What a line of unusable glyphs is recorded as (unmapped ones as ``(cid:N)``)."""
    return "".join(g.text for g in line.glyphs)


def unusable(glyph: Glyph) -> bool:
    """Whether a glyph's text is not real text (no Unicode mapping, or a private-use code)."""
    if glyph.unmapped:
        return True
    code = ord(glyph.text[0]) if len(glyph.text) == 1 else 0x20
    return (
        code < 0x20
        or 0xE000 <= code <= 0xF8FF
        or code >= 0xF0000
        or code in (0xFFFD, 0xFFFE, 0xFFFF)
    )
