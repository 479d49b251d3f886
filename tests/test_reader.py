"""Reading text files: encodings, formats and unusable input.

The 2024 notice is re-encoded in every supported way in ``tmp_path``; each
must read back to the very text of the UTF-8 seed.  Unusable files must raise
the matching :class:`~shpolicy.errors.ShpolicyError` subclass.
"""

from __future__ import annotations

import io
import random
import zipfile
from pathlib import Path

import pytest

from shpolicy.errors import (
    BinaryInputError,
    DecodeError,
    EmptyInputError,
    ReadError,
    ShpolicyError,
    UnsupportedFormatError,
)
from shpolicy.sources import read_bytes, read_source

CORPORA = Path(__file__).resolve().parent.parent / "corpora"
SEED = CORPORA / "2024-digital-trade.zh.txt"
TEXT = SEED.read_text(encoding="utf-8")


def _write(tmp_path: Path, name: str, data: bytes) -> Path:
    path = tmp_path / name
    path.write_bytes(data)
    return path


# ------------------------------------------------------------------ encodings

ENCODED = {
    "utf-8": TEXT.encode("utf-8"),
    "utf-8-sig": b"\xef\xbb\xbf" + TEXT.encode("utf-8"),
    "gb18030": TEXT.encode("gb18030"),
    "utf-16-le": b"\xff\xfe" + TEXT.encode("utf-16-le"),
    "utf-16-be": b"\xfe\xff" + TEXT.encode("utf-16-be"),
    "utf-32-le": b"\xff\xfe\x00\x00" + TEXT.encode("utf-32-le"),
}


@pytest.mark.parametrize("encoding", sorted(ENCODED))
def test_every_encoding_reads_to_the_same_text(tmp_path: Path, encoding: str) -> None:
    src = read_source(_write(tmp_path, "notice.txt", ENCODED[encoding]))
    assert src.text == TEXT
    assert src.encoding == encoding
    assert src.format == "text"


@pytest.mark.parametrize("codec", ["utf-16-le", "utf-16-be"])
def test_utf16_without_bom_is_recognised_by_its_nul_bytes(tmp_path: Path, codec: str) -> None:
    src = read_source(_write(tmp_path, "notice.txt", TEXT.encode(codec)))
    assert src.text == TEXT
    assert src.encoding == codec


def test_bom_and_crlf_give_the_same_normalised_text(tmp_path: Path) -> None:
    from shpolicy.normalize import Context, normalize

    crlf = b"\xef\xbb\xbf" + TEXT.replace("\n", "\r\n").encode("utf-8")
    src = read_source(_write(tmp_path, "notice.txt", crlf))
    assert src.encoding == "utf-8-sig"
    # The reader keeps the file's line breaks; normalisation makes them LF.
    assert src.text == TEXT.replace("\n", "\r\n")
    ctx = Context(language="zh")
    assert normalize(src.text, ctx).text == normalize(TEXT, ctx).text


def test_gbk_file_reads_as_gb18030(tmp_path: Path) -> None:
    # GB18030 is a superset of GBK and GB2312: one decoder reads all three.
    plan = (CORPORA / "2020-service-trade-pilot.zh.txt").read_text(encoding="utf-8")
    src = read_source(_write(tmp_path, "plan.txt", plan.encode("gbk")))
    assert src.text == plan
    assert src.encoding == "gb18030"


def test_big5_traditional_text_is_read_as_big5(tmp_path: Path) -> None:
    traditional = (
        "上海市人民政府辦公廳關於印發《上海市推動數字貿易和服務貿易高質量發展的實施方案》的通知\n"
    )
    src = read_source(_write(tmp_path, "notice.txt", traditional.encode("big5")))
    assert src.text == traditional
    assert src.encoding == "big5"


def test_cp949_korean_text_is_read_as_cp949(tmp_path: Path) -> None:
    korean = "상하이시 디지털 무역과 서비스 무역의 고품질 발전 추진 실시 방안\n(책임 단위: 시 상무위원회)\n"
    src = read_source(_write(tmp_path, "notice.ko.txt", korean.encode("cp949")))
    assert src.text == korean
    assert src.encoding == "cp949"


def test_ascii_text_is_utf8(tmp_path: Path) -> None:
    src = read_source(_write(tmp_path, "notice.txt", b"Implementation Plan\n"))
    assert src.encoding == "utf-8"


# ---------------------------------------------------------------- bad input


