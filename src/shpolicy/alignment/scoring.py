"""How well a measure of one version matches a measure of another: a score in [0, 1].

The score is a weighted mean of signals.  Numbering (ordinal, path, depth) is
a prior with a fixed weight of one quarter: it decides between candidates
whose content says little, but two measures whose content clearly belongs
together outweigh a label that disagrees (translations renumber, drop
headings and repeat passages).  The content signals, each in [0, 1] and
left out where there is no evidence either way:

* ``reading`` (Chinese ↔ Korean): the Chinese text read in Sino-Korean
  against the Hangul of the translation, as sets of syllable pairs;
* ``direct`` (same language, an untranslated measure): character pairs;
* ``anchors``: acronyms, Latin names, place names;
* ``facts``: numeric facts (:mod:`shpolicy.alignment.facts`);
* ``units``: canonical responsible units;
* ``length``: the length ratio against the ratio usual for the two
  languages in this pair of documents.

Set overlaps are weighted by inverse document frequency over both versions,
so a syllable pair or a name found in every measure (서비스, Shanghai)
carries little weight and a rare one (DEPA, 语料) much.
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Callable, Sequence
from typing import NamedTuple

from .facts import compare_facts
from .features import Item, direct_profile
from .korean import hangul_bigrams, sino_korean
from .model import Signals

__all__ = ["PairScore", "Scorer"]

#: Weight of the numbering prior in the score; the content signals share the rest.
NUMBERING_WEIGHT = 0.25
# Weights of the content signals; a signal without evidence is left out.
_W_READING = _W_DIRECT = 3.0
_W_ANCHORS = _W_FACTS = 1.5
_W_UNITS = _W_LENGTH = 1.0
# Weighted overlaps of syllable (or character) pairs are small even for a true
# pair: a translation uses native words too.  Measured on the 2024 notice,
# true Chinese–Korean pairs overlap 0.07–0.26 and others 0.00–0.05; the
# scale maps 0.06 to 0.63 and 0.15 to 0.92.  Untranslated text overlaps ~1.
_READING_SCALE = 0.06
_DIRECT_SCALE = 0.15
# An overlap weighing less than this (a name found in most measures) is no evidence.
_MIN_EVIDENCE = 0.5
_LENGTH_SLOPE = 1.5


class PairScore(NamedTuple):
    """A score and its signals, before they become a :class:`~.model.Signals`."""

    score: float
    numbering: float
    content: float
    reading: float | None
    direct: float | None
    anchors: float | None
    facts: float | None
    units: float | None
    length: float
    shared: tuple[str, ...]

    def signals(self) -> Signals:
        def r(x: float | None) -> float | None:
            return None if x is None else round(x, 4)

        return Signals(
            numbering=round(self.numbering, 4),
            reading=r(self.reading),
            direct=r(self.direct),
            anchors=r(self.anchors),
            facts=r(self.facts),
            units=r(self.units),
            length=round(self.length, 4),
            content=round(self.content, 4),
            shared=list(self.shared),
        )


def _idf(profiles: Sequence[frozenset[str]]) -> dict[str, float]:
    df: Counter[str] = Counter()
    for profile in profiles:
        df.update(profile)
    n = max(1, len(profiles))
    return {token: math.log(1 + n / count) for token, count in df.items()}


class _Profiles:
    """One kind of token set per item, with idf weights over both versions."""

    def __init__(self, make: Callable[[Item], frozenset[str]], items: Sequence[Item]) -> None:
        self.sets = [make(item) for item in items]
        self.idf = _idf(self.sets)
        self.totals = [sum(map(self.idf.__getitem__, s)) for s in self.sets]

    def overlap(self, a: Sequence[int], b: Sequence[int]) -> tuple[float, float]:
        """Weighted shared mass and total mass of the union of items ``a`` against ``b``."""
        idf = self.idf
        if len(a) == 1 and len(b) == 1:
            sa, sb = self.sets[a[0]], self.sets[b[0]]
            total = self.totals[a[0]] + self.totals[b[0]]
        else:
            sa = frozenset().union(*(self.sets[i] for i in a))
            sb = frozenset().union(*(self.sets[i] for i in b))
            total = sum(map(idf.__getitem__, sa)) + sum(map(idf.__getitem__, sb))
        shared = sum(map(idf.__getitem__, sa & sb)) if total else 0.0
        return shared, total


def _reading_profile(item: Item) -> frozenset[str]:
    if item.language == "zh":
        return hangul_bigrams(sino_korean(item.text))
    if item.language == "ko":
        return hangul_bigrams(item.text)
    return frozenset()


class Scorer:
    """Scores pairs of items from a source version and a translation."""

    def __init__(self, source: Sequence[Item], target: Sequence[Item]) -> None:
        self.source = list(source)
        self.target = list(target)
        both = self.source + self.target
        self._offset = len(self.source)
        languages = {i.language for i in self.source} | {i.language for i in self.target}
        self._reading = _Profiles(_reading_profile, both) if {"zh", "ko"} <= languages else None
        # Texts in one language on both sides are compared directly; only the
        # items of a language found on both sides need that profile.
        common = {i.language for i in self.source} & {i.language for i in self.target}
        self._direct = _Profiles(
            lambda item: direct_profile(item.text) if item.language in common else frozenset(),
            both,
        )
        self._anchors = _Profiles(lambda item: item.anchors, both)
        self._ratios = self._length_ratios()
        self._cache: dict[tuple[int, int], PairScore] = {}

    def _length_ratios(self) -> dict[tuple[str, str], float]:
        def mean_length(items: Sequence[Item], language: str) -> float | None:
            lengths = [i.length for i in items if i.language == language]
            return sum(lengths) / len(lengths) if lengths else None

        ratios: dict[tuple[str, str], float] = {}
        for a in {i.language for i in self.source}:
            for b in {i.language for i in self.target}:
                la, lb = mean_length(self.source, a), mean_length(self.target, b)
                ratios[(a, b)] = 1.0 if a == b or not la or not lb else lb / la
        return ratios

    def lengths_fit_merge(self, a: Sequence[int], b: Sequence[int]) -> bool:
        """Whether the lengths of a merge or split fit better joined than any part alone.

        A true merge has the length of both parts; a dropped neighbour or a
        repeated passage does not, and is ruled out here before any scoring.
        """
        src = [self.source[i] for i in a]
        tgt = [self.target[j] for j in b]
        expected = self._ratios.get((src[0].language, tgt[0].language), 1.0)
        la = [x.length * expected for x in src]
        lb = [y.length for y in tgt]
        joined = abs(math.log(sum(lb) / sum(la)))
        alone = min(abs(math.log(y / x)) for x in la for y in lb)
        return joined < alone

    def pair(self, i: int, j: int) -> PairScore:
        """Score of source item ``i`` against target item ``j`` (cached, without names)."""
        key = (i, j)
        cached = self._cache.get(key)
        if cached is None:
            cached = self._cache[key] = self.score((i,), (j,), names=False)
        return cached

    def score(self, a: Sequence[int], b: Sequence[int], *, names: bool = True) -> PairScore:
        """Score of source items ``a`` (one or two, merged) against target items ``b``.

        ``names`` lists the anchors, facts and units both sides share (the
        alignment search does without them).
        """
        if len(a) == 1 and len(b) == 1:  # the common case, kept lean for the search
            src: Sequence[Item] = (self.source[a[0]],)
            tgt: Sequence[Item] = (self.target[b[0]],)
            tb: Sequence[int] = (b[0] + self._offset,)
            numbering = _numbering(src[0], tgt[0])
        else:
            src = [self.source[i] for i in a]
            tgt = [self.target[j] for j in b]
            tb = [j + self._offset for j in b]
            numbering = max(_numbering(x, y) for x in src for y in tgt)
        lang_a, lang_b = src[0].language, tgt[0].language
        shared_names: list[str] = []
        weight = total_content = 0.0

        reading = direct = None
        if self._reading is not None and lang_a != lang_b and {lang_a, lang_b} == {"zh", "ko"}:
            shared, total = self._reading.overlap(a, tb)
            if total:
                reading = 1 - math.exp(-(2 * shared / total) / _READING_SCALE)
                weight += _W_READING
                total_content += _W_READING * reading
        elif lang_a == lang_b:
            shared, total = self._direct.overlap(a, tb)
            if total:
                direct = 1 - math.exp(-(2 * shared / total) / _DIRECT_SCALE)
                weight += _W_DIRECT
                total_content += _W_DIRECT * direct

        anchors = None
        shared, total = self._anchors.overlap(a, tb)
        if total >= _MIN_EVIDENCE:
            anchors = 2 * shared / total
            weight += _W_ANCHORS
            total_content += _W_ANCHORS * anchors
            if names:
                names_a = frozenset().union(*(x.anchors for x in src))
                names_b = frozenset().union(*(y.anchors for y in tgt))
                shared_names = sorted(names_a & names_b)

        facts = None
        facts_a = src[0].facts if len(src) == 1 else tuple(f for x in src for f in x.facts)
        facts_b = tgt[0].facts if len(tgt) == 1 else tuple(f for y in tgt for f in y.facts)
        if facts_a and facts_b:
            comparison = compare_facts(facts_a, facts_b)
            facts = 2 * len(comparison.matched) / (len(facts_a) + len(facts_b))
            if names:
                shared_names += [f.describe() for f, _ in comparison.matched]
        elif facts_a or facts_b:
            facts = 0.0
        if facts is not None:
            weight += _W_FACTS
            total_content += _W_FACTS * facts

        units = None
        units_a = src[0].units if len(src) == 1 else frozenset().union(*(x.units for x in src))
        units_b = tgt[0].units if len(tgt) == 1 else frozenset().union(*(y.units for y in tgt))
        if units_a and units_b:
            both = units_a & units_b
            units = len(both) / len(units_a | units_b)
            weight += _W_UNITS
            total_content += _W_UNITS * units
            if names:
                shared_names += sorted(both)

        expected = self._ratios.get((lang_a, lang_b), 1.0)
        ratio = (
            tgt[0].length / src[0].length
            if len(src) == len(tgt) == 1
            else sum(y.length for y in tgt) / sum(x.length for x in src)
        )
        length = math.exp(-_LENGTH_SLOPE * abs(math.log(ratio / expected)))
        weight += _W_LENGTH
        total_content += _W_LENGTH * length

        content = min(1.0, max(0.0, total_content / weight))
        score = NUMBERING_WEIGHT * numbering + (1 - NUMBERING_WEIGHT) * content
        return PairScore(
            score=min(1.0, max(0.0, score)),
            numbering=numbering,
            content=content,
            reading=reading,
            direct=direct,
            anchors=anchors,
            facts=facts,
            units=units,
            length=length,
            shared=tuple(shared_names),
        )


def _numbering(a: Item, b: Item) -> float:
    """Agreement of numbering: ordinal above all, then the full path, then depth."""
    score = 0.0
    if a.number == b.number:
        score += 0.6
    elif a.position == b.position and a.parent == b.parent:
        score += 0.3  # numbered afresh in each section, at the same place in the same section
    if a.id == b.id:
        score += 0.25
    if a.depth == b.depth:
        score += 0.15
    return score
