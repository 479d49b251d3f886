"""Markdown fixes: the markup of a notice saved from a web page, taken out and kept.

They run only for Markdown sources, in this order:

* ``front-matter``: the ``---`` block at the top (its keys are already the
  source's metadata);
* ``markdown-blocks``: line prefixes and marker lines: ``#`` headings and
  their closing hashes, setext underlines, ``>`` quotes, ``-``/``*``/``+``
  bullets, code fences, thematic breaks and link reference definitions;
* ``markdown-tables``: pipe tables become one line per row with cells
  separated by a TAB, the ``|---|`` row removed, so a cell such as ``4.73``
  never stands at a line start where it could pass for an item marker;
* ``markdown-inline``: emphasis, links and images (the text stays, the target
  goes), autolinks, inline code, HTML tags and comments, backslash escapes
  and character entities.

Numbered lines (``1.``, ``一、``) are the document's numbering, not markup, and
stay.  Notices hold no code: the lines of a fenced block are kept as text,
but inline markup inside them is treated like any other.  Everything taken out is a removal of kind ``markup`` (or
``front-matter``), so nothing is lost.
"""

from __future__ import annotations

import html
from collections.abc import Callable, Iterable

import regex

from ..ground.pagenumbers import is_page_number_line
from .pipeline import Context, Fix
from .textmap import Edit

__all__ = ["FRONT_MATTER", "MARKDOWN_BLOCKS", "MARKDOWN_INLINE", "MARKDOWN_TABLES"]

MARKUP = "markup"


def _is_markdown(ctx: Context) -> bool:
    return ctx.format == "markdown"


def _lines(text: str) -> Iterable[tuple[int, str]]:
    """Each line with the offset where it starts."""
    pos = 0
    for line in text.split("\n"):
        yield pos, line
        pos += len(line) + 1


# ----------------------------------------------------------------- front matter


def _front_matter_edits(text: str, ctx: Context) -> Iterable[Edit]:
    # The reader found the block and read its keys; this fix only takes its
    # lines out.  Lines, not offsets: the fixes before this one (byte-order
    # mark, CRLF) move offsets but keep the lines.
    if not ctx.front_matter_lines:
        return []
    end = 0
    for _ in range(ctx.front_matter_lines):
        cut = text.find("\n", end)
        end = len(text) if cut < 0 else cut + 1
    return [Edit(0, end, "", removal="front-matter")]


FRONT_MATTER = Fix(
    name="front-matter",
    description="Remove the front matter block of a Markdown file (kept as metadata).",
    edits=_front_matter_edits,
    applies=lambda ctx: ctx.front_matter_lines > 0,
)


# ----------------------------------------------------------------------- blocks

_FENCE = regex.compile(r"^ {0,3}(`{3,}|~{3,})")
_THEMATIC_BREAK = regex.compile(r"^ {0,3}([-*_])[ \t]*(?:\1[ \t]*){2,}$")
_SETEXT = regex.compile(r"^ {0,3}(?:={2,}|-{2,})[ \t]*$")
_REFERENCE = regex.compile(r"^ {0,3}\[[^\]\n]+\]:[ \t]*\S+.*$")
_QUOTE = regex.compile(r" {0,3}(?:>[ \t]?)+")
_HEADING = regex.compile(r" {0,3}#{1,6}(?:[ \t]+|(?=\p{Han})|$)")
_CLOSING_HASHES = regex.compile(r"[ \t]+#+[ \t]*$")
_BULLET = regex.compile(r"[ \t]*[-*+][ \t]+(?=\S)")


def _block_edits(text: str, ctx: Context) -> Iterable[Edit]:
    edits: list[Edit] = []
    fence: str | None = None
    previous = ""
    for start, line in _lines(text):
        fence_match = _FENCE.match(line)
        if fence_match is not None and (fence is None or fence_match.group(1)[0] == fence):
            fence = fence_match.group(1)[0] if fence is None else None
            edits.append(_whole_line(start, line))
            previous = ""
            continue
        if fence is not None:
            continue  # a line inside a code block is no heading or bullet
        if (
            _THEMATIC_BREAK.match(line)
            or _REFERENCE.match(line)
            or (previous.strip() and _SETEXT.match(line))
        ):
            edits.append(_whole_line(start, line))
            previous = ""
            continue
        previous = line
        pos = 0
        quote = _QUOTE.match(line)
        if quote is not None:
            pos = quote.end()
        heading = _HEADING.match(line, pos)
        if heading is not None:
            pos = heading.end()
            closing = _CLOSING_HASHES.search(line, pos)
            if closing is not None:
                edits.append(Edit(start + closing.start(), start + len(line), "", removal=MARKUP))
        elif not is_page_number_line(line):
            bullet = _BULLET.match(line, pos)
            if bullet is not None:
                pos = bullet.end()
        if pos:
            edits.append(Edit(start, start + pos, "", removal=MARKUP))
    return edits


