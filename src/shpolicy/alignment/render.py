"""Writing an alignment: JSON, a text table, and one self-contained HTML page.

The HTML page shows the two versions side by side, one row per pair, each
row coloured by its score (red for a poor match through green for a good
one, grey where a measure has no counterpart) and marked with the findings
of ``shpolicy check`` for that pair.  It has its styles inline and no
scripts, fonts or images from elsewhere, so it can be archived as a CI
artefact and opened anywhere.
"""

from __future__ import annotations

import html
from collections.abc import Sequence
from typing import Protocol

from ..schema import Measure, Notice
from .model import Alignment, Pair

__all__ = ["to_html", "to_json", "to_text"]


def to_json(alignment: Alignment) -> str:
    """The alignment as JSON (``Alignment.model_json_schema()`` describes it)."""
    return alignment.model_dump_json(indent=2) + "\n"


def _one_line(text: str, width: int) -> str:
    flat = " ".join(text.split())
    return flat if len(flat) <= width else flat[: width - 1] + "…"


def to_text(alignment: Alignment, source: Notice, target: Notice) -> str:
    """One line per pair: ids, labels, titles, link and score."""
    src = {m.id: m for m in source.iter_measures()}
    tgt = {m.id: m for m in target.iter_measures()}

    def side(measure_id: str | None, measures: dict[str, Measure]) -> str:
        if measure_id is None:
            return "—"
        m = measures[measure_id]
        return f"{m.id} {m.label} {_one_line(m.title, 28)}"

    lines = [f"{alignment.source} → {alignment.target}"]
    for pair in alignment.pairs:
        lines.append(
            f"{pair.link:4} {pair.score:5.2f}  {side(pair.source, src)}  ⇄  {side(pair.target, tgt)}"
        )
    paired = alignment.matched
    total = sum(1 for p in alignment.pairs if p.source is not None)
    lines.append(f"{paired}/{total} source measures paired")
    return "\n".join(lines) + "\n"


_CSS = """
body { font: 14px/1.5 system-ui, sans-serif; margin: 1.5em; color: #1d1d1f; }
h1 { font-size: 1.2em; margin: 0 0 .3em; }
p.meta { margin: 0 0 1em; color: #555; }
table { border-collapse: collapse; width: 100%; table-layout: fixed; }
th, td { border: 1px solid #d0d0d5; padding: .4em .6em; vertical-align: top; }
th { background: #f2f2f5; text-align: left; }
td.score { width: 5.5em; text-align: center; font-variant-numeric: tabular-nums; }
td.text .id { font-weight: 600; margin-right: .4em; }
tr.section td { background: #e9e9ef; font-weight: 600; }
tr.unpaired td.text { background: #eeeeee; }
ul.findings { margin: .3em 0 0; padding-left: 1.2em; font-size: .92em; }
li.error { color: #a40000; } li.warning { color: #8a5300; } li.info { color: #2b4f8a; }
td.mark { width: 1.6em; text-align: center; font-weight: 700; }
td.mark.error { color: #a40000; } td.mark.warning { color: #8a5300; }
.legend span { display: inline-block; padding: 0 .5em; margin-right: .3em; border-radius: 3px; }
""".strip()


def _colour(score: float) -> str:
    # Hue from red (0) through amber to green (120): a poor match stands out.
    return f"hsl({round(120 * score)}, 65%, 90%)"


class _Finding(Protocol):
    """What the page needs of a finding (a protocol, so align does not depend on check)."""

    @property
    def code(self) -> str: ...
    @property
    def severity(self) -> str: ...
    @property
    def scope(self) -> str: ...
    @property
    def source(self) -> str | None: ...
    @property
    def target(self) -> str | None: ...
    @property
    def message(self) -> str: ...
    @property
    def line(self) -> int | None: ...


def _measure_cell(measure: Measure | None, colour: str | None) -> str:
    if measure is None:
        return '<td class="text">—</td>'
    style = f' style="background:{colour}"' if colour else ""
    return (
        f'<td class="text"{style}><span class="id">{html.escape(measure.id)}</span>'
        f"{html.escape(measure.label)} {html.escape(measure.text)}</td>"
    )


def _findings_list(findings: Sequence[_Finding]) -> str:
    if not findings:
        return ""
    items = "".join(
        f'<li class="{html.escape(f.severity)}"><b>{html.escape(f.code)}</b>'
        f"{f' (line {f.line})' if f.line else ''}: {html.escape(f.message)}</li>"
        for f in findings
    )
    return f'<ul class="findings">{items}</ul>'


