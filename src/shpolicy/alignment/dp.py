"""Monotonic alignment of two sequences by dynamic programming, within a band.

The moves are those of sentence alignment (Gale and Church): 1–1, 1–0, 0–1,
and 2–1/1–2 for a measure merged or split in translation.  The caller gives
the cost of each move; the path of least total cost wins, and ties go to the
move tried first (1–1, then skips, then merges), so equal evidence keeps
measures paired rather than dropped.

Band: language versions of one notice keep the order of their measures, so
the path stays near the diagonal of the cost matrix.  Scaled to the two
lengths, a path strays from the diagonal only by the measures one version has
and the other lacks: at most ``|n − m|`` for those that are simply missing,
plus one for each measure that is both dropped somewhere and added somewhere
else.  Short documents are aligned over the whole matrix; longer ones within
``|n − m| + BAND_SLACK`` of the diagonal, which keeps two versions of 1,000
measures to some 33,000 scored cells instead of a million, and still allows
sixteen such drop-and-add displacements.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

__all__ = ["BAND_SLACK", "FULL_MATRIX_LIMIT", "Move", "align_sequences"]

#: Cells up to which the whole matrix is searched (beyond, a band around the diagonal).
FULL_MATRIX_LIMIT = 40_000
#: Extra half-width of the band beyond the difference in length.
BAND_SLACK = 16

Move = tuple[tuple[int, ...], tuple[int, ...]]
"""Indices of the source and target elements a step of the path joins (either may be empty)."""

_STEPS = ((1, 1), (1, 0), (0, 1), (2, 1), (1, 2))
_INF = float("inf")


def align_sequences(
    n: int,
    m: int,
    match: Callable[[int, int], float],
    merge: Callable[[Sequence[int], Sequence[int]], float | None],
    skip: float,
    *,
    band: int | None = None,
) -> list[Move]:
    """The least-cost monotonic path through ``n`` source and ``m`` target elements.

    ``match(i, j)`` is the cost of pairing source ``i`` with target ``j``;
    ``merge(a, b)`` that of pairing two source elements with one target
    element or one with two (``None`` rules the move out); ``skip`` that of
    leaving one element unpaired.  ``band`` overrides the half-width of the
    band (``None``: chosen from the sizes, see the module docstring).
    """
    if band is None:
        band = max(n, m) if (n + 1) * (m + 1) <= FULL_MATRIX_LIMIT else abs(n - m) + BAND_SLACK
    cost = [[_INF] * (m + 1) for _ in range(n + 1)]
    back = [[-1] * (m + 1) for _ in range(n + 1)]
    cost[0][0] = 0.0
    for i in range(n + 1):
        centre = i * m / n if n else 0.0
        lo = max(0, int(centre - band))
        hi = min(m, int(centre + band) + 1)
        row = cost[i]
        brow = back[i]
        for j in range(lo, hi + 1):
            best = row[j]
            how = brow[j]
            if i and j:
                prev = cost[i - 1][j - 1]
                if prev != _INF:
                    total = prev + match(i - 1, j - 1)
                    if total < best:
                        best, how = total, 0
            if i:
                prev = cost[i - 1][j]
                if prev + skip < best:
                    best, how = prev + skip, 1
            if j:
                prev = row[j - 1]
                if prev + skip < best:
                    best, how = prev + skip, 2
            if i >= 2 and j:
                prev = cost[i - 2][j - 1]
                if prev != _INF:
                    step = merge((i - 2, i - 1), (j - 1,))
                    if step is not None and prev + step < best:
                        best, how = prev + step, 3
            if i and j >= 2:
                prev = cost[i - 1][j - 2]
                if prev != _INF:
                    step = merge((i - 1,), (j - 2, j - 1))
                    if step is not None and prev + step < best:
                        best, how = prev + step, 4
            row[j] = best
            brow[j] = how
    path: list[Move] = []
    i, j = n, m
    while i or j:
        k = back[i][j]
        if k < 0:  # unreachable with a band that contains both corners
            raise RuntimeError("alignment band does not reach the end")
        di, dj = _STEPS[k]
        path.append((tuple(range(i - di, i)), tuple(range(j - dj, j))))
        i, j = i - di, j - dj
    path.reverse()
    return path
