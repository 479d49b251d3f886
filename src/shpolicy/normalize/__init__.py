"""Text normalisation: named, recorded fixes that make notices parseable."""

from __future__ import annotations

from dataclasses import replace

from .pipeline import Context, Fix, Normalized, run_fixes, run_pass
from .textmap import Edit, TextMap

__all__ = ["Context", "Edit", "Fix", "Normalized", "TextMap", "normalize", "run_fixes"]

MAX_PASSES = 4
"""How many times the fixes may run over one text before the result is taken as it is."""


def normalize(original: str, ctx: Context) -> Normalized:
    """Run the standard fixes (:data:`shpolicy.normalize.fixes.FIXES`) until they change nothing.

    A fix can make text that an earlier fix would change: the ``whitespace``
    fix, which must run last, takes away the indentation before a ``.`` that
    ``cjk-punctuation`` judged with it, and joined or collapsed lines give
    ``join-hard-wraps``, bracket and OCR fixes new neighbours.  No one order
    of the fixes avoids that, and teaching each fix what every later one will
    do would make them neither small nor pure, so the chain runs again over
    its own output until a pass changes nothing.  That makes normalising
    normalised text a no-op by construction.  Later passes read the text as
    plain text: Markdown markup is gone after the first, and what is left
    that looks like markup (an unescaped ``*``) is text.  Two passes are the
    rule (the second only confirms): a fix that makes work for itself, as
    ``join-hard-wraps`` does when a joined line is long enough to take the
    next one, finishes that work within its pass.  The bound stops a pair of
    fixes that undid each other from looping.
    """
    from .fixes import FIXES

    result = Normalized(TextMap(original))
    changed = run_pass(result, FIXES, ctx)
    plain = replace(ctx, format="text", front_matter_lines=0)
    passes = 1
    while changed and passes < MAX_PASSES:
        changed = run_pass(result, FIXES, plain)
        passes += 1
    return result
