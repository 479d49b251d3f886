"""The finding codes of ``shpolicy check`` and what each means: the one list of them.

Severities follow one principle: an *error* is a translation that says
something other than its source or leaves part of it out (a measure, a
heading, a number, the responsible units, text left in the source
language); a *warning* is a defect of form that loses no content (a
repeated passage, broken numbering) or a difference the tool cannot be sure
of; *info* is worth a look but needs no change.
"""

from __future__ import annotations

from typing import Literal

__all__ = ["CODES", "Code"]

Code = Literal[
    "wrong-language",
    "missing-measure",
    "extra-measure",
    "missing-section",
    "untranslated",
    "duplicate-passage",
    "number-mismatch",
    "unit-mismatch",
    "missing-units",
    "misaligned",
    "numbering",
    "misordered",
    "merged",
    "split",
    "swapped",
]

#: Code → what it means, as documented in ``docs/ci.md``.
CODES: dict[str, str] = {
    "wrong-language": (
        "The translation is not in the language expected of it (from `--lang` or its "
        "file name), or is wholly or mostly in the source's language (error)."
    ),
    "missing-measure": "A source measure has no counterpart in the translation (error).",
    "extra-measure": "A measure of the translation has no counterpart in the source (error).",
    "missing-section": "A source section has no heading in the translation (error).",
    "untranslated": (
        "A measure is still in the source language (error); a passage inside a "
        "translated measure or a section heading is (warning)."
    ),
    "duplicate-passage": "A passage of the translation repeats an earlier one (warning).",
    "number-mismatch": (
        "An amount, percentage, year, date or count differs from the source (error), "
        "or is missing or added (warning)."
    ),
    "unit-mismatch": (
        "The translation names other responsible units than the source (error; "
        "warning where a name could not be resolved)."
    ),
    "missing-units": "The source names responsible units, the translation none (error).",
    "misaligned": (
        "The text under a label translates another source measure than the label says (error)."
    ),
    "numbering": (
        "Labels out of order, repeated, skipped, in a different numeral style, or two "
        "measures under one label (warning)."
    ),
    "misordered": (
        "A measure is translated, but stands elsewhere in the translation than in the "
        "source (warning)."
    ),
    "merged": "Two source measures are translated together under one label (warning).",
    "split": "One source measure is translated in two parts under two labels (warning).",
    "swapped": (
        "The bodies of two measures are swapped under their labels: each label holds the "
        "other's text (error)."
    ),
}
