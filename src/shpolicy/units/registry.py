"""The unit registry: one entry per responsible body, and name resolution against it.

The entries live in ``units/data/``: the city's bodies in ``units.json``, the
sixteen districts and the template of their standard bodies in
``districts.json``, read once, on first use.  Each entry holds the body's
canonical Chinese short name, its official full name (null where not
certain), the English and Korean names translations use, aliases, what kind
of body it is (``category``), its ``level``, ``parent`` and ``district``, and
its history: when it was established and abolished, which body succeeded it,
and names it held only for a time.

Resolution takes the notice's context (its date, its district, its issuer) and
goes from the surest to the loosest evidence:

1. ``exact``/``alias``: the name's key (:func:`~shpolicy.units.keys.name_key`)
   is the key of one of an entry's names; where two bodies held one name at
   different times, the one that held it on the notice's date;
2. ``context``: a name a district's notice uses for its own body (区水务局 in
   a 嘉定区 notice is 嘉定区水务局); without a district the name stays the
   collective of every district's body of that kind;
3. the head of a name that carries a second name in brackets
   (``浦东新区政府（上海自贸试验区管委会）``): one body, two names;
4. ``collective``: a reference to a class of bodies (各相关部门,
   各项目实施主体), recognised by its marker (各, 相关, 有关) and its noun;
5. ``form``: a 街道 or 镇, a kind of body not listed one by one (泗泾镇);
6. ``fuzzy``: the closest name of the same script by rapidfuzz, accepted at or
   above :data:`FUZZY_THRESHOLD` and only when the distinctive cores of the two
   names also agree (:data:`CORE_THRESHOLD`), both are the same kind of body
   (a 领导小组 is not its 办公室) and stand in the same place (市 and 区
   bodies of one name, or one bureau of two districts, never merge);
7. ``none``: canonical is None, with the nearest names for an explanation.
"""

from __future__ import annotations

import datetime
import json
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any, Literal

import regex

from ..errors import ShpolicyError
from ..schema import Language
from .brackets import head_before_bracket
from .keys import (
    DISTRICT_NAMES,
    EN_GENERIC,
    district_in,
    name_core,
    name_key,
    name_kind,
    name_ordinals,
    name_place,
    script_of,
    without_place,
)

__all__ = [
    "CORE_THRESHOLD",
    "FUZZY_THRESHOLD",
    "Candidate",
    "DatedName",
    "Method",
    "Registry",
    "RegistryError",
    "Resolution",
    "UnitEntry",
    "load_registry",
    "unit_registry",
]

Method = Literal["exact", "alias", "context", "collective", "form", "fuzzy", "none"]
"""How a name was resolved."""

UnitKind = Literal["body", "group"]

DateLike = datetime.date | str | None

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

_LEVELS = frozenset({"central", "central-branch", "municipal", "district", "township", "zone"})


class RegistryError(ShpolicyError):
    """The unit registry file is missing, not JSON, or inconsistent."""


@dataclass(frozen=True, slots=True)
class DatedName:
    """A name a body held only for a time: ``[start, until)``, either end open."""

    name: str
    start: datetime.date | None = None
    until: datetime.date | None = None

    def to_dict(self) -> dict[str, str]:
        data = {"name": self.name}
        if self.start:
            data["from"] = self.start.isoformat()
        if self.until:
            data["until"] = self.until.isoformat()
        return data


