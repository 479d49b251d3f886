"""Plain-text and Markdown files: recognising what the bytes are and decoding them.

The order of the checks matters.  Known binary formats are recognised by their
magic numbers first (a ``.docx`` is a ZIP archive, and must not be mistaken for
text that merely fails to decode).  A byte-order mark is trusted next; then the
pattern of NUL bytes that ASCII characters leave in UTF-16; then strict UTF-8,
which almost never accepts bytes that are not UTF-8.  Only then are the legacy
encodings tried, and since GB18030 decodes almost any sequence of bytes, each
candidate decoding must also *look* like a notice: its Han characters must be
common ones, and it must hold no control, private-use or unassigned characters.

With ``errors="replace"`` the same checks pick the encoding first; only a file
that no encoding reads whole, but one reads except for a few stray byte
sequences (one byte in a thousand at most), is decoded in that encoding with
U+FFFD for each sequence it cannot read, and each is kept as an
:class:`Undecodable`.  A file that strict decoding reads is read the same way
whatever ``errors`` says, so the option never changes a notice that parses.
"""

from __future__ import annotations

import codecs
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Literal

import regex

from ..errors import BinaryInputError, DecodeError, EmptyInputError, UnsupportedFormatError
from ..ground.frontmatter import find_front_matter, is_markdown_path
from .base import FurnitureRemoval, SourceText, sha256_hex

__all__ = [
    "Decoded",
    "Errors",
    "Undecodable",
    "decode",
    "decode_text",
    "read_text_bytes",
    "replacing",
]

Errors = Literal["strict", "replace"]
"""What to do with bytes the encoding cannot read: raise a DecodeError, or put U+FFFD there."""

REPLACEMENT = "\ufffd"
_REPLACE_HINT = 'or read it with errors="replace" (--errors replace) to put U+FFFD there'
_TOO_MANY = ", nor one of them but for stray bytes (one byte sequence in a thousand at most)"

# How much of a file the sniffing heuristics look at: enough to be sure, cheap
# on a 5 MB file.
_SAMPLE = 1 << 16

_BOMS: tuple[tuple[bytes, str, str], ...] = (
    # UTF-32 first: its little-endian mark starts with the UTF-16 one.
    (b"\xff\xfe\x00\x00", "utf-32-le", "utf-32-le"),
    (b"\x00\x00\xfe\xff", "utf-32-be", "utf-32-be"),
    (b"\xef\xbb\xbf", "utf-8", "utf-8-sig"),
    (b"\xff\xfe", "utf-16-le", "utf-16-le"),
    (b"\xfe\xff", "utf-16-be", "utf-16-be"),
)

