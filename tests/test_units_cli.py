"""``shpolicy units``: list the registry, resolve names, exit 1 when one does not resolve."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest

from shpolicy.cli import main


def run(*argv: str) -> tuple[int, str]:
    out = io.StringIO()
    status = main(["units", *argv], stdout=out)
    return status, out.getvalue()


def test_without_names_it_lists_the_registry() -> None:
    status, out = run()
    assert status == 0
    assert "市商务委  上海市商务委员会" in out
    assert "Municipal Commission of Commerce" in out
    assert "상하이시 상무위원회" in out
    assert "aliases: 人民银行上海总部" in out


def test_listing_one_language() -> None:
    _, out = run("--lang", "en")
    assert "Municipal Commerce Commission" in out
    assert "상하이시 상무위원회" not in out


def test_listing_as_json() -> None:
    status, out = run("--format", "json")
    assert status == 0
    entries = json.loads(out)
    commerce = next(e for e in entries if e["canonical"] == "市商务委")
    assert commerce["full_name"] == "上海市商务委员会"
    assert "Shanghai Municipal Commission of Commerce" in commerce["english"]


def test_resolving_names_says_how() -> None:
    status, out = run("市房城乡建设管理委", "Municipal Commission of Commerce", "市经济信息委")
    assert status == 0
    lines = out.splitlines()
    assert lines[0] == "市房城乡建设管理委\t市住房城乡建设管理委\talias match of '市房城乡建设管理委'"
    assert lines[1].startswith("Municipal Commission of Commerce\t市商务委\texact match")
    assert lines[2].startswith("市经济信息委\t市经济信息化委\tfuzzy match of '市经济信息化委', score 0.9")


def test_a_name_that_does_not_resolve_exits_1_and_shows_the_nearest() -> None:
    status, out = run("市商务委", "市审记局")
    assert status == 1
    line = out.splitlines()[1]
    assert line.startswith("市审记局\tnot resolved; nearest: 市审计局 (score 0.75 below 0.85)")


def test_a_rejected_close_candidate_is_explained() -> None:
    # Close in spelling, but a 市 body for a 区 one: another place.
    status, out = run("区地方金融监管局")
    assert status == 1
    assert "but another place" in out


def test_a_district_notice_resolves_its_own_bodies() -> None:
    status, out = run("--issuer", "上海市嘉定区人民政府办公室", "区水务局", "市水务局")
    assert status == 0
    first, second = out.splitlines()
    assert first == "区水务局\t嘉定区水务局\t'区水务局' in a notice of 嘉定区"
    assert second.startswith("市水务局\t市水务局\texact match")
    status, out = run("--district", "嘉定区", "各项目实施主体", "泗泾镇")
    assert status == 0
    assert "collective of implementer" in out
    assert "嘉定区泗泾镇\ta 镇 by the form of its name" in out


def test_the_date_chooses_between_bodies_of_one_name() -> None:
    _, before = run("--date", "2016-05", "市金融办")
    _, after = run("--date", "2025-01-01", "市金融办")
    assert before.startswith("市金融办\t市金融服务办\talias match of '市金融办'; succeeded by 市地方金融监管局")
    assert after.startswith("市金融办\t市委金融办\t")


def test_a_date_that_is_not_one_is_exit_2(capsys: pytest.CaptureFixture[str]) -> None:
    status, _ = run("--date", "soon", "市商务委")
    assert status == 2


def test_resolving_as_json() -> None:
    status, out = run("--format", "json", "人民银行上海总部", "市审记局")
    assert status == 1
    first, second = json.loads(out)
    assert first["canonical"] == "中国人民银行上海总部" and first["method"] == "alias"
    assert second["canonical"] is None and second["method"] == "none"
    assert second["candidates"][0]["canonical"] == "市审计局"


def test_own_registry_file(tmp_path: Path) -> None:
    path = tmp_path / "units.json"
    path.write_text('{"units": [{"canonical": "区土储中心"}]}', encoding="utf-8")
    status, out = run("--registry", str(path), "区土储中心")
    assert status == 0 and "\t区土储中心\texact match" in out


def test_a_broken_registry_file_is_one_line_and_exit_2(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "units.json"
    path.write_text("{not json", encoding="utf-8")
    status, out = run("--registry", str(path), "市商务委")
    assert status == 2 and out == ""
    err = capsys.readouterr().err
    assert len(err.strip().splitlines()) == 1 and "not valid JSON" in err
    assert "Traceback" not in err
