"""What CI relies on in ``shpolicy check``: the language check, exit status, and every format.

A translation that is the untouched source (or mostly is) must fail with a
clear ``wrong-language`` error; findings stand on the translation's lines;
one run writes several reports; the SARIF log validates against the official
SARIF 2.1.0 JSON Schema (``tests/data/sarif``, kept unchanged), and the same
validator rejects a log that breaks it.
"""

from __future__ import annotations

import copy
import hashlib
import io
import json
from collections.abc import Callable
from importlib.util import find_spec
from pathlib import Path
from typing import Any
from xml.etree import ElementTree as ET

import pytest

from shpolicy import parse
from shpolicy.checking import exit_status
from shpolicy.checking.checker import check_translations, language_from_name
from shpolicy.checking.markdown import to_markdown
from shpolicy.checking.model import Report
from shpolicy.checking.sarif import to_sarif
from shpolicy.cli import main

ROOT = Path(__file__).resolve().parent.parent
CORPORA = ROOT / "corpora"
ZH = CORPORA / "2024-digital-trade.zh.txt"
EN = CORPORA / "2024-digital-trade.en.txt"
KO = CORPORA / "2024-digital-trade.ko.txt"
SCHEMA = Path(__file__).resolve().parent / "data" / "sarif" / "sarif-schema-2.1.0.json"
# The schema file as published (tests/data/sarif/README.md): a changed byte fails here.
SCHEMA_SHA256 = "7c9688f0a1c4a4e1649ecc78521087e664729c1dff56ee8212ff195c7b16132a"


def run(*argv: str | Path) -> tuple[int, str]:
    out = io.StringIO()
    return main([str(a) for a in argv], stdout=out), out.getvalue()


