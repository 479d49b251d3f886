"""Responsible units: finding them in a measure, and the registry that names them.

Three verbs, in the order a parser uses them:

* :func:`find_unit_clauses` finds the clauses that name units in a text
  (``（责任单位：…）``, ``(Responsible units: …)``, ``(책임 단위: …)`` and
  unlabelled lists of bodies), each with its mentions and their offsets;
* :func:`resolve_unit` resolves one name through the registry (exact, alias,
  fuzzy or none) and says how;
* :func:`to_responsible_units` turns clauses into the schema's
  :class:`~shpolicy.schema.ResponsibleUnit` list, resolved.

A mention's offsets cover its name from the first character to the last;
:func:`read_name` says how the name is read from that stretch (white space
normalised, a Chinese name joined across a line break).

The registry (:func:`unit_registry`) is read from the package's
``units/data/units.json`` once, on first use.
"""

from __future__ import annotations

from .extract import (
    MAX_CLAUSE,
    UnitClause,
    UnitMention,
    find_unit_clauses,
    parse_unit_list,
    read_name,
    resolve_unit,
    to_responsible_units,
    unit_warnings,
)
from .registry import (
    CORE_THRESHOLD,
    FUZZY_THRESHOLD,
    Candidate,
    Registry,
    RegistryError,
    Resolution,
    UnitEntry,
    load_registry,
    unit_registry,
)

__all__ = [
    "CORE_THRESHOLD",
    "FUZZY_THRESHOLD",
    "MAX_CLAUSE",
    "Candidate",
    "Registry",
    "RegistryError",
    "Resolution",
    "UnitClause",
    "UnitEntry",
    "UnitMention",
    "find_unit_clauses",
    "load_registry",
    "parse_unit_list",
    "read_name",
    "resolve_unit",
    "to_responsible_units",
    "unit_registry",
    "unit_warnings",
]
