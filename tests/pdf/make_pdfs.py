"""Render the test PDFs from the seed notices.  Run by hand; the PDFs are committed.

    pip install -e '.[pdfgen]'          # reportlab
    apt-get install fonts-wqy-zenhei    # or fonts-noto-cjk
    python tests/pdf/make_pdfs.py

What it writes, next to this script:

``2024-digital-trade.zh.pdf``
    The 2024 notice laid out as GB/T 9704-2012 prescribes for an official
    document: A4, a 156 × 225 mm type area 37 mm from the top and 28 mm from
    the left, 22 lines of 28 characters, the red issuer mark
    (发文机关标志) with the document number and the red separator line under
    it, the title in a larger size, body paragraphs indented two characters
    and justified, page numbers ``— N —`` right on odd pages and left on even
    ones, and the 版记 (抄送, 印发) between rules at the end.  The section
    headings are drawn twice, a fraction of a point apart, as word processors
    imitate bold when the font has no bold face.
``2024-digital-trade.ragged.zh.pdf``, ``.header.zh.pdf``, ``.mono.zh.pdf``, ``.block.zh.pdf``
    The same notice in other layouts (:func:`layouts`): unjustified lines
    that stop 0–4 characters (a fixed pseudo-random sequence) short of the
    margin, or earlier before a number that does not fit, with responsibility
    clauses running over page breaks; page numbers centred under a running
    header (the plan's title in small type); a second face (WenQuanYi Zen Hei
    Mono; reportlab cannot embed the CFF outlines of Noto CJK) in another
    size, pitch and number of lines, ragged too; and block paragraphs without
    first-line indents, half a line apart.
``2025-putuo-emergency-shelter-measures.zh.pdf``, ``2026-sh-park-quality-upgrade-plan.zh.pdf``
    Two real notices from corpora/real/ (:data:`REAL_NOTICES`), a regulation
    in chapters and a plan whose measures name responsible units, printed
    from their web copies (:func:`render_printed`): only what shpolicy reads
    as the notice (no front matter, disclaimer or links), the document
    number from the front matter at the top over the red line, the title
    broken where the sense allows, chapter headings centred, a full-width
    space after 第X章 and 第X条, the signature centred over the date; GB/T
    9704 type area, justified, page numbers to the outer side.  The
    ``.ragged.zh.pdf`` copies are ragged right with page numbers centred
    under a running header (the plan's title).
``2019-digital-trade-action-plan.zh.pdf``
    The 2019 plan as a web page prints: a running header with the site name
    on every page and ``第 N 页 共 M 页`` at the foot.
``2020-service-trade-pilot.table.pdf``
    The attachment of the 2020 plan: a ruled task table on landscape pages,
    the header row repeated on each page, the 试点任务 and 任务细化 labels in
    merged cells (vertically centred) over the rows they group, split where
    the table breaks across pages.  Which rows each item groups was checked
    by hand against the body (``2020-service-trade-pilot.items.txt``); the
    labels, rows and units are the text seed's.
``encrypted.pdf``, ``encrypted-no-password.pdf``
    A page protected by a user password, and one encrypted with an empty user
    password (only the owner's permissions restricted), which can be read.
``damaged.pdf``
    The first part of the 2024 PDF, cut off before its pages.
``no-tounicode.pdf``
    A page whose CJK font has its ToUnicode map taken out, so that its text
    cannot be extracted.

The text comes from the seeds through shpolicy's own reading and
normalisation (normal punctuation, hard wraps joined), and the kind of each
paragraph (issuer mark, title, measure…) from the parsed blocks.
"""

from __future__ import annotations

import io
import itertools
import random
import re
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from reportlab.lib.colors import Color, black
from reportlab.lib.pdfencrypt import StandardEncryption
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen.canvas import Canvas

from shpolicy import parse
from shpolicy.tables import parse_task_table

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent
CORPORA = ROOT / "corpora"

FONT = "CJK"
SECOND_FONT = "CJK2"
_FONT_FILES = (
    ("/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc", 0),
    ("/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc", 2),
    ("/usr/share/fonts/opentype/noto/NotoSerifCJK-Regular.ttc", 2),
)
_SECOND_FONT_FILES = (("/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc", 1),)
RED = Color(0.9, 0.0, 0.0)

