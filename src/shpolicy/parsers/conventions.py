"""How one language writes the parts of an official document.

The frame rules (:mod:`shpolicy.parsers.frame`) and the translation rules
(:mod:`shpolicy.parsers.translation`) are written once; a :class:`Conventions`
holds everything they read that differs between Chinese originals and their
English and Korean versions: words, labels, punctuation, numeral families and
the few places where an original and a translation are laid out differently.
Each language module (:mod:`~shpolicy.parsers.zh`, :mod:`~shpolicy.parsers.en`,
:mod:`~shpolicy.parsers.ko`) holds one instance.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import regex

from ..schema import Language

__all__ = ["Conventions", "translation"]

# Sentence punctuation inside a line, in any of the three scripts; a full stop
# counts only before white space or the end (not in ``U.S.`` or ``4.73``).
_SENTENCE = regex.compile(r"[。；！？;!?]|(?<!\b[A-Z])\.(?=\s|$)")

# A quoted name, the plan a notice issues: in double quotes, 《》 or 「」, or in single quotes that are not apostrophes (People's).
_QUOTED = regex.compile(
    r"\"(?P<plan>[^\"]{8,})\"|“(?P<plan>[^”]{8,})”|《(?P<plan>[^》]{8,})》|「(?P<plan>[^」]{8,})」"
    r"|‘(?P<plan>[^’]{8,})’|(?<!\w)'(?P<plan>[^']{8,})'(?!\w)"
)

_NEVER = regex.compile(r"(?!)")


@dataclass(frozen=True, slots=True)
class Conventions:
    """What one language's notices write differently; the rules read nothing else."""

    language: Language
    families: frozenset[str]
    """Numeral families its numbering uses."""
    sentence: regex.Pattern[str]
    """Sentence punctuation inside a line: a line holding it is no heading, title or name."""
    sentence_end: str
    """What stands before a measure run into the paragraph of the one before it."""
    title_end: str
    """Where a measure's title ends."""
    # -- names and lists -------------------------------------------------------------
    list_split: regex.Pattern[str]
    """What separates bodies in a list."""
    list_end: str
    """Characters dropped from the end of a list before it is split."""
    org_name: regex.Pattern[str] | None
    """What the name of a body matches (searched); None: any line may be one."""
    org_line: regex.Pattern[str]
    """What a line naming a body never holds (searched)."""
    org_line_max: int
    """Longest line that names a body, in characters."""
    issuer_suffix: str
    """The word after the issuer's name in the issuer mark (``文件``); empty if none."""
    # -- front matter ----------------------------------------------------------------
    doc_number_within: int
    """How many paragraphs from the top of the window a document number may stand."""
    title_words: regex.Pattern[str]
    """What a title is worded as (searched in the joined title lines)."""
    title_lines: int
    """Over how many lines a title may be wrapped."""
    title_about: str
    """The word that introduces a title's subject (``关于``): a title without it needs a
    document number above, and the words before it name the issuer.  Empty if none."""
    issued_plan: regex.Pattern[str]
    """The plan a title issues, in a ``plan`` group."""
    quoted_plan: regex.Pattern[str]
    """The plan a covering letter names, in a ``plan`` group."""
    recipients_end: regex.Pattern[str]
    """What closes the recipients line (``:``, ``귀하:``), at its end."""
    recipients_max: int
    """Longest recipients line, in characters."""
    recipients_after_heading: bool
    """Recipients stand only below a title or document number (else the line opens the text)."""
    first_section: regex.Pattern[str] | None
    """A paragraph that opens the plan's first section (so there is no letter); None: a
    numbered heading line does."""
    letter_min_lines: int
    """Paragraphs of a covering letter that are never read as its signature."""
    note: regex.Pattern[str]
    """A note (附注) below the date, its text in a ``note`` group (full match)."""
    plan_repeated: bool
    """The plan heading repeats a plan title already known, possibly wrapped; without
    one, a line is one if it reads as a plan title.  False: any heading line above the
    body is the plan heading."""
    plan_words: regex.Pattern[str] | None
    """What a plan heading not known before is worded as; None: any heading line."""
    plan_heading: regex.Pattern[str]
    """What a plan heading never holds (searched)."""
    plan_heading_max: int
    """Longest plan heading, in characters."""
    # -- back matter -----------------------------------------------------------------
    printed: regex.Pattern[str]
    """The printing line (印发机关 and 印发日期), with ``by`` and ``date`` groups (full match)."""
    cc: regex.Pattern[str]
    """The copy line (抄送), its list in a ``list`` group."""
    attachment_head: regex.Pattern[str] | None = None
    """An attachment's heading (``附件2``), its number in an ``n`` group; None if not read."""
    attachment_list: regex.Pattern[str] | None = None
    """The attachment list (附件说明), the first title in a ``list`` group; None if not read."""
    nesting: tuple[str, ...] = ()
    """Numbering styles in the order the language nests them, outermost first."""
    # -- translations ----------------------------------------------------------------
    metadata_keys: dict[str, str] = field(default_factory=dict)
    """Front-matter labels (lower case) → metadata key; ``title`` and ``doc_number`` fill fields."""
    heading_max: int = 160
    """Longest heading a section can have, in characters."""
    series_head_max: int = 3
    """Longest comma piece (in words) that shares the complement of the next (``A, B and C of D``)."""
    metadata_pattern: regex.Pattern[str] = field(init=False)

    def __post_init__(self) -> None:
        keys = "|".join(
            sorted((regex.escape(k) for k in self.metadata_keys), key=len, reverse=True)
        )
        pattern = (
            regex.compile(rf"^(?P<key>{keys})\s*[:：]\s*(?P<value>.+)$", regex.IGNORECASE)
            if keys
            else _NEVER
        )
        object.__setattr__(self, "metadata_pattern", pattern)

    def is_heading_text(self, text: str, max_len: int) -> bool:
        """Whether ``text`` reads as a heading: not empty, short, no sentence in it."""
        return bool(text) and len(text) <= max_len and not self.sentence.search(text)

    def is_org_line(self, text: str) -> bool:
        """Whether a line is the name of a body (an issuer, a signature, a printing body)."""
        return (
            len(text) <= self.org_line_max
            and not self.org_line.search(text)
            and (
                self.org_name is None
                or self.org_name.search(text.removesuffix(self.issuer_suffix)) is not None
            )
        )


