"""Chinese originals, laid out by GB/T 9704.

An issuer mark (``…文件``) at the top, a 发文字号, a title wrapped over up to
four lines (``…关于…的通知``), 主送 closed by a colon, the covering letter of an
印发 notice closed by signature and date, 附注 such as ``（此件公开发布）``, the
plan's title repeated above its text; after the body 附件说明, attachments,
抄送 and the 印发 line.
"""

from __future__ import annotations

import regex

from .conventions import Conventions

__all__ = ["CONVENTIONS"]

_TITLE_WORDS = (
    r"(?:通知|意见|方案|决定|办法|规定|批复|函|公告|通告|报告|细则|计划|规划|纲要|措施|要点|清单|指引)"
    r"(?:[（(][^（()）]*[）)])?$"
)

CONVENTIONS = Conventions(
    language="zh",
    families=frozenset({"cjk", "arabic", "roman", "circled"}),
    sentence=regex.compile(r"[。；]"),
    sentence_end=r"[。；;！？!?]",
    title_end=r"[。；;！？!?]|\.(?=\s|$)",
    list_split=regex.compile(r"[，,；;]"),
    list_end="。：:；;，,",
    org_name=regex.compile(
        r"(?:委员会|人民政府|政府|办公厅|办公室|委|局|厅|办|署|院|会|部|中心|集团|公司|总部|分局|海关)$"
    ),
    org_line=regex.compile(r"[，。：；,:;]"),
    org_line_max=30,
    issuer_suffix="文件",
    doc_number_within=3,
    title_words=regex.compile(_TITLE_WORDS),
    title_lines=4,
    title_about="关于",
    # 印发《…》, or 转发 with the body whose text it forwards between (转发区消防支队《…》).
    issued_plan=regex.compile(r"(?:印发|转发)[^《》。，]{0,30}?《(?P<plan>[^》]+)》"),
    # The plan a letter issues: named after the issuing verb, or before 印发给/转发给 in
    # the same sentence; a law or an earlier document the letter only cites is not it.
    quoted_plan=regex.compile(
        r"(?:现将|将|印发|转发|颁布)\s*(?:修订后的|新修订的)?\s*《(?P<plan>[^》]+)》"
        r"|《(?P<plan>[^》]+)》[^。《]*?(?:印发|转发)给"
    ),
    recipients_end=regex.compile(r"[：:]$"),
    recipients_max=119,
    recipients_after_heading=False,
    first_section=regex.compile(r"^[一二三四五六七八九十]+、"),
    letter_min_lines=0,
    # 附注: (此件公开发布), and the disclosure line web copies keep (公开属性：主动公开).
    note=regex.compile(
        r"[（(](?P<note>此件[^（()）]*)[）)]"
        r"|(?P<note>(?:公开属性|公开方式|信息公开(?:属性|选项))\s*[：:]\s*\S{1,20})"
    ),
    plan_repeated=True,
    plan_words=regex.compile(_TITLE_WORDS),
    plan_heading=regex.compile(r"[。；，]"),
    plan_heading_max=60,
    printed=regex.compile(
        r"(?P<by>.*?)\s*(?P<date>\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日)\s*印\s*发"
    ),
    cc=regex.compile(r"^抄\s*送\s*[：:]\s*(?P<list>.*)$", regex.S),
    # Attachments are 附件, 附表 (tables) or 附图 (figures): 附件2, 附表1：, 附件6-1.
    # GB/T 9704 4.2: 一、 then （一） then 1. then （1）.
    nesting=("cjk-plain", "cjk-paren", "arabic-plain", "arabic-paren"),
    attachment_head=regex.compile(r"^附\s*[件表图]\s*(?P<n>\d*)(?:\s*[-－—]\s*\d+)?\s*[：:]?$"),
    attachment_list=regex.compile(r"^附\s*[件表图]\s*[：:]\s*(?P<list>.+)$", regex.S),
)
"""Chinese."""
