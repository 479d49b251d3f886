"""Finding responsible units in the text of a measure, in Chinese, English and Korean.

A measure names its responsible units in a *clause*, usually in brackets at
its end.  Two kinds are recognised:

* **labelled**: a label and a colon open the list: ``（责任单位：A、B）``,
  ``（牵头单位：A；配合单位：B、C）``, ``(Responsible units: A, B and C)``,
  ``(책임 단위: A, B)``; brackets full- or half-width, also a line that starts
  with the label and no brackets at all (``责任单位：A、B``).  The label is
  trusted: whatever it lists is a unit.
* **unlabelled**: a bracketed list that closes a measure or a paragraph,
  ``（各街镇、区规划资源局、区土储中心）``, possibly with role words,
  ``（市住房城乡建设管理委牵头负责，各区政府组织落实）``.  Here every item
  must be a body (:mod:`~shpolicy.units.bodies` or the registry) and at least
  one surely so; ``（含临港新片区）`` or ``（BaaS）`` is no unit clause.

Names are split on the separators of their language (、，；, commas and a
final *and*, ``, `` ``、`` ``·``), never inside brackets, so that
``浦东新区政府（上海自贸试验区管委会）`` stays one unit.  Role words are taken
off the name and become its role (see :mod:`~shpolicy.units.labels`).  Every
mention keeps the offsets of its name in the text it was found in.
"""

from __future__ import annotations

from bisect import bisect_right, insort
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import lru_cache

import regex

from ..schema import Language, ParseWarning, ResponsibleUnit, Role, Span, WarningCode
from .bodies import NOT_A_BODY, STRONG, body_strength
from .brackets import CLOSE, OPEN, bracket_pairs, split_outside
from .keys import script_of
from .labels import Grammar, RoleWord, grammar, label_role, word_role
from .registry import Resolution, unit_registry

__all__ = [
    "MAX_CLAUSE",
    "UnitClause",
    "UnitMention",
    "find_unit_clauses",
    "parse_unit_list",
    "read_name",
    "resolve_unit",
    "to_responsible_units",
    "unit_warnings",
]

#: Longest stretch of text one clause may take; stops a bracket that never closes.
MAX_CLAUSE = 1500

_SPACE = regex.compile(r"\s+")
_CLOSES_PARAGRAPH = regex.compile(r"[ \t\u3000]*[。；;.，,]?[ \t\u3000]*(?:\n|$)")
_SPACE_IN_LATIN = regex.compile(r"(?<=[A-Za-z0-9])\s+(?=[A-Za-z0-9])")
_SPACE_IN_HAN = regex.compile(r"(?<![A-Za-z0-9])\s+|\s+(?![A-Za-z0-9])")
_HAN = regex.compile(r"\p{Han}")
_BLANK_LINE = regex.compile(r"\n[ \t\u3000]*\n")
_EDGE = " \t\r\n\u3000。.；;：:，,、·"
_NAME_EDGE = _EDGE + "\"'“”‘’"
_ZH_TRAILING_ETC = regex.compile(r"等$")
_AND = regex.compile(r"(?i)\s+and\s+")
_ZH_TOGETHER = "会同"
_LANGUAGES: tuple[Language, ...] = ("zh", "en", "ko")
_OPENING = regex.compile("[" + regex.escape(OPEN) + "]")


@dataclass(frozen=True, slots=True)
class UnitMention:
    """One responsible unit as a clause names it."""

    name: str
    """The name as written, white space normalised, without role words."""
    role: Role | None
    """``lead`` or ``support`` where the text says so."""
    start: int
    """Offset of the name's first character in the text searched."""
    end: int
    """Offset just after its last character: ``text[start:end]`` is ``name``
    but for white space inside it (see :func:`read_name`)."""


@dataclass(frozen=True, slots=True)
class UnitClause:
    """A clause naming responsible units, such as ``（责任单位：…）``."""

    start: int
    """Offset of the clause, its brackets included."""
    end: int
    label: str | None
    """The (first) label as written, or None for an unlabelled list."""
    mentions: tuple[UnitMention, ...]
    language: Language = "zh"
    """Language the clause is written in (a Korean version may keep Chinese clauses)."""


@dataclass(slots=True)
class _Item:
    start: int
    end: int
    role: RoleWord | None


