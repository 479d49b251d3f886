"""PDFs that cannot be read: a PdfError from the library, one line and exit 2 from the CLI.

The broken PDFs are made by tests/pdf/make_pdfs.py: a page under a user
password, the first third of the 2024 PDF, a page whose font has had its
ToUnicode map taken out, and a page where only one line is in such a font.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from shpolicy import parse
from shpolicy.cli import main
from shpolicy.errors import PdfError, ShpolicyError
from shpolicy.sources import read_bytes, read_source
from shpolicy.sources.pdf import read_pdf_bytes

PDFS = Path(__file__).resolve().parent / "pdf"

BROKEN: dict[str, tuple[str, str]] = {
    # case: (file, words the message must hold)
    "encrypted": ("encrypted.pdf", "encrypted"),
    "damaged": ("damaged.pdf", "damaged"),
    "no text": ("no-tounicode.pdf", "ToUnicode"),
}


@pytest.mark.parametrize("engine", ["pdfium", "pdfplumber"])
@pytest.mark.parametrize("case", sorted(BROKEN))
def test_unreadable_pdfs_raise_pdf_error(case: str, engine: str) -> None:
    name, words = BROKEN[case]
    data = (PDFS / name).read_bytes()
    with pytest.raises(PdfError) as caught:
        read_pdf_bytes(data, name, engine=engine)
    assert words in str(caught.value)
    assert "\n" not in str(caught.value)
    assert isinstance(caught.value, ShpolicyError)


@pytest.mark.parametrize("case", sorted(BROKEN))
def test_the_cli_says_what_is_wrong_in_one_line(
    case: str, capsys: pytest.CaptureFixture[str]
) -> None:
    name, words = BROKEN[case]
    path = PDFS / name
    assert main(["parse", str(path)]) == 2
    captured = capsys.readouterr()
    assert captured.out == ""
    lines = captured.err.splitlines()
    assert len(lines) == 1 and str(path) in lines[0] and words in lines[0]
    assert "Traceback" not in captured.err


@pytest.mark.parametrize(
    "data",
    [
        b"%PDF-1.7\n",
        b"%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ngarbage",
        b"%PDF-" + bytes(300),
    ],
    ids=["header only", "no pages", "zeros"],
)
def test_files_that_only_start_like_a_pdf(data: bytes) -> None:
    with pytest.raises(PdfError):
        read_bytes(data, "fake.pdf")


def test_a_file_that_is_not_a_pdf_at_all() -> None:
    with pytest.raises(PdfError, match="not a PDF"):
        read_pdf_bytes(b"<html>not a pdf</html>", "page.pdf")


def test_an_owner_password_alone_does_not_stop_reading() -> None:
    source = read_source(PDFS / "encrypted-no-password.pdf")
    assert source.text.startswith("上海市人民政府办公厅关于印发实施方案的通知。")


def test_a_line_without_unicode_map_is_removed_with_a_warning() -> None:
    source = read_source(PDFS / "partly-unmapped.pdf")
    paras = source.text.split("\n\n")
    assert (
        paras
        == [
            "上海市人民政府办公厅关于印发实施方案的通知。各区人民政府，市政府各委、办、局：",
        ]
        * 2
    )
    unmapped = [r for r in source.removed if r.kind == "unextractable-text"]
    assert len(unmapped) == 1
    # Thirteen glyphs (附件：服务贸易重点领域目录), recorded by their codes, between the paragraphs.
    assert unmapped[0].text.count("(cid:") == 13
    assert unmapped[0].offset == len(paras[0])
    notice = parse(source)
    assert "unextractable-text-removed" in [w.code for w in notice.warnings]
