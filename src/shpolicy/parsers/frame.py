"""The frame of an official document, in every language.

Front: issuer mark (…文件), 发文字号, title, 主送, the covering letter of an
印发 notice, signature, 成文日期, 附注; then the title of the plan it issues.
Back: 附件说明, attachments, 抄送, 印发机关 and 印发日期.  Translations keep the
same frame in their own words; every rule here reads the language's
:class:`~shpolicy.parsers.conventions.Conventions` and nothing else that
differs.  Each rule claims the paragraphs it reads and moves the state's
window; the body between is left to the numbering engine.
"""

from __future__ import annotations

import bisect
import itertools

import regex

from ..ground.dates import find_date, parse_date
from ..ground.docnumbers import find_doc_number
from ..ground.numbering import match_marker
from ..schema import Attachment
from .body import NumberingProfile, measure_units, parse_body
from .conventions import Conventions
from .state import Paragraph, ParseState

__all__ = [
    "attached_plan",
    "attachment_list",
    "attachments",
    "body",
    "cc",
    "closing_signature",
    "doc_number",
    "issuer_mark",
    "letter",
    "plan_heading",
    "printed",
    "recipients",
    "set_title",
    "signers",
    "split_list",
    "title",
]

_LEADING_AND = regex.compile(r"^(?:and|as well as)\s+")
_PREPOSITION = regex.compile(r"\b(?:of|in|for|at|under)\b")
_AND_THEN_PREPOSITION = regex.compile(r"\w \band\b \w+.*\b(?:of|in|for|at|under)\b")
_ISSUING_VERB = regex.compile(r"转发|印发")
_SPACE_AND_TITLE_MARKS = regex.compile(r"[\s《》〈〉]+")

_LETTER_REACH = 25  # paragraphs in which a covering letter must reach its date
_PLAN_LINES = 3  # lines a repeated plan title may be wrapped over
_TITLE_MAX = 300  # longest line of a title, in characters
_BACK_REACH = 3  # last paragraphs the 抄送 and 印发 lines are looked for in
_LIST_REACH = 6  # last paragraphs of the body the attachment list is looked for in
_SIGNERS = 15  # most signature lines above a date (joint issuers, one to a line)
# An entry of an attachment list: numbered (2. 6-1. 3、) and no sentence in it.
_ENTRY_NUMBER = regex.compile(r"^\d{1,2}(?:\s*[-－]\s*\d{1,2})?\s*[.．、]\s*")
_LIST_ENTRY = regex.compile(r"^\d{1,2}(?:\s*[-－]\s*\d{1,2})?\s*[.．、][^。；;]{1,80}$")


def split_list(text: str, c: Conventions) -> list[str]:
    """Bodies in a list: split on commas and a final ``and``; ``A, B and C of D`` stays one."""
    body = text.strip().rstrip(c.list_end)
    pieces = [p.strip() for p in c.list_split.split(body) if p.strip()]
    pieces = [_LEADING_AND.sub("", p) for p in pieces]
    out: list[str] = []
    i = 0
    while i < len(pieces):
        piece = pieces[i]
        # "all committees, offices and bureaus of the municipal government":
        # a short bare noun before a piece holding "X and Y of Z" shares its complement.
        while (
            i + 1 < len(pieces)
            and len(piece.split()) <= c.series_head_max
            and not _PREPOSITION.search(piece)
            and _AND_THEN_PREPOSITION.search(pieces[i + 1])
        ):
            piece = f"{piece}, {pieces[i + 1]}"
            i += 1
        out.append(piece)
        i += 1
    return out


# The place a body's name opens with: 上海市, a district or county, a town.
_PLACE = regex.compile(r"(?:上海市)?\p{Han}{2,3}?(?:新区|区|县|镇)|上海市")
_NAME_SEPARATORS = regex.compile(r"[、，,；;]|[ \t\u3000]{2,}|\u3000")


