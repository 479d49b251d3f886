"""The registry's Korean names in a Korean translation's unit clauses: the same bodies as the source.

The Korean seed of the 2024 notice names no units in its translated
measures.  Here each is closed by ``(책임 단위: …)`` built from the Chinese
measure's units through the registry's Korean names, as a translation would
be; those must resolve to the bodies the Chinese names, and a name the
registry does not know in place of one it does is a ``unit-mismatch``, as in
English.
"""

from __future__ import annotations

import regex
from test_align_corpus import seed

import shpolicy
from shpolicy import check
from shpolicy.schema import Measure, Notice
from shpolicy.units import unit_registry

_LABEL = regex.compile(r"^\((?P<n>[一二三四五六七八九十]+)\)")


def korean_clause(measure: Measure) -> str:
    names = []
    for unit in measure.responsible_units:
        entry = unit_registry().get(unit.canonical or "")
        assert entry is not None and entry.korean, unit
        names.append(entry.korean[0])
    return f"(책임 단위: {', '.join(names)})"


def korean_with_units() -> tuple[str, dict[str, str]]:
    """The Korean seed, each Korean measure closed by its unit clause; and Korean id → source id."""
    zh, ko = seed("zh"), seed("ko")
    pairs = {p.target: p.source for p in shpolicy.align(zh, ko).pairs if p.source and p.target}
    source = {m.id: m for m in zh.iter_measures()}
    by_line = {m.span.line: m for m in ko.iter_measures() if m.language == "ko"}
    lines = seed_text("ko").split("\n")
    for n, line in enumerate(lines, 1):
        measure = by_line.get(n)
        if measure is not None and not measure.responsible_units:
            lines[n - 1] = f"{line} {korean_clause(source[pairs[measure.id]])}"
    return "\n".join(lines), pairs


def seed_text(language: str) -> str:
    from test_check_damaged import text_of

    return text_of(language)


def parsed(text: str, language: str) -> Notice:
    return shpolicy.parse_text(text, lang=language, path=f"2024-digital-trade.{language}.txt")  # type: ignore[arg-type]


def test_the_korean_names_resolve_to_the_bodies_the_chinese_names() -> None:
    text, pairs = korean_with_units()
    ko = parsed(text, "ko")
    source = {m.id: m for m in seed("zh").iter_measures()}
    korean = [m for m in ko.iter_measures() if m.language == "ko"]
    assert len(korean) == 14
    for measure in korean:
        expected = [u.canonical for u in source[pairs[measure.id]].responsible_units]
        assert [u.canonical for u in measure.responsible_units] == expected, measure.id
        # By the names themselves, not by a near miss.
        methods = {unit_registry().resolve(u.name, "ko").method for u in measure.responsible_units}
        assert methods <= {"exact", "alias"}, measure.id


def test_the_korean_translation_with_units_has_no_unit_findings() -> None:
    text, _ = korean_with_units()
    codes = {f.code for f in check(seed("zh"), parsed(text, "ko")).findings}
    assert not codes & {"missing-units", "unit-mismatch"}


def _replaced(text: str, label: str, pattern: str, name: str) -> str:
    line = next(line for line in text.split("\n") if line.startswith(label))
    new = regex.sub(pattern, lambda m: m.group(1) + name, line, count=1)
    assert new != line
    return text.replace(line, new)


def test_a_korean_unit_replaced_by_an_unknown_name_is_a_unit_mismatch() -> None:
    text, _ = korean_with_units()
    damaged = _replaced(text, "(一)", r"(책임 단위:\s*)[^,)]+", "상하이시 어업국")
    found = [
        f for f in check(seed("zh"), parsed(damaged, "ko")).findings if f.code == "unit-mismatch"
    ]
    assert [(f.source, f.severity) for f in found] == [("1.1", "error")]
    assert "상하이시 어업국" in found[0].message and "市经济信息化委" in found[0].message


def test_an_english_unit_replaced_by_an_unknown_name_is_a_unit_mismatch_too() -> None:
    damaged = _replaced(
        seed_text("en"), "(I)", r"(Responsible units?:\s*)[^,)]+", "Shanghai Bureau of Fisheries"
    )
    found = [
        f for f in check(seed("zh"), parsed(damaged, "en")).findings if f.code == "unit-mismatch"
    ]
    assert [(f.source, f.severity) for f in found] == [("1.1", "error")]
