"""Aligning language versions of a notice measure by measure.

:func:`align` flattens the measures of both versions (items included) in
document order and finds the least-cost monotonic path of 1–1, 1–0, 0–1,
2–1 and 1–2 links (:mod:`.dp`), each pair scored in [0, 1] from numbering as
a prior and cross-lingual content signals (:mod:`.scoring`); sections are
then paired from where their measures went (:mod:`.sections`).

Importing this package loads only the result types; the aligner and what it
needs (OpenCC, the reading table) load on the first call.

``shpolicy.align`` at the top level is the verb, a function; import the
modules of this package with ``from shpolicy.align import …`` (the form
``import shpolicy.align.x as y`` reaches the function instead).
"""

from __future__ import annotations

from ..schema import Notice
from .model import Alignment, Link, Pair, SectionPair, Signals

__all__ = ["Alignment", "Link", "Pair", "SectionPair", "Signals", "align"]


def align(source: Notice, target: Notice) -> Alignment:
    """Align the measures of ``target`` with those of ``source`` (see :mod:`.aligner`)."""
    from .aligner import align as run

    return run(source, target)
