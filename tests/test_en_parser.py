"""The English parser: the 2024 translation, and each numbering variant on small documents."""

from __future__ import annotations

import datetime
import importlib
from pathlib import Path

import pytest

import shpolicy
from shpolicy.schema import Notice

HAS_UNITS = hasattr(importlib.import_module("shpolicy.units"), "find_unit_clauses")
CORPORA = Path(__file__).resolve().parent.parent / "corpora"

# Labels and titles of the 23 measures, read off corpora/2024-digital-trade.en.txt.
MEASURES = [
    ("(I)", "Pilot and expand the opening of value-added telecommunications"),
    ("(II)", "Expand digital product trade with a focus on cultural trade"),
    ("(III)", "Develop high-end service outsourcing to expand digital service trade"),
    (
        "(IV)",
        "Accelerate the promotion of digital technology trade and industry coordinated development",
    ),
    ("(V)", "Optimize the cross-border e-commerce sea and air transport supervision model"),
    ("(VI)", "Strengthen financial service support for cross-border e-commerce"),
    ("(VII)", "Promote the expansion of cross-border e-commerce import business"),
    ("(VIII)", "Accelerate the construction and expansion of high-level network infrastructure"),
    ("(IX)", "Layout high-performance computing power infrastructure"),
    ("(X)", "Build high-quality data infrastructure such as blockchain and corpus"),
    ("(XI)", "Digital empowerment of shipping service trade"),
    ("(XII)", "Accelerate the development of financial and insurance service trade"),
    ("(13)", "Build a service trade system that matches the aviation industry"),
    ("(14)", "Vigorously develop green service trade"),
    ("(15)", "Improve the level of leading enterprises"),
    ("(16)", "Build the Shanghai Digital Economy Partnership Agreement (DEPA) Cooperation Zone"),
    ("(17)", 'Build a pilot zone for cooperation on "Silk Road e-commerce"'),
    ("(18)", "Build an international data economy industrial park"),
    ("(19)", "Enhance the scale effect of service trade agglomeration areas"),
    ("(20)", "Promote and regulate the cross-border flow of data"),
    ("(XXI)", "Facilitate cross-border flows of natural persons"),
    ("(XXII)", "Optimize the management of cross-border capital flows"),
    ("(XXIII)", "Give full play to the function of promoting trade through exhibitions"),
]


@pytest.fixture(scope="module")
def seed() -> Notice:
    return shpolicy.parse(CORPORA / "2024-digital-trade.en.txt")


def test_seed_is_detected_as_english(seed: Notice) -> None:
    assert seed.language == "en"


def test_seed_has_23_measures_numbered_1_to_23_with_labels_and_titles_as_written(
    seed: Notice,
) -> None:
    measures = list(seed.iter_measures())
    assert [m.number for m in measures] == list(range(1, 24))
    assert [(m.label, m.title) for m in measures] == MEASURES
    assert all(m.language == "en" for m in measures)
    assert all(not m.items for m in measures)


def test_seed_has_five_sections_and_reports_section_iv_missing(seed: Notice) -> None:
    assert [(s.label, s.number) for s in seed.sections] == [
        ("I.", 1), ("II.", 2), ("III.", 3), ("V.", 5), ("VI.", 6),
    ]  # fmt: skip
    assert seed.sections[0].title == "Vigorously develop digital delivery service trade"
    assert (
        seed.sections[3].title
        == "Strengthen the construction of enterprise entities and regional carriers"
    )
    # Without the heading of IV, measures 11-14 stay under III.
    assert [m.number for m in seed.sections[2].measures] == list(range(8, 15))
    assert [m.id for m in seed.sections[2].measures][-1] == "3.14"
    missing = [w for w in seed.warnings if w.code == "missing-section"]
    assert len(missing) == 1
    assert "section IV" in missing[0].message
    assert missing[0].span is not None and missing[0].span.line == 24
    assert not [w for w in seed.warnings if w.code == "numbering-gap"]


def test_measures_run_together_in_one_paragraph_are_split(seed: Notice) -> None:
    ix, x, xi = (seed.measure(i) for i in ("3.9", "3.10", "3.11"))
    # All three stand on line 20 of the file.
    assert {m.span.line for m in (ix, x, xi)} == {20}
    assert ix.text.endswith(
        "Hongqiao International Central Business District Management Committee)"
    )
    assert x.text.startswith("Build high-quality data infrastructure")
    assert "(XI)" not in x.text


