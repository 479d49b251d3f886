"""The ``cjk-spacing`` fix: spaces that PDF extraction puts inside Chinese text.

Chinese is written without spaces between words.  Spaces between two Han
characters come from letter-spaced headings (``上 海 市 人 民 政 府``), from
justified lines and from titles broken across lines; spaces between a Han
character and a bracket come from the same sources (``沪府办发 〔2024〕``).
Spaces next to Latin letters, digits or Hangul are left alone: they separate
words there.  Indentation at the start of a line is the ``whitespace`` fix's.
"""

from __future__ import annotations

from collections.abc import Iterable

import regex

from .chars import CJK_PUNCTUATION, INLINE_SPACE
from .pipeline import Context, Fix
from .textmap import Edit

__all__ = ["CJK_SPACING"]

_P = regex.escape(CJK_PUNCTUATION)
_S = regex.escape(INLINE_SPACE)
_SPACES = regex.compile(
    rf"(?<=\p{{Han}})[{_S}]+(?=[\p{{Han}}{_P}])|(?<=[{_P}])[{_S}]+(?=\p{{Han}})"
)


def _spacing_edits(text: str, ctx: Context) -> Iterable[Edit]:
    return [Edit(m.start(), m.end(), "") for m in _SPACES.finditer(text)]


CJK_SPACING = Fix(
    name="cjk-spacing",
    description="Remove spaces between Han characters, and between Han characters and CJK punctuation.",
    edits=_spacing_edits,
)
