"""shpolicy: Shanghai government policy notices as typed data.

Parse a notice in Chinese, English or Korean into one schema, align its
language versions measure by measure, and check a translation against its
source::

    import shpolicy
    notice = shpolicy.parse("corpora/2024-digital-trade.zh.txt")
    [m.title for m in notice.iter_measures()]
"""

from __future__ import annotations

from . import align as _align_package  # noqa: F401  (loaded first, so the verb below is what
from . import check as _check_package  # noqa: F401   shpolicy.align and shpolicy.check name)
from ._version import SCHEMA_VERSION, __version__
from .align import Alignment, Pair
from .api import align, check, parse, parse_text
from .check import Finding, Report
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
]
