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


def _minimal_pdf(content: bytes) -> bytes:
    """A one-page PDF whose page draws ``content`` (built by hand: no generator needed)."""
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R >>",
        b"<< /Length %d >>\nstream\n" % len(content) + content + b"\nendstream",
    ]
    out = b"%PDF-1.4\n"
    offsets = []
    for number, body in enumerate(objects, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (
        len(objects) + 1,
        xref,
    )
    return out


@pytest.mark.parametrize("engine", ["pdfium", "pdfplumber"])
def test_a_page_without_a_text_layer_asks_for_ocr(engine: str) -> None:
    # What a scan looks like to a text extractor: marks on the page, no text.
    data = _minimal_pdf(b"0.5 g 50 50 400 600 re f")
    with pytest.raises(PdfError, match="no text layer"):
        read_pdf_bytes(data, "scan.pdf", engine=engine)
