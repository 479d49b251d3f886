"""Ruled tables on a PDF page: cells from the ruling lines, text from the glyphs in them.

The cell finding is pdfplumber's (``merge_edges``, ``edges_to_intersections``,
``intersections_to_cells``, ``cells_to_tables`` with its default tolerances),
fed with the rules and glyphs the fast extractor already has, so that the
page is not interpreted a second time by pdfminer.  Rows and columns follow
pdfplumber's ``Table.rows``: a row per distinct cell top, a column per
distinct cell left edge, and None where a merged cell covers the position.

Only pages with ruling lines in both directions can hold a ruled table;
:func:`may_hold_table` says so cheaply, before any of this runs.  Text in a
cell that wraps onto several lines is joined without a break, as the text of
a paragraph is.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from .pdf_content import Glyph, Rule
from .pdf_lines import group_lines, is_cjk

__all__ = ["Grid", "find_grids", "may_hold_table"]

# pdfplumber's defaults (TableSettings).
_SNAP = 3.0
_JOIN = 3.0
_MIN_EDGE = 3.0
_INTERSECTION = 3.0
# Shorter rules are underlines or strokes, not table borders.
_MIN_BORDER = 8.0

Box = tuple[float, float, float, float]


@dataclass
class Grid:
    """A ruled table: its box and its rows of cell texts (None under a merged cell)."""

    bbox: Box
    """x0, top, x1, bottom."""
    rows: list[list[str | None]]
    row_tops: list[float]
    cells: list[Box]

    def contains(self, glyph: Glyph) -> bool:
        x0, top, x1, bottom = self.bbox
        return x0 <= (glyph.x0 + glyph.x1) / 2 < x1 and top <= glyph.middle < bottom


def may_hold_table(rules: Sequence[Rule]) -> bool:
    """Whether there are enough horizontal and vertical rules for a table (two of each)."""
    across = down = 0
    for rule in rules:
        if rule.horizontal and rule.x1 - rule.x0 >= _MIN_BORDER:
            across += 1
        elif not rule.horizontal and rule.bottom - rule.top >= _MIN_BORDER:
            down += 1
        if across >= 2 and down >= 2:
            return True
    return False


def _edge(rule: Rule) -> dict[str, Any]:
    width, height = rule.x1 - rule.x0, rule.bottom - rule.top
    horizontal = rule.horizontal
    if horizontal:
        mid = (rule.top + rule.bottom) / 2
        top = bottom = mid
        height = 0.0
        x0, x1 = rule.x0, rule.x1
    else:
        mid = (rule.x0 + rule.x1) / 2
        x0 = x1 = mid
        width = 0.0
        top, bottom = rule.top, rule.bottom
    return {
        "x0": x0,
        "x1": x1,
        "top": top,
        "bottom": bottom,
        "width": width,
        "height": height,
        "orientation": "h" if horizontal else "v",
        "object_type": "line",
    }


def find_grids(rules: Sequence[Rule], glyphs: Sequence[Glyph]) -> list[Grid]:
    """The ruled tables the rules draw, with the text of each cell."""
    from pdfplumber.table import (
        cells_to_tables,
        edges_to_intersections,
        intersections_to_cells,
        merge_edges,
    )

    edges = [_edge(rule) for rule in rules]
    edges = merge_edges(
        edges,
        snap_x_tolerance=_SNAP,
        snap_y_tolerance=_SNAP,
        join_x_tolerance=_JOIN,
        join_y_tolerance=_JOIN,
    )
    edges = [
        e
        for e in edges
        if (e["x1"] - e["x0"] if e["orientation"] == "h" else e["bottom"] - e["top"]) >= _MIN_EDGE
    ]
    intersections = edges_to_intersections(edges, _INTERSECTION, _INTERSECTION)
    cells = intersections_to_cells(intersections)
    grids: list[Grid] = []
    for group in cells_to_tables(cells):
        boxes: list[Box] = [tuple(map(float, cell)) for cell in group]  # type: ignore[misc]
        tops = sorted({b[1] for b in boxes})
        lefts = sorted({b[0] for b in boxes})
        if len(tops) < 2 or len(lefts) < 2:
            continue
        bbox = (
            min(b[0] for b in boxes),
            min(b[1] for b in boxes),
            max(b[2] for b in boxes),
            max(b[3] for b in boxes),
        )
        grids.append(Grid(bbox=bbox, rows=[], row_tops=tops, cells=boxes))
    if not grids:
        return []
    for grid in grids:
        by_cell = _glyphs_by_cell(grid, glyphs)
        by_start = {(b[0], b[1]): b for b in grid.cells}
        lefts = sorted({b[0] for b in grid.cells})
        for top in grid.row_tops:
            row: list[str | None] = []
            for left in lefts:
                box = by_start.get((left, top))
                row.append(None if box is None else cell_text(by_cell.get(box, [])))
            grid.rows.append(row)
    grids.sort(key=lambda g: g.bbox[1])
    return grids


def _glyphs_by_cell(grid: Grid, glyphs: Sequence[Glyph]) -> dict[Box, list[Glyph]]:
    """The glyphs in each cell (by the middle of the glyph, as pdfplumber places characters).

    Cell edges cut the table into a fine grid; each fine position belongs to
    one cell, so a glyph's cell is two bisections away rather than a search.
    """
    xs = sorted({b[0] for b in grid.cells} | {b[2] for b in grid.cells})
    ys = sorted({b[1] for b in grid.cells} | {b[3] for b in grid.cells})
    owner: dict[tuple[int, int], Box] = {}
    for box in grid.cells:
        for i in range(bisect_left(ys, box[1]), bisect_left(ys, box[3])):
            for j in range(bisect_left(xs, box[0]), bisect_left(xs, box[2])):
                owner[(i, j)] = box
    out: dict[Box, list[Glyph]] = {}
    for glyph in glyphs:
        x, y = (glyph.x0 + glyph.x1) / 2, glyph.middle
        found = owner.get((bisect_right(ys, y) - 1, bisect_right(xs, x) - 1))
        if found is not None and found[0] <= x < found[2] and found[1] <= y < found[3]:
            out.setdefault(found, []).append(glyph)
    return out


def cell_text(glyphs: Sequence[Glyph]) -> str:
    """The text of a cell: its lines joined without a break (a space between two words)."""
    out = ""
    for line in group_lines(glyphs):
        text = line.text
        if out and text and not is_cjk(out[-1]) and not is_cjk(text[0]):
            out += " "
        out += text
    return out