@dataclass(frozen=True, slots=True)
class UnitEntry:
    """One responsible body in the registry (or, of kind ``group``, a class of bodies)."""

    canonical: str
    """Canonical Chinese short name, as Shanghai notices write it (``市商务委``)."""
    full_name: str | None = None
    """Official full name (``上海市商务委员会``), None where not certain."""
    english: tuple[str, ...] = ()
    """English names translations use, the official one first."""
    korean: tuple[str, ...] = ()
    """Korean names, where known."""
    aliases: tuple[str, ...] = ()
    """Other short forms and typos found in published notices."""
    kind: UnitKind = "body"
    """``body`` for one body, ``group`` for a class of bodies (各区政府)."""
    succeeded_by: str | None = None
    """Canonical name of the body that replaced this one, if it was replaced."""
    note: str | None = None
    category: str | None = None
    """What kind of body: ``party``, ``government``, ``court``, ``state-owned-group``…;
    for a group, the kind of its members."""
    level: str | None = None
    """``municipal``, ``district``, ``central``, ``central-branch``, ``township`` or ``zone``."""
    parent: str | None = None
    """Canonical name of the body it belongs to or is managed by."""
    district: str | None = None
    """The district of a district body (``嘉定区``)."""
    established: datetime.date | None = None
    abolished: datetime.date | None = None
    dated_names: tuple[DatedName, ...] = ()
    """Names held only for a time (former names; names a later body took over)."""
    local_aliases: tuple[str, ...] = ()
    """Names that mean this body only in a notice of its own district (经开区)."""
    template: str | None = None
    """For a district's standard body: the collective it is one of (``区水务局``)."""
    history: tuple[str, ...] = ()
    """Dated events: renamings, mergers, reorganisations."""

    def names(self, language: Language | None = None) -> tuple[str, ...]:
        """The entry's own names (aliases excluded), of one language or of all."""
        zh = (self.canonical,) + ((self.full_name,) if self.full_name else ())
        by_language = {"zh": zh, "en": self.english, "ko": self.korean}
        if language is not None:
            return by_language[language]
        return zh + self.english + self.korean

    def all_names(self) -> tuple[str, ...]:
        """Every name that resolves to the entry anywhere: own names, aliases, dated names."""
        return self.names() + self.aliases + tuple(d.name for d in self.dated_names)

    def valid_on(self, date: datetime.date | None) -> bool:
        """Whether the body existed on ``date`` (always, for no date)."""
        return _within(date, self.established, self.abolished)

    def to_dict(self) -> dict[str, Any]:
        """The entry as it stands in the registry file."""
        data: dict[str, Any] = {
            "canonical": self.canonical,
            "full_name": self.full_name,
            "english": list(self.english),
            "korean": list(self.korean),
            "aliases": list(self.aliases) + [d.to_dict() for d in self.dated_names],
            "kind": self.kind,
        }
        for key in ("category", "level", "parent", "district", "succeeded_by", "template", "note"):
            value = getattr(self, key)
            if value:
                data[key] = value
        if self.established:
            data["established"] = self.established.isoformat()
        if self.abolished:
            data["abolished"] = self.abolished.isoformat()
        if self.local_aliases:
            data["local_aliases"] = list(self.local_aliases)
        if self.history:
            data["history"] = list(self.history)
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
    """Whether the candidate passes the threshold, the core, kind and place checks."""
    same_place: bool = True
    """Whether both names stand in the same place (市, 区, one district)."""


