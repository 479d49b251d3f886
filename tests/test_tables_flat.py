"""Tables printed a cell to a line (web copies) read back into rows."""

from __future__ import annotations

from pathlib import Path

import shpolicy
from shpolicy.tables import parse_flat_table

TASKS = """任务类型

序号

工作任务

推进单位

行动一：再造发展新极行动

1

推进东斯文里区域整体更新

区规划资源局、区建设管理委

2

推进走马塘片区规划研究

区规划资源局、区发展改革委

行动二：重塑美丽新居行动

旧住房更新改造

3

推进小梁薄板房屋成套改造

4

完成既有多层住宅加装电梯700台

区房管局、各相关街镇
"""


def test_rows_start_at_their_numbers() -> None:
    rows = parse_flat_table(TASKS) or []
    assert [r.number for r in rows] == [1, 2, 3, 4]
    assert [r.text for r in rows] == [
        "推进东斯文里区域整体更新",
        "推进走马塘片区规划研究",
        "推进小梁薄板房屋成套改造",
        "完成既有多层住宅加装电梯700台",
    ]


def test_units_cells_and_cells_merged_away() -> None:
    rows = parse_flat_table(TASKS) or []
    # Row 3's units cell is merged with row 4's and printed once, below row 4.
    assert [[u.name for u in r.responsible_units] for r in rows] == [
        ["区规划资源局", "区建设管理委"],
        ["区规划资源局", "区发展改革委"],
        [],
        ["区房管局", "各相关街镇"],
    ]


def test_group_labels_stand_above_their_rows() -> None:
    rows = parse_flat_table(TASKS) or []
    assert rows[0].labels == ["行动一：再造发展新极行动"]
    assert rows[2].labels == ["行动二：重塑美丽新居行动", "旧住房更新改造"]


def test_unit_spans_point_into_the_text() -> None:
    rows = parse_flat_table(TASKS, offset=100) or []
    unit = rows[0].responsible_units[0]
    assert unit.span is not None
    assert TASKS[unit.span.start - 100 : unit.span.end - 100] == "区规划资源局"


def test_a_table_of_other_words_is_read_by_its_number_column() -> None:
    text = "序号\n\n权力责任名称\n\n行使主体\n\n设定依据\n\n1\n\n公路的具体管理\n\n区交通委\n\n《公路法》\n\n2\n\n村道的相关工作\n\n各街镇\n\n《公路法》\n"
    rows = parse_flat_table(text) or []
    assert [(r.number, r.text, [u.name for u in r.responsible_units]) for r in rows] == [
        (1, "公路的具体管理", ["区交通委"]),
        (2, "村道的相关工作", ["各街镇"]),
    ]


def test_text_without_numbered_rows_is_no_table() -> None:
    assert parse_flat_table("一、总体要求\n\n坚持规划引领。\n") is None


def test_a_lone_number_in_a_web_copy_is_a_cell_not_a_page_number(tmp_path: Path) -> None:
    page = tmp_path / "notice.md"
    page.write_text(
        "---\n标题: 关于印发某区任务清单的通知\n---\n\n# 关于印发某区任务清单的通知\n\n"
        "各街镇：\n\n现将任务清单印发给你们。\n\n某区人民政府\n\n2023年12月12日\n\n附件\n\n某区任务清单\n\n"
        + TASKS,
        encoding="utf-8",
    )
    notice = shpolicy.parse(page)
    assert not [r for r in notice.removals if r.kind == "page-number"]
    assert [r.number for r in notice.attachments[0].rows] == [1, 2, 3, 4]
