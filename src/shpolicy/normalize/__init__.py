"""Text normalisation: named, recorded fixes that make notices parseable."""

from __future__ import annotations

from .pipeline import Context, Fix, Normalized, run_fixes
from .textmap import Edit, TextMap

__all__ = ["Context", "Edit", "Fix", "Normalized", "TextMap", "normalize", "run_fixes"]


def normalize(original: str, ctx: Context) -> Normalized:
    """Run the standard fixes (:data:`shpolicy.normalize.fixes.FIXES`) in order."""
    from .fixes import FIXES

    return run_fixes(original, FIXES, ctx)
