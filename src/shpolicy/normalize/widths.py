"""Character-width fixes: full-width ASCII and odd spaces, one character for one.

Chinese typesetting writes digits and Latin letters full width (``２０２４``,
``５Ｇ``); notices copied from web pages carry no-break and fixed-width spaces.
Both become plain ASCII so that numbers, acronyms and markers read the same
everywhere.  Full-width CJK punctuation (``（），：；！？。、``) is Chinese
punctuation, not a width variant, and stays as it is.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable

from .pipeline import Context, Fix
from .textmap import Edit

__all__ = ["FULLWIDTH_ASCII", "UNICODE_SPACES", "translator"]


def _fullwidth_table() -> dict[int, str]:
    table: dict[int, str] = {}
    for first, last in (("０", "９"), ("Ａ", "Ｚ"), ("ａ", "ｚ")):
        for code in range(ord(first), ord(last) + 1):
            table[code] = chr(code - 0xFEE0)
    for char in "％＋－／＝＆＠＃":
        table[ord(char)] = chr(ord(char) - 0xFEE0)
    table[0x3000] = " "
    return table


def translator(table: dict[int, str]) -> Callable[[str, Context], Iterable[Edit]]:
    """Edits for a one-for-one table, found by a regex so that clean text costs nothing."""
    # The standard library's engine tests a class of literal characters against a
    # set (a few microseconds over a notice); ``regex`` and ``str.translate`` take
    # a hundred times longer, and most texts hold none of the characters.
    chars = re.compile("[" + re.escape("".join(map(chr, table))) + "]+")

    def edits(text: str, ctx: Context) -> Iterable[Edit]:
        return [Edit(m.start(), m.end(), m.group().translate(table)) for m in chars.finditer(text)]

    return edits


FULLWIDTH_ASCII = Fix(
    name="fullwidth-ascii",
    description=(
        "Turn full-width digits, Latin letters, the ideographic space and ％＋－／＝＆＠＃ "
        "into ASCII; CJK punctuation stays full width."
    ),
    edits=translator(_fullwidth_table()),
)

UNICODE_SPACES = Fix(
    name="unicode-spaces",
    description="Turn no-break, fixed-width and narrow spaces into ASCII spaces.",
    edits=translator({code: " " for code in (0x00A0, *range(0x2000, 0x200B), 0x202F, 0x205F)}),
)
