"""Glyphs into lines of text: doubled glyphs dropped, lines found by baseline.

A word processor imitates bold, where the font has none, by drawing each
character twice a fraction of a point apart; extracted naively that reads
``一一、、大大力力``.  :func:`dedupe` keeps one of each such pair (pdfium
already drops most of them; pdfminer does not).

:func:`group_lines` gathers glyphs that share a baseline into a
:class:`TextLine`, left to right.  Spaces are the ones the PDF draws, plus one
wherever a gap between glyphs is wider than a space would be; between two CJK
characters only a gap of several characters counts, since CJK text is often
letter-spaced (a masthead, a justified line) and never has word spaces.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass

from .pdf_content import Glyph

__all__ = ["TextLine", "dedupe", "glyphs_text", "group_lines", "is_cjk", "is_red"]

# A second glyph this close (in ems) to one with the same text is the same glyph.
_DOUBLED = 0.3
# Glyphs whose baselines differ by less than this (in ems) are on one line.
_SAME_LINE = 0.35
# A gap wider than this (in ems) is a space between words ...
_WORD_GAP = 0.25
# ... and between CJK characters only wider than this.
_CJK_GAP = 2.5


def is_cjk(char: str) -> bool:
    """Whether ``char`` is a CJK ideograph, kana, hangul or full-width punctuation."""
    code = ord(char[0])
    return (
        0x2E80 <= code <= 0x9FFF
        or 0xAC00 <= code <= 0xD7AF
        or 0xF900 <= code <= 0xFAFF
        or 0xFE30 <= code <= 0xFE4F
        or 0xFF00 <= code <= 0xFFEF
        or 0x20000 <= code <= 0x3FFFF
    )


def is_red(glyph: Glyph) -> bool:
    """Whether the glyph is drawn in red (as a masthead is)."""
    if glyph.color is None:
        return False
    r, g, b = glyph.color
    return r >= 0.6 and g <= 0.35 and b <= 0.35


@dataclass
class TextLine:
    """Glyphs on one baseline, left to right, and the text they read as."""

    glyphs: list[Glyph]
    text: str
    x0: float
    x1: float
    baseline: float
    size: float
    """The size most of its glyphs have."""
    red: bool = False

    @property
    def top(self) -> float:
        return self.baseline - 0.8 * self.size


def dedupe(glyphs: Sequence[Glyph]) -> tuple[list[Glyph], int]:
    """The glyphs without the second drawing of doubled ones, and how many were dropped."""
    kept: list[Glyph] = []
    near: dict[str, list[Glyph]] = {}
    dropped = 0
    for glyph in glyphs:
        if glyph.text.isspace():
            kept.append(glyph)
            continue
        twins = near.setdefault(glyph.text, [])
        limit = _DOUBLED * glyph.size
        if any(
            abs(t.x0 - glyph.x0) < limit and abs(t.baseline - glyph.baseline) < limit for t in twins
        ):
            dropped += 1
            continue
        twins.append(glyph)
        kept.append(glyph)
    return kept, dropped


def group_lines(glyphs: Sequence[Glyph]) -> list[TextLine]:
    """Lines of the glyphs, top to bottom (and left to right where baselines tie)."""
    ordered = sorted(glyphs, key=lambda g: (g.baseline, g.x0))
    clusters: list[list[Glyph]] = []
    base = 0.0
    for glyph in ordered:
        if clusters and abs(glyph.baseline - base) <= _SAME_LINE * glyph.size:
            clusters[-1].append(glyph)
        else:
            clusters.append([glyph])
            base = glyph.baseline
    lines: list[TextLine] = []
    for cluster in clusters:
        cluster.sort(key=lambda g: g.x0)
        visible = [g for g in cluster if not g.text.isspace()]
        if not visible:
            continue
        lines.append(
            TextLine(
                glyphs=visible,
                text=glyphs_text(cluster),
                x0=visible[0].x0,
                x1=max(g.x1 for g in visible),
                baseline=_mode([g.baseline for g in visible]),
                size=_mode([g.size for g in visible]),
                red=sum(is_red(g) for g in visible) * 2 > len(visible),
            )
        )
    lines.sort(key=lambda line: (line.baseline, line.x0))
    return lines


def _mode(values: list[float]) -> float:
    """The most common value (to 0.1), quickly when all are equal, as they mostly are."""
    first = values[0]
    if all(v == first for v in values):
        return round(first, 1)
    return Counter(round(v, 1) for v in values).most_common(1)[0][0]


def glyphs_text(glyphs: Sequence[Glyph]) -> str:
    """The text of glyphs on one line, in x order, with spaces where the gaps say so."""
    out: list[str] = []
    prev: Glyph | None = None
    for glyph in glyphs:
        if glyph.text.isspace():
            if out and out[-1] != " ":
                out.append(" ")
            prev = None
            continue
        if prev is not None and out and out[-1] != " ":
            gap = glyph.x0 - prev.x1
            em = min(glyph.size, prev.size)
            cjk = is_cjk(prev.text[-1]) and is_cjk(glyph.text[0])
            if gap > (_CJK_GAP if cjk else _WORD_GAP) * em:
                out.append(" ")
        out.append(glyph.text)
        prev = glyph
    return "".join(out).strip(" ")
