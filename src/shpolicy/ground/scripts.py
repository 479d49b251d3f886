"""Character classes by script, shared by language detection and the fixes."""

from __future__ import annotations

import regex

__all__ = ["HAN", "HANGUL", "count_scripts", "is_han"]

HAN = regex.compile(r"\p{Han}")
HANGUL = regex.compile(r"\p{Hangul}")
_LATIN = regex.compile(r"[A-Za-z]")


def count_scripts(text: str) -> tuple[int, int, int]:
    """Number of Han, Hangul and Latin letters in ``text``."""
    return len(HAN.findall(text)), len(HANGUL.findall(text)), len(_LATIN.findall(text))


def is_han(char: str) -> bool:
    return bool(char) and HAN.match(char) is not None
