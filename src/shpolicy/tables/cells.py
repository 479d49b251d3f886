"""The cells of a TAB-separated table line, and where their text stands.

A task table's cells are read as text, but the units they name must point
back into the notice: so a cell keeps, with its text, the offset of each of
its characters.  A cell broken over a page break is joined from its parts
(``first + rest``), and its characters keep the offsets of the parts.
"""

from __future__ import annotations

from dataclasses import dataclass

__all__ = ["Cell", "located_cells", "split_cells"]

_PAD = " \u3000\u00a0"


@dataclass(frozen=True, slots=True)
class Cell:
    """A cell's text, stripped, and the offset of each of its characters."""

    text: str = ""
    offsets: tuple[int, ...] = ()

    @classmethod
    def at(cls, text: str, start: int) -> Cell:
        """The cell ``text`` standing, unbroken, at offset ``start``."""
        return cls(text, tuple(range(start, start + len(text))))

    def __add__(self, other: Cell) -> Cell:
        return Cell(self.text + other.text, self.offsets + other.offsets)

    def locate(self, start: int, end: int) -> tuple[int, int]:
        """Where ``text[start:end]`` stands: from its first character to just after its last.

        For a cell joined from parts this stretch takes in whatever stands
        between them (the rest of the line, the page break).
        """
        if start >= end:
            at = self.offsets[start] if start < len(self.offsets) else self._end()
            return at, at
        return self.offsets[start], self.offsets[end - 1] + 1

    def _end(self) -> int:
        return self.offsets[-1] + 1 if self.offsets else 0


def split_cells(line: str) -> list[str]:
    """The cells of a TAB-separated line, stripped of surrounding white space."""
    return [cell.text for cell in located_cells(line)]


def located_cells(line: str, start: int = 0) -> list[Cell]:
    """The cells of a TAB-separated line that starts at offset ``start``, stripped."""
    out: list[Cell] = []
    pos = start
    for raw in line.split("\t"):
        text = raw.strip(_PAD)
        lead = len(raw) - len(raw.lstrip(_PAD))
        out.append(Cell.at(text, pos + lead))
        pos += len(raw) + 1
    return out