# GB/T 9704-2012, 5.2: A4, type area 156 mm × 225 mm, top margin 37 mm,
# left margin 28 mm; 7.1: 22 lines of 28 characters in 3号 (16 pt).
PAGE_W, PAGE_H = 210 * mm, 297 * mm
LEFT = 28 * mm
TOP = PAGE_H - 37 * mm
AREA_W = 156 * mm
AREA_H = 225 * mm
BODY = 16.0
TITLE = 22.0
NUMBER = 14.0
PITCH = AREA_W / 28
LINE = AREA_H / 22

# Characters that may not start a line (they hang on the line before) and
# that may not end one (they move to the next line).
NO_START = set("，。、；：？！）》」』”’〕】…—·%")
NO_END = set("（《「『“‘〔【")


def register_font() -> None:
    for path, index in _FONT_FILES:
        if Path(path).exists():
            pdfmetrics.registerFont(TTFont(FONT, path, subfontIndex=index))
            return
    sys.exit("no CJK font: apt-get install fonts-wqy-zenhei (or fonts-noto-cjk)")


def register_second_font() -> str | None:
    """Another face than :data:`FONT` from the CJK font files, or None.

    reportlab embeds only TrueType outlines, so the Noto CJK files (CFF) are
    of no use here; the WenQuanYi collection has a second face, Zen Hei Mono,
    whose Latin letters and digits are set on a half-em grid.
    """
    for path, index in _SECOND_FONT_FILES:
        if Path(path).exists():
            pdfmetrics.registerFont(TTFont(SECOND_FONT, path, subfontIndex=index))
            return SECOND_FONT
    return None


def width(text: str, size: float, font: str = FONT) -> float:
    return float(pdfmetrics.stringWidth(text, font, size))


def tokens(text: str) -> Iterator[str]:
    """Units that are not broken across lines: a CJK character, or a run of ASCII."""
    run = ""
    for char in text:
        if char.isascii() and not char.isspace():
            run += char
            continue
        if run:
            yield run
            run = ""
        yield char
    if run:
        yield run


def wrap(
    text: str,
    size: float,
    first: float,
    rest: float,
    pitch: float,
    *,
    font: str = FONT,
    short: Iterator[int] | None = None,
) -> list[str]:
    """Break ``text`` into lines of at most ``first`` (then ``rest``) points, with kinsoku.

    With ``short``, each line stops that many characters (taken in turn) before
    its width, as unjustified text does, and a closing mark that does not fit
    pulls the character before it down instead of hanging past the margin.
    """
    lines: list[str] = []
    line = ""
    room = first
    cut = next(short) if short is not None else 0
    spacing = pitch - size

    def natural(s: str) -> float:
        return width(s, size, font) + spacing * (len(s) - 1)

    for tok in tokens(text):
        candidate = line + tok
        if line and natural(candidate) > room - cut * pitch + 0.01:
            if tok[0] in NO_START and (short is None or natural(candidate) <= room + 0.01):
                # Hang the closing mark on this line (justification squeezes it in).
                lines.append(candidate)
                line, room = "", rest
                cut = next(short) if short is not None else 0
                continue
            if tok[0] in NO_START:
                tok, line = line[-1] + tok, line[:-1]
            while line and line[-1] in NO_END:
                tok = line[-1] + tok
                line = line[:-1]
            lines.append(line)
            line, room = tok, rest
            cut = next(short) if short is not None else 0
        else:
            line = candidate
    if line:
        lines.append(line)
    return lines


@dataclass(frozen=True)
class Style:
    """How the body of a notice is set: what differs between layouts of one notice.

    The default is GB/T 9704: 3号 type, 28 characters a line, justified,
    paragraphs indented two characters with no space between them, page
    numbers ``— N —`` to the outer side.
    """

    font: str = FONT
    size: float = BODY
    chars: int = 28
    """Characters a line (the pitch is the type area's width over this)."""
    lines: int = 22
    """Lines a page."""
    justified: bool = True
    ragged: tuple[int, ...] = ()
    """For unjustified text: how many characters each line stops short, in turn."""
    indent: int = 2
    space_after: float = 0.0
    """Space after a paragraph, in lines."""
    page_number: str = "gbt"
    header: str | None = None
    header_centred: bool = False


GBT = Style()