def _worst(findings: Sequence[_Finding]) -> str:
    for level in ("error", "warning", "info"):
        if any(f.severity == level for f in findings):
            return level
    return ""


def to_html(
    alignment: Alignment,
    source: Notice,
    target: Notice,
    findings: Sequence[_Finding] = (),
) -> str:
    """A static page with the two versions side by side, coloured by score, findings marked."""
    src = {m.id: m for m in source.iter_measures()}
    tgt = {m.id: m for m in target.iter_measures()}
    section_of: dict[str, str] = {}
    for section in source.sections:
        stack = list(section.measures)
        while stack:
            m = stack.pop()
            section_of[m.id] = section.id
            stack.extend(m.items)
    by_pair: dict[tuple[str | None, str | None], list[_Finding]] = {}
    by_section: dict[str | None, list[_Finding]] = {}
    document: list[_Finding] = []
    pair_of_target = {p.target: p for p in alignment.pairs if p.target}
    pair_of_source = {p.source: p for p in alignment.pairs if p.source}
    for f in findings:
        if f.scope == "measure":
            pair: Pair | None = pair_of_source.get(f.source) if f.source else None
            if pair is None and f.target:
                pair = pair_of_target.get(f.target)
            if pair is not None:
                by_pair.setdefault((pair.source, pair.target), []).append(f)
                continue
        if f.scope == "section" and f.source:
            by_section.setdefault(f.source, []).append(f)
            continue
        document.append(f)

    rows: list[str] = []
    current: str | None = None
    sections = {s.id: s for s in source.sections}
    target_sections = {s.id: s for s in target.sections}
    section_pairs = {p.source: p.target for p in alignment.sections if p.source is not None}
    for pair in alignment.pairs:
        owner = section_of.get(pair.source or "")
        if owner is not None and owner != current:
            current = owner
            section = sections[owner]
            notes = by_section.get(owner, [])
            mark = _worst(notes)
            partner = target_sections.get(section_pairs.get(owner) or "")
            right = html.escape(partner.label + partner.title) if partner else "— no heading"
            rows.append(
                f'<tr class="section"><td class="mark {mark}">{"!" if mark else ""}</td>'
                f"<td>{html.escape(section.label + section.title)}{_findings_list(notes)}</td>"
                f"<td></td><td>{right}</td></tr>"
            )
        notes = by_pair.get((pair.source, pair.target), [])
        mark = _worst(notes)
        paired = pair.source is not None and pair.target is not None
        colour = _colour(pair.score) if paired else None
        left = _measure_cell(src.get(pair.source or ""), colour)
        right = _measure_cell(tgt.get(pair.target or ""), colour)
        score = f"{pair.score:.2f}<br><small>{pair.link}</small>" if paired else pair.link
        rows.append(
            f'<tr class="{"pair" if paired else "unpaired"}">'
            f'<td class="mark {mark}">{"!" if mark else ""}</td>{left}'
            f'<td class="score">{score}</td>{right}</tr>'
        )
        if notes:
            rows.append(f'<tr><td></td><td colspan="3">{_findings_list(notes)}</td></tr>')
    for owner, notes in by_section.items():
        if owner not in sections or not any(
            section_of.get(p.source or "") == owner for p in alignment.pairs
        ):
            document.extend(notes)
    title = f"{alignment.source} ⇄ {alignment.target}"
    total = sum(1 for p in alignment.pairs if p.source is not None)
    legend = "".join(
        f'<span style="background:{_colour(s)}">{s:.1f}</span>' for s in (0.0, 0.25, 0.5, 0.75, 1.0)
    )
    return (
        "<!DOCTYPE html>\n"
        f'<html lang="{html.escape(alignment.target_language)}">\n<head>\n<meta charset="utf-8">\n'
        f"<title>{html.escape(title)}</title>\n<style>\n{_CSS}\n</style>\n</head>\n<body>\n"
        f"<h1>{html.escape(title)}</h1>\n"
        f'<p class="meta">{alignment.matched}/{total} source measures paired · '
        f'{len(findings)} findings · score: <span class="legend">{legend}</span></p>\n'
        f"{_findings_list(document)}\n"
        '<table>\n<colgroup><col style="width:1.6em"><col><col style="width:5.5em"><col></colgroup>\n'
        f"<tr><th></th><th>{html.escape(alignment.source)} ({alignment.source_language})</th>"
        f"<th>score</th><th>{html.escape(alignment.target)} ({alignment.target_language})</th></tr>\n"
        + "\n".join(rows)
        + "\n</table>\n</body>\n</html>\n"
    )
