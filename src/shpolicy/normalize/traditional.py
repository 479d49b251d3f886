"""The ``traditional-to-simplified`` fix: traditional Chinese converted for parsing.

Unit names, role words and markers are matched in simplified Chinese, so a
notice in traditional characters is converted with OpenCC (offline).  A copy
converted with Taiwan phrasing writes 資訊 for 信息, 網路 for 网络, 擴充套件 for
扩展, 智慧財產權 for 知识产权; character conversion alone leaves 市经济资讯化委.
Where the text shows such vocabulary (:data:`_TAIWAN_WORDS`, words a mainland
text does not use), the conversion is ``tw2sp``, which undoes the phrases too;
otherwise ``t2s``, so that a mainland 資料 (materials) is not turned into 数据.
The original text stays in the text map, so spans and quotes still show what
the document wrote.

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

__all__ = ["TRADITIONAL_TO_SIMPLIFIED", "conversion_for"]


class _Converter(Protocol):
    def convert(self, text: str) -> str: ...


# Words of Taiwan usage that a mainland text, simplified or traditional, does
# not contain; two different ones are evidence enough.
_TAIWAN_WORDS = (
    "擴充套件", "最佳化", "智慧財產權", "網路", "軟體", "硬體", "資訊化", "資訊科技",
    "印表機", "記憶體", "程式設計", "伺服器", "數位化", "高效能", "部落格", "網際網路",
)  # fmt: skip


# Taiwan words with more than one mainland equivalent, where OpenCC picks the
# everyday one and policy documents use another: 高階 is 高级 in general
# writing but 高端 in 高端服务 / 高端制造 / 高端人才.
_POLICY_WORDS = {"高階": "高端"}


class _Preferring:
    """A converter that first writes the policy equivalents of ambiguous Taiwan words."""

    def __init__(self, inner: _Converter) -> None:
        self.inner = inner

    def convert(self, text: str) -> str:
        for word, policy in _POLICY_WORDS.items():
            text = text.replace(word, policy)
        return self.inner.convert(text)


@lru_cache(maxsize=2)
def _converter(config: str) -> _Converter:
    import opencc  # a C++ extension: load it only for documents that need it

    converter: _Converter = opencc.OpenCC(config)
    return _Preferring(converter) if config == "tw2sp" else converter


def conversion_for(text: str) -> str:
    """The OpenCC configuration for ``text``: ``tw2sp`` where it reads as Taiwan usage, else ``t2s``."""
    return "tw2sp" if sum(word in text for word in _TAIWAN_WORDS) >= 2 else "t2s"


def _t2s_edits(text: str, ctx: Context) -> Iterable[Edit]:
    convert = _converter(conversion_for(text)).convert
    converted = convert(text)
    if converted == text:
        return []
    if len(converted) == len(text):
        return _one_for_one(text, converted, 0)
    edits: list[Edit] = []
    pos = 0
    for line in text.split("\n"):
        new = convert(line)
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
    description=(
        "Convert traditional Chinese to simplified for parsing (OpenCC t2s; tw2sp where the "
        "text uses Taiwan vocabulary)."
    ),
    edits=_t2s_edits,
    applies=lambda ctx: ctx.language == "zh",
)
