"""Fixes of line breaks, invisible characters and white space.

These run first (``bom``, ``newlines``, ``invisible-characters``), so that every
later fix sees one kind of line break, and last (``whitespace``), once hard
wraps are joined and the indentation that told paragraphs apart has served.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

import regex

from .pipeline import Context, Fix
from .textmap import Edit

__all__ = ["BOM", "INVISIBLE", "NEWLINES", "WHITESPACE"]

_BOM = regex.compile("\ufeff")
_NEWLINE = regex.compile(r"\r\n?|[\u2028\u2029\f\v\x85]")
# C0 and C1 controls other than TAB and LF (the others are line breaks by now),
# zero-width spaces, word joiners and soft hyphens: they carry no text, and
# they split words that must match (a unit name, a marker).
_INVISIBLE = regex.compile(r"[\x00-\x08\x0e-\x1f\x7f-\x84\x86-\x9f\u200b\u2060\u00ad]+")
_SPACES = " \u3000\u00a0"


def _removals(pattern: regex.Pattern[str]) -> Callable[[str, Context], Iterable[Edit]]:
    def edits(text: str, ctx: Context) -> Iterable[Edit]:
        return [Edit(m.start(), m.end(), "") for m in pattern.finditer(text)]

    return edits


def _newline_edits(text: str, ctx: Context) -> Iterable[Edit]:
    return [Edit(m.start(), m.end(), "\n") for m in _NEWLINE.finditer(text)]


def _whitespace_edits(text: str, ctx: Context) -> Iterable[Edit]:
    edits: list[Edit] = []
    gap_start = 0  # where the white space after the last content line begins
    first = True
    pos = 0
    for line in text.split("\n"):
        start = pos
        pos += len(line) + 1
        if not line.strip(_SPACES + "\t"):
            continue  # a blank line (a line of empty cells is blank too)
        # The gap of blank lines before this line: none at the start of the
        # text, one blank line at most elsewhere.
        gap = "" if first else ("\n\n" if text.count("\n", gap_start, start) > 1 else "\n")
        edits.append(Edit(gap_start, start, gap))
        first = False
        # Indentation is spaces only: a leading TAB is an empty table cell.
        content_start = start + len(line) - len(line.lstrip(_SPACES))
        # Trailing spaces go with the gap that follows the line.
        gap_start = start + len(line.rstrip(_SPACES))
        if content_start > start:
            edits.append(Edit(start, content_start, ""))
    tail = text[gap_start:]
    if not first:
        edits.append(Edit(gap_start, len(text), "\n" if "\n" in tail else ""))
    return edits


BOM = Fix(
    name="bom",
    description="Remove stray byte-order marks (U+FEFF) inside the text.",
    edits=_removals(_BOM),
)
NEWLINES = Fix(
    name="newlines",
    description="Turn CRLF, CR, line and paragraph separators and form feeds into LF.",
    edits=_newline_edits,
)
INVISIBLE = Fix(
    name="invisible-characters",
    description="Remove control characters, zero-width spaces and soft hyphens.",
    edits=_removals(_INVISIBLE),
)
WHITESPACE = Fix(
    name="whitespace",
    description=(
        "Remove trailing white space and leading indentation on every line (TABs between "
        "table cells stay) and collapse runs of blank lines into one."
    ),
    edits=_whitespace_edits,
)
