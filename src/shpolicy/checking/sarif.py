"""A :class:`~.model.Report` as SARIF 2.1.0, the log format GitHub code scanning reads.

One run per report; the rules are the finding codes (:data:`~.codes.CODES`)
and each finding is a result located on the line of the file it names (the
translation's line, so that the alert lands on the changed file).  Paths are
written as relative URI references when they are relative, as ``file:`` URIs
when absolute.
"""

from __future__ import annotations

import json
from pathlib import PurePosixPath, PureWindowsPath
from typing import Any
from urllib.parse import quote

from .._version import __version__
from .codes import CODES
from .model import Finding, Report

__all__ = ["SARIF_SCHEMA", "to_sarif"]

SARIF_SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json"
_LEVEL = {"error": "error", "warning": "warning", "info": "note"}
# The severity a code usually has, for the rule's default configuration.
_DEFAULT_LEVEL = {
    code: "warning" if "(warning)" in text and "(error" not in text else "error"
    for code, text in CODES.items()
}


def _uri(path: str) -> str:
    posix = PurePosixPath(path.replace("\\", "/"))
    if posix.is_absolute():
        return "file://" + quote(str(posix))
    if PureWindowsPath(path).is_absolute():
        return "file:///" + quote(str(posix))
    return quote(str(posix))


def _result(finding: Finding, rule_index: int) -> dict[str, Any]:
    region: dict[str, Any] = {"startLine": finding.line or 1}
    result: dict[str, Any] = {
        "ruleId": finding.code,
        "ruleIndex": rule_index,
        "level": _LEVEL[finding.severity],
        "message": {"text": finding.message},
        "locations": [
            {
                "physicalLocation": {
                    "artifactLocation": {"uri": _uri(finding.file)},
                    "region": region,
                }
            }
        ],
    }
    ids = {k: v for k, v in (("source", finding.source), ("target", finding.target)) if v}
    # Fingerprints keep an alert the same alert across runs while its line moves.
    result["partialFingerprints"] = {
        "shpolicy/v1": f"{finding.code}:{finding.scope}:{ids.get('source', '')}:"
        f"{ids.get('target', '')}"
    }
    result["properties"] = {"scope": finding.scope, **ids}
    return result


def to_sarif(report: Report) -> str:
    """The report as a SARIF 2.1.0 log (JSON)."""
    codes = list(CODES)
    rules = [
        {
            "id": code,
            "name": "".join(part.capitalize() for part in code.split("-")),
            "shortDescription": {"text": text.split(" (")[0].rstrip(".") + "."},
            "fullDescription": {"text": text},
            "defaultConfiguration": {"level": _DEFAULT_LEVEL[code]},
        }
        for code, text in CODES.items()
    ]
    log = {
        "$schema": SARIF_SCHEMA,
        "version": "2.1.0",
        "runs": [
            {
                "tool": {
                    "driver": {
                        "name": "shpolicy",
                        "version": __version__,
                        "semanticVersion": __version__,
                        "rules": rules,
                    }
                },
                "results": [_result(f, codes.index(f.code)) for f in report.findings],
                "columnKind": "unicodeCodePoints",
            }
        ],
    }
    return json.dumps(log, ensure_ascii=False, indent=2) + "\n"
