"""Sino-Korean readings: Chinese text read as Hangul, to compare with a Korean translation.

Most words of a Korean policy translation are Sino-Korean: the Hangul reading
of the Chinese characters the original uses (数字 → 수자, 基础设施 → 기초설시).
Reading the Chinese source aloud in Hangul therefore gives a text that shares
many syllable pairs with its Korean translation and few with any other
measure.  Simplified characters are first converted to traditional ones with
OpenCC (``s2t``) because the reading table is keyed on traditional forms
(simplified 临 would otherwise read 임 instead of 림).  The readings, one per
CJK Unified Ideograph, are the package's data file ``data/hangul_readings.tsv``,
built from the ``hanja`` package's table by scripts/build_hangul_readings.py
(its header names the source); it is read once, on first use.

Both sides are then projected onto one spelling: the initial-sound rule
(두음법칙) writes 림 as 임 at the start of a word but not inside it, so every
syllable is compared with ㄹ→ㄴ and ㄴ→ㅇ before the vowels the rule affects.
"""

from __future__ import annotations

from functools import lru_cache
from importlib import resources
from typing import Protocol

__all__ = ["hangul_bigrams", "normalize_hangul", "sino_korean"]

_HANGUL_BASE = 0xAC00
_VOWELS = 21
_FINALS = 28
_RIEUL, _NIEUN, _IEUNG = 5, 2, 11  # initial consonant indices of ㄹ, ㄴ, ㅇ
# Vowels before which the initial-sound rule turns ㄴ into ㅇ: ㅑ ㅕ ㅖ ㅛ ㅠ ㅣ.
_IOTIZED = frozenset({2, 6, 7, 12, 17, 20})
_READINGS = "data/hangul_readings.tsv"


class _Converter(Protocol):
    def convert(self, text: str) -> str: ...


@lru_cache(maxsize=1)
def _s2t() -> _Converter:
    import opencc  # a C++ extension that loads dictionaries: only when Korean is aligned

    converter: _Converter = opencc.OpenCC("s2t")
    return converter


@lru_cache(maxsize=1)
def _readings() -> dict[int, str]:
    """The package's reading table (``data/hangul_readings.tsv``) as a ``str.translate`` table."""
    data = resources.files("shpolicy.alignment").joinpath(_READINGS).read_text(encoding="utf-8")
    table: dict[int, str] = {}
    for line in data.splitlines():
        if line and not line.startswith("#"):
            char, reading = line.split("\t")
            table[ord(char)] = reading
    return table


def _project(char: str) -> str:
    code = ord(char) - _HANGUL_BASE
    if not 0 <= code < 11172:
        return char
    initial, rest = divmod(code, _VOWELS * _FINALS)
    vowel = rest // _FINALS
    if initial == _RIEUL:
        initial = _NIEUN
    if initial == _NIEUN and vowel in _IOTIZED:
        initial = _IEUNG
    return chr(_HANGUL_BASE + initial * _VOWELS * _FINALS + rest)


@lru_cache(maxsize=1)
def _projection() -> dict[int, str]:
    # Only syllables starting with ㄹ, or with ㄴ before an iotized vowel, change.
    table: dict[int, str] = {}
    block = _VOWELS * _FINALS
    for initial in (_RIEUL, _NIEUN):
        for rest in range(block):
            code = _HANGUL_BASE + initial * block + rest
            projected = _project(chr(code))
            if projected != chr(code):
                table[code] = projected
    return table


def normalize_hangul(text: str) -> str:
    """``text`` with every syllable spelt as the initial-sound rule would at a word start."""
    return text.translate(_projection())


def sino_korean(text: str) -> str:
    """The Hangul reading of the Chinese characters in ``text``; other characters stay."""
    return text and _s2t().convert(text).translate(_readings())


def hangul_bigrams(text: str) -> frozenset[str]:
    """Pairs of adjacent Hangul syllables (spaces and other characters ignored), normalised."""
    syllables = "".join(c for c in normalize_hangul(text) if "\uac00" <= c <= "\ud7a3")
    return frozenset(syllables[i : i + 2] for i in range(len(syllables) - 1))
