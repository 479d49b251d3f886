"""Duplicated passages: a measure, section or paragraph that appears twice.

Copies of notices collect repeats: a block pasted twice when a translation was
assembled, a page printed twice in a scan.  A passage that appears again,
exactly or nearly, is kept once (the first copy); the repeat becomes a
:class:`~shpolicy.schema.Removal` of kind ``duplicate-passage`` and a warning
that says what was repeated and where.

"Nearly" is a normalised Indel similarity (:func:`rapidfuzz.fuzz.ratio`) of
at least :data:`DUPLICATE_THRESHOLD` on text folded for width, case and white
space.  Two different measures of one notice score far below it (57 at most
between the measures of the 2024 English and Korean versions), while a copy
with a few characters changed scores above it; tests/test_dedupe.py holds
both sides.  Short lines and headings (a date, ``(此件公开发布)``, the same item
heading under two measures) legitimately recur and are repeats only inside a
longer repeated run.

A numbered passage repeats only a passage with the same number.  The same
number on a different text is not a repeat but a numbering conflict: both are
kept and a ``numbering-conflict`` warning is given.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass

from ..schema import Removal, RemovalKind
from .state import Paragraph, ParseState

__all__ = [
    "DUPLICATE_THRESHOLD",
    "MIN_CHARS",
    "Conflict",
    "Passage",
    "Repeat",
    "describe",
    "find_conflicts",
    "find_repeats",
    "remove_duplicates",
    "similarity",
]

DUPLICATE_THRESHOLD = 90.0
"""Similarity (0–100) from which two passages are one passage repeated."""

MIN_CHARS = 30
"""Passages shorter than this (non-space characters) repeat only inside a longer run."""

_ANCHOR = 12  # characters of folded text used to find candidate pairs quickly


@dataclass(frozen=True, slots=True)
class Passage:
    """A block of a document: a paragraph, or a numbered section heading or measure."""

    start: int
    end: int
    text: str
    kind: str = "paragraph"
    """``section``, ``measure`` or ``paragraph`` (unnumbered)."""
    number: int | None = None
    """Ordinal of a numbered passage."""
    label: str | None = None
    """Numbering marker as written (``(十五)``, ``六、``)."""
    key: str | None = None
    """Numbering level: passages with the same key are numbered in one sequence."""

    @property
    def numbered(self) -> bool:
        return self.number is not None


@dataclass(frozen=True, slots=True)
class Repeat:
    """A run of consecutive passages that repeats an earlier run."""

    first: tuple[Passage, ...]
    """The copy that is kept."""
    again: tuple[Passage, ...]
    """The repeat, to be removed."""
    score: float
    """The lowest similarity between corresponding passages of the two runs."""


@dataclass(frozen=True, slots=True)
class Conflict:
    """Two passages with the same number and different text."""

    first: Passage
    again: Passage
    score: float


def _fold(text: str) -> str:
    """Text for comparison: compatibility forms (full-width ，→ ,), no white space, lower case."""
    return "".join(unicodedata.normalize("NFKC", text).split()).lower()


def similarity(a: str, b: str) -> float:
    """Similarity of two texts from 0 to 100, after folding width, case and white space."""
    from rapidfuzz import fuzz

    return float(fuzz.ratio(_fold(a), _fold(b)))


def _same_number(a: Passage, b: Passage) -> bool:
    return a.number == b.number and a.key == b.key and a.kind == b.kind


def _compatible(a: Passage, b: Passage) -> bool:
    """Whether ``b`` may be a copy of ``a`` at all: same number, or both unnumbered."""
    if a.numbered or b.numbered:
        return a.numbered and b.numbered and _same_number(a, b)
    return True


def _seeds(passage: Passage, folded: str) -> bool:
    """Whether a passage can be a repeat by itself, not only inside a longer run.

    Short lines recur legitimately (the same item heading under two
    measures), and so does a line that is wholly a bracketed note such as a
    unit clause standing under each of two measures.
    """
    if len(folded) < MIN_CHARS or passage.kind == "section":
        return False
    return not (folded[0] in "(（" and folded[-1] in ")）")


def _anchors(folded: str) -> set[str]:
    n = len(folded)
    if n <= _ANCHOR:
        return {folded}
    mid = (n - _ANCHOR) // 2
    return {folded[:_ANCHOR], folded[mid : mid + _ANCHOR], folded[-_ANCHOR:]}


def find_repeats(
    passages: Sequence[Passage], threshold: float = DUPLICATE_THRESHOLD
) -> list[Repeat]:
    """Runs of passages that repeat an earlier run, in document order.

    A passage long enough to stand on its own (numbered, or at least
    :data:`MIN_CHARS` characters) that scores ``threshold`` or more against an
    earlier one starts or continues a run; a run then takes in its neighbours
    that match the neighbours of the first copy, short ones included.
    """
    from rapidfuzz import fuzz

    folded = [_fold(p.text) for p in passages]
    n = len(passages)

    def score(i: int, j: int) -> float:
        if not _compatible(passages[i], passages[j]):
            return 0.0
        return float(fuzz.ratio(folded[i], folded[j]))

    # Candidate earlier copies share a stretch of folded text (start, middle or
    # end); a near copy keeps at least one, and this keeps the search linear.
    by_anchor: dict[str, list[int]] = {}
    copy_of: dict[int, tuple[int, float]] = {}
    for j in range(n):
        anchors = _anchors(folded[j])
        if _seeds(passages[j], folded[j]):
            candidates = sorted({i for a in anchors for i in by_anchor.get(a, ())})
            for i in candidates:
                s = score(i, j)
                if s >= threshold:
                    copy_of[j] = (i, s)
                    break
        if j not in copy_of:
            for a in anchors:
                by_anchor.setdefault(a, []).append(j)

    repeats: list[Repeat] = []
    taken: set[int] = set()
    for j in sorted(copy_of):
        if j in taken:
            continue
        i, s = copy_of[j]
        lo_i, lo_j, hi_i, hi_j, low = i, j, i, j, s
        # Extend backwards and forwards while the neighbours match too.
        while lo_i > 0 and lo_j - 1 > hi_i and lo_j - 1 not in taken:
            s2 = score(lo_i - 1, lo_j - 1)
            if s2 < threshold:
                break
            lo_i, lo_j, low = lo_i - 1, lo_j - 1, min(low, s2)
        while hi_j + 1 < n and hi_i + 1 < lo_j:
            s2 = score(hi_i + 1, hi_j + 1)
            if s2 < threshold:
                break
            hi_i, hi_j, low = hi_i + 1, hi_j + 1, min(low, s2)
        taken.update(range(lo_j, hi_j + 1))
        repeats.append(
            Repeat(tuple(passages[lo_i : hi_i + 1]), tuple(passages[lo_j : hi_j + 1]), low)
        )
    return repeats


def find_conflicts(
    passages: Sequence[Passage], threshold: float = DUPLICATE_THRESHOLD
) -> list[Conflict]:
    """Numbered passages that reuse a number their sequence already gave a different text.

    A sequence that starts again at 1 (items numbered afresh under each
    measure) forgets the numbers it gave before.  The same number on the same
    text (a short repeat :func:`find_repeats` leaves alone) is no conflict.
    """
    seen: dict[str | None, dict[int, Passage]] = {}
    conflicts: list[Conflict] = []
    for passage in passages:
        if passage.number is None or passage.kind == "paragraph":
            continue
        numbers = seen.setdefault(passage.key, {})
        if passage.number == 1 and numbers and max(numbers) > 1:
            numbers.clear()
        earlier = numbers.get(passage.number)
        if earlier is not None:
            score = similarity(earlier.text, passage.text)
            if score < threshold:
                conflicts.append(Conflict(earlier, passage, score))
        else:
            numbers[passage.number] = passage
    return conflicts


def _ranges(numbers: Iterable[int]) -> str:
    ordered = sorted(set(numbers))
    parts: list[str] = []
    start = prev = ordered[0]
    for number in ordered[1:] + [None]:
        if number is not None and number == prev + 1:
            prev = number
            continue
        parts.append(str(start) if start == prev else f"{start}–{prev}")
        if number is not None:
            start = prev = number
    return ", ".join(parts)


def _quote(text: str, width: int = 16) -> str:
    text = " ".join(text.split())
    return repr(text if len(text) <= width else text[:width] + "…")


def _join(parts: list[str]) -> str:
    return parts[0] if len(parts) == 1 else ", ".join(parts[:-1]) + " and " + parts[-1]


def _section_name(passage: Passage) -> str:
    return (passage.label or str(passage.number)).strip().rstrip("、.．。:：").strip("()（）")


def describe(passages: Sequence[Passage]) -> str:
    """What a run of passages is, for a message: ``measures 15–23, section 六 and paragraph '…'``."""
    measures = [p.number for p in passages if p.kind == "measure" and p.number is not None]
    sections = [_section_name(p) for p in passages if p.kind == "section"]
    paragraphs = [p for p in passages if p.kind == "paragraph"]
    parts: list[str] = []
    if measures:
        label = "measure" if len(measures) == 1 else "measures"
        parts.append(f"{label} {_ranges(measures)}")
    if sections:
        parts.append(("section " if len(sections) == 1 else "sections ") + ", ".join(sections))
    if len(paragraphs) == 1:
        parts.append(f"paragraph {_quote(paragraphs[0].text)}")
    elif paragraphs:
        parts.append(f"{len(paragraphs)} paragraphs")
    return _join(parts)


def _lines(state: ParseState, passages: Sequence[Passage]) -> str:
    first = state.norm.map.line_of(passages[0].start)
    last = state.norm.map.line_of(max(passages[-1].start, passages[-1].end - 1))
    return f"line {first}" if first == last else f"lines {first}–{last}"


def _anchor_before(passages: Sequence[Passage], repeat: Repeat) -> str:
    """The last numbered passage before the repeat (``measure 23``), to say where it stands."""
    start = repeat.again[0].start
    before = [p for p in passages if p.end <= start and p.kind != "paragraph"]
    if not before:
        return "at the start of the text"
    last = before[-1]
    if last.kind == "section":
        return f"after section {_section_name(last)}"
    return f"after measure {last.number}"


def remove_duplicates(
    state: ParseState,
    paras: Sequence[Paragraph],
    passage_of: Callable[[Paragraph], Passage],
    threshold: float = DUPLICATE_THRESHOLD,
) -> list[Paragraph]:
    """``paras`` without repeated passages; records removals, claims and warnings on ``state``.

    ``passage_of`` says what each paragraph is (numbered section or measure,
    or plain paragraph); the language parsers know their numbering.
    """
    passages = [passage_of(p) for p in paras]
    repeats = find_repeats(passages, threshold)
    dropped: set[int] = set()
    for repeat in repeats:
        what = describe(repeat.again)
        exact = repeat.score >= 100.0
        state.warn(
            "duplicate-passage",
            f"{what} repeated {_anchor_before(passages, repeat)} ({_lines(state, repeat.again)}, "
            f"{'an exact' if exact else f'a near ({repeat.score:.0f}%)'} copy of "
            f"{_lines(state, repeat.first)}); kept the first copy",
            repeat.again[0].start,
            repeat.again[-1].end,
        )
        for passage in repeat.again:
            dropped.add(passage.start)
            state.removals.append(_removal(state, passage))
            state.claim("duplicate-passage", passage.start, passage.end)
    kept = [p for p in paras if p.start not in dropped]
    kept_passages = [p for p in passages if p.start not in dropped]
    for conflict in find_conflicts(kept_passages, threshold):
        first, again = conflict.first, conflict.again
        state.warn(
            "numbering-conflict",
            f"{again.kind} {again.label or again.number} at {_lines(state, [again])} has the number "
            f"of {first.kind} {first.label or first.number} at {_lines(state, [first])} but a "
            f"different text (similarity {conflict.score:.0f}%); both kept",
            again.start,
            again.end,
        )
    return kept


def _removal(state: ParseState, passage: Passage) -> Removal:
    return Removal(
        kind=RemovalKind.DUPLICATE_PASSAGE,
        text=state.original(passage.start, passage.end),
        at=passage.start,
        line=state.norm.map.line_of(passage.start),
    )
