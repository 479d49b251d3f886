"""Pairing sections, once their measures are paired.

A section of the source matches the section of the translation that holds
the counterparts of its measures, carries the same number, and has a title
that matches in content.  A translation that dropped a heading keeps the
section's measures under the previous section; that section then already
has its own partner, and the headless one is left unpaired: a missing
section.
"""

from __future__ import annotations

from collections.abc import Sequence

from ..schema import Notice
from .dp import align_sequences
from .features import section_items
from .model import Pair, SectionPair
from .scoring import Scorer

__all__ = ["align_sections", "measure_sections"]

_SKIP = 0.5
_W_NUMBER, _W_MEASURES, _W_TITLE = 0.35, 0.4, 0.25


def measure_sections(notice: Notice) -> dict[str, str]:
    """The id of the section each measure and item of ``notice`` stands in, by measure id."""
    owner: dict[str, str] = {}
    for section in notice.sections:
        stack = list(section.measures)
        while stack:
            measure = stack.pop()
            owner[measure.id] = section.id
            stack.extend(measure.items)
    return owner


def align_sections(source: Notice, target: Notice, pairs: Sequence[Pair]) -> list[SectionPair]:
    """Section pairs of ``source`` and ``target`` in order, given the measure pairs."""
    src, tgt = section_items(source), section_items(target)
    if not src and not tgt:
        return []
    owner_s, owner_t = measure_sections(source), measure_sections(target)
    # How many measure pairs join each source section to each target section.
    links: dict[tuple[str, str], int] = {}
    size_s: dict[str, int] = {}
    size_t: dict[str, int] = {}
    for pair in pairs:
        s = owner_s.get(pair.source) if pair.source else None
        t = owner_t.get(pair.target) if pair.target else None
        if s is not None:
            size_s[s] = size_s.get(s, 0) + 1
        if t is not None:
            size_t[t] = size_t.get(t, 0) + 1
        if s is not None and t is not None:
            links[(s, t)] = links.get((s, t), 0) + 1
    titles = Scorer(src, tgt)

    def score(i: int, j: int) -> float:
        a, b = src[i], tgt[j]
        total = _W_NUMBER * (a.number == b.number) + _W_TITLE * titles.pair(i, j).content
        weight = _W_NUMBER + _W_TITLE
        ns, nt = size_s.get(a.id, 0), size_t.get(b.id, 0)
        if ns or nt:
            shared = links.get((a.id, b.id), 0)
            # F1 of the two shares: all of a's measures in b, and all of b's from a.
            total += _W_MEASURES * (2 * shared / (ns + nt))
            weight += _W_MEASURES
        return total / weight

    path = align_sequences(
        len(src), len(tgt), lambda i, j: 1 - score(i, j), lambda a, b: None, _SKIP
    )
    result: list[SectionPair] = []
    for a, b in path:
        if a and b:
            result.append(
                SectionPair(
                    source=src[a[0]].id, target=tgt[b[0]].id, score=round(score(a[0], b[0]), 4)
                )
            )
        else:
            result.append(
                SectionPair(
                    source=src[a[0]].id if a else None,
                    target=tgt[b[0]].id if b else None,
                    score=0.0,
                )
            )
    return result
