"""Character classes the fixes share: Han context, CJK punctuation, spaces.

A fix that rewrites punctuation only does so in *Han context*: where the
nearest letters around the character are Han.  English and Korean prose is
left alone, while a Chinese passage inside a Korean version is fixed like a
Chinese document.  This module is the one place that says what counts as Han,
as CJK punctuation and as an inline space.
"""

from __future__ import annotations

from ..ground.scripts import HAN, HANGUL, is_han

__all__ = [
    "CJK_CLOSERS",
    "CJK_OPENERS",
    "CJK_PUNCTUATION",
    "HAN",
    "HANGUL",
    "INLINE_SPACE",
    "is_han",
    "is_han_like",
    "is_hangul",
    "letter_after",
    "letter_before",
]

CJK_OPENERS = "（〔《〈「『【“‘"
CJK_CLOSERS = "）〕》〉」』】”’"
CJK_PUNCTUATION = "，。、；：？！…—·" + CJK_OPENERS + CJK_CLOSERS
"""Full-width punctuation and brackets of Chinese text."""

INLINE_SPACE = " \u00a0"
"""Spaces inside a line (U+3000 is ASCII by the time the spacing fixes run; TAB separates cells)."""


def is_hangul(char: str) -> bool:
    return bool(char) and HANGUL.match(char) is not None


def is_han_like(char: str) -> bool:
    """A Han character or a full-width punctuation mark of Chinese text."""
    return bool(char) and (char in CJK_PUNCTUATION or is_han(char))


def letter_before(text: str, index: int, limit: int = 12) -> str:
    """The nearest letter or digit before ``index`` on the same line ('' if none).

    Spaces, punctuation, brackets and quotes in between are skipped, so the
    answer does not change when a fix turns ``,`` into ``，`` next to it.
    """
    stop = max(0, index - limit)
    i = index - 1
    while i >= stop:
        char = text[i]
        if char == "\n":
            return ""
        if char.isalnum():
            return char
        i -= 1
    return ""


def letter_after(text: str, index: int, limit: int = 12) -> str:
    """The nearest letter or digit at or after ``index`` on the same line ('' if none)."""
    stop = min(len(text), index + limit)
    i = index
    while i < stop:
        char = text[i]
        if char == "\n":
            return ""
        if char.isalnum():
            return char
        i += 1
    return ""
