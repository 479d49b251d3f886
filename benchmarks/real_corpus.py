"""Accuracy on the real corpus: corpora/real/ against its hand-checked gold in tests/golden/real/.

Prints, per document and in total, beside the goals:

* exact structure: every section (label and heading) and every measure and
  item (id and label) as the gold gives them, nothing more, nothing less;
* metadata accuracy per field (doc_number, title, plan_title, date, published,
  issuers), a field the gold leaves empty counting as right only when the
  parse leaves it empty too;
* measure-title accuracy over the gold's measures;
* responsible units: precision, recall and F1 over (measure id, name as
  written) pairs;
* roles: each role the gold gives (牵头 lead, 配合 support…) found on its unit;
* attachments: each attachment the gold lists found by its title (in the
  attachment list or printed), and each table's rows counted exactly.

Usage: ``python benchmarks/real_corpus.py [--show NAME…] [--gold DIR]``;
``--show`` prints every difference of the named documents (file stems).
"""

from __future__ import annotations

import argparse
import datetime
import sys
import unicodedata
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import tomllib

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

import shpolicy
from shpolicy.schema import Notice

GOALS = {"structure": 0.95, "metadata": 0.98, "unit_f1": 0.97}
FIELDS = ("doc_number", "title", "plan_title", "date", "published", "issuers")
_QUOTES = str.maketrans({"“": '"', "”": '"', "‘": "'", "’": "'"})


def norm(value: object) -> object:
    """A value as compared: dates as ISO text, quotes straight, NFKC, no white space."""
    if value is None or value == "" or value == []:
        return None
    if isinstance(value, datetime.date):
        return value.isoformat()
    if isinstance(value, list):
        return [norm(v) for v in value]
    text = unicodedata.normalize("NFKC", str(value)).translate(_QUOTES)
    return "".join(text.split())


@dataclass
class Result:
    name: str
    structure: bool = False
    fields: dict[str, bool] = field(default_factory=dict)
    titles: tuple[int, int] = (0, 0)
    units: tuple[int, int, int] = (0, 0, 0)  # true positives, predicted, gold
    roles: tuple[int, int] = (0, 0)  # roles as the gold gives them, roles the gold gives
    attachments: tuple[int, int] = (0, 0)  # found by title, listed in the gold
    tables: tuple[int, int] = (0, 0)  # tables with the gold's row count, tables in the gold
    differences: list[str] = field(default_factory=list)
    error: str | None = None


def _published(notice: Notice) -> object:
    return getattr(notice, "published", None)


def compare(gold: dict[str, Any], notice: Notice, name: str) -> Result:
    result = Result(name)
    diff = result.differences
    meta = gold.get("metadata", {})
    for key in FIELDS:
        if key not in meta:
            continue
        actual = _published(notice) if key == "published" else getattr(notice, key, None)
        ok = norm(actual) == norm(meta[key])
        result.fields[key] = ok
        if not ok:
            diff.append(f"{key}: expected {meta[key]!r}, got {actual!r}")

    want_sections = [(s["label"], norm(s["title"])) for s in gold.get("sections", [])]
    got_sections = [(s.label, norm(s.title)) for s in notice.sections]
    want = [(m["id"], m["label"]) for m in gold.get("measures", [])]
    got_measures = list(notice.iter_measures())
    got = [(m.id, m.label) for m in got_measures]
    result.structure = want_sections == got_sections and want == got
    if want_sections != got_sections:
        diff.append(f"sections: expected {want_sections}, got {got_sections}")
    if want != got:
        missing = [w for w in want if w not in got]
        extra = [g for g in got if g not in want]
        diff.append(
            f"measures: {len(got)} found, {len(want)} expected; missing {missing[:8]}"
            f"{'…' if len(missing) > 8 else ''}; extra {extra[:8]}{'…' if len(extra) > 8 else ''}"
        )

    by_id = {m.id: m for m in got_measures}
    right = 0
    for m in gold.get("measures", []):
        found = by_id.get(m["id"])
        if found is not None and norm(found.title) == norm(m["title"]):
            right += 1
        elif found is not None:
            diff.append(f"title of {m['id']}: expected {m['title']!r}, got {found.title!r}")
    result.titles = (right, len(gold.get("measures", [])))

    want_units = Counter(
        (m["id"], norm(u)) for m in gold.get("measures", []) for u in m.get("units", [])
    )
    got_units = Counter((m.id, norm(u.name)) for m in got_measures for u in m.responsible_units)
    tp = sum((want_units & got_units).values())
    result.units = (tp, sum(got_units.values()), sum(want_units.values()))
    if want_units != got_units:
        diff.append(
            f"units: missing {sorted((want_units - got_units).elements())[:6]}; "
            f"extra {sorted((got_units - want_units).elements())[:6]}"
        )
    right = given = 0
    for m in gold.get("measures", []):
        found = by_id.get(m["id"])
        have = {norm(u.name): u.role for u in found.responsible_units} if found else {}
        for unit, role in m.get("roles", {}).items():
            given += 1
            right += have.get(norm(unit)) == role
            if have.get(norm(unit)) != role:
                diff.append(f"role of {unit} in {m['id']}: expected {role}, got {have.get(norm(unit))}")
    result.roles = (right, given)

    named = {norm(t) for t in notice.attachment_list} | {norm(a.title) for a in notice.attachments}
    found = 0
    tables = exact = 0
    for attachment in gold.get("attachments", []):
        title = norm(attachment.get("title", ""))
        found += title in named
        if attachment.get("rows"):
            tables += 1
            rows = [len(a.rows) for a in notice.attachments if norm(a.title) == title]
            exact += rows == [attachment["rows"]]
            if rows != [attachment["rows"]]:
                diff.append(f"table {attachment.get('label')}: {rows} rows, expected {attachment['rows']}")
        elif title not in named:
            diff.append(f"attachment {attachment.get('label')} {attachment.get('title')!r} not found")
    result.attachments = (found, len(gold.get("attachments", [])))
    result.tables = (exact, tables)
    return result


