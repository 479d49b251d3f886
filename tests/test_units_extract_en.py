"""Unit clauses in English: labels, commas and a final "and", nested brackets, roles."""

from __future__ import annotations

import pytest

from shpolicy.units import UnitClause, find_unit_clauses


def only(text: str) -> UnitClause:
    clauses = find_unit_clauses(text, "en")
    assert len(clauses) == 1, clauses
    return clauses[0]


def names(text: str) -> list[str]:
    return [m.name for m in only(text).mentions]


@pytest.mark.parametrize(
    ("label", "role"),
    [
        ("Responsible units", None),
        ("Responsible unit", None),
        ("Responsible authorities", None),
        ("Lead unit", "lead"),
        ("Lead units", "lead"),
        ("Supporting units", "support"),
    ],
)
def test_each_label_opens_a_clause(label: str, role: str | None) -> None:
    text = f"Open the market. ({label}: Municipal Commerce Commission)"
    clause = only(text)
    assert clause.label == label
    assert [(m.name, m.role) for m in clause.mentions] == [("Municipal Commerce Commission", role)]
    assert (clause.start, clause.end) == (text.index("("), len(text))


def test_commas_and_a_final_and_separate_names() -> None:
    text = (
        "(Responsible units: Municipal Commission of Commerce, Shanghai Customs, "
        "and relevant district governments)"
    )
    assert names(text) == [
        "Municipal Commission of Commerce",
        "Shanghai Customs",
        "relevant district governments",
    ]


def test_and_without_a_comma_separates_two_bodies() -> None:
    text = "(Responsible units: Shanghai Customs and Municipal Data Bureau)"
    assert names(text) == ["Shanghai Customs", "Municipal Data Bureau"]


def test_and_inside_a_name_does_not_split_it() -> None:
    text = (
        "(Responsible units: Municipal Economic and Information Commission, "
        "Municipal Culture and Tourism Bureau and Shanghai Council for the Promotion of "
        "International Trade)"
    )
    assert names(text) == [
        "Municipal Economic and Information Commission",
        "Municipal Culture and Tourism Bureau",
        "Shanghai Council for the Promotion of International Trade",
    ]


def test_and_inside_an_unknown_name_does_not_split_it() -> None:
    # Neither "Municipal Water" nor "Municipal Ocean" is a body by itself.
    text = "(Responsible unit: Municipal Water and Ocean Bureau)"
    assert names(text) == ["Municipal Water and Ocean Bureau"]


def test_nested_brackets_stay_in_one_name() -> None:
    text = (
        "(Responsible units: Municipal Data Bureau, Pudong New Area Government "
        "(China (Shanghai) Pilot Free Trade Zone Administration), Lingang New Area "
        "Management Committee)"
    )
    assert names(text) == [
        "Municipal Data Bureau",
        "Pudong New Area Government (China (Shanghai) Pilot Free Trade Zone Administration)",
        "Lingang New Area Management Committee",
    ]


def test_lead_and_supporting_groups() -> None:
    text = (
        "(Lead units: Municipal Commerce Commission; Supporting units: Shanghai Customs, "
        "district governments)"
    )
    assert [(m.name, m.role) for m in only(text).mentions] == [
        ("Municipal Commerce Commission", "lead"),
        ("Shanghai Customs", "support"),
        ("district governments", "support"),
    ]


def test_a_role_after_a_name() -> None:
    text = "(Responsible units: Municipal Commerce Commission (lead), Shanghai Customs)"
    assert [(m.name, m.role) for m in only(text).mentions] == [
        ("Municipal Commerce Commission", "lead"),
        ("Shanghai Customs", None),
    ]


def test_a_clause_wrapped_across_lines() -> None:
    text = "(Responsible units: Municipal Commerce\nCommission, Shanghai\n  Customs)"
    clause = only(text)
    assert [m.name for m in clause.mentions] == ["Municipal Commerce Commission", "Shanghai Customs"]
    assert text[clause.mentions[1].start : clause.mentions[1].end] == "Shanghai\n  Customs"


def test_clauses_of_measures_run_together() -> None:
    text = (
        "(IX) Build computing power. (Responsible units: Municipal Data Bureau) "
        "(X) Build data infrastructure such as blockchain (BaaS). "
        "(Responsible units: Municipal Science and Technology Commission) (XI) Ports."
    )
    clauses = find_unit_clauses(text, "en")
    assert [[m.name for m in c.mentions] for c in clauses] == [
        ["Municipal Data Bureau"],
        ["Municipal Science and Technology Commission"],
    ]


def test_unlabelled_list_of_bodies_closing_a_measure() -> None:
    clause = only("Open the market. (Municipal Commerce Commission, Shanghai Customs)")
    assert clause.label is None
    assert [m.name for m in clause.mentions] == ["Municipal Commerce Commission", "Shanghai Customs"]


@pytest.mark.parametrize(
    "text",
    [
        "Formulate a negative list for the Pilot Free Trade Zone (including the Lingang New Area).",
        "Create a blockchain as a service (BaaS)",
        "Enhance the RMB Cross-Border Payment System (CIPS)",
        "Promote the National (Shanghai) Internet Exchange Center",
        "Build platforms, more of them (see Annex 2)",
        (
            "All member units of the leading group and relevant units should act within their "
            "responsibilities."
        ),
    ],
)
def test_not_a_unit_clause(text: str) -> None:
    assert find_unit_clauses(text, "en") == []


def test_led_by_and_with_give_roles() -> None:
    text = "(Responsible units: led by Municipal Commerce Commission, with district governments)"
    assert [(m.name, m.role) for m in only(text).mentions] == [
        ("Municipal Commerce Commission", "lead"),
        ("district governments", "support"),
    ]
