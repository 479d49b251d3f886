"""Checking translations against their source, for people and for CI.

:func:`check` aligns each translation with the source (:mod:`shpolicy.align`)
and runs ordered rules (:mod:`.rules`) that turn what the alignment shows
into findings with a code (:mod:`.codes`), a severity and a line to fix;
:mod:`.formats` writes them as text, JSON, GitHub annotations or JUnit XML.

Importing this package loads only the result types; the rules load on the
first call.

``shpolicy.check`` at the top level is the verb, a function; import the
modules of this package with ``from shpolicy.check import …`` (the form
``import shpolicy.check.x as y`` reaches the function instead).
"""

from __future__ import annotations

from ..schema import Notice
from .codes import CODES, Code
from .model import Finding, Report, Scope, Severity, TranslationReport, exit_status

__all__ = [
    "CODES",
    "Code",
    "Finding",
    "Report",
    "Scope",
    "Severity",
    "TranslationReport",
    "check",
    "exit_status",
]


def check(source: Notice, *translations: Notice) -> Report:
    """Check each translation against ``source`` (see :mod:`.checker`)."""
    from .checker import check as run

    return run(source, *translations)
