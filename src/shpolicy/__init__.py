"""shpolicy: Shanghai government policy notices as typed data.

Parse a notice in Chinese, English or Korean into one schema, align its
language versions measure by measure, and check a translation against its
source::

    import shpolicy
    notice = shpolicy.parse("corpora/2024-digital-trade.zh.txt")
    [m.title for m in notice.iter_measures()]
"""

from __future__ import annotations

from ._version import SCHEMA_VERSION, __version__
from .api import parse, parse_text
from .errors import ShpolicyError
from .schema import Measure, Notice, ResponsibleUnit, Section

__all__ = [
    "SCHEMA_VERSION",
    "Measure",
    "Notice",
    "ResponsibleUnit",
    "Section",
    "ShpolicyError",
    "__version__",
    "parse",
    "parse_text",
]
