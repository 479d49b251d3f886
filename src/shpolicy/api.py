"""The public verbs: :func:`parse` (and, as they arrive, ``align`` and ``check``)."""

from __future__ import annotations

from pathlib import Path

from .schema import Language, Notice
from .sources import SourceText, read_bytes, read_source

__all__ = ["parse", "parse_text"]


def parse(source: str | Path | bytes | SourceText, *, lang: Language | None = None) -> Notice:
    """Parse a notice from a file path, the file's bytes, or an already read source.

    ``lang`` skips language detection.  Raises a subclass of
    :class:`~shpolicy.errors.ShpolicyError` for input that cannot be used.
    """
    if isinstance(source, SourceText):
        src = source
    elif isinstance(source, bytes):
        src = read_bytes(source)
    else:
        src = read_source(source)
    from .parsers import parse_source

    return parse_source(src, lang=lang)


def parse_text(text: str, *, lang: Language | None = None, path: str = "<string>") -> Notice:
    """Parse a notice given as a string (as if read from a UTF-8 file named ``path``)."""
    return parse(read_bytes(text.encode("utf-8"), path), lang=lang)