@dataclass
class Writer:
    """A canvas with a cursor that moves down the type area line by line."""

    canvas: Canvas
    page_w: float = PAGE_W
    page_h: float = PAGE_H
    left: float = LEFT
    top: float = TOP
    area_w: float = AREA_W
    area_h: float = AREA_H
    line: float = LINE
    page_number: str = "gbt"
    header: str | None = None
    page: int = 1
    y: float = 0.0
    pages_total: int = 0
    style: Style = GBT
    _short: Iterator[int] | None = None

    def __post_init__(self) -> None:
        self.y = self.top
        if self.style.ragged:
            self._short = itertools.cycle(self.style.ragged)

    @property
    def font(self) -> str:
        return self.style.font

    @property
    def bottom(self) -> float:
        return self.top - self.area_h

    def new_page(self) -> None:
        self.finish_page()
        self.canvas.showPage()
        self.page += 1
        self.y = self.top

    def finish_page(self) -> None:
        c = self.canvas
        if self.page_number == "gbt":
            # 4号 Arabic numerals between one-em dashes, 7 mm under the type
            # area, one character in from the right (odd) or left (even) edge.
            label = f"— {self.page} —"
            y = self.bottom - 7 * mm - NUMBER
            c.setFont(self.font, NUMBER)
            c.setFillColor(black)
            if self.page % 2:
                c.drawRightString(self.left + self.area_w - NUMBER, y, label)
            else:
                c.drawString(self.left + NUMBER, y, label)
        elif self.page_number == "web":
            c.setFont(FONT, 9)
            c.setFillColor(black)
            label = f"第 {self.page} 页 共 {self.pages_total} 页"
            c.drawCentredString(self.page_w / 2, self.bottom - 12 * mm, label)
        elif self.page_number == "centred":
            c.setFont(self.font, 10.5)
            c.setFillColor(black)
            label = f"- {self.page} -"
            c.drawCentredString(self.left + self.area_w / 2, self.bottom - 10 * mm, label)
        if self.header:
            c.setFont(self.font, 9)
            c.setFillColor(black)
            if self.style.header_centred:
                c.drawCentredString(self.left + self.area_w / 2, self.top + 12 * mm, self.header)
            else:
                c.drawString(self.left, self.top + 12 * mm, self.header)
            c.setLineWidth(0.5)
            c.line(self.left, self.top + 10 * mm, self.left + self.area_w, self.top + 10 * mm)

    def need(self, lines: int) -> None:
        if self.y - lines * self.line < self.bottom - 0.1:
            self.new_page()

    def text_line(
        self,
        text: str,
        x: float,
        size: float,
        *,
        justify_to: float | None = None,
        pitch: float | None = None,
        color: Color = black,
        scale: float = 100.0,
        bold: bool = False,
    ) -> None:
        """Draw one line with its baseline in the current grid line."""
        self.need(1)
        baseline = self.y - self.line + (self.line - size) / 2 + 0.12 * size
        if justify_to is not None and len(text) > 1:
            spacing = (justify_to - width(text, size, self.font)) / (len(text) - 1)
        else:
            spacing = (pitch if pitch is not None else size) - size
        for dx in (0.0, 0.35) if bold else (0.0,):
            t = self.canvas.beginText(x + dx, baseline)
            t.setFont(self.font, size)
            t.setCharSpace(spacing)
            t.setHorizScale(scale)
            t.setFillColor(color)
            t.textOut(text)
            self.canvas.drawText(t)
        self.y -= self.line

    def paragraph(
        self,
        text: str,
        *,
        indent: int | None = None,
        size: float | None = None,
        bold: bool = False,
    ) -> None:
        """A body paragraph: first line indented ``indent`` characters, lines justified.

        Unjustified (ragged) lines keep their natural spacing and stop short
        of the right edge as the style says.
        """
        indent = self.style.indent if indent is None else indent
        size = self.style.size if size is None else size
        pitch = self.area_w / self.style.chars
        first = self.area_w - indent * pitch
        lines = wrap(
            text,
            size,
            first,
            self.area_w,
            pitch,
            font=self.font,
            short=self._short if not self.style.justified else None,
        )
        for i, line in enumerate(lines):
            x = self.left + (indent * pitch if i == 0 else 0)
            room = first if i == 0 else self.area_w
            last = i == len(lines) - 1 or not self.style.justified
            self.text_line(line, x, size, justify_to=None if last else room, pitch=pitch, bold=bold)
        if self.style.space_after:
            self.skip(self.style.space_after)

    def centered(
        self, text: str, size: float, *, color: Color = black, scale: float = 100.0
    ) -> None:
        """Lines centred in the type area (a title too long for one line is broken)."""
        room = self.area_w * 100 / scale
        for line in wrap(text, size, room, room, size, font=self.font):
            w = width(line, size, self.font) * scale / 100
            self.text_line(line, self.left + (self.area_w - w) / 2, size, color=color, scale=scale)

    def right(self, text: str, size: float | None = None, *, space: int = 4) -> None:
        size = self.style.size if size is None else size
        w = width(text, size, self.font)
        self.text_line(text, self.left + self.area_w - space * PITCH - w, size)

    def skip(self, lines: float = 1) -> None:
        self.y -= lines * self.line
        if self.y < self.bottom - 0.1:
            self.new_page()


