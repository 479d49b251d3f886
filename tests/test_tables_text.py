"""Task tables written as TAB-separated text, as in the attachment of the 2020 plan.

The seed's table (corpora/2020-service-trade-pilot.zh.txt, from the line
``试点任务	任务细化	序号	具体举措	责任单位``) has every fault the parser is
written for; the expected values below were read off the seed by hand.
"""

from __future__ import annotations

from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from shpolicy.schema import AttachmentRow
from shpolicy.tables import parse_task_table

CORPORA = Path(__file__).resolve().parent.parent / "corpora"
SEED = (CORPORA / "2020-service-trade-pilot.zh.txt").read_text(encoding="utf-8")
TABLE = SEED[SEED.index("试点任务\t") :]


def _table() -> list[AttachmentRow]:
    rows = parse_task_table(TABLE)
    assert rows is not None
    return rows


def test_the_seed_table_has_80_rows_in_order() -> None:
    rows = _table()
    assert [row.number for row in rows] == list(range(1, 81))


def test_every_row_but_79_has_units() -> None:
    rows = _table()
    # Row 79 (健全服务贸易重点企业联系制度…) ends the seed's line with no 责任单位 cell.
    assert [row.number for row in rows if not row.responsible_units] == [79]


def test_a_plain_row() -> None:
    rows = _table()
    row = rows[1]
    assert row.number == 2
    assert row.text == "加快建立服务贸易发展绩效综合评估体系与考核机制。"
    assert [u.name for u in row.responsible_units] == ["市商务委", "市政府发展研究中心"]
    assert all(u.role is None for u in row.responsible_units)


def test_a_number_drifted_into_the_task_column() -> None:
    # Seed line: "\t10\t争取境外已上市抗肿瘤新药…\t市药品监管局、市卫生健康委\t"
    row = _table()[9]
    assert row.number == 10
    assert row.text == "争取境外已上市抗肿瘤新药在本市医疗机构先行定点使用。"
    assert [u.name for u in row.responsible_units] == ["市药品监管局", "市卫生健康委"]


def test_a_row_drifted_one_column_right() -> None:
    # Seed line: "\t10. 大力发展数字贸易\t\t34\t支持发展基于工业互联网…\t市经济信息化委、…"
    row = _table()[33]
    assert row.number == 34
    assert row.text.startswith("支持发展基于工业互联网的大数据采集")
    assert [u.name for u in row.responsible_units] == [
        "市经济信息化委",
        "市文化旅游局",
        "市委宣传部",
        "市商务委",
    ]
    assert row.labels[-1] == "10. 大力发展数字贸易"


def test_labels_are_carried_down_and_kept_as_written() -> None:
    rows = _table()
    assert rows[0].labels == ["(一) 全面探索完善管理体制", "1. 强化统筹协调机制"]
    # Row 2 stands under both merged cells without repeating them.
    assert rows[1].labels == ["(一) 全面探索完善管理体制", "1. 强化统筹协调机制"]
    # Row 12 opens the second page, under its repeated header.
    assert rows[11].labels == ["(二)全面探索扩大对外开放", "4.深化服务业对外开放先行先试"]
    # Row 80: the sub-task label drifted into the 试点任务 column.
    assert rows[79].labels == ["(八)全面搜索健全运行监测和评估体系", "22. 完善评估分析体系"]


def test_spans_point_at_the_rows_lines() -> None:
    rows = parse_task_table(TABLE, offset=100)
    assert rows is not None
    for row in rows[:5]:
        assert row.span is not None
        line = TABLE[row.span.start - 100 : row.span.end - 100]
        assert "\n" not in line and str(row.number) in line.split("\t")


# ------------------------------------------------------------------ other shapes


def test_text_without_a_task_table_is_none() -> None:
    assert parse_task_table("一、总体要求\n\n（一）总体思路\n") is None
    assert parse_task_table("年份\t金额\n2020\t100\n2021\t120\n") is None
    # A header and no rows is not a table either.
    assert parse_task_table("序号\t工作任务\t责任单位\n") is None


def test_lead_and_support_columns_give_roles() -> None:
    table = (
        "序号\t工作任务\t牵头单位\t配合单位\n"
        "1\t建立数字贸易统计监测体系。\t市商务委\t市统计局、国家外汇管理局上海市分局\n"
        "2\t开展数字贸易立法课题研究。\t市司法局\t\n"
    )
    rows = parse_task_table(table)
    assert rows is not None
    assert [(u.name, u.role) for u in rows[0].responsible_units] == [
        ("市商务委", "lead"),
        ("市统计局", "support"),
        ("国家外汇管理局上海市分局", "support"),
    ]
    assert [(u.name, u.role) for u in rows[1].responsible_units] == [("市司法局", "lead")]


