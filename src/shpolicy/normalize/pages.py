"""The ``page-numbers`` fix: page-number lines left in text copied from a paged document.

A GB/T 9704 page number is a line of its own: ``—4—``, ``- 4 -``; other
layouts write ``第4页``, ``第 4 页 共 12 页``, ``4/12`` or ``Page 4 of 12``.  Such a
line often stands in the middle of a sentence that runs on over the page
break; removing it (as a recorded removal) lets the hard-wrap fix join the
sentence again.  A line holding nothing but a number is a page number only
where it stands apart (blank lines around it), is small, and is not one of a
column of numbers (a table); in a web copy, which has no pages, never.
"""

from __future__ import annotations

from collections.abc import Iterable

import regex

from ..ground.pagenumbers import PAGE_NUMBER_LINE, is_page_number_line
from .pipeline import Context, Fix
from .textmap import Edit

__all__ = ["PAGE_NUMBERS"]

_BARE_NUMBER = regex.compile(r"^[ \t\u3000]*(\d{1,3})[ \t\u3000]*$", regex.MULTILINE)
# How far to look for the text lines around a bare number.
_NEAR = 2000


def _stands_apart(text: str, start: int, end: int) -> bool:
    """Whether the line ``text[start:end]`` has a blank line (or the text's edge) on each side."""
    if start > 0:
        before = text[text.rfind("\n", 0, start - 1) + 1 : start - 1]
        if before.strip():
            return False
    if end < len(text):
        cut = text.find("\n", end + 1)
        after = text[end + 1 : cut if cut >= 0 else len(text)]
        if after.strip():
            return False
    return True


def _last_content_line(text: str) -> str | None:
    stripped = text.rstrip()
    return stripped[stripped.rfind("\n") + 1 :] if stripped else None


def _first_content_line(text: str) -> str | None:
    stripped = text.lstrip()
    cut = stripped.find("\n")
    return (stripped if cut < 0 else stripped[:cut]) if stripped else None


def _is_bare_page_number(text: str, match: regex.Match[str]) -> bool:
    if not 0 < int(match.group(1)) <= 999:
        return False
    if not _stands_apart(text, match.start(), match.end()):
        return False
    # A column of numbers, or numbers among table rows, is data.
    start, end = match.start(), match.end()
    nearest = (
        _last_content_line(text[max(0, start - _NEAR) : start]),
        _first_content_line(text[end : end + _NEAR]),
    )
    for line in nearest:
        if line is not None and (_BARE_NUMBER.fullmatch(line) or "\t" in line):
            return False
    return True


def _page_edits(text: str, ctx: Context) -> Iterable[Edit]:
    edits: list[Edit] = []
    for m in PAGE_NUMBER_LINE.finditer(text):
        if is_page_number_line(m.group()):
            edits.append(_removal(text, m.start(), m.end()))
    # A web page has no pages: a lone number there is a table cell (a row's 序号).
    bare = () if ctx.web_copy else _BARE_NUMBER.finditer(text)
    for m in bare:
        if _is_bare_page_number(text, m):
            edits.append(_removal(text, m.start(), m.end()))
    return edits


def _removal(text: str, start: int, end: int) -> Edit:
    """Remove the page number itself; the blank line it leaves is the whitespace fix's."""
    line = text[start:end]
    lead = len(line) - len(line.lstrip())
    trail = len(line) - len(line.rstrip())
    return Edit(start + lead, end - trail, "", removal="page-number")


PAGE_NUMBERS = Fix(
    name="page-numbers",
    description=(
        "Remove lines that are only a page number (—4—, - 4 -, 第4页, 4/12), also inside a "
        "sentence that runs on over the page break; the removed text is kept."
    ),
    edits=_page_edits,
)
