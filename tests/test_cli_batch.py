"""``shpolicy parse`` over many inputs: directories, globs, stdin, JSON Lines, bad files, outputs.

Every case runs in-process through ``main(argv, stdout=...)``.
"""

from __future__ import annotations

import io
import json
import sys
from pathlib import Path

import pytest
from conftest import CORPORA

from shpolicy.cli import main
from shpolicy.schema import Notice

ZH = CORPORA / "2024-digital-trade.zh.txt"
EN = CORPORA / "2024-digital-trade.en.txt"


@pytest.fixture()
def folder(tmp_path: Path) -> Path:
    """A small corpus: two notices, one in a subfolder, and a file that is no notice."""
    (tmp_path / "sub").mkdir()
    (tmp_path / "a.zh.txt").write_bytes(ZH.read_bytes())
    (tmp_path / "sub" / "b.en.txt").write_bytes(EN.read_bytes())
    (tmp_path / "notes.csv").write_text("not,a,notice\n", encoding="utf-8")
    return tmp_path


def _run(argv: list[str]) -> tuple[int, str]:
    out = io.StringIO()
    return main(argv, stdout=out), out.getvalue()


def test_a_directory_is_searched_recursively_by_extension(folder: Path) -> None:
    status, out = _run(["parse", str(folder), "--format", "jsonl"])
    assert status == 0
    paths = [json.loads(line)["source"]["path"] for line in out.splitlines()]
    assert paths == [str(folder / "a.zh.txt"), str(folder / "sub" / "b.en.txt")]


def test_a_glob_is_expanded(folder: Path) -> None:
    status, out = _run(["parse", str(folder / "**" / "*.en.txt")])
    assert status == 0
    data = json.loads(out)
    assert [d["language"] for d in data] == ["en"]  # a glob prints an array, even of one


def test_json_shape_follows_the_arguments_not_the_count(folder: Path) -> None:
    _, one = _run(["parse", str(folder / "a.zh.txt")])
    assert isinstance(json.loads(one), dict)
    _, directory = _run(["parse", str(folder / "sub")])
    assert isinstance(json.loads(directory), list) and len(json.loads(directory)) == 1


def test_stdin(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(ZH.read_bytes())))
    status, out = _run(["parse", "-"])
    assert status == 0
    notice = Notice.model_validate_json(out)
    assert notice.source.path == "<stdin>" and notice.doc_number == "沪府办发〔2024〕31号"


def test_jsonl_is_one_notice_per_line(folder: Path) -> None:
    _, out = _run(["parse", str(folder), "--format", "jsonl"])
    assert all(Notice.model_validate_json(line) for line in out.splitlines())
    assert out.count("\n") == 2


def test_a_bad_file_among_many(folder: Path, capsys: pytest.CaptureFixture[str]) -> None:
    bad = folder / "empty.txt"
    bad.write_bytes(b"")
    status, out = _run(["parse", str(folder), "--format", "jsonl"])
    assert status == 2
    assert len(out.splitlines()) == 2  # the good ones are still there
    err = capsys.readouterr().err.splitlines()
    assert err[0].startswith(f"shpolicy: {bad}: ") and "empty" in err[0]
    assert err[1] == "shpolicy: 1 of 3 files could not be parsed"
    assert "Traceback" not in "\n".join(err)


def test_a_glob_that_matches_nothing_is_reported(
    folder: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    status, out = _run(["parse", str(folder / "a.zh.txt"), str(folder / "*.pdf")])
    assert status == 2
    assert len(json.loads(out)) == 1
    assert "no file matches" in capsys.readouterr().err


@pytest.mark.parametrize(
    "argv",
    [
        ["parse", str(ZH)],
        ["parse", str(ZH), "--format", "jsonl"],
        ["align", str(ZH), str(EN)],
        ["check", str(ZH), str(EN)],
        ["units"],
        ["schema"],
    ],
)
def test_an_output_that_cannot_be_written(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], argv: list[str]
) -> None:
    target = tmp_path / "missing" / "out.json"
    status, out = _run([*argv, "-o", str(target)])
    assert status == 2
    assert out == ""
    err = capsys.readouterr().err
    assert err.splitlines() == [f"shpolicy: {target}: cannot be written: no such directory"]
