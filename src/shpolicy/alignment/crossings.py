"""After the monotonic path: drop links too weak to be links, and allow crossings.

The path of :mod:`.dp` keeps the order of both versions, which is what a
translation usually does; where it does not, the path shows it in two ways,
and this module turns each into what it is:

* two measures whose bodies were swapped under their labels are paired by
  label, each matching the other's partner clearly better: they are
  re-paired crosswise and marked ``swapped`` (``misordered`` where each
  label moved with its body: two measures in reversed order);
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
    crossing: Crossing = {
        i: "misordered" if _label_moved(i, moves, scorer) else "swapped"
        for i in _swaps(moves, scorer)
    }
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


def _label_moved(i: int, moves: list[Move], scorer: Scorer) -> bool:
    """Whether source ``i``'s crosswise partner carries ``i``'s own number: the measure
    moved with its label (two measures in reversed order), its body was not swapped."""
    j = next(b[0] for a, b in moves if a == (i,))
    return scorer.source[i].number == scorer.target[j].number


def _part_of(pair: Move, lone: int, scorer: Scorer) -> tuple[int, ...] | None:
    """The targets of ``pair`` with ``lone`` joined, if ``lone`` is a part of that measure."""
    pa, pb = pair
    if len(pa) != 1 or len(pb) != 1 or abs(pb[0] - lone) != 1:
        return None
    (i,), (j,) = pa, pb
    parts = (min(j, lone), max(j, lone))
    if scorer.pair(i, lone).content < _PART_FLOOR:
        return None
    alone = scorer.pair(i, j).score
    joined = scorer.score((i,), parts, names=False).score
    # A split in two unequal halves fails the length test (the long half alone
    # has nearly the whole length) but gains much from the short half's names;
    # two parts under the source measure's own label repeated need no more.
    number = scorer.source[i].number
    repeated = scorer.target[lone].number == scorer.target[j].number == number
    fits = repeated or scorer.lengths_fit_merge((i,), parts)
    if joined > alone + (0.0 if fits else _UNEVEN_GAIN):
        return parts
    return None


def _split_parts(moves: list[Move], scorer: Scorer) -> list[Move]:
    """A lone target measure next to a pair that it continues (or opens) becomes part of a 1–2."""
    out: list[Move] = []
    for a, b in moves:
        if not a and len(b) == 1 and out and (parts := _part_of(out[-1], b[0], scorer)):
            out[-1] = (out[-1][0], parts)
            continue
        if a and out and not out[-1][0] and len(out[-1][1]) == 1:
            parts = _part_of((a, b), out[-1][1][0], scorer)
            if parts:
                out[-1] = (a, parts)
                continue
        out.append((a, b))
    return out


#: Content a part of a split must share with the measure on its own.
_PART_FLOOR = 0.3
#: What joining two parts of unequal length must add to the score of the pair.
_UNEVEN_GAIN = 0.15


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
