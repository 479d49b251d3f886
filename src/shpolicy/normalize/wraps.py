"""Joining hard-wrapped lines back into paragraphs."""

from __future__ import annotations

from collections.abc import Iterable

from .pipeline import Context, Fix
from .textmap import Edit

__all__ = ["JOIN_HARD_WRAPS"]


def _join_edits(text: str, ctx: Context) -> Iterable[Edit]:
    return ()


JOIN_HARD_WRAPS = Fix(
    name="join-hard-wraps",
    description="Join lines that a fixed page width broke inside a paragraph.",
    edits=_join_edits,
)
