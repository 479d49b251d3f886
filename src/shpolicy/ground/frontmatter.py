"""Markdown sources: recognising them and reading their front matter.

Notices saved from government web pages often arrive as Markdown, with a front
matter block (``---`` … ``---``, or TOML's ``+++`` … ``+++``) holding the page's
title, URL and date.  This module knows what such a block looks like and reads
its simple ``key: value`` lines into metadata without a YAML dependency:
scalars, quoted strings, flow lists (``[a, b]``), block lists (``- a``) and
one level of nesting (``source:`` / ``  url: …`` gives ``source.url``).

The text itself stays whole: the normalisation fixes remove the block and the
markup, and record what they removed.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import regex

__all__ = ["FrontMatter", "find_front_matter", "is_markdown_path"]

_SUFFIXES = (".md", ".markdown", ".mdown", ".mkd")
# A block longer than this is not front matter but a document between rules.
_MAX_LINES = 200

_OPENERS = {"---": ("---", "..."), "+++": ("+++",)}
_KEY_LINE = regex.compile(
    r"^([ \t]*)([^\s#:：=\-][^:：=\n]*?)[ \t]*(?:[:：]|(?<=\S[ \t]*)=)(?:[ \t]+(.*?))?[ \t]*$"
)
_LIST_ITEM = regex.compile(r"^[ \t]*-[ \t]+(.*?)[ \t]*$")
_COMMENT = regex.compile(r"^[ \t]*#")


@dataclass(frozen=True, slots=True)
class FrontMatter:
    """A front matter block at the start of a text."""

    start: int
    end: int
    """Offset just past the closing delimiter line (and its line break)."""
    metadata: dict[str, str] = field(default_factory=dict)


def is_markdown_path(path: str) -> bool:
    """Whether the file name says Markdown."""
    return path.lower().endswith(_SUFFIXES)


def find_front_matter(text: str) -> FrontMatter | None:
    """The front matter block that opens ``text``, or None if it has none."""
    lines = text.splitlines(keepends=True)
    if not lines:
        return None
    opener = lines[0].strip()
    closers = _OPENERS.get(opener)
    if closers is None:
        return None
    body: list[str] = []
    offset = len(lines[0])
    for line in lines[1 : _MAX_LINES + 1]:
        if line.strip() in closers:
            metadata = _parse(body)
            if metadata is None:
                return None
            return FrontMatter(0, offset + len(line), metadata)
        body.append(line.rstrip("\r\n"))
        offset += len(line)
    return None


def _parse(lines: list[str]) -> dict[str, str] | None:
    """Metadata of the block's lines; None if a line is not front matter at all."""
    metadata: dict[str, str] = {}
    parent: str | None = None  # a key with an empty value: items or sub-keys follow
    items: list[str] = []
    for line in lines:
        if not line.strip() or _COMMENT.match(line):
            continue
        item = _LIST_ITEM.match(line)
        if item is not None and parent is not None:
            items.append(_scalar(item.group(1)))
            metadata[parent] = ", ".join(items)
            continue
        key_line = _KEY_LINE.match(line)
        if key_line is None:
            return None
        indent, key, value = key_line.group(1), key_line.group(2).strip(), key_line.group(3)
        if indent and parent is not None and not items:
            key = f"{parent}.{key}"
        elif indent:
            return None
        if value:
            metadata[key] = _scalar(value)
            if not indent:
                parent, items = None, []
        elif not indent:
            parent, items = key, []
    return metadata


def _scalar(value: str) -> str:
    """A YAML or TOML scalar as text: quotes removed, flow lists joined."""
    value = value.strip()
    if len(value) >= 2 and value[0] == value[-1] == '"':
        return value[1:-1].replace('\\"', '"').replace("\\n", "\n").replace("\\\\", "\\")
    if len(value) >= 2 and value[0] == value[-1] == "'":
        return value[1:-1].replace("''", "'")
    if value.startswith("[") and value.endswith("]"):
        return ", ".join(_scalar(part) for part in value[1:-1].split(",") if part.strip())
    # An unquoted value ends where a comment begins.
    hash_at = value.find(" #")
    return value[:hash_at].rstrip() if hash_at >= 0 else value