def signers(text: str, c: Conventions) -> list[str]:
    """The bodies one signature or issuer-mark line names, in order.

    Joint issuers stand one to a line, several to a line with a separator
    (``市交通委、市发展改革委``), or run together (``黄浦区发展和改革委员会黄浦区
    建设和管理委员会``, split where the place the first name opens with opens
    the next).  A piece that does not end as a body's name keeps the line whole.
    """
    line = text.removesuffix(c.issuer_suffix).strip() if c.issuer_suffix else text.strip()
    pieces = [p for p in _NAME_SEPARATORS.split(line) if p.strip()]
    out: list[str] = []
    for piece in pieces:
        out.extend(_run_together(piece.strip(), c))
    if c.org_name is not None and not all(c.org_name.search(name) for name in out):
        return [line]
    return out or [line]


def _run_together(name: str, c: Conventions) -> list[str]:
    place = _PLACE.match(name)
    if place is None or c.org_name is None:
        return [name]
    out: list[str] = []
    start = 0
    cut = name.find(place.group(), start + len(place.group()))
    while cut > 0:
        head = name[start:cut]
        if not c.org_name.search(head):
            break
        out.append(head)
        start = cut
        cut = name.find(place.group(), start + len(place.group()))
    out.append(name[start:])
    return out


def set_title(state: ParseState, c: Conventions, text: str) -> None:
    """Take ``text`` as the title, and the plan it issues if it names one."""
    state.fields.title = text
    about = c.title_about
    if about and about in text:
        # The issuer before 关于, cut where it forwards or issues another's text
        # (…办公室转发区规划土地局关于…); a signature, read later, outranks it.
        issuer = _ISSUING_VERB.split(text.split(about, 1)[0], maxsplit=1)[0]
        if issuer and c.org_name is not None and c.org_name.search(issuer):
            state.title_issuers = signers(issuer, c)
    plan = c.issued_plan.search(text)
    if plan and state.fields.plan_title is None:
        state.fields.plan_title = plan["plan"].strip()
        state.plan_from_title = True


# -- front matter -----------------------------------------------------------------
def issuer_mark(state: ParseState, c: Conventions) -> None:
    """发文机关标志: ``上海市人民政府办公厅文件`` (one or several issuers) at the top."""
    if not c.issuer_suffix:
        return
    issuers: list[str] = []
    while state.lo < state.hi:
        para = state.paragraphs[state.lo]
        if not (para.text.endswith(c.issuer_suffix) and c.is_org_line(para.text)) and not (
            _bare_mark(state, c)
        ):
            break
        issuers.extend(signers(para.text, c))
        state.claim("issuer-mark", para.start, para.end)
        state.lo += 1
    if issuers:
        state.fields.issuers = issuers


def _bare_mark(state: ParseState, c: Conventions) -> bool:
    """An issuer's name alone above the title, without 文件 (a web page's masthead)."""
    if state.lo + 1 >= state.hi:
        return False
    para, nxt = state.paragraphs[state.lo], state.paragraphs[state.lo + 1]
    return (
        c.org_name is not None
        and c.is_org_line(para.text)
        and c.is_heading_text(nxt.text, _TITLE_MAX)
        and c.title_words.search(nxt.text) is not None
    )


def doc_number(state: ParseState, c: Conventions) -> None:
    """A line that is a document number near the top (above or below the title)."""
    if state.fields.doc_number is not None:
        return
    for i in range(state.lo, min(state.lo + c.doc_number_within, state.hi)):
        para = state.paragraphs[i]
        found = find_doc_number(para.text, state.language)
        if found and found.start == 0 and found.end == len(para.text):
            state.fields.doc_number = found.normalised or found.as_written
            state.claim("doc-number", para.start, para.end)
            state.lo = i + 1
            return