def run(gold_dir: Path) -> list[Result]:
    results = []
    for path in sorted(gold_dir.glob("*.toml")):
        gold = tomllib.loads(path.read_text(encoding="utf-8"))
        name = path.stem
        try:
            notice = shpolicy.parse(ROOT / "corpora" / gold["source"])
        except Exception as err:  # noqa: BLE001  (a crash is a result here, not a stop)
            results.append(Result(name, error=f"{type(err).__name__}: {err}"))
            continue
        results.append(compare(gold, notice, name))
    return results


def _ratio(a: int, b: int) -> float:
    return a / b if b else 1.0


def report(results: list[Result], show: set[str]) -> None:
    n = len(results)
    print(f"{'document':52} struct  meta   titles  units(P/R)")
    for r in results:
        if r.error:
            print(f"{r.name:52} ERROR {r.error[:60]}")
            continue
        meta_ok = sum(r.fields.values())
        tp, pred, want = r.units
        print(
            f"{r.name:52} {'yes' if r.structure else 'NO ':5} {meta_ok}/{len(r.fields):<4} "
            f"{r.titles[0]:>3}/{r.titles[1]:<4} {_ratio(tp, pred):.2f}/{_ratio(tp, want):.2f}"
        )
        if r.name in show or "all" in show:
            for d in r.differences:
                print(f"    {d}")
    ok = [r for r in results if not r.error]
    exact = sum(r.structure for r in ok)
    print()
    print(f"documents: {n} ({n - len(ok)} crashed)")
    print(
        f"exact structure:      {exact}/{n} = {_ratio(exact, n):.1%}   "
        f"(goal >= {GOALS['structure']:.0%})"
    )
    for key in FIELDS:
        judged = [r.fields[key] for r in ok if key in r.fields]
        right = sum(judged)
        print(
            f"metadata {key:12} {right}/{len(judged)} = {_ratio(right, len(judged)):.1%}   "
            f"(goal >= {GOALS['metadata']:.0%})"
        )
    titles_right = sum(r.titles[0] for r in ok)
    titles_all = sum(r.titles[1] for r in ok)
    print(f"measure titles:       {titles_right}/{titles_all} = {_ratio(titles_right, titles_all):.1%}")
    tp = sum(r.units[0] for r in ok)
    pred = sum(r.units[1] for r in ok)
    want = sum(r.units[2] for r in ok)
    p, rec = _ratio(tp, pred), _ratio(tp, want)
    f1 = 2 * p * rec / (p + rec) if p + rec else 0.0
    print(
        f"units: precision {p:.3f}, recall {rec:.3f}, F1 {f1:.3f} "
        f"({tp} of {want} gold, {pred} found)   (goal F1 >= {GOALS['unit_f1']})"
    )
    _roles(ok)
    _attachments(ok)


def _roles(ok: list[Result]) -> None:
    right = sum(r.roles[0] for r in ok)
    given = sum(r.roles[1] for r in ok)
    print(f"unit roles:           {right}/{given} = {_ratio(right, given):.1%} of the roles the text states")


def _attachments(ok: list[Result]) -> None:
    found = sum(r.attachments[0] for r in ok)
    listed = sum(r.attachments[1] for r in ok)
    exact = sum(r.tables[0] for r in ok)
    tables = sum(r.tables[1] for r in ok)
    print(f"attachments found:    {found}/{listed} = {_ratio(found, listed):.1%}")
    print(f"table rows exact:     {exact}/{tables} tables = {_ratio(exact, tables):.1%}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n", 1)[0])
    parser.add_argument("--show", nargs="*", default=[], help="print the differences of these")
    parser.add_argument("--gold", type=Path, default=ROOT / "tests" / "golden" / "real")
    args = parser.parse_args(argv)
    report(run(args.gold), set(args.show))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
