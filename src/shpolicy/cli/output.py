"""Where a subcommand's output goes: a file named with ``-o``, or standard output."""

from __future__ import annotations

from pathlib import Path
from typing import TextIO

__all__ = ["write_output"]


def write_output(text: str, output: str | None, stdout: TextIO) -> None:
    """Write ``text`` to the file ``output`` if given, else to ``stdout``."""
    if output:
        Path(output).write_text(text, encoding="utf-8")
    else:
        stdout.write(text)
