"""The closed vocabularies of the schema: every value a kind, code or style field may take.

Each vocabulary is a ``str`` enum, so a value compares equal to its string
(``block.kind == "measure"``) and the JSON Schema lists the values.  Adding a
value is a minor schema change; renaming or removing one is a major change.
"""

from __future__ import annotations

from enum import Enum

__all__ = [
    "BlockKind",
    "MeasureKind",
    "NumberingStyle",
    "Provenance",
    "RemovalKind",
    "SectionKind",
    "SourceFormat",
    "Vocabulary",
    "WarningCode",
]


class Vocabulary(str, Enum):
    """Base of the vocabularies: prints and formats as its value."""

    def __str__(self) -> str:
        return str(self.value)

    def __format__(self, spec: str) -> str:
        return format(str(self.value), spec)


class SourceFormat(Vocabulary):
    """What kind of file a notice was read from."""

    TEXT = "text"
    MARKDOWN = "markdown"
    PDF = "pdf"
    HTML = "html"


class BlockKind(Vocabulary):
    """What a block of the layout is."""

    ISSUER_MARK = "issuer-mark"
    DOC_NUMBER = "doc-number"
    TITLE = "title"
    RECIPIENTS = "recipients"
    LETTER = "letter"
    SIGNATURE = "signature"
    DATE = "date"
    NOTE = "note"
    PLAN_TITLE = "plan-title"
    PREAMBLE = "preamble"
    SECTION_HEADING = "section-heading"
    SECTION_TEXT = "section-text"
    MEASURE = "measure"
    CLOSING = "closing"
    ATTACHMENT_LIST = "attachment-list"
    ATTACHMENT = "attachment"
    CC = "cc"
    PRINTED = "printed"
    FRONT_MATTER = "front-matter"
    DUPLICATE_PASSAGE = "duplicate-passage"
    SITE_NOTE = "site-note"
    UNPLACED = "unplaced"


class RemovalKind(Vocabulary):
    """What kind of text was taken out of the body."""

    PAGE_NUMBER = "page-number"
    RUNNING_HEADER = "running-header"
    RUNNING_FOOTER = "running-footer"
    FRONT_MATTER = "front-matter"
    MARKUP = "markup"
    DUPLICATE_PASSAGE = "duplicate-passage"
    UNEXTRACTABLE_TEXT = "unextractable-text"
    PAGE_FURNITURE = "page-furniture"
    UNDECODABLE_BYTES = "undecodable-bytes"
    """Bytes the file's encoding cannot read; U+FFFD stands for them in the text."""


class WarningCode(Vocabulary):
    """What a parse warning is about."""

    PAGE_NUMBER_REMOVED = "page-number-removed"
    RUNNING_HEADER_REMOVED = "running-header-removed"
    RUNNING_FOOTER_REMOVED = "running-footer-removed"
    FRONT_MATTER_REMOVED = "front-matter-removed"
    MARKUP_REMOVED = "markup-removed"
    UNEXTRACTABLE_TEXT_REMOVED = "unextractable-text-removed"
    PAGE_FURNITURE_REMOVED = "page-furniture-removed"
    UNDECODABLE_BYTES_REMOVED = "undecodable-bytes-removed"
    DUPLICATE_PASSAGE = "duplicate-passage"
    UNPLACED_TEXT = "unplaced-text"
    NUMBERING_GAP = "numbering-gap"
    NUMBERING_REPEAT = "numbering-repeat"
    NUMBERING_CONFLICT = "numbering-conflict"
    EMPTY_MEASURE = "empty-measure"
    MISSING_SECTION = "missing-section"
    ISSUER_MARK_IN_SIGNATURE = "issuer-mark-in-signature"
    UNIT_UNRESOLVED = "unit-unresolved"
    TABLE_ROW_WITHOUT_UNITS = "table-row-without-units"
    TABLE_ROW_UNLINKED = "table-row-unlinked"
    TABLE_ROW_LINK_UNCERTAIN = "table-row-link-uncertain"

    @classmethod
    def removed(cls, kind: RemovalKind | str) -> WarningCode:
        """The code that reports a removal of ``kind`` (``page-number`` → ``page-number-removed``)."""
        return cls(f"{RemovalKind(kind).value}-removed")


class NumberingStyle(Vocabulary):
    """How a marker is numbered: ``<family>-<form>``, or ``none`` for an unnumbered section.

    Families: ``cjk`` (一), ``arabic`` (1), ``roman`` (I), ``circled`` (①),
    ``hangul`` (가), ``jamo`` (ㄱ).  Forms: ``plain`` (``一、`` ``1.``), ``paren``
    (``（一）`` ``(1)``), ``rparen`` (``1)`` ``가)``), ``circled`` (``①``), ``label``
    (``行动1：``), ``article`` (``第三条``), ``chapter`` (``第一章``, ``第一部分``),
    ``part`` (``第一节``).
    """

    NONE = "none"
    CJK_PLAIN = "cjk-plain"
    CJK_PAREN = "cjk-paren"
    CJK_RPAREN = "cjk-rparen"
    CJK_LABEL = "cjk-label"
    CJK_ARTICLE = "cjk-article"
    CJK_CHAPTER = "cjk-chapter"
    CJK_PART = "cjk-part"
    ARABIC_PLAIN = "arabic-plain"
    ARABIC_PAREN = "arabic-paren"
    ARABIC_RPAREN = "arabic-rparen"
    ARABIC_LABEL = "arabic-label"
    ARABIC_ARTICLE = "arabic-article"
    ARABIC_CHAPTER = "arabic-chapter"
    ARABIC_PART = "arabic-part"
    ROMAN_PLAIN = "roman-plain"
    ROMAN_PAREN = "roman-paren"
    ROMAN_RPAREN = "roman-rparen"
    CIRCLED_CIRCLED = "circled-circled"
    CIRCLED_PAREN = "circled-paren"
    CIRCLED_PLAIN = "circled-plain"
    HANGUL_PLAIN = "hangul-plain"
    HANGUL_PAREN = "hangul-paren"
    HANGUL_RPAREN = "hangul-rparen"
    JAMO_PLAIN = "jamo-plain"
    JAMO_PAREN = "jamo-paren"
    JAMO_RPAREN = "jamo-rparen"


class SectionKind(Vocabulary):
    """What a section is: a part of a plan (``一、``) or a chapter of a regulation (``第一章``)."""

    SECTION = "section"
    CHAPTER = "chapter"


class MeasureKind(Vocabulary):
    """What a measure is: a measure of a plan or an item below one, or an article (``第三条``)."""

    MEASURE = "measure"
    ITEM = "item"
    ARTICLE = "article"


class Provenance(Vocabulary):
    """Where a metadata field was read."""

    TEXT = "text"
    """Printed in the document itself."""
    FRONT_MATTER = "front-matter"
    """The front matter of a web copy (``文号:``, ``发布日期:``…)."""
    PAGE_META = "page-meta"
    """The ``<title>`` or ``<meta>`` tags of a saved web page."""