def paragraphs_by_kind(path: Path) -> list[tuple[str, str]]:
    """(block kind, paragraph) pairs of a seed, from shpolicy's parse of it."""
    notice = parse(path)
    out: list[tuple[str, str]] = []
    for block in notice.blocks:
        text = notice.text[block.span.start : block.span.end]
        for para in text.split("\n"):
            if para.strip():
                out.append((block.kind, para.strip()))
    return out


def render_official(out: Path, style: Style = GBT) -> None:
    """The 2024 notice in GB/T 9704 layout, its body set as ``style`` says."""
    paras = paragraphs_by_kind(CORPORA / "2024-digital-trade.zh.txt")
    c = Canvas(str(out), pagesize=(PAGE_W, PAGE_H), invariant=True)
    c.setTitle("2024-digital-trade")
    w = Writer(
        c,
        line=AREA_H / style.lines,
        page_number=style.page_number,
        header=style.header,
        style=style,
    )
    # Issuer mark: red, condensed, its top 35 mm from the top edge.
    w.y = PAGE_H - 35 * mm + (LINE - 42) / 2
    cc: list[str] = []
    printed = ""
    i = 0
    while i < len(paras):
        kind, text = paras[i]
        i += 1
        if kind == "issuer-mark":
            w.centered(text, 42, color=RED, scale=80)
            w.skip(1)
        elif kind == "doc-number":
            w.centered(text, BODY)
            # The red separator line, 4 mm under the document number.
            y = w.y + (LINE - BODY) / 2 - 4 * mm
            c.setStrokeColor(RED)
            c.setLineWidth(1.5)
            c.line(LEFT, y, LEFT + AREA_W, y)
            c.setStrokeColor(black)
            w.skip(1)
        elif kind in ("title", "plan-title"):
            lines = [text]
            while i < len(paras) and paras[i][0] == kind:
                lines.append(paras[i][1])
                i += 1
            if kind == "plan-title":
                w.skip(1)
            for line in lines:
                w.centered(line, TITLE)
            w.skip(1)
        elif kind == "recipients":
            w.paragraph(text, indent=0)
        elif kind == "date":
            w.right(text)
        elif kind == "section-heading":
            w.paragraph(text, bold=True)
        elif kind == "cc":
            cc.append(text)
        elif kind == "printed":
            printed = text
        else:
            w.paragraph(text)
    _imprint(w, cc, printed)
    w.finish_page()
    c.save()


def _imprint(w: Writer, cc: list[str], printed: str) -> None:
    """版记: 抄送 and 印发 between rules at the foot of the last page, in 4号."""
    size = NUMBER
    c = w.canvas
    text = "".join(cc)
    label = text[: text.index("：") + 1] if "：" in text else ""
    body = text[len(label) :]
    avail = w.area_w - 2 * size - width(label, size, w.font)
    lines = wrap(body, size, avail, avail, size, font=w.font)
    needed = len(lines) + 2
    if w.y - needed * w.line < w.bottom:
        w.new_page()
    y = w.bottom + needed * w.line
    c.setLineWidth(1.0)
    c.line(LEFT, y, LEFT + AREA_W, y)
    for i, line in enumerate(lines):
        base = y - (i + 1) * w.line + 8
        x = LEFT + size + (0 if i == 0 else width(label, size, w.font))
        shown = (label if i == 0 else "") + line
        t = c.beginText(x, base)
        t.setFont(w.font, size)
        if i < len(lines) - 1:
            # Justified between the one-character margins, like the body.
            room = LEFT + AREA_W - size - x - width(shown, size, w.font)
            t.setCharSpace(room / (len(shown) - 1))
        t.textOut(shown)
        c.drawText(t)
    mid = y - len(lines) * w.line - 2
    c.setLineWidth(0.5)
    c.line(LEFT, mid, LEFT + AREA_W, mid)
    if printed:
        by, _, date = printed.partition(" ")
        base = mid - w.line + 8
        c.setFont(w.font, size)
        c.drawString(LEFT + size, base, by)
        c.drawRightString(LEFT + AREA_W - size, base, date)
    c.setLineWidth(1.0)
    c.line(LEFT, w.bottom, LEFT + AREA_W, w.bottom)


# ------------------------------------------------------------------ the table

