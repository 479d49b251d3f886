"""Front and back matter of an official document laid out by GB/T 9704.

Front: issuer mark (…文件), 发文字号, title, 主送, the covering letter of an
印发 notice, signature, 成文日期, 附注; then the title of the plan it issues.
Back: 附件说明, attachments, 抄送, 印发机关 and 印发日期.  Each rule claims the
paragraphs it reads and moves the state's window; the body between is left to
the numbering engine.
"""

from __future__ import annotations

import itertools

import regex

from ..ground.dates import iso_date, parse_date
from ..ground.docnumbers import normalize_doc_number
from ..schema import Attachment
from .state import Paragraph, ParseState

__all__ = [
    "attachment_list",
    "attachments",
    "cc",
    "doc_number",
    "issuer_mark",
    "letter",
    "plan_heading",
    "printed",
    "recipients",
    "title",
]

_ORG_END = regex.compile(
    r"(?:委员会|人民政府|政府|办公厅|办公室|委|局|厅|办|署|院|会|部|中心|集团|公司|总部|分局|海关)$"
)
_TITLE_END = regex.compile(
    r"(?:通知|意见|方案|决定|办法|规定|批复|函|公告|通告|报告|细则|计划|规划|纲要|措施|要点|清单|指引)"
    r"(?:[（(][^（()）]*[）)])?$"
)
_NOTE = regex.compile(r"^[（(](此件[^（()）]*)[）)]$")
_CC = regex.compile(r"^抄\s*送\s*[：:]\s*(?P<list>.*)$", regex.S)
_PRINTED = regex.compile(r"^(?P<by>.*?)\s*(?P<date>\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日)\s*印\s*发$")
_ATTACHMENT_HEAD = regex.compile(r"^附\s*件\s*(?P<n>\d*)$")
_ATTACHMENT_LIST = regex.compile(r"^附\s*件\s*[：:]\s*(?P<list>.+)$", regex.S)
_PLAN = regex.compile(r"印发\s*《(?P<plan>[^》]+)》")
_QUOTED = regex.compile(r"《(?P<plan>[^》]+)》")


def split_list(text: str) -> list[str]:
    """Split a list of bodies on Chinese commas (，, and ；), dropping the end punctuation."""
    body = text.strip().rstrip("。：:；;，,")
    return [part.strip() for part in regex.split(r"[，,；;]", body) if part.strip()]


def _is_org_line(text: str) -> bool:
    return len(text) <= 30 and not regex.search(r"[，。：；,:;]", text) and bool(
        _ORG_END.search(text.removesuffix("文件"))
    )


# -- front matter -----------------------------------------------------------------
def issuer_mark(state: ParseState) -> None:
    """发文机关标志: ``上海市人民政府办公厅文件`` (one or several issuers) at the top."""
    issuers: list[str] = []
    while state.lo < state.hi:
        para = state.paragraphs[state.lo]
        if not (para.text.endswith("文件") and _is_org_line(para.text)):
            break
        issuers.append(para.text.removesuffix("文件"))
        state.claim("issuer-mark", para.start, para.end)
        state.lo += 1
    if issuers:
        state.fields["issuers"] = issuers


def doc_number(state: ParseState) -> None:
    """发文字号 near the top, e.g. ``沪府办发〔2024〕31号``."""
    for i in range(state.lo, min(state.lo + 3, state.hi)):
        para = state.paragraphs[i]
        number = normalize_doc_number(para.text)
        if number:
            state.fields["doc_number"] = number
            state.claim("doc-number", para.start, para.end)
            state.lo = i + 1
            return


def title(state: ParseState) -> None:
    """The title: one paragraph or several short ones (a title wrapped over lines)."""
    lo = state.lo
    parts: list[Paragraph] = []
    for i in range(lo, min(lo + 4, state.hi)):
        para = state.paragraphs[i]
        if regex.search(r"[。；]", para.text) or para.text.endswith(("：", ":")):
            break
        parts.append(para)
        joined = "".join(p.text for p in parts)
        if _TITLE_END.search(joined) and joined.count("《") == joined.count("》") and (
            "关于" in joined or i == lo
        ):
            if "关于" not in joined and not state.fields.get("doc_number"):
                return
            state.fields["title"] = joined
            state.claim("title", parts[0].start, parts[-1].end)
            state.lo = i + 1
            plan = _PLAN.search(joined)
            if plan:
                state.fields["plan_title"] = plan["plan"]
            if "issuers" not in state.fields and "关于" in joined:
                issuer = joined.split("关于", 1)[0]
                if issuer and _ORG_END.search(issuer):
                    state.fields["issuers"] = [issuer]
            return


def recipients(state: ParseState) -> None:
    """主送机关: a list of bodies ending in a colon."""
    if state.lo >= state.hi:
        return
    para = state.paragraphs[state.lo]
    if para.text.endswith(("：", ":")) and len(para.text) < 120 and "。" not in para.text:
        state.fields["recipients"] = split_list(para.text)
        state.claim("recipients", para.start, para.end)
        state.lo += 1


