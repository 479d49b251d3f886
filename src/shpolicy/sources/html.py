"""Web pages saved from a browser: the article as text, the page around it as recorded removals.

A notice kept as ``notice.html`` holds the page's navigation, breadcrumbs,
sidebars and footer around the article.  The page is parsed with selectolax
(an HTML5 parser), the article is found (by the containers government sites
use, else as the block holding the most running text), and written out as
lines: block elements end a line, ``<br>`` breaks one, table cells are joined
by TABs as the task-table reader expects.  Every other piece of visible text
of the page is kept as a ``page-furniture`` removal, so nothing is lost; the
page's ``<title>`` and ``<meta>`` tags become the source's metadata.

With ``errors="replace"`` the page is decoded as a text file is (see
:mod:`.text`); each replacement is followed through the HTML parser by a
private-use mark of its own, so that its ``undecodable-bytes`` removal stands
where its U+FFFD stands in the article.  One outside the article (in the
navigation, say) is recorded at the start of the text.

selectolax is an optional dependency (``pip install 'shpolicy[html]'``).
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from typing import TYPE_CHECKING

import regex

from ..errors import DecodeError, EmptyInputError, UnsupportedFormatError
from .base import FurnitureRemoval, SourceText, sha256_hex
from .text import REPLACEMENT, Decoded, Errors, Undecodable, decode, replacing

_HTML_SPACE = regex.compile(r"[ \t\r\n]+")

if TYPE_CHECKING:
    from selectolax.lexbor import LexborHTMLParser, LexborNode

__all__ = ["is_html", "read_html_bytes"]

_SUFFIXES = (".html", ".htm", ".xhtml", ".shtml")
_SNIFF = regex.compile(rb"^\s*(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html|head|meta|body)\b", regex.I | regex.S)
_CHARSET = regex.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_\-]+)""", regex.I)

# Containers in which government sites put the article, most specific first.
_ARTICLE_SELECTORS = (
    "#ivs_content", "#zoom", ".TRS_Editor", ".Article_content", ".article-content",
    "#article", "article", "#content", ".content", ".main-content", "main",
)  # fmt: skip
_SKIP = frozenset({"script", "style", "noscript", "template", "svg", "head", "-comment"})
_BLOCK = frozenset(
    {
        "p", "div", "section", "article", "main", "header", "footer", "nav", "aside",
        "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol", "dl", "dt", "dd", "table",
        "thead", "tbody", "tfoot", "tr", "blockquote", "pre", "figure", "figcaption",
        "form", "address", "center", "hr",
    }
)  # fmt: skip
_CELL = frozenset({"td", "th"})
_HAN = regex.compile(r"\p{Han}")
# Meta tags that name the page's own facts, read as front matter keys are.
_META_KEYS = {
    "articletitle": "标题", "title": "标题", "og:title": "标题",
    "pubdate": "发布日期", "publishdate": "发布日期", "firstpublishedtime": "发布日期",
    "contentsource": "发布单位", "source": "发布单位",
    "文号": "文号", "fileno": "文号", "docno": "文号",
}  # fmt: skip


def is_html(data: bytes, path: str) -> bool:
    """Whether ``data`` (the file ``path``) is an HTML page."""
    return path.lower().endswith(_SUFFIXES) or _SNIFF.match(data[:4096]) is not None


def _decode(data: bytes, path: str, errors: Errors) -> Decoded:
    declared = _CHARSET.search(data[:4096])
    if declared:
        name = declared.group(1).decode("ascii").lower()
        codec = {"gb2312": "gb18030", "gbk": "gb18030", "x-gbk": "gb18030"}.get(name, name)
        try:
            return Decoded(data.decode(codec), codec)
        except UnicodeDecodeError:
            # The declared encoding is the one to fill in, as detection's is for a text file.
            if errors == "replace" and (found := replacing(data, codec)) is not None:
                return Decoded(found[0], codec, found[1])
        except LookupError:
            pass
    try:
        return decode(data, path, errors)
    except DecodeError as err:
        raise DecodeError(
            f"is an HTML page whose text cannot be decoded: it {err.problem}", path
        ) from None


# Plane 15 private use: one mark per replacement, for as many as a page can have.
_MARK = 0xF0000
_MARKS = regex.compile("[\U000F0000-\U000FFFFD]")


def _marked(decoded: Decoded) -> str | None:
    """The decoded page with a mark of its own in place of each U+FFFD replacement;
    None if the page holds such marks itself (or too many replacements to mark)."""
    found = decoded.undecodable
    if not found or len(found) > 0xFFFE or _MARKS.search(decoded.text):
        return None
    text = decoded.text
    pieces: list[str] = []
    pos = 0
    for i, undecodable in enumerate(found):
        pieces += (text[pos : undecodable.at], chr(_MARK + i))
        pos = undecodable.at + 1
    pieces.append(text[pos:])
    return "".join(pieces)


def _unmarked(text: str) -> str:
    return _MARKS.sub(REPLACEMENT, text)


def _located(
    text: str, found: tuple[Undecodable, ...], marked: bool
) -> tuple[str, list[FurnitureRemoval]]:
    """``text`` with U+FFFD for its marks, and a removal for every replacement of the page
    (at the start of the text if the page could not be marked)."""
    if not marked:
        return text, [replace(u, at=0).removal() for u in found]
    at = {ord(m.group()) - _MARK: m.start() for m in _MARKS.finditer(text)}
    removals = [replace(u, at=at.get(i, 0)).removal() for i, u in enumerate(found)]
    return _unmarked(text), removals