def find_unit_clauses(text: str, language: Language) -> list[UnitClause]:
    """The unit clauses of ``text`` in order; ``language`` is tried first."""
    order = (language,) + tuple(x for x in _LANGUAGES if x != language)
    clauses: list[UnitClause] = []
    pairs = bracket_pairs(text)
    i = 0
    while (opening := _OPENING.search(text, i)) is not None:
        clause = _bracketed(text, opening.start(), order, language, pairs)
        if clause is not None:
            clauses.append(clause)
            i = clause.end
        else:
            i = opening.start() + 1
    clauses.extend(_line_clauses(text, order, clauses))
    clauses.sort(key=lambda c: c.start)
    return clauses


def parse_unit_list(text: str, language: Language, role: Role | None = None) -> list[UnitMention]:
    """The units of a bare list such as a table's 责任单位 cell; ``role`` from its header."""
    lang = _content_language(text, 0, len(text), language)
    items = _list_items(text, 0, len(text), grammar(lang))
    return _mentions(text, [(items, role)], lang)


@lru_cache(maxsize=4096)
def _resolve(name: str, language: Language | None) -> Resolution:
    return unit_registry().resolve(name, language)


def resolve_unit(name: str, language: Language | None = None) -> Resolution:
    """Resolve ``name`` through the unit registry: exact, alias, fuzzy or none."""
    return _resolve(name, language)


def to_responsible_units(
    clauses: Sequence[UnitClause],
    language: Language,
    make_span: Callable[[int, int], Span] | None = None,
) -> list[ResponsibleUnit]:
    """The schema's units for ``clauses``, resolved through the registry, in order.

    ``make_span(start, end)`` turns offsets in the searched text into a
    :class:`~shpolicy.schema.Span`; without it units carry no span.
    """
    units: list[ResponsibleUnit] = []
    for clause in clauses:
        for mention in clause.mentions:
            found = resolve_unit(mention.name, clause.language or language)
            units.append(
                ResponsibleUnit(
                    name=mention.name,
                    canonical=found.canonical,
                    role=mention.role,
                    span=make_span(mention.start, mention.end) if make_span else None,
                )
            )
    return units


def unit_warnings(units: Sequence[ResponsibleUnit], where: str = "") -> list[ParseWarning]:
    """A ``unit-unresolved`` warning for each unit the registry does not know."""
    at = f" in {where}" if where else ""
    out: list[ParseWarning] = []
    for unit in units:
        if unit.canonical is not None:
            continue
        nearest = _resolve(unit.name, None).candidates
        hint = f"; nearest: {nearest[0].canonical} ({nearest[0].score:.2f})" if nearest else ""
        out.append(
            ParseWarning(
                code=WarningCode.UNIT_UNRESOLVED,
                message=f"responsible unit {unit.name!r}{at} is not in the unit registry{hint}",
                span=unit.span,
            )
        )
    return out


# -- clauses ---------------------------------------------------------------------
def _bracketed(
    text: str,
    open_at: int,
    order: tuple[Language, ...],
    language: Language,
    pairs: dict[int, int],
) -> UnitClause | None:
    limit = min(len(text), open_at + MAX_CLAUSE)
    # A bracket that closes beyond the clause's reach is, for the clause, never closed.
    close = pairs[open_at] if pairs[open_at] < limit else -1
    body_start = open_at + 1
    while body_start < limit and text[body_start].isspace():
        body_start += 1
    for lang in order:
        g = grammar(lang)
        m = g.label.match(text, body_start, limit)
        if m is None:
            continue
        if close == -1:
            # A labelled list whose bracket is never closed (a cut-off or
            # damaged text) runs to the end of its paragraph.
            para = _BLANK_LINE.search(text, m.end(), limit)
            body_end = para.start() if para else limit
            clause_end = body_end
        else:
            body_end, clause_end = close, close + 1
        return _labelled(text, open_at, m, body_end, clause_end, g)
    if close == -1 or not _CLOSES_PARAGRAPH.match(text, close + 1):
        return None
    return _unlabelled(text, open_at, close, language)


def _line_clauses(
    text: str, order: tuple[Language, ...], found: list[UnitClause]
) -> list[UnitClause]:
    """Labelled clauses without brackets: a label at the start of a line or sentence."""
    out: list[UnitClause] = []
    taken = sorted((c.start, c.end) for c in found)
    for lang in order:
        g = grammar(lang)
        for m in g.line_label.finditer(text):
            pos = m.start("label")
            i = bisect_right(taken, (pos, len(text) + 1)) - 1
            if i >= 0 and taken[i][0] <= pos < taken[i][1]:
                continue
            line_end = text.find("\n", m.end())
            end = len(text) if line_end == -1 else line_end
            clause = _labelled(text, pos, m, end, end, g)
            if clause.mentions:
                out.append(clause)
                insort(taken, (clause.start, clause.end))
    return out