@pytest.mark.parametrize(
    ("data", "error"),
    [
        (b"", EmptyInputError),
        (b" \r\n\t\n", EmptyInputError),
        (b"\xef\xbb\xbf", EmptyInputError),
        (b"\xef\xbb\xbf\r\n\xe3\x80\x80\n", EmptyInputError),  # a BOM, CRLF and U+3000
        (b"\xff\xfe \x00\n\x00", EmptyInputError),  # UTF-16 white space
        (b"\x89PNG\r\n\x1a\n" + bytes(64), BinaryInputError),
        (b"\xff\xd8\xff\xe0\x00\x10JFIF", BinaryInputError),
        (b"GIF89a\x01\x00\x01\x00", BinaryInputError),
        (b"\x1f\x8b\x08\x00", BinaryInputError),
        (b"\x00\x01\x02\x03" * 100, BinaryInputError),
        (bytes(range(1, 32)) * 20, BinaryInputError),
        (b"PK\x03\x04" + bytes(30), UnsupportedFormatError),
        (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(64), UnsupportedFormatError),
        (b"{\\rtf1\\ansi hello}", UnsupportedFormatError),
        ("Café naïve résumé".encode("latin-1"), DecodeError),
        (b"\xef\xbb\xbf\xff\xfe\xfd", DecodeError),  # a UTF-8 BOM, then not UTF-8
    ],
)
def test_unusable_bytes_raise_the_right_error(data: bytes, error: type[ShpolicyError]) -> None:
    with pytest.raises(error) as info:
        read_bytes(data, "input.txt")
    assert info.value.path == "input.txt"
    assert str(info.value).startswith("input.txt: ")
    assert "\n" not in str(info.value)


def _docx() -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        archive.writestr("word/document.xml", "<w:document/>")
    return buffer.getvalue()


def test_docx_says_what_it_is_and_what_to_do(tmp_path: Path) -> None:
    # The name says .txt: the contents decide.
    path = _write(tmp_path, "notice.txt", _docx())
    with pytest.raises(UnsupportedFormatError) as info:
        read_source(path)
    assert "Word document" in info.value.problem
    assert "save it as text" in info.value.problem


def test_xlsx_by_its_members(tmp_path: Path) -> None:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("xl/workbook.xml", "<workbook/>")
    with pytest.raises(UnsupportedFormatError, match="Excel workbook"):
        read_source(_write(tmp_path, "table.xlsx", buffer.getvalue()))


@pytest.mark.parametrize("seed", range(20))
def test_random_binary_never_passes_as_text(seed: int) -> None:
    rng = random.Random(seed)
    # Bytes without NUL or control bytes are the hard case: GB18030 and Big5
    # decode a good share of such sequences.
    data = bytes(rng.randrange(0x80, 0x100) for _ in range(4000))
    with pytest.raises((BinaryInputError, DecodeError)):
        read_bytes(data, "random.bin")
    noisy = bytes(rng.randrange(0, 0x100) for _ in range(4000))
    with pytest.raises((BinaryInputError, DecodeError)):
        read_bytes(noisy, "random.bin")


def test_utf16_with_odd_length_is_not_text() -> None:
    with pytest.raises(BinaryInputError):
        read_bytes("上海 notice".encode("utf-16-le") + b"\x00", "odd.txt")


def test_directory_and_missing_file(tmp_path: Path) -> None:
    with pytest.raises(ReadError, match="directory"):
        read_source(tmp_path)
    with pytest.raises(ReadError, match="no such file"):
        read_source(tmp_path / "absent.txt")


# ---------------------------------------------------------------- Markdown


def test_markdown_by_extension_keeps_the_whole_text(tmp_path: Path) -> None:
    text = "# 上海市人民政府\n\n**沪府办发〔2024〕31号**\n"
    src = read_source(_write(tmp_path, "notice.md", text.encode("utf-8")))
    assert src.format == "markdown"
    assert src.text == text
    assert src.metadata == {}


def test_front_matter_becomes_metadata(tmp_path: Path) -> None:
    text = (
        "---\n"
        'title: "关于印发《实施方案》的通知"\n'
        "url: https://www.shanghai.gov.cn/nw12344/20250106/a.html  # the page\n"
        "date: 2025-01-06\n"
        "tags: [数字贸易, '服务贸易']\n"
        "issuers:\n"
        "  - 市政府办公厅\n"
        "  - 市商务委\n"
        "source:\n"
        "  site: 上海市人民政府\n"
        "---\n"
        "正文\n"
    )
    # A .txt name: the front matter alone says Markdown.
    src = read_source(_write(tmp_path, "notice.txt", text.encode("utf-8")))
    assert src.format == "markdown"
    assert src.text == text
    assert src.metadata == {
        "title": "关于印发《实施方案》的通知",
        "url": "https://www.shanghai.gov.cn/nw12344/20250106/a.html",
        "date": "2025-01-06",
        "tags": "数字贸易, 服务贸易",
        "issuers": "市政府办公厅, 市商务委",
        "source.site": "上海市人民政府",
    }


def test_a_rule_before_prose_is_not_front_matter(tmp_path: Path) -> None:
    text = "---\n上海市人民政府办公厅关于印发实施方案的通知\n---\n正文\n"
    src = read_source(_write(tmp_path, "notice.txt", text.encode("utf-8")))
    assert src.format == "text"
    assert src.metadata == {}


def test_toml_front_matter(tmp_path: Path) -> None:
    text = '+++\ntitle = "实施方案"\n+++\n正文\n'
    src = read_source(_write(tmp_path, "notice.md", text.encode("utf-8")))
    assert src.metadata == {"title": "实施方案"}
