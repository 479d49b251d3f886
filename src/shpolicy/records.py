"""Flat, pandas-friendly views of a notice: one dict per row.

``pandas.DataFrame(measure_records(notice))`` gives one row per measure or
item; :func:`unit_records` one row per (measure, responsible unit), the shape
for counting who is responsible for what; :func:`co_responsible_pairs` the
pairs of units named together on a measure, for studying who works with whom.
No pandas is needed to produce them.
"""

from __future__ import annotations

from collections import Counter
from itertools import combinations
from typing import Any

from .schema import Measure, Notice

__all__ = ["co_responsible_pairs", "measure_records", "unit_records"]


def _walk(notice: Notice) -> list[tuple[str, int, Measure]]:
    out: list[tuple[str, int, Measure]] = []

    def visit(measure: Measure, section_id: str, depth: int) -> None:
        out.append((section_id, depth, measure))
        for item in measure.items:
            visit(item, section_id, depth + 1)

    for section in notice.sections:
        for measure in section.measures:
            visit(measure, section.id, 1)
    return out


def measure_records(notice: Notice) -> list[dict[str, Any]]:
    """One row per measure and item, in document order."""
    titles = {s.id: s.title for s in notice.sections}
    rows: list[dict[str, Any]] = []
    for section_id, depth, m in _walk(notice):
        rows.append(
            {
                "doc_number": notice.doc_number,
                "language": notice.language,
                "section_id": section_id,
                "section_title": titles[section_id],
                "id": m.id,
                "depth": depth,
                "number": m.number,
                "label": m.label,
                "title": m.title,
                "text": m.text,
                "measure_language": m.language,
                "units": [u.canonical or u.name for u in m.responsible_units],
                "line": m.span.line,
            }
        )
    return rows


def unit_records(notice: Notice) -> list[dict[str, Any]]:
    """One row per responsible unit of each measure (role and position kept)."""
    rows: list[dict[str, Any]] = []
    for _section_id, _depth, m in _walk(notice):
        for position, unit in enumerate(m.responsible_units, 1):
            rows.append(
                {
                    "doc_number": notice.doc_number,
                    "measure_id": m.id,
                    "measure_title": m.title,
                    "name": unit.name,
                    "canonical": unit.canonical,
                    "role": unit.role,
                    "position": position,
                }
            )
    return rows


def co_responsible_pairs(notice: Notice) -> list[dict[str, Any]]:
    """Pairs of units named on the same measure, with how many measures they share."""
    counts: Counter[tuple[str, str]] = Counter()
    for _section_id, _depth, m in _walk(notice):
        names = sorted({u.canonical or u.name for u in m.responsible_units})
        counts.update(combinations(names, 2))
    return [
        {"unit_a": a, "unit_b": b, "measures": n}
        for (a, b), n in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))
    ]
