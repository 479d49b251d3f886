"""Aligning language versions of a notice measure by measure.

:func:`~shpolicy.align` flattens the measures of both versions (items included) in
document order and finds the least-cost monotonic path of 1–1, 1–0, 0–1,
2–1 and 1–2 links (:mod:`.dp`), each pair scored in [0, 1] from numbering as
a prior and cross-lingual content signals (:mod:`.scoring`); sections are
then paired from where their measures went (:mod:`.sections`).  Where the
translation's labels lie (missing, restarted, out of order), its measures
are first found paragraph by paragraph, guided by the source
(:mod:`.segmentation`); ``Alignment.segmentation`` says which.

Importing this package loads only the result types; the aligner and what it
needs (OpenCC, the reading table) load on the first call.
"""

from __future__ import annotations

from .model import Alignment, Link, Pair, SectionPair, Signals

__all__ = ["Alignment", "Link", "Pair", "SectionPair", "Signals"]

