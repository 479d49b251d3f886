"""The public verbs: :func:`parse`, :func:`align` and :func:`check`."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from .errors import DecodeError
from .schema import Language, Notice
from .sources import Errors, SourceText, read_bytes, read_source

if TYPE_CHECKING:
    from .alignment import Alignment
    from .checking import Report

__all__ = ["align", "check", "parse", "parse_text"]


def parse(
    source: str | Path | bytes | SourceText,
    *,
    lang: Language | None = None,
    errors: Errors = "strict",
) -> Notice:
    """Parse a notice from a file path, the file's bytes, or an already read source.

    ``lang`` skips language detection.  ``errors="replace"`` reads the few bytes a
    text file's encoding cannot read as U+FFFD, each recorded as an
    ``undecodable-bytes`` removal with a warning, where ``"strict"`` (the
    default) raises :class:`~shpolicy.errors.DecodeError`.  Raises a subclass of
    :class:`~shpolicy.errors.ShpolicyError` for input that cannot be used.
    """
    if isinstance(source, SourceText):
        src = source
    elif isinstance(source, bytes):
        src = read_bytes(source, errors=errors)
    else:
        src = read_source(source, errors)
    from .parsers import parse_source

    return parse_source(src, lang=lang)


def parse_text(text: str, *, lang: Language | None = None, path: str = "<string>") -> Notice:
    """Parse a notice given as a string (as if read from a UTF-8 file named ``path``)."""
    try:
        data = text.encode("utf-8")
    except UnicodeEncodeError as exc:
        # A lone surrogate (text decoded with surrogateescape, or cut in a UTF-16 pair).
        char = f"U+{ord(text[exc.start]):04X}"
        line = text.count("\n", 0, exc.start) + 1
        raise DecodeError(
            f"holds {char} at offset {exc.start} (line {line}), a lone surrogate and not "
            "a character",
            path,
        ) from None
    return parse(read_bytes(data, path), lang=lang)


def _notice(version: Notice | str | Path, errors: Errors = "strict") -> Notice:
    return version if isinstance(version, Notice) else parse(version, errors=errors)


def align(
    source: Notice | str | Path, target: Notice | str | Path, *, errors: Errors = "strict"
) -> Alignment:
    """Align a translation with its source measure by measure (paths are parsed first,
    with ``errors`` as :func:`parse` takes it)."""
    from .alignment.aligner import align_notices as run

    return run(_notice(source, errors), _notice(target, errors))


def check(
    source: Notice | str | Path, *translations: Notice | str | Path, errors: Errors = "strict"
) -> Report:
    """Check translations against their source; the report lists every finding."""
    from .checking.checker import check_translations as run

    return run(_notice(source, errors), *(_notice(t, errors) for t in translations))
