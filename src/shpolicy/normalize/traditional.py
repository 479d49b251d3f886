"""The ``traditional-to-simplified`` fix: traditional Chinese converted for parsing.

Unit names, role words and markers are matched in simplified Chinese, so a
notice in traditional characters is converted with OpenCC's ``t2s``
configuration (phrase-aware, offline).  The original text stays in the text
map, so spans and quotes still show what the document wrote.

OpenCC converts a few phrases to a text of another length.  To keep the map
exact, the conversion is compared with the text line by line and only the
differing stretches become edits: characters converted one for one map one
for one, and only a stretch that changed length maps onto its start.
"""

from __future__ import annotations

import difflib
from collections.abc import Iterable
from functools import lru_cache
from typing import Protocol

from .pipeline import Context, Fix
from .textmap import Edit

__all__ = ["TRADITIONAL_TO_SIMPLIFIED"]


class _Converter(Protocol):
    def convert(self, text: str) -> str: ...


@lru_cache(maxsize=1)
def _t2s() -> _Converter:
    import opencc  # a C++ extension: load it only for documents that need it

    converter: _Converter = opencc.OpenCC("t2s")
    return converter


def _t2s_edits(text: str, ctx: Context) -> Iterable[Edit]:
    converted = _t2s().convert(text)
    if converted == text:
        return []
    if len(converted) == len(text):
        return _one_for_one(text, converted, 0)
    edits: list[Edit] = []
    pos = 0
    for line in text.split("\n"):
        new = _t2s().convert(line)
        if new != line:
            if len(new) == len(line):
                edits += _one_for_one(line, new, pos)
            else:
                edits += _aligned(line, new, pos)
        pos += len(line) + 1
    return edits


def _one_for_one(old: str, new: str, offset: int) -> list[Edit]:
    return [
        Edit(offset + i, offset + i + 1, b)
        for i, (a, b) in enumerate(zip(old, new, strict=True))
        if a != b
    ]


def _aligned(old: str, new: str, offset: int) -> list[Edit]:
    edits: list[Edit] = []
    matcher = difflib.SequenceMatcher(None, old, new, autojunk=False)
    for op, i1, i2, j1, j2 in matcher.get_opcodes():
        if op == "equal":
            continue
        if i2 - i1 == j2 - j1:
            edits += _one_for_one(old[i1:i2], new[j1:j2], offset + i1)
        else:
            edits.append(Edit(offset + i1, offset + i2, new[j1:j2]))
    return edits


TRADITIONAL_TO_SIMPLIFIED = Fix(
    name="traditional-to-simplified",
    description="Convert traditional Chinese characters to simplified (OpenCC t2s) for parsing.",
    edits=_t2s_edits,
    applies=lambda ctx: ctx.language == "zh",
)
