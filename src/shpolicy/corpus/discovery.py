"""Finding the input files a command names: files, directories, globs and ``-``.

A directory is searched recursively for the extensions shpolicy reads
(:data:`EXTENSIONS`); a pattern with ``*``, ``?`` or ``[`` that names no
existing file is expanded as a glob (``**`` included); ``-`` is standard input.
A name given explicitly is kept whatever its extension, so that the reader can
say what is wrong with it.  Problems (a glob that matches nothing, a directory
without notices) are reported as :class:`Problem` entries in the stream instead
of stopping it: a batch goes on past them.
"""

from __future__ import annotations

import glob
import os
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

__all__ = ["EXTENSIONS", "STDIN", "Problem", "discover", "names_several"]

#: Extensions searched for in a directory (lower case).
EXTENSIONS: tuple[str, ...] = (".txt", ".md", ".pdf", ".html", ".htm")

#: The argument that stands for standard input.
STDIN = "-"

_GLOB_CHARS = frozenset("*?[")
# Files a directory of notices commonly holds beside them that are not notices.
_NOT_NOTICES = frozenset({"readme.md", "readme.txt", "license.txt", "license.md"})


@dataclass(frozen=True)
class Problem:
    """An argument that yields no input file, and why."""

    path: str
    problem: str


def _is_glob(arg: str) -> bool:
    return any(c in _GLOB_CHARS for c in arg) and not os.path.exists(arg)


def _walk(directory: str) -> Iterator[str]:
    for root, dirs, files in os.walk(directory):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        for name in sorted(files):
            lower = name.lower()
            if lower.endswith(EXTENSIONS) and lower not in _NOT_NOTICES and not name.startswith("."):
                yield os.path.join(root, name)


def _expand(arg: str) -> Iterator[str | Problem]:
    if arg == STDIN:
        yield STDIN
    elif os.path.isdir(arg):
        found = False
        for path in _walk(arg):
            found = True
            yield path
        if not found:
            yield Problem(arg, "directory holds no " + ", ".join(EXTENSIONS) + " file")
    elif _is_glob(arg):
        matches = sorted(glob.glob(arg, recursive=True))
        if not matches:
            yield Problem(arg, "no file matches this pattern")
        for match in matches:
            if os.path.isdir(match):
                yield from _walk(match)
            else:
                yield match
    else:
        yield arg


def discover(args: Iterable[str | Path]) -> Iterator[str | Problem]:
    """The input files ``args`` name, in order, each once; problems in their place."""
    seen: set[str] = set()
    for arg in args:
        for entry in _expand(str(arg)):
            if isinstance(entry, Problem):
                yield entry
                continue
            key = entry if entry == STDIN else os.path.normpath(entry)
            if key not in seen:
                seen.add(key)
                yield entry


def names_several(args: Iterable[str | Path]) -> bool:
    """Whether ``args`` may name more than one file (several, a directory or a glob).

    The JSON shape of ``shpolicy parse`` follows this, not the number of files
    found, so that a script gets the same shape whatever a directory holds.
    """
    items = [str(a) for a in args]
    return len(items) != 1 or os.path.isdir(items[0]) or _is_glob(items[0])
