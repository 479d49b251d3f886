"""Linking task-table rows to the body items they implement, by content.

The expected links are the hand-checked list in
``tests/pdf/2020-service-trade-pilot.items.txt``: each of the 80 rows was
looked up in the body of the 2020 plan.  In the seed's text table the
任务细化 labels drift against the rows (row 3 stands under ``1.`` but is item
2's), so a link that followed the labels would be wrong in a dozen places.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from shpolicy import parse
from shpolicy.schema import AttachmentRow, Measure, Span
from shpolicy.sources import read_source
from shpolicy.tables import link_rows, parse_task_table

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "corpora" / "2020-service-trade-pilot.zh.txt"
ITEMS = ROOT / "tests" / "pdf" / "2020-service-trade-pilot.items.txt"
TABLE_PDF = ROOT / "tests" / "pdf" / "2020-service-trade-pilot.table.pdf"


def _expected() -> dict[int, int]:
    """Row number → item number, from the hand-checked list."""
    out: dict[int, int] = {}
    for line in ITEMS.read_text(encoding="utf-8").splitlines():
        key, _, values = line.partition(":")
        if key.strip().isdigit():
            for row in values.split():
                out[int(row)] = int(key)
    return out


@pytest.fixture(scope="module")
def measures() -> list[Measure]:
    notice = parse(SEED)
    return [m for s in notice.sections for m in s.measures]


def _item_of(measure_id: str | None) -> int | None:
    # Items of the 2020 plan are 2.<group>.<item>.
    return int(measure_id.split(".")[-1]) if measure_id and measure_id.count(".") == 2 else None


def _from_text() -> list[AttachmentRow]:
    text = SEED.read_text(encoding="utf-8")
    rows = parse_task_table(text[text.index("试点任务\t") :])
    assert rows is not None
    return rows


def _from_pdf() -> list[AttachmentRow]:
    rows = parse_task_table(read_source(TABLE_PDF).text)
    assert rows is not None
    return rows


@pytest.mark.parametrize("source", [_from_text, _from_pdf], ids=["text", "pdf"])
def test_every_row_links_to_its_item(
    source: Callable[[], list[AttachmentRow]], measures: list[Measure]
) -> None:
    rows = source()
    result = link_rows(rows, measures)
    got = {row.number: _item_of(row.measure_id) for row in result.rows}
    assert got == _expected()


@pytest.mark.parametrize("source", [_from_text, _from_pdf], ids=["text", "pdf"])
def test_the_only_warning_is_the_row_without_units(
    source: Callable[[], list[AttachmentRow]], measures: list[Measure]
) -> None:
    rows = source()
    result = link_rows(rows, measures)
    assert [(w.code, w.message) for w in result.warnings] == [
        ("table-row-without-units", "table row 79 names no responsible unit")
    ]


def test_links_do_not_follow_the_drifting_labels(measures: list[Measure]) -> None:
    rows = _from_text()
    result = link_rows(rows, measures)
    row3 = result.rows[2]
    assert row3.labels[-1] == "1. 强化统筹协调机制"  # as written in the seed
    assert row3.measure_id == "2.1.2"  # 简化外资旅行社审批流程 is in item 2


def test_a_row_the_body_does_not_hold_is_left_unlinked(measures: list[Measure]) -> None:
    row = AttachmentRow(number=81, text="在月球背面建设服务贸易示范基地。", responsible_units=[])
    result = link_rows([row], measures)
    assert result.rows[0].measure_id is None
    assert [w.code for w in result.warnings] == [
        "table-row-without-units",
        "table-row-unlinked",
    ]


def test_a_row_two_items_hold_equally_is_linked_with_a_warning() -> None:
    def item(number: int, text: str) -> Measure:
        return Measure(
            id=f"1.{number}",
            number=number,
            label=f"{number}.",
            style="arabic-plain",
            title=text.split("。")[0],
            text=text,
            original=text,
            language="zh",
            span=Span(start=0, end=1),
        )

    shared = "完善技术进出口监测体系。"
    measures = [item(1, "健全科技服务体系。" + shared), item(2, "拓宽金融服务范围。" + shared)]
    row = AttachmentRow(number=1, text=shared, responsible_units=[])
    result = link_rows([row], measures)
    assert result.rows[0].measure_id in ("1.1", "1.2")
    assert "table-row-link-uncertain" in [w.code for w in result.warnings]
