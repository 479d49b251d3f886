"""shpolicy: Shanghai government policy notices as typed data.

Parse a notice in Chinese, English or Korean into one schema, align its
language versions measure by measure, and check a translation against its
source::

    import shpolicy
    notice = shpolicy.parse("corpora/2024-digital-trade.zh.txt")
    [m.title for m in notice.iter_measures()]
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

from ._version import SCHEMA_VERSION, __version__
from .api import align, check, parse, parse_text
from .errors import ShpolicyError
from .schema import Measure, Notice, ResponsibleUnit, Section

if TYPE_CHECKING:
    from . import records
    from .alignment import Alignment, Pair
    from .checking import Finding, Report

# What parsing does not need is imported on first use, so that ``import shpolicy``
# costs only what a parse does.
_LAZY = {
    "records": ("shpolicy.records", None),
    "Alignment": ("shpolicy.alignment", "Alignment"),
    "Pair": ("shpolicy.alignment", "Pair"),
    "Finding": ("shpolicy.checking", "Finding"),
    "Report": ("shpolicy.checking", "Report"),
}


def __getattr__(name: str) -> Any:
    if name not in _LAZY:
        raise AttributeError(f"module 'shpolicy' has no attribute {name!r}")
    module, attribute = _LAZY[name]
    value = importlib.import_module(module)
    if attribute is not None:
        value = getattr(value, attribute)
    globals()[name] = value
    return value

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
