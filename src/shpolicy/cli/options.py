"""Options several subcommands share: how the bytes of input files are decoded."""

from __future__ import annotations

from typing import Any

__all__ = ["add_errors"]


def add_errors(parser: Any) -> None:
    """``--errors strict|replace``, as :func:`shpolicy.parse` takes ``errors``."""
    parser.add_argument(
        "--errors",
        choices=("strict", "replace"),
        default="strict",
        help="bytes a text file's encoding cannot read: strict (default) rejects the file; "
        "replace reads each stray sequence as U+FFFD, recorded as an undecodable-bytes "
        "removal with a warning",
    )
