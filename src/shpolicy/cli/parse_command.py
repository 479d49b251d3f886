"""``shpolicy parse FILE… [--format json|jsonl|markdown] [--lang zh|en|ko] [--errors replace] [-o FILE]``.

FILE may be a file, a directory (searched recursively for notices), a glob or
``-`` for standard input.  Notices are written as they are parsed.  With
``--format json`` a single FILE naming one file prints one object; anything
that can name several (several FILEs, a directory, a glob) prints an array,
however many files it turns out to hold.  ``jsonl`` (one notice per line) is
the stable form for streaming.  A file that cannot be parsed gets its line on
stderr and the others are still parsed; the exit status is then 2.
"""

from __future__ import annotations

import argparse
import sys
from typing import TYPE_CHECKING, Any, TextIO

from ..errors import OutputError, ShpolicyError
from .options import add_errors
from .output import open_output

if TYPE_CHECKING:
    from ..schema import Notice


def register(sub: Any, name: str) -> None:
    p = sub.add_parser(name, help="parse notices into the shpolicy schema")
    p.add_argument(
        "files",
        nargs="+",
        metavar="FILE",
        help="text, Markdown, HTML or PDF file(s), directories, globs, or - for stdin",
    )
    p.add_argument("--format", choices=("json", "jsonl", "markdown"), default="json")
    p.add_argument("--lang", choices=("zh", "en", "ko"), default=None, help="skip detection")
    add_errors(p)
    p.add_argument("-o", "--output", metavar="FILE", help="write here instead of stdout")


def _read_stdin(lang: Any, errors: Any) -> Notice:
    from ..api import parse
    from ..sources import read_bytes

    stream = getattr(sys.stdin, "buffer", None)
    data = stream.read() if stream is not None else sys.stdin.read().encode("utf-8")
    return parse(read_bytes(data, "<stdin>", errors), lang=lang)


class _Writer:
    """Writes notices one by one in the chosen format, so nothing waits for the whole batch."""

    def __init__(self, out: TextIO, fmt: str, array: bool) -> None:
        self.out, self.fmt, self.array, self.count = out, fmt, array, 0

    def begin(self) -> None:
        if self.fmt == "json" and self.array:
            self.out.write("[")

    def add(self, notice: Notice) -> None:
        from ..render import notice_to_json, notice_to_markdown

        if self.fmt == "jsonl":
            self.out.write(notice.model_dump_json() + "\n")
        elif self.fmt == "markdown":
            self.out.write(("\n\n" if self.count else "") + notice_to_markdown(notice))
        elif self.array:
            self.out.write(("," if self.count else "") + "\n" + notice_to_json(notice).rstrip("\n"))
        else:
            self.out.write(notice_to_json(notice))
        self.count += 1
        self.out.flush()

    def end(self) -> None:
        if self.fmt == "json" and self.array:
            self.out.write("\n]\n")


def run(args: argparse.Namespace, stdout: TextIO) -> int:
    from ..api import parse
    from ..corpus.discovery import STDIN, Problem, discover, names_several

    handle = open_output(args.output) if args.output else None
    out = handle if handle is not None else stdout
    writer = _Writer(out, args.format, names_several(args.files))
    failed = total = 0
    try:
        writer.begin()
        for entry in discover(args.files):
            total += 1
            try:
                if isinstance(entry, Problem):
                    raise ShpolicyError(entry.problem, entry.path)
                notice = (
                    _read_stdin(args.lang, args.errors)
                    if entry == STDIN
                    else parse(entry, lang=args.lang, errors=args.errors)
                )
            except ShpolicyError as err:
                failed += 1
                print(f"shpolicy: {err}", file=sys.stderr, flush=True)
                continue
            writer.add(notice)
        writer.end()
    except OSError as exc:
        if handle is None:
            raise
        raise OutputError(f"cannot be written ({exc.strerror or exc})", args.output) from None
    finally:
        if handle is not None:
            handle.close()
    if failed and total > 1:
        print(f"shpolicy: {failed} of {total} files could not be parsed", file=sys.stderr)
    return 2 if failed else 0
