"""Web copies: the document inside what a site and its saver put around it.

A notice saved from a government site carries the page's metadata (a
Markdown copy's front matter, an HTML page's ``<title>`` and ``<meta>``
tags), lines of the site's own above the document (where the text comes
from, a copyright disclaimer) and a list of links to the attachment files
below it.  The rules here:

* :func:`site_head`: what stands above the document's own title is the
  site's; it becomes a ``site-note`` block, never a preamble or a plan title;
* :func:`site_tail`: the page's actions (收藏, 打印本页) and a trailing list of
  attachment links (``附件（官方直链）``);
* :func:`site_table`: a site's metadata table printed a cell to a line;
* :func:`known_title`: the title line, known from the metadata however worded;
* :func:`repeated_title`: a page that prints its title twice (heading and body);
* :func:`settle`: after the text has said what it says, the metadata it did
  not print (document number, title, publication date) is taken from the
  page's metadata, and :attr:`~shpolicy.schema.Notice.provenance` records
  where each field was read.
"""

from __future__ import annotations

import unicodedata

import regex

from ..ground.dates import parse_date
from ..ground.docnumbers import find_doc_number
from ..schema import Provenance
from .conventions import Conventions
from .frame import set_title
from .state import ParseState

__all__ = ["known_title", "repeated_title", "settle", "site_head", "site_table", "site_tail"]

_MARKUP_AND_SPACE = regex.compile(r"[\s#*_]+")
_HAN = regex.compile(r"\p{Han}")

# Metadata keys, of front matter and of meta tags, by what they name.
_TITLE_KEYS = ("标题", "title", "ArticleTitle", "page_title")
_NUMBER_KEYS = ("文号", "发文字号", "文件编号", "doc_number", "document number")
_PUBLISHED_KEYS = ("发布日期", "发文日期", "PubDate", "published", "date")
_EMPTY = frozenset({"", "-", "—", "--", "无", "null", "none", "/"})
# Lines a site writes about its copy (searched): where the text comes from, that the
# official version prevails, the copyright exemption of official documents.
_SITE_NOTE = regex.compile(
    r"仅供(?:检索|参考|查阅)|以官方链接|官方公开页面|发布版本为准|著作权法|本文正文由|&siteId="
)
_HEAD_REACH = 8  # paragraphs above the title that may be the site's
# The labels of the metadata table a site prints below a document's title, one cell a line.
_TABLE_KEYS = frozenset(
    {
        "索取号", "载体类型", "发布机构", "发文机关", "文件编号", "发文字号", "记录形式", "公开类别",
        "公开方式", "关键词", "主题词", "内容描述", "主题分类", "发文日期", "成文日期", "发布日期",
        "生效日期", "废止日期", "有效性", "信息来源", "所属机构", "体裁分类",
    }
)  # fmt: skip
# The buttons and links of a web page that a saved copy keeps as lines of text.
_PAGE_ACTIONS = regex.compile(
    r"^(?:收藏|打印本页|打印|关闭窗口|关闭|返回顶部|返回|分享到?[：:]?.*|【?字[体号][：:]?\s*大\s*中\s*小】?"
    r"|扫一扫在手机打开当前页|相关链接|上一篇[：:]?.*|下一篇[：:]?.*)$"
)
_LINK_LIST = regex.compile(r"^附\s*件\s*[（(]\s*(?:官方)?(?:直链|链接|下载)\s*[)）]$")


def _meta(state: ParseState, keys: tuple[str, ...]) -> str | None:
    for key in keys:
        value = state.metadata.get(key)
        if value is not None and value.strip() not in _EMPTY:
            return value.strip()
    return None


def _fold(text: str) -> str:
    """A title as compared: compatibility forms folded, no white space, no title marks."""
    text = unicodedata.normalize("NFKC", text)
    return _MARKUP_AND_SPACE.sub("", text)


def _meta_provenance(state: ParseState) -> Provenance:
    return Provenance.PAGE_META if state.src.format == "html" else Provenance.FRONT_MATTER


def site_head(state: ParseState, c: Conventions) -> None:
    """The site's lines above the document's own title: a ``site-note`` block."""
    if state.src.format not in ("markdown", "html"):
        return
    reach = min(state.lo + _HEAD_REACH, state.hi)
    title = _meta(state, _TITLE_KEYS)
    if title is not None:
        want = _fold(title)
        for i in range(state.lo, reach):
            text = _fold(state.paragraphs[i].text)
            # An HTML <title> often adds the site's name: 标题_上海市人民政府.
            if text == want or (want.startswith(text) and len(text) >= 0.6 * len(want) > 0):
                # The site's lines come first; a document number or issuer mark above
                # the title is the document's own, and ends them.
                while state.lo < i and not _documents_own(
                    state, c, state.paragraphs[state.lo].text
                ):
                    para = state.paragraphs[state.lo]
                    state.claim("site-note", para.start, para.end)
                    state.lo += 1
                return
    # No title to go by: only lines that say what they are.
    while state.lo < reach and _SITE_NOTE.search(state.paragraphs[state.lo].text):
        para = state.paragraphs[state.lo]
        state.claim("site-note", para.start, para.end)
        state.lo += 1


