"""What a PDF page holds, as far as layout needs it: glyphs and ruling lines.

Two extractors fill the same :class:`PageContent`: :func:`pdfium_pages` with
pypdfium2, which is what the reader uses (it is several times faster than
pdfminer), and :func:`plumber_pages` with pdfplumber, kept as the reference
the first is tested against and as a fallback.  Everything after this point
works on :class:`PageContent` and does not know which one produced it.

Coordinates are in points with the origin at the page's top left, y growing
downwards, as in pdfplumber.  A glyph is placed by its baseline, which is
what lines of text share even when their sizes or fonts differ.
"""

from __future__ import annotations

import ctypes
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

__all__ = ["Glyph", "PageContent", "Rule", "pdfium_pages", "plumber_pages"]

RGB = tuple[float, float, float]


@dataclass(slots=True)
class Glyph:
    """One drawn character."""

    text: str
    x0: float
    x1: float
    baseline: float
    size: float
    color: RGB | None = None
    """Fill colour as RGB in 0–1; None where it is not known."""
    unmapped: bool = False
    """The font gives no Unicode for the glyph (no ToUnicode); ``text`` is ``(cid:N)``."""

    @property
    def middle(self) -> float:
        """Vertical middle of the glyph's em box (ascent 0.8, descent 0.2 of the size)."""
        return self.baseline - 0.3 * self.size


@dataclass(frozen=True, slots=True)
class Rule:
    """A horizontal or vertical line segment (a ruling line, or a side of a rectangle)."""

    x0: float
    x1: float
    top: float
    bottom: float
    color: RGB | None = None

    @property
    def horizontal(self) -> bool:
        return self.x1 - self.x0 >= self.bottom - self.top


@dataclass
class PageContent:
    """The glyphs and rules of one page."""

    number: int
    """1-based page number."""
    width: float
    height: float
    glyphs: list[Glyph] = field(default_factory=list)
    rules: list[Rule] = field(default_factory=list)


def _rgb(value: Any) -> RGB | None:
    """A pdfplumber colour (gray, RGB or CMYK tuple, or a pattern name) as RGB."""
    if not isinstance(value, (tuple, list)) or not all(isinstance(v, (int, float)) for v in value):
        return None
    if len(value) == 1:
        gray = float(value[0])
        return (gray, gray, gray)
    if len(value) == 3:
        return (float(value[0]), float(value[1]), float(value[2]))
    if len(value) == 4:
        c, m, y, k = (float(v) for v in value)
        return ((1 - c) * (1 - k), (1 - m) * (1 - k), (1 - y) * (1 - k))
    return None


# Shorter segments are glyph strokes or dots, not rules.
_MIN_RULE = 1.0
# Segments this close to axis-parallel count as horizontal or vertical.
_SKEW = 0.5


def _segments_to_rules(
    points: list[tuple[float, float, bool]], color: RGB | None
) -> Iterator[Rule]:
    """Axis-parallel rules of a path given as (x, top, starts_subpath) points."""
    prev: tuple[float, float] | None = None
    for x, top, move in points:
        if not move and prev is not None:
            (xa, ya), (xb, yb) = prev, (x, top)
            dx, dy = abs(xb - xa), abs(yb - ya)
            if max(dx, dy) >= _MIN_RULE and min(dx, dy) <= _SKEW:
                yield Rule(min(xa, xb), max(xa, xb), min(ya, yb), max(ya, yb), color)
        prev = (x, top)


# ------------------------------------------------------------------ pypdfium2

_BREAKS = frozenset("\r\n")


def pdfium_pages(document: Any) -> Iterator[PageContent]:
    """The pages of an open ``pypdfium2.PdfDocument``."""
    import pypdfium2.raw as pdfium_c

    for index in range(len(document)):
        page = document[index]
        try:
            yield _pdfium_page(pdfium_c, page, index + 1)
        finally:
            page.close()


def _pdfium_page(c: Any, page: Any, number: int) -> PageContent:
    width, height = page.get_size()
    content = PageContent(number=number, width=float(width), height=float(height))
    textpage = page.get_textpage()
    try:
        content.glyphs = _pdfium_glyphs(c, textpage.raw, float(height))
    finally:
        textpage.close()
    content.rules = _pdfium_rules(c, page, float(height))
    return content