def _labelled(
    text: str, start: int, first: regex.Match[str], body_end: int, clause_end: int, g: Grammar
) -> UnitClause:
    """A clause opened by the label ``first``, with further labelled groups after ；."""
    groups: list[tuple[list[_Item], Role | None]] = []
    label, group_start = first["label"], first.end()
    role = label_role(label)
    pieces = split_outside(text, group_start, body_end, g.group_separators)
    current = group_start
    for piece_start, piece_end in pieces:
        lead = piece_start
        while lead < piece_end and text[lead].isspace():
            lead += 1
        m = g.label.match(text, lead, piece_end) if piece_start > group_start else None
        if m is not None:
            groups.append((_list_items(text, current, piece_start - 1, g), role))
            role, current = label_role(m["label"]), m.end()
    groups.append((_list_items(text, current, body_end, g), role))
    mentions = _mentions(text, groups, g.language)
    return UnitClause(start, clause_end, label.strip(), tuple(mentions), g.language)


def _unlabelled(text: str, open_at: int, close: int, language: Language) -> UnitClause | None:
    lang = _content_language(text, open_at + 1, close, language)
    items = _list_items(text, open_at + 1, close, grammar(lang))
    if not items:
        return None
    mentions = _mentions(text, [(items, None)], lang)
    strengths = [_strength(m.name, lang) for m in mentions]
    if not mentions or NOT_A_BODY in strengths or STRONG not in strengths:
        return None
    return UnitClause(open_at, close + 1, None, tuple(mentions), lang)


def _content_language(text: str, start: int, end: int, default: Language) -> Language:
    """The language of a list, by its script; a Korean version may quote a Chinese one."""
    sample = text[start:end]
    script = script_of(sample)
    if script == "zh" and not _HAN.search(sample):
        return default
    return script


def _strength(name: str, language: Language) -> int:
    if unit_registry().lookup(name, language) is not None:
        return STRONG
    return body_strength(name, language)


# -- lists -------------------------------------------------------------------------
def _list_items(text: str, start: int, end: int, g: Grammar) -> list[_Item]:
    """The names of a list in ``text[start:end]``, with the role words that follow them."""
    items: list[_Item] = []
    for seg_start, seg_end in split_outside(text, start, end, g.list_separators):
        seg_start, seg_end = _trim(text, seg_start, seg_end)
        if seg_start >= seg_end:
            continue
        skip, head_role = g.head_role(text[seg_start:seg_end])
        seg_start, seg_end = _trim(text, seg_start + skip, seg_end)
        seg_start, seg_end, role = _tail(text, seg_start, seg_end, g)
        role = role or head_role
        if g.language == "zh":
            items.extend(_zh_names(text, seg_start, seg_end, role, g))
        elif g.language == "en":
            items.extend(_en_names(text, seg_start, seg_end, role, g))
        else:
            items.extend(_ko_names(text, seg_start, seg_end, role, g))
    return [item for item in items if item.start < item.end]


def _tail(text: str, start: int, end: int, g: Grammar) -> tuple[int, int, RoleWord | None]:
    """Take role words off the end of ``text[start:end]``."""
    m = g.tail.search(text, start, end)
    if m is None or m.start() <= start:
        return start, end, None
    word = m["paren"] or m["word"]
    new_start, new_end = _trim(text, start, m.start())
    return new_start, new_end, word_role(word)


def _tails(text: str, start: int, end: int, g: Grammar) -> tuple[int, int, RoleWord | None]:
    """Take every role word off a name (各部门按职责分工牵头负责): the one that says who
    leads or supports wins over one that only says who acts."""
    role: RoleWord | None = None
    while True:
        new_start, new_end, word = _tail(text, start, end, g)
        if word is None or new_end >= end:
            return start, end, role
        if role is None or (role == "carry-out" and word != "carry-out"):
            role = word
        start, end = new_start, new_end


