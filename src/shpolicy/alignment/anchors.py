"""Anchors: the parts of a measure that any translation keeps as they are.

Acronyms and Latin names (DEPA, CIPS, BaaS, 5G, APEC) are written in Latin
letters in all three languages; place and programme names are matched
through :mod:`.names`, and so are terms English writes as acronyms (人民币 =
RMB).  In Chinese and Korean text every Latin word is an
anchor; in English text only words that look like names rather than prose:
two or more capitals (``DEPA``, ``BaaS``, ``eVTOL``) or letters mixed with
digits (``5G``, ``G20``).  Roman numerals are numbering, not anchors.
"""

from __future__ import annotations

import regex

from .names import find_names

__all__ = ["anchors"]

_LATIN_WORD = regex.compile(r"[A-Za-z0-9][A-Za-z0-9&+]*")
_ROMAN = regex.compile(r"^[IVXLC]+$")


def _is_name(word: str) -> bool:
    capitals = sum(1 for c in word if c.isupper())
    has_digit = any(c.isdigit() for c in word)
    has_letter = any(c.isalpha() for c in word)
    return capitals >= 2 or (has_digit and has_letter)


def anchors(text: str, language: str) -> list[str]:
    """Anchors of ``text`` (in ``language``), casefolded, in order, repeats kept."""
    names = find_names(text, language)
    found: list[str] = []
    for m in _LATIN_WORD.finditer(text):
        word = m.group(0).rstrip(".")
        if not any(c.isalpha() for c in word) or _ROMAN.match(word):
            continue
        if language == "en" and not _is_name(word):
            continue
        if language != "en" and len(word) < 2:
            continue
        found.append(word.casefold())
    # An acronym that is also a key of the names table is counted once.
    found.extend(name.casefold() for name in names if name.casefold() not in found)
    return found