def _pdfium_glyphs(c: Any, tp: Any, height: float) -> list[Glyph]:
    count = c.FPDFText_CountChars(tp)
    if count <= 0:
        return []
    ox, oy = ctypes.c_double(), ctypes.c_double()
    box = c.FS_RECTF()
    r, g, b, a = ctypes.c_uint(), ctypes.c_uint(), ctypes.c_uint(), ctypes.c_uint()
    get_unicode, get_origin = c.FPDFText_GetUnicode, c.FPDFText_GetCharOrigin
    get_size, get_box = c.FPDFText_GetFontSize, c.FPDFText_GetLooseCharBox
    get_fill, is_generated = c.FPDFText_GetFillColor, c.FPDFText_IsGenerated
    map_error = c.FPDFText_HasUnicodeMapError
    glyphs: list[Glyph] = []
    i = 0
    while i < count:
        # Per character, not FPDFText_GetText: that one leaves out some control
        # characters (unmapped glyphs come as such) and so loses the indices.
        index = i
        code = get_unicode(tp, i)
        i += 1
        if 0xD800 <= code <= 0xDBFF and i < count:
            # Where wchar_t is 16 bits, a character beyond the BMP takes two indices.
            low = get_unicode(tp, i)
            code = 0x10000 + ((code - 0xD800) << 10) + (low - 0xDC00)
            i += 1
        text = chr(code) if 0 <= code <= 0x10FFFF else "\ufffd"
        unmapped = map_error(tp, index) == 1
        if unmapped:
            # Written as pdfminer writes a glyph it cannot map: the code, not a character.
            text = f"(cid:{code})"
        elif text in _BREAKS or (text == " " and is_generated(tp, index) == 1):
            # pdfium adds spaces and line breaks of its own; only spaces can be real.
            continue
        get_origin(tp, index, ox, oy)
        get_box(tp, index, box)
        color: RGB | None = None
        if get_fill(tp, index, r, g, b, a):
            color = (r.value / 255, g.value / 255, b.value / 255)
        glyphs.append(
            Glyph(
                text=text,
                x0=ox.value,
                x1=max(box.right, ox.value),
                baseline=height - oy.value,
                size=float(get_size(tp, index)),
                color=color,
                unmapped=unmapped,
            )
        )
    return glyphs


def _pdfium_rules(c: Any, page: Any, height: float) -> list[Rule]:
    rules: list[Rule] = []
    raw = page.raw
    matrix = c.FS_MATRIX()
    x, y = ctypes.c_float(), ctypes.c_float()
    fill_mode, stroke = ctypes.c_int(), ctypes.c_int()
    r, g, b, a = ctypes.c_uint(), ctypes.c_uint(), ctypes.c_uint(), ctypes.c_uint()
    for k in range(c.FPDFPage_CountObjects(raw)):
        obj = c.FPDFPage_GetObject(raw, k)
        if c.FPDFPageObj_GetType(obj) != c.FPDF_PAGEOBJ_PATH:
            continue
        c.FPDFPath_GetDrawMode(obj, fill_mode, stroke)
        if not stroke.value and not fill_mode.value:
            continue
        color: RGB | None = None
        getter = c.FPDFPageObj_GetStrokeColor if stroke.value else c.FPDFPageObj_GetFillColor
        if getter(obj, r, g, b, a):
            color = (r.value / 255, g.value / 255, b.value / 255)
        c.FPDFPageObj_GetMatrix(obj, matrix)
        ma, mb, mc, md, me, mf = matrix.a, matrix.b, matrix.c, matrix.d, matrix.e, matrix.f
        points: list[tuple[float, float, bool]] = []
        start: tuple[float, float] | None = None
        for s in range(c.FPDFPath_CountSegments(obj)):
            seg = c.FPDFPath_GetPathSegment(obj, s)
            c.FPDFPathSegment_GetPoint(seg, x, y)
            px = ma * x.value + mc * y.value + me
            py = height - (mb * x.value + md * y.value + mf)
            kind = c.FPDFPathSegment_GetType(seg)
            move = kind == c.FPDF_SEGMENT_MOVETO
            if move:
                start = (px, py)
            if kind == c.FPDF_SEGMENT_BEZIERTO:
                # Curves are not rules; restart the subpath at the curve's end.
                points.append((px, py, True))
                continue
            points.append((px, py, move))
            if c.FPDFPathSegment_GetClose(seg) and start is not None:
                points.append((start[0], start[1], False))
        rules.extend(_segments_to_rules(points, color))
    return rules


# ------------------------------------------------------------------ pdfplumber


def plumber_pages(pdf: Any) -> Iterator[PageContent]:
    """The pages of an open ``pdfplumber.PDF`` (the reference extractor)."""
    for page in pdf.pages:
        height = float(page.height)
        content = PageContent(number=page.page_number, width=float(page.width), height=height)
        for ch in page.chars:
            text = ch["text"]
            unmapped = text.startswith("(cid:")
            matrix = ch.get("matrix") or (1, 0, 0, 1, ch["x0"], height - ch["bottom"])
            content.glyphs.append(
                Glyph(
                    text=text,
                    x0=float(ch["x0"]),
                    x1=float(ch["x1"]),
                    baseline=height - float(matrix[5]),
                    size=float(ch["size"]),
                    color=_rgb(ch.get("non_stroking_color")),
                    unmapped=unmapped,
                )
            )
        for line in page.lines:
            pts = line.get("pts") or [(line["x0"], line["top"]), (line["x1"], line["bottom"])]
            color = _rgb(line.get("stroking_color"))
            points = [(float(px), float(py), i == 0) for i, (px, py) in enumerate(pts)]
            content.rules.extend(_segments_to_rules(points, color))
        for rect in page.rects:
            color = _rgb(
                rect.get("stroking_color") if rect.get("stroke") else rect.get("non_stroking_color")
            )
            x0, x1 = float(rect["x0"]), float(rect["x1"])
            y0, y1 = float(rect["top"]), float(rect["bottom"])
            corners = [
                (x0, y0, True),
                (x1, y0, False),
                (x1, y1, False),
                (x0, y1, False),
                (x0, y0, False),
            ]
            content.rules.extend(_segments_to_rules(corners, color))
        page.flush_cache()
        yield content
