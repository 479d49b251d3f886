"""Web pages saved from a browser: the article as text, the page around it as recorded removals.

A notice kept as ``notice.html`` holds the page's navigation, breadcrumbs,
sidebars and footer around the article.  The page is parsed with selectolax
(an HTML5 parser), the article is found (by the containers government sites
use, else as the block holding the most running text), and written out as
lines: block elements end a line, ``<br>`` breaks one, table cells are joined
by TABs as the task-table reader expects.  Every other piece of visible text
of the page is kept as a ``page-furniture`` removal, so nothing is lost; the
page's ``<title>`` and ``<meta>`` tags become the source's metadata.

selectolax is an optional dependency (``pip install 'shpolicy[html]'``).
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

import regex

from ..errors import DecodeError, EmptyInputError, UnsupportedFormatError
from .base import FurnitureRemoval, SourceText, sha256_hex

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


def _decode(data: bytes, path: str) -> tuple[str, str]:
    declared = _CHARSET.search(data[:4096])
    if declared:
        name = declared.group(1).decode("ascii").lower()
        codec = {"gb2312": "gb18030", "gbk": "gb18030", "x-gbk": "gb18030"}.get(name, name)
        try:
            return data.decode(codec), codec
        except (LookupError, UnicodeDecodeError):
            pass
    from .text import decode_text

    try:
        return decode_text(data, path)
    except DecodeError:
        raise DecodeError("is an HTML page whose text cannot be decoded", path) from None


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
            self.current.append(regex.sub(r"[ \t\r\n]+", " ", node.text_content or ""))
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


def read_html_bytes(data: bytes, path: str) -> SourceText:
    """Read a saved web page: its article as text, the rest as ``page-furniture`` removals."""
    if not data.strip():
        raise EmptyInputError("the file is empty (0 bytes)" if not data else "the file holds no text", path)
    html, encoding = _decode(data, path)
    tree = _parser(html, path)
    article = _article(tree)
    if article is None:
        raise EmptyInputError("is an HTML page without a body", path)
    text = _text_of(article)
    if not text.strip():
        raise EmptyInputError("is an HTML page whose article holds no text", path)
    text += "\n"
    before, after = _furniture(tree, article)
    removed = [FurnitureRemoval("page-furniture", t, 0) for t in before]
    removed += [FurnitureRemoval("page-furniture", t, len(text)) for t in after]
    return SourceText(
        path=path,
        sha256=sha256_hex(data),
        format="html",
        text=text,
        encoding=encoding,
        metadata=_metadata(tree),
        removed=removed,
    )
