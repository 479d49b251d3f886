"""The work of one task of a corpus run: parse its files and turn them into table rows.

:func:`process` runs in a worker (a process of the pool, or a Dask worker);
it takes only paths and returns a :class:`Result` of plain tuples, small to
send back, so that the writer can stream them to disk and nothing holds the
corpus.  A file that cannot be parsed becomes an error entry, never an
exception that would stop the run.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from .. import records
from ..errors import ShpolicyError
from .columns import TABLES

if TYPE_CHECKING:
    from ..checking import Report
    from ..schema import Language, Notice
    from ..sources import Errors

__all__ = ["Result", "notice_rows", "process"]

Rows = dict[str, list[tuple[Any, ...]]]

_PER_NOTICE: dict[str, Callable[[Notice], list[dict[str, Any]]]] = {
    "notices": lambda n: [records.notice_record(n)],
    "sections": records.section_records,
    "measures": records.measure_records,
    "units": records.unit_records,
    "unit_edges": records.unit_edges,
    "attachment_rows": records.attachment_row_records,
    "warnings": records.warning_records,
}
_NAMES = {table: tuple(c.name for c in columns) for table, columns in TABLES.items()}


@dataclass
class Result:
    """What a task gives back: rows per table, files parsed, and files that failed.

    ``versions`` holds ``(path, language, doc_number)`` of each file parsed
    alone, for pairing versions by document number once every task is done.
    """

    rows: Rows = field(default_factory=dict)
    parsed: int = 0
    errors: list[tuple[str, str]] = field(default_factory=list)
    versions: list[tuple[str, str, str | None]] = field(default_factory=list)

    def add(self, table: str, dicts: list[dict[str, Any]]) -> None:
        names = _NAMES[table]
        self.rows.setdefault(table, []).extend(tuple(d[c] for c in names) for d in dicts)


def notice_rows(notice: Notice, result: Result) -> None:
    """Add the rows of every per-notice table for ``notice`` to ``result``."""
    for table, rows_of in _PER_NOTICE.items():
        result.add(table, rows_of(notice))


def _report_rows(report: Report, notices: dict[str, Notice], result: Result) -> None:
    source = notices[report.source]
    for translation in report.translations:
        key = records.notice_key(notices[translation.path])
        link = {"source_path": source.source.path}
        pairs = [
            {
                **key,
                **link,
                "source_sha256": source.source.sha256,
                "source_language": source.language,
                "source_measure": p.source,
                "target_measure": p.target,
                "link": p.link,
                "score": p.score,
                "numbering": p.signals.numbering if p.signals else None,
                "content": p.signals.content if p.signals else None,
            }
            for p in translation.alignment.pairs
        ]
        result.add("alignments", pairs)
        findings = [
            {
                **key,
                **link,
                "code": str(f.code),
                "severity": f.severity,
                "scope": f.scope,
                "source_id": f.source,
                "target_id": f.target,
                "message": f.message,
                "file": f.file,
                "line": f.line,
            }
            for f in translation.findings
        ]
        result.add("findings", findings)


def _problem(exc: Exception) -> str:
    if isinstance(exc, ShpolicyError):
        return exc.problem
    return f"parser failed ({type(exc).__name__}: {exc}); please report this file"


def process(
    groups: Sequence[Sequence[str]],
    lang: Language | None = None,
    errors: Errors = "strict",
    *,
    pairs_only: bool = False,
) -> Result:
    """Parse every file of ``groups``; align and check each group of language versions.

    With ``pairs_only`` the files' own rows are not given again (they were
    written in the first pass): only the alignments and findings of each group.
    """
    from ..api import check, parse

    result = Result()
    for group in groups:
        parsed: dict[str, Notice] = {}
        for path in group:
            try:
                notice = parse(path, lang=lang, errors=errors)
            except Exception as exc:  # noqa: BLE001 - one bad file must not stop a corpus
                result.errors.append((path, _problem(exc)))
                continue
            parsed[path] = notice
            if pairs_only:
                continue
            notice_rows(notice, result)
            result.parsed += 1
            if len(group) == 1:
                result.versions.append((path, str(notice.language), notice.doc_number))
        source = group[0]
        if source in parsed and len(parsed) > 1:
            try:
                report = check(parsed[source], *(parsed[p] for p in group[1:] if p in parsed))
            except Exception as exc:  # noqa: BLE001 - reported, and the notices are kept
                result.errors.append((source, f"could not be checked: {_problem(exc)}"))
            else:
                _report_rows(report, parsed, result)
    return result
