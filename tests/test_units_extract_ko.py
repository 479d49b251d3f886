"""Unit clauses in Korean, and Chinese clauses left in a Korean version."""

from __future__ import annotations

import pytest

from shpolicy.units import UnitClause, find_unit_clauses


def only(text: str) -> UnitClause:
    clauses = find_unit_clauses(text, "ko")
    assert len(clauses) == 1, clauses
    return clauses[0]


@pytest.mark.parametrize(
    ("label", "role"),
    [
        ("책임 단위", None),
        ("책임단위", None),
        ("책임부서", None),
        ("책임 부서", None),
        ("담당 부서", None),
        ("주관 부서", "lead"),
        ("협력 부서", "support"),
    ],
)
def test_each_label_opens_a_clause(label: str, role: str | None) -> None:
    text = f"시범 사업을 추진한다. ({label}: 시 상무위원회, 상하이 세관)"
    clause = only(text)
    assert clause.label == label
    assert clause.language == "ko"
    assert [(m.name, m.role) for m in clause.mentions] == [
        ("시 상무위원회", role),
        ("상하이 세관", role),
    ]
    assert (clause.start, clause.end) == (text.index("("), len(text))


@pytest.mark.parametrize("separator", [", ", "、", "·", "，"])
def test_separators(separator: str) -> None:
    text = f"(책임 단위: 시 상무위원회{separator}시 과학기술위원회{separator}각 구 정부)"
    assert [m.name for m in only(text).mentions] == ["시 상무위원회", "시 과학기술위원회", "각 구 정부"]


def test_a_middle_dot_inside_a_name_does_not_split_it() -> None:
    # 문화·관광국: "문화" alone is no body, so the dot joins words of one name.
    text = "(책임 단위: 시 문화·관광국, 시 체육국)"
    assert [m.name for m in only(text).mentions] == ["시 문화·관광국", "시 체육국"]


def test_full_width_brackets_and_colon() -> None:
    text = "추진한다.（책임 단위：시 상무위원회）"
    assert [m.name for m in only(text).mentions] == ["시 상무위원회"]


def test_lead_and_support_groups() -> None:
    text = "(주관 부서: 시 상무위원회; 협력 부서: 상하이 세관, 각 구 정부)"
    assert [(m.name, m.role) for m in only(text).mentions] == [
        ("시 상무위원회", "lead"),
        ("상하이 세관", "support"),
        ("각 구 정부", "support"),
    ]


def test_unlabelled_list_with_role_words() -> None:
    clause = only("추진한다. (시 상무위원회 주관, 각 구 정부 협력)")
    assert clause.label is None
    assert [(m.name, m.role) for m in clause.mentions] == [
        ("시 상무위원회", "lead"),
        ("각 구 정부", "support"),
    ]


@pytest.mark.parametrize(
    "text",
    [
        "블록체인 서비스(BaaS)",
        "위안화 국경 간 결제 시스템(CIPS)",
        "국가(상하이) 인터넷 교환 센터",
        "사업을 추진한다(중국)",
    ],
)
def test_not_a_unit_clause(text: str) -> None:
    assert find_unit_clauses(text, "ko") == []


def test_a_chinese_clause_in_a_korean_version_is_read_as_chinese() -> None:
    text = "(十五)提升领军企业能级。(责任单位:市商务委、市科委、市税务局)"
    clause = only(text)
    assert clause.language == "zh"
    assert [m.name for m in clause.mentions] == ["市商务委", "市科委", "市税务局"]
