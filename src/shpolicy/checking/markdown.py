"""A :class:`~.model.Report` as a Markdown summary, for a pull-request comment or a job summary.

It opens with one line that says whether the check passed, then a table per
translation: errors first, each with its code, the translation's line and
the message; warnings and info follow folded in a ``<details>`` block so a
long list does not bury the errors.  Table cells escape ``|`` and line
breaks, so any message keeps the table whole.
"""

from __future__ import annotations

from .model import FailOn, Finding, Report, TranslationReport

__all__ = ["to_markdown"]

_ICON = {"error": "❌", "warning": "⚠️", "info": "ℹ️"}


def _cell(text: str) -> str:
    return " ".join(text.split()).replace("|", "\\|")


def _table(findings: list[Finding], translation: TranslationReport) -> list[str]:
    rows = ["| | code | line | message |", "| --- | --- | --- | --- |"]
    for f in findings:
        where = str(f.line) if f.line else "–"
        if f.file != translation.path:
            where += " (source)"
        rows.append(f"| {_ICON[f.severity]} | `{f.code}` | {where} | {_cell(f.message)} |")
    return rows


def _plural(n: int, word: str) -> str:
    return f"{n} {word}{'s' * (n != 1)}"


def to_markdown(report: Report, fail_on: FailOn = "error") -> str:
    """The report as Markdown: a verdict, then each translation's findings in a table."""
    errors, warnings = report.count("error"), report.count("warning")
    failed = fail_on != "never" and any(f.reaches(fail_on) for f in report.findings)
    verdict = "❌ failed" if failed else "✅ passed"
    heading = (
        f"### shpolicy check {verdict}: {_plural(errors, 'error')}, {_plural(warnings, 'warning')}"
    )
    lines = [
        heading,
        "",
        f"Source: `{report.source}` ({report.language}, {report.measures} measures)",
    ]
    for t in report.translations:
        lines += ["", f"#### `{t.path}` ({t.language})", ""]
        n_err = sum(1 for f in t.findings if f.severity == "error")
        n_warn = len(t.findings) - n_err
        lines.append(
            f"{t.matched}/{report.measures} source measures paired; "
            f"{_plural(n_err, 'error')}, {_plural(n_warn, 'other finding')}."
        )
        errs = [f for f in t.findings if f.severity == "error"]
        rest = [f for f in t.findings if f.severity != "error"]
        if errs:
            lines += ["", *_table(errs, t)]
        if rest:
            lines += [
                "",
                f"<details><summary>{_plural(len(rest), 'warning')} and notes</summary>",
                "",
            ]
            lines += [*_table(rest, t), "", "</details>"]
    return "\n".join(lines) + "\n"
