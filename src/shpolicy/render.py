"""Serialising a notice: JSON (the schema contract) and readable Markdown."""

from __future__ import annotations

from .schema import Measure, Notice

__all__ = ["notice_to_json", "notice_to_markdown"]


def notice_to_json(notice: Notice) -> str:
    """The JSON form of ``notice`` described by ``docs/schema.json``."""
    return notice.model_dump_json(indent=2) + "\n"


def _units(measure: Measure) -> str:
    names = [u.canonical or u.name for u in measure.responsible_units]
    return f" *({'、'.join(names)})*" if names else ""


def _measure_lines(measure: Measure, depth: int) -> list[str]:
    lines = [f"{'  ' * depth}- **{measure.label}** {measure.text}{_units(measure)}"]
    for item in measure.items:
        lines.extend(_measure_lines(item, depth + 1))
    return lines


def notice_to_markdown(notice: Notice) -> str:
    """A readable outline of ``notice``: metadata, sections, measures and units."""
    lines = [f"# {notice.title or notice.source.path}", ""]
    meta = [
        ("Document number", notice.doc_number),
        ("Issuers", "、".join(notice.issuers) or None),
        ("Date", notice.date),
        ("Plan", notice.plan_title),
        ("Language", notice.language),
    ]
    lines += [f"- {key}: {value}" for key, value in meta if value]
    if notice.preamble:
        lines += ["", notice.preamble]
    for section in notice.sections:
        lines += ["", f"## {section.label}{section.title}".rstrip(), ""]
        if section.text:
            lines += [section.text, ""]
        for measure in section.measures:
            lines.extend(_measure_lines(measure, 0))
    if notice.closing:
        lines += ["", notice.closing]
    if notice.warnings:
        lines += ["", "## Warnings", ""]
        lines += [f"- `{w.code}`: {w.message}" for w in notice.warnings]
    return "\n".join(lines) + "\n"
