"""Where a subcommand's output goes: a file named with ``-o``, or standard output.

A file that cannot be written is an :class:`~shpolicy.errors.OutputError`
(one line and exit 2), never a traceback.
"""

from __future__ import annotations

from pathlib import Path
from typing import TextIO

from ..errors import OutputError

__all__ = ["open_output", "write_output"]


def _problem(exc: OSError) -> str:
    if isinstance(exc, FileNotFoundError):
        return "cannot be written: no such directory"
    if isinstance(exc, IsADirectoryError):
        return "cannot be written: is a directory"
    if isinstance(exc, PermissionError):
        return "cannot be written: permission denied"
    return f"cannot be written ({exc.strerror or exc})"


def open_output(output: str) -> TextIO:
    """The file ``output`` opened for writing text; :class:`OutputError` if it cannot be."""
    try:
        return Path(output).open("w", encoding="utf-8")
    except OSError as exc:
        raise OutputError(_problem(exc), output) from None


def write_output(text: str, output: str | None, stdout: TextIO) -> None:
    """Write ``text`` to the file ``output`` if given, else to ``stdout``."""
    if output:
        with open_output(output) as handle:
            try:
                handle.write(text)
            except OSError as exc:
                raise OutputError(_problem(exc), output) from None
    else:
        stdout.write(text)