TABLE_SOURCE = CORPORA / "2020-service-trade-pilot.zh.txt"
ITEMS = HERE / "2020-service-trade-pilot.items.txt"
LAND_W, LAND_H = PAGE_H, PAGE_W
T_MARGIN = 20 * mm
T_TOP = LAND_H - 25 * mm
T_BOTTOM = 22 * mm
CELL = 10.5
CELL_LINE = 14.0
PAD = 4.0
HEADER = ("试点任务", "任务细化", "序号", "具体举措", "责任单位")
COLUMNS = (100.0, 110.0, 34.0, 0.0, 160.0)


def read_items(path: Path = ITEMS) -> tuple[dict[str, list[int]], dict[int, list[int]]]:
    """Groups → items and items → rows, from the hand-checked list."""
    groups: dict[str, list[int]] = {}
    items: dict[int, list[int]] = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        key, _, values = line.partition(":")
        numbers = [int(v) for v in values.split()]
        if key.startswith("("):
            groups[key] = numbers
        else:
            items[int(key)] = numbers
    return groups, items


@dataclass
class TableRow:
    group: str
    task: str
    number: int
    text: str
    units: str


def table_rows() -> list[TableRow]:
    """The 80 rows with the labels of the group and item each truly belongs to."""
    raw = TABLE_SOURCE.read_text(encoding="utf-8")
    table = raw[raw.index("试点任务\t") :]
    rows = parse_task_table(table) or []
    notice = parse(TABLE_SOURCE)
    # Labels as the table writes them, where it writes them at all; the body's
    # heading otherwise (item 20 has no label in the table).
    labels: dict[str, str] = {}
    for measure in (m for s in notice.sections for m in s.measures):
        labels[measure.label] = f"{measure.label}{measure.title.rstrip('。')}"
        for item in measure.items:
            labels[item.label] = f"{item.label}{item.title.rstrip('。')}"
    for cell in (c.strip() for line in table.splitlines() for c in line.split("\t")):
        head = cell[: cell.find(")") + 1] if cell.startswith("(") else cell.split(".")[0] + "."
        if cell.startswith("(") or (head[:-1].isdigit() and len(cell) > len(head)):
            key = head.replace("(", "（").replace(")", "）") if cell.startswith("(") else head
            labels.setdefault(f"_table{key}", cell)
    groups, items = read_items()
    group_of = {item: g for g, its in groups.items() for item in its}
    item_of = {row: item for item, rows_ in items.items() for row in rows_}
    out: list[TableRow] = []
    for row in rows:
        assert row.number is not None
        item = item_of[row.number]
        group = group_of[item].replace("(", "（").replace(")", "）")
        task = f"{item}."
        units = "、".join(u.name for u in row.responsible_units)
        out.append(
            TableRow(
                group=labels.get(f"_table{group}", labels.get(group, group)),
                task=labels.get(f"_table{task}", labels.get(task, task)),
                number=row.number,
                text=row.text,
                units=units,
            )
        )
    return out


def cell_lines(text: str, w: float, size: float = CELL) -> list[str]:
    return wrap(text, size, w - 2 * PAD, w - 2 * PAD, size) if text else []


def render_table(out: Path) -> None:
    """The 2020 task table: ruled, landscape, header repeated, labels in merged cells."""
    rows = table_rows()
    widths = list(COLUMNS)
    widths[3] = LAND_W - 2 * T_MARGIN - sum(widths)
    xs = [T_MARGIN]
    for w_ in widths:
        xs.append(xs[-1] + w_)
    heights = [
        max(len(cell_lines(r.text, widths[3])), len(cell_lines(r.units, widths[4])), 1) * CELL_LINE
        + 2 * PAD
        for r in rows
    ]
    # A label must fit in the rows it spans; the last of them grows if not.
    for col, key in ((0, "group"), (1, "task")):
        start = 0
        while start < len(rows):
            end = start
            while end + 1 < len(rows) and getattr(rows[end + 1], key) == getattr(rows[start], key):
                end += 1
            need = len(cell_lines(getattr(rows[start], key), widths[col])) * CELL_LINE + 2 * PAD
            have = sum(heights[start : end + 1])
            if have < need:
                heights[end] += need - have
            start = end + 1
    header_h = CELL_LINE + 2 * PAD + 4
    c = Canvas(str(out), pagesize=(LAND_W, LAND_H), invariant=True)
    c.setTitle("2020-service-trade-pilot attachment")
    page = 1
    y = T_TOP
    c.setFont(FONT, BODY)
    c.drawString(T_MARGIN, y - BODY, "附件")
    y -= 2 * BODY
    title = "上海市全面深化服务贸易创新发展试点任务、具体举措及责任分工表"
    c.setFont(FONT, 20)
    c.drawCentredString(LAND_W / 2, y - 20, title)
    y -= 20 + 16
    i = 0
    while i < len(rows):
        # Rows that fit on this page under a header row.
        j = i
        room = y - header_h - T_BOTTOM
        while j < len(rows) and heights[j] <= room:
            room -= heights[j]
            j += 1
        _draw_table_part(c, rows[i:j], heights[i:j], xs, y, header_h)
        _table_page_number(c, page)
        i = j
        if i < len(rows):
            c.showPage()
            page += 1
            y = T_TOP
    c.save()