def title(state: ParseState, c: Conventions) -> None:
    """The title: one line worded as a title, or several short ones (a wrapped title)."""
    if state.fields.title is not None:
        return
    lo = state.lo
    about = c.title_about
    parts: list[Paragraph] = []
    for i in range(lo, min(lo + c.title_lines, state.hi)):
        para = state.paragraphs[i]
        if not c.is_heading_text(para.text, _TITLE_MAX) or para.text.endswith(("：", ":")):
            break
        parts.append(para)
        joined = "".join(p.text for p in parts)
        if (
            c.title_words.search(joined)
            and joined.count("《") == joined.count("》")
            and (i == lo or (about != "" and about in joined))
        ):
            # A line worded as a title but without its subject is one only below a number.
            if about and about not in joined and state.fields.doc_number is None:
                return
            set_title(state, c, joined)
            state.claim("title", parts[0].start, parts[-1].end)
            state.lo = i + 1
            return


def recipients(state: ParseState, c: Conventions) -> None:
    """主送机关: a list of bodies closed by a colon, right after the title."""
    if state.lo >= state.hi:
        return
    # Without a title or number above, a line ending in a colon may open the text instead.
    if (
        c.recipients_after_heading
        and state.fields.title is None
        and state.fields.doc_number is None
    ):
        return
    para = state.paragraphs[state.lo]
    m = c.recipients_end.search(para.text)
    if m is None or len(para.text) > c.recipients_max or c.sentence.search(para.text[: m.start()]):
        return
    if match_marker(para.text, families=c.families) is not None:
        return
    state.fields.recipients = split_list(para.text[: m.start()], c)
    state.claim("recipients", para.start, para.end)
    state.lo += 1


def _opens_plan(text: str, c: Conventions) -> bool:
    """Whether a paragraph opens the plan's first section (so there is no covering letter)."""
    if c.first_section is not None:
        return c.first_section.match(text) is not None
    marker = match_marker(text, families=c.families)
    return marker is not None and c.is_heading_text(text[len(marker.raw) :].strip(), c.heading_max)


def letter(state: ParseState, c: Conventions) -> None:
    """The covering letter of an 印发 notice, its signature, date and 附注.

    A letter is recognised by what closes it: a date line within the next few
    paragraphs, possibly after signature lines.  Without one the document has
    no covering letter and nothing is claimed.
    """
    date_at = None
    for i in range(state.lo, min(state.lo + _LETTER_REACH, state.hi)):
        text = state.paragraphs[i].text
        if parse_date(text) is not None:
            date_at = i
            break
        if _opens_plan(text, c):
            return
    if date_at is None:
        if not _letter_signed_at_the_end(state):
            _letter_above_the_plan(state, c)
        return
    sig_start = date_at
    while sig_start - 1 >= state.lo + c.letter_min_lines and c.is_org_line(
        state.paragraphs[sig_start - 1].text
    ):
        sig_start -= 1
    fields = state.fields
    body = state.paragraphs[state.lo : sig_start]
    if body:
        fields.letter = "\n".join(p.text for p in body)
        state.claim_paragraphs("letter", body)
        # The letter names the plan as the plan itself is headed; a title, shortened or
        # respaced to fit (示范区 深化…（2024-2026年）), yields to it.
        quoted = c.quoted_plan.search(fields.letter)
        if quoted and (fields.plan_title is None or state.plan_from_title):
            fields.plan_title = _full_name(fields.letter, quoted["plan"].strip())
            state.plan_from_title = False
    signature = state.paragraphs[sig_start:date_at]
    if signature:
        if not fields.issuers:
            fields.issuers = [name for p in signature for name in signers(p.text, c)]
        state.claim_paragraphs("signature", signature)
        for p in signature:
            if c.issuer_suffix and p.text.endswith(c.issuer_suffix):
                name = p.text.removesuffix(c.issuer_suffix)
                state.warn(
                    "issuer-mark-in-signature",
                    f"signature line {p.text!r} ends with {c.issuer_suffix} as an issuer mark "
                    f"does; read as {name!r}",
                    p.start,
                    p.end,
                )
    date_para = state.paragraphs[date_at]
    fields.date = parse_date(date_para.text)
    state.claim("date", date_para.start, date_para.end)
    state.lo = date_at + 1
    notes: list[str] = []
    while state.lo < state.hi and (m := c.note.fullmatch(state.paragraphs[state.lo].text)):
        para = state.paragraphs[state.lo]
        notes.append(m["note"].strip())
        state.claim("note", para.start, para.end)
        state.lo += 1
    if notes:
        fields.notes = notes


