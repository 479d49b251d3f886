"""``shpolicy check SOURCE TRANSLATION… [--format text|json|github|junit] [--fail-on error|warning] [-o FILE]``.

Exit status: 0 when no finding reaches ``--fail-on``, 1 when one does, 2 for
input that cannot be used (reported by :func:`shpolicy.cli.main`).
"""

from __future__ import annotations

import argparse
from typing import Any, TextIO

from .output import write_output


def register(sub: Any, name: str) -> None:
    p = sub.add_parser(name, help="check translations against their source (for CI)")
    p.add_argument("source", metavar="SOURCE", help="the source version")
    p.add_argument("translations", nargs="+", metavar="TRANSLATION", help="translations to check")
    p.add_argument("--format", choices=("text", "json", "github", "junit"), default="text")
    p.add_argument(
        "--fail-on",
        choices=("error", "warning"),
        default="error",
        help="exit 1 when a finding is at least this severe (default: error)",
    )
    p.add_argument("-o", "--output", metavar="FILE", help="write here instead of stdout")


def run(args: argparse.Namespace, stdout: TextIO) -> int:
    from ..api import check, parse
    from ..checking import exit_status
    from ..checking.formats import to_github, to_json, to_junit, to_text

    source = parse(args.source)
    translations = [parse(path) for path in args.translations]
    report = check(source, *translations)
    notices = {n.source.path: n for n in (source, *translations)}
    if args.format == "json":
        out = to_json(report)
    elif args.format == "github":
        out = to_github(report)
    elif args.format == "junit":
        out = to_junit(report, notices, args.fail_on)
    else:
        out = to_text(report, notices)
    write_output(out, args.output, stdout)
    return exit_status(report, args.fail_on)