@pytest.fixture(scope="module")
def copy_en(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("copy") / "2024-digital-trade.en.txt"
    path.write_bytes(ZH.read_bytes())
    return path


def test_an_untranslated_copy_named_as_english_fails_with_a_language_error(copy_en: Path) -> None:
    status, out = run("check", ZH, copy_en)
    assert status == 1
    assert "wrong-language" in out and "in Chinese" in out and "should be in English" in out
    assert "1 error, 0 warnings" in out


def test_a_translation_mostly_in_the_source_language_is_the_wrong_language(tmp_path: Path) -> None:
    # Sections 一 to 五 (19 of 23 measures) of the Chinese, then the English from section V on.
    zh_lines = ZH.read_text(encoding="utf-8").split("\n")
    en_lines = EN.read_text(encoding="utf-8").split("\n")
    cut_zh = next(n for n, line in enumerate(zh_lines) if line.startswith("六、"))
    cut_en = next(n for n, line in enumerate(en_lines) if line.startswith("V. "))
    mixed = tmp_path / "mixed.en.txt"
    mixed.write_text("\n".join(en_lines[:cut_en] + zh_lines[cut_zh:]), encoding="utf-8")
    half = tmp_path / "half.en.txt"
    half.write_text("\n".join(zh_lines[:cut_zh] + en_lines[cut_en:]), encoding="utf-8")
    report = check_translations(parse(ZH), parse(mixed), parse(half))
    codes = [[f.code for f in t.findings] for t in report.translations]
    assert "wrong-language" not in codes[0]  # a few measures left in Chinese are `untranslated`
    assert "wrong-language" in codes[1]


def test_the_expected_language_comes_from_lang_or_the_file_name() -> None:
    assert language_from_name("notices/a.en.txt") == "en"
    assert language_from_name("a.ko.reflowed.md") == "ko"
    assert language_from_name("a.zh-hant.txt") == "zh"
    assert language_from_name("notes.txt") is None
    status, out = run("check", ZH, EN, "--lang", "ko")
    assert status == 1 and "not in Korean as expected" in out
    assert run("check", ZH, EN, "--lang", "en", "--fail-on", "never")[0] == 0


def test_fail_on_never_reports_and_exits_zero(copy_en: Path) -> None:
    status, out = run("check", ZH, copy_en, "--fail-on", "never")
    assert status == 0 and "wrong-language" in out


def test_one_run_writes_several_reports(tmp_path: Path) -> None:
    junit, sarif, md, js = (tmp_path / n for n in ("r.xml", "r.sarif", "r.md", "r.json"))
    status, out = run(
        "check", ZH, EN, KO, "--format", "github",
        "--junit", junit, "--sarif", sarif, "--markdown", md, "--json", js,
    )  # fmt: skip
    assert status == 1
    assert out.startswith("::") and "::error file=" in out
    assert ET.parse(junit).getroot().tag == "testsuites"
    assert json.loads(sarif.read_text(encoding="utf-8"))["version"] == "2.1.0"
    assert md.read_text(encoding="utf-8").startswith("### shpolicy check ❌ failed")
    assert len(json.loads(js.read_text(encoding="utf-8"))["translations"]) == 2


def test_findings_stand_on_the_translation_lines_with_the_source_location_in_the_message() -> None:
    report = check_translations(parse(ZH), parse(EN), parse(KO))
    for translation in report.translations:
        for finding in translation.findings:
            assert finding.file == translation.path, finding
            assert finding.line is not None and finding.line >= 1
    [section] = [f for f in report.findings if f.code == "missing-section"]
    assert "source line 145" in section.message


@pytest.fixture(scope="module")
def sarif_validator() -> Any:
    jsonschema = pytest.importorskip("jsonschema")
    schema = json.loads(SCHEMA.read_text(encoding="utf-8"))
    assert schema["$schema"] == "http://json-schema.org/draft-07/schema#"
    jsonschema.Draft7Validator.check_schema(schema)
    return jsonschema.Draft7Validator(
        schema, format_checker=jsonschema.Draft7Validator.FORMAT_CHECKER
    )


@pytest.fixture(scope="module")
def sarif_report(copy_en: Path) -> tuple[Report, dict[str, Any]]:
    # Paths relative to the repository, as a CI job gives them, and one absolute.
    with pytest.MonkeyPatch.context() as mp:
        mp.chdir(ROOT)
        report = check_translations(
            *(parse(p.relative_to(ROOT)) for p in (ZH, EN, KO)), parse(copy_en)
        )
    return report, json.loads(to_sarif(report))


@pytest.fixture(scope="module")
def sarif_log(sarif_report: tuple[Report, dict[str, Any]]) -> dict[str, Any]:
    return sarif_report[1]


def test_the_sarif_schema_is_the_official_one_unchanged() -> None:
    assert hashlib.sha256(SCHEMA.read_bytes()).hexdigest() == SCHEMA_SHA256
    schema = json.loads(SCHEMA.read_text(encoding="utf-8"))
    assert schema["$id"] == (
        "https://raw.githubusercontent.com/oasis-tcs/sarif-spec/master/Schemata/"
        "sarif-schema-2.1.0.json"
    )


def test_sarif_validates_against_the_sarif_schema(
    copy_en: Path, sarif_validator: Any, sarif_report: tuple[Report, dict[str, Any]]
) -> None:
    report, log = sarif_report
    sarif_validator.validate(log)
    results = log["runs"][0]["results"]
    assert len(results) == len(report.findings)
    rules = log["runs"][0]["tool"]["driver"]["rules"]
    uris = set()
    for result in results:
        assert rules[result["ruleIndex"]]["id"] == result["ruleId"]
        location = result["locations"][0]["physicalLocation"]
        assert location["region"]["startLine"] >= 1
        uris.add(location["artifactLocation"]["uri"])
    assert uris == {
        "corpora/2024-digital-trade.en.txt",
        "corpora/2024-digital-trade.ko.txt",
        copy_en.as_uri(),
    }
    assert {r["level"] for r in results} <= {"error", "warning", "note"}
    assert any(r["ruleId"] == "wrong-language" for r in results)


def _result(log: dict[str, Any]) -> dict[str, Any]:
    result: dict[str, Any] = log["runs"][0]["results"][0]
    return result


def _region(log: dict[str, Any]) -> dict[str, Any]:
    region: dict[str, Any] = _result(log)["locations"][0]["physicalLocation"]["region"]
    return region


def _artifact(log: dict[str, Any]) -> dict[str, Any]:
    artifact: dict[str, Any] = _result(log)["locations"][0]["physicalLocation"]["artifactLocation"]
    return artifact


_NEEDS_URI_CHECK = pytest.mark.skipif(
    find_spec("rfc3986_validator") is None, reason="uri formats need rfc3986-validator"
)

# Each breaks the log in one place, and the error must point at that place.
BREAKAGES: list[Any] = [
    pytest.param(lambda log: _result(log).update(level="fatal"), "level", id="level-fatal"),
    pytest.param(lambda log: _region(log).update(startLine=0), "startLine", id="start-line-0"),
    pytest.param(lambda log: _result(log).pop("message"), None, id="no-message"),
    pytest.param(lambda log: _result(log).update(line=3), None, id="unknown-property"),
    pytest.param(lambda log: log.update(version="2.0.0"), "version", id="version-2.0.0"),
    pytest.param(
        lambda log: _artifact(log).update(uri="corpora/a b.en.txt"),
        "uri",
        id="uri-with-a-space",
        marks=_NEEDS_URI_CHECK,
    ),
]


@pytest.mark.parametrize(("breakage", "key"), BREAKAGES)
def test_the_same_validator_rejects_a_broken_sarif_log(
    sarif_validator: Any,
    sarif_log: dict[str, Any],
    breakage: Callable[[dict[str, Any]], object],
    key: str | None,
) -> None:
    assert sarif_validator.is_valid(sarif_log)
    broken = copy.deepcopy(sarif_log)
    breakage(broken)
    errors = list(sarif_validator.iter_errors(broken))
    assert errors, "the broken log validated"
    paths = [list(error.absolute_path) for error in errors]
    if key is None:  # required or additional property: the error stands on the result
        assert ["runs", 0, "results", 0] in paths, paths
    else:
        assert any(path[-1:] == [key] for path in paths), paths


def test_markdown_summary_keeps_its_tables_whole() -> None:
    report = check_translations(parse(ZH), parse(EN), parse(KO))
    text = to_markdown(report)
    assert text.startswith("### shpolicy check ❌ failed:")
    assert "<details>" in text and "| ❌ | `missing-section` | 20 |" in text
    for line in text.split("\n"):
        if line.startswith("| "):
            assert line.count(" | ") - line.count("\\|") >= 3
    assert to_markdown(report, "never").startswith("### shpolicy check ✅ passed")
    assert exit_status(report, "never") == 0


def test_every_code_and_format_is_documented_in_ci_md() -> None:
    from shpolicy.checking import CODES
    from shpolicy.checking.formats import FORMATS

    doc = (ROOT / "docs" / "ci.md").read_text(encoding="utf-8")
    for code in CODES:
        assert f"| `{code}` |" in doc, code
    for fmt in FORMATS:
        assert f"* `{fmt}`" in doc, fmt