def _letter_signed_at_the_end(state: ParseState) -> bool:
    """A notice that issues no plan: its signature and date, read with the back matter,
    close it, and what is left of it is its letter."""
    window = state.window()
    if state.closing_date is None or not window or len(window) > _LETTER_REACH:
        return False
    state.fields.letter = "\n".join(p.text for p in window)
    state.claim_paragraphs("letter", window)
    state.lo = state.hi
    return True


def _letter_above_the_plan(state: ParseState, c: Conventions) -> bool:
    """A covering letter signed only at the very end, after the plan it issues.

    Without a date below it, the letter is known by what follows it: it names
    the plan it issues, and the plan's heading comes next.
    """
    for i in range(state.lo, min(state.lo + _PLAN_LINES, state.hi - 1)):
        quoted = c.quoted_plan.search(state.paragraphs[i].text)
        if quoted is None:
            continue
        plan = _full_name(state.paragraphs[i].text, quoted["plan"].strip())
        saved = state.lo
        state.lo = i + 1
        heading = _repeated_plan(state, _bare_name(plan), folded=True)
        state.lo = saved
        if not heading:
            return False
        letter = state.paragraphs[state.lo : i + 1]
        state.fields.letter = "\n".join(p.text for p in letter)
        state.claim_paragraphs("letter", letter)
        state.fields.plan_title = plan
        state.plan_from_title = False
        state.lo = i + 1
        return True
    return False


def closing_signature(state: ParseState, c: Conventions) -> None:
    """A signature and date that close the document: after the body, or at the very end.

    GB/T 9704 puts the signature and date below the body and its attachment
    list, and the attachments after them; a notice without a covering letter,
    or a plan signed by its own issuer, ends so.  The rule runs with the back
    matter, before the attachment list is read; the date and the signers are
    the notice's only where a covering letter gives none (see
    :func:`shpolicy.parsers.webcopy.settle`).
    """
    end = state.hi
    notes: list[Paragraph] = []
    while end - 1 > state.lo and c.note.fullmatch(state.paragraphs[end - 1].text):
        end -= 1
        notes.insert(0, state.paragraphs[end])
    if end - 1 <= state.lo:
        return
    date_para = state.paragraphs[end - 1]
    iso = parse_date(date_para.text)
    if iso is None:
        return
    start = end - 1
    while (
        start - 1 > state.lo
        and end - 1 - start < _SIGNERS
        and c.is_org_line(state.paragraphs[start - 1].text)
    ):
        start -= 1
    signature = state.paragraphs[start : end - 1]
    state.closing_date = iso
    state.closing_signers = [name for p in signature for name in signers(p.text, c)]
    state.claim_paragraphs("signature", signature)
    state.claim("date", date_para.start, date_para.end)
    for para in notes:
        note = c.note.fullmatch(para.text)
        if note is not None:
            state.fields.notes.append(note["note"].strip())
        state.claim("note", para.start, para.end)
    state.hi = start


def _repeated_plan(state: ParseState, plan: str, *, folded: bool = False) -> list[Paragraph]:
    """The lines at the top of the window that repeat ``plan`` (wrapped), or none.

    ``folded``: compare without white space and title marks (``plan`` folded so).
    """
    parts: list[Paragraph] = []
    for para in state.paragraphs[state.lo : min(state.lo + _PLAN_LINES, state.hi)]:
        parts.append(para)
        joined = "".join(p.text for p in parts)
        if folded:
            joined = _bare_name(joined)
        if joined == plan:
            return parts
        if not plan.startswith(joined):
            break
    return []


