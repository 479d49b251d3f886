"""``shpolicy corpus --engine dask`` on a small LocalCluster writes the local engine's tables."""

from __future__ import annotations

import io
import shutil
from pathlib import Path

import pytest
from conftest import CORPORA

from shpolicy.cli import main

pq = pytest.importorskip("pyarrow.parquet")
distributed = pytest.importorskip("distributed")

from shpolicy.corpus.columns import TABLES


def test_dask_writes_the_same_tables(tmp_path: Path) -> None:
    corpus = tmp_path / "in"
    corpus.mkdir()
    for lang in ("zh", "en"):
        shutil.copy(CORPORA / f"2024-digital-trade.{lang}.txt", corpus)
    shutil.copy(CORPORA / "2019-digital-trade-action-plan.zh.txt", corpus)
    local, dask = tmp_path / "local", tmp_path / "dask"
    assert main(["corpus", str(corpus), "-o", str(local)], stdout=io.StringIO()) == 0
    with distributed.LocalCluster(
        n_workers=1, threads_per_worker=1, processes=False, dashboard_address=None
    ) as cluster:
        argv = ["corpus", str(corpus), "-o", str(dask), "--engine", "dask"]
        assert main([*argv, "--scheduler", cluster.scheduler_address]) == 0
    for table in TABLES:
        written = pq.read_table(dask / f"{table}.parquet")
        assert written.schema == pq.read_schema(local / f"{table}.parquet"), table
        assert written.to_pylist() == pq.read_table(local / f"{table}.parquet").to_pylist(), table
