"""Document numbers (发文字号): finding them in any language and writing them one way.

A Chinese document number is an issuer code, the year in brackets and a
serial number: ``沪府办发〔2024〕31号``.  Print and web copies vary the
brackets (``〔〕 [] 【】 （） ()``), use full-width digits and put stray spaces
anywhere; all of these are normalised to ``沪府办发〔2024〕31号``.

Translations write the code in letters, either as pinyin (``Hu Fu Ban Fa
[2024] No. 31``) or as English initials (``SMPG GO G [2023] No. 14``).  They
are kept as written and mapped to the Chinese form when every part of the code
is in :data:`ISSUER_CODES` or :data:`TYPE_CODES`; a code with any unknown part
stays unmapped rather than guessed.  Korean versions keep the Chinese code
with ``호`` for 号 (``沪府办发〔2024〕31호``), or transcribe the code into
Hangul, which is found and kept as written but not mapped.
"""

from __future__ import annotations

from typing import NamedTuple

import regex

from ..schema import Language

__all__ = [
    "ISSUER_CODES",
    "TYPE_CODES",
    "DocNumber",
    "find_doc_number",
    "normalize_doc_number",
    "zh_code",
]

_BLANKS = regex.compile(r"[ \t]+")


class DocNumber(NamedTuple):
    """A document number found in a text."""

    as_written: str
    """The number exactly as it stands in the text."""
    normalised: str | None
    """The Chinese form ``沪府办发〔2024〕31号``, or None if the code could not be mapped."""
    start: int
    end: int


ISSUER_CODES: dict[str, str] = {
    # English initials used on the city's English website.
    # SMPG: Shanghai Municipal People's Government, whose code is 沪府.
    "SMPG": "沪府",
    # GO: General Office (办公厅); SMPG GO is the General Office of the SMPG, 沪府办.
    "SMPG GO": "沪府办",
    # Pinyin, one syllable per character of the code.
    "Hu Fu": "沪府",
    "Hu Fu Ban": "沪府办",
    "Guo": "国",  # the State Council: 国发, 国函
    "Guo Ban": "国办",  # its General Office: 国办发, 国办函
}
"""Issuer part of a document number in letters → its Chinese code."""

TYPE_CODES: dict[str, str] = {
    # The type character closes the code: 发 (an issued document), 规 (a
    # normative document), 函 (a letter).  Initials are those of the pinyin.
    "Fa": "发",
    "F": "发",
    "Gui": "规",
    "G": "规",
    "Han": "函",
    "H": "函",
}
"""Type part of a document number in letters → its Chinese character."""

_FULLWIDTH = str.maketrans("０１２３４５６７８９［］（）\u3000", "0123456789[]() ")
_OPEN = r"[〔\[【（(［〖]"
_CLOSE = r"[〕\]】）)］〗]"
# Words that may stand right before a number in running text and are never
# part of a code (根据沪府办发〔2024〕31号…, 印发的沪府规〔2023〕5号…): the code
# starts after the last of them.
_BEFORE_CODE = regex.compile(
    r"根据|按照|依据|依照|参照|对照|贯彻|执行|印发|转发|关于|详见|参见|的|了|和|及|与|或|即|经|按|据|见"
)
_ZH = regex.compile(
    rf"""
    (?P<code>(?:\p{{Han}}[ \t]*){{1,10}}?)
    {_OPEN}[ \t]*(?P<year>[0-9]{{4}})[ \t]*{_CLOSE}[ \t]*
    (?:第[ \t]*|제[ \t]*)?(?P<n>[0-9]{{1,4}})[ \t]*(?P<unit>[号號호])
    """,
    regex.VERBOSE,
)
_LETTERS = regex.compile(
    rf"""
    (?P<code>(?:[A-Z][A-Za-z]{{0,5}}\.?[ \t]+){{1,6}})
    {_OPEN}[ \t]*(?P<year>[0-9]{{4}})[ \t]*{_CLOSE}[ \t]*
    (?:No\.?|Number|\#)[ \t]*(?P<n>[0-9]{{1,4}})\b
    """,
    regex.VERBOSE,
)
_HANGUL = regex.compile(
    rf"""
    (?P<code>\p{{Hangul}}{{2,10}})[ \t]*
    {_OPEN}[ \t]*(?P<year>[0-9]{{4}})[ \t]*{_CLOSE}[ \t]*
    (?:제[ \t]*)?(?P<n>[0-9]{{1,4}})[ \t]*호
    """,
    regex.VERBOSE,
)


