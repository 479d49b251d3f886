"""Task tables written as text: one row a line, cells separated by TABs.

This is how a task table arrives when it was copied out of a word processor or
a PDF, and how the PDF reader writes the tables it finds.  Such text is rarely
clean, and the parser is written for its usual faults rather than for the
ideal grid:

* the header row (试点任务 / 任务细化 / 序号 / 具体举措 / 责任单位) is repeated
  after every page break, sometimes with extra empty cells;
* cells drift one column left or right, so a 序号 can stand in the 任务细化
  column and a label in the 序号 column;
* group and sub-task labels are written once for a group of rows (a merged
  cell) and sometimes drift against the rows, turning up a few rows early or
  late, or alone on a line;
* a row broken by a page break continues on a line with no 序号.

So the role of a cell is read from its content (a bare integer is the 序号,
a cell that opens with a numbering marker is a label, the first long cell is
the measure and the cell after it the units) and the header only says which
roles the table has.  Labels are carried down to the rows below them, as a
merged cell would be, and kept as written; linking a row to the body is done
by content in :mod:`shpolicy.tables.link`, not by these labels.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import regex

from ..ground.numbering import match_marker
from ..schema import AttachmentRow, Span
from .cells import Cell, located_cells, split_cells
from .columns import ColumnRole, header_roles, unit_role
from .unit_cells import units_of_cell

__all__ = ["parse_task_table", "split_cells"]

_NUMBER = regex.compile(r"^[0-9０-９]{1,3}$")
# A label is short: a heading phrase, not a sentence.
_LABEL_MAX = 40
_LABEL_FAMILIES = frozenset({"cjk", "arabic", "roman", "circled"})
_SENTENCE_END = "。！？.!?"


@dataclass
class _Row:
    number: int | None
    text: str
    units: list[Cell]
    """One cell per units column of the header (责任单位, or 牵头单位 and 配合单位)."""
    labels: list[str]
    start: int
    end: int


@dataclass
class _Labels:
    """The labels in force, one per level, as a merged cell carries them down."""

    styles: list[str] = field(default_factory=list)
    current: dict[int, str] = field(default_factory=dict)

    def level(self, style: str) -> int:
        if style not in self.styles:
            self.styles.append(style)
        return self.styles.index(style)

    def update(self, labels: list[tuple[int, str]]) -> list[str]:
        """Take the labels written on a row; return the labels the row stands under."""
        written: dict[int, list[str]] = {}
        for level, label in labels:
            written.setdefault(level, []).append(label)
        for level in sorted(written):
            # A new label of a level ends the labels below it.
            for deeper in [lv for lv in self.current if lv > level]:
                del self.current[deeper]
            self.current[level] = written[level][-1]
        out: list[str] = []
        for level in sorted(self.current):
            out.extend(written.get(level, [self.current[level]]))
        return out


def parse_task_table(text: str, offset: int = 0) -> list[AttachmentRow] | None:
    """The rows of the task table in ``text``, or None if ``text`` holds none.

    ``offset`` is added to the spans of the rows and of their units (the
    position of ``text`` in the notice); a unit's span is where its name
    stands in the units cell.  Responsible units are resolved through the unit registry;
    ``measure_id`` is left for :func:`~shpolicy.tables.link.link_rows`.
    """
    roles: list[ColumnRole] | None = None
    headers: list[str] = []
    labels = _Labels()
    rows: list[_Row] = []
    pos = 0
    for line in text.splitlines(keepends=True):
        start, pos = pos, pos + len(line)
        body = line.rstrip("\r\n")
        if "\t" not in body:
            continue
        cells = located_cells(body, start)
        found = header_roles([cell.text for cell in cells])
        if found is not None:
            if roles is None or found.count("units") != roles.count("units"):
                roles, headers = found, [cell.text for cell in cells]
            continue
        if roles is None:
            continue
        row = _read_row(cells, roles, labels, start, start + len(body))
        if row is None:
            continue
        if row.number is None and not row.labels and rows and "number" in roles:
            _continue_row(rows[-1], row, cells, roles)
        elif row.number is not None or row.text:
            rows.append(row)
    if roles is None or not rows:
        return None
    unit_roles = [unit_role(h) for h, r in zip(headers, roles) if r == "units"]
    return [
        AttachmentRow(
            number=row.number,
            text=row.text,
            labels=row.labels,
            responsible_units=[
                unit
                for cell, role in zip(row.units, unit_roles)
                for unit in units_of_cell(cell, role, offset)
            ],
            span=Span(start=offset + row.start, end=offset + row.end),
        )
        for row in rows
    ]


def _read_row(
    cells: list[Cell], roles: list[ColumnRole], labels: _Labels, start: int, end: int
) -> _Row | None:
    """Read one line of the table by what its cells hold, not where they stand."""
    number: int | None = None
    written: list[tuple[int, str]] = []
    content: list[Cell] = []
    for cell in cells:
        if not cell.text:
            continue
        if number is None and not content and _NUMBER.match(cell.text):
            number = int(cell.text)
            continue
        marker = _label_marker(cell.text)
        if marker is not None and not content:
            written.append((labels.level(marker), cell.text))
            continue
        content.append(cell)
    if number is None and not written and not content:
        return None
    if not content and number is None:
        # A label alone on a line: a merged cell that drifted off its rows.
        labels.update(written)
        return None
    text, units = _content_roles(content, roles)
    row_labels = labels.update(written) if written else labels.update([])
    return _Row(number, text, units, row_labels if number is not None or text else [], start, end)


def _label_marker(cell: str) -> str | None:
    """The numbering style of a label cell (``(一) 全面探索…``, ``1. 强化…``), if it is one."""
    if len(cell) > _LABEL_MAX or cell[-1] in _SENTENCE_END:
        return None
    marker = match_marker(cell, families=_LABEL_FAMILIES)
    if marker is None or marker.end >= len(cell):
        return None
    return f"{marker.family}-{marker.form}"


def _content_roles(content: list[Cell], roles: list[ColumnRole]) -> tuple[str, list[Cell]]:
    """Which content cell is the measure and which the units (one per units column)."""
    wanted = [r for r in roles if r in ("text", "units", "other")]
    while wanted and wanted[-1] == "other":
        wanted.pop()
    columns = roles.count("units")
    if len(content) == len(wanted):
        text = "".join(c.text for c, r in zip(content, wanted) if r == "text")
        return text, [c for c, r in zip(content, wanted) if r == "units"]
    if not content:
        return "", [Cell()] * columns
    if len(content) == 1:
        # One cell: the measure, unless the table has no measure column.
        if "text" in wanted:
            return content[0].text, [Cell()] * columns
        return "", [content[0]] + [Cell()] * (columns - 1)
    # More or fewer cells than columns: the first is the measure, the units
    # follow it (the last cell, where there is one units column); anything
    # else (a deadline, a note) is not read.
    rest = content[1:]
    units = [rest[-1]] if columns == 1 else (rest + [Cell()] * columns)[:columns]
    return content[0].text, units


def _continue_row(row: _Row, more: _Row, cells: list[Cell], roles: list[ColumnRole]) -> None:
    """A row broken by a page break: its second part has no 序号.

    A page break falls anywhere in a cell, even inside a name, so the parts
    are joined as they are.  When the line has a cell for every column, the
    columns say which part continues what; otherwise the content does.
    """
    if len(cells) == len(roles):
        text = "".join(c.text for c, r in zip(cells, roles) if r == "text")
        units = [c for c, r in zip(cells, roles) if r == "units"]
    else:
        text, units = more.text, more.units
    row.text += text
    row.units = [a + b for a, b in zip(row.units, units)]
    row.end = more.end