def _whole_line(start: int, line: str) -> Edit:
    return Edit(start, start + len(line), "", removal=MARKUP)


MARKDOWN_BLOCKS = Fix(
    name="markdown-blocks",
    description=(
        "Remove Markdown line markup: # headings, setext underlines, > quotes, bullets, "
        "code fences, thematic breaks and link definitions (numbered lines stay)."
    ),
    edits=_block_edits,
    applies=_is_markdown,
)


# ----------------------------------------------------------------------- tables

_SEPARATOR_ROW = regex.compile(r"^[ \t]*\|?[ \t]*:?-+:?[ \t]*(?:\|[ \t]*:?-+:?[ \t]*)+\|?[ \t]*$")
_SEPARATOR_ONE = regex.compile(r"^[ \t]*\|[ \t]*:?-+:?[ \t]*\|[ \t]*$")
# A cell boundary: an unescaped pipe with the spaces around it.
_PIPE = regex.compile(r"[ \t]*(?<!\\)\|[ \t]*")


def _table_edits(text: str, ctx: Context) -> Iterable[Edit]:
    edits: list[Edit] = []
    lines = list(_lines(text))
    i = 0
    while i < len(lines):
        start, line = lines[i]
        is_separator = _SEPARATOR_ROW.match(line) or _SEPARATOR_ONE.match(line)
        if not (is_separator and i > 0 and "|" in lines[i - 1][1]):
            i += 1
            continue
        edits += _row_edits(*lines[i - 1])
        # The separator row goes with its line break.
        end = start + len(line) + (1 if start + len(line) < len(text) else 0)
        edits.append(Edit(start, end, "", removal=MARKUP))
        i += 1
        while i < len(lines) and "|" in lines[i][1] and lines[i][1].strip():
            edits += _row_edits(*lines[i])
            i += 1
    return edits


def _row_edits(start: int, line: str) -> list[Edit]:
    """Pipes between cells become a TAB; the pipes at the row's ends go."""
    edits: list[Edit] = []
    pipes = list(_PIPE.finditer(line))
    if not pipes:
        return edits
    for m in pipes:
        at_start = not line[: m.start()].strip()
        at_end = not line[m.end() :].strip()
        replacement = "" if at_start or at_end else "\t"
        # A pipe turns into a TAB: a change of notation, recorded by the fix.
        edits.append(Edit(start + m.start(), start + m.end(), replacement))
    return edits


MARKDOWN_TABLES = Fix(
    name="markdown-tables",
    description=(
        "Flatten Markdown pipe tables: one line per row, cells separated by a TAB, the "
        "header separator row removed."
    ),
    edits=_table_edits,
    applies=_is_markdown,
)


# ----------------------------------------------------------------------- inline

_ESCAPE = regex.compile(r"\\([!-/:-@\[-`{-~])")
_CODE = regex.compile(r"(`+)([^`\n]+?)\1")
_COMMENT = regex.compile(r"<!--.*?-->", regex.DOTALL)
_LINK = regex.compile(
    r"(!?\[)([^\[\]\n]*)(\]\((?:[^()\s]|\([^()\s]*\))*(?:[ \t]+(?:\"[^\"\n]*\"|'[^'\n]*'))?[ \t]*\))"
)
_REFERENCE_LINK = regex.compile(r"(!?\[)([^\[\]\n]+)(\]\[[^\[\]\n]*\])")
_AUTOLINK = regex.compile(r"(<)((?:https?|ftp)://[^<>\s]+|[\w.+-]+@[\w-]+\.[\w.-]+)(>)")
_BREAK = regex.compile(r"<br[ \t]*/?>", regex.IGNORECASE)
_TAG = regex.compile(r"</?[A-Za-z][A-Za-z0-9-]*(?:[ \t\n][^<>]*)?/?>")
_ENTITY = regex.compile(r"&(?:[A-Za-z][A-Za-z0-9]{1,31}|#[0-9]{1,7}|#[xX][0-9A-Fa-f]{1,6});")
_STRONG = regex.compile(r"(\*\*|__|~~)(?=\S)([^\n]+?)(?<=\S)\1")
_EMPHASIS = regex.compile(r"(?<!\*)(\*)(?=[^\s*])([^*\n]+?)(?<=[^\s*])(\*)(?!\*)")

