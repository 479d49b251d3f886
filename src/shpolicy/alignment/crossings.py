"""After the monotonic path: drop links too weak to be links, and allow crossings.

The path of :mod:`.dp` keeps the order of both versions, which is what a
translation usually does; where it does not, the path shows it in two ways,
and this module turns each into what it is:

* two measures whose bodies were swapped under their labels are paired by
  label, each matching the other's partner clearly better: they are
  re-paired crosswise and marked ``swapped``;
* a measure moved elsewhere is left unpaired on both sides (a skip where it
  was, a skip where it went): an unpaired source measure and an unpaired
  target measure that match well are paired and marked ``misordered``.

Scores are calibrated by one floor: a link scoring below :data:`LINK_FLOOR`
is not emitted as a pair (both sides are left unpaired).  On the 2024
notice true pairs score 0.79–1.00 and label-only pairs of unrelated
measures 0.30–0.45.
"""

from __future__ import annotations

from .dp import Move
from .scoring import Scorer

__all__ = ["CROSS_FLOOR", "LINK_FLOOR", "SWAP_MARGIN", "repair"]

#: A 1–1 link scoring less than this is no link.
LINK_FLOOR = 0.5
#: A crossing pair must score at least this (it has no order to support it).
CROSS_FLOOR = 0.6
#: How much better each crosswise partner must match for two pairs to be swapped.
SWAP_MARGIN = 0.15

Crossing = dict[int, str]
"""Source index → ``swapped`` or ``misordered``, for the pairs that cross the order."""


def repair(path: list[Move], scorer: Scorer) -> tuple[list[Move], Crossing]:
    """``path`` with weak links dropped, swaps re-paired and moved measures paired."""
    moves = list(path)
    crossing: Crossing = dict.fromkeys(_swaps(moves, scorer), "swapped")
    out: list[Move] = []
    for a, b in moves:
        weak = len(a) == 1 and len(b) == 1 and a[0] not in crossing
        if weak and scorer.pair(a[0], b[0]).score < LINK_FLOOR:
            out += [(a, ()), ((), b)]
            continue
        out.append((a, b))
    return _moved(out, scorer, crossing)


def _swaps(moves: list[Move], scorer: Scorer) -> set[int]:
    """Re-pair swapped bodies in ``moves`` (in place); the source indices re-paired."""
    ones = [k for k, (a, b) in enumerate(moves) if len(a) == 1 and len(b) == 1]
    done: set[int] = set()
    swapped: set[int] = set()
    for n, k in enumerate(ones):
        if k in done:
            continue
        (i,), (j,) = moves[k]
        here = scorer.pair(i, j).content
        for k2 in ones[n + 1 : n + 3]:
            if k2 in done:
                continue
            (i2,), (j2,) = moves[k2]
            there = scorer.pair(i2, j2).content
            cross_a, cross_b = scorer.pair(i, j2), scorer.pair(i2, j)
            if (
                cross_a.content > here + SWAP_MARGIN
                and cross_b.content > there + SWAP_MARGIN
                and min(cross_a.score, cross_b.score) >= CROSS_FLOOR
            ):
                moves[k] = ((i,), (j2,))
                moves[k2] = ((i2,), (j,))
                done |= {k, k2}
                swapped |= {i, i2}
                break
    return swapped


def _split_parts(moves: list[Move], scorer: Scorer) -> list[Move]:
    """A lone target measure right after a pair that it continues becomes part of a 1–2."""
    out: list[Move] = []
    for a, b in moves:
        if not a and len(b) == 1 and out:
            pa, pb = out[-1]
            if len(pa) == 1 and len(pb) == 1 and pb[0] + 1 == b[0]:
                (i,), (j,) = pa, pb
                alone = scorer.pair(i, j).score
                if (
                    scorer.pair(i, b[0]).content >= _PART_FLOOR
                    and scorer.lengths_fit_merge((i,), (j, b[0]))
                    and scorer.score((i,), (j, b[0]), names=False).score > alone
                ):
                    out[-1] = (pa, (j, b[0]))
                    continue
        out.append((a, b))
    return out


#: Content a part of a split must share with the measure on its own.
_PART_FLOOR = 0.3


def _moved(moves: list[Move], scorer: Scorer, crossing: Crossing) -> tuple[list[Move], Crossing]:
    moves = _split_parts(moves, scorer)
    lone_s = [a[0] for a, b in moves if a and not b]
    lone_t = [b[0] for a, b in moves if b and not a]
    if not lone_s or not lone_t:
        return moves, crossing
    candidates = sorted(
        (
            (s.score, i, j)
            for i in lone_s
            for j in lone_t
            if (s := scorer.pair(i, j)).score >= CROSS_FLOOR and s.content >= CROSS_FLOOR
        ),
        reverse=True,
    )
    taken_s: dict[int, int] = {}
    taken_t: set[int] = set()
    for _, i, j in candidates:
        if i in taken_s or j in taken_t:
            continue
        taken_s[i] = j
        taken_t.add(j)
    if not taken_s:
        return moves, crossing
    out: list[Move] = []
    for a, b in moves:
        if a and not b and a[0] in taken_s:
            out.append((a, (taken_s[a[0]],)))
            crossing[a[0]] = "misordered"
        elif b and not a and b[0] in taken_t:
            continue
        else:
            out.append((a, b))
    return out, crossing
