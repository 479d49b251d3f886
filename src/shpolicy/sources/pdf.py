"""PDF sources: the text of a notice's pages, laid out as a text file would hold it.

:func:`read_pdf_bytes` opens the file with pypdfium2 (installed with
pdfplumber, and several times faster than pdfminer at getting characters and
their positions), takes each page's glyphs and ruling lines
(:mod:`.pdf_content`) and lays them out (:mod:`.pdf_layout`): page furniture
removed and recorded, masthead, document number and title on lines of their
own, paragraphs rebuilt from the line geometry, ruled tables written as TAB
separated rows.  The result goes through the same normalisation and parsing
as a text file; ``page_starts`` lets measures carry their page numbers.

Glyphs whose font has no Unicode mapping (no ToUnicode, ``(cid:…)`` in
pdfminer's terms) or that map to private-use code points are not text: they
are taken out and recorded as ``unextractable-text``, which the parse reports
as a warning.  If that leaves too little to be a notice, or the file is
encrypted, damaged or not a PDF at all, :class:`~shpolicy.errors.PdfError`
says so in one line.
"""

from __future__ import annotations

import logging
from typing import Any, Literal

from ..errors import PdfError
from .base import SourceText, sha256_hex
from .pdf_content import PageContent, pdfium_pages, plumber_pages
from .pdf_layout import lay_out, unusable

__all__ = ["Engine", "read_pdf_bytes"]

# Below this share of usable glyphs, what is left is not the notice.
_USABLE = 0.2
_INFO_KEYS = {"Title": "title", "Author": "author", "Subject": "subject", "Creator": "creator",
              "Producer": "producer", "CreationDate": "created", "ModDate": "modified"}  # fmt: skip


Engine = Literal["pdfium", "pdfplumber"]


# pdfminer (under pdfplumber) logs what it recovers from in a damaged file as
# warnings; with no handler of its own, Python would print them on stderr ahead
# of shpolicy's one-line message.  A handler that drops them keeps them off the
# user's terminal, and an application that configures logging still gets them.
for _name in ("pdfminer", "pdfplumber", "pypdfium2"):
    logging.getLogger(_name).addHandler(logging.NullHandler())


def read_pdf_bytes(data: bytes, path: str, *, engine: Engine = "pdfium") -> SourceText:
    """Read a PDF's text; raises :class:`~shpolicy.errors.PdfError` if it cannot be read.

    ``engine`` is ``pdfium`` (the default) or ``pdfplumber`` (the reference
    extractor: slower, and it misplaces glyphs after a font switch in
    letter-spaced lines).  A file pdfium finds damaged is tried once more
    with pdfplumber, whose parser recovers some files pdfium does not.
    """
    if not data.lstrip(b"\x00\t\n\r ").startswith(b"%PDF-"):
        raise PdfError("is not a PDF file (no %PDF- header)", path)
    if engine == "pdfplumber":
        pages, metadata = _with_pdfplumber(data, path)
    elif engine == "pdfium":
        try:
            pages, metadata = _with_pdfium(data, path)
        except _Damaged as damaged:
            try:
                pages, metadata = _with_pdfplumber(data, path)
            except PdfError:
                raise PdfError(damaged.problem, path) from None
    else:
        raise ValueError(f"unknown PDF engine {engine!r}")
    if not pages:
        raise PdfError("has no pages", path)
    _check_usable(pages, path)
    layout = lay_out(pages)
    if not layout.text.strip():
        raise PdfError("has no text layer (a scanned image?); run OCR on it first", path)
    metadata["pdf.pages"] = str(len(pages))
    if layout.doubled:
        metadata["pdf.doubled_glyphs"] = str(layout.doubled)
    return SourceText(
        path=path,
        sha256=sha256_hex(data),
        format="pdf",
        text=layout.text,
        encoding=None,
        metadata=metadata,
        page_starts=layout.page_starts,
        removed=layout.removed,
    )


def _with_pdfium(data: bytes, path: str) -> tuple[list[PageContent], dict[str, str]]:
    import pypdfium2 as pdfium

    try:
        document = pdfium.PdfDocument(data)
    except pdfium.PdfiumError as exc:
        problem = _pdfium_problem(str(exc))
        if problem.startswith("is encrypted"):
            raise PdfError(problem, path) from None
        raise _Damaged(problem, path) from None
    try:
        metadata = _info(document.get_metadata_dict(skip_empty=True))
        return list(pdfium_pages(document)), metadata
    except pdfium.PdfiumError as exc:
        raise PdfError(f"cannot be read: {exc}", path) from None
    finally:
        document.close()


class _Damaged(PdfError):
    """pdfium could not open the file (for another reason than a password)."""


def _pdfium_problem(message: str) -> str:
    lowered = message.lower()
    if "password" in lowered:
        return "is encrypted (password protected); decrypt it first"
    if "security" in lowered:
        return "is encrypted with an unsupported security handler; decrypt it first"
    if "format" in lowered or "file" in lowered:
        return "is damaged or not a valid PDF (cannot find its pages)"
    return f"cannot be opened ({message})"


def _with_pdfplumber(data: bytes, path: str) -> tuple[list[PageContent], dict[str, str]]:
    import io

    import pdfplumber
    from pdfminer.pdfdocument import PDFPasswordIncorrect
    from pdfplumber.utils.exceptions import PdfminerException

    try:
        with pdfplumber.open(io.BytesIO(data)) as pdf:
            metadata = _info({k: v for k, v in pdf.metadata.items() if isinstance(v, str) and v})
            return list(plumber_pages(pdf)), metadata
    except PdfminerException as exc:
        cause = exc.args[0] if exc.args else None
        if isinstance(cause, PDFPasswordIncorrect):
            raise PdfError("is encrypted (password protected); decrypt it first", path) from None
        raise PdfError(f"is damaged or not a valid PDF ({cause or 'unreadable'})", path) from None
    except Exception as exc:  # noqa: BLE001 - pdfminer fails on damaged files with any error
        raise PdfError(f"is damaged or not a valid PDF ({type(exc).__name__})", path) from None


def _info(info: dict[str, Any]) -> dict[str, str]:
    return {f"pdf.{_INFO_KEYS[k]}": str(v) for k, v in info.items() if k in _INFO_KEYS and v}


def _check_usable(pages: list[PageContent], path: str) -> None:
    """Fail if hardly any of the glyphs is text (fonts without a Unicode map)."""
    total = usable = 0
    for page in pages:
        for glyph in page.glyphs:
            if not glyph.text.isspace():
                total += 1
                usable += not unusable(glyph)
    if total and usable < _USABLE * total:
        raise PdfError(
            "its text cannot be extracted: its fonts have no Unicode map (ToUnicode); "
            "run OCR on it",
            path,
        )
