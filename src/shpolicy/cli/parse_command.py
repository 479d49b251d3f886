"""``shpolicy parse FILE… [--format json|markdown] [--lang zh|en|ko]``."""

from __future__ import annotations

import argparse
from typing import Any, TextIO

from .output import write_output


def register(sub: Any, name: str) -> None:
    p = sub.add_parser(name, help="parse notices into the shpolicy schema")
    p.add_argument("files", nargs="+", metavar="FILE", help="text, Markdown or PDF file(s)")
    p.add_argument("--format", choices=("json", "markdown"), default="json")
    p.add_argument("--lang", choices=("zh", "en", "ko"), default=None, help="skip detection")
    p.add_argument("-o", "--output", metavar="FILE", help="write here instead of stdout")


def run(args: argparse.Namespace, stdout: TextIO) -> int:
    from ..api import parse
    from ..render import notice_to_json, notice_to_markdown

    notices = [parse(path, lang=args.lang) for path in args.files]
    if args.format == "markdown":
        out = "\n\n".join(notice_to_markdown(n) for n in notices)
    elif len(notices) == 1:
        out = notice_to_json(notices[0])
    else:
        out = "[\n" + ",\n".join(notice_to_json(n).rstrip("\n") for n in notices) + "\n]\n"
    write_output(out, args.output, stdout)
    return 0
