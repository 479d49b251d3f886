"""Unit clauses in Chinese: labels, brackets, separators, roles, and what is not a clause."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from shpolicy.units import UnitClause, find_unit_clauses, parse_unit_list


def names(text: str) -> list[str]:
    return [m.name for c in find_unit_clauses(text, "zh") for m in c.mentions]


def roles(text: str) -> list[tuple[str, str | None]]:
    return [(m.name, m.role) for c in find_unit_clauses(text, "zh") for m in c.mentions]


def only(text: str) -> UnitClause:
    clauses = find_unit_clauses(text, "zh")
    assert len(clauses) == 1, clauses
    return clauses[0]


@pytest.mark.parametrize(
    "label",
    ["责任单位", "牵头单位", "责任部门", "配合单位", "牵头部门", "主要责任单位", "协同单位"],
)
def test_each_label_opens_a_clause(label: str) -> None:
    text = f"推进试点。（{label}：市商务委、市科委）"
    clause = only(text)
    assert clause.label == label
    assert [m.name for m in clause.mentions] == ["市商务委", "市科委"]
    assert text[clause.start : clause.end] == f"（{label}：市商务委、市科委）"


@pytest.mark.parametrize(
    ("label", "role"),
    [
        ("责任单位", None),
        ("责任部门", None),
        ("牵头单位", "lead"),
        ("牵头部门", "lead"),
        ("主要责任单位", "lead"),
        ("配合单位", "support"),
        ("协同单位", "support"),
        ("支撑单位", "support"),
        ("执行单位", None),
    ],
)
def test_the_label_gives_the_role(label: str, role: str | None) -> None:
    assert roles(f"（{label}：市商务委）") == [("市商务委", role)]


@pytest.mark.parametrize(
    "text",
    [
        "推进试点。（责任单位：市商务委、市科委）",
        "推进试点。(责任单位:市商务委、市科委)",
        "推进试点。（责任单位:市商务委、市科委)",
        "推进试点。(责任单位：市商务委、市科委）",
        "推进试点。（ 责任单位 ： 市商务委、市科委 ）",
    ],
)
def test_full_and_half_width_brackets_and_colons(text: str) -> None:
    assert names(text) == ["市商务委", "市科委"]


def test_lead_and_support_groups_in_one_parenthesis() -> None:
    clause = only("开展试点。（牵头单位：市商务委；配合单位：市发展改革委、各区政府）")
    assert clause.label == "牵头单位"
    assert [(m.name, m.role) for m in clause.mentions] == [
        ("市商务委", "lead"),
        ("市发展改革委", "support"),
        ("各区政府", "support"),
    ]


def test_a_comma_separates_groups_of_names_too() -> None:
    assert names("（责任单位：区住房保障房屋管理局，各街镇）") == ["区住房保障房屋管理局", "各街镇"]
    assert names("（责任单位：市商务委,市科委;各区政府）") == ["市商务委", "市科委", "各区政府"]


def test_a_name_keeps_the_brackets_inside_it() -> None:
    text = "（责任单位：市数据局、浦东新区政府（上海自贸试验区管委会）、临港新片区管委会）"
    clause = only(text)
    assert [m.name for m in clause.mentions] == [
        "市数据局",
        "浦东新区政府（上海自贸试验区管委会）",
        "临港新片区管委会",
    ]
    assert clause.end == len(text)


def test_offsets_point_at_the_names() -> None:
    text = "推进试点。（责任单位：市商务委、市科委）"
    for mention in only(text).mentions:
        assert text[mention.start : mention.end] == mention.name
    assert only(text).start == text.index("（")


def test_a_name_wrapped_across_lines_is_joined() -> None:
    # PDF text: the clause breaks mid-name and mid-label.
    text = "推进试点。(责任\n\n单位:市经济信息\n\n化委、市通信管理局)"
    clause = only(text)
    assert [m.name for m in clause.mentions] == ["市经济信息化委", "市通信管理局"]
    first = clause.mentions[0]
    assert text[first.start : first.end] == "市经济信息\n\n化委"


def test_a_line_that_starts_with_the_label_is_a_clause() -> None:
    text = "推进试点。\n责任单位：市商务委、市发展改革委\n下一段。"
    clause = only(text)
    assert clause.label == "责任单位"
    assert [m.name for m in clause.mentions] == ["市商务委", "市发展改革委"]


def test_a_role_in_brackets_after_a_name() -> None:
    assert roles("（责任单位：市商务委（牵头）、市发展改革委）") == [
        ("市商务委", "lead"),
        ("市发展改革委", None),
    ]


def test_unlabelled_list_of_bodies_closing_a_measure() -> None:
    text = "完成房屋征收工作。（各街镇、区规划资源局、区土储中心）"
    clause = only(text)
    assert clause.label is None
    assert [m.name for m in clause.mentions] == ["各街镇", "区规划资源局", "区土储中心"]
    assert clause.end == len(text)


def test_unlabelled_list_with_role_verbs() -> None:
    assert roles("做好保障。（市住房城乡建设管理委牵头负责，各区政府组织落实）") == [
        ("市住房城乡建设管理委", "lead"),
        ("各区政府", "support"),
    ]


def test_duty_words_without_a_lead_make_the_unit_the_lead() -> None:
    assert roles("（各区政府负责落实）") == [("各区政府", "lead")]


def test_according_to_their_duties() -> None:
    assert roles("（市发展改革委牵头，各有关部门按职责分工负责落实）") == [
        ("市发展改革委", "lead"),
        ("各有关部门", "support"),
    ]


def test_together_with_splits_lead_from_support() -> None:
    assert roles("（市商务委会同市发展改革委负责）") == [
        ("市商务委", "lead"),
        ("市发展改革委", "support"),
    ]


def test_an_unlabelled_list_must_close_the_measure() -> None:
    # The same list in mid-sentence is an aside, not the measure's units.
    assert names("由各街镇（市商务委、市科委）负责组织。") == []


@pytest.mark.parametrize(
    "text",
    [
        "制定自由贸易试验区（含临港新片区）",
        "打造区块链即服务（BaaS）",
        "推动国家互联网交换中心建设（上海）",
        "上海市数字贸易发展行动方案（2019-2021年）",
        "开展数据跨境流动安全评估试点（涉及人类遗传资源的除外）",
        "在中国（上海）自由贸易试验区临港新片区（以下简称“临港新片区”）",
        "推进国家文化出口基地（徐汇）",
        "（此件公开发布）",
    ],
)
def test_a_parenthesis_that_is_not_a_list_of_bodies_is_no_clause(text: str) -> None:
    assert find_unit_clauses(text, "zh") == []


@pytest.mark.parametrize(
    "text",
    [
        "各区要明确责任单位，落实工作要求。",
        "领导小组各成员单位和各有关单位要按照职责分工，推进各项任务落地落实。",
        "各责任单位要加强协调，及时报送进展。",
    ],
)
def test_a_sentence_that_mentions_units_is_no_clause(text: str) -> None:
    assert find_unit_clauses(text, "zh") == []


def test_an_empty_clause_names_no_units() -> None:
    clause = only("推进试点。（责任单位：）")
    assert clause.mentions == ()


def test_a_clause_that_never_closes_runs_to_the_paragraph_end() -> None:
    text = "推进试点。（责任单位：市商务委、市科委\n\n二、下一节"
    clause = only(text)
    assert [m.name for m in clause.mentions] == ["市商务委", "市科委"]


def test_parse_unit_list_reads_a_table_cell() -> None:
    cell = "人民银行上海总部、国家外汇管理局上海市分局、上海银保监局"
    assert [m.name for m in parse_unit_list(cell, "zh")] == [
        "人民银行上海总部",
        "国家外汇管理局上海市分局",
        "上海银保监局",
    ]
    assert [m.role for m in parse_unit_list("市商务委", "zh", role="lead")] == ["lead"]


UNITS = ["市商务委", "市科委", "上海海关", "浦东新区政府（上海自贸试验区管委会）", "各区政府"]


@given(
    chosen=st.lists(st.sampled_from(UNITS), min_size=1, max_size=5),
    opener=st.sampled_from(["（", "("]),
    closer=st.sampled_from(["）", ")"]),
    colon=st.sampled_from(["：", ":"]),
    separator=st.sampled_from(["、", "，", ",", "；"]),
    label=st.sampled_from(["责任单位", "牵头单位", "责任部门"]),
)
def test_any_labelled_list_gives_back_its_names(
    chosen: list[str], opener: str, closer: str, colon: str, separator: str, label: str
) -> None:
    text = f"推进试点工作。{opener}{label}{colon}{separator.join(chosen)}{closer}"
    clause = only(text)
    assert [m.name for m in clause.mentions] == chosen
    assert (clause.start, clause.end) == (text.index(opener), len(text))
    for mention in clause.mentions:
        assert text[mention.start : mention.end] == mention.name


def test_lead_and_supporting_units_of_a_district_plan() -> None:
    # 松江区: （牵头单位：…，支撑单位：…） closes each measure.
    text = "推进老旧小区改造。（牵头单位：区房管局，支撑单位：区规划资源局、相关街镇）"
    assert roles(text) == [
        ("区房管局", "lead"),
        ("区规划资源局", "support"),
        ("相关街镇", "support"),
    ]


def test_a_role_word_after_a_list_is_every_name_s() -> None:
    # 上海市城镇燃气安全专项整治实施方案: four bodies lead together, the districts carry it out.
    text = "加强监管。（市应急局、市住房城乡建设管理委、市市场监管局、市经济信息化委牵头负责，各区政府组织落实）"
    assert roles(text) == [
        ("市应急局", "lead"),
        ("市住房城乡建设管理委", "lead"),
        ("市市场监管局", "lead"),
        ("市经济信息化委", "lead"),
        ("各区政府", "support"),
    ]


def test_several_role_words_after_one_name() -> None:
    text = "落实责任。（各部门按职责分工牵头负责、各区政府组织落实）"
    assert roles(text) == [("各部门", "lead"), ("各区政府", "support")]


def test_duty_words_after_the_supporting_bodies() -> None:
    text = "加强管理。（市住房城乡建设管理委牵头负责，市司法局、市市场监管局按职责组织落实）"
    assert roles(text) == [
        ("市住房城乡建设管理委", "lead"),
        ("市司法局", "support"),
        ("市市场监管局", "support"),
    ]


def test_a_role_word_is_the_names_before_it_back_to_the_previous_one() -> None:
    text = "加强保障。（市住房城乡建设管理委、市财政局牵头负责、各区政府组织落实）"
    assert roles(text) == [
        ("市住房城乡建设管理委", "lead"),
        ("市财政局", "lead"),
        ("各区政府", "support"),
    ]


def test_a_duty_word_does_not_undo_the_lead_of_its_group() -> None:
    text = "加强宣传。（市商务委牵头负责、市教委、市交通委按职责牵头负责，各区政府组织落实）"
    assert [r for _, r in roles(text)] == ["lead", "lead", "lead", "support"]
