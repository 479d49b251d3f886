"""The ``radical-lookalikes`` fix: radicals and compatibility ideographs read as the characters.

Text extracted from a PDF often carries a Kangxi radical (U+2F00 block) for
the character it looks like: ``第三⼗一条`` with ⼗ (U+2F17) for 十, ``⼀`` for
一, ``使⽤`` for 使用; and CJK compatibility ideographs (U+F900 block) for
their unified twins.  Markers, unit names and words do not match until they
are the characters they stand for.  Unicode's compatibility mappings (NFKC)
give most of them; the simplified radicals of the supplement block (``⻋`` for
车, ``⻔`` for 门), which have none, are listed here by their names.  One
character for one, so offsets do not move.
"""

from __future__ import annotations

import unicodedata

from .pipeline import Fix
from .widths import translator

__all__ = ["RADICAL_LOOKALIKES"]

# CJK RADICAL C-SIMPLIFIED …: the simplified characters the radicals are drawn as.
_SIMPLIFIED = {
    "⻅": "见", "⻆": "角", "⻈": "讠", "⻉": "贝", "⻋": "车", "⻐": "钅", "⻓": "长",
    "⻔": "门", "⻙": "韦", "⻚": "页", "⻛": "风", "⻜": "飞", "⻠": "饣", "⻢": "马",
    "⻥": "鱼", "⻦": "鸟", "⻧": "卤", "⻨": "麦", "⻩": "黄", "⻪": "黾", "⻬": "齐",
    "⻮": "齿", "⻰": "龙", "⻳": "龟",
}  # fmt: skip


def _table() -> dict[int, str]:
    table: dict[int, str] = {}
    for start, end in ((0x2F00, 0x2FD6), (0x2E80, 0x2EF4), (0xF900, 0xFADA)):
        for code in range(start, end):
            mapped = unicodedata.normalize("NFKC", chr(code))
            if len(mapped) == 1 and mapped != chr(code):
                table[code] = mapped
    table.update({ord(k): v for k, v in _SIMPLIFIED.items()})
    return table


RADICAL_LOOKALIKES = Fix(
    name="radical-lookalikes",
    description=(
        "Read Kangxi radicals and CJK compatibility ideographs as the characters they look "
        "like (⼗ → 十, ⻋ → 车), one for one."
    ),
    edits=translator(_table()),
)
