"""Plain-text and Markdown files: decoding and sniffing."""

from __future__ import annotations

from ..errors import BinaryInputError, DecodeError, EmptyInputError
from .base import SourceText, sha256_hex

__all__ = ["read_text_bytes"]


def read_text_bytes(data: bytes, path: str) -> SourceText:
    """Decode a text file; raises an error subclass for empty, binary or undecodable bytes."""
    if not data.strip():
        raise EmptyInputError("file is empty", path)
    if b"\x00" in data[:4096]:
        raise BinaryInputError("binary data, not text", path)
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise DecodeError("not valid UTF-8 text", path) from None
    fmt = "markdown" if path.lower().endswith((".md", ".markdown")) else "text"
    return SourceText(path=path, sha256=sha256_hex(data), format=fmt, text=text, encoding="utf-8")
