"""Attachment content: task tables, when the attachment holds one."""

from __future__ import annotations

from ..schema import AttachmentRow
from .state import ParseState

__all__ = ["table_rows"]


def table_rows(text: str, state: ParseState) -> list[AttachmentRow]:
    """Rows of the task table in ``text``; empty if it is not a task table."""
    try:
        from ..tables import parse_task_table
    except ImportError:
        return []
    rows = parse_task_table(text)
    return list(rows) if rows else []
