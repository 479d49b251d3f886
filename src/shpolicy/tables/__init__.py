"""Task tables: attachment tables of who does what, read from text or PDF and linked to the body.

:func:`parse_task_table` reads a table written as TAB-separated lines (as in a
text file, or as the PDF reader writes the ruled tables it finds);
:func:`parse_flat_table` one printed a cell to a line (a web copy's table);
:func:`link_rows` links each row to the body measure it implements.
"""

from __future__ import annotations

from .flat import parse_flat_table
from .link import LinkResult, link_rows
from .text import parse_task_table

__all__ = ["LinkResult", "link_rows", "parse_flat_table", "parse_task_table"]
