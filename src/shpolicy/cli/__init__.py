"""The ``shpolicy`` command line: ``main(argv) -> int``, testable in-process.

Each subcommand lives in a module ``shpolicy.cli.<name>_command`` with
``register(subparsers)`` and ``run(args, stdout) -> int``.  Errors caused by
input (see :mod:`shpolicy.errors`) print one line on stderr and return 2;
nothing a user can do causes a traceback.
"""

from __future__ import annotations

import argparse
import importlib
import sys
from collections.abc import Sequence
from typing import TextIO

from .._version import __version__
from ..errors import ShpolicyError

__all__ = ["COMMANDS", "main", "main_entry"]

#: Subcommands in the order ``--help`` lists them: name → module of this package.
COMMANDS: dict[str, str] = {
    "parse": "parse",
    "schema": "schema",
    "align": "align",
    "check": "check",
    "units": "units",
    "corpus": "corpus",
}


class _ArgumentParser(argparse.ArgumentParser):
    def error(self, message: str) -> None:  # type: ignore[override]
        self.print_usage(sys.stderr)
        self.exit(2, f"{self.prog}: error: {message}\n")


def _build_parser() -> argparse.ArgumentParser:
    parser = _ArgumentParser(
        prog="shpolicy",
        description="Parse Shanghai policy notices into data and check their translations.",
    )
    parser.add_argument("--version", action="version", version=f"shpolicy {__version__}")
    sub = parser.add_subparsers(dest="command", required=True, parser_class=_ArgumentParser)
    for name, module in COMMANDS.items():
        importlib.import_module(f".{module}_command", __package__).register(sub, name)
    return parser


def main(argv: Sequence[str] | None = None, *, stdout: TextIO | None = None) -> int:
    """Run the command line with ``argv`` (default ``sys.argv[1:]``); returns the exit status."""
    out = stdout if stdout is not None else sys.stdout
    parser = _build_parser()
    try:
        args = parser.parse_args(list(argv) if argv is not None else None)
    except SystemExit as exc:  # argparse exits on --help, --version and usage errors
        return exc.code if isinstance(exc.code, int) else 0 if exc.code is None else 2
    module = importlib.import_module(f".{COMMANDS[args.command]}_command", __package__)
    try:
        status: int = module.run(args, out)
    except ShpolicyError as err:
        print(f"shpolicy: {err}", file=sys.stderr)
        return 2
    except BrokenPipeError:
        return 0
    return status


def main_entry() -> None:
    """Console-script entry point."""
    sys.exit(main())
