"""Translations damaged on purpose, each caught by the right finding code.

Each damage is a small edit of the real English or Korean seed of the 2024
notice, written as code next to the test that catches it, so the damaged
text follows the seed if the seed is ever corrected:

* a measure deleted                       → ``missing-measure``
* two measures' bodies swapped under
  their original labels                   → ``misaligned``
* an amount or a year changed             → ``number-mismatch``
* the responsible units of a measure cut  → ``missing-units``
* a measure duplicated                    → ``duplicate-passage``

Besides the damage, each check may report what the undamaged seed already
has (the English missing section IV heading, the Korean untranslated
measures); the tests compare against the findings of the undamaged seed.
"""

from __future__ import annotations

from pathlib import Path

import pytest
import regex
from test_align_corpus import seed

import shpolicy
from shpolicy import check
from shpolicy.checking import Finding
from shpolicy.schema import Language

CORPORA = Path(__file__).resolve().parent.parent / "corpora"


def text_of(language: str) -> str:
    return (CORPORA / f"2024-digital-trade.{language}.txt").read_text(encoding="utf-8")


def new_findings(language: Language, damaged: str) -> list[Finding]:
    """Findings for the damaged text that the undamaged seed does not have."""
    path = f"2024-digital-trade.{language}.damaged.txt"
    notice = shpolicy.parse_text(damaged, lang=language, path=path)
    # Compared without messages and lines, which name lines the damage may shift.
    before = {
        (f.code, f.scope, f.source, f.target) for f in check(seed("zh"), seed(language)).findings
    }
    return [
        f
        for f in check(seed("zh"), notice).findings
        if (f.code, f.scope, f.source, f.target) not in before
    ]


def line_starting(text: str, label: str) -> str:
    [line] = [x for x in text.split("\n") if x.startswith(label + " ")]
    return line


def delete_measure(text: str, label: str) -> str:
    """Delete the line that holds the measure ``label``."""
    return text.replace(line_starting(text, label) + "\n", "", 1)


def swap_bodies(text: str, first: str, second: str) -> str:
    """Swap the texts of two measures, each label staying where it was."""
    a, b = line_starting(text, first), line_starting(text, second)
    body_a, body_b = a[len(first) :], b[len(second) :]
    return text.replace(a, "\0").replace(b, second + body_a).replace("\0", first + body_b)


def duplicate_measure(text: str, label: str) -> str:
    """Write the measure ``label`` twice, one copy after the other."""
    line = line_starting(text, label)
    return text.replace(line, line + "\n" + line, 1)


def codes(findings: list[Finding]) -> set[tuple[str, str | None]]:
    return {(f.code, f.source) for f in findings}


@pytest.mark.parametrize(("language", "label"), [("en", "(V)"), ("ko", "(五)")])
def test_a_deleted_measure_is_a_missing_measure(language: Language, label: str) -> None:
    found = new_findings(language, delete_measure(text_of(language), label))
    missing = [f for f in found if f.code == "missing-measure"]
    assert [(f.source, f.severity) for f in missing] == [("2.5", "error")]
    # On the translation's line of (四), after which (五) belongs; the source's line in the message.
    assert "(source line 82)" in missing[0].message
    assert missing[0].file.endswith(f".{language}.damaged.txt")
    assert {f.code for f in found} <= {"missing-measure", "numbering"}


@pytest.mark.parametrize(
    ("language", "first", "second"), [("en", "(VI)", "(VII)"), ("ko", "(二)", "(三)")]
)
def test_swapped_bodies_are_swapped(language: Language, first: str, second: str) -> None:
    found = new_findings(language, swap_bodies(text_of(language), first, second))
    misaligned = [f for f in found if f.code == "swapped"]
    expected = ["2.6", "2.7"] if language == "en" else ["1.2", "1.3"]
    assert [f.source for f in misaligned] == expected
    assert all(f.severity == "error" for f in misaligned)


def test_a_changed_amount_is_a_number_mismatch() -> None:
    damaged = text_of("en").replace("US$260 billion", "US$270 billion")
    [finding] = new_findings("en", damaged)
    assert (finding.code, finding.severity, finding.scope) == (
        "number-mismatch",
        "error",
        "document",
    )
    assert "2600亿美元" in finding.message and "US$270 billion" in finding.message


def test_a_changed_year_is_a_number_mismatch() -> None:
    damaged = text_of("ko").replace("2029년까지", "2030년까지")
    [finding] = new_findings("ko", damaged)
    assert (finding.code, finding.severity) == ("number-mismatch", "error")
    assert "2029" in finding.message and "2030" in finding.message


def test_a_changed_count_inside_a_measure_is_a_number_mismatch() -> None:
    damaged = text_of("ko").replace("10대 브랜드", "20대 브랜드")
    [finding] = new_findings("ko", damaged)
    assert (finding.code, finding.source, finding.severity) == ("number-mismatch", "1.2", "error")


@pytest.mark.skipif(
    not any(m.responsible_units for m in seed("en").iter_measures())
    or not any(m.responsible_units for m in seed("zh").iter_measures()),
    reason="the parsers do not give responsible units yet",
)
def test_dropped_units_are_missing_units() -> None:
    line = line_starting(text_of("en"), "(I)")
    cut = regex.sub(r"\s*\(Responsible units?:[^()]*\)\s*$", "", line)
    assert cut != line
    found = new_findings("en", text_of("en").replace(line, cut))
    assert [(f.code, f.source, f.severity) for f in found] == [("missing-units", "1.1", "error")]


@pytest.mark.parametrize(("language", "label"), [("en", "(VI)"), ("ko", "(三)")])
def test_a_duplicated_measure_is_a_duplicate_passage(language: Language, label: str) -> None:
    found = new_findings(language, duplicate_measure(text_of(language), label))
    source = "2.6" if language == "en" else "1.3"
    assert ("duplicate-passage", source) in codes(found)
    assert {f.code for f in found} <= {"duplicate-passage", "numbering"}
    assert all(f.severity == "warning" for f in found)