def test_a_row_broken_by_a_page_break_continues_without_a_number() -> None:
    table = (
        "序号\t具体举措\t责任单位\n"
        "1\t支持金融机构利用大数据、区块链等技术，提升金融\t人民银行上海总部、上海银\n"
        "序号\t具体举措\t责任单位\n"
        "\t服务效率。\t保监局\n"
        "2\t推进开展数字人民币应用试点。\t长宁区政府\n"
    )
    rows = parse_task_table(table)
    assert rows is not None
    assert [row.number for row in rows] == [1, 2]
    assert rows[0].text == "支持金融机构利用大数据、区块链等技术，提升金融服务效率。"
    assert [u.name for u in rows[0].responsible_units] == ["人民银行上海总部", "上海银保监局"]


def test_a_label_alone_on_a_line_applies_to_the_rows_below() -> None:
    table = (
        "试点任务\t任务细化\t序号\t具体举措\t责任单位\n"
        "(一)完善管理体制\t1.强化统筹\t1\t加强统筹协调。\t市商务委\n"
        "\t\t2.推进改革\t\t\n"
        "\t\t2\t简化审批流程。\t市文化旅游局\n"
    )
    rows = parse_task_table(table)
    assert rows is not None
    assert rows[1].labels == ["(一)完善管理体制", "2.推进改革"]


def test_units_keep_their_brackets_and_resolve_through_the_registry() -> None:
    table = (
        "序号\t具体举措\t责任单位\n"
        "1\t建设国际数据经济产业园。\t浦东新区政府(上海自贸试验区管委会)、人民银行上海总部\n"
        "2\t推进开展数字人民币应用试点。\t市商务委（牵头），市科委\n"
    )
    rows = parse_task_table(table)
    assert rows is not None
    assert [(u.name, u.canonical) for u in rows[0].responsible_units] == [
        ("浦东新区政府(上海自贸试验区管委会)", "浦东新区政府"),
        ("人民银行上海总部", "中国人民银行上海总部"),
    ]
    assert [(u.name, u.role) for u in rows[1].responsible_units] == [
        ("市商务委", "lead"),
        ("市科委", None),
    ]


# ------------------------------------------------------------------ property

_HAN = st.text(
    alphabet="推进建设完善探索服务贸易数字金融开放监管平台体系机制试点", min_size=4, max_size=30
)
_UNIT = st.sampled_from(
    ["市商务委", "市科委", "上海海关", "市教委", "人民银行上海总部", "市数据局"]
)


@st.composite
def _tables(draw: st.DrawFn) -> tuple[list[tuple[int, str, list[str]]], str]:
    """A task table as rows, and as text with the faults of extracted tables."""
    count = draw(st.integers(min_value=1, max_value=25))
    rows = [
        (i + 1, draw(_HAN) + "。", draw(st.lists(_UNIT, min_size=1, max_size=3, unique=True)))
        for i in range(count)
    ]
    header = "试点任务\t任务细化\t序号\t具体举措\t责任单位"
    lines = [header]
    for number, text, units in rows:
        group = f"({'一二三四五'[number % 5]})全面探索" if number % 7 == 1 else ""
        task = f"{number}.加快发展" if number % 3 == 1 else ""
        drift = draw(st.sampled_from(["none", "left", "right"]))
        cells = [group, task, str(number), text, "、".join(units)]
        if drift == "left" and not task:
            cells = [group, str(number), text, "、".join(units), ""]
        elif drift == "right":
            cells = [group, task, "", str(number), text, "、".join(units)]
        lines.append("\t".join(cells))
        if draw(st.booleans()) and draw(st.booleans()):
            lines += ["", header + draw(st.sampled_from(["", "\t", "\t\t"]))]
    return rows, "\n".join(lines) + "\n"


@settings(max_examples=60, deadline=None)
@given(_tables())
def test_drifted_tables_read_back_to_their_rows(
    case: tuple[list[tuple[int, str, list[str]]], str],
) -> None:
    rows, text = case
    parsed = parse_task_table(text)
    assert parsed is not None
    assert [(r.number, r.text, [u.name for u in r.responsible_units]) for r in parsed] == rows
