"""Normalisation as an ordered list of small, named, pure fixes.

Each :class:`Fix` looks at the current text and proposes edits; the pipeline
applies them through a :class:`~shpolicy.normalize.textmap.TextMap`, so that
offsets can be traced back to the original, and records every fix that changed
something as an :class:`~shpolicy.schema.AppliedFix`.  The order of ``FIXES``
in :mod:`shpolicy.normalize.fixes` is fixed: later fixes may rely on earlier
ones (digits are ASCII before page numbers are looked for, page numbers are
gone before hard wraps are joined).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field

from ..schema import AppliedFix, Language
from .textmap import Edit, TextMap

__all__ = ["Context", "Fix", "Normalized", "run_fixes", "run_pass"]


@dataclass(frozen=True, slots=True)
class Context:
    """What a fix may know about the document besides its text."""

    language: Language
    format: str = "text"
    front_matter_lines: int = 0
    """Lines of the front matter block the reader found at the top (0 if none)."""
    web_copy: bool = False
    """The text was saved from a web page (Markdown or HTML): a paragraph a line, never
    wrapped at a page width.  Later passes read the text as plain text but keep this."""


@dataclass(frozen=True, slots=True)
class Fix:
    """A named normalisation step.

    ``edits`` is pure: it reads the text and returns the edits to make.
    ``table``, if given instead, is a one-for-one character table (fast path).
    ``applies`` says whether the fix runs for a document at all.
    """

    name: str
    description: str
    edits: Callable[[str, Context], Iterable[Edit]] | None = None
    table: dict[int, str] | None = None
    applies: Callable[[Context], bool] = lambda ctx: True


@dataclass
class Normalized:
    """The outcome of normalisation: the text map and the fixes that changed it."""

    map: TextMap
    fixes: list[AppliedFix] = field(default_factory=list)

    @property
    def text(self) -> str:
        return self.map.text

    @property
    def original(self) -> str:
        return self.map.original


def _examples(text: str, edits: Sequence[Edit]) -> list[str]:
    out: list[str] = []
    for edit in edits:
        before = text[edit.start : edit.end]
        if before == edit.replacement:
            continue
        out.append(f"{before!r} → {edit.replacement!r}")
        if len(out) == 3:
            break
    return out


def run_fixes(original: str, fixes: Sequence[Fix], ctx: Context) -> Normalized:
    """Run ``fixes`` in order over ``original`` and record what each changed."""
    result = Normalized(TextMap(original))
    run_pass(result, fixes, ctx)
    return result


def run_pass(result: Normalized, fixes: Sequence[Fix], ctx: Context) -> bool:
    """Run ``fixes`` in order over ``result``'s current text; whether the text changed.

    What a fix changes is added to ``result.fixes``: to the fix's record of an
    earlier pass, if there is one.
    """
    tm = result.map
    start = tm.text
    for fix in fixes:
        if not fix.applies(ctx):
            continue
        if fix.table is not None:
            before = tm.text
            count = tm.translate(fix.table)
            examples = _table_examples(before, tm.text)
        else:
            assert fix.edits is not None, fix.name
            edits = sorted(fix.edits(tm.text, ctx), key=lambda e: (e.start, e.end))
            examples = _examples(tm.text, edits)
            count = tm.apply(edits)
        if count:
            _record(result, fix, count, examples)
    return tm.text != start


def _record(result: Normalized, fix: Fix, count: int, examples: list[str]) -> None:
    for i, applied in enumerate(result.fixes):
        if applied.name == fix.name:
            merged = applied.examples + [e for e in examples if e not in applied.examples]
            result.fixes[i] = applied.model_copy(
                update={"count": applied.count + count, "examples": merged[:3]}
            )
            return
    result.fixes.append(
        AppliedFix(name=fix.name, description=fix.description, count=count, examples=examples)
    )


def _table_examples(before: str, after: str) -> list[str]:
    out: list[str] = []
    for a, b in zip(before, after, strict=True):
        if a != b:
            example = f"{a!r} → {b!r}"
            if example not in out:
                out.append(example)
            if len(out) == 3:
                break
    return out
