"""``shpolicy units [NAME…] [--issuer … --date … --district …]``: the unit registry.

Without names, list the registry: canonical name, full name, English and
Korean names, aliases, kind, level, district and dates.  With names, resolve
each in the context given (a notice's issuer, date and district) and say how
(exact, alias, through the district, collective, by form, fuzzy with its
score, or none with the nearest candidates), so that a user can see why a
unit did or did not resolve.  Exit status 0, or 1 when a name given
does not resolve (for scripts); 2 for unusable input such as a broken
``--registry`` file.
"""

from __future__ import annotations

import argparse
import json
from typing import TYPE_CHECKING, Any, TextIO

from .output import write_output

if TYPE_CHECKING:
    from ..units import Registry, Resolution, UnitEntry


def register(sub: Any, name: str) -> None:
    p = sub.add_parser(
        name,
        help="list the unit registry or resolve unit names",
        description=(
            "Without NAME, list the unit registry. With NAME(s), resolve each through the "
            "registry and show how: exact, alias, fuzzy (with score) or none (with the nearest "
            "candidates). Exit 1 if a NAME does not resolve."
        ),
    )
    p.add_argument("names", nargs="*", metavar="NAME", help="unit name(s) to resolve")
    p.add_argument(
        "--lang",
        choices=("zh", "en", "ko"),
        default=None,
        help="language of the names (default: by script); when listing, show only this language",
    )
    p.add_argument("--issuer", action="append", metavar="NAME",
                   help="issuer of the notice the names come from (its district counts); repeatable")
    p.add_argument("--date", metavar="YYYY[-MM[-DD]]", help="date of the notice (chooses between renamed bodies)")
    p.add_argument("--district", metavar="NAME", help="district of the notice, e.g. 嘉定区")
    p.add_argument("--format", choices=("text", "json"), default="text")
    p.add_argument("--registry", metavar="FILE", help="use this registry file instead of the bundled one")
    p.add_argument("-o", "--output", metavar="FILE", help="write here instead of stdout")


def run(args: argparse.Namespace, stdout: TextIO) -> int:
    from ..units import load_registry, unit_registry

    reg = load_registry(args.registry) if args.registry else unit_registry()
    if not args.names:
        write_output(_listing(reg, args.lang, args.format), args.output, stdout)
        return 0
    from ..errors import ShpolicyError
    from ..units.registry import as_date

    try:
        date = as_date(args.date)
    except ValueError:
        raise ShpolicyError(f"--date {args.date!r} is not a date (YYYY, YYYY-MM or YYYY-MM-DD)") from None
    results = [
        reg.resolve(name, args.lang, issuer=args.issuer, date=date, district=args.district)
        for name in args.names
    ]
    if args.format == "json":
        out = json.dumps([r.to_dict() for r in results], ensure_ascii=False, indent=2) + "\n"
    else:
        out = "".join(_explain(r) for r in results)
    write_output(out, args.output, stdout)
    return 0 if all(r.resolved for r in results) else 1


def _listing(reg: Registry, lang: str | None, fmt: str) -> str:
    entries = list(reg)
    if fmt == "json":
        data = [_entry_dict(e, lang) for e in entries]
        return json.dumps(data, ensure_ascii=False, indent=2) + "\n"
    lines: list[str] = []
    for e in entries:
        head = e.canonical + (f"  {e.full_name}" if e.full_name else "")
        if e.kind == "group":
            head += "  [group]"
        lines.append(head)
        if lang in (None, "en") and e.english:
            lines.append("  en: " + " | ".join(e.english))
        if lang in (None, "ko") and e.korean:
            lines.append("  ko: " + " | ".join(e.korean))
        if lang in (None, "zh") and e.aliases:
            lines.append("  aliases: " + " | ".join(e.aliases))
        facts = [x for x in (e.category, e.level, e.district) if x]
        if e.established or e.abolished:
            facts.append(f"{e.established or '…'} – {e.abolished or ''}".strip())
        if facts:
            lines.append("  " + ", ".join(facts))
        if e.succeeded_by:
            lines.append(f"  succeeded by: {e.succeeded_by}")
    lines.append(f"{len(entries)} units")
    return "\n".join(lines) + "\n"


def _entry_dict(entry: UnitEntry, lang: str | None) -> dict[str, Any]:
    data = entry.to_dict()
    if lang == "zh":
        data.pop("english")
        data.pop("korean")
    elif lang == "en":
        data.pop("korean")
    elif lang == "ko":
        data.pop("english")
    return data


def _explain(found: Resolution) -> str:
    entry = found.entry
    after = ""
    if entry is not None and entry.succeeded_by:
        after = f"; succeeded by {entry.succeeded_by}" + (f" on {entry.abolished}" if entry.abolished else "")
    if found.method in ("exact", "alias"):
        how = f"{found.method} match of {found.matched!r}" + after
        return f"{found.name}\t{found.canonical}\t{how}\n"
    if found.method == "context":
        how = f"{found.matched!r} in a notice of {found.district}" + after
        return f"{found.name}\t{found.canonical}\t{how}\n"
    if found.method == "collective":
        return f"{found.name}\t{found.canonical}\tcollective of {found.category} ({found.matched!r})\n"
    if found.method == "form":
        return f"{found.name}\t{found.canonical}\ta {found.matched} by the form of its name\n"
    if found.method == "fuzzy":
        how = f"fuzzy match of {found.matched!r}, score {found.score:.2f}"
        return f"{found.name}\t{found.canonical}\t{how}\n"
    return f"{found.name}\tnot resolved; nearest: {_nearest(found) or 'none'}\n"


def _nearest(found: Resolution) -> str:
    from ..units import CORE_THRESHOLD, FUZZY_THRESHOLD

    threshold = FUZZY_THRESHOLD[found.language]
    parts = []
    for c in found.candidates:
        written = "" if c.name == c.canonical else f" as {c.name!r}"
        if c.score >= threshold and not c.same_place:
            why = f"score {c.score:.2f} but another place (市, 区 or district)"
        elif c.score < threshold:
            why = f"score {c.score:.2f} below {threshold:.2f}"
        else:
            why = f"score {c.score:.2f} but the distinctive part differs ({c.core:.2f} < {CORE_THRESHOLD:.2f})"
        parts.append(f"{c.canonical}{written} ({why})")
    return "; ".join(parts)
