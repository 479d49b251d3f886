"""The standard normalisation fixes, in the order they run.

The order is part of the design.  Line breaks and invisible characters go
first, so that every later fix sees lines; Markdown markup is taken out before
anything reads the text; widths are ASCII before spacing, brackets and
punctuation are repaired (they look for ASCII digits and letters); OCR
confusions are judged with Chinese punctuation in place; page numbers go
before hard wraps are joined (a page number often interrupts a sentence); and
white space is tidied last, once the indentation that marks paragraphs has
served the join.
"""

from __future__ import annotations

from .brackets import CJK_BRACKETS
from .lines import BOM, INVISIBLE, NEWLINES, WHITESPACE
from .markup import FRONT_MATTER, MARKDOWN_BLOCKS, MARKDOWN_INLINE, MARKDOWN_TABLES
from .ocr import OCR_CONFUSIONS
from .pages import PAGE_NUMBERS
from .pipeline import Fix
from .punctuation import CJK_PUNCTUATION_FIX
from .radicals import RADICAL_LOOKALIKES
from .spacing import CJK_SPACING
from .traditional import TRADITIONAL_TO_SIMPLIFIED
from .widths import FULLWIDTH_ASCII, UNICODE_SPACES
from .wraps import JOIN_HARD_WRAPS

__all__ = ["FIXES"]

FIXES: tuple[Fix, ...] = (
    BOM,
    NEWLINES,
    INVISIBLE,
    FRONT_MATTER,
    MARKDOWN_BLOCKS,
    MARKDOWN_TABLES,
    MARKDOWN_INLINE,
    FULLWIDTH_ASCII,
    RADICAL_LOOKALIKES,
    UNICODE_SPACES,
    CJK_SPACING,
    CJK_BRACKETS,
    CJK_PUNCTUATION_FIX,
    OCR_CONFUSIONS,
    TRADITIONAL_TO_SIMPLIFIED,
    PAGE_NUMBERS,
    JOIN_HARD_WRAPS,
    WHITESPACE,
)
