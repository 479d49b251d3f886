"""The one state object the parsing rules work on.

A :class:`ParseState` holds the normalised text cut into paragraphs, a window
``[lo, hi)`` of paragraphs no rule has claimed yet (front-matter rules move
``lo`` forward, back-matter rules move ``hi`` back), the fields of the notice
being built (:class:`NoticeFields`), the source's metadata (a copy: parsing
never changes its input), and the layout blocks that account for every character.
:meth:`ParseState.build` turns it into a :class:`~shpolicy.schema.Notice`,
placing any text no rule claimed in an ``unplaced`` block with a warning, so
that nothing is ever dropped.
"""

from __future__ import annotations

import bisect
import itertools
from dataclasses import asdict, dataclass, field

from ..errors import InternalError
from ..normalize import Normalized
from ..schema import (
    AppliedFix,
    Attachment,
    Block,
    BlockKind,
    Language,
    Notice,
    ParseWarning,
    Provenance,
    Removal,
    RemovalKind,
    Section,
    Source,
    SourceFormat,
    Span,
    WarningCode,
    with_shared_fields_set,
)
from ..sources import SourceText

__all__ = ["NoticeFields", "Paragraph", "ParseState"]


@dataclass(frozen=True, slots=True)
class Paragraph:
    """A non-blank line of the normalised text, without surrounding white space."""

    start: int
    end: int
    text: str


def _removal_message(removal: Removal, where: str) -> str:
    if removal.kind == RemovalKind.UNDECODABLE_BYTES and removal.original_bytes is not None:
        raw = bytes.fromhex(removal.original_bytes)
        what = " ".join(f"0x{byte:02X}" for byte in raw)
        plural = "s" if len(raw) > 1 else ""
        return (
            f"replaced undecodable byte{plural} {what} at byte offset {removal.byte_offset} "
            f"with U+FFFD {where}"
        )
    return f"removed {removal.kind} {removal.text.strip()!r} {where}"


def _paragraphs(text: str) -> list[Paragraph]:
    out: list[Paragraph] = []
    pos = 0
    for line in text.split("\n"):
        stripped = line.strip()
        if stripped:
            lead = len(line) - len(line.lstrip())
            start = pos + lead
            out.append(Paragraph(start, start + len(stripped), stripped))
        pos += len(line) + 1
    return out


@dataclass
class NoticeFields:
    """The fields of the notice the rules fill in; None or empty until a rule finds one."""

    doc_number: str | None = None
    title: str | None = None
    issuers: list[str] = field(default_factory=list)
    recipients: list[str] = field(default_factory=list)
    date: str | None = None
    published: str | None = None
    plan_title: str | None = None
    letter: str | None = None
    preamble: str | None = None
    closing: str | None = None
    attachment_list: list[str] = field(default_factory=list)
    cc: list[str] = field(default_factory=list)
    printed_by: str | None = None
    printed_date: str | None = None
    notes: list[str] = field(default_factory=list)
    provenance: dict[str, Provenance] = field(default_factory=dict)


