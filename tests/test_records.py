"""``shpolicy.records``: flat rows keyed by notice and measure, and the README's pandas example."""

from __future__ import annotations

import re
import sys

import pytest
from conftest import CORPORA, ROOT

import shpolicy
from shpolicy.records import (
    attachment_row_records,
    measure_records,
    notice_key,
    notice_record,
    unit_edges,
    unit_records,
)

KEY = ["path", "sha256", "doc_number", "date", "issuer", "language"]


@pytest.fixture(scope="module")
def notice() -> shpolicy.Notice:
    return shpolicy.parse(CORPORA / "2024-digital-trade.zh.txt")


def test_records_is_reachable_from_the_package() -> None:
    assert "records" in shpolicy.__all__
    assert shpolicy.records.measure_records is measure_records


def test_every_row_starts_with_the_notice_key(notice: shpolicy.Notice) -> None:
    key = notice_key(notice)
    assert list(key) == KEY
    assert key["doc_number"] == "沪府办发〔2024〕31号" and key["date"] is not None
    for rows in (measure_records(notice), unit_records(notice), unit_edges(notice)):
        assert rows and all(list(r)[:6] == KEY and r["sha256"] == key["sha256"] for r in rows)
    assert notice_record(notice)["measures"] == len(measure_records(notice))


def test_unit_records_include_task_table_rows() -> None:
    notice = shpolicy.parse(CORPORA / "2020-service-trade-pilot.zh.txt")
    rows = [r for r in unit_records(notice) if r["origin"] == "attachment"]
    table = attachment_row_records(notice)
    assert table, "the 2020 plan has a task table"
    assert len(rows) == sum(len(r["units"]) for r in table)
    assert any(r["measure_id"] for r in rows) and all(r["canonical"] or r["name"] for r in rows)


def test_unit_edges_point_from_lead_to_support(notice: shpolicy.Notice) -> None:
    edges = unit_edges(notice)
    directed = [e for e in edges if e["directed"]]
    assert all((e["from_role"], e["to_role"]) == ("lead", "support") for e in directed)
    assert all(e["from_unit"] < e["to_unit"] for e in edges if not e["directed"])


def test_frames(notice: shpolicy.Notice) -> None:
    pytest.importorskip("pandas")
    frame = shpolicy.records.measures_frame([notice, notice])
    assert len(frame) == 2 * len(measure_records(notice))


def test_the_readme_pandas_example_runs(monkeypatch: pytest.MonkeyPatch) -> None:
    pytest.importorskip("pandas")
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    blocks = [b for b in re.findall(r"```python\n(.*?)```", readme, re.DOTALL) if "pandas" in b and "out/" not in b]
    assert blocks
    monkeypatch.chdir(ROOT)
    for block in blocks:
        exec(compile(block, "README.md", "exec"), {})  # noqa: S102


def test_no_pandas_is_a_clear_error(
    notice: shpolicy.Notice, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setitem(sys.modules, "pandas", None)
    with pytest.raises(shpolicy.ShpolicyError, match="pandas is not installed"):
        shpolicy.records.units_frame([notice])
