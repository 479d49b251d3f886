"""The example notebook, docs/units-notebook.py, runs and finds what the corpora say."""

from __future__ import annotations

import runpy
import time
from pathlib import Path
from typing import Any

import pytest

pytest.importorskip("networkx")
pytest.importorskip("matplotlib")
pytest.importorskip("pandas")

NOTEBOOK = Path(__file__).resolve().parent.parent / "docs" / "units-notebook.py"


@pytest.fixture(scope="module")
def results(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    out = tmp_path_factory.mktemp("notebook")
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("SHPOLICY_NOTEBOOK_OUT", str(out))
        started = time.perf_counter()
        found = runpy.run_path(str(NOTEBOOK), run_name="__main__")
        found["_seconds"] = time.perf_counter() - started
    return found


def test_it_runs_quickly(results: dict[str, Any]) -> None:
    assert results["_seconds"] < 10


def test_the_2024_notice_names_the_commerce_commission_most(results: dict[str, Any]) -> None:
    # 16 of the 23 （责任单位：…） clauses of corpora/2024-digital-trade.zh.txt name
    # 市商务委, 11 of them first; 临港新片区管委会 comes next with 10 clauses.
    assert results["most_named_2024"] == "市商务委"


def test_leads_come_only_from_stated_roles(results: dict[str, Any]) -> None:
    leads = results["top_leads"]
    assert len(leads) > 0
    # the housing and construction commission leads most in the real corpus
    assert leads.index[0] == "市住房城乡建设管理委"
    # the three plans state no roles, so their bodies never count as leads
    plans = results["plan_units"]
    assert plans["role"].isna().all()


def test_the_network_plot_is_written(results: dict[str, Any]) -> None:
    png = results["network_png"]
    assert png.is_file()
    assert png.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    assert results["graph"].number_of_nodes() > 25


def test_the_shift_between_plans(results: dict[str, Any]) -> None:
    shift = results["shift"]
    assert list(shift.columns[:3]) == ["2019", "2020", "2024"]
    # the data bureau was founded in 2024: only the 2024 plan can name it
    assert "市数据局" in results["only_2024"]
    assert shift.loc["市商务委", "2024"] == 16
