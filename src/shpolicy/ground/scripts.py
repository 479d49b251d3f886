"""Character classes by script, shared by language detection and the fixes."""

from __future__ import annotations

import regex

__all__ = ["HAN", "HANGUL", "count_scripts", "is_han"]

HAN = regex.compile(r"\p{Han}")
HANGUL = regex.compile(r"\p{Hangul}")
_LATIN = regex.compile(r"[A-Za-z]")
# Runs, measured by their match spans: a list of every character found (findall)
# costs some 60 bytes a character, more than the whole text on a long file.
_RUNS = tuple(regex.compile(f"{p.pattern}+") for p in (HAN, HANGUL, _LATIN))


def count_scripts(text: str) -> tuple[int, int, int]:
    """Number of Han, Hangul and Latin letters in ``text``."""
    han, hangul, latin = (sum(m.end() - m.start() for m in run.finditer(text)) for run in _RUNS)
    return han, hangul, latin


def is_han(char: str) -> bool:
    return bool(char) and HAN.match(char) is not None
