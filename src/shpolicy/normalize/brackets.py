"""The ``cjk-brackets`` fix: stand-ins for Chinese title marks and quotes.

Fonts without CJK glyphs, OCR and careless typing put look-alikes where the
title marks 《》〈〉 belong: guillemets ``«»``/``‹›``, a less-than or
greater-than sign on one side of an otherwise correct pair (``<规划》``), and
two single quotes for a double one (``一带一路’’``).  Each is replaced only
where it marks Chinese text, so French quotation marks in an English
translation stay as they are.
"""

from __future__ import annotations

from collections.abc import Iterable

import regex

from .chars import HAN, INLINE_SPACE, is_han, letter_after, letter_before
from .pipeline import Context, Fix
from .textmap import Edit

__all__ = ["CJK_BRACKETS"]

_GUILLEMETS = {"«": ("»", "《", "》"), "‹": ("›", "〈", "〉")}
_GUILLEMET = regex.compile(r"[«»‹›]")
# A title mark pair longer than this is not one pair.
_MAX_TITLE = 300
# Guillemets count as title marks here: they become 《》 in the same pass.
_LT_OPENER = regex.compile(r"<(?=([^<>《》«»\n]{1,100})[》»])")
_GT_CLOSER = regex.compile(r"(?<=[《«]([^<>《》«»\n]{1,100}))>")
_DOUBLED_QUOTES = regex.compile(r"’’|‘‘")


def _replace(text: str, start: int, end: int, mark: str) -> Edit:
    """Put a Chinese mark in place of ``text[start:end]``, with the spaces it makes redundant.

    ``cjk-spacing`` has run already and removed spaces between Han text and
    Chinese marks; a mark that only becomes Chinese here takes the spaces
    between it and Han text with it, as that fix would have.
    """
    s = start
    while s > 0 and text[s - 1] in INLINE_SPACE:
        s -= 1
    if s < start and is_han(text[s - 1 : s]):
        start = s
    e = end
    while e < len(text) and text[e] in INLINE_SPACE:
        e += 1
    if e > end and is_han(text[e : e + 1]):
        end = e
    return Edit(start, end, mark)


def _guillemet_edits(text: str) -> list[Edit]:
    edits: list[Edit] = []
    marks = [(m.start(), m.group()) for m in _GUILLEMET.finditer(text)]
    paired: set[int] = set()
    for n, (at, mark) in enumerate(marks):
        if mark not in _GUILLEMETS:
            continue
        closer, opener_to, closer_to = _GUILLEMETS[mark]
        # The pair is this opener and the next closer of its kind, with no
        # second opener of the kind in between.
        for later_at, later in marks[n + 1 :]:
            if later_at - at > _MAX_TITLE or later == mark:
                break
            if later == closer:
                if HAN.search(text, at + 1, later_at):
                    edits.append(_replace(text, at, at + 1, opener_to))
                    edits.append(_replace(text, later_at, later_at + 1, closer_to))
                paired.update((at, later_at))
                break
    for at, mark in marks:
        if at in paired:
            continue
        # A lone mark (its partner lost in extraction) next to Han text.
        if is_han(text[at - 1 : at]) or is_han(text[at + 1 : at + 2]):
            target = {"«": "《", "»": "》", "‹": "〈", "›": "〉"}[mark]
            edits.append(_replace(text, at, at + 1, target))
    return edits


def _bracket_edits(text: str, ctx: Context) -> Iterable[Edit]:
    edits = _guillemet_edits(text)
    for m in _LT_OPENER.finditer(text):
        if HAN.search(m.group(1)):
            edits.append(_replace(text, m.start(), m.start() + 1, "《"))
    for m in _GT_CLOSER.finditer(text):
        if HAN.search(m.group(1)):
            edits.append(_replace(text, m.start(), m.start() + 1, "》"))
    for m in _DOUBLED_QUOTES.finditer(text):
        if is_han(letter_before(text, m.start())) or is_han(letter_after(text, m.end())):
            edits.append(_replace(text, m.start(), m.end(), "”" if m.group() == "’’" else "“"))
    return edits


CJK_BRACKETS = Fix(
    name="cjk-brackets",
    description=(
        "Replace look-alikes of Chinese title marks and quotes in Han text: «» and ‹› by 《》 "
        "and 〈〉, a stray < or > in a 《》 pair, doubled single quotes by double quotes."
    ),
    edits=_bracket_edits,
)
