"""The unit registry: one entry per responsible body, and name resolution against it.

The entries live in ``units/data/units.json``, shipped with the package and
read once, on first use.  Each entry holds the body's canonical Chinese short
name, its official full name (null where not certain), the English and Korean
names translations use, and aliases: old names, other short forms and the
typos published notices contain.

Resolution goes from the surest to the loosest evidence:

1. ``exact``: the name's key (:func:`~shpolicy.units.keys.name_key`) is the key
   of one of an entry's names;
2. ``alias``: the key is the key of an alias;
3. ``exact``/``alias`` of the head, for a name that carries a second name in
   brackets (``浦东新区政府（上海自贸试验区管委会）``): one body, two names;
4. ``fuzzy``: the closest name of the same script by rapidfuzz, accepted at or
   above :data:`FUZZY_THRESHOLD` and only when the distinctive cores of the two
   names also agree (:data:`CORE_THRESHOLD`), so that 市科委 never becomes
   市教委, and both are the same kind of body (a 领导小组 is not its 办公室);
5. ``none``: canonical is None, with the nearest names for an explanation.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any, Literal

from ..errors import ShpolicyError
from ..schema import Language
from .brackets import head_before_bracket
from .keys import name_core, name_key, name_kind, script_of

__all__ = [
    "CORE_THRESHOLD",
    "FUZZY_THRESHOLD",
    "Candidate",
    "Method",
    "Registry",
    "RegistryError",
    "Resolution",
    "UnitEntry",
    "load_registry",
    "unit_registry",
]

Method = Literal["exact", "alias", "fuzzy", "none"]
"""How a name was resolved."""

UnitKind = Literal["body", "group"]

#: Lowest similarity (0–1) at which a fuzzy match is accepted, per script.
#: Chinese and Korean compare keys character by character (``fuzz.ratio``): a
#: long name that lost or gained a character or two stays above 0.85
#: (国家外汇局上海市分局 against 国家外汇管理局上海市分局 is 0.91), while short
#: names that differ in one character fall below it (市审计局 and 市统计局,
#: 0.75).  English compares sorted words (``fuzz.token_sort_ratio``), so that
#: *Commission of Commerce* and *Commerce Commission* agree.  The values are
#: tested against known variants and known distinct bodies in
#: ``tests/test_units_registry.py``.
FUZZY_THRESHOLD: Mapping[Language, float] = {"zh": 0.85, "ko": 0.85, "en": 0.88}

#: Lowest similarity of the two names' distinctive cores for a fuzzy match:
#: more than half must agree.  海关 against 海事 (上海海关, 上海海事局) agree in
#: one character of two, 0.5, and are different bodies; 外事 against 外
#: (市政府外事办, 市政府外办) agree in 0.67 and are one.
CORE_THRESHOLD = 0.6

class RegistryError(ShpolicyError):
    """The unit registry file is missing, not JSON, or inconsistent."""


@dataclass(frozen=True, slots=True)
class UnitEntry:
    """One responsible body in the registry."""

    canonical: str
    """Canonical Chinese short name, as Shanghai notices write it (``市商务委``)."""
    full_name: str | None = None
    """Official full name (``上海市商务委员会``), None where not certain."""
    english: tuple[str, ...] = ()
    """English names translations use, the most common first."""
    korean: tuple[str, ...] = ()
    """Korean names."""
    aliases: tuple[str, ...] = ()
    """Old names, other short forms and typos found in published notices."""
    kind: UnitKind = "body"
    """``body`` for one body, ``group`` for a class of bodies (各区政府)."""
    succeeded_by: str | None = None
    """Canonical name of the body that replaced this one, if it was replaced."""
    note: str | None = None

    def names(self, language: Language | None = None) -> tuple[str, ...]:
        """The entry's own names (aliases excluded), of one language or of all."""
        zh = (self.canonical,) + ((self.full_name,) if self.full_name else ())
        by_language = {"zh": zh, "en": self.english, "ko": self.korean}
        if language is not None:
            return by_language[language]
        return zh + self.english + self.korean

    def to_dict(self) -> dict[str, Any]:
        """The entry as it stands in the registry file."""
        data: dict[str, Any] = {
            "canonical": self.canonical,
            "full_name": self.full_name,
            "english": list(self.english),
            "korean": list(self.korean),
            "aliases": list(self.aliases),
            "kind": self.kind,
        }
        if self.succeeded_by:
            data["succeeded_by"] = self.succeeded_by
        if self.note:
            data["note"] = self.note
        return data


