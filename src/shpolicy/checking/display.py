"""How a check report shows in a terminal and a notebook: one-line reprs and a table of findings.

A report's field dump holds every alignment pair; the repr gives what a
reader looks for first (matched measures and findings by severity per
translation), ``_repr_html_`` the findings.  The JSON form is untouched.
"""

from __future__ import annotations

from typing import Any

from ..schema.display import html_table, plural, short

# The models call these, so the arguments are typed loosely: importing the models here
# would be a cycle.

__all__ = ["finding_repr", "report_html", "report_repr", "translation_html", "translation_repr"]

_SEVERITIES = ("error", "warning", "info")
_HEAD = ("severity", "code", "source", "target", "file", "line", "message")


def finding_repr(f: Any) -> str:
    where = f"{f.file}:{f.line}" if f.line else f.file
    ids = " ".join(f"{side} {v}" for side, v in (("source", f.source), ("target", f.target)) if v)
    return f"<Finding {f.severity} {f.code} {ids} at {where}: {short(f.message, 60)!r}>"


def _counts(t: Any) -> str:
    n = {s: sum(1 for f in t.findings if f.severity == s) for s in _SEVERITIES}
    counts = [plural(n["error"], "error"), plural(n["warning"], "warning")]
    counts += [f"{n['info']} info"] if n["info"] else []
    total = len({p.source for p in t.alignment.pairs if p.source is not None})
    return f"{t.matched}/{total} source measures matched, {', '.join(counts)}"


def translation_repr(t: Any) -> str:
    return f"<TranslationReport {t.language} {t.path}: {_counts(t)}>"


def report_repr(r: Any) -> str:
    parts = "; ".join(f"{t.language} {_counts(t)}" for t in r.translations)
    body = parts or "no translation"
    return f"<Report {r.language} {r.source}, {plural(r.measures, 'measure')}: {body}>"


def _rows(t: Any) -> list[tuple[object, ...]]:
    return [(f.severity, f.code, f.source, f.target, f.file, f.line, f.message) for f in t.findings]


def translation_html(t: Any) -> str:
    return html_table(translation_repr(t), _HEAD, _rows(t))


def report_html(r: Any) -> str:
    return "".join(translation_html(t) for t in r.translations) or html_table(
        report_repr(r), _HEAD, []
    )
