"""Checking translations against their source, for people and for CI.

:func:`~shpolicy.check` aligns each translation with the source (:mod:`shpolicy.alignment`)
and runs ordered rules (:mod:`.rules`) that turn what the alignment shows
into findings with a code (:mod:`.codes`), a severity and a line to fix;
:mod:`.formats` writes them as text, JSON, GitHub annotations or JUnit XML.

Importing this package loads only the result types; the rules load on the
first call.
"""

from __future__ import annotations

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
    "exit_status",
]

