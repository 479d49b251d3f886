"""Attachment content: task tables, read when an attachment holds one and linked to the body."""

from __future__ import annotations

from ..schema import AttachmentRow, Span
from .state import ParseState

__all__ = ["link_attachment_rows", "table_rows"]


def table_rows(text: str, offset: int, state: ParseState) -> list[AttachmentRow]:
    """Rows of the task table in ``text`` (which starts at ``offset``); empty if none."""
    from ..tables import parse_flat_table, parse_task_table

    rows = parse_task_table(text, offset=offset) or parse_flat_table(text, offset=offset) or []
    return [_placed_row(row, state) for row in rows]


def _placed_row(row: AttachmentRow, state: ParseState) -> AttachmentRow:
    """``row`` with its span and its units' spans given lines and pages."""
    units = [
        unit.model_copy(update={"span": _placed(unit.span, state)})
        for unit in row.responsible_units
    ]
    return row.model_copy(update={"span": _placed(row.span, state), "responsible_units": units})


def _placed(span: Span | None, state: ParseState) -> Span | None:
    return state.span(span.start, span.end) if span is not None else None


def link_attachment_rows(state: ParseState) -> None:
    """Link every table row to the body measure it implements, by content."""
    from ..tables import link_rows

    measures = [m for section in state.sections for m in section.measures]
    for i, attachment in enumerate(state.attachments):
        if not attachment.rows:
            continue
        rows, warnings = link_rows(attachment.rows, measures)
        state.attachments[i] = attachment.model_copy(update={"rows": rows})
        state.warnings.extend(warnings)