# Marks for characters already claimed by a rule, so that later rules neither
# match them as delimiters nor edit them twice.
_CLAIMED = "\x00"
_PROTECTED = "\x01"


class _InlineScan:
    """Runs the inline rules in order over a working copy in which claimed text is masked."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.work = text
        self.edits: list[Edit] = []

    def run(self, pattern: regex.Pattern[str], handle: Callable[[regex.Match[str]], str]) -> None:
        self.work = pattern.sub(handle, self.work)

    def remove(self, m: regex.Match[str], *groups: int) -> str:
        """Remove the given groups of ``m`` as markup; the other groups stay as text."""
        out = list(m.group())
        base = m.start()
        for g in groups:
            s, e = m.span(g)
            if s == e:
                continue
            # Markup removed whole (a tag, a comment, a link target) may hold
            # markup an earlier rule already took out (``\*``, code marks):
            # the one removal covers it, and edits must not overlap.
            self.edits = [x for x in self.edits if not s <= x.start < x.end <= e]
            self.edits.append(Edit(s, e, "", removal=MARKUP))
            out[s - base : e - base] = _CLAIMED * (e - s)
        return "".join(out)


def _inline_edits(text: str, ctx: Context) -> Iterable[Edit]:
    scan = _InlineScan(text)

    def escape(m: regex.Match[str]) -> str:
        scan.edits.append(Edit(m.start(), m.start() + 1, "", removal=MARKUP))
        return _CLAIMED + _PROTECTED

    def delimited(m: regex.Match[str], inner: str) -> str:
        """Remove the equal delimiters around group 2; mask the content with ``inner``."""
        size = len(m.group(1))
        for s in (m.start(), m.end() - size):
            scan.edits.append(Edit(s, s + size, "", removal=MARKUP))
        content = m.group(2) if inner == "" else inner * len(m.group(2))
        return _CLAIMED * size + content + _CLAIMED * size

    def code(m: regex.Match[str]) -> str:
        return delimited(m, _PROTECTED)  # nothing inside code is markup

    def strong(m: regex.Match[str]) -> str:
        return delimited(m, "")

    def whole(m: regex.Match[str]) -> str:
        return scan.remove(m, 0)

    def link(m: regex.Match[str]) -> str:
        return scan.remove(m, 1, 3)

    def line_break(m: regex.Match[str]) -> str:
        line_start = text.rfind("\n", 0, m.start()) + 1
        line_end = text.find("\n", m.end())
        line = text[line_start : line_end if line_end >= 0 else len(text)]
        # Inside a table row a break must not split the row.
        replacement = " " if "\t" in line or "|" in line else "\n"
        scan.edits.append(Edit(m.start(), m.end(), replacement, removal=MARKUP))
        return _CLAIMED * len(m.group())

    def entity(m: regex.Match[str]) -> str:
        decoded = html.unescape(m.group())
        if decoded == m.group():
            return m.group()
        scan.edits.append(Edit(m.start(), m.end(), decoded))
        return _PROTECTED * len(m.group())

    def emphasis(m: regex.Match[str]) -> str:
        return scan.remove(m, 1, 3)

    scan.run(_ESCAPE, escape)
    scan.run(_CODE, code)
    scan.run(_COMMENT, whole)
    scan.run(_LINK, link)
    scan.run(_REFERENCE_LINK, link)
    scan.run(_AUTOLINK, link)
    scan.run(_BREAK, line_break)
    scan.run(_TAG, whole)
    scan.run(_ENTITY, entity)
    scan.run(_STRONG, strong)
    scan.run(_EMPHASIS, emphasis)
    return scan.edits


MARKDOWN_INLINE = Fix(
    name="markdown-inline",
    description=(
        "Remove inline Markdown and HTML: emphasis, link and image targets (their text "
        "stays), inline code marks, tags, comments and backslash escapes; decode entities."
    ),
    edits=_inline_edits,
    applies=_is_markdown,
)
