"""Responsible units resolved in their notice's context, once the notice is known.

A district's notice writes its own bodies without the district (区水务局 in
a 嘉定区 notice is 嘉定区水务局), and a body's name means what it meant on the
notice's date.  Units are read while the body is parsed, before the notice's
issuers, date and district are all known; once they are, every unit (of the
measures and of the attachments' task-table rows) is resolved again with them
(:func:`shpolicy.units.context.notice_context`).
"""

from __future__ import annotations

from ..schema import (
    AttachmentRow,
    Language,
    Measure,
    Notice,
    ResponsibleUnit,
    with_shared_fields_set,
)
from ..units.context import NoticeContext, notice_context
from ..units.registry import unit_registry

__all__ = ["resolved_in_context"]


def _unit(unit: ResponsibleUnit, language: Language, ctx: NoticeContext) -> ResponsibleUnit:
    found = unit_registry().resolve(
        unit.name, language, issuer=ctx.issuer, date=ctx.date, district=ctx.district
    )
    if found.canonical is None or found.canonical == unit.canonical:
        return unit
    return with_shared_fields_set(unit.model_copy(update={"canonical": found.canonical}))


def _measure(measure: Measure, ctx: NoticeContext) -> Measure:
    units = [_unit(u, measure.language, ctx) for u in measure.responsible_units]
    items = [_measure(item, ctx) for item in measure.items]
    resolved = measure.model_copy(update={"responsible_units": units, "items": items})
    return with_shared_fields_set(resolved)


def _row(row: AttachmentRow, language: Language, ctx: NoticeContext) -> AttachmentRow:
    units = [_unit(u, language, ctx) for u in row.responsible_units]
    return row.model_copy(update={"responsible_units": units})


def resolved_in_context(notice: Notice) -> Notice:
    """``notice`` with each responsible unit's canonical name read in the notice's context."""
    ctx = notice_context(notice)
    if ctx.district is None and ctx.date is None:
        return notice
    sections = [
        s.model_copy(update={"measures": [_measure(m, ctx) for m in s.measures]})
        for s in notice.sections
    ]
    attachments = [
        a.model_copy(update={"rows": [_row(r, notice.language, ctx) for r in a.rows]})
        for a in notice.attachments
    ]
    return notice.model_copy(update={"sections": sections, "attachments": attachments})