def _draw_table_part(
    c: Canvas,
    rows: list[TableRow],
    heights: list[float],
    xs: list[float],
    top: float,
    header_h: float,
) -> None:
    bottom = top - header_h - sum(heights)
    c.setLineWidth(0.6)
    c.setStrokeColor(black)
    # Header row, bold by double drawing, centred in its cells.
    for k, name in enumerate(HEADER):
        cx = (xs[k] + xs[k + 1]) / 2
        for dx in (0.0, 0.3):
            c.setFont(FONT, 12)
            c.drawCentredString(cx + dx, top - header_h / 2 - 4, name)
    c.line(xs[0], top, xs[-1], top)
    c.line(xs[0], top - header_h, xs[-1], top - header_h)
    for x in xs:
        c.line(x, top, x, bottom)
    y = top - header_h
    # Merged label cells: a rule only where a new label starts, the label
    # centred vertically in the part of the span on this page.
    for col, key in ((0, "group"), (1, "task")):
        start = 0
        while start < len(rows):
            end = start
            while end + 1 < len(rows) and getattr(rows[end + 1], key) == getattr(rows[start], key):
                end += 1
            span_top = y - sum(heights[:start])
            span_h = sum(heights[start : end + 1])
            c.line(xs[col], span_top - span_h, xs[col + 1], span_top - span_h)
            first_part = _first_part(rows[start], key)
            lines = cell_lines(getattr(rows[start], key), xs[col + 1] - xs[col])
            if first_part:
                block = len(lines) * CELL_LINE
                ty = span_top - (span_h - block) / 2 - CELL
                c.setFont(FONT, CELL)
                for line in lines:
                    c.drawString(xs[col] + PAD, ty, line)
                    ty -= CELL_LINE
            start = end + 1
    for row, h in zip(rows, heights):
        c.line(xs[2], y - h, xs[-1], y - h)
        c.setFont(FONT, CELL)
        c.drawCentredString((xs[2] + xs[3]) / 2, y - PAD - CELL, str(row.number))
        for col, text in ((3, row.text), (4, row.units)):
            ty = y - PAD - CELL
            for line in cell_lines(text, xs[col + 1] - xs[col]):
                c.drawString(xs[col] + PAD, ty, line)
                ty -= CELL_LINE
        y -= h


_DRAWN_LABELS: set[str] = set()


def _first_part(row: TableRow, key: str) -> bool:
    """Whether this is the first page a merged label cell is on: only there it has its text."""
    label = f"{key}:{getattr(row, key)}"
    if label in _DRAWN_LABELS:
        return False
    _DRAWN_LABELS.add(label)
    return True


def _table_page_number(c: Canvas, page: int) -> None:
    label = f"— {page} —"
    c.setFont(FONT, NUMBER)
    y = T_BOTTOM - 12 * mm
    if page % 2:
        c.drawRightString(LAND_W - T_MARGIN - NUMBER, y, label)
    else:
        c.drawString(T_MARGIN + NUMBER, y, label)


# --------------------------------------------------------- the web print-out


def render_web(out: Path) -> None:
    """The 2019 plan as a browser prints a web page: running header, 第 N 页 共 M 页."""
    paras = paragraphs_by_kind(CORPORA / "2019-digital-trade-action-plan.zh.txt")
    total = 0
    # The footer needs the page count: lay out once to count, then for real.
    for target in (io.BytesIO(), out):
        c = Canvas(
            target if isinstance(target, io.BytesIO) else str(target),
            pagesize=(PAGE_W, PAGE_H),
            invariant=True,
        )
        w = Writer(
            c, page_number="web", header="上海市商务委员会 政务公开 政策文件", pages_total=total
        )
        for kind, text in paras:
            if kind == "plan-title":
                w.skip(1)
                w.centered(text, TITLE)
                w.skip(1)
            elif kind in ("recipients", "signature"):
                w.paragraph(text, indent=0)
            elif kind == "date":
                w.right(text)
            else:
                w.paragraph(text)
        w.finish_page()
        c.save()
        total = w.page