def translation(
    *,
    language: Language,
    families: frozenset[str],
    title_end: str,
    list_split: str,
    org_name: str | None,
    title_words: str,
    recipients_end: str,
    printed: str,
    cc_label: str,
    metadata_keys: dict[str, str],
) -> Conventions:
    """The conventions of a version translated into ``language``: its words, and the layout
    every translation shares (web front matter, one-line titles, quoted plan names,
    Chinese punctuation kept in untranslated passages, no issuer mark nor attachments)."""
    return Conventions(
        language=language,
        families=families,
        sentence=_SENTENCE,
        sentence_end=r"(?:[.;!?。；！？][\"'”’」]?|[)）])",
        title_end=title_end,
        list_split=regex.compile(list_split),
        list_end="",
        org_name=regex.compile(org_name) if org_name else None,
        org_line=regex.compile(_SENTENCE.pattern + r"|[:：]$"),
        org_line_max=120,
        issuer_suffix="",
        doc_number_within=1,
        title_words=regex.compile(title_words, regex.IGNORECASE),
        title_lines=1,
        title_about="",
        issued_plan=_QUOTED,
        quoted_plan=_QUOTED,
        recipients_end=regex.compile(recipients_end + "$"),
        recipients_max=400,
        recipients_after_heading=True,
        first_section=None,
        letter_min_lines=1,
        note=regex.compile(r"[(（](?P<note>[^()（）]{2,80})[)）]"),
        plan_repeated=False,
        plan_words=None,
        plan_heading=_SENTENCE,
        plan_heading_max=300,
        printed=regex.compile(printed, regex.IGNORECASE),
        cc=regex.compile(rf"^(?:{cc_label})\s*[:：]\s*(?P<list>.+)$", regex.IGNORECASE),
        metadata_keys=metadata_keys,
    )
