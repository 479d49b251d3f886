"""Page-number lines: the forms a page number takes on a line of its own.

A GB/T 9704 page number is ``—4—`` or ``- 4 -``; other layouts write ``第4页``,
``第 4 页 共 12 页``, ``4/12`` or ``Page 4 of 12``.  The PDF reader and the
``page-numbers`` fix both ask this module, so the forms are written once.
"""

from __future__ import annotations

import regex

__all__ = ["PAGE_NUMBER_LINE", "is_page_number_line"]

_DASH = r"[-—–―－─~～·]"
PAGE_NUMBER_LINE = regex.compile(
    rf"""^[ \t\u3000]*(?:
        {_DASH}{{1,2}}[ \u3000]*\d{{1,4}}[ \u3000]*{_DASH}{{1,2}}
      | 第[ \u3000]*\d{{1,4}}[ \u3000]*页(?:[ \u3000]*[/,，]?[ \u3000]*共[ \u3000]*\d{{1,4}}[ \u3000]*页)?
      | 共[ \u3000]*\d{{1,4}}[ \u3000]*页[ \u3000]*[/,，]?[ \u3000]*第[ \u3000]*\d{{1,4}}[ \u3000]*页
      | \d{{1,4}}[ \u3000]*/[ \u3000]*\d{{1,4}}
      | (?i:page)[ \u3000]*\d{{1,4}}(?:[ \u3000]+(?i:of)[ \u3000]+\d{{1,4}})?
    )[ \t\u3000]*$""",
    regex.VERBOSE | regex.MULTILINE,
)
"""A line that is a page number in one of the usual forms (not a bare number)."""

_FRACTION = regex.compile(r"(\d+)\s*/\s*(\d+)")


def is_page_number_line(line: str) -> bool:
    """Whether ``line`` (without its line break) is a page number in a usual form."""
    match = PAGE_NUMBER_LINE.match(line)
    if match is None:
        return False
    fraction = _FRACTION.fullmatch(line.strip())
    # 4/12 is page 4 of 12; 12/4 is a date or a ratio.
    return fraction is None or 0 < int(fraction.group(1)) <= int(fraction.group(2))
