"""``align_notices(source, target)``: pair the measures of two language versions of a notice."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from ..schema import Notice
from .crossings import repair
from .dp import align_sequences
from .features import Item, measure_items
from .model import Alignment, Link, Pair
from .scoring import Scorer
from .sections import align_sections
from .segmentation import Segmentation, segment

__all__ = ["MERGE_PENALTY", "SKIP_COST", "Aligned", "align_notices", "align_with_evidence"]

#: Cost of leaving a measure unpaired.  A pair whose numbering agrees scores
#: at least the numbering weight (0.25), so costs at most 0.75; two skips
#: (1.5) then cost more than two such pairs, and two measures whose bodies were
#: swapped under their labels stay paired (and are reported as misaligned)
#: rather than being dropped and added around one good crossing pair.
SKIP_COST = 0.75
#: Extra cost of a merge or split: two measures under one label must match
#: the one on the other side clearly better than either does alone.
MERGE_PENALTY = 0.35
# A merge is only considered when each part matches the other side somewhat on
# its own, and the merged pair matches better than the best part alone: a
# dropped measure next to a good pair, or a repeated passage, otherwise looks
# like a merge (the repeat adds nothing, the dropped measure matches nothing).
_MERGE_PART_FLOOR = 0.3
_MERGE_GAIN = 0.05


@dataclass(frozen=True)
class Aligned:
    """An alignment with what it was computed from, for checks that look further."""

    alignment: Alignment
    scorer: Scorer
    source_items: list[Item]
    target_items: list[Item]
    target: Notice
    """The translation with its measures as aligned (cut by paragraphs where labels lied)."""
    segmentation: Segmentation | None = None
    """How the translation's measures were found."""


def align_notices(source: Notice, target: Notice) -> Alignment:
    """Align the measures (and items, and sections) of ``target`` with those of ``source``.

    Pairs are in document order; every measure of both versions is in exactly
    one pair.  See :mod:`shpolicy.alignment` for how pairs are scored.
    """
    return align_with_evidence(source, target).alignment


def align_with_evidence(source: Notice, target: Notice) -> Aligned:
    """:func:`align`, keeping the scorer and the measures' features."""
    found = segment(source, target)
    target = found.notice
    src, tgt = measure_items(source), measure_items(target)
    scorer = Scorer(src, tgt)

    def match(i: int, j: int) -> float:
        return 1.0 - scorer.pair(i, j).score

    def merge(a: Sequence[int], b: Sequence[int]) -> float | None:
        if not scorer.lengths_fit_merge(a, b):
            return None
        parts = [scorer.pair(i, j) for i in a for j in b]
        if min(p.content for p in parts) < _MERGE_PART_FLOOR:
            return None
        merged = scorer.score(a, b).score
        if merged < max(p.score for p in parts) + _MERGE_GAIN:
            return None
        return 1.0 - merged + MERGE_PENALTY

    path, crossing = repair(align_sequences(len(src), len(tgt), match, merge, SKIP_COST), scorer)
    pairs: list[Pair] = []
    for a, b in path:
        link: Link = f"{len(a)}-{len(b)}"  # type: ignore[assignment]
        if a and b:
            result = scorer.score(a, b)
            signals = result.signals()
            for i in a:
                for j in b:
                    pairs.append(
                        Pair(
                            source=src[i].id,
                            target=tgt[j].id,
                            link=link,
                            score=round(result.score, 4),
                            signals=signals,
                            crossing=crossing.get(i) if len(a) == 1 else None,  # type: ignore[arg-type]
                        )
                    )
        else:
            pairs.append(
                Pair(
                    source=src[a[0]].id if a else None,
                    target=tgt[b[0]].id if b else None,
                    link=link,
                    score=0.0,
                )
            )
    alignment = Alignment(
        source=source.source.path,
        target=target.source.path,
        source_language=source.language,
        target_language=target.language,
        pairs=pairs,
        sections=align_sections(source, target, pairs),
        segmentation=found.method,
        segmentation_reason=found.reason,
    )
    return Aligned(alignment, scorer, src, tgt, target, found)
