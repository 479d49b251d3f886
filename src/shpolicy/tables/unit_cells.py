"""The 责任单位 cell of a task table: a list of bodies, split and resolved.

A cell lists bodies separated by 、 or commas (，,；;), sometimes with a role
word (``市商务委（牵头）``) and sometimes with a parenthesis that belongs to the
name (``浦东新区政府(上海自贸试验区管委会)``), so separators inside brackets
do not split.  Canonical names come from the unit registry in
:mod:`shpolicy.units` when it is installed; without it the names are kept as
written with ``canonical`` None.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from functools import lru_cache
from typing import Any

import regex

from ..schema import ResponsibleUnit, Role

__all__ = ["split_unit_names", "units_of_cell"]

_SEPARATORS = "、，,；;/／"
_OPEN = "(（〔[【"
_CLOSE = ")）〕]】"
_SPACE = regex.compile(r"[\s\u3000]+")
# A role word in brackets or at the end of a name: 市商务委（牵头）, 市商务委牵头.
_ROLE_SUFFIX = regex.compile(r"(?:[(（](牵头|配合|参与|协同|负责)[)）]|(牵头|配合)(?:负责|单位)?)$")
_ROLES: dict[str, Role] = {
    "牵头": "lead",
    "负责": "lead",
    "配合": "support",
    "参与": "support",
    "协同": "support",
}


def split_unit_names(cell: str) -> list[str]:
    """The bodies a units cell lists, in order, with separators inside brackets kept."""
    names: list[str] = []
    depth = 0
    current: list[str] = []
    for char in _SPACE.sub("", cell):
        if char in _OPEN:
            depth += 1
        elif char in _CLOSE:
            depth = max(0, depth - 1)
        elif char in _SEPARATORS and depth == 0:
            names.append("".join(current))
            current = []
            continue
        current.append(char)
    names.append("".join(current))
    return [name.strip("。.") for name in names if name.strip("。.")]


def units_of_cell(cell: str, role: Role | None = None) -> list[ResponsibleUnit]:
    """The responsible units of a units cell; ``role`` is what the column says (牵头单位…)."""
    units: list[ResponsibleUnit] = []
    resolve = _resolver()
    for written in split_unit_names(cell):
        name, unit_role = written, role
        found = _ROLE_SUFFIX.search(written)
        if found is not None and found.start() > 0:
            name = written[: found.start()]
            unit_role = _ROLES[found.group(1) or found.group(2)]
        units.append(ResponsibleUnit(name=name, canonical=resolve(name), role=unit_role))
    return units


@lru_cache(maxsize=1)
def _resolver() -> Callable[[str], str | None]:
    """``resolve_unit`` from the unit registry, or a stand-in that knows no names."""
    try:
        module = importlib.import_module("shpolicy.units")
    except ImportError:
        return _unknown
    resolve: Any = getattr(module, "resolve_unit", None)
    if resolve is None:
        return _unknown

    def canonical(name: str) -> str | None:
        found = resolve(name, "zh")
        if found is None or isinstance(found, str):
            return found
        value = getattr(found, "canonical", None)
        return value if isinstance(value, str) else None

    return canonical


def _unknown(name: str) -> str | None:
    return None
