"""Writing a :class:`~.model.Report`: text for people, JSON, GitHub annotations, JUnit XML.

The text format groups findings by measure and shows the source and the
translation side by side, shortened, so a translator sees what each finding
is about without opening both files.  ``github`` prints workflow commands
that GitHub Actions shows as annotations on the lines of the pull request;
``junit`` writes one test case per source measure, failed by findings that
reach ``--fail-on``, which CI systems display as test results.  SARIF
(:mod:`.sarif`) and Markdown (:mod:`.markdown`) have modules of their own.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Mapping
from xml.etree import ElementTree as ET

from ..schema import Measure, Notice, Section
from .model import FailOn, Finding, Report, TranslationReport

__all__ = ["FORMATS", "to_github", "to_json", "to_junit", "to_text"]

#: Every format ``check`` writes; ``sarif`` and ``markdown`` live in modules of their own.
FORMATS = ("text", "json", "github", "junit", "sarif", "markdown")
_COLUMN = 46


def to_json(report: Report) -> str:
    """The report as JSON (``Report.model_json_schema()`` describes it)."""
    return report.model_dump_json(indent=2) + "\n"


# Text -----------------------------------------------------------------------


def _width(text: str) -> int:
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in text)


def _fit(text: str, width: int) -> str:
    """``text`` on one line, cut and padded to ``width`` display columns."""
    flat = " ".join(text.split())
    if _width(flat) > width:
        out, used = [], 0
        for char in flat:
            w = _width(char)
            if used + w > width - 1:
                break
            out.append(char)
            used += w
        flat = "".join(out) + "…"
    return flat + " " * (width - _width(flat))


def _measure_line(measure: Measure | None) -> str:
    return f"{measure.id} {measure.label} {measure.text}" if measure else "—"


def _section_line(section: Section | None) -> str:
    return f"{section.id} {section.label}{section.title}" if section else "—"


def _groups(
    translation: TranslationReport,
) -> list[tuple[tuple[str, str | None, str | None], list[Finding]]]:
    pairs = translation.alignment.pairs
    by_source: dict[str | None, str | None] = {p.source: p.target for p in pairs if p.source}
    by_target: dict[str | None, str | None] = {p.target: p.source for p in pairs if p.target}
    sections = translation.alignment.sections
    sec_source: dict[str | None, str | None] = {p.source: p.target for p in sections if p.source}
    sec_target: dict[str | None, str | None] = {p.target: p.source for p in sections if p.target}
    groups: dict[tuple[str, str | None, str | None], list[Finding]] = {}
    for finding in translation.findings:
        src, tgt = finding.source, finding.target
        if finding.scope == "measure":
            src = src if src is not None else by_target.get(tgt)
            tgt = tgt if tgt is not None else by_source.get(src)
        elif finding.scope == "section":
            src = src if src is not None else sec_target.get(tgt)
            tgt = tgt if tgt is not None else sec_source.get(src)
        else:
            src = tgt = None
        groups.setdefault((finding.scope, src, tgt), []).append(finding)
    return list(groups.items())


def _finding_line(finding: Finding, translation: TranslationReport) -> str:
    where = f"line {finding.line}" if finding.line else "-"
    if finding.line and finding.file != translation.path:
        where += " (source)"
    return f"    {finding.severity:<8} {finding.code:<18} {where:<18} {finding.message}"


def to_text(report: Report, notices: Mapping[str, Notice]) -> str:
    """Findings grouped by measure, the two versions side by side; ``notices`` keyed by path."""
    source = notices[report.source]
    lines = [f"source: {report.source} ({report.language}, {report.measures} measures)"]
    for translation in report.translations:
        target = notices[translation.path]
        errors = sum(1 for f in translation.findings if f.severity == "error")
        warnings = sum(1 for f in translation.findings if f.severity == "warning")
        lines.append("")
        lines.append(
            f"{translation.path} ({translation.language}): {translation.matched}/{report.measures} "
            f"source measures paired; {errors} error{'s' * (errors != 1)}, "
            f"{warnings} warning{'s' * (warnings != 1)}"
        )
        src_measures = {m.id: m for m in source.iter_measures()}
        tgt_measures = {m.id: m for m in target.iter_measures()}
        src_sections = {s.id: s for s in source.sections}
        tgt_sections = {s.id: s for s in target.sections}
        for (scope, src, tgt), findings in _groups(translation):
            lines.append("")
            if scope == "measure":
                left = _measure_line(src_measures.get(src or ""))
                right = _measure_line(tgt_measures.get(tgt or ""))
                lines.append(f"  {_fit(left, _COLUMN)} │ {_fit(right, _COLUMN).rstrip()}")
            elif scope == "section":
                left = _section_line(src_sections.get(src or ""))
                right = _section_line(tgt_sections.get(tgt or ""))
                lines.append(
                    f"  {_fit('section ' + left, _COLUMN)} │ {_fit('section ' + right, _COLUMN).rstrip()}"
                )
            else:
                lines.append("  document")
            lines += [_finding_line(f, translation) for f in findings]
    total_errors, total_warnings = report.count("error"), report.count("warning")
    lines.append("")
    lines.append(
        f"{total_errors} error{'s' * (total_errors != 1)}, "
        f"{total_warnings} warning{'s' * (total_warnings != 1)}, {report.count('info')} info"
    )
    return "\n".join(lines) + "\n"


# GitHub ---------------------------------------------------------------------

_GITHUB_LEVEL = {"error": "error", "warning": "warning", "info": "notice"}


def _escape_data(text: str) -> str:
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def _escape_property(text: str) -> str:
    return _escape_data(text).replace(":", "%3A").replace(",", "%2C")


def to_github(report: Report) -> str:
    """GitHub Actions workflow commands, one annotation per finding."""
    lines = []
    for finding in report.findings:
        place = finding.target or finding.source
        title = f"{finding.code} ({place})" if place else finding.code
        props = [f"file={_escape_property(finding.file)}"]
        if finding.line:
            props.append(f"line={finding.line}")
        props.append(f"title={_escape_property(title)}")
        lines.append(
            f"::{_GITHUB_LEVEL[finding.severity]} {','.join(props)}::{_escape_data(finding.message)}"
        )
    lines.append(
        f"shpolicy check: {report.count('error')} errors, {report.count('warning')} warnings, "
        f"{report.count('info')} info"
    )
    return "\n".join(lines) + "\n"


# JUnit ----------------------------------------------------------------------


def _case_name(scope: str, ident: str | None, notice: Notice) -> str:
    if scope == "section" and ident is not None:
        section = next((s for s in notice.sections if s.id == ident), None)
        return f"section {ident} {section.label}{section.title}" if section else f"section {ident}"
    if ident is None:
        return "document"
    measure = next((m for m in notice.iter_measures() if m.id == ident), None)
    return f"measure {ident} {measure.label} {measure.title}" if measure else f"measure {ident}"


def to_junit(report: Report, notices: Mapping[str, Notice], fail_on: FailOn = "error") -> str:
    """JUnit XML: a test suite per translation, a test case per source measure.

    Findings that reach ``fail_on`` are ``<failure>`` elements; the others are
    listed in the case's ``<system-out>``.  Findings about a section or the
    whole document get a case of their own.
    """
    source = notices[report.source]

    def fails(finding: Finding) -> bool:
        return fail_on != "never" and finding.reaches(fail_on)

    root = ET.Element("testsuites", name="shpolicy check")
    total_tests = total_failures = 0
    for translation in report.translations:
        cases: dict[tuple[str, str | None], list[Finding]] = {
            ("measure", m.id): [] for m in source.iter_measures()
        }
        by_target: dict[str | None, str | None] = {
            p.target: p.source for p in translation.alignment.pairs if p.target
        }
        for finding in translation.findings:
            if finding.scope == "measure":
                ident = (
                    finding.source if finding.source is not None else by_target.get(finding.target)
                )
                key: tuple[str, str | None] = ("measure", ident) if ident else ("document", None)
            elif finding.scope == "section" and finding.source is not None:
                key = ("section", finding.source)
            else:
                key = ("document", None)
            cases.setdefault(key, []).append(finding)
        failures = sum(1 for fs in cases.values() if any(fails(f) for f in fs))
        suite = ET.SubElement(
            root,
            "testsuite",
            name=translation.path,
            tests=str(len(cases)),
            failures=str(failures),
            errors="0",
        )
        total_tests += len(cases)
        total_failures += failures
        for (scope, ident), findings in cases.items():
            case = ET.SubElement(
                suite,
                "testcase",
                classname=translation.path,
                name=_case_name(scope, ident, source),
            )
            for finding in findings:
                if fails(finding):
                    failure = ET.SubElement(
                        case, "failure", type=finding.code, message=finding.message
                    )
                    failure.text = (
                        f"{finding.severity} {finding.code} at {finding.file}:{finding.line or ''}"
                    )
            others = [f for f in findings if not fails(f)]
            if others:
                out = ET.SubElement(case, "system-out")
                out.text = "\n".join(
                    f"{f.severity} {f.code} {f.file}:{f.line or ''} {f.message}" for f in others
                )
    root.set("tests", str(total_tests))
    root.set("failures", str(total_failures))
    ET.indent(root)
    return '<?xml version="1.0" encoding="UTF-8"?>\n' + ET.tostring(root, encoding="unicode") + "\n"
