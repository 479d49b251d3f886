"""How many responsible units of the corpora resolve to a body, in their notice's context.

Parses every file of corpora/ and corpora/real/ (``shpolicy.parse``), collects
every responsible unit of every measure and item and of every attachment
task-table row, resolves each name with the notice's context (issuers, date,
district: :func:`shpolicy.units.context.notice_context`) and prints, per
corpus and in total, the share that resolves against the goal, how they
resolved, and every name that does not resolve with its nearest candidates.

Usage: ``python benchmarks/units_resolution.py [--all]`` (``--all`` also lists
every resolution that used the context).
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter, defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

import shpolicy
from shpolicy.schema import Measure, Notice, ResponsibleUnit
from shpolicy.units import unit_registry
from shpolicy.units.context import notice_context

GOAL = 0.98


def _units(notice: Notice) -> list[ResponsibleUnit]:
    out: list[ResponsibleUnit] = []

    def walk(measures: list[Measure]) -> None:
        for m in measures:
            out.extend(m.responsible_units)
            walk(m.items)

    for section in notice.sections:
        walk(section.measures)
    for attachment in notice.attachments:
        for row in attachment.rows:
            out.extend(row.responsible_units)
    return out


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--all", action="store_true", help="also list resolutions by context")
    args = parser.parse_args()
    registry = unit_registry()
    corpora = {
        "bundled": sorted((ROOT / "corpora").glob("*.txt")),
        "real": sorted((ROOT / "corpora" / "real").glob("*.md")),
    }
    total = resolved = 0
    methods: Counter[str] = Counter()
    failures: dict[str, list[str]] = defaultdict(list)
    explain: dict[str, str] = {}
    context_lines: list[str] = []
    for corpus, paths in corpora.items():
        c_total = c_resolved = 0
        for path in paths:
            notice = shpolicy.parse(path)
            ctx = notice_context(notice)
            for unit in _units(notice):
                found = registry.resolve(
                    unit.name, notice.language, issuer=ctx.issuer, date=ctx.date, district=ctx.district
                )
                c_total += 1
                methods[found.method] += 1
                if found.resolved:
                    c_resolved += 1
                    if found.method == "context":
                        context_lines.append(f"  {path.stem}: {unit.name} → {found.canonical}")
                else:
                    failures[unit.name].append(path.stem)
                    explain[unit.name] = "; ".join(
                        f"{c.canonical} ({c.score:.2f})" for c in found.candidates
                    ) or "none"
        share = c_resolved / c_total if c_total else 1.0
        print(f"{corpus}: {c_resolved}/{c_total} unit mentions resolve ({share:.1%}) in {len(paths)} files")
        total += c_total
        resolved += c_resolved
    share = resolved / total if total else 1.0
    mark = "ok" if share >= GOAL else "BELOW GOAL"
    print(f"total: {resolved}/{total} resolve ({share:.1%}); goal {GOAL:.0%}: {mark}")
    print("by method: " + ", ".join(f"{m} {n}" for m, n in methods.most_common()))
    if failures:
        print(f"unresolved ({len(failures)} names, {total - resolved} mentions):")
        for name, where in sorted(failures.items(), key=lambda kv: -len(kv[1])):
            print(f"  {len(where)}× {name}  [{where[0]}]  nearest: {explain[name]}")
    if args.all:
        print("resolved through the notice's district:")
        print("\n".join(context_lines))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
