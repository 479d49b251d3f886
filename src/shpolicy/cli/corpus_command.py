"""``shpolicy corpus IN… -o OUT/ [--jobs N] [--engine local|dask] [--scheduler ADDRESS] [--csv]``.

Writes the research tables of every notice IN names (files, directories,
globs) to ``OUT/<table>.parquet`` (see ``docs/tables.md``).  Files whose
sha256 ``OUT/`` already holds are skipped.  A file that cannot be parsed gets
its line on stderr and is left out; the exit status is then 2.  A progress bar
is shown when stderr is a terminal; a summary line ends every run.
"""

from __future__ import annotations

import argparse
import sys
from typing import Any, TextIO

from .options import add_errors


def register(sub: Any, name: str) -> None:
    p = sub.add_parser(name, help="parse a corpus into Parquet tables (notices, measures, units…)")
    p.add_argument("inputs", nargs="+", metavar="IN", help="files, directories or globs")
    p.add_argument("-o", "--output", metavar="OUT", required=True, help="directory of the tables")
    p.add_argument("--jobs", "-j", type=int, default=1, metavar="N",
                   help="worker processes (default 1: parse in this process)")
    p.add_argument("--engine", choices=("local", "dask"), default="local",
                   help="local (a process pool) or dask (dask.distributed)")
    p.add_argument("--scheduler", metavar="ADDRESS",
                   help="with --engine dask: the scheduler (default: a LocalCluster of N workers)")
    p.add_argument("--csv", action="store_true", help="also write OUT/<table>.csv")
    p.add_argument("--timings", action="store_true", help="also print the time of each stage")
    p.add_argument("--lang", choices=("zh", "en", "ko"), default=None, help="skip detection")
    add_errors(p)


def run(args: argparse.Namespace, stdout: TextIO) -> int:
    from ..corpus.runner import run_corpus

    def report(path: str, problem: str) -> None:
        print(f"shpolicy: {path}: {problem}", file=sys.stderr, flush=True)

    summary = run_corpus(
        args.inputs,
        args.output,
        jobs=args.jobs,
        engine=args.engine,
        scheduler=args.scheduler,
        csv=args.csv,
        lang=args.lang,
        errors=args.errors,
        report=report,
    )
    print(f"shpolicy: {summary.line(args.output)}", file=sys.stderr)
    if args.timings:
        print(f"shpolicy: time per stage: {summary.timings()}", file=sys.stderr)
    return 2 if summary.failed else 0
