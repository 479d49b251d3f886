"""Linking task-table rows to the body measures they implement, by content.

A task table restates the body: each row's 具体举措 is, nearly word for word,
a sentence or two of one numbered measure or item.  The table's own labels
(试点任务, 任务细化) cannot be trusted for the link, since in extracted text
they drift against the rows; the wording can.  So each row is compared with
the own text of every measure and item (their sub-items excluded), and linked
to the one that contains it best: rapidfuzz's ``partial_ratio`` finds the best
matching stretch of the measure for the row, scaled down when the measure is
shorter than the row (a heading alone must not win by being contained in the
row).  Punctuation and spacing are ignored, since the two were often
normalised differently.

A row whose best match is weak is left unlinked with a warning rather than
guessed; so is a row without responsible units.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from typing import NamedTuple

import regex

from ..schema import AttachmentRow, Measure, ParseWarning, WarningCode

__all__ = ["LinkResult", "link_rows", "link_score"]

CONFIDENT = 60.0
"""Lowest score (0–100) at which a row is linked: a paraphrase of the body
scores 70–90, a row that merely shares words with a measure below 50."""
MARGIN = 10.0
"""A runner-up closer than this to the best match makes the link uncertain."""

_NOT_WORD = regex.compile(r"[^\p{L}\p{N}]+")


class LinkResult(NamedTuple):
    """The rows with ``measure_id`` filled in, and what could not be done."""

    rows: list[AttachmentRow]
    warnings: list[ParseWarning]


def _key(text: str) -> str:
    return _NOT_WORD.sub("", text).casefold()


def _walk(measures: Sequence[Measure]) -> Iterator[Measure]:
    for measure in measures:
        yield measure
        yield from _walk(measure.items)


def link_score(row_text: str, measure_text: str) -> float:
    """How well ``measure_text`` contains ``row_text``, 0–100."""
    ranked = _rank(_key(row_text), [_key(measure_text)])
    return ranked[0][0] if ranked else 0.0


def _rank(row: str, bodies: list[str]) -> list[tuple[float, int]]:
    """The two best scores of ``row`` against the body texts, best first, as (score, index).

    The order is that of all the scores sorted from the highest (on a tie, the
    higher index first), of which only the first two are ever read.  A body that
    cannot score as well as the runner-up so far is not scored in full: rapidfuzz
    gives up on it early (its cutoff), which on a long file with many rows and
    many measures is most of the work.
    """
    from rapidfuzz import fuzz

    if not row:
        return []
    best: list[tuple[float, int]] = []
    for j, body in enumerate(bodies):
        factor = min(1.0, len(body) / len(row))
        cutoff = 0.0
        if len(best) == 2:
            if 100.0 * factor < best[1][0]:
                continue
            # Just below what ties the runner-up, so that rounding never hides a tie.
            cutoff = max(0.0, best[1][0] / factor - 1e-6)
        scored = (fuzz.partial_ratio(row, body, score_cutoff=cutoff) * factor, j)
        if len(best) < 2 or scored > best[1]:
            best.append(scored)
            best.sort(reverse=True)
            del best[2:]
    return best


def link_rows(rows: Sequence[AttachmentRow], measures: Sequence[Measure]) -> LinkResult:
    """Link each row to the measure or item whose text holds it.

    ``measures`` are the body's measures (their items are searched too).  Rows
    keep their order; a row gets ``measure_id`` None when no measure holds it
    confidently.  Warnings: ``table-row-without-units``,
    ``table-row-unlinked`` and ``table-row-link-uncertain``.
    """
    nodes = [m for m in _walk(measures) if _key(m.text)]
    bodies = [_key(m.text) for m in nodes]
    warnings: list[ParseWarning] = []
    out: list[AttachmentRow] = []
    for i, row in enumerate(rows):
        name = f"table row {row.number}" if row.number is not None else f"table row {i + 1}"
        if not row.responsible_units:
            warnings.append(
                ParseWarning(
                    code=WarningCode.TABLE_ROW_WITHOUT_UNITS,
                    message=f"{name} names no responsible unit",
                    span=row.span,
                )
            )
        ranked = _rank(_key(row.text), bodies)
        measure_id: str | None = None
        if not ranked or ranked[0][0] < CONFIDENT:
            best = f" (best match {nodes[ranked[0][1]].id} at {ranked[0][0]:.0f})" if ranked else ""
            warnings.append(
                ParseWarning(
                    code=WarningCode.TABLE_ROW_UNLINKED,
                    message=f"{name} matches no measure of the body confidently{best}",
                    span=row.span,
                )
            )
        else:
            score, j = ranked[0]
            measure_id = nodes[j].id
            if len(ranked) > 1 and score - ranked[1][0] < MARGIN:
                other = nodes[ranked[1][1]].id
                warnings.append(
                    ParseWarning(
                        code=WarningCode.TABLE_ROW_LINK_UNCERTAIN,
                        message=(
                            f"{name} matches measure {measure_id} ({score:.0f}) "
                            f"almost as well as {other} ({ranked[1][0]:.0f})"
                        ),
                        span=row.span,
                    )
                )
        out.append(row.model_copy(update={"measure_id": measure_id}))
    return LinkResult(out, warnings)
