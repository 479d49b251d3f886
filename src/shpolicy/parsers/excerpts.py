"""The wording of a stretch of the notice without the paragraphs taken out of it.

A repeated passage removed between two paragraphs of one measure (or of a
section's own text) stays in ``Notice.text`` as its own block, but it is not
the measure's wording: the measure's ``text`` and ``original`` leave it out.
An :class:`Excerpt` is that wording together with the way back from its
offsets to the notice's, so that what is found in it (a unit clause) is
placed where it stands in ``Notice.text``.
"""

from __future__ import annotations

import bisect
from collections.abc import Sequence
from dataclasses import dataclass

from .state import Paragraph, ParseState

__all__ = ["Excerpt", "Gaps"]


@dataclass(frozen=True, slots=True)
class Gaps:
    """Ranges of ``Notice.text`` that belong to no passage the body was read from."""

    ranges: tuple[tuple[int, int], ...] = ()

    @classmethod
    def between(cls, state: ParseState, kept: Sequence[Paragraph]) -> Gaps:
        """The paragraphs among ``kept`` that are not in it, each with the white space after it.

        A gap runs from a left-out paragraph to the next kept one, so that the
        wording on either side joins as the layout before the gap had it.
        """
        if not kept:
            return cls()
        ranges: list[tuple[int, int]] = []
        previous = state.index(kept[0])
        for para in kept[1:]:
            at = state.index(para)
            if at > previous + 1:
                ranges.append((state.paragraphs[previous + 1].start, para.start))
            previous = at
        return cls(tuple(ranges))

    def excerpt(self, state: ParseState, start: int, end: int) -> Excerpt:
        """The wording of ``Notice.text[start:end]`` without the gaps in it."""
        i = bisect.bisect_right(self.ranges, (start, start))
        if i and self.ranges[i - 1][1] > start:
            i -= 1
        pieces: list[tuple[int, int]] = []
        pos = start
        while i < len(self.ranges) and self.ranges[i][0] < end:
            gap_start, gap_end = self.ranges[i]
            if gap_start > pos:
                pieces.append((pos, gap_start))
            pos = max(pos, gap_end)
            i += 1
        if pos < end or not pieces:
            pieces.append((pos, max(pos, end)))
        return Excerpt(state, tuple(pieces))


@dataclass(frozen=True, slots=True)
class Excerpt:
    """Pieces of ``Notice.text`` read as one text."""

    state: ParseState
    pieces: tuple[tuple[int, int], ...]

    @property
    def text(self) -> str:
        return "".join(self.state.text[s:e] for s, e in self.pieces)

    @property
    def original(self) -> str:
        """The source wording of the pieces."""
        return "".join(self.state.original(s, e) for s, e in self.pieces)

    def to_notice(self, offset: int, *, end: bool = False) -> int:
        """The offset in ``Notice.text`` of ``offset`` in :attr:`text`.

        ``end`` reads ``offset`` as the end of a range: one past the character
        before it, never the start of the piece after a gap.
        """
        pos = 0
        last = len(self.pieces) - 1
        for i, (s, e) in enumerate(self.pieces):
            length = e - s
            if offset < pos + length or (end and offset == pos + length) or i == last:
                return s + offset - pos
            pos += length
        return self.pieces[-1][1]
