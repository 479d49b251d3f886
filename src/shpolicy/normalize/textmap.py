"""Offset bookkeeping between the original text and the normalised text.

Normalisation replaces, inserts and removes text.  :class:`TextMap` keeps, for
every character of the current text, the offset of the character of the
original it came from, so that any span of the normalised text can be traced
back to the source (its original wording, its line number).

The offsets are kept in arrays of machine integers, four bytes an offset
rather than a Python int each: on a long file the map is the largest thing
normalisation holds.
"""

from __future__ import annotations

import bisect
from array import array
from collections.abc import Iterable
from dataclasses import dataclass, field

__all__ = ["Edit", "TextMap"]


def _typecode(size: int) -> str:
    """The array type that holds offsets up to ``size``: 32-bit unless the text is longer."""
    return "i" if size < 2**31 else "q"


@dataclass(frozen=True, slots=True)
class Edit:
    """Replace ``text[start:end]`` with ``replacement``.

    ``removal`` names the kind of removed text (``page-number``, ``markup``…)
    when the edit takes text out of the document rather than rewriting it; the
    removed text is then kept as a removal so that nothing is lost.
    """

    start: int
    end: int
    replacement: str
    removal: str | None = None


@dataclass(slots=True)
class RemovedText:
    """Text an edit took out, located in the original."""

    kind: str
    text: str
    original_start: int
    original_end: int


@dataclass
class TextMap:
    """The current text and, per character, its offset in the original."""

    original: str
    text: str = ""
    origin: array[int] = field(default_factory=lambda: array("i"))
    removed: list[RemovedText] = field(default_factory=list)
    rewritten: list[tuple[int, int]] = field(default_factory=list)
    """Original ranges an edit replaced with text of another length (recorded as a fix)."""
    _line_starts: array[int] | None = field(default=None, init=False, repr=False)

    def __post_init__(self) -> None:
        if not self.text and not self.origin:
            self.text = self.original
            # One entry per character plus a sentinel for the end offset.
            self.origin = array(_typecode(len(self.original)), range(len(self.original) + 1))

    def apply(self, edits: Iterable[Edit]) -> int:
        """Apply non-overlapping edits; returns how many changed the text."""
        ordered = sorted(edits, key=lambda e: (e.start, e.end))
        if not ordered:
            return 0
        text, origin = self.text, self.origin
        pieces: list[str] = []
        new_origin: array[int] = array(origin.typecode)
        pos = 0
        changed = 0
        for edit in ordered:
            if edit.start < pos:
                raise ValueError(f"overlapping edit at {edit.start}")
            if text[edit.start : edit.end] == edit.replacement:
                continue
            changed += 1
            pieces.append(text[pos : edit.start])
            new_origin.extend(origin[pos : edit.start])
            span_len = edit.end - edit.start
            if edit.removal is not None and edit.start < edit.end:
                self.removed.append(
                    RemovedText(
                        edit.removal,
                        self.original[origin[edit.start] : origin[edit.end]],
                        origin[edit.start],
                        origin[edit.end],
                    )
                )
            if edit.removal is None and span_len and len(edit.replacement) != span_len:
                self.rewritten.append((origin[edit.start], origin[edit.end]))
            if len(edit.replacement) == span_len:
                new_origin.extend(origin[edit.start : edit.end])
            else:
                # A replacement of another length maps wholly onto the start of
                # what it replaced, so spans stay monotonic.
                new_origin.extend([origin[edit.start]] * len(edit.replacement))
            pieces.append(edit.replacement)
            pos = edit.end
        pieces.append(text[pos:])
        new_origin.extend(origin[pos:])
        self.text = "".join(pieces)
        self.origin = new_origin
        return changed

    def translate(self, table: dict[int, str]) -> int:
        """Apply a one-character-for-one-character table; returns the change count."""
        new = self.text.translate(table)
        if len(new) != len(self.text):
            raise ValueError("translate table must map characters one to one")
        changed = sum(1 for a, b in zip(self.text, new, strict=True) if a != b)
        self.text = new
        return changed

    def to_original(self, start: int, end: int) -> tuple[int, int]:
        """Original offsets of the normalised span ``[start, end)``."""
        return self.origin[start], self.origin[end]

    def original_slice(self, start: int, end: int) -> str:
        """The original wording of the normalised span ``[start, end)``."""
        ostart, oend = self.to_original(start, end)
        return self.original[ostart:oend]

    def from_original(self, offset: int) -> int:
        """The normalised offset of the first character at or after an original offset."""
        return bisect.bisect_left(self.origin, offset)

    def line_of(self, offset: int) -> int:
        """1-based line of the original where normalised ``offset`` stands."""
        return self.original_line(self.origin[min(offset, len(self.text))])

    def original_line(self, original_offset: int) -> int:
        """1-based line of an offset into the original text."""
        if self._line_starts is None:
            starts = array(_typecode(len(self.original)), [0])
            find = self.original.find
            i = find("\n")
            while i >= 0:
                starts.append(i + 1)
                i = find("\n", i + 1)
            self._line_starts = starts
        return bisect.bisect_right(self._line_starts, original_offset)