def test_seed_front_matter_letter_and_metadata(seed: Notice) -> None:
    assert seed.source.metadata["source"] == "Shanghai Municipal People's Government Website"
    assert seed.title is not None and seed.title.startswith("Notice of the General Office")
    assert seed.plan_title == (
        "Implementation Plan for Promoting the High-Quality Development of Digital Trade "
        "and Service Trade in Shanghai"
    )
    assert seed.recipients == [
        "People's governments of all districts",
        "all committees, offices and bureaus of the municipal government",
        "all relevant units",
    ]
    assert seed.issuers == ["General Office of Shanghai Municipal People's Government"]
    assert seed.date == datetime.date(2024, 12, 30)
    assert seed.letter is not None and seed.letter.endswith("Please implement it conscientiously.")
    assert seed.preamble is not None and seed.preamble.startswith(
        "In order to thoroughly implement"
    )
    kinds = [b.kind for b in seed.blocks[:8]]
    assert kinds == [
        "front-matter", "title", "recipients", "letter", "signature", "date", "plan-title", "preamble",
    ]  # fmt: skip


def test_seed_loses_nothing(seed: Notice) -> None:
    assert not [b for b in seed.blocks if b.kind == "unplaced"]
    assert seed.removals == []


@pytest.mark.skipif(not HAS_UNITS, reason="closing needs the unit clause that ends measure 23")
def test_the_closing_paragraph_follows_the_last_unit_clause(seed: Notice) -> None:
    assert seed.closing is not None
    assert seed.closing.startswith("The Shanghai Leading Group for Promoting the Construction")
    assert seed.measure("6.23").text.endswith("Promotion of International Trade)")


# -- small documents ----------------------------------------------------------------
def _outline(text: str) -> list[tuple[str, list[tuple[str, str, str]]]]:
    notice = shpolicy.parse_text(text, lang="en")
    return [
        (s.label or s.title, [(m.id, m.label, m.title) for m in s.measures])
        for s in notice.sections
    ]


def test_roman_measures_switching_to_arabic_and_back_are_one_sequence() -> None:
    text = """I. Open up
(I) Open the market. Open markets further.
(II) Build platforms. Build more platforms.
II. Serve firms
(3) Improve services. Serve firms better.
(4) Train people. Train more people.
(V) Fund projects. Fund more projects.
"""
    assert _outline(text) == [
        ("I.", [("1.1", "(I)", "Open the market"), ("1.2", "(II)", "Build platforms")]),
        (
            "II.",
            [
                ("2.3", "(3)", "Improve services"),
                ("2.4", "(4)", "Train people"),
                ("2.5", "(V)", "Fund projects"),
            ],
        ),
    ]


def test_roman_and_arabic_both_starting_at_one_are_two_levels() -> None:
    text = """I. Open up
(I) Open the market. Open markets as follows.
(1) Services. Open services.
(2) Goods. Open goods.
(II) Build platforms. Build more platforms.
"""
    notice = shpolicy.parse_text(text, lang="en")
    first = notice.measure("1.1")
    assert [(i.id, i.label) for i in first.items] == [("1.1.1", "(1)"), ("1.1.2", "(2)")]
    assert notice.measure("1.2").label == "(II)"


def test_one_dot_for_both_sections_and_measures() -> None:
    text = """1. General requirements
1. Build a platform. Build a platform for trade.
2. Improve the services. Improve services for firms.
2. Key tasks
3. Open the market. Open markets further.
4. Train people. Train more people.
"""
    assert _outline(text) == [
        ("1.", [("1.1", "1.", "Build a platform"), ("1.2", "2.", "Improve the services")]),
        ("2.", [("2.3", "3.", "Open the market"), ("2.4", "4.", "Train people")]),
    ]


def test_unicode_roman_sections_with_arabic_measures() -> None:
    text = """Ⅰ. General requirements
(1) Build a platform. Build a platform for trade.
Ⅱ. Key tasks
(2) Open the market. Open markets further.
"""
    assert _outline(text) == [
        ("Ⅰ.", [("1.1", "(1)", "Build a platform")]),
        ("Ⅱ.", [("2.2", "(2)", "Open the market")]),
    ]


def test_sections_numbered_one_dot_with_plain_measures_under_roman() -> None:
    text = """I. Goals
1. Build a platform. Build a platform for trade.
2. Improve the services. Improve services for firms.
II. Tasks
3. Train people. Train more people.
"""
    assert _outline(text) == [
        ("I.", [("1.1", "1.", "Build a platform"), ("1.2", "2.", "Improve the services")]),
        ("II.", [("2.3", "3.", "Train people")]),
    ]


