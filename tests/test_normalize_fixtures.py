"""Each fix against its fixture file in ``tests/data/fixes/``.

A fixture file is named for the fix it documents (``markdown.txt`` covers the
four Markdown fixes) and holds cases: a description, then the input and the
expected output, each closed by a line holding a single dot.  ``→`` stands
for a TAB, ``␍`` for CR, ``␌`` for a form feed and ``⏎`` for U+2028.  A
description may say ``[lang=ko]``; the language is Chinese otherwise.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

import pytest

from shpolicy.ground.frontmatter import find_front_matter
from shpolicy.normalize import Context, run_fixes
from shpolicy.normalize.fixes import FIXES
from shpolicy.normalize.pipeline import Fix
from shpolicy.schema import Language

DATA = Path(__file__).resolve().parent / "data" / "fixes"
_VISIBLE = {"→": "\t", "␍": "\r", "␌": "\f", "⏎": "\u2028"}
_MARKDOWN = ("front-matter", "markdown-blocks", "markdown-tables", "markdown-inline")


@dataclass(frozen=True)
class Case:
    file: str
    description: str
    source: str
    expected: str
    language: Language


def _visible(text: str) -> str:
    for mark, char in _VISIBLE.items():
        text = text.replace(mark, char)
    return text


def _cases(path: Path) -> list[Case]:
    lines = path.read_text(encoding="utf-8").split("\n")
    cases: list[Case] = []
    description: list[str] = []
    i = 0
    while i < len(lines):
        if lines[i] != ".":
            if lines[i].strip() and not lines[i].startswith("#"):
                description.append(lines[i])
            elif not lines[i].strip():
                description = []
            i += 1
            continue
        blocks: list[list[str]] = [[], []]
        for block in blocks:
            i += 1
            while lines[i] != ".":
                block.append(lines[i])
                i += 1
        i += 1
        text = " ".join(description)
        match = re.search(r"\[lang=(zh|en|ko)\]", text)
        language: Language = match.group(1) if match else "zh"  # type: ignore[assignment]
        cases.append(
            Case(
                path.stem,
                text,
                _visible("\n".join(blocks[0])),
                _visible("\n".join(blocks[1])),
                language,
            )
        )
        description = []
    return cases


def _fixes(name: str) -> tuple[list[Fix], str]:
    by_name = {fix.name: fix for fix in FIXES}
    if name == "markdown":
        return [by_name[n] for n in _MARKDOWN], "markdown"
    return [by_name[name]], "text"


CASES = [case for path in sorted(DATA.glob("*.txt")) for case in _cases(path)]


def test_every_fixture_file_names_a_fix() -> None:
    names = {fix.name for fix in FIXES} | {"markdown"}
    assert {path.stem for path in DATA.glob("*.txt")} <= names
    assert len(CASES) >= 40


@pytest.mark.parametrize("case", CASES, ids=[f"{c.file}: {c.description[:50]}" for c in CASES])
def test_fixture(case: Case) -> None:
    fixes, fmt = _fixes(case.file)
    # As the Markdown reader does: it finds the front matter and says how many lines it takes.
    front = find_front_matter(case.source) if fmt == "markdown" else None
    lines = len(case.source[: front.end].splitlines()) if front else 0
    ctx = Context(language=case.language, format=fmt, front_matter_lines=lines)
    result = run_fixes(case.source, fixes, ctx)
    assert result.text == case.expected
    # Running the fixes again changes nothing.
    again = run_fixes(result.text, fixes, Context(language=case.language, format="text"))
    if fmt == "text":
        assert again.text == result.text
