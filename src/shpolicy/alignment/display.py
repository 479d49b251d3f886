"""How an alignment shows in a terminal and a notebook: a one-line repr and a table of pairs.

The field dump of an alignment of 23 measures runs to thousands of
characters; the repr says which versions were aligned and how the pairs
fall, ``_repr_html_`` lists the pairs.  The JSON form is untouched.
"""

from __future__ import annotations

from collections import Counter
from typing import Any

from ..schema.display import html_table, plural

# The models call these, so the arguments are typed loosely: importing the models here
# would be a cycle.

__all__ = ["alignment_html", "alignment_repr"]


def alignment_repr(a: Any) -> str:
    links = Counter(p.link for p in a.pairs)
    kinds = ", ".join(f"{n} {link}" for link, n in sorted(links.items()))
    crossings = sum(1 for p in a.pairs if p.crossing)
    tail = f", {plural(crossings, 'crossing')}" if crossings else ""
    cut = "" if a.segmentation == "labels" else f", measures cut by {a.segmentation}"
    return (f"<Alignment {a.source_language}→{a.target_language} {a.source} → {a.target}: "
            f"{plural(len(a.pairs), 'pair')} ({kinds}){tail}{cut}>")


def alignment_html(a: Any) -> str:
    rows = [(p.source, p.target, p.link, f"{p.score:.2f}", p.crossing) for p in a.pairs]
    return html_table(alignment_repr(a), ("source", "target", "link", "score", "crossing"), rows)
