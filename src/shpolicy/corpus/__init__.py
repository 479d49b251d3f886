"""Many notices at once: finding input files, and (later modules) turning a corpus into tables.

:mod:`.discovery` expands the files, directories and globs a command names.
"""

from __future__ import annotations

from .discovery import EXTENSIONS, Problem, discover

__all__ = ["EXTENSIONS", "Problem", "discover"]