def _plan_line(state: ParseState, c: Conventions) -> list[Paragraph]:
    """The first line of the window if it reads as the plan's title, heading its text."""
    if state.lo + 1 >= state.hi:
        return []
    para, nxt = state.paragraphs[state.lo], state.paragraphs[state.lo + 1]
    text = para.text
    if (
        len(text) > c.plan_heading_max
        or c.plan_heading.search(text)
        or (c.plan_words is not None and not c.plan_words.search(text))
        or match_marker(text, families=c.families) is not None
    ):
        return []
    # A line right above a numbered measure heads that measure's section; a
    # regulation's title stands right above its first chapter or article.
    marker = match_marker(nxt.text, families=c.families)
    if (
        marker is not None
        and marker.form not in ("article", "chapter")
        and not c.is_heading_text(nxt.text[len(marker.raw) :].strip(), c.heading_max)
    ):
        return []
    return [para]


def plan_heading(state: ParseState, c: Conventions) -> None:
    """The title of the issued plan, above its text (possibly wrapped)."""
    plan = state.fields.plan_title
    if plan is not None and c.plan_repeated:
        parts = _repeated_plan(state, plan)
    else:
        parts = _plan_line(state, c)
        if parts and plan is None:
            state.fields.plan_title = parts[0].text
    if parts:
        state.claim("plan-title", parts[0].start, parts[-1].end)
        state.lo += len(parts)


def attached_plan(state: ParseState, c: Conventions) -> None:
    """The plan a notice issues, printed as its attachment: the notice's body all the same.

    An 印发 notice may print its plan after the signature under 附件 (附件：《…》
    in the letter, then 附件, the plan's title and its text).  The plan is
    what the notice issues, so its sections and measures are the notice's;
    what is left above it is the covering letter.
    """
    plan = state.fields.plan_title
    if plan is None or not state.attachments:
        return
    first = state.attachments[0]
    if _bare_name(first.title) != _bare_name(plan):
        return
    starts = [p.start for p in state.paragraphs]
    head = bisect.bisect_left(starts, first.span.start)
    end = bisect.bisect_right(starts, first.span.end)
    if head + 2 > end:
        return
    letter = state.window()
    if any(_opens_plan(p.text, c) for p in letter):
        return  # the body is printed above: the attachment is an attachment
    state.attachments.pop(0)
    state.blocks[:] = [
        b for b in state.blocks if not (b.kind == "attachment" and b.span == first.span)
    ]
    if letter and state.fields.letter is None:
        state.fields.letter = "\n".join(p.text for p in letter)
        state.claim_paragraphs("letter", letter)
    state.claim_paragraphs("plan-title", state.paragraphs[head : head + 2])
    state.lo, state.hi = head + 2, end


_SHORT_NAME = regex.compile(
    r"《(?P<full>[^》]+)》\s*[（(]\s*以下简称\s*[“\"《「]?(?P<short>[^”\"》」）)]+)[”\"》」]?\s*[）)]"
)


def _full_name(letter: str, name: str) -> str:
    """``name``, or the full name it stands for where the letter defines it (以下简称《办法》)."""
    for m in _SHORT_NAME.finditer(letter):
        if m["short"].strip() == name:
            return m["full"].strip()
    return name


def _bare_name(text: str) -> str:
    """A plan's name as compared: without white space and title marks."""
    return _SPACE_AND_TITLE_MARKS.sub("", text)


# -- body -------------------------------------------------------------------------
def body(state: ParseState, c: Conventions) -> None:
    """Preamble, sections, measures and closing: what the frame left, to the numbering engine."""
    profile = NumberingProfile(
        families=c.families,
        sentence_end=c.sentence_end,
        title_end=c.title_end,
        units=measure_units,
        canonical=c.nesting,
    )
    parse_body(state, state.window(), profile)
    state.lo = state.hi


