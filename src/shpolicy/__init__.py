"""shpolicy: Shanghai government policy notices as typed data.

Parse a notice in Chinese, English or Korean into one schema, align its
language versions measure by measure, and check a translation against its
source::

    import shpolicy
    notice = shpolicy.parse("corpora/2024-digital-trade.zh.txt")
    [m.title for m in notice.iter_measures()]
"""

from __future__ import annotations

from . import records
from ._version import SCHEMA_VERSION, __version__
from .alignment import Alignment, Pair
from .api import align, check, parse, parse_text
from .checking import Finding, Report
from .errors import ShpolicyError
from .schema import Measure, Notice, ResponsibleUnit, Section

__all__ = [
    "SCHEMA_VERSION",
    "Alignment",
    "Finding",
    "Measure",
    "Notice",
    "Pair",
    "Report",
    "ResponsibleUnit",
    "Section",
    "ShpolicyError",
    "__version__",
    "align",
    "check",
    "parse",
    "parse_text",
    "records",
]