def _documents_own(state: ParseState, c: Conventions, text: str) -> bool:
    """Whether a line above the title belongs to the document: its number or issuer mark."""
    found = find_doc_number(text, state.language)
    if found is not None and found.start == 0 and found.end == len(text):
        return True
    return bool(c.issuer_suffix) and text.endswith(c.issuer_suffix) and c.is_org_line(text)


def site_table(state: ParseState, c: Conventions) -> None:
    """A site's metadata table printed as lines below the title (索取号 / 载体类型 / 发布机构…).

    Its cells stand one to a line, a label and then its value (or nothing);
    the run becomes a ``site-note`` block and its values join the metadata.
    """
    i = state.lo
    found: dict[str, str] = {}
    while i < state.hi and state.paragraphs[i].text.strip("：: ") in _TABLE_KEYS:
        key = state.paragraphs[i].text.strip("：: ")
        i += 1
        if i < state.hi and state.paragraphs[i].text.strip("：: ") not in _TABLE_KEYS:
            value = state.paragraphs[i].text
            # A label the site left empty is followed by the document's own first line
            # (its number, printed below the table): that is no cell of the table.
            if key not in _NUMBER_KEYS and _documents_own(state, c, value):
                break
            found.setdefault(key, value)
            i += 1
    if i - state.lo < 4:  # a label or two is text, not a table
        return
    state.claim_paragraphs("site-note", state.paragraphs[state.lo : i])
    state.lo = i
    for key, value in found.items():
        state.metadata.setdefault(key, value)


def site_tail(state: ParseState, c: Conventions) -> None:
    """What a site adds after the document: its page actions (收藏, 打印本页, 关闭窗口)
    and a list of links to the attachment files; ``site-note`` blocks."""
    if state.src.format not in ("markdown", "html"):
        return
    end = state.hi
    while end > state.lo and _PAGE_ACTIONS.match(state.paragraphs[end - 1].text):
        end -= 1
    if end < state.hi:
        state.claim_paragraphs("site-note", state.paragraphs[end : state.hi])
        state.hi = end
    for i in range(state.hi - 1, state.lo - 1, -1):
        if _LINK_LIST.match(state.paragraphs[i].text):
            state.claim_paragraphs("site-note", state.paragraphs[i : state.hi])
            state.hi = i
            return
        # Link lines are file names or addresses: no sentence, no Han text of length.
        text = state.paragraphs[i].text
        if c.sentence.search(text) or len(_HAN.findall(text)) > 30:
            return


def _lines_spelling(state: ParseState, c: Conventions, title: str) -> int:
    """How many paragraphs from the top of the window spell ``title`` (wrapped); 0 if none."""
    want = _fold(title)
    joined = ""
    for i in range(state.lo, min(state.lo + c.title_lines, state.hi)):
        joined += state.paragraphs[i].text
        if _fold(joined) == want:
            return i + 1 - state.lo
        if not want.startswith(_fold(joined)):
            return 0
    return 0


def known_title(state: ParseState, c: Conventions) -> None:
    """The title line of a web copy, known from its metadata, however it is worded.

    A regulation or an opinion published as itself (``上海市…管理办法``) has no
    ``关于`` and no number above it; the page's metadata says it is the title.
    """
    title = _meta(state, _TITLE_KEYS)
    if state.fields.title is not None or title is None:
        return
    lines = _lines_spelling(state, c, title)
    if lines:
        paras = state.paragraphs[state.lo : state.lo + lines]
        set_title(state, c, "".join(p.text for p in paras))
        state.claim_paragraphs("title", paras)
        state.lo += lines


def repeated_title(state: ParseState, c: Conventions) -> None:
    """The title printed again right below the title (a web page's heading, then the body's)."""
    title = state.fields.title
    if title is None:
        return
    lines = _lines_spelling(state, c, title)
    if lines:
        state.claim_paragraphs("title", state.paragraphs[state.lo : state.lo + lines])
        state.lo += lines


def settle(state: ParseState, c: Conventions) -> None:
    """Fill what the text did not print from the page's metadata, and say where each came from."""
    fields = state.fields
    provenance = fields.provenance
    if fields.date is None and state.closing_date is not None:
        fields.date = state.closing_date
    if not fields.issuers:
        fields.issuers = list(state.closing_signers or state.title_issuers)
    for name in ("doc_number", "title", "date", "issuers", "plan_title", "printed_date"):
        if getattr(fields, name) and name not in provenance:
            provenance[name] = Provenance.TEXT
    source = _meta_provenance(state)
    if fields.doc_number is None and (number := _meta(state, _NUMBER_KEYS)):
        found = find_doc_number(number, state.language)
        fields.doc_number = (found.normalised or found.as_written) if found else number
        provenance["doc_number"] = source
    if fields.title is None and (title := _meta(state, _TITLE_KEYS)):
        fields.title = title
        provenance["title"] = source
        if fields.plan_title is None and (plan := c.issued_plan.search(title)):
            fields.plan_title = plan["plan"].strip()
            provenance["plan_title"] = source
    if fields.published is None and (published := _meta(state, _PUBLISHED_KEYS)):
        iso = parse_date(published)
        if iso is not None:
            fields.published = iso
            provenance["published"] = source
