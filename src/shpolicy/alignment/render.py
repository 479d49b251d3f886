"""Writing an alignment: JSON, a text table, and one self-contained HTML page.

The HTML page shows the two versions side by side, one row per pair, each
row coloured by the findings of ``shpolicy check`` on it (an untranslated
measure is red whatever its score), with a filter to the rows with
findings, section navigation, a sticky header and line numbers.  It has its styles inline and no
scripts, fonts or images from elsewhere, so it can be archived as a CI
artefact and opened anywhere.
"""

from __future__ import annotations

import html
from collections.abc import Sequence
from typing import Protocol

from ..schema import Measure, Notice
from .model import Alignment, Pair
from .sections import measure_sections

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
body { font: 14px/1.5 system-ui, sans-serif; margin: 0 1.5em 1.5em; color: #1d1d1f; }
h1 { font-size: 1.2em; margin: .8em 0 .3em; }
p.meta { margin: 0 0 .6em; color: #555; }
nav { margin: 0 0 .6em; font-size: .92em; }
nav a { display: inline-block; margin: 0 .3em .3em 0; padding: .1em .5em; border-radius: 3px;
        background: #f2f2f5; color: #1d1d1f; text-decoration: none; }
nav a.error { background: #f7d4d4; } nav a.warning { background: #fbe8c4; }
label.filter { display: inline-block; margin: 0 0 .6em; font-weight: 600; cursor: pointer; }
#problems:checked ~ table tr.ok { display: none; }
table { border-collapse: separate; border-spacing: 0; width: 100%; table-layout: fixed; }
th, td { border-bottom: 1px solid #d0d0d5; border-right: 1px solid #d0d0d5; padding: .4em .6em;
         vertical-align: top; }
thead th { position: sticky; top: 0; z-index: 1; background: #f2f2f5; text-align: left;
           border-top: 1px solid #d0d0d5; }
td.score { text-align: center; font-variant-numeric: tabular-nums; }
td.text .id { font-weight: 600; margin-right: .4em; }
.ln { float: right; margin-left: .6em; color: #777; font-size: .85em;
      font-variant-numeric: tabular-nums; }
tr.section td { background: #e9e9ef; font-weight: 600; }
tr.error td.text, tr.error td.mark { background: #f7d4d4; }
tr.warning td.text, tr.warning td.mark { background: #fbe8c4; }
tr.info td.text, tr.info td.mark { background: #dde7f7; }
tr.ok td.text { background: #dcf0dc; }
tr.unpaired.ok td.text { background: #eeeeee; }
tr.section.error td { background: #f0c4c4; } tr.section.warning td { background: #f5dcae; }
ul.findings { margin: .3em 0 0; padding-left: 1.2em; font-size: .92em; }
li.error { color: #a40000; } li.warning { color: #8a5300; } li.info { color: #2b4f8a; }
td.mark { text-align: center; font-weight: 700; }
td.mark.error { color: #a40000; } td.mark.warning { color: #8a5300; }
.legend span { display: inline-block; padding: 0 .5em; margin-right: .3em; border-radius: 3px; }
.legend .error { background: #f7d4d4; } .legend .warning { background: #fbe8c4; }
.legend .info { background: #dde7f7; } .legend .ok { background: #dcf0dc; }
.legend .none { background: #eeeeee; }
""".strip()

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


def _measure_cell(measure: Measure | None, language: str) -> str:
    lang = f' lang="{html.escape(language)}"'
    if measure is None:
        return f'<td class="text"{lang}>—</td>'
    line = measure.span.line
    number = f'<span class="ln">line {line}</span>' if line else ""
    return (
        f'<td class="text"{lang}>{number}<span class="id">{html.escape(measure.id)}</span>'
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
    """A static page with the two versions side by side, each row coloured by its findings.

    A row is red where a finding on it is an error (an untranslated or
    missing measure), amber for a warning, blue for information, green for a
    pair with nothing to say and grey for a lone measure without findings;
    the score is printed, not coloured.  A checkbox hides the rows without
    findings, a bar of links leads to each section (marked by its worst
    finding), the column headings stay in view, each measure shows its
    line, and each column carries the ``lang`` of its version.  No script.
    """
    src = {m.id: m for m in source.iter_measures()}
    tgt = {m.id: m for m in target.iter_measures()}
    section_of = measure_sections(source)
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

    src_lang, tgt_lang = alignment.source_language, alignment.target_language
    rows: list[str] = []
    nav: list[str] = []
    current: str | None = None
    sections = {s.id: s for s in source.sections}
    target_sections = {s.id: s for s in target.sections}
    section_pairs = {p.source: p.target for p in alignment.sections if p.source is not None}
    # The worst finding of each section, its measures' findings included, for the navigation.
    section_marks: dict[str, list[_Finding]] = {}
    for (s_id, _), notes in by_pair.items():
        section_marks.setdefault(section_of.get(s_id or "", ""), []).extend(notes)
    for owner, notes in by_section.items():
        section_marks.setdefault(owner or "", []).extend(notes)
    for pair in alignment.pairs:
        owner = section_of.get(pair.source or "")
        if owner is not None and owner != current:
            current = owner
            section = sections[owner]
            notes = by_section.get(owner, [])
            mark = _worst(notes)
            partner = target_sections.get(section_pairs.get(owner) or "")
            right = html.escape(partner.label + partner.title) if partner else "— no heading"
            anchor = f"s-{html.escape(owner)}"
            heading = html.escape(section.label + section.title)
            overall = _worst(section_marks.get(owner, []))
            count = len(section_marks.get(owner, []))
            nav.append(
                f'<a class="{overall}" href="#{anchor}">{heading}'
                f"{f' ({count})' if count else ''}</a>"
            )
            line = section.span.line
            number = f'<span class="ln">line {line}</span>' if line else ""
            rows.append(
                f'<tr class="section {mark or "ok"}" id="{anchor}">'
                f'<td class="mark {mark}">{"!" if mark else ""}</td>'
                f'<td lang="{src_lang}">{number}{heading}{_findings_list(notes)}</td>'
                f'<td></td><td lang="{tgt_lang}">{right}</td></tr>'
            )
        notes = by_pair.get((pair.source, pair.target), [])
        mark = _worst(notes)
        paired = pair.source is not None and pair.target is not None
        left = _measure_cell(src.get(pair.source or ""), src_lang)
        right = _measure_cell(tgt.get(pair.target or ""), tgt_lang)
        score = f"{pair.score:.2f}<br><small>{pair.link}</small>" if paired else pair.link
        kind = "pair" if paired else "unpaired"
        rows.append(
            f'<tr class="{kind} {mark or "ok"}">'
            f'<td class="mark {mark}">{"!" if mark else ""}</td>{left}'
            f'<td class="score">{score}</td>{right}</tr>'
        )
        if notes:
            rows.append(
                f'<tr class="notes {mark}"><td></td><td colspan="3">{_findings_list(notes)}</td></tr>'
            )
    for owner, notes in by_section.items():
        if owner not in sections or not any(
            section_of.get(p.source or "") == owner for p in alignment.pairs
        ):
            document.extend(notes)
    title = f"{alignment.source} ⇄ {alignment.target}"
    total = sum(1 for p in alignment.pairs if p.source is not None)
    legend = (
        '<span class="error">error</span><span class="warning">warning</span>'
        '<span class="info">info</span><span class="ok">no finding</span>'
        '<span class="none">unpaired, no finding</span>'
    )
    problems = sum(1 for notes in by_pair.values() if notes)
    return (
        "<!DOCTYPE html>\n"
        f'<html lang="{html.escape(tgt_lang)}">\n<head>\n<meta charset="utf-8">\n'
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        f"<title>{html.escape(title)}</title>\n<style>\n{_CSS}\n</style>\n</head>\n<body>\n"
        f"<h1>{html.escape(title)}</h1>\n"
        f'<p class="meta">{alignment.matched}/{total} source measures paired · '
        f"{len(findings)} findings · measures found by {alignment.segmentation} · "
        f'rows: <span class="legend">{legend}</span></p>\n'
        f'<nav aria-label="sections">{"".join(nav)}</nav>\n'
        f"{_findings_list(document)}\n"
        '<input type="checkbox" id="problems">'
        f'<label class="filter" for="problems"> show only the {problems} rows with findings</label>\n'
        '<table>\n<colgroup><col style="width:1.6em"><col><col style="width:5.5em"><col></colgroup>\n'
        f'<thead><tr><th></th><th lang="{src_lang}">{html.escape(alignment.source)} ({src_lang})</th>'
        f'<th>score</th><th lang="{tgt_lang}">{html.escape(alignment.target)} ({tgt_lang})</th></tr></thead>\n'
        "<tbody>\n"
        + "\n".join(rows)
        + "\n</tbody>\n</table>\n</body>\n</html>\n"
    )