def _zh_form(code: str, year: str, n: str) -> str:
    return f"{code}〔{year}〕{int(n)}号"


def zh_code(letters: str) -> str | None:
    """The Chinese code of a code written in letters (``SMPG GO G`` → ``沪府办规``), or None.

    The last word is the type (发/规/函) and the words before it the issuer;
    both must be known.
    """
    words = letters.replace(".", " ").split()
    if len(words) < 2:
        return None
    issuer, kind = " ".join(words[:-1]), words[-1]
    issuer_key = next((k for k in ISSUER_CODES if k.lower() == issuer.lower()), None)
    kind_key = next((k for k in TYPE_CODES if k.lower() == kind.lower()), None)
    if issuer_key is None or kind_key is None:
        return None
    # A one-letter type goes with initials (SMPG GO G), a syllable with pinyin.
    if (len(kind_key) == 1) != issuer_key.isupper():
        return None
    return ISSUER_CODES[issuer_key] + TYPE_CODES[kind_key]


# A Mandarin syllable in pinyin without tones: an initial, then a final.
_PINYIN = regex.compile(
    r"(?:zh|ch|sh|[bpmfdtnlgkhjqxrzcsyw])?"
    r"(?:iang|iong|uang|ueng|ang|eng|ing|ong|ian|iao|uai|uan|ai|ei|ao|ou|an|en|er|in|un"
    r"|ia|ie|iu|ua|uo|ui|ue|a|o|e|i|u|v)",
    regex.IGNORECASE,
)


def _letters_code(code: str) -> str:
    """The code words of a letter-written number, without words of the sentence before it.

    Code words are upper-case initials (``SMPG``, ``GO``) or capitalised pinyin
    syllables (``Hu``, ``Shang``); reading from the right, the first word that
    is neither ends the code (``Notice Hu Fu Ban Fa``).
    """
    words = code.split()
    kept: list[str] = []
    for word in reversed(words):
        bare = word.rstrip(".")
        syllable = bare[:1].isupper() and bare[1:].islower() and _PINYIN.fullmatch(bare)
        if syllable or (bare.isupper() and len(bare) <= 5):
            kept.append(word)
        else:
            break
    return " ".join(reversed(kept))


def _find_zh(text: str, ascii_text: str) -> DocNumber | None:
    m = _ZH.search(ascii_text)
    if m is None:
        return None
    start = m.start()
    cut = None
    for word in _BEFORE_CODE.finditer(m["code"]):
        if m["code"][word.end() :].strip():
            cut = word.end()
    if cut is not None:
        start += cut
    while ascii_text[start].isspace():
        start += 1
    code = _BLANKS.sub("", ascii_text[start : m.end("code")])
    return DocNumber(text[start : m.end()], _zh_form(code, m["year"], m["n"]), start, m.end())


def _find_letters(text: str, ascii_text: str) -> DocNumber | None:
    for m in _LETTERS.finditer(ascii_text):
        code = _letters_code(m["code"])
        if not code:
            continue
        start = m.start("code") + m["code"].rfind(code.split()[0])
        zh = zh_code(code)
        normalised = _zh_form(zh, m["year"], m["n"]) if zh else None
        return DocNumber(text[start : m.end()], normalised, start, m.end())
    return None


def _find_hangul(text: str, ascii_text: str) -> DocNumber | None:
    m = _HANGUL.search(ascii_text)
    if m is None:
        return None
    return DocNumber(text[m.start() : m.end()], None, m.start(), m.end())


def find_doc_number(text: str, language: Language = "zh") -> DocNumber | None:
    """The first document number in ``text``: as written, its Chinese form, and offsets.

    Chinese numbers are looked for in every language (translations often keep
    them); English versions are also searched for codes in letters, Korean
    versions for codes in Hangul.  The earliest number in the text wins.
    """
    # Full-width digits and brackets map one to one, so offsets stay those of ``text``.
    ascii_text = text.translate(_FULLWIDTH)
    found = [_find_zh(text, ascii_text)]
    if language == "en":
        found.append(_find_letters(text, ascii_text))
    elif language == "ko":
        found.append(_find_hangul(text, ascii_text))
    hits = [f for f in found if f is not None]
    return min(hits, key=lambda f: f.start) if hits else None


def normalize_doc_number(text: str) -> str | None:
    """The Chinese form of ``text`` if it is (only) a document number, else None."""
    found = find_doc_number(text.strip(), "en")
    if found is None or found.as_written != text.strip():
        return None
    return found.normalised
