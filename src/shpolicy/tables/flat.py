"""Tables printed a cell to a line: a web copy's flattened table read back into rows.

A table saved from a web page often loses its grid: every cell stands on a
line of its own, the header first (任务类型 / 序号 / 工作任务 / 推进单位), then
row after row.  Merged cells are printed once, so rows have different numbers
of cells; what holds is the row number: a line that is nothing but the next
number (1, 2, 3 …) starts a row.  After it stand the row's text and, where
the row has one, its units cell (a list of bodies); a line that is neither,
between rows, is the label of the group the following rows belong to
(行动一：…, 旧区改造).  A table without a number column is left as text.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import regex

from ..schema import AttachmentRow, ResponsibleUnit, Role, Span
from .cells import Cell
from .columns import ColumnRole, header_roles, is_header_cell, is_units_header, unit_role
from .unit_cells import units_of_cell

__all__ = ["parse_flat_table"]

_BRACKETED = regex.compile(r"[（(][^（()）]*[）)]")
_SPACES = regex.compile(r"\s+")

_NUMBER = regex.compile(r"^\d{1,3}$")
# A cell that names bodies: short pieces ending as a body's name does.
_BODY_END = regex.compile(
    r"(?:委员会|人民政府|政府|办公室|办|委|局|厅|署|院|中心|公司|集团|专班|街道|街镇|镇|分局|支队|海关|管委会|各区)$"
)
_PIECES = regex.compile(r"[、，,；;\s]+")
_HEADER_MIN = 3
_HEADER_CELL = regex.compile(r"^[^\d，。；：,.;:！？]{1,10}$")


@dataclass
class _Line:
    start: int
    text: str


@dataclass
class _Row:
    number: int
    start: int
    end: int
    text: str = ""
    units: list[ResponsibleUnit] = field(default_factory=list)
    labels: list[str] = field(default_factory=list)
    filled: int = 0  # columns after the number read so far


def _lines(text: str, offset: int) -> list[_Line]:
    out: list[_Line] = []
    pos = 0
    for raw in text.split("\n"):
        stripped = raw.strip(" \t\u3000")
        if stripped:
            out.append(_Line(offset + pos + raw.index(stripped[0]), stripped))
        pos += len(raw) + 1
    return out


def _take(row: _Row, line: _Line, slots: list[ColumnRole], role: Role | None, offset: int) -> bool:
    """Put ``line`` in the next column of ``row`` that can hold it; False past the last.

    A units cell merged over several rows is printed once: a line in a units
    column that names no body belongs to the next column.
    """
    while row.filled < len(slots):
        column = slots[row.filled]
        row.filled += 1
        if column == "units":
            if not _names_bodies(line.text):
                continue
            cell = Cell.at(line.text, line.start - offset)
            row.units = units_of_cell(cell, role, offset)
        elif column == "text" and not row.text:
            row.text = line.text
        return True
    return False


def _names_bodies(cell: str) -> bool:
    pieces = [p for p in _PIECES.split(_BRACKETED.sub("", cell)) if p]
    return bool(pieces) and all(len(p) <= 24 and _BODY_END.search(p) for p in pieces)


def _header(lines: list[_Line]) -> tuple[int, list[str]] | None:
    """Where the header ends and its cells: the short lines right above the first row.

    A task table's header names its columns in words the column module knows
    (序号 / 工作任务 / 责任单位); other tables (a 权力和责任清单: 权力责任名称 /
    行使主体 / 设定依据…) are read by the run of short lines above the row ``1``.
    """
    for i in range(len(lines)):
        j = i
        while j < len(lines) and is_header_cell(lines[j].text):
            j += 1
        roles = header_roles([x.text for x in lines[i:j]]) if j - i >= _HEADER_MIN else None
        if roles is not None and "number" in roles:
            return j, [x.text for x in lines[i:j]]
    for i, line in enumerate(lines):
        if line.text != "1":
            continue
        j = i
        while j > 0 and _HEADER_CELL.match(lines[j - 1].text):
            j -= 1
        if i - j >= _HEADER_MIN - 1:
            return i, [line.text for line in lines[j:i]]
        return None
    return None


def _column(cell: str) -> ColumnRole:
    if _SPACES.sub("", cell) in ("序号", "编号"):
        return "number"
    return "units" if is_units_header(cell) else "other"


def _slots(cells: list[str]) -> list[ColumnRole]:
    """The roles of the columns after the number column, in order; the first text column
    (or, in a table of other words, the first column) holds the row's text."""
    roles: list[ColumnRole] = header_roles(cells) or [_column(c) for c in cells]
    if "number" in roles:
        roles = roles[roles.index("number") + 1 :]
    slots: list[ColumnRole] = [r if r != "label" else "text" for r in roles] or ["text"]
    if "text" not in slots:
        slots[0] = "text"
    return slots


def parse_flat_table(text: str, offset: int = 0) -> list[AttachmentRow] | None:
    """The rows of a table printed a cell to a line in ``text``; None if it holds none.

    ``offset`` is where ``text`` stands in the notice, so that rows and units
    carry spans into it.
    """
    lines = _lines(text, offset)
    found = _header(lines)
    if found is None:
        return None
    body_at, cells = found
    slots = _slots(cells)
    role: Role | None = None
    for name in cells:
        if is_units_header(name):
            role = unit_role(name)
            break
    rows: list[_Row] = []
    labels: list[str] = []
    in_labels = False  # the line before was a label: labels stack (行动一 / 旧区改造)
    current: _Row | None = None
    for line in lines[body_at:]:
        expected = rows[-1].number + 1 if rows else 1
        if _NUMBER.match(line.text) and int(line.text) == expected:
            current = _Row(expected, line.start, line.start + len(line.text), labels=list(labels))
            rows.append(current)
            in_labels = False
            continue
        if is_header_cell(line.text) and current is None:
            continue  # the header printed again after a page break
        if current is not None and _take(current, line, slots, role, offset):
            current.end = line.start + len(line.text)
            continue
        # Past the row's last column: a group label for the rows after it.
        current = None
        labels = [*labels, line.text] if in_labels else [line.text]
        in_labels = True
    if not rows:
        return None
    return [
        AttachmentRow(
            number=row.number,
            text=row.text,
            labels=row.labels,
            responsible_units=row.units,
            span=Span(start=row.start, end=row.end),
        )
        for row in rows
    ]
