"""How schema objects show in a terminal and a notebook: one-line reprs and small HTML tables.

A notice's full field dump runs to tens of thousands of characters; these
say what an object is (kind, id, counts, first words) in one line, and
``_repr_html_`` shows the same as a table in Jupyter.  The JSON form and the
fields are untouched.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

# The models call these, so the arguments are typed loosely: importing the models here
# would be a cycle.

__all__ = ["html_table", "measure_html", "measure_repr", "notice_html", "notice_repr",
           "plural", "section_html", "section_repr", "short"]

#: Characters of text kept in a one-line repr.
WORDS = 32


def short(text: str | None, limit: int = WORDS) -> str:
    """``text`` on one line, cut to ``limit`` characters with an ellipsis."""
    flat = " ".join((text or "").split())
    return flat if len(flat) <= limit else flat[: limit - 1] + "…"


def plural(n: int, word: str) -> str:
    """``1 measure``, ``2 measures``."""
    return f"{n} {word}{'' if n == 1 else 's'}"


def notice_repr(n: Any) -> str:
    measures = sum(1 for _ in n.iter_measures())
    parts = [n.language, n.doc_number or n.source.path, repr(short(n.title))]
    counts = [plural(len(n.sections), "section"), plural(measures, "measure"),
              plural(len(n.warnings), "warning")]
    return f"<Notice {' '.join(parts)}: {', '.join(counts)}>"


def measure_repr(m: Any) -> str:
    counts = [plural(len(m.responsible_units), "unit"), plural(len(m.items), "item")]
    return f"<Measure {m.id} {m.label} {short(m.title)!r}: {', '.join(counts)}>"


def section_repr(s: Any) -> str:
    label = f" {s.label}" if s.label else ""
    return f"<Section {s.id}{label} {short(s.title)!r}: {plural(len(s.measures), 'measure')}>"


def html_table(caption: str, head: Sequence[str], rows: Sequence[Sequence[object]]) -> str:
    """A small HTML table: ``caption`` over ``head`` and ``rows`` (cells escaped, None blank)."""
    from html import escape  # its entity table costs milliseconds at import; notebooks only

    cells = "".join(f"<th>{escape(h)}</th>" for h in head)
    body = "".join(
        "<tr>" + "".join(f"<td>{escape('' if v is None else str(v))}</td>" for v in row) + "</tr>"
        for row in rows
    )
    return (f"<table><caption style='text-align:left'>{escape(caption)}</caption>"
            f"<thead><tr>{cells}</tr></thead><tbody>{body}</tbody></table>")


def _units(m: Any) -> str:
    return "、".join(u.canonical or u.name for u in m.responsible_units)


def notice_html(n: Any) -> str:
    meta = [("doc_number", n.doc_number), ("title", n.title), ("language", n.language),
            ("date", n.date), ("issuers", "、".join(n.issuers)), ("path", n.source.path)]
    sections = [(s.id, s.label, short(s.title, 60), len(s.measures)) for s in n.sections]
    return (html_table("Notice", ("field", "value"), meta)
            + html_table("Sections", ("id", "label", "title", "measures"), sections))


def section_html(s: Any) -> str:
    rows = [(m.id, m.label, short(m.title, 60), _units(m)) for m in s.measures]
    return html_table(section_repr(s), ("id", "label", "title", "units"), rows)


def measure_html(m: Any) -> str:
    rows = [(m.id, m.label, short(m.text, 120), _units(m))]
    rows += [(i.id, i.label, short(i.text, 120), _units(i)) for i in m.items]
    return html_table(measure_repr(m), ("id", "label", "text", "units"), rows)