# -- back matter ------------------------------------------------------------------
def printed(state: ParseState, c: Conventions) -> None:
    """印发机关 and 印发日期: ``上海市人民政府办公厅 2024年12月30日印发``, often the last line."""
    for i in range(state.hi - 1, max(state.lo, state.hi - _BACK_REACH) - 1, -1):
        para = state.paragraphs[i]
        m = c.printed.fullmatch(para.text)
        if m and (found := find_date(m["date"])):
            by = m["by"].strip(" ,，") if m["by"] else ""
            if by:
                state.fields.printed_by = by
            state.fields.printed_date = found.iso
            state.claim("printed", para.start, para.end)
            # A printing body on its own line above the date.
            if not by and i - 1 >= state.lo and c.is_org_line(state.paragraphs[i - 1].text):
                above = state.paragraphs[i - 1]
                state.fields.printed_by = above.text
                state.claim("printed", above.start, above.end)
                i -= 1
            state.hi = i
            return


def cc(state: ParseState, c: Conventions) -> None:
    """抄送: the bodies a copy goes to."""
    for i in range(state.hi - 1, max(state.lo, state.hi - _BACK_REACH) - 1, -1):
        para = state.paragraphs[i]
        m = c.cc.match(para.text)
        if m:
            state.fields.cc = split_list(m["list"].rstrip("。."), c)
            state.claim("cc", para.start, para.end)
            # Anything after 抄送 (already claimed by `printed` or nothing) ends the window here.
            state.hi = i
            return


def attachments(state: ParseState, c: Conventions) -> None:
    """Attachments after the body: ``附件`` / ``附件2`` headings, a title, then the content."""
    head_pattern = c.attachment_head
    if head_pattern is None:
        return
    heads = [i for i in range(state.lo, state.hi) if head_pattern.match(state.paragraphs[i].text)]
    if not heads:
        return
    from .attachments import table_rows

    found: list[Attachment] = []
    for head_i, next_i in itertools.pairwise(heads + [state.hi]):
        head = state.paragraphs[head_i]
        head_match = head_pattern.match(head.text)
        number = head_match["n"] if head_match else ""
        title_para = state.paragraphs[head_i + 1] if head_i + 1 < next_i else None
        content = state.paragraphs[head_i + 2 : next_i]
        offset = content[0].start if content else 0
        text = state.text[offset : content[-1].end] if content else ""
        end = (content[-1] if content else title_para or head).end
        found.append(
            Attachment(
                number=int(number) if number else None,
                title=title_para.text if title_para else "",
                text=text,
                rows=table_rows(text, offset, state),
                span=state.span(head.start, end),
            )
        )
        state.claim("attachment", head.start, end)
    state.attachments.extend(found)
    state.hi = heads[0]


def attachment_list(state: ParseState, c: Conventions) -> None:
    """附件说明 at the end of the body: ``附件：1. 标题``, one or several lines.

    Entries after the first stand one to a line, numbered (``2.``, ``6-1.``) and
    worded as titles; the rule walks back over them, however many there are,
    to the line that opens the list.
    """
    pattern = c.attachment_list
    if pattern is None:
        return
    start = state.hi
    while start - 1 > state.lo and _LIST_ENTRY.match(state.paragraphs[start - 1].text):
        start -= 1
    for i in range(start - 1, max(state.lo, start - _LIST_REACH) - 1, -1):
        para = state.paragraphs[i]
        m = pattern.match(para.text)
        if m:
            items = [m["list"]] + [p.text for p in state.paragraphs[i + 1 : state.hi]]
            titles = [_ENTRY_NUMBER.sub("", t).strip() for t in items]
            state.fields.attachment_list = [t for t in titles if t]
            state.claim("attachment-list", para.start, state.paragraphs[state.hi - 1].end)
            state.hi = i
            return
