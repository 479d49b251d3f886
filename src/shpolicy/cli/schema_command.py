"""``shpolicy schema``: print the JSON Schema of the parse output."""

from __future__ import annotations

import argparse
from typing import Any, TextIO

from .output import write_output


def register(sub: Any, name: str) -> None:
    p = sub.add_parser(name, help="print the JSON Schema of `shpolicy parse --format json`")
    p.add_argument("-o", "--output", metavar="FILE", help="write here instead of stdout")


def run(args: argparse.Namespace, stdout: TextIO) -> int:
    from ..schema import json_schema_text

    write_output(json_schema_text(), args.output, stdout)
    return 0
