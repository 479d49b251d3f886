"""``check`` and ``shpolicy check``/``shpolicy align`` on the 2024 notice, in-process.

What a translator must hear about each seed was read off the files: the
English version lacks the heading of section IV (its only error) and
switches to Arabic labels for (13)–(20); the Korean version leaves measures
15–23 in Chinese, repeats them with section 六 and the closing paragraph
(lines 39–49), and gives no responsible units for measures 1–14.
"""

from __future__ import annotations

import io
import json
from pathlib import Path
from xml.etree import ElementTree as ET

import pytest
from test_align_corpus import seed

import shpolicy
from shpolicy import check
from shpolicy.checking import Report, exit_status
from shpolicy.cli import main

CORPORA = Path(__file__).resolve().parent.parent / "corpora"
ZH = str(CORPORA / "2024-digital-trade.zh.txt")
EN = str(CORPORA / "2024-digital-trade.en.txt")
KO = str(CORPORA / "2024-digital-trade.ko.txt")


def report_for(language: str) -> Report:
    return check(seed("zh"), seed(language))


def run(*argv: str) -> tuple[int, str]:
    out = io.StringIO()
    status = main(list(argv), stdout=out)
    return status, out.getvalue()


def test_english_its_only_error_is_the_missing_section_iv_heading() -> None:
    report = report_for("en")
    errors = [f for f in report.findings if f.severity == "error"]
    assert [(f.code, f.scope, f.source, f.target) for f in errors] == [
        ("missing-section", "section", "4", None)
    ]
    [error] = errors
    assert error.file.endswith("2024-digital-trade.en.txt") and error.line == 20
    assert "source line 145" in error.message
    assert "(XI)" in error.message and "line 20" in error.message
    assert exit_status(report) == 1


def test_english_arabic_labels_13_to_20_are_a_numbering_warning() -> None:
    numbering = [f for f in report_for("en").findings if f.code == "numbering"]
    assert [(f.severity, f.target, f.line) for f in numbering] == [("warning", "3.13", 22)]
    assert "(13)–(20)" in numbering[0].message and "(XIII)" in numbering[0].message


def test_korean_measures_15_to_23_are_untranslated_errors() -> None:
    untranslated = [f for f in report_for("ko").findings if f.code == "untranslated"]
    errors = [f for f in untranslated if f.severity == "error"]
    assert [f.target for f in errors] == ["5.15", "5.16", "5.17", "5.18", "5.19",
                                           "6.20", "6.21", "6.22", "6.23"]  # fmt: skip
    assert [f.line for f in errors] == list(range(28, 33)) + list(range(34, 38))
    # The heading of section 六 is in Chinese too.
    assert [(f.scope, f.target, f.severity) for f in untranslated if f not in errors] == [
        ("section", "6", "warning")
    ]


def test_korean_duplicated_passages_are_reported_line_by_line() -> None:
    duplicates = [f for f in report_for("ko").findings if f.code == "duplicate-passage"]
    assert sorted(f.line or 0 for f in duplicates) == list(range(39, 50))
    by_line = {f.line: f for f in duplicates}
    assert by_line[39].target == "5.15" and "line 28" in by_line[39].message
    assert by_line[44].scope == "section" and by_line[44].target == "6"
    # Line 49 repeats the closing paragraph of line 38.
    assert "line 38" in by_line[49].message


@pytest.mark.skipif(
    not any(m.responsible_units for m in seed("zh").iter_measures()),
    reason="the Chinese parser does not give responsible units yet",
)
def test_korean_measures_1_to_14_lack_their_responsible_units() -> None:
    missing = [f for f in report_for("ko").findings if f.code == "missing-units"]
    assert [f.source for f in missing] == [m.id for m in list(seed("zh").iter_measures())[:14]]
    assert all(f.severity == "error" for f in missing)


def test_korean_check_exits_1_and_a_notice_against_itself_is_the_wrong_language() -> None:
    assert exit_status(report_for("ko")) == 1
    status, out = run("check", ZH, ZH)
    assert status == 1 and "wrong-language" in out and "1 error, 0 warnings" in out