def letter(state: ParseState) -> None:
    """The covering letter of an 印发 notice, its signature, date and 附注.

    A letter is recognised by what closes it: a date line within the next few
    paragraphs, possibly after signature lines.  Without one the document has
    no covering letter and nothing is claimed.
    """
    date_at = None
    for i in range(state.lo, min(state.lo + 25, state.hi)):
        text = state.paragraphs[i].text
        if parse_date(text) is not None:
            date_at = i
            break
        if regex.match(r"^[一二三四五六七八九十]+、", text):
            return
    if date_at is None:
        return
    sig_start = date_at
    while sig_start - 1 >= state.lo and _is_org_line(state.paragraphs[sig_start - 1].text):
        sig_start -= 1
    body = state.paragraphs[state.lo : sig_start]
    if body:
        state.fields["letter"] = "\n".join(p.text for p in body)
        state.claim_paragraphs("letter", body)
        if "plan_title" not in state.fields:
            quoted = _QUOTED.search(state.fields["letter"])
            if quoted:
                state.fields["plan_title"] = quoted["plan"]
    signature = state.paragraphs[sig_start:date_at]
    if signature:
        names = [p.text.removesuffix("文件") for p in signature]
        state.fields.setdefault("issuers", names)
        state.claim_paragraphs("signature", signature)
        for p in signature:
            if p.text.endswith("文件"):
                state.warn(
                    "issuer-mark-in-signature",
                    f"signature line {p.text!r} ends with 文件 as an issuer mark does; read as {p.text.removesuffix('文件')!r}",
                    p.start,
                    p.end,
                )
    date_para = state.paragraphs[date_at]
    state.fields["date"] = iso_date(date_para.text)
    state.claim("date", date_para.start, date_para.end)
    state.lo = date_at + 1
    notes: list[str] = []
    while state.lo < state.hi and (m := _NOTE.match(state.paragraphs[state.lo].text)):
        para = state.paragraphs[state.lo]
        notes.append(m.group(1))
        state.claim("note", para.start, para.end)
        state.lo += 1
    if notes:
        state.fields["notes"] = notes


def plan_heading(state: ParseState) -> None:
    """The title of the issued plan, repeated above its text (possibly wrapped)."""
    plan = state.fields.get("plan_title")
    parts: list[Paragraph] = []
    for i in range(state.lo, min(state.lo + 3, state.hi)):
        para = state.paragraphs[i]
        parts.append(para)
        joined = "".join(p.text for p in parts)
        if plan is not None:
            if joined == plan:
                break
            if not plan.startswith(joined):
                return
        elif i == state.lo and _TITLE_END.search(joined) and not regex.search(r"[。；，]", joined):
            if len(joined) <= 60:
                state.fields["plan_title"] = joined
                break
            return
        else:
            return
    else:
        return
    state.claim("plan-title", parts[0].start, parts[-1].end)
    state.lo += len(parts)


# -- back matter ------------------------------------------------------------------
def printed(state: ParseState) -> None:
    """印发机关 and 印发日期: ``上海市人民政府办公厅 2024年12月30日印发``, often the last line."""
    for i in range(state.hi - 1, max(state.lo, state.hi - 3) - 1, -1):
        para = state.paragraphs[i]
        m = _PRINTED.match(para.text)
        if m:
            if m["by"].strip():
                state.fields["printed_by"] = m["by"].strip()
            state.fields["printed_date"] = iso_date(m["date"])
            state.claim("printed", para.start, para.end)
            # A printing body on its own line above the date.
            if not m["by"].strip() and i - 1 >= state.lo and _is_org_line(state.paragraphs[i - 1].text):
                above = state.paragraphs[i - 1]
                state.fields["printed_by"] = above.text
                state.claim("printed", above.start, above.end)
                i -= 1
            state.hi = i
            return


def cc(state: ParseState) -> None:
    """抄送: the bodies a copy goes to."""
    for i in range(state.hi - 1, max(state.lo, state.hi - 3) - 1, -1):
        para = state.paragraphs[i]
        m = _CC.match(para.text)
        if m:
            state.fields["cc"] = split_list(m["list"])
            state.claim("cc", para.start, para.end)
            # Anything after 抄送 (already claimed by `printed` or nothing) ends the window here.
            state.hi = i
            return


def attachments(state: ParseState) -> None:
    """Attachments after the body: ``附件`` / ``附件2`` headings, a title, then the content."""
    heads = [
        i
        for i in range(state.lo, state.hi)
        if _ATTACHMENT_HEAD.match(state.paragraphs[i].text)
    ]
    if not heads:
        return
    bounds = heads + [state.hi]
    found: list[Attachment] = []
    for head_i, next_i in itertools.pairwise(bounds):
        head = state.paragraphs[head_i]
        head_match = _ATTACHMENT_HEAD.match(head.text)
        number = head_match["n"] if head_match else ""
        title_para = state.paragraphs[head_i + 1] if head_i + 1 < next_i else None
        content = state.paragraphs[head_i + 2 : next_i]
        offset = content[0].start if content else 0
        text = state.text[offset : content[-1].end] if content else ""
        end = (content[-1] if content else title_para or head).end
        from .attachments import table_rows

        rows = table_rows(text, offset, state)
        found.append(
            Attachment(
                number=int(number) if number else None,
                title=title_para.text if title_para else "",
                text=text,
                rows=rows,
                span=state.span(head.start, end),
            )
        )
        state.claim("attachment", head.start, end)
    state.attachments.extend(found)
    state.hi = heads[0]


def attachment_list(state: ParseState) -> None:
    """附件说明 at the end of the body: ``附件：1. 标题`` (one or several lines)."""
    for i in range(state.hi - 1, max(state.lo, state.hi - 6) - 1, -1):
        para = state.paragraphs[i]
        m = _ATTACHMENT_LIST.match(para.text)
        if m:
            items = [m["list"]] + [p.text for p in state.paragraphs[i + 1 : state.hi]]
            titles = [regex.sub(r"^\d+\s*[.．、]\s*", "", t).strip() for t in items]
            state.fields["attachment_list"] = [t for t in titles if t]
            state.claim("attachment-list", para.start, state.paragraphs[state.hi - 1].end)
            state.hi = i
            return
