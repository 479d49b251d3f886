"""The 责任单位 cell of a task table: a list of bodies, split and resolved.

The splitting (on 、 and commas, never inside brackets, role words such as
``（牵头）`` taken off) and the registry are :mod:`shpolicy.units`'; this module
only applies them to a cell, with the role its column gives (牵头单位 lead,
配合单位 support) where the cell itself says none.
"""

from __future__ import annotations

from ..schema import ResponsibleUnit, Role, Span
from .cells import Cell

__all__ = ["units_of_cell"]


def units_of_cell(cell: Cell, role: Role | None = None, offset: int = 0) -> list[ResponsibleUnit]:
    """The responsible units a units cell lists; ``role`` is what the column says.

    Each unit's span is where its name stands in the table's text, moved by
    ``offset`` (the table's position in the notice).
    """
    from ..units import parse_unit_list, resolve_unit

    units: list[ResponsibleUnit] = []
    for mention in parse_unit_list(cell.text, "zh", role):
        start, end = cell.locate(mention.start, mention.end)
        units.append(
            ResponsibleUnit(
                name=mention.name,
                canonical=resolve_unit(mention.name, "zh").canonical,
                role=mention.role or role,
                span=Span(start=offset + start, end=offset + end),
            )
        )
    return units