def test_section_headings_without_numbers() -> None:
    text = """Implementation Plan for Testing
Opening the market
(I) Build a platform. Build a platform for trade.
(II) Improve the services. Improve services for firms.
Supporting the people
(III) Train people. Train more people.
"""
    notice = shpolicy.parse_text(text, lang="en")
    assert notice.plan_title == "Implementation Plan for Testing"
    assert [s.title for s in notice.sections] == ["Opening the market", "Supporting the people"]
    assert [[m.label for m in s.measures] for s in notice.sections] == [["(I)", "(II)"], ["(III)"]]


def test_measures_run_together_split_after_a_sentence_or_a_unit_clause() -> None:
    text = """I. Open up
(I) Open the market. Open markets further. (II) Build platforms. Build more (see Annex 2). (III) Fund projects. Fund more. (Responsible unit: Municipal Commerce Commission) (IV) Train people. Train more people.
"""
    assert _outline(text) == [
        (
            "I.",
            [
                ("1.1", "(I)", "Open the market"),
                ("1.2", "(II)", "Build platforms"),
                ("1.3", "(III)", "Fund projects"),
                ("1.4", "(IV)", "Train people"),
            ],
        )
    ]


def test_a_number_out_of_sequence_inside_a_paragraph_is_not_split() -> None:
    text = """I. Open up
(I) Open the market. Open markets under rule (3) of the code. (II) Build platforms. Build more.
"""
    assert _outline(text) == [
        ("I.", [("1.1", "(I)", "Open the market"), ("1.2", "(II)", "Build platforms")]),
    ]


def test_missing_section_heading_keeps_measures_in_order_and_warns() -> None:
    text = """I. Open up
(I) Open the market. Open markets further.
(II) Build platforms. Build more platforms.
(III) Fund projects. Fund more projects.
III. Serve people
(IV) Train people. Train more people.
"""
    notice = shpolicy.parse_text(text, lang="en")
    assert [s.label for s in notice.sections] == ["I.", "III."]
    assert [m.id for m in notice.iter_measures()] == ["1.1", "1.2", "1.3", "3.4"]
    codes = [w.code for w in notice.warnings]
    assert codes.count("missing-section") == 1
    assert "numbering-gap" not in codes
    (warning,) = [w for w in notice.warnings if w.code == "missing-section"]
    assert "section II " in warning.message


def test_letter_signature_date_notes_and_back_matter() -> None:
    text = """Notice of the General Office of the Shanghai Municipal People's Government on Issuing the "Plan for Testing the Parser"
SMPG GO F [2024] No. 31
All district governments, and all relevant units:
The "Plan for Testing the Parser" is hereby issued to you. Please implement it.
General Office of Shanghai Municipal People's Government
Dec. 30, 2024
(This document is publicly released)
Plan for Testing the Parser
To test the parser, this plan is formulated.
I. Tasks
(I) Test the parser. Test it well.
CC: Municipal Party Committee Offices, Municipal People's Congress Office.
General Office of Shanghai Municipal People's Government Printed and issued on December 30, 2024
"""
    notice = shpolicy.parse_text(text)
    assert notice.language == "en"
    assert notice.title is not None and notice.title.startswith("Notice of the General Office")
    assert notice.plan_title == "Plan for Testing the Parser"
    assert notice.doc_number == "沪府办发〔2024〕31号"
    assert notice.recipients == ["All district governments", "all relevant units"]
    assert notice.issuers == ["General Office of Shanghai Municipal People's Government"]
    assert notice.date == datetime.date(2024, 12, 30)
    assert notice.notes == ["This document is publicly released"]
    assert notice.preamble == "To test the parser, this plan is formulated."
    assert notice.cc == ["Municipal Party Committee Offices", "Municipal People's Congress Office"]
    assert notice.printed_by == "General Office of Shanghai Municipal People's Government"
    assert notice.printed_date == datetime.date(2024, 12, 30)
    assert [m.title for m in notice.iter_measures()] == ["Test the parser"]
    assert not [b for b in notice.blocks if b.kind == "unplaced"]


def test_a_title_ends_at_the_first_full_stop_not_at_an_abbreviation() -> None:
    text = """I. Trade
(I) Support No. 5 Lane and U.S. firms in e.g. trade fairs. Do more.
"""
    notice = shpolicy.parse_text(text, lang="en")
    assert notice.measure("1.1").title == "Support No. 5 Lane and U.S. firms in e.g. trade fairs"


def test_a_passage_left_in_chinese_is_marked_zh() -> None:
    text = """I. Trade
(I) Open the market. Open markets further.
(II)提升领军企业能级。每年更新《上海市服务贸易促进指导目录》，明确促进方向。
"""
    notice = shpolicy.parse_text(text, lang="en")
    assert [m.language for m in notice.iter_measures()] == ["en", "zh"]