@dataclass(frozen=True, slots=True)
class Candidate:
    """A registry name considered for a query, with its similarity."""

    canonical: str
    name: str
    """The registry name (or alias) compared."""
    score: float
    """Similarity of the two names in [0, 1]."""
    core: float
    """Similarity of their distinctive cores (see :func:`~shpolicy.units.keys.name_core`)."""
    accepted: bool
    """Whether the candidate passes both the threshold and the core check."""


@dataclass(frozen=True, slots=True)
class Resolution:
    """What a name resolved to, and how."""

    name: str
    """The name as given."""
    canonical: str | None
    """Canonical short name, or None if the name did not resolve."""
    score: float
    """Similarity in [0, 1]: 1.0 for exact and alias matches."""
    method: Method
    entry: UnitEntry | None = None
    matched: str | None = None
    """The registry name (or alias) the name matched."""
    language: Language = "zh"
    """Script the name was compared in."""
    candidates: tuple[Candidate, ...] = field(default=())
    """The nearest registry names, best first, for an explanation."""

    @property
    def resolved(self) -> bool:
        return self.canonical is not None

    def to_dict(self) -> dict[str, Any]:
        return {
            "name": self.name,
            "canonical": self.canonical,
            "method": self.method,
            "score": round(self.score, 3),
            "matched": self.matched,
            "language": self.language,
            "candidates": [
                {
                    "canonical": c.canonical,
                    "name": c.name,
                    "score": round(c.score, 3),
                    "core": round(c.core, 3),
                    "accepted": c.accepted,
                }
                for c in self.candidates
            ],
        }


@dataclass(frozen=True, slots=True)
class _Key:
    entry: UnitEntry
    name: str
    method: Literal["exact", "alias"]


class Registry:
    """Unit entries indexed by the key of every name, per script."""

    def __init__(self, entries: Iterable[UnitEntry]) -> None:
        self.entries: tuple[UnitEntry, ...] = tuple(entries)
        self._by_canonical: dict[str, UnitEntry] = {}
        self._index: dict[Language, dict[str, _Key]] = {"zh": {}, "en": {}, "ko": {}}
        for entry in self.entries:
            if entry.canonical in self._by_canonical:
                raise RegistryError(f"unit registry: {entry.canonical} is listed twice")
            self._by_canonical[entry.canonical] = entry
        for entry in self.entries:
            if entry.succeeded_by and entry.succeeded_by not in self._by_canonical:
                raise RegistryError(
                    f"unit registry: {entry.canonical} is succeeded by unknown {entry.succeeded_by}"
                )
            for name in entry.names():
                self._add(_Key(entry, name, "exact"))
            for name in entry.aliases:
                self._add(_Key(entry, name, "alias"))

    def _add(self, key: _Key) -> None:
        language = script_of(key.name)
        index = self._index[language]
        k = name_key(key.name, language)
        if not k:
            raise RegistryError(f"unit registry: {key.entry.canonical} has an empty name")
        found = index.get(k)
        if found is None or (found.entry is key.entry and found.method == "alias"):
            index[k] = key
        elif found.entry is not key.entry:
            raise RegistryError(
                f"unit registry: {key.name!r} of {key.entry.canonical} has the same key "
                f"as {found.name!r} of {found.entry.canonical}"
            )

    def __iter__(self) -> Iterator[UnitEntry]:
        return iter(self.entries)

    def __len__(self) -> int:
        return len(self.entries)

    def get(self, canonical: str) -> UnitEntry | None:
        """The entry with this canonical name, or None."""
        return self._by_canonical.get(canonical)

    def lookup(self, name: str, language: Language | None = None) -> Resolution | None:
        """Exact or alias match of ``name`` (or of its head before a bracket), else None."""
        script = script_of(name)
        languages: list[Language] = [script] + [x for x in ("zh", "en", "ko") if x != script]
        for lang in languages:
            hit = self._index[lang].get(name_key(name, lang))
            if hit is not None:
                return Resolution(
                    name, hit.entry.canonical, 1.0, hit.method, hit.entry, hit.name, lang
                )
        head = head_before_bracket(name)
        if head is not None:
            inner = self.lookup(head, language)
            if inner is not None:
                return Resolution(
                    name, inner.canonical, inner.score, inner.method, inner.entry,
                    inner.matched, inner.language,
                )
        return None

    def nearest(self, name: str, language: Language | None = None, limit: int = 3) -> list[Candidate]:
        """The registry names of ``name``'s script closest to it, best first."""
        from rapidfuzz import fuzz, process

        lang = script_of(name)
        index = self._index[lang]
        query = name_key(name, lang)
        if not query or not index:
            return []
        scorer = fuzz.token_sort_ratio if lang == "en" else fuzz.ratio
        found = process.extract(query, list(index), scorer=scorer, limit=max(limit * 4, 12))
        best: dict[str, Candidate] = {}
        core, kind = name_core(query, lang), name_kind(query, lang)
        for key, score, _ in found:
            hit = index[key]
            value = score / 100
            other = name_core(key, lang)
            core_score = fuzz.ratio(core, other) / 100 if core and other else float(core == other)
            other_kind = name_kind(key, lang)
            same_kind = (
                not kind
                or not other_kind
                or kind == other_kind
                # A misspelt English head noun ("Commision") is still the same word.
                or (lang == "en" and fuzz.ratio(kind, other_kind) >= 85)
            )
            accepted = value >= FUZZY_THRESHOLD[lang] and core_score >= CORE_THRESHOLD and same_kind
            previous = best.get(hit.entry.canonical)
            if previous is None or (accepted, value) > (previous.accepted, previous.score):
                best[hit.entry.canonical] = Candidate(
                    hit.entry.canonical, hit.name, value, core_score, accepted
                )
        ranked = sorted(best.values(), key=lambda c: (c.accepted, c.score), reverse=True)
        return ranked[:limit]

    def resolve(self, name: str, language: Language | None = None) -> Resolution:
        """Resolve ``name``: exact, alias, fuzzy, or none (see the module docstring)."""
        found = self.lookup(name, language)
        if found is not None:
            return found
        script = script_of(name)
        candidates = self.nearest(name, language)
        head = head_before_bracket(name)
        if head is not None:
            head_candidates = self.nearest(head, language)
            if head_candidates and (not candidates or head_candidates[0].score > candidates[0].score):
                candidates = head_candidates
        best = candidates[0] if candidates else None
        if best is not None and best.accepted:
            entry = self._by_canonical[best.canonical]
            return Resolution(name, best.canonical, best.score, "fuzzy", entry, best.name, script,
                              tuple(candidates))
        return Resolution(name, None, best.score if best else 0.0, "none", None, None, script,
                          tuple(candidates))


