"""Flat, pandas-friendly views of a notice: one dict per row.

Every row starts with the key of its notice (:func:`notice_key`: path, sha256,
doc_number, date, issuer, language), so that rows of many notices can be put
in one table and joined.  ``pandas.DataFrame(measure_records(notice))`` gives
one row per measure or item; :func:`unit_records` one row per responsible unit
of a measure or of an attachment's task-table row, the shape for counting who
is responsible for what; :func:`unit_edges` and :func:`co_responsible_pairs`
the units named together, for studying who works with whom.  No pandas is
needed to produce them; the ``*_frame`` helpers build DataFrames of many
notices when pandas is installed.  These rows are the tables ``shpolicy
corpus`` writes (see ``docs/tables.md``).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterable
from itertools import combinations
from typing import TYPE_CHECKING, Any

from .errors import MissingDependencyError
from .schema import Measure, Notice, ResponsibleUnit

if TYPE_CHECKING:
    import pandas

__all__ = [
    "attachment_row_records",
    "co_responsible_pairs",
    "measure_records",
    "measures_frame",
    "notice_key",
    "notice_record",
    "notices_frame",
    "section_records",
    "unit_edges",
    "unit_records",
    "units_frame",
    "warning_records",
]

Record = dict[str, Any]


def notice_key(notice: Notice) -> Record:
    """The columns that say which notice a row belongs to.

    ``issuer`` is the first issuing body (the lead issuer of a joint notice);
    ``issuers`` in :func:`notice_record` lists them all.
    """
    return {
        "path": notice.source.path,
        "sha256": notice.source.sha256,
        "doc_number": notice.doc_number,
        "date": notice.date,
        "issuer": notice.issuers[0] if notice.issuers else None,
        "language": notice.language,
    }


def _walk(notice: Notice) -> list[tuple[str, int, str | None, Measure]]:
    out: list[tuple[str, int, str | None, Measure]] = []

    def visit(measure: Measure, section_id: str, depth: int, parent: str | None) -> None:
        out.append((section_id, depth, parent, measure))
        for item in measure.items:
            visit(item, section_id, depth + 1, measure.id)

    for section in notice.sections:
        for measure in section.measures:
            visit(measure, section.id, 1, None)
    return out


def _unit_name(unit: ResponsibleUnit) -> str:
    return unit.canonical or unit.name


def notice_record(notice: Notice) -> Record:
    """One row for the notice: its metadata and how much it holds."""
    measures = _walk(notice)
    return {
        **notice_key(notice),
        "format": notice.source.format.value,
        "encoding": notice.source.encoding,
        "title": notice.title,
        "plan_title": notice.plan_title,
        "issuers": list(notice.issuers),
        "recipients": list(notice.recipients),
        "published": notice.published,
        "schema_version": notice.schema_version,
        "sections": len(notice.sections),
        "measures": len(measures),
        "units": sum(len(m.responsible_units) for *_, m in measures),
        "attachments": len(notice.attachments),
        "attachment_rows": sum(len(a.rows) for a in notice.attachments),
        "warnings": len(notice.warnings),
        "chars": len(notice.text),
    }


def section_records(notice: Notice) -> list[Record]:
    """One row per body section."""
    key = notice_key(notice)
    return [
        {
            **key,
            "section_id": s.id,
            "kind": s.kind.value,
            "number": s.number,
            "label": s.label,
            "title": s.title,
            "measures": len(s.measures),
            "line": s.span.line,
        }
        for s in notice.sections
    ]


def measure_records(notice: Notice) -> list[Record]:
    """One row per measure and item, in document order (``id`` and ``measure_id`` are the same)."""
    key = notice_key(notice)
    titles = {s.id: s.title for s in notice.sections}
    rows: list[Record] = []
    for section_id, depth, parent, m in _walk(notice):
        rows.append(
            {
                **key,
                "measure_id": m.id,
                "id": m.id,
                "section_id": section_id,
                "section_title": titles[section_id],
                "parent_id": parent,
                "depth": depth,
                "kind": m.kind.value,
                "number": m.number,
                "label": m.label,
                "title": m.title,
                "text": m.text,
                "measure_language": m.language,
                "units": [_unit_name(u) for u in m.responsible_units],
                "line": m.span.line,
                "end_line": m.span.end_line,
                "pages": list(m.span.pages),
            }
        )
    return rows


def _unit_groups(notice: Notice) -> list[tuple[Record, list[ResponsibleUnit]]]:
    """Each place units are named together: a measure, or a task-table row of an attachment."""
    groups: list[tuple[Record, list[ResponsibleUnit]]] = []
    for _section_id, _depth, _parent, m in _walk(notice):
        where: Record = {
            "measure_id": m.id,
            "measure_title": m.title,
            "origin": "measure",
            "attachment": None,
            "row": None,
        }
        groups.append((where, m.responsible_units))
    for a_index, attachment in enumerate(notice.attachments, 1):
        for r_index, row in enumerate(attachment.rows, 1):
            where = {
                "measure_id": row.measure_id,
                "measure_title": row.text,
                "origin": "attachment",
                "attachment": attachment.number if attachment.number is not None else a_index,
                "row": row.number if row.number is not None else r_index,
            }
            groups.append((where, row.responsible_units))
    return groups


def unit_records(notice: Notice) -> list[Record]:
    """One row per responsible unit of each measure and of each attachment task-table row.

    ``origin`` is ``measure`` or ``attachment``; a task-table row carries the
    ``measure_id`` of the body measure it implements (null when unlinked) and
    its attachment and row numbers.
    """
    key = notice_key(notice)
    rows: list[Record] = []
    for where, units in _unit_groups(notice):
        for position, unit in enumerate(units, 1):
            rows.append(
                {
                    **key,
                    **where,
                    "position": position,
                    "name": unit.name,
                    "canonical": unit.canonical,
                    "role": unit.role,
                    "line": unit.span.line if unit.span is not None else None,
                }
            )
    return rows


def unit_edges(notice: Notice) -> list[Record]:
    """One row per pair of units named on the same measure or task-table row.

    Where one is the lead and the other supports, the edge points from the lead
    to the supporter (``directed`` true); otherwise the pair is written in name
    order and ``directed`` is false.
    """
    key = notice_key(notice)
    rows: list[Record] = []
    for where, units in _unit_groups(notice):
        roles: dict[str, str | None] = {}
        for unit in units:
            name = _unit_name(unit)
            roles[name] = roles.get(name) or unit.role
        for a, b in combinations(sorted(roles), 2):
            ra, rb = roles[a], roles[b]
            directed = {ra, rb} == {"lead", "support"}
            if directed and ra == "support":
                a, b, ra, rb = b, a, rb, ra
            rows.append(
                {
                    **key,
                    "measure_id": where["measure_id"],
                    "origin": where["origin"],
                    "attachment": where["attachment"],
                    "row": where["row"],
                    "from_unit": a,
                    "to_unit": b,
                    "from_role": ra,
                    "to_role": rb,
                    "directed": directed,
                }
            )
    return rows


def co_responsible_pairs(notice: Notice) -> list[Record]:
    """Pairs of units named on the same measure, with how many measures they share."""
    counts: Counter[tuple[str, str]] = Counter()
    for *_, m in _walk(notice):
        names = sorted({_unit_name(u) for u in m.responsible_units})
        counts.update(combinations(names, 2))
    return [
        {"unit_a": a, "unit_b": b, "measures": n}
        for (a, b), n in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))
    ]


def attachment_row_records(notice: Notice) -> list[Record]:
    """One row per task-table row of every attachment."""
    key = notice_key(notice)
    rows: list[Record] = []
    for a_index, attachment in enumerate(notice.attachments, 1):
        for r_index, row in enumerate(attachment.rows, 1):
            rows.append(
                {
                    **key,
                    "attachment": attachment.number if attachment.number is not None else a_index,
                    "attachment_title": attachment.title,
                    "row": r_index,
                    "number": row.number,
                    "labels": list(row.labels),
                    "text": row.text,
                    "measure_id": row.measure_id,
                    "units": [_unit_name(u) for u in row.responsible_units],
                    "line": row.span.line if row.span is not None else None,
                }
            )
    return rows


def warning_records(notice: Notice) -> list[Record]:
    """One row per parse warning."""
    key = notice_key(notice)
    return [
        {
            **key,
            "code": w.code.value,
            "message": w.message,
            "line": w.span.line if w.span is not None else None,
        }
        for w in notice.warnings
    ]


def _frame(rows_of: Callable[[Notice], list[Record]], notices: Iterable[Notice]) -> pandas.DataFrame:
    try:
        import pandas
    except ImportError:
        raise MissingDependencyError(
            "pandas is not installed; install it with `pip install pandas`"
        ) from None
    return pandas.DataFrame([row for notice in notices for row in rows_of(notice)])


def notices_frame(notices: Iterable[Notice]) -> pandas.DataFrame:
    """A DataFrame of :func:`notice_record` rows, one per notice (needs pandas)."""
    return _frame(lambda n: [notice_record(n)], notices)


def measures_frame(notices: Iterable[Notice]) -> pandas.DataFrame:
    """A DataFrame of :func:`measure_records` of every notice (needs pandas)."""
    return _frame(measure_records, notices)


def units_frame(notices: Iterable[Notice]) -> pandas.DataFrame:
    """A DataFrame of :func:`unit_records` of every notice (needs pandas)."""
    return _frame(unit_records, notices)
