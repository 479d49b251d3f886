"""Check the bundled unit registry: exit 1 and list every problem found.

* every canonical name is unique, and every reference (succeeded_by, parent,
  template) names an entry (the registry will not load otherwise);
* every name resolves to one body at any date: no key is held by two bodies
  at one time (checked at every date an entry or a name starts or ends, and
  with no date), and each name of an entry, resolved on a day the entry
  held it, gives that entry;
* no two bodies share a short name at the same time (the same check, on the
  canonical names);
* no name of one entry is an accepted fuzzy match of another entry's name:
  the registry holds no two bodies a typo could confuse;
* successors start no earlier than the bodies they replace end.

Usage: ``python scripts/check_registry.py``.
"""

from __future__ import annotations

import datetime
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "src"))

from shpolicy.units.registry import Registry, RegistryError, unit_registry


def _lineage(reg: Registry, canonical: str) -> set[str]:
    """The body, the bodies it succeeded and those that succeeded it."""
    line = {canonical}
    changed = True
    while changed:
        changed = False
        for entry in reg:
            if entry.succeeded_by in line and entry.canonical not in line:
                line.add(entry.canonical)
                changed = True
            if entry.canonical in line and entry.succeeded_by and entry.succeeded_by not in line:
                line.add(entry.succeeded_by)
                changed = True
    return line


def problems(reg: Registry) -> list[str]:
    found: list[str] = []
    dates: set[datetime.date] = set()
    for entry in reg:
        for ref in (entry.parent, entry.template):
            if ref and reg.get(ref) is None:
                found.append(f"{entry.canonical} refers to unknown {ref}")
        for day in (entry.established, entry.abolished):
            if day:
                dates.add(day)
        for dated in entry.dated_names:
            dates.update(d for d in (dated.start, dated.until) if d)
        if entry.established and entry.abolished and entry.abolished <= entry.established:
            found.append(f"{entry.canonical}: abolished before it was established")
        if entry.succeeded_by:
            after = reg.get(entry.succeeded_by)
            if after and after.established and entry.abolished and after.established > entry.abolished:
                found.append(f"{entry.canonical}: its successor starts after it ended")
    for language in ("zh", "en", "ko"):
        for key, holders in reg.keys(language).items():
            for day in sorted(dates):
                at = {h.entry.canonical for h in holders
                      if (h.start is None or h.start <= day) and (h.until is None or day < h.until)}
                if len(at) > 1:
                    found.append(f"{key!r} names {', '.join(sorted(at))} on {day}")
    for entry in reg:
        day = entry.established or None
        for name in entry.names() + entry.aliases:
            got = reg.resolve(name, date=day)
            if got.canonical != entry.canonical:
                found.append(f"{name!r} of {entry.canonical} resolves to {got.canonical}")
        for dated in entry.dated_names:
            held = dated.start or (dated.until - datetime.timedelta(days=1) if dated.until else day)
            got = reg.resolve(dated.name, date=held)
            if got.canonical != entry.canonical:
                found.append(f"{dated.name!r} of {entry.canonical} resolves to {got.canonical}")
        # A typo may land on a predecessor or successor of one name (上海银监局,
        # 上海银保监局): the same line of bodies, told apart by the date.
        line = _lineage(reg, entry.canonical) if entry.succeeded_by or any(
            e.succeeded_by == entry.canonical for e in reg) else {entry.canonical}
        for name in entry.all_names():
            for c in reg.nearest(name, limit=6):
                if c.accepted and c.score < 1.0 and c.canonical not in line:
                    found.append(
                        f"{name!r} of {entry.canonical} is a fuzzy match of {c.name!r} of {c.canonical}"
                    )
    return found


def main() -> int:
    try:
        reg = unit_registry()
    except RegistryError as err:
        print(err)
        return 1
    found = problems(reg)
    for line in found:
        print(line)
    print(f"{len(reg)} entries, {len(found)} problem(s)")
    return 1 if found else 0


if __name__ == "__main__":
    raise SystemExit(main())
