"""``shpolicy corpus``: Parquet tables that follow docs/tables.md, incremental runs, bad files, jobs."""

from __future__ import annotations

import io
import re
import shutil
from hashlib import sha256
from pathlib import Path

import pytest
from conftest import CORPORA, ROOT

from shpolicy.cli import main

pq = pytest.importorskip("pyarrow.parquet")

from shpolicy.corpus.columns import TABLES, tables_markdown


def make_corpus(root: Path) -> Path:
    """Three language versions of the 2024 notice, the 2020 plan in a subfolder, a README."""
    root.mkdir(parents=True, exist_ok=True)
    for lang in ("zh", "en", "ko"):
        shutil.copy(CORPORA / f"2024-digital-trade.{lang}.txt", root)
    (root / "plans").mkdir(exist_ok=True)
    shutil.copy(CORPORA / "2020-service-trade-pilot.zh.txt", root / "plans")
    (root / "README.md").write_text("# not a notice\n", encoding="utf-8")
    return root


def read(out: Path, table: str) -> list[dict[str, object]]:
    rows: list[dict[str, object]] = pq.read_table(out / f"{table}.parquet").to_pylist()
    return rows


@pytest.fixture(scope="module")
def run(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    base = tmp_path_factory.mktemp("corpus")
    corpus, out = make_corpus(base / "in"), base / "out"
    assert main(["corpus", str(corpus), "-o", str(out), "--csv"], stdout=io.StringIO()) == 0
    return corpus, out


def test_docs_tables_md_is_the_table_schema() -> None:
    assert (ROOT / "docs" / "tables.md").read_text(encoding="utf-8") == tables_markdown()


def test_written_columns_follow_the_schema(run: tuple[Path, Path]) -> None:
    _, out = run
    for table, columns in TABLES.items():
        schema = pq.read_schema(out / f"{table}.parquet")
        assert schema.names == [c.name for c in columns], table
        header = (out / f"{table}.csv").read_text(encoding="utf-8").splitlines()[0]
        assert header.split(",") == [c.name for c in columns], table


def test_tables_hold_the_corpus(run: tuple[Path, Path]) -> None:
    corpus, out = run
    notices = read(out, "notices")
    assert len(notices) == 4  # the README is no notice
    assert {n["language"] for n in notices} == {"zh", "en", "ko"}
    assert sum(int(n["measures"]) for n in notices) == len(read(out, "measures"))  # type: ignore[call-overload]
    units = read(out, "units")
    assert {u["origin"] for u in units} == {"measure", "attachment"}
    assert read(out, "attachment_rows") and read(out, "unit_edges")
    pairs = read(out, "alignments")
    zh = str(corpus / "2024-digital-trade.zh.txt")
    assert {p["source_path"] for p in pairs} == {zh}
    assert {p["language"] for p in pairs} == {"en", "ko"}
    assert all(f["source_path"] == zh for f in read(out, "findings"))


def test_a_second_run_skips_unchanged_files(
    run: tuple[Path, Path], capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    corpus, first = run
    out = tmp_path / "out"
    shutil.copytree(first, out)
    capsys.readouterr()
    assert main(["corpus", str(corpus), "-o", str(out)]) == 0
    assert "0 parsed, 4 unchanged, 0 failed" in capsys.readouterr().err
    # A changed file is parsed again and its earlier rows replaced.
    plan = corpus / "plans" / "2020-service-trade-pilot.zh.txt"
    changed = tmp_path / "in" / "plans"
    shutil.copytree(corpus, tmp_path / "in")
    (changed / plan.name).write_bytes(plan.read_bytes() + b"\n<!-- v2 -->\n")
    out2 = tmp_path / "out2"
    shutil.copytree(first, out2)
    assert main(["corpus", str(tmp_path / "in"), "-o", str(out2)]) == 0
    assert "1 parsed, 3 unchanged" in capsys.readouterr().err
    assert len(read(out2, "notices")) == 5  # the first run's four files, and the changed plan
    assert len(read(out2, "measures")) == len(read(first, "measures")) + len(
        [m for m in read(first, "measures") if str(m["path"]).endswith(plan.name)]
    )


def test_a_bad_file_is_reported_and_skipped(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "in").mkdir()
    shutil.copy(CORPORA / "2019-digital-trade-action-plan.zh.txt", tmp_path / "in")
    (tmp_path / "in" / "empty.txt").write_bytes(b"")
    assert main(["corpus", str(tmp_path / "in"), "-o", str(tmp_path / "out")]) == 2
    err = capsys.readouterr().err.splitlines()
    assert err[0].startswith(f"shpolicy: {tmp_path / 'in' / 'empty.txt'}: ")
    assert "1 parsed, 0 unchanged, 1 failed" in err[-1]
    assert len(read(tmp_path / "out", "notices")) == 1


def test_an_output_that_cannot_be_made(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("x", encoding="utf-8")
    status = main(["corpus", str(CORPORA / "2024-digital-trade.zh.txt"), "-o", str(blocker / "o")])
    assert status == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "cannot be created" in err


def test_jobs_give_the_same_tables(run: tuple[Path, Path], tmp_path: Path) -> None:
    corpus, first = run
    out = tmp_path / "out"
    assert main(["corpus", str(corpus), "-o", str(out), "--jobs", "2"], stdout=io.StringIO()) == 0
    for table in TABLES:
        assert read(out, table) == read(first, table), table


def test_the_readme_duckdb_and_pandas_examples_run(
    run: tuple[Path, Path], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    pytest.importorskip("duckdb")
    pytest.importorskip("pandas")
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    blocks = [b for b in re.findall(r"```python\n(.*?)```", readme, re.DOTALL) if "out/" in b]
    assert blocks and any("duckdb.sql" in b for b in blocks)
    shutil.copytree(run[1], tmp_path / "out")
    monkeypatch.chdir(tmp_path)
    for block in blocks:
        exec(compile(block, "README.md", "exec"), {})  # noqa: S102


def _numbered_english(path: Path) -> None:
    # The English seed names no document number; the portal's copies often do, under the title.
    lines = (CORPORA / "2024-digital-trade.en.txt").read_text(encoding="utf-8").split("\n")
    lines.insert(2, "Hu Fu Ban Fa [2024] No. 31")
    path.write_text("\n".join(lines), encoding="utf-8")


def test_versions_are_paired_by_document_number(tmp_path: Path) -> None:
    corpus = tmp_path / "in"
    corpus.mkdir()
    zh = corpus / "hufubanfa-2024-31.txt"
    shutil.copy(CORPORA / "2024-digital-trade.zh.txt", zh)
    en = corpus / "digital-trade-english.txt"
    _numbered_english(en)
    shutil.copy(CORPORA / "2020-service-trade-pilot.zh.txt", corpus / "other.txt")
    out = tmp_path / "out"
    assert main(["corpus", str(corpus), "-o", str(out)], stdout=io.StringIO()) == 0
    pairs = read(out, "alignments")
    assert {(p["path"], p["source_path"]) for p in pairs} == {(str(en), str(zh))}
    assert len([p for p in pairs if p["link"] != "none"]) >= 23
    assert len(read(out, "notices")) == 3  # the pairing adds no notice twice
    # The source changes: it is parsed again, and the pair replaces its earlier rows.
    zh.write_bytes(zh.read_bytes() + b"\n")
    assert main(["corpus", str(corpus), "-o", str(out)], stdout=io.StringIO()) == 0
    again = read(out, "alignments")
    assert len(again) == len(pairs)
    assert {p["source_sha256"] for p in again} == {sha256(zh.read_bytes()).hexdigest()}
    drop = {"source_sha256"}
    assert [{k: v for k, v in p.items() if k not in drop} for p in again] == [
        {k: v for k, v in p.items() if k not in drop} for p in pairs
    ]
    assert len(read(out, "notices")) == 3


def test_one_number_on_two_copies_of_one_language_pairs_nothing(tmp_path: Path) -> None:
    from shpolicy.corpus.versions import pair_by_doc_number

    entries = [("a", "zh", "沪府办发〔2024〕31号"), ("b", "en", "沪府办发〔2024〕31号"),
               ("c", "en", "沪府办发〔2024〕31号"), ("d", "ko", "沪府办发〔2024〕31号"),
               ("e", "zh", None), ("f", "en", None)]
    assert pair_by_doc_number(entries) == [("a", "d")]
    assert pair_by_doc_number([("a", "zh", "x"), ("b", "zh", "x"), ("c", "en", "x")]) == []
