"""The common result of every source reader."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field

__all__ = ["FurnitureRemoval", "SourceText", "sha256_hex"]


@dataclass(frozen=True, slots=True)
class FurnitureRemoval:
    """Text a reader took out before the text stage (a PDF page header, say)."""

    kind: str
    text: str
    offset: int
    """Offset in ``SourceText.text`` where the text stood."""
    page: int | None = None
    raw: bytes | None = None
    """For bytes no decoding could read (``undecodable-bytes``): the bytes themselves."""
    byte_offset: int | None = None
    """For ``undecodable-bytes``: the offset of their first byte in the file."""


@dataclass
class SourceText:
    """A decoded source: its text and what is known about where it came from."""

    path: str
    sha256: str
    format: str
    """``text``, ``markdown`` or ``pdf``."""
    text: str
    encoding: str | None = None
    metadata: dict[str, str] = field(default_factory=dict)
    page_starts: list[int] = field(default_factory=list)
    """For paged sources: offset in ``text`` where each page begins (page 1 first)."""
    removed: list[FurnitureRemoval] = field(default_factory=list)
    front_matter_lines: int = 0
    """Lines of the front matter block at the top of ``text``, already read into ``metadata``."""


def sha256_hex(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()
