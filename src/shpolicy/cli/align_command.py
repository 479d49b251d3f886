"""``shpolicy align SOURCE TARGET [--format json|text|html] [--errors replace] [-o FILE]``."""

from __future__ import annotations

import argparse
from typing import Any, TextIO

from .options import add_errors
from .output import write_output


def register(sub: Any, name: str) -> None:
    p = sub.add_parser(name, help="align a translation with its source measure by measure")
    p.add_argument("source", metavar="SOURCE", help="the source version (text, Markdown or PDF)")
    p.add_argument("target", metavar="TARGET", help="the translation")
    p.add_argument("--format", choices=("json", "text", "html"), default="json")
    add_errors(p)
    p.add_argument("-o", "--output", metavar="FILE", help="write here instead of stdout")


def run(args: argparse.Namespace, stdout: TextIO) -> int:
    from ..alignment.render import to_html, to_json, to_text
    from ..alignment.segmentation import segment
    from ..api import align, check, parse

    source, target = parse(args.source, errors=args.errors), parse(args.target, errors=args.errors)
    # The pairs name the translation's measures as the aligner found them:
    # cut paragraph by paragraph where its labels lie.
    shown = segment(source, target).notice
    if args.format == "html":
        report = check(source, target)
        translation = report.translations[0]
        out = to_html(translation.alignment, source, shown, translation.findings)
    else:
        alignment = align(source, target)
        out = to_json(alignment) if args.format == "json" else to_text(alignment, source, shown)
    write_output(out, args.output, stdout)
    return 0
