"""The standard normalisation fixes, in the order they run."""

from __future__ import annotations

from .pipeline import Fix

__all__ = ["FIXES"]

FIXES: tuple[Fix, ...] = ()
