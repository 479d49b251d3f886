"""Many notices at once: a corpus of files turned into research tables.

:mod:`.discovery` expands the files, directories and globs a command names;
:mod:`.versions` groups the language versions of one notice; :mod:`.rows`
parses a task's files into table rows (in a worker); :mod:`.engines` runs the
tasks here, in a process pool or on Dask; :mod:`.writers` streams the rows to
Parquet (and CSV); :mod:`.columns` is the table schema (``docs/tables.md``);
:mod:`.runner` ties them together as :func:`run_corpus`.  Modules are imported
when used, so that ``shpolicy parse`` does not load pyarrow.
"""

from __future__ import annotations

from .discovery import EXTENSIONS, Problem, discover

__all__ = ["EXTENSIONS", "Problem", "discover"]
