"""``shpolicy check SOURCE TRANSLATION… [--format FORMAT] [--fail-on LEVEL] [--lang LANG] [-o FILE]``.

One run writes several reports: ``--format`` (with ``-o``) is the main one,
and ``--json``, ``--junit``, ``--sarif`` and ``--markdown`` each write one
more to a file, e.g. ``--format github --junit report.xml --sarif check.sarif``.

Exit status: 0 when no finding reaches ``--fail-on`` (always with
``--fail-on never``), 1 when one does, 2 for input that cannot be used
(reported by :func:`shpolicy.cli.main`).
"""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING, Any, TextIO

from .options import add_errors
from .output import write_output

if TYPE_CHECKING:
    from ..checking import Report
    from ..schema import Notice

_FORMATS = ("text", "json", "github", "junit", "sarif", "markdown")
_EXTRA = ("json", "junit", "sarif", "markdown")


def register(sub: Any, name: str) -> None:
    p = sub.add_parser(name, help="check translations against their source (for CI)")
    p.add_argument("source", metavar="SOURCE", help="the source version")
    p.add_argument("translations", nargs="+", metavar="TRANSLATION", help="translations to check")
    p.add_argument("--format", choices=_FORMATS, default="text", help="the main report's format")
    p.add_argument(
        "--fail-on",
        choices=("error", "warning", "never"),
        default="error",
        help="exit 1 when a finding is at least this severe; never: report only (default: error)",
    )
    p.add_argument(
        "--lang",
        choices=("en", "ko", "zh"),
        help="the language the translations should be in (default: from each file name, "
        "*.en.* or *.ko.*)",
    )
    add_errors(p)
    p.add_argument("-o", "--output", metavar="FILE", help="write the main report here")
    for fmt in _EXTRA:
        p.add_argument(f"--{fmt}", metavar="FILE", help=f"also write a {fmt} report to FILE")


def _render(fmt: str, report: Report, notices: dict[str, Notice], fail_on: Any) -> str:
    from ..checking.formats import to_github, to_json, to_junit, to_text

    if fmt == "json":
        return to_json(report)
    if fmt == "github":
        return to_github(report)
    if fmt == "junit":
        return to_junit(report, notices, fail_on)
    if fmt == "sarif":
        from ..checking.sarif import to_sarif

        return to_sarif(report)
    if fmt == "markdown":
        from ..checking.markdown import to_markdown

        return to_markdown(report, fail_on)
    return to_text(report, notices)


def run(args: argparse.Namespace, stdout: TextIO) -> int:
    from ..alignment.segmentation import segment
    from ..api import parse
    from ..checking import exit_status
    from ..checking.checker import check_translations

    source = parse(args.source, errors=args.errors)
    translations = [parse(path, errors=args.errors) for path in args.translations]
    report = check_translations(source, *translations, lang=args.lang)
    # The translations as aligned: measures cut by paragraphs or out of a measure show by their ids.
    notices = {source.source.path: source}
    notices.update({t.source.path: segment(source, t).notice for t in translations})
    write_output(_render(args.format, report, notices, args.fail_on), args.output, stdout)
    for fmt in _EXTRA:
        path = getattr(args, fmt)
        if path:
            write_output(_render(fmt, report, notices, args.fail_on), path, stdout)
    return exit_status(report, args.fail_on)