# Magic numbers of formats that are certainly not text: (prefix, what it is).
_BINARY_MAGIC: tuple[tuple[bytes, str], ...] = (
    (b"\x89PNG\r\n\x1a\n", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF87a", "a GIF image"),
    (b"GIF89a", "a GIF image"),
    (b"II*\x00", "a TIFF image"),
    (b"MM\x00*", "a TIFF image"),
    (b"\x1f\x8b", "a gzip archive"),
    (b"7z\xbc\xaf\x27\x1c", "a 7-Zip archive"),
    (b"Rar!\x1a\x07", "a RAR archive"),
    (b"\x7fELF", "an executable program"),
    (b"SQLite format 3\x00", "an SQLite database"),
)
_ZIP_MAGIC = (b"PK\x03\x04", b"PK\x05\x06", b"PK\x07\x08")
_OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_SAVE_AS = "save it as text (.txt) or PDF and try again"

# C0 controls that have no business in a text file.  TAB, LF, VT, FF and CR
# are layout; ESC and SUB (the DOS end-of-file mark) turn up in old text files.
_CONTROL_BYTES = frozenset(range(0x20)) - {0x09, 0x0A, 0x0B, 0x0C, 0x0D, 0x1A, 0x1B} | {0x7F}
_WHITESPACE = " \t\n\r\f\v\u3000\u00a0\ufeff\u2028\u2029\x85"


@dataclass(frozen=True, slots=True)
class Undecodable:
    """A byte sequence the encoding cannot read, decoded as U+FFFD."""

    at: int
    """Offset in the decoded text of the U+FFFD that stands for it."""
    byte_offset: int
    """Offset of its first byte in the file."""
    raw: bytes

    def removal(self) -> FurnitureRemoval:
        """The replacement as the reader records it: U+FFFD kept in the text where it stands."""
        return FurnitureRemoval(
            "undecodable-bytes", REPLACEMENT, self.at, raw=self.raw, byte_offset=self.byte_offset
        )


@dataclass(frozen=True, slots=True)
class Decoded:
    """Decoded bytes: the text, the encoding's name, and what was replaced."""

    text: str
    encoding: str
    undecodable: tuple[Undecodable, ...] = field(default=())


def read_text_bytes(data: bytes, path: str, errors: Errors = "strict") -> SourceText:
    """Decode a text or Markdown file.

    Raises :class:`~shpolicy.errors.EmptyInputError`,
    :class:`~shpolicy.errors.BinaryInputError`,
    :class:`~shpolicy.errors.UnsupportedFormatError` or
    :class:`~shpolicy.errors.DecodeError` for bytes that are not usable text.
    ``errors="replace"`` reads stray undecodable bytes as U+FFFD (see the module).
    """
    if not data:
        raise EmptyInputError("the file is empty (0 bytes)", path)
    _reject_known_formats(data, path)
    decoded = decode(data, path, errors)
    text, encoding = decoded.text, decoded.encoding
    if not text.strip(_WHITESPACE):
        raise EmptyInputError("the file holds no text, only white space", path)
    front = find_front_matter(text)
    markdown = is_markdown_path(path) or front is not None
    return SourceText(
        path=path,
        sha256=sha256_hex(data),
        format="markdown" if markdown else "text",
        text=text,
        encoding=encoding,
        metadata=dict(front.metadata) if front is not None else {},
        front_matter_lines=len(text[: front.end].splitlines()) if front is not None else 0,
        removed=[u.removal() for u in decoded.undecodable],
    )


def decode_text(data: bytes, path: str = "<bytes>") -> tuple[str, str]:
    """Decode ``data`` and name the encoding used (``utf-8``, ``utf-16-le``, ``gb18030``…)."""
    decoded = decode(data, path)
    return decoded.text, decoded.encoding


def decode(data: bytes, path: str = "<bytes>", errors: Errors = "strict") -> Decoded:
    """Decode ``data``: its text, the encoding used, and with ``errors="replace"`` the stray
    byte sequences read as U+FFFD."""
    replace = errors == "replace"
    for bom, codec, name in _BOMS:
        if data.startswith(bom):
            try:
                return Decoded(data[len(bom) :].decode(codec), name)
            except UnicodeDecodeError:
                if replace and (declared := replacing(data, codec, len(bom))) is not None:
                    return Decoded(declared[0], name, declared[1])
                raise DecodeError(
                    f"starts with a {name.upper()} byte-order mark but is not valid {codec.upper()}"
                    + (_TOO_MANY if replace else f"; fix it, {_REPLACE_HINT}"),
                    path,
                ) from None
    sample = data[:_SAMPLE]
    if b"\x00" in sample:
        utf16 = _decode_utf16_without_bom(data, replace)
        if utf16 is not None:
            return utf16
        if not replace and (candidate := _decode_utf16_without_bom(data, True)) is not None:
            # Still binary data to a strict reading, but say what replacement would read.
            raise BinaryInputError(
                f"holds binary data (NUL bytes), not text, unless it {_stray(candidate)}: fix "
                f"that and try again, {_REPLACE_HINT}",
                path,
            )
        raise BinaryInputError("holds binary data (NUL bytes), not text", path)
    controls = sum(1 for byte in sample if byte in _CONTROL_BYTES)
    if controls > max(8, len(sample) // 100):
        raise BinaryInputError("holds binary data (control bytes), not text", path)
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        bad = exc
    else:
        return Decoded(*_repair_mojibake(text, path))
    decoded = (_decode_western(data) if _western_layout(data) else None) or _decode_legacy(data)
    decoded = decoded or _decode_western(data)
    if decoded is not None:
        return decoded
    # Detection picks the encoding; replacement only fills in what it cannot read.
    candidate = _replacing_in(data, bad)
    if candidate is not None:
        if replace:
            return candidate
        raise DecodeError(f"{_stray(candidate)}; fix that and try again, {_REPLACE_HINT}", path)
    raise DecodeError(
        "cannot be decoded as text (tried UTF-8, UTF-16, GB18030, Big5, CP949, "
        "Windows-1252 and Latin-1)"
        + (_TOO_MANY if replace else ""),
        path,
    )


_NAMES = {"utf-8": "UTF-8", "gb18030": "GB18030", "big5": "Big5", "big5hkscs": "Big5-HKSCS",
          "cp949": "CP949"}  # fmt: skip


def _replacing_in(data: bytes, bad: UnicodeDecodeError) -> Decoded | None:
    """``data`` read with U+FFFD in the encoding it is but for a few stray byte sequences:
    UTF-8 if it is mostly UTF-8, else the legacy encoding that reads it plausibly."""
    if _mostly_utf8(data, bad) and (utf8 := replacing(data, "utf-8")) is not None:
        return Decoded(utf8[0], "utf-8", utf8[1])
    return _decode_legacy(data, replace=True)


def _stray(decoded: Decoded) -> str:
    """What a strict decoding stumbled on: ``is UTF-8 but for byte 0xFF at offset 13 (line 2)``."""
    first = decoded.undecodable[0]
    what = " ".join(f"0x{byte:02X}" for byte in first.raw)
    line = decoded.text.count("\n", 0, first.at) + 1
    more = len(decoded.undecodable) - 1
    return (
        f"is {_NAMES.get(decoded.encoding, decoded.encoding.upper())} but for "
        f"byte{'s' if len(first.raw) > 1 else ''} {what} at offset {first.byte_offset} "
        f"(line {line})" + (f" and {more} more" if more else "")
    )


def _few(replaced: int, data: bytes) -> bool:
    """Whether ``replaced`` sequences are stray bytes in ``data`` (one in a thousand at most)."""
    return replaced <= max(1, len(data) // 1000)


def replacing(
    data: bytes, codec: str, start: int = 0
) -> tuple[str, tuple[Undecodable, ...]] | None:
    """``data[start:]`` decoded as ``codec`` with U+FFFD for each sequence it cannot read;
    None if there are more of them than stray bytes make."""
    decoder = codecs.getdecoder(codec)
    view = memoryview(data)
    pieces: list[str] = []
    found: list[Undecodable] = []
    length = 0
    pos = start
    while True:
        try:
            # A memoryview slice copies nothing, and decoding stops at the first bad byte.
            rest, _ = decoder(view[pos:])
        except UnicodeDecodeError as exc:
            good, _ = decoder(view[pos : pos + exc.start])
            pieces += (good, REPLACEMENT)
            length += len(good)
            raw = bytes(view[pos + exc.start : pos + exc.end])
            found.append(Undecodable(length, pos + exc.start, raw))
            length += 1
            pos += exc.end
            if not _few(len(found), data):
                return None
        else:
            pieces.append(rest)
            return "".join(pieces), tuple(found)


def _mostly_utf8(data: bytes, first: UnicodeDecodeError) -> bool:
    """Whether ``data`` is UTF-8 but for a few stray bytes (one in a thousand at most)."""
    bad = len(data[first.start :].decode("utf-8", errors="replace").split("\ufffd")) - 1
    return _few(bad, data)


# -- Western code pages: what Word saves an English text as on Windows --------------
_WESTERN_EXPECTED = regex.compile(r"[\u00a0-\u00ff\u2010-\u2027\u2030-\u203a\u20ac\u2122]")


def _western_layout(data: bytes) -> bool:
    """High bytes standing alone between ASCII, as a Western code page writes é or ’;
    the CJK code pages write two high bytes (or more) for each character."""
    sample = data[:_SAMPLE]
    high = [i for i, byte in enumerate(sample) if byte >= 0x80]
    if not high:
        return False
    alone = sum(
        1
        for i in high
        if (i == 0 or sample[i - 1] < 0x80) and (i + 1 >= len(sample) or sample[i + 1] < 0x80)
    )
    return alone >= 0.8 * len(high)


def _decode_western(data: bytes) -> Decoded | None:
    """Windows-1252, else Latin-1, if the text reads as a Western one (mostly ASCII letters)."""
    for codec in ("cp1252", "latin-1"):
        try:
            text = data.decode(codec)
        except UnicodeDecodeError:
            continue
        sample = text[:_SAMPLE]
        wide = [char for char in sample if ord(char) >= 0x80]
        letters = sum(1 for char in sample if char.isascii() and char.isalpha())
        expected = sum(1 for char in wide if _WESTERN_EXPECTED.match(char))
        if _bad_share(sample) <= 0.001 and expected >= 0.9 * len(wide) and letters >= 5 * len(wide):
            return Decoded(text, codec)
    return None


# -- mojibake: UTF-8 read as Windows-1252 or Latin-1 and saved as UTF-8 again -------
# A UTF-8 lead byte, then a continuation byte, both as Windows-1252 reads them.
_MOJIBAKE = regex.compile(
    "[\u00c2-\u00f4][\u0080-\u00bf\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u0192"
    "\u02c6\u02dc\u2013\u2014\u2018-\u201e\u2020-\u2022\u2026\u2030\u2039\u203a"
    "\u20ac\u2122]"
)


def _repair_mojibake(text: str, path: str) -> tuple[str, str]:
    """``text``, or the text it was before UTF-8 was read as Windows-1252 or Latin-1.

    A text every character of which is a byte of those code pages, and whose
    bytes are valid UTF-8, is mojibake beyond doubt (a real Western text almost
    never is valid UTF-8 byte for byte): it is undone exactly.  Mojibake mixed
    with good text needs ftfy (the ``mojibake`` extra); without it, such a text
    is an error rather than a notice with no measures.
    """
    marks = len(_MOJIBAKE.findall(text, 0, _SAMPLE))
    if marks < 3:
        return text, "utf-8"
    raw = _western_bytes(text)
    if raw is not None:
        try:
            return raw.decode("utf-8"), "utf-8 (mojibake of UTF-8 read as Windows-1252, repaired)"
        except UnicodeDecodeError:
            pass
    wide = sum(1 for char in text[:_SAMPLE] if ord(char) >= 0x80)
    if marks * 2 < 0.5 * wide:
        return text, "utf-8"
    try:
        import ftfy
    except ImportError:
        example = _MOJIBAKE.findall(text, 0, _SAMPLE)[0]
        raise DecodeError(
            "looks like mojibake (UTF-8 once read as Windows-1252 or Latin-1, e.g. "
            f"{example!r}); install shpolicy[mojibake] to repair it",
            path,
        ) from None
    fixed: str = ftfy.fix_encoding(text)
    return fixed, "utf-8 (mojibake repaired with ftfy)"


def _western_bytes(text: str) -> bytes | None:
    """The bytes Windows-1252 (Latin-1 for its five unused bytes) reads as ``text``, if any."""
    out = bytearray()
    for char in text:
        code = ord(char)
        if code < 0x100:
            out.append(code)
            continue
        try:
            out += char.encode("cp1252")
        except UnicodeEncodeError:
            return None
    return bytes(out)


def _decode_legacy(data: bytes, replace: bool = False) -> Decoded | None:
    """The most plausible decoding in a legacy CJK encoding, if any is plausible.

    With ``replace``, a decoding may put U+FFFD for a few stray byte sequences;
    the characters around them must look like the encoding's as they would
    without.
    """
    plausible: dict[str, tuple[float, str]] = {}
    replaced: dict[str, tuple[Undecodable, ...]] = {}
    for legacy in _LEGACY:
        if replace:
            decoded = replacing(data, legacy.name)
            if decoded is None:
                continue
            text, replaced[legacy.name] = decoded
            sample = text[:_SAMPLE].replace(REPLACEMENT, "")
        else:
            try:
                text = data.decode(legacy.name)
            except UnicodeDecodeError:
                continue
            sample = text[:_SAMPLE]
        score = _plausibility(sample, legacy.expected)
        if score >= _PLAUSIBLE:
            plausible[legacy.name] = (score, text)
    if not plausible:
        return None
    # The first of the best: GB18030 before Big5 before CP949 on a tie.
    name = max(plausible, key=lambda n: plausible[n][0])
    # EUC-KR and GB2312 share their byte layout: Korean bytes read as GB give
    # common Han characters too.  Korean separates words by spaces, Chinese
    # does not, and that tells them apart.
    # A short text may hold too few Han pairs for that: then the script decides, a
    # decoding to mostly Hangul words each ended by a space or a digit (2024년 12월).
    if (
        name != "cp949"
        and "cp949" in plausible
        and (
            _spaced_han_share(plausible[name][1][:_SAMPLE]) > _KOREAN_SPACING
            or _korean_words(plausible["cp949"][1][:_SAMPLE], plausible[name][1][:_SAMPLE])
        )
    ):
        name = "cp949"
    return Decoded(plausible[name][1], name, replaced.get(name, ()))


def _reject_known_formats(data: bytes, path: str) -> None:
    if data.startswith(_ZIP_MAGIC):
        raise UnsupportedFormatError(f"is {_zip_kind(data, path)}, not text; {_SAVE_AS}", path)
    if data.startswith(_OLE_MAGIC):
        kind = (
            "an Excel 97-2003 workbook (.xls)"
            if path.lower().endswith(".xls")
            else ("a Word 97-2003 document (.doc)")
        )
        raise UnsupportedFormatError(f"is {kind}, not text; {_SAVE_AS}", path)
    if data.startswith(b"{\\rtf"):
        raise UnsupportedFormatError(f"is a Rich Text (.rtf) document; {_SAVE_AS}", path)
    if data[8:12] == b"WEBP" and data.startswith(b"RIFF"):
        raise BinaryInputError("is a WebP image, not text", path)
    for magic, kind in _BINARY_MAGIC:
        if data.startswith(magic):
            raise BinaryInputError(f"is {kind}, not text", path)


def _zip_kind(data: bytes, path: str) -> str:
    """What an office file or archive in ZIP form is, from its member names."""
    import io
    import zipfile  # only for the error message of a file that is not text

    try:
        names = zipfile.ZipFile(io.BytesIO(data)).namelist()
    except (zipfile.BadZipFile, ValueError, OSError):
        names = []
    kinds = (
        ("word/", "a Word document (.docx)"),
        ("xl/", "an Excel workbook (.xlsx)"),
        ("ppt/", "a PowerPoint presentation (.pptx)"),
    )
    for prefix, kind in kinds:
        if any(name.startswith(prefix) for name in names):
            return kind
    if "content.xml" in names:
        return "an OpenDocument file"
    suffix = path.lower().rsplit(".", 1)[-1] if "." in path else ""
    by_suffix = {"docx": kinds[0][1], "xlsx": kinds[1][1], "pptx": kinds[2][1]}
    return by_suffix.get(suffix, "a ZIP archive")


def _decode_utf16_without_bom(data: bytes, replace: bool = False) -> Decoded | None:
    """UTF-16 recognised by where its NUL bytes fall; None if they do not fit UTF-16.

    With ``replace``, the order the NUL bytes pick may hold a few stray code units
    (a lone surrogate, an odd last byte), read as U+FFFD.
    """
    if len(data) % 2 and not replace:
        return None
    sample = data[: _SAMPLE & ~1]
    even = sample[0::2].count(0)
    odd = sample[1::2].count(0)
    # ASCII characters put their NUL high byte after the low byte in LE.  Han
    # characters such as U+4E00 put a NUL on the other side, so only a clear
    # majority decides the order; both are tried, the plausible one wins.
    order = ("utf-16-le", "utf-16-be") if odd >= even else ("utf-16-be", "utf-16-le")
    if max(even, odd) < 4 * min(even, odd):
        return None
    for codec in order:
        try:
            text = data.decode(codec)
        except UnicodeDecodeError:
            continue
        if _plausibility(text[:_SAMPLE], _unicode_expected) >= _PLAUSIBLE:
            return Decoded(text, codec)
    if replace:
        decoded = replacing(data, order[0])
        if decoded is not None:
            text, found = decoded
            readable = text[:_SAMPLE].replace(REPLACEMENT, "")
            if _plausibility(readable, _unicode_expected) >= _PLAUSIBLE:
                return Decoded(text, order[0], found)
    return None


@dataclass(frozen=True, slots=True)
class _Codec:
    name: str
    expected: Callable[[str], bool]
    """Whether a non-ASCII character is one a text in this encoding commonly holds."""


@lru_cache(maxsize=8192)
def _is_common_han(char: str) -> bool:
    """One of the frequent Han characters: GB2312 level 1 or Big5 level 1.

    Taking both sets means traditional text saved as GBK and simplified
    text alike count as plausible; bytes in the wrong encoding mostly land on
    rare characters, symbols or private-use code points instead.
    """
    try:
        gb = char.encode("gb2312")
        if len(gb) == 2 and 0xB0 <= gb[0] <= 0xD7:
            return True
    except UnicodeEncodeError:
        pass
    try:
        big5 = char.encode("big5")
        return len(big5) == 2 and 0xA440 <= (big5[0] << 8 | big5[1]) <= 0xC67E
    except UnicodeEncodeError:
        return False


def _is_cjk_layout(char: str) -> bool:
    """CJK punctuation, full-width forms and general punctuation (quotes, dashes)."""
    code = ord(char)
    return 0x3000 <= code <= 0x303F or 0xFF00 <= code <= 0xFFEF or 0x2000 <= code <= 0x206F


def _chinese_expected(char: str) -> bool:
    return _is_common_han(char) or _is_cjk_layout(char)


def _korean_expected(char: str) -> bool:
    return 0xAC00 <= ord(char) <= 0xD7A3 or _is_common_han(char) or _is_cjk_layout(char)


_LEGACY = (
    _Codec("gb18030", _chinese_expected),
    _Codec("big5", _chinese_expected),
    _Codec("big5hkscs", _chinese_expected),
    _Codec("cp949", _korean_expected),
)
_PLAUSIBLE = 0.9
# Share of Han characters followed by a space and another Han character above
# which a "Chinese" decoding is Korean words read in the wrong encoding.
_KOREAN_SPACING = 0.1
_SPACED_HAN = regex.compile(r"\p{Han}(?= \p{Han})")
_HAN = regex.compile(r"\p{Han}")


_HANGUL = regex.compile(r"\p{Hangul}")
_HAN_WORD_END = regex.compile(r"\p{Han}(?=[\s\d]|$)")


def _korean_words(korean: str, other: str) -> bool:
    """Whether ``korean`` is mostly Hangul while ``other`` (the same bytes read as Chinese)
    is Han characters that mostly end a word, as Korean syllables before a space do."""
    han = len(_HAN.findall(other))
    hangul = len(_HANGUL.findall(korean))
    ends = len(_HAN_WORD_END.findall(other))
    return bool(han) and hangul >= 0.5 * han and ends > 0.5 * han


def _spaced_han_share(text: str) -> float:
    han = len(_HAN.findall(text))
    return len(_SPACED_HAN.findall(text)) / han if han else 0.0


def _unicode_expected(char: str) -> bool:
    """A character a notice in UTF-16 holds: any CJK or Hangul, Latin-1, punctuation."""
    code = ord(char)
    return (
        code < 0x250
        or _is_cjk_layout(char)
        or 0x2E80 <= code <= 0x9FFF
        or 0xAC00 <= code <= 0xD7A3
        or 0xF900 <= code <= 0xFAFF
    )


def _plausibility(text: str, expected: Callable[[str], bool]) -> float:
    """Share of non-ASCII characters that are expected; 0 if any look like garbage."""
    if _bad_share(text) > 0.001:
        return 0.0
    wide = [char for char in text if ord(char) >= 0x80]
    if not wide:
        return 1.0
    return sum(1 for char in wide if expected(char)) / len(wide)


def _bad_share(text: str) -> float:
    """Share of characters that no notice holds: controls, private use, unassigned."""
    if not text:
        return 0.0
    bad = 0
    for char in text:
        if char < " ":
            bad += char not in "\t\n\r\f\v\x1a\x1b"
        elif ord(char) >= 0x7F:
            bad += unicodedata.category(char) in ("Cc", "Co", "Cn", "Cs")
    return bad / len(text)
