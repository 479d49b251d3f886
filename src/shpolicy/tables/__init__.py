"""Task tables: attachment tables of who does what, read from text or PDF and linked to the body.

:func:`parse_task_table` reads a table written as TAB-separated lines (as in a
text file, or as the PDF reader writes the ruled tables it finds);
:func:`link_rows` links each row to the body measure it implements.
"""

from __future__ import annotations

from .link import LinkResult, link_rows
from .text import parse_task_table

__all__ = ["LinkResult", "link_rows", "parse_task_table"]