def test_cli_check_text_groups_findings_by_measure_side_by_side() -> None:
    status, out = run("check", ZH, EN, KO)
    assert status == 1
    assert "2024-digital-trade.en.txt (en): 23/23 source measures paired" in out
    block = out[out.index("5.15 (十五)") :].split("\n")
    # Source and translation side by side, then the findings of that measure.
    assert "│ 5.15 (十五)" in block[0]
    assert "untranslated" in block[1] and "line 28" in block[1]
    assert "duplicate-passage" in block[2] and "line 39" in block[2]


def test_cli_check_github_annotations() -> None:
    status, out = run("check", ZH, KO, "--format", "github")
    assert status == 1
    lines = out.splitlines()
    assert any(
        line.startswith(f"::error file={KO},line=28,title=untranslated (5.15)::measure (十五)")
        for line in lines
    )
    assert any(
        line.startswith(f"::warning file={KO},line=39,title=duplicate-passage") for line in lines
    )


def test_cli_check_junit_has_a_case_per_source_measure(tmp_path: Path) -> None:
    target = tmp_path / "report.xml"
    status, out = run("check", ZH, EN, "--format", "junit", "-o", str(target))
    assert (status, out) == (1, "")
    root = ET.parse(target).getroot()
    [suite] = root.findall("testsuite")
    cases = suite.findall("testcase")
    measure_cases = [c for c in cases if c.get("name", "").startswith("measure ")]
    assert len(measure_cases) == 23
    failed = [c.get("name") for c in cases if c.find("failure") is not None]
    assert failed == ["section 4 四、创新提升服务贸易"]
    assert suite.get("failures") == "1"


def test_cli_check_fail_on_warning_and_json() -> None:
    status, out = run("check", ZH, EN, "--format", "json", "--fail-on", "warning")
    assert status == 1
    data = json.loads(out)
    assert data["source"] == ZH
    [translation] = data["translations"]
    assert translation["matched"] == 23
    assert {f["code"] for f in translation["findings"]} == {"missing-section", "numbering"}


def test_cli_unusable_input_exits_2_with_one_line(capsys: pytest.CaptureFixture[str]) -> None:
    status, out = run("check", ZH, str(CORPORA / "no-such-file.txt"))
    assert (status, out) == (2, "")
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "no-such-file.txt" in err and "Traceback" not in err


def test_cli_align_json_and_text() -> None:
    status, out = run("align", ZH, KO)
    assert status == 0
    data = json.loads(out)
    assert (data["source"], data["target"]) == (ZH, KO)
    assert [p["target"] for p in data["pairs"]][:3] == ["1.1", "1.2", "1.3"]
    assert all(0 <= p["score"] <= 1 for p in data["pairs"])
    status, out = run("align", ZH, EN, "--format", "text")
    assert status == 0 and "23/23 source measures paired" in out


def test_cli_align_html_is_one_self_contained_page(tmp_path: Path) -> None:
    page = tmp_path / "align.html"
    assert run("align", ZH, EN, "--format", "html", "-o", str(page)) == (0, "")
    html = page.read_text(encoding="utf-8")
    assert html.startswith("<!DOCTYPE html>") and "<style>" in html
    for outside in ("<script", "src=", "@import", "url("):
        assert outside not in html
    assert html.count("href=") == html.count('href="#s-')  # links only to its own sections
    assert "先行先试增值电信扩大开放" in html and "Pilot and expand the opening" in html
    assert 'class="pair ok"' in html  # rows coloured by their findings, not by score
    assert "missing-section" in html  # findings marked
    assert '<td class="text" lang="zh">' in html and '<td class="text" lang="en">' in html
    assert 'id="problems"' in html and "<thead>" in html


def test_the_library_verbs_take_paths_too() -> None:
    assert shpolicy.align(ZH, KO).matched == 23
    assert shpolicy.check(ZH, KO).translations[0].language == "ko"
