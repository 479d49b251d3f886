"""The ``ocr-confusions`` fix: letters that OCR read for digits or punctuation.

Three classes, each narrow enough to leave real words alone:

* a network generation written with a letter for its digit (``SG`` for ``5G``,
  ``AG`` for ``4G``) inside Chinese text, next to a network or technology
  term (``SG网络``, ``推进SG、物联网``);
* ``O``/``o`` for ``0`` and ``l``/``I`` for ``1`` between two digits of a number
  that stands in Chinese text (``2O24年``);
* a lowercase ``o`` for ``。`` after a Latin acronym and before Han text
  (``原创内容IPo深入挖掘`` is ``原创内容IP。深入挖掘``).

``SG`` in English (Singapore), ``Oo`` in words and ``IPO`` are untouched.
"""

from __future__ import annotations

from collections.abc import Iterable

import regex

from .chars import is_han, is_han_like
from .pipeline import Context, Fix
from .textmap import Edit

__all__ = ["OCR_CONFUSIONS"]

_LATIN_TAIL = regex.compile(r"[A-Za-z]+$")

_GENERATION_DIGITS = {"S": "5", "A": "4"}
_GENERATION = regex.compile(r"(?<![A-Za-z0-9])([SA])G(?![A-Za-z0-9])")
# Terms that say the text around is about networks and technology.
_TECH_TERMS = regex.compile(
    r"网络|基站|通信|通讯|物联网|商用|终端|手机|信号|覆盖|专网|宽带|移动|模组|芯片|"
    r"千兆|光纤|新基建|算力|云计算|应用|技术|部署|IPv6|[2-6]G"
)
_TECH_WINDOW = 12
_DIGIT_CONFUSION = regex.compile(r"(?<=\d)[OoIl]+(?=\d)")
_DIGIT_FOR = {"O": "0", "o": "0", "I": "1", "l": "1"}
# A number, possibly with look-alike letters, that is not part of a word.
_NUMBER = regex.compile(r"(?<![\dOoIlA-Za-z])[\dOoIl]+(?![\dOoIlA-Za-z])")
_O_FOR_STOP = regex.compile(r"(?<=[A-Z]{2,})o(?=\p{Han})")


def _generation_edits(text: str) -> list[Edit]:
    edits: list[Edit] = []
    for m in _GENERATION.finditer(text):
        before = text[m.start() - 1 : m.start()]
        after = text[m.end() : m.end() + 1]
        if before and not (is_han_like(before) or before in " \n\t"):
            continue
        if not (is_han_like(after) or after in ("", "\n", "+")):
            continue
        window = text[max(0, m.start() - _TECH_WINDOW) : m.end() + _TECH_WINDOW]
        if _TECH_TERMS.search(window) is None:
            continue
        edits.append(Edit(m.start(1), m.end(1), _GENERATION_DIGITS[m.group(1)]))
    return edits


def _digit_edits(text: str) -> list[Edit]:
    edits: list[Edit] = []
    for number in _NUMBER.finditer(text):
        before = text[number.start() - 1 : number.start()]
        after = text[number.end() : number.end() + 1]
        # Only a number standing in Chinese text: 2O24年, 第1O条.
        if not (is_han_like(before) or is_han_like(after)):
            continue
        for m in _DIGIT_CONFUSION.finditer(text, number.start(), number.end()):
            replacement = "".join(_DIGIT_FOR[c] for c in m.group())
            edits.append(Edit(m.start(), m.end(), replacement))
    return edits


def _stop_edits(text: str) -> list[Edit]:
    edits: list[Edit] = []
    for m in _O_FOR_STOP.finditer(text):
        acronym = _LATIN_TAIL.search(text[max(0, m.start() - 12) : m.start()])
        assert acronym is not None
        before = text[m.start() - len(acronym.group()) - 1 : m.start() - len(acronym.group())]
        # The acronym itself is all capitals and stands in Chinese text.
        if not acronym.group().isupper() or not is_han(before):
            continue
        edits.append(Edit(m.start(), m.end(), "。"))
    return edits


def _ocr_edits(text: str, ctx: Context) -> Iterable[Edit]:
    return _generation_edits(text) + _digit_edits(text) + _stop_edits(text)


OCR_CONFUSIONS = Fix(
    name="ocr-confusions",
    description=(
        "Repair OCR letter-for-digit confusions in Chinese text: SG for 5G next to network "
        "terms, O/o for 0 and I/l for 1 inside numbers, o for 。 after an acronym."
    ),
    edits=_ocr_edits,
)