# ------------------------------------------------------- the broken PDFs


def render_small(out: Path, text: str, encrypt: StandardEncryption | None = None) -> None:
    c = Canvas(str(out), pagesize=(PAGE_W, PAGE_H), invariant=True, encrypt=encrypt)
    w = Writer(c)
    w.paragraph(text)
    w.finish_page()
    c.save()


def render_broken() -> None:
    sample = "上海市人民政府办公厅关于印发实施方案的通知。各区人民政府，市政府各委、办、局："
    render_small(
        HERE / "encrypted.pdf",
        sample,
        StandardEncryption("secret", ownerPassword="owner", canPrint=0),
    )
    render_small(
        HERE / "encrypted-no-password.pdf",
        sample,
        StandardEncryption("", ownerPassword="owner", canModify=0),
    )
    whole = (HERE / "2024-digital-trade.zh.pdf").read_bytes()
    (HERE / "damaged.pdf").write_bytes(whole[: len(whole) // 3])
    render_small(HERE / "no-tounicode.pdf", sample)
    data = (HERE / "no-tounicode.pdf").read_bytes()
    # Renaming the key keeps every byte offset (and so the xref) valid.
    (HERE / "no-tounicode.pdf").write_bytes(data.replace(b"/ToUnicode", b"/ToUnicodX"))
    render_partly_unmapped(HERE / "partly-unmapped.pdf", sample)


def render_partly_unmapped(out: Path, text: str) -> None:
    """CJK text in a usable font, and one line in a second font without ToUnicode."""
    path, index = next((p, i) for p, i in _FONT_FILES if Path(p).exists())
    pdfmetrics.registerFont(TTFont("Unmapped", path, subfontIndex=index + 1))
    c = Canvas(str(out), pagesize=(PAGE_W, PAGE_H), invariant=True)
    w = Writer(c)
    w.paragraph(text)
    c.setFont("Unmapped", BODY)
    c.drawString(LEFT + 2 * PITCH, w.y - LINE + 8, "附件：服务贸易重点领域目录")
    w.y -= LINE
    w.paragraph(text)
    w.finish_page()
    c.save()
    data = out.read_bytes()
    # Take the ToUnicode key out of the second font's dictionary only.
    font = data.index(b"/Name /F3+0")
    start = data.rindex(b" obj", 0, font)
    end = data.index(b"endobj", font)
    part = data[start:end].replace(b"/ToUnicode", b"/ToUnicodX")
    out.write_bytes(data[:start] + part + data[end:])


# ------------------------------------------------- other layouts of the 2024 notice

# Characters each unjustified line stops short of the margin, in turn: 0 to 4,
# from a fixed seed so that the PDF is rendered the same every time.
_RAGGED = tuple(random.Random(2037).choices(range(5), k=97))
SHORT_TITLE = "上海市推动数字贸易和服务贸易高质量发展的实施方案"


def layouts() -> dict[str, Style]:
    """The layouts the 2024 notice is rendered in besides GB/T 9704, by file name."""
    second = register_second_font()
    return {
        # As a word processor prints without justification: ragged right.
        "2024-digital-trade.ragged.zh.pdf": Style(justified=False, ragged=_RAGGED),
        # Page numbers centred at the foot, the plan's title as running header.
        "2024-digital-trade.header.zh.pdf": Style(
            page_number="centred", header=SHORT_TITLE, header_centred=True
        ),
        # A second face, Zen Hei Mono (or, without it, only another size), in
        # 15 pt, 30 characters a line, 24 lines a page, ragged right.
        "2024-digital-trade.mono.zh.pdf": Style(
            font=second or FONT,
            size=15.0 if second else 14.0,
            chars=30,
            lines=24,
            justified=False,
            ragged=_RAGGED[::-1],
        ),
        # Block paragraphs: no first-line indent, half a line between paragraphs.
        "2024-digital-trade.block.zh.pdf": Style(indent=0, space_after=0.5),
    }


def render_layouts() -> None:
    for name, style in layouts().items():
        render_official(HERE / name, style)


# ----------------------------------------------------- real notices in print

REAL = CORPORA / "real"
# A regulation in chapters and a plan whose measures name responsible units,
# with the title broken where the sense allows (GB/T 9704, 7.3.1: 回行时词意完整).
REAL_NOTICES = {
    "2025-putuo-emergency-shelter-measures": (
        "关于印发《上海市普陀区应急避难场所",
        "管理办法（试行）》的通知",
    ),
    "2026-sh-park-quality-upgrade-plan": (
        "上海市人民政府办公厅关于印发",
        "《上海市公园提质增效实施方案》的通知",
    ),
}
# 第一章, 第十二条…: printed with a full-width space after them.
_ARTICLE = re.compile(r"^第[一二三四五六七八九十百零]+[章条]")
# What a web copy has that the printed notice does not.
_WEB_ONLY = {"site-note"}


def real_layouts(header: str) -> dict[str, Style]:
    """The layouts a real notice is rendered in, by the part of the file name before ``.zh.pdf``."""
    return {
        "": GBT,
        # Ragged right, page numbers centred, the plan's title as running header.
        ".ragged": Style(
            justified=False,
            ragged=_RAGGED,
            page_number="centred",
            header=header,
            header_centred=True,
        ),
    }


def render_printed(source: Path, out: Path, style: Style, title: tuple[str, ...]) -> None:
    """A notice from its web copy as it is printed: the text shpolicy reads, in GB/T 9704 layout.

    The web copy's own parts (front matter, disclaimer, links) are not
    printed; the document number, which a web copy gives only in its front
    matter, stands under the top margin with the red separator line under
    it, as on paper.  Chapter headings (第一章…) are centred, as regulations
    set them; the signature is centred over the date.
    """
    notice = parse(source)
    paras = [(k, t) for k, t in paragraphs_by_kind(source) if k not in _WEB_ONLY]
    c = Canvas(str(out), pagesize=(PAGE_W, PAGE_H), invariant=True)
    c.setTitle(source.name.removesuffix(".zh.md"))
    w = Writer(
        c,
        line=AREA_H / style.lines,
        page_number=style.page_number,
        header=style.header,
        style=style,
    )
    if notice.doc_number and all(k != "doc-number" for k, _ in paras):
        paras.insert(0, ("doc-number", notice.doc_number))
    assert "".join(title) == next(t for k, t in paras if k == "title")
    i = 0
    while i < len(paras):
        kind, text = paras[i]
        i += 1
        if kind == "doc-number":
            w.centered(text, BODY)
            y = w.y + (w.line - BODY) / 2 - 4 * mm
            c.setStrokeColor(RED)
            c.setLineWidth(1.5)
            c.line(LEFT, y, LEFT + AREA_W, y)
            c.setStrokeColor(black)
            w.skip(1)
        elif kind in ("title", "plan-title"):
            if kind == "plan-title":
                w.skip(1)
            for line in title if kind == "title" else (text,):
                w.centered(line, TITLE)
            w.skip(1)
        elif kind == "recipients":
            w.paragraph(text, indent=0)
        elif kind == "signature" and i < len(paras) and paras[i][0] == "date":
            date = paras[i][1]
            i += 1
            w.skip(1)
            # 成文日期 four characters in from the right, the issuer centred over it.
            pitch = w.area_w / style.chars
            date_w = width(date, style.size, w.font)
            centre = w.left + w.area_w - 4 * pitch - date_w / 2
            sign_w = width(text, style.size, w.font)
            w.text_line(text, centre - sign_w / 2, style.size)
            w.right(date, space=4)
        elif kind == "date":
            w.right(text)
        elif kind == "section-heading" and (label := _ARTICLE.match(text)):
            w.centered(f"{label[0]}\u3000{text[label.end() :]}", style.size)
        elif kind == "section-heading":
            w.paragraph(text, bold=True)
        elif label := _ARTICLE.match(text):
            w.paragraph(f"{label[0]}\u3000{text[label.end() :]}")
        else:
            w.paragraph(text)
    w.finish_page()
    c.save()


def render_real() -> None:
    for name, title in REAL_NOTICES.items():
        source = REAL / f"{name}.zh.md"
        header = next(t for k, t in paragraphs_by_kind(source) if k == "plan-title")
        for suffix, style in real_layouts(header).items():
            render_printed(source, HERE / f"{name}{suffix}.zh.pdf", style, title)


def main() -> int:
    register_font()
    render_official(HERE / "2024-digital-trade.zh.pdf")
    render_layouts()
    render_real()
    render_web(HERE / "2019-digital-trade-action-plan.zh.pdf")
    render_table(HERE / "2020-service-trade-pilot.table.pdf")
    render_broken()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
