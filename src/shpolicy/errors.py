"""The exceptions shpolicy raises for input it cannot use.

Every error a user can cause (a missing file, an empty or binary file, text in
an encoding that cannot be decoded, a damaged PDF, JSON of a schema version
this library cannot read) is a subclass of
:class:`ShpolicyError`.  The command line turns them into one line on stderr
and exit status 2; library callers catch :class:`ShpolicyError`.

An input that makes shpolicy break a rule of its own (blocks that overlap, a
measure id its schema rejects) raises :class:`InternalError`, also a
:class:`ShpolicyError`: the input is not at fault, and the message asks for a
report.
"""

from __future__ import annotations

import re
from pathlib import Path

__all__ = [
    "BinaryInputError",
    "DecodeError",
    "EmptyInputError",
    "InternalError",
    "MissingDependencyError",
    "OutputError",
    "PdfError",
    "ReadError",
    "SchemaError",
    "SchemaVersionError",
    "ShpolicyError",
    "UnsupportedFormatError",
]


class ShpolicyError(Exception):
    """Base class of every error caused by unusable input.

    ``path`` names the file the problem is in, when there is one; ``str(err)``
    is a one-line message fit for a terminal.
    """

    def __init__(self, message: str, path: str | Path | None = None) -> None:
        self.path = str(path) if path is not None else None
        self.problem = message
        where = _one_line(self.path) if self.path is not None else None
        what = _one_line(message)
        super().__init__(f"{where}: {what}" if where else what)


# Line breaks and other controls (a file name may hold a newline) written as escapes.
_CONTROL = re.compile(r"[\x00-\x1f\x7f\x85\u2028\u2029]")


def _one_line(text: str) -> str:
    return _CONTROL.sub(lambda m: repr(m.group())[1:-1], text)


class ReadError(ShpolicyError):
    """The file does not exist, is a directory, or cannot be read."""


class EmptyInputError(ShpolicyError):
    """The file holds no text (zero bytes, or only white space)."""


class BinaryInputError(ShpolicyError):
    """The file is binary data rather than text or a PDF."""


class DecodeError(ShpolicyError):
    """The bytes are not valid in any supported text encoding."""


class UnsupportedFormatError(ShpolicyError):
    """The file is of a kind shpolicy does not read (for example a .docx)."""


class PdfError(ShpolicyError):
    """The PDF is encrypted, damaged, or its text cannot be extracted."""


class SchemaError(ShpolicyError):
    """JSON given as a notice does not follow the schema."""


class SchemaVersionError(SchemaError):
    """JSON of a notice written in a major schema version this library cannot read."""


class OutputError(ShpolicyError):
    """An output file or directory cannot be written (a missing folder, no permission)."""


class MissingDependencyError(ShpolicyError):
    """An optional package a feature needs is not installed (the message names the extra)."""


class InternalError(ShpolicyError):
    """shpolicy broke one of its own rules on this input: a bug, to be reported with the input."""

    def __init__(self, message: str, path: str | Path | None = None) -> None:
        self.detail = message
        super().__init__(
            f"internal error: {message}; this is a bug in shpolicy, please report it "
            "with the input file",
            path,
        )