@dataclass
class ParseState:
    """Everything the rules read and write while parsing one notice."""

    src: SourceText
    norm: Normalized
    language: Language
    paragraphs: list[Paragraph] = field(init=False)
    _starts: list[int] = field(init=False, repr=False)
    lo: int = field(init=False, default=0)
    hi: int = field(init=False)
    fields: NoticeFields = field(init=False, default_factory=NoticeFields)
    metadata: dict[str, str] = field(init=False)
    title_issuers: list[str] = field(init=False, default_factory=list)
    """The issuer a title names (…关于…); the notice's issuers only if nothing signs it."""
    plan_from_title: bool = field(init=False, default=False)
    """The plan title was read from the notice's title (the letter's wording outranks it)."""
    closing_date: str | None = field(init=False, default=None)
    """The date that closes the document; the notice's date if no covering letter gives one."""
    closing_signers: list[str] = field(init=False, default_factory=list)
    """The bodies that sign the end of the document."""
    sections: list[Section] = field(init=False, default_factory=list)
    attachments: list[Attachment] = field(init=False, default_factory=list)
    blocks: list[Block] = field(init=False, default_factory=list)
    warnings: list[ParseWarning] = field(init=False, default_factory=list)
    removals: list[Removal] = field(init=False, default_factory=list)

    def __post_init__(self) -> None:
        self.paragraphs = _paragraphs(self.norm.text)
        self._starts = [p.start for p in self.paragraphs]
        self.hi = len(self.paragraphs)
        self.metadata = dict(self.src.metadata)

    # -- reading -----------------------------------------------------------------
    @property
    def text(self) -> str:
        return self.norm.text

    def window(self) -> list[Paragraph]:
        """The paragraphs no rule has claimed yet."""
        return self.paragraphs[self.lo : self.hi]

    def original(self, start: int, end: int) -> str:
        """The source wording of the normalised span ``[start, end)``."""
        return self.norm.map.original_slice(start, end)

    def span(self, start: int, end: int) -> Span:
        """A :class:`Span` with source lines and, for paged sources, pages."""
        tm = self.norm.map
        line = tm.line_of(start)
        end_line = tm.line_of(max(start, end - 1))
        pages: list[int] = []
        if self.src.page_starts:
            first = bisect.bisect_right(self.src.page_starts, tm.origin[start])
            last = bisect.bisect_right(self.src.page_starts, tm.origin[max(start, end - 1)])
            pages = list(range(max(first, 1), max(last, 1) + 1))
        span = Span(start=start, end=end, line=line, end_line=end_line, pages=pages)
        return with_shared_fields_set(span)

    # -- writing -----------------------------------------------------------------
    def claim(self, kind: str, start: int, end: int, ref: str | None = None) -> None:
        """Record that ``[start, end)`` of the text is a block of ``kind``."""
        if end > start:
            block = Block(kind=BlockKind(kind), ref=ref, span=self.span(start, end))
            self.blocks.append(with_shared_fields_set(block))

    def claim_paragraphs(self, kind: str, paras: list[Paragraph], ref: str | None = None) -> None:
        """Claim ``paras`` as blocks of ``kind``: one block per run of neighbouring paragraphs.

        A paragraph between two of ``paras`` that is not one of them (a repeat
        taken out, an item between a measure's closing paragraphs) is another
        block's: a block from the first to the last would cover it.
        """
        run: list[Paragraph] = []
        for para in paras:
            if run and self.index(para) != self.index(run[-1]) + 1:
                self.claim(kind, run[0].start, run[-1].end, ref)
                run = []
            run.append(para)
        if run:
            self.claim(kind, run[0].start, run[-1].end, ref)

    def index(self, para: Paragraph) -> int:
        """Where ``para`` stands in :attr:`paragraphs`."""
        return bisect.bisect_left(self._starts, para.start)

    def warn(
        self, code: str, message: str, start: int | None = None, end: int | None = None
    ) -> None:
        span = self.span(start, end if end is not None else start) if start is not None else None
        warning = ParseWarning(code=WarningCode(code), message=message, span=span)
        self.warnings.append(with_shared_fields_set(warning))

    # -- result ------------------------------------------------------------------
    def _removals_from_normalisation(self) -> list[Removal]:
        tm = self.norm.map
        out: list[Removal] = []
        for removed in tm.removed:
            at = tm.from_original(removed.original_start)
            line = tm.original_line(removed.original_start)
            removal = Removal(kind=RemovalKind(removed.kind), text=removed.text, at=at, line=line)
            out.append(with_shared_fields_set(removal))
        for furniture in self.src.removed:
            at = tm.from_original(furniture.offset)
            line = tm.original_line(furniture.offset)
            out.append(
                Removal(
                    kind=RemovalKind(furniture.kind),
                    text=furniture.text,
                    at=at,
                    line=line,
                    original_bytes=furniture.raw.hex() if furniture.raw is not None else None,
                    byte_offset=furniture.byte_offset,
                )
            )
        return out

    def _place_leftovers(self) -> None:
        """Claim, as ``unplaced``, every stretch of text no rule claimed."""
        text = self.text
        covered = sorted((b.span.start, b.span.end) for b in self.blocks)
        pos = 0
        gaps: list[tuple[int, int]] = []
        for start, end in covered + [(len(text), len(text))]:
            if start > pos and text[pos:start].strip():
                gaps.append((pos, start))
            pos = max(pos, end)
        for start, end in gaps:
            chunk = text[start:end]
            lead = len(chunk) - len(chunk.lstrip())
            trail = len(chunk.rstrip())
            s, e = start + lead, start + trail
            self.claim("unplaced", s, e)
            self.warn(
                "unplaced-text",
                f"text fits no part of the notice and is kept as unplaced: {text[s:e][:40]!r}",
                s,
                e,
            )

    def _where(self, offset: int, order: list[tuple[int, int, Block]]) -> str:
        """Where an offset is, for a message: the block around it and the source line.

        ``order`` is the blocks as (start, claim order, block), sorted: the blocks are
        disjoint, so only the last two starting at or before ``offset`` can hold it
        (two when it is where one ends and the next begins: the first claimed wins).
        """
        i = bisect.bisect_right(order, (offset, len(order)))
        around = [o for o in order[max(0, i - 2) : i] if o[2].span.end >= offset]
        if around:
            block = min(around, key=lambda o: o[1])[2]
            what = f"{block.kind} {block.ref}" if block.ref else block.kind
            return f"in {what}, line {self.norm.map.line_of(offset)}"
        return f"at line {self.norm.map.line_of(offset)}"

    def _check_disjoint(self) -> None:
        """Raise :class:`~shpolicy.errors.InternalError` if two blocks share a character."""
        spans = sorted((b.span.start, b.span.end, b.kind, b.ref) for b in self.blocks)
        for (start, end, kind, ref), following in itertools.pairwise(spans):
            if following[0] < end:
                first = f"{kind} {ref}" if ref else kind
                second = f"{following[2]} {following[3]}" if following[3] else following[2]
                raise InternalError(
                    f"blocks overlap: {first} [{start}, {end}) and {second} "
                    f"[{following[0]}, {following[1]}), line {self.norm.map.line_of(following[0])}",
                    self.src.path,
                )

    def _source_fixes(self) -> list[AppliedFix]:
        """The repair the reader made before normalisation: mojibake decoded again."""
        if not self.src.encoding or "mojibake" not in self.src.encoding:
            return []
        return [
            AppliedFix(
                name="mojibake",
                description="UTF-8 once read as Windows-1252 or Latin-1 and saved again, "
                f"decoded again: {self.src.encoding}",
                count=1,
            )
        ]

    def build(self) -> Notice:
        """The finished :class:`Notice`; raises :class:`~shpolicy.errors.InternalError`
        if its blocks would not partition the text."""
        self._check_disjoint()
        self._place_leftovers()
        normalisation = self._removals_from_normalisation()
        order = sorted((b.span.start, i, b) for i, b in enumerate(self.blocks))
        for removal in normalisation:
            warning = ParseWarning(
                code=WarningCode.removed(removal.kind),
                message=_removal_message(removal, self._where(removal.at, order)),
                span=self.span(removal.at, removal.at),
            )
            self.warnings.append(with_shared_fields_set(warning))
        removals = normalisation + self.removals
        src = self.src
        return Notice(
            language=self.language,
            source=Source(
                path=src.path,
                sha256=src.sha256,
                format=SourceFormat(src.format),
                encoding=src.encoding,
                metadata=self.metadata,
            ),
            sections=self.sections,
            attachments=self.attachments,
            text=self.text,
            blocks=sorted(self.blocks, key=lambda b: b.span.start),
            fixes=self._source_fixes() + self.norm.fixes,
            removals=sorted(removals, key=lambda r: r.at),
            warnings=self.warnings,
            **asdict(self.fields),
        )
