"""The 责任单位 cell of a task table: a list of bodies, split and resolved.

The splitting (on 、 and commas, never inside brackets, role words such as
``（牵头）`` taken off) and the registry are :mod:`shpolicy.units`'; this module
only applies them to a cell, with the role its column gives (牵头单位 lead,
配合单位 support) where the cell itself says none.
"""

from __future__ import annotations

from ..schema import ResponsibleUnit, Role

__all__ = ["units_of_cell"]


def units_of_cell(cell: str, role: Role | None = None) -> list[ResponsibleUnit]:
    """The responsible units a units cell lists; ``role`` is what the column says."""
    from ..units import parse_unit_list, resolve_unit

    return [
        ResponsibleUnit(
            name=mention.name,
            canonical=resolve_unit(mention.name, "zh").canonical,
            role=mention.role or role,
        )
        for mention in parse_unit_list(cell, "zh", role)
    ]