def _zh_names(text: str, start: int, end: int, role: RoleWord | None, g: Grammar) -> list[_Item]:
    together = _find_outside(text, _ZH_TOGETHER, start, end)
    if together != -1 and role is not None:
        # "A会同B负责": A leads, B works with it.
        left = _zh_names(text, start, together, "lead", g)
        right = _zh_names(text, together + len(_ZH_TOGETHER), end, "support", g)
        return left + right
    named: list[tuple[int, int, RoleWord | None]] = []
    for a, b in split_outside(text, start, end, "、"):
        a, b = _trim(text, a, b)
        a, b, own = _tails(text, a, b, g)
        if b > a and _ZH_TRAILING_ETC.search(text, a, b) and b - a > 2:
            b -= 1
        named.append((a, b, own))
    # A role word is the names' before it, back to the previous role word:
    # 市住房城乡建设管理委、市财政局牵头负责、各区政府组织落实 — both lead.
    items: list[_Item] = []
    current = role
    for a, b, own in reversed(named):
        # A word that only says who acts (按职责) does not undo one that says who leads.
        if own is not None and (own != "carry-out" or current is None):
            current = own
        items.append(_Item(a, b, current))
    items.reverse()
    return items


def _en_names(text: str, start: int, end: int, role: RoleWord | None, g: Grammar) -> list[_Item]:
    """One comma-separated piece, split on "and" where both sides are bodies."""
    if unit_registry().lookup(text[start:end], "en") is not None:
        return [_Item(start, end, role)]
    for m in _AND.finditer(text, start, end):
        left, right = text[start : m.start()], text[m.end() : end]
        if (
            _depth(text, start, m.start()) == 0
            and _strength(left, "en") != NOT_A_BODY
            and _strength(right, "en") != NOT_A_BODY
        ):
            return [_Item(start, m.start(), role)] + _en_names(text, m.end(), end, role, g)
    return [_Item(start, end, role)]


def _ko_names(text: str, start: int, end: int, role: RoleWord | None, g: Grammar) -> list[_Item]:
    parts = split_outside(text, start, end, "、·")
    items: list[_Item] = []
    i = 0
    while i < len(parts):
        a, b = parts[i]
        # "문화·관광국": the middle dot also joins words inside one name.
        while (
            i + 1 < len(parts)
            and text[b] == "·"
            and _strength(text[a:b], "ko") == NOT_A_BODY
            and _strength(text[a : parts[i + 1][1]], "ko") != NOT_A_BODY
        ):
            i += 1
            b = parts[i][1]
        a, b = _trim(text, a, b)
        a, b, own = _tail(text, a, b, g)
        items.append(_Item(a, b, own or role))
        i += 1
    return items


def _mentions(
    text: str, groups: list[tuple[list[_Item], Role | None]], language: Language
) -> list[UnitMention]:
    """Mentions with roles: a role word wins over the group's label."""
    says_lead = any(item.role == "lead" for items, _ in groups for item in items) or any(
        role == "lead" for _, role in groups
    )
    out: list[UnitMention] = []
    for items, label in groups:
        for item in items:
            start, end = _name_bounds(text, item.start, item.end)
            name = read_name(text[start:end], language)
            if not name:
                continue
            role: Role | None = label
            if item.role == "lead" or item.role == "support":
                role = item.role
            elif item.role == "carry-out":
                role = "support" if says_lead else "lead"
            out.append(UnitMention(name, role, start, end))
    return out


def _name_bounds(text: str, start: int, end: int) -> tuple[int, int]:
    """``[start, end)`` narrowed to the name: punctuation and quotes around it left out."""
    while start < end and text[start] in _NAME_EDGE:
        start += 1
    while end > start and text[end - 1] in _NAME_EDGE:
        end -= 1
    return start, end


def read_name(raw: str, language: Language) -> str:
    """The name written as ``raw``, white space normalised (joined across line breaks)."""
    text = raw.strip(_NAME_EDGE)
    if language == "zh":
        # A line break inside a Chinese name is a wrap, not a space; keep one
        # space only between Latin letters or digits.
        text = _SPACE_IN_LATIN.sub(" ", text)
        return _SPACE_IN_HAN.sub("", text)
    return _SPACE.sub(" ", text)


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start] in _EDGE:
        start += 1
    while end > start and text[end - 1] in _EDGE:
        end -= 1
    return start, end


def _find_outside(text: str, needle: str, start: int, end: int) -> int:
    """First ``needle`` in ``text[start:end]`` outside brackets, or -1."""
    depth = 0
    i = start
    while i < end:
        char = text[i]
        if char in OPEN:
            depth += 1
        elif char in CLOSE:
            depth = max(0, depth - 1)
        elif depth == 0 and text.startswith(needle, i) and i + len(needle) <= end:
            return i
        i += 1
    return -1


def _depth(text: str, start: int, pos: int) -> int:
    """How many brackets opened in ``text[start:pos]`` are still open at ``pos``."""
    depth = 0
    for char in text[start:pos]:
        if char in OPEN:
            depth += 1
        elif char in CLOSE:
            depth = max(0, depth - 1)
    return depth
