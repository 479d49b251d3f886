"""Which language a text is written in: Chinese, English or Korean.

Detection counts scripts rather than words, which is enough to tell the three
languages of a notice apart and to spot a passage left in Chinese inside a
Korean or English version.
"""

from __future__ import annotations

from ..schema import Language
from .scripts import count_scripts

__all__ = ["detect_language"]


def detect_language(text: str, default: Language = "zh") -> Language:
    """The language most of ``text`` is in; ``default`` when there are no letters at all."""
    han, hangul, latin = count_scripts(text)
    if hangul and hangul >= 0.2 * (han + hangul):
        return "ko"
    # A Latin letter carries less than a Han character: weigh words, not letters.
    if latin / 5 > han:
        return "en"
    if han:
        return "zh"
    return default