@dataclass(frozen=True, slots=True)
class Resolution:
    """What a name resolved to, and how."""

    name: str
    """The name as given."""
    canonical: str | None
    """Canonical short name, or None if the name did not resolve."""
    score: float
    """Similarity in [0, 1]: 1.0 for every method but fuzzy."""
    method: Method
    entry: UnitEntry | None = None
    matched: str | None = None
    """The registry name (or alias) the name matched."""
    language: Language = "zh"
    """Script the name was compared in."""
    candidates: tuple[Candidate, ...] = field(default=())
    """The nearest registry names, best first, for an explanation."""
    category: str | None = None
    """What kind of body it is; for a collective, the kind of its members."""
    district: str | None = None
    """The district the resolution took from the context, if it used one."""

    @property
    def resolved(self) -> bool:
        return self.canonical is not None

    @property
    def collective(self) -> bool:
        """Whether the name stands for a class of bodies rather than one."""
        return self.method == "collective" or (self.entry is not None and self.entry.kind == "group")

    def to_dict(self) -> dict[str, Any]:
        return {
            "name": self.name,
            "canonical": self.canonical,
            "method": self.method,
            "score": round(self.score, 3),
            "matched": self.matched,
            "language": self.language,
            "category": self.category,
            "collective": self.collective,
            "district": self.district,
            "candidates": [
                {
                    "canonical": c.canonical,
                    "name": c.name,
                    "score": round(c.score, 3),
                    "core": round(c.core, 3),
                    "same_place": c.same_place,
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
    start: datetime.date | None = None
    until: datetime.date | None = None


def _within(date: datetime.date | None, start: datetime.date | None, until: datetime.date | None) -> bool:
    if date is None:
        return True
    return (start is None or start <= date) and (until is None or date < until)


def _overlap(a: _Key, b: _Key) -> bool:
    return (a.until is None or b.start is None or b.start < a.until) and (
        b.until is None or a.start is None or a.start < b.until
    )


def _distance(date: datetime.date, key: _Key) -> int:
    if key.start is not None and date < key.start:
        return (key.start - date).days
    if key.until is not None and date >= key.until:
        return (date - key.until).days + 1
    return 0


def as_date(value: DateLike) -> datetime.date | None:
    """A date from a date, an ISO string (``2024``, ``2024-06``, ``2024-06-18``) or None."""
    if value is None or isinstance(value, datetime.date):
        return value
    parts = [int(p) for p in str(value).strip().split("-")]
    if not 1 <= len(parts) <= 3:
        raise ValueError(f"not a date: {value!r}")
    return datetime.date(parts[0], *(parts[1:] + [1] * (3 - len(parts))))


# 各相关部门, 区内各相关行政审批部门, 有关区政府: a marker, then a noun.
_COLLECTIVE = regex.compile(
    r"^(?:区内|市内|本市|全市|本区|全区)?(?:各|相关|有关|其他|其它)+(?P<rest>\p{Han}{0,12})$"
)
# 泗泾镇, 永丰街道, 打浦桥街道管理办, 嘉定区菊园新区? (no: 新区 is a zone, listed)
_TOWNSHIP = regex.compile(
    r"^(?P<place>\p{Han}{2,5}?)(?P<kind>街道|镇|乡)(?:办事处|管理办|人民政府|政府|党工委)?$"
)


class Registry:
    """Unit entries indexed by the key of every name, per script, with their dates."""

    def __init__(
        self, entries: Iterable[UnitEntry], collective_nouns: Mapping[str, str] | None = None
    ) -> None:
        self.entries: tuple[UnitEntry, ...] = tuple(entries)
        self.collective_nouns: dict[str, str] = dict(collective_nouns or {})
        self._by_canonical: dict[str, UnitEntry] = {}
        self._index: dict[Language, dict[str, list[_Key]]] = {"zh": {}, "en": {}, "ko": {}}
        self._local: dict[tuple[str, str], _Key] = {}
        self._instances: dict[tuple[str, str], UnitEntry] = {}
        for entry in self.entries:
            if entry.canonical in self._by_canonical:
                raise RegistryError(f"unit registry: {entry.canonical} is listed twice")
            self._by_canonical[entry.canonical] = entry
        for entry in self.entries:
            # Parents and templates are checked by scripts/check_registry.py: a
            # registry of a few entries may leave them out.
            if entry.succeeded_by and entry.succeeded_by not in self._by_canonical:
                raise RegistryError(
                    f"unit registry: {entry.canonical} is succeeded by unknown {entry.succeeded_by}"
                )
            if entry.template and entry.district:
                self._instances[(entry.template, entry.district)] = entry
            start, until = entry.established, entry.abolished
            for name in entry.names():
                self._add(_Key(entry, name, "exact", start, until))
            for name in entry.aliases:
                self._add(_Key(entry, name, "alias", start, until))
            for dated in entry.dated_names:
                self._add(_Key(entry, dated.name, "alias", dated.start or start, dated.until or until))
            for name in entry.local_aliases:
                if not entry.district:
                    raise RegistryError(f"unit registry: {entry.canonical} has local aliases but no district")
                self._local[(entry.district, name_key(name, "zh"))] = _Key(entry, name, "alias")

    def _add(self, key: _Key) -> None:
        language = script_of(key.name)
        k = name_key(key.name, language)
        if not k:
            raise RegistryError(f"unit registry: {key.entry.canonical} has an empty name")
        found = self._index[language].setdefault(k, [])
        for other in found:
            if other.entry is key.entry:
                if other.method == "alias" and key.method == "exact":
                    found[found.index(other)] = key
                return
            if _overlap(other, key):
                raise RegistryError(
                    f"unit registry: {key.name!r} of {key.entry.canonical} has the same key "
                    f"as {other.name!r} of {other.entry.canonical} at the same time"
                )
        found.append(key)

    def __iter__(self) -> Iterator[UnitEntry]:
        return iter(self.entries)

    def __len__(self) -> int:
        return len(self.entries)

    def get(self, canonical: str) -> UnitEntry | None:
        """The entry with this canonical name, or None."""
        return self._by_canonical.get(canonical)

    def keys(self, language: Language) -> Mapping[str, Sequence[_Key]]:
        """Every key of one script with the names it stands for (for checks)."""
        return self._index[language]

    def instance(self, collective: str, district: str) -> UnitEntry | None:
        """The district's own body of a collective of standard bodies (区水务局, 嘉定区)."""
        return self._instances.get((collective, district))

    def lookup(
        self,
        name: str,
        language: Language | None = None,
        *,
        date: DateLike = None,
        district: str | None = None,
    ) -> Resolution | None:
        """Exact, alias or context match of ``name`` (or of its head before a bracket), else None."""
        when = as_date(date)
        script = script_of(name)
        languages: list[Language] = [script] + [x for x in ("zh", "en", "ko") if x != script]
        for lang in languages:
            key = name_key(name, lang)
            if district and lang == "zh":
                local = self._local.get((district, key))
                if local is not None:
                    return self._found(name, local.entry, "context", local.name, lang, district)
            hits = self._index[lang].get(key)
            if hits:
                hit = _choose(hits, when)
                if district and hit.entry.kind == "group":
                    own = self._instances.get((hit.entry.canonical, district))
                    if own is not None:
                        return self._found(name, own, "context", hit.name, lang, district)
                return self._found(name, hit.entry, hit.method, hit.name, lang, None)
        head = head_before_bracket(name)
        if head is not None:
            inner = self.lookup(head, language, date=when, district=district)
            if inner is not None:
                return Resolution(
                    name, inner.canonical, inner.score, inner.method, inner.entry,
                    inner.matched, inner.language, (), inner.category, inner.district,
                )
        return None

    @staticmethod
    def _found(
        name: str, entry: UnitEntry, method: Method, matched: str, lang: Language, district: str | None
    ) -> Resolution:
        return Resolution(name, entry.canonical, 1.0, method, entry, matched, lang, (),
                          entry.category, district)

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
        core, kind, place = name_core(query, lang), name_kind(query, lang), name_place(query, lang)
        ordinals = name_ordinals(query)
        bare_query = without_place(query, lang)
        for key, score, _ in found:
            value = score / 100
            other = name_core(key, lang)
            if place not in ("", "市", "区") and name_place(key, lang) == place:
                # One district: compare what follows the district.
                bare_key = without_place(key, lang)
                value = min(value, scorer(bare_query, bare_key) / 100)
                core, other = name_core(bare_query, lang), name_core(bare_key, lang)
            else:
                core = name_core(query, lang)
            core_score = fuzz.ratio(core, other) / 100 if core and other else float(core == other)
            words, other_words = set(core.split()), set(other.split())
            extra = words ^ other_words
            if (
                lang == "en"
                and (words < other_words or other_words < words)
                # A misspelt common word (Commision) is no word of its own.
                and not any(fuzz.ratio(w, g) >= 85 for w in extra for g in EN_GENERIC)
            ):
                core_score = min(core_score, 0.5)
            elif (
                lang == "zh"
                and core != other
                and (core in other or other in core)
                and abs(len(core) - len(other)) >= 3
            ):
                # One name inside the other and more besides: a part of the
                # body, or another body (临港新片区 of the 自贸试验区).
                core_score = min(core_score, 0.5)
            other_kind = name_kind(key, lang)
            same_kind = (
                not kind
                or not other_kind
                or kind == other_kind
                # A misspelt English head noun ("Commision") is still the same word.
                or (lang == "en" and fuzz.ratio(kind, other_kind) >= 85)
            )
            same_place = name_place(key, lang) == place and name_ordinals(key) == ordinals
            accepted = (
                value >= FUZZY_THRESHOLD[lang] and core_score >= CORE_THRESHOLD and same_kind and same_place
            )
            for hit in index[key]:
                previous = best.get(hit.entry.canonical)
                if previous is None or (accepted, value) > (previous.accepted, previous.score):
                    best[hit.entry.canonical] = Candidate(
                        hit.entry.canonical, hit.name, value, core_score, accepted, same_place
                    )
        ranked = sorted(best.values(), key=lambda c: (c.accepted, c.score), reverse=True)
        return ranked[:limit]

    def resolve(
        self,
        name: str,
        language: Language | None = None,
        *,
        issuer: str | Sequence[str] | None = None,
        date: DateLike = None,
        district: str | None = None,
    ) -> Resolution:
        """Resolve ``name`` in the context of a notice (see the module docstring).

        ``district`` is the notice's district (``嘉定区``); without it, the
        district is read from ``issuer`` (``上海市嘉定区人民政府办公室``).
        ``date`` (a date or ISO string) chooses between bodies that held one
        name at different times.  All three may be left out.
        """
        when = as_date(date)
        place = district or _district_of(issuer)
        found = self.lookup(name, language, date=when, district=place)
        if found is not None:
            return found
        script = script_of(name)
        if script == "zh":
            other = self._by_form(name, place)
            if other is not None:
                return other
        candidates = self.nearest(name, language)
        head = head_before_bracket(name)
        if head is not None:
            head_candidates = self.nearest(head, language)
            if head_candidates and (not candidates or head_candidates[0].score > candidates[0].score):
                candidates = head_candidates
        best = candidates[0] if candidates else None
        if best is not None and best.accepted:
            entry = self._by_canonical[best.canonical]
            if place and entry.kind == "group":
                entry = self._instances.get((entry.canonical, place), entry)
            return Resolution(name, entry.canonical, best.score, "fuzzy", entry, best.name, script,
                              tuple(candidates), entry.category, place if entry.district else None)
        return Resolution(name, None, best.score if best else 0.0, "none", None, None, script,
                          tuple(candidates))

    def _by_form(self, name: str, district: str | None) -> Resolution | None:
        """A collective (各相关部门) or a 街道/镇 recognised by how its name is built."""
        key = name_key(name, "zh")
        m = _COLLECTIVE.match(key)
        if m is not None:
            rest = m["rest"]
            for noun in sorted(self.collective_nouns, key=len, reverse=True):
                if rest.endswith(noun):
                    return Resolution(name, key, 1.0, "collective", None, noun, "zh", (),
                                      self.collective_nouns[noun])
            return None
        t = _TOWNSHIP.match(key)
        if t is not None and not t["place"].startswith(("本", "全", "该", "区", "市")):
            where = district_in(key) or district
            bare = key.removeprefix(where) if where and key.startswith(where) else key
            canonical = f"{where or ''}{bare}"
            return Resolution(name, canonical, 1.0, "form", None, t["kind"], "zh", (),
                              "township", where)
        return None


def _choose(hits: Sequence[_Key], date: datetime.date | None) -> _Key:
    """Of the bodies that held one name, the one that held it on ``date``.

    Without a date, the one that holds it now; a date outside every holder's
    time (a notice that uses a name after it went) gives the nearest holder.
    """
    if len(hits) == 1:
        return hits[0]
    if date is None:
        current = [h for h in hits if h.until is None]
        return current[0] if current else max(hits, key=lambda h: h.until or datetime.date.max)
    return min(hits, key=lambda h: _distance(date, h))


def _district_of(issuer: str | Sequence[str] | None) -> str | None:
    if issuer is None:
        return None
    for text in [issuer] if isinstance(issuer, str) else issuer:
        found = district_in(text)
        if found:
            return found
    return None


# -- reading the data --------------------------------------------------------------
_FIELDS = frozenset({
    "canonical", "full_name", "english", "korean", "aliases", "kind", "succeeded_by", "note",
    "category", "level", "parent", "district", "established", "abolished", "local_aliases",
    "template", "history",
})


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

    def day(key: str, value: Any) -> datetime.date | None:
        if value is None:
            return None
        try:
            return as_date(str(value))
        except ValueError:
            raise RegistryError(f"unit registry: {where}: {key!r} must be a date, not {value!r}") from None

    unknown = set(raw) - _FIELDS
    if unknown:
        raise RegistryError(f"unit registry: {where}: unknown field(s) {', '.join(sorted(unknown))}")
    kind = raw.get("kind", "body")
    if kind not in ("body", "group"):
        raise RegistryError(f"unit registry: {where}: kind must be 'body' or 'group'")
    level = raw.get("level")
    if level is not None and level not in _LEVELS:
        raise RegistryError(f"unit registry: {where}: level must be one of {', '.join(sorted(_LEVELS))}")
    aliases: list[str] = []
    dated: list[DatedName] = []
    raw_aliases = raw.get("aliases", [])
    if not isinstance(raw_aliases, list):
        raise RegistryError(f"unit registry: {where}: 'aliases' must be a list of names")
    for alias in raw_aliases:
        if isinstance(alias, str) and alias.strip():
            aliases.append(alias)
        elif isinstance(alias, dict) and isinstance(alias.get("name"), str) and set(alias) <= {
            "name", "from", "until", "note"
        }:
            dated.append(DatedName(alias["name"], day("from", alias.get("from")),
                                   day("until", alias.get("until"))))
        else:
            raise RegistryError(f"unit registry: {where}: an alias must be a name or "
                                "{name, from, until}")
    canonical = text("canonical", required=True)
    assert canonical is not None
    return UnitEntry(
        canonical=canonical,
        full_name=text("full_name"),
        english=texts("english"),
        korean=texts("korean"),
        aliases=tuple(aliases),
        kind=kind,
        succeeded_by=text("succeeded_by"),
        note=text("note"),
        category=text("category"),
        level=level,
        parent=text("parent"),
        district=text("district"),
        established=day("established", raw.get("established")),
        abolished=day("abolished", raw.get("abolished")),
        dated_names=tuple(dated),
        local_aliases=texts("local_aliases"),
        template=text("template"),
        history=texts("history"),
    )


def _fill(pattern: str, district: str) -> str:
    english, korean = DISTRICT_NAMES[district]
    short = district.removesuffix("区").removesuffix("新区") if district != "浦东新区" else "浦东"
    return (pattern.replace("{d}", district).replace("{s}", short)
            .replace("{E}", english).replace("{K}", korean))


def _collective(pattern: str) -> str:
    return (pattern.replace("{d}", "区").replace("{E}", "District").replace("{K}", "구"))


def _templates(raw: Mapping[str, Any], source: str) -> list[dict[str, Any]]:
    """The entries of the district template: one collective and one body per district each."""
    districts = raw.get("districts", [])
    template = raw.get("district_template", [])
    if not isinstance(districts, list) or not isinstance(template, list):
        raise RegistryError(f"unit registry {source}: 'districts' and 'district_template' must be lists")
    out: list[dict[str, Any]] = []
    for t in template:
        if not isinstance(t, dict) or not isinstance(t.get("canonical"), str):
            raise RegistryError(f"unit registry {source}: a district template entry has no canonical")
        shared = {k: v for k, v in t.items() if k in ("category", "established", "note", "history")}
        collective = t.get("collective") or _collective(t["canonical"])
        names = [a for a in t.get("aliases", []) if isinstance(a, str) and "{s}" not in a]
        out.append({
            "canonical": collective,
            "kind": "group",
            "level": "district",
            "english": t.get("collective_english", [_collective(e) + "s" for e in t.get("english", [])][:1]),
            "aliases": [_collective(a) for a in names if _collective(a) != collective],
            **shared,
        })
        for district in districts:
            if district not in DISTRICT_NAMES:
                raise RegistryError(f"unit registry {source}: {district} is not a district of Shanghai")
            if district in t.get("except", []):
                continue
            entry: dict[str, Any] = {
                "canonical": _fill(t["canonical"], district),
                "full_name": _fill(t["full_name"], district) if t.get("full_name") else None,
                "english": [_fill(e, district) for e in t.get("english", [])],
                "korean": [_fill(k, district) for k in t.get("korean", [])],
                "aliases": [_fill(a, district) for a in t.get("aliases", [])],
                "level": "district",
                "district": district,
                "template": collective,
                **shared,
            }
            if t.get("parent"):
                entry["parent"] = _fill(t["parent"], district)
            out.append(entry)
    return out


def _parse(data: str | Sequence[str], source: str) -> Registry:
    """A registry of one or more JSON documents (the bundled one is two files)."""
    items: dict[str, dict[str, Any]] = {}
    generated: set[str] = set()
    nouns: dict[str, str] = {}
    count = 0
    for text in [data] if isinstance(data, str) else data:
        try:
            raw = json.loads(text)
        except json.JSONDecodeError as err:
            raise RegistryError(f"unit registry {source} is not valid JSON: {err}") from None
        if not isinstance(raw, dict) or not any(k in raw for k in ("units", "district_template")):
            raise RegistryError(f"unit registry {source} has no 'units' list")
        units = raw.get("units", [])
        if not isinstance(units, list):
            raise RegistryError(f"unit registry {source} has no 'units' list")
        made = _templates(raw, source)
        made_ids = {id(m) for m in made}
        for item in units + made:
            count += 1
            if not isinstance(item, dict):
                raise RegistryError(f"unit registry {source}: entry {count} is not an object")
            name = item.get("canonical")
            if not isinstance(name, str):
                raise RegistryError(f"unit registry {source}: entry {count}: 'canonical' must be a "
                                    "non-empty string")
            if name in items and (name in generated) != (id(item) in made_ids):
                # A listed entry completes the body the district template makes.
                items[name] = _merge(items[name], item)
                continue
            if name in items:
                raise RegistryError(f"unit registry: {name} is listed twice")
            items[name] = item
            if id(item) in made_ids:
                generated.add(name)
        collectives = raw.get("collective_nouns", {})
        if not isinstance(collectives, dict):
            raise RegistryError(f"unit registry {source}: 'collective_nouns' must map nouns to kinds")
        nouns.update(collectives)
    entries = [_entry(item, f"entry {name}") for name, item in items.items()]
    return Registry(entries, nouns)


def _merge(a: Mapping[str, Any], b: Mapping[str, Any]) -> dict[str, Any]:
    merged = dict(a)
    for key, value in b.items():
        if isinstance(value, list) and isinstance(merged.get(key), list):
            merged[key] = merged[key] + [v for v in value if v not in merged[key]]
        elif value is not None:
            merged[key] = value
    return merged


def load_registry(path: str | Path) -> Registry:
    """A registry read from a JSON file of the same form as the bundled ones."""
    try:
        data = Path(path).read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as err:
        raise RegistryError(f"cannot read unit registry: {err}", path) from None
    return _parse(data, str(path))


#: The bundled registry files, in the order they are read.
DATA_FILES = ("units.json", "districts.json")


@lru_cache(maxsize=1)
def unit_registry() -> Registry:
    """The bundled registry, read once."""
    base = resources.files("shpolicy.units").joinpath("data")
    return _parse([base.joinpath(f).read_text(encoding="utf-8") for f in DATA_FILES], "units data")