def _entry(raw: Mapping[str, Any], where: str) -> UnitEntry:
    def text(key: str, required: bool = False) -> str | None:
        value = raw.get(key)
        if value is None and not required:
            return None
        if not isinstance(value, str) or not value.strip():
            raise RegistryError(f"unit registry: {where}: {key!r} must be a non-empty string")
        return value

    def texts(key: str) -> tuple[str, ...]:
        value = raw.get(key, [])
        if not isinstance(value, list) or not all(isinstance(v, str) and v.strip() for v in value):
            raise RegistryError(f"unit registry: {where}: {key!r} must be a list of names")
        return tuple(value)

    unknown = set(raw) - {
        "canonical", "full_name", "english", "korean", "aliases", "kind", "succeeded_by", "note"
    }
    if unknown:
        raise RegistryError(f"unit registry: {where}: unknown field(s) {', '.join(sorted(unknown))}")
    kind = raw.get("kind", "body")
    if kind not in ("body", "group"):
        raise RegistryError(f"unit registry: {where}: kind must be 'body' or 'group'")
    canonical = text("canonical", required=True)
    assert canonical is not None
    return UnitEntry(
        canonical=canonical,
        full_name=text("full_name"),
        english=texts("english"),
        korean=texts("korean"),
        aliases=texts("aliases"),
        kind=kind,
        succeeded_by=text("succeeded_by"),
        note=text("note"),
    )


def _parse(data: str, source: str) -> Registry:
    try:
        raw = json.loads(data)
    except json.JSONDecodeError as err:
        raise RegistryError(f"unit registry {source} is not valid JSON: {err}") from None
    units = raw.get("units") if isinstance(raw, dict) else None
    if not isinstance(units, list):
        raise RegistryError(f"unit registry {source} has no 'units' list")
    entries: list[UnitEntry] = []
    for i, item in enumerate(units):
        if not isinstance(item, dict):
            raise RegistryError(f"unit registry {source}: entry {i + 1} is not an object")
        entries.append(_entry(item, f"entry {i + 1}"))
    return Registry(entries)


def load_registry(path: str | Path) -> Registry:
    """A registry read from a JSON file of the same form as the bundled one."""
    try:
        data = Path(path).read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as err:
        raise RegistryError(f"cannot read unit registry: {err}", path) from None
    return _parse(data, str(path))


@lru_cache(maxsize=1)
def unit_registry() -> Registry:
    """The bundled registry, read once."""
    data = resources.files("shpolicy.units").joinpath("data/units.json").read_text(encoding="utf-8")
    return _parse(data, "units.json")