def _parser(html: str, path: str) -> LexborHTMLParser:
    try:
        from selectolax.lexbor import LexborHTMLParser
    except ImportError:  # pragma: no cover - depends on the environment
        raise UnsupportedFormatError(
            "is an HTML page; reading HTML needs the html extra: pip install 'shpolicy[html]'", path
        ) from None
    return LexborHTMLParser(html)


class _Writer:
    """Lines of text from a subtree: blocks end lines, cells are joined by TABs."""

    def __init__(self) -> None:
        self.lines: list[str] = []
        self.current: list[str] = []

    def end_line(self) -> None:
        line = "".join(self.current)
        self.current = []
        if line.strip():
            self.lines.append(line.strip(" \t\r\n\u00a0"))

    def walk(self, node: LexborNode) -> None:
        tag = node.tag
        if tag in _SKIP:
            return
        if tag == "-text":
            self.current.append(_HTML_SPACE.sub(" ", node.text_content or ""))
            return
        if tag == "br":
            self.end_line()
            return
        if tag == "tr":
            self.end_line()
            cells = [c for c in _children(node) if c.tag in _CELL]
            texts = []
            for cell in cells:
                inner = _Writer()
                for child in _children(cell):
                    inner.walk(child)
                inner.end_line()
                texts.append(" ".join(inner.lines))
            if any(t.strip() for t in texts):
                self.lines.append("\t".join(texts))
            return
        block = tag in _BLOCK
        if block:
            self.end_line()
        for child in _children(node):
            self.walk(child)
        if block:
            self.end_line()


def _children(node: LexborNode) -> Iterator[LexborNode]:
    child = node.child
    while child is not None:
        yield child
        child = child.next


def _text_of(node: LexborNode) -> str:
    writer = _Writer()
    writer.walk(node)
    writer.end_line()
    return "\n".join(writer.lines)


def _han_count(node: LexborNode) -> int:
    return len(_HAN.findall(node.text(deep=True, separator="") or ""))


def _link_share(node: LexborNode) -> float:
    total = len(node.text(deep=True, separator="") or "") or 1
    linked = sum(len(a.text(deep=True, separator="") or "") for a in node.css("a"))
    return linked / total


def _article(tree: LexborHTMLParser) -> LexborNode | None:
    """The element that holds the article."""
    for selector in _ARTICLE_SELECTORS:
        found = [n for n in tree.css(selector) if _han_count(n) >= 20 and _link_share(n) < 0.5]
        if found:
            return max(found, key=_han_count)
    body = tree.body
    if body is None:
        return None
    # No known container: the block whose own paragraphs hold the most running text.
    best, best_score = body, 0
    for node in body.css("div, section, td, article, main"):
        paragraphs = sum(_han_count(c) for c in _children(node) if c.tag in ("p", "-text", "br", "div"))
        score = int(paragraphs * (1 - _link_share(node)))
        if score > best_score:
            best, best_score = node, score
    return best


def _metadata(tree: LexborHTMLParser) -> dict[str, str]:
    meta: dict[str, str] = {}
    title = tree.css_first("title")
    if title is not None and (text := (title.text() or "").strip()):
        meta["page_title"] = text
    for node in tree.css("meta"):
        attrs = node.attributes
        key = (attrs.get("name") or attrs.get("property") or "").strip()
        value = (attrs.get("content") or "").strip()
        if key and value:
            meta[key] = value
            known = _META_KEYS.get(key.lower())
            if known and known not in meta:
                meta[known] = value
    return meta


def _furniture(tree: LexborHTMLParser, article: LexborNode) -> tuple[list[str], list[str]]:
    """Visible text of the page outside the article: (before it, after it)."""
    body = tree.body
    if body is None:
        return [], []
    before: list[str] = []
    after: list[str] = []
    seen_article = False

    def visit(node: LexborNode) -> None:
        nonlocal seen_article
        if node.mem_id == article.mem_id:
            seen_article = True
            return
        if node.tag in _SKIP:
            return
        if not _contains(node, article):
            text = _text_of(node)
            if text.strip():
                (after if seen_article else before).append(text)
            return
        for child in _children(node):
            visit(child)

    visit(body)
    return before, after


def _contains(node: LexborNode, target: LexborNode) -> bool:
    parent = target.parent
    while parent is not None:
        if parent.mem_id == node.mem_id:
            return True
        parent = parent.parent
    return False


def read_html_bytes(data: bytes, path: str, errors: Errors = "strict") -> SourceText:
    """Read a saved web page: its article as text, the rest as ``page-furniture`` removals."""
    if not data.strip():
        raise EmptyInputError("the file is empty (0 bytes)" if not data else "the file holds no text", path)
    decoded = _decode(data, path, errors)
    encoding = decoded.encoding
    marked = _marked(decoded)
    html = marked if marked is not None else decoded.text
    tree = _parser(html, path)
    article = _article(tree)
    if article is None:
        raise EmptyInputError("is an HTML page without a body", path)
    text = _text_of(article)
    if not text.strip():
        raise EmptyInputError("is an HTML page whose article holds no text", path)
    text += "\n"
    def unmark(text: str) -> str:
        return _unmarked(text) if marked is not None else text

    text, undecodable = _located(text, decoded.undecodable, marked is not None)
    before, after = _furniture(tree, article)
    removed = [FurnitureRemoval("page-furniture", unmark(t), 0) for t in before]
    removed += [FurnitureRemoval("page-furniture", unmark(t), len(text)) for t in after]
    removed += undecodable
    return SourceText(
        path=path,
        sha256=sha256_hex(data),
        format="html",
        text=text,
        encoding=encoding,
        metadata={key: unmark(value) for key, value in _metadata(tree).items()},
        removed=removed,
    )
