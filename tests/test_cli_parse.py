"""``shpolicy parse`` run in-process through ``main(argv)``."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from shpolicy.cli import main
from shpolicy.schema import Notice

ZH = str(Path(__file__).resolve().parent.parent / "corpora" / "2024-digital-trade.zh.txt")
PLAN = str(Path(__file__).resolve().parent.parent / "corpora" / "2020-service-trade-pilot.zh.txt")


def test_json_output_is_a_valid_notice(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["parse", ZH]) == 0
    notice = Notice.model_validate_json(capsys.readouterr().out)
    assert notice.source.path == ZH
    assert len(notice.sections) == 6


def test_several_files_give_a_json_array(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["parse", ZH, PLAN]) == 0
    data = json.loads(capsys.readouterr().out)
    assert [Notice.model_validate(d).source.path for d in data] == [ZH, PLAN]


def test_markdown_outline(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["parse", ZH, "--format", "markdown"]) == 0
    out = capsys.readouterr().out
    assert out.startswith("# ")
    assert out.count("\n## ") >= 6
    assert "**(二十三)**" in out


def test_output_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    target = tmp_path / "out.json"
    assert main(["parse", ZH, "-o", str(target)]) == 0
    assert capsys.readouterr().out == ""
    assert Notice.model_validate_json(target.read_text(encoding="utf-8")).language == "zh"


def test_lang_option_overrides_detection(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["parse", ZH, "--lang", "zh"]) == 0
    assert json.loads(capsys.readouterr().out)["language"] == "zh"


def test_usage_errors_exit_2(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["parse"]) == 2
    assert main(["parse", ZH, "--format", "yaml"]) == 2
    assert main(["nonsense"]) == 2
    err = capsys.readouterr().err
    assert "Traceback" not in err


def test_version_and_help(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--version"]) == 0
    assert capsys.readouterr().out.startswith("shpolicy ")
    assert main(["--help"]) == 0
    assert "parse" in capsys.readouterr().out
