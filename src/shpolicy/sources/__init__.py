"""Reading input files into text: one reader per kind of source.

:func:`read_source` sniffs what a file is (PDF by its magic bytes, an HTML page
by its extension or opening tag, Markdown by its extension or front matter,
otherwise plain text) and hands it to the reader
for that kind.  Every reader returns a :class:`SourceText`; new kinds of input
plug in by adding a reader to :data:`READERS`.
"""

from __future__ import annotations

from pathlib import Path

from ..errors import ReadError
from .base import SourceText, sha256_hex
from .text import Errors, read_text_bytes

__all__ = ["Errors", "SourceText", "read_bytes", "read_source", "sha256_hex"]


def read_source(path: str | Path, errors: Errors = "strict") -> SourceText:
    """Read the file at ``path``; raises a :class:`~shpolicy.errors.ShpolicyError` if unusable.

    ``errors="replace"`` reads a text file's stray undecodable bytes as U+FFFD, each recorded
    as an ``undecodable-bytes`` removal, instead of raising a DecodeError.
    """
    p = Path(path)
    try:
        data = p.read_bytes()
    except IsADirectoryError:
        raise ReadError("is a directory, not a file", path) from None
    except FileNotFoundError:
        raise ReadError("no such file", path) from None
    except PermissionError:
        raise ReadError("permission denied", path) from None
    except OSError as exc:
        raise ReadError(f"cannot be read ({exc.strerror or exc})", path) from None
    except ValueError:  # the operating system takes no NUL in a path
        raise ReadError("cannot be read (the path holds a NUL byte)", path) from None
    return read_bytes(data, str(path), errors)


def read_bytes(data: bytes, path: str = "<bytes>", errors: Errors = "strict") -> SourceText:
    """Read ``data`` as if it were the file ``path`` (whose name hints at its kind)."""
    if data.startswith(b"%PDF-"):
        from .pdf import read_pdf_bytes

        return read_pdf_bytes(data, path)
    from .html import is_html

    if is_html(data, path):
        from .html import read_html_bytes

        return read_html_bytes(data, path, errors)
    return read_text_bytes(data, path, errors)
