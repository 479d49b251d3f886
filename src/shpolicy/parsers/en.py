"""English versions.

Published on the web, they open with front-matter lines (``Source: …``,
``Original Title: …``), keep the recipients, the covering letter, its signature
and date, then give the plan; the copy line reads ``CC: …`` and the printing
line ``… Printed and issued on December 30, 2024``.  Their numbering uses
Roman and Arabic numerals (``I.``, ``(1)``, ``1.``) and no Chinese ones.
"""

from __future__ import annotations

from .conventions import translation

__all__ = ["CONVENTIONS"]

#: The longest heading phrase (in characters and bracketed groups) that a colon may close.
_HEADING_LENGTH = 160
_ABBREVIATIONS = r"No|Nos|e\.g|i\.e|etc|Co|Ltd|Inc|St|Art|Para|vs|approx|[A-Z]"

CONVENTIONS = translation(
    language="en",
    families=frozenset({"roman", "arabic", "circled"}),
    # The city's English portal heads a measure with a phrase and a colon
    # (``1. Piloting the opening-up of telecom services: body …``): a colon
    # before the first sentence end, within a heading's length, ends the title.
    # A colon in brackets is not one: ``(Responsible units: …)`` closes a
    # measure whose first sentence has no end.
    title_end=(
        rf"[。！？!?]|(?<!\b(?:{_ABBREVIATIONS}))\.(?=\s|$)"
        rf"|(?<=^(?:[^\n:：()（）]|[(（][^\n()（）]*[)）]){{1,{_HEADING_LENGTH}}})[:：](?=\s)"
    ),
    list_split=r"\s*[,;，；]\s*|\s+and\s+(?=(?:all|the|relevant|other|each)\b)",
    org_name=(
        r"\b(?:Office|Government|Commission|Committee|Bureau|Administration|Department|"
        r"Ministry|Council|Agency|Centre|Center|Group|Authority|Branch)\b"
    ),
    title_words=(
        r"^(?:(?:Circular|Notice|Notification|Opinions?|Measures|Plan|Decision|Provisions|"
        r"Regulations|Announcement|Reply)\b.*\b(?:of|on|by|for)\b|.*\b(?:on Issuing|on Printing and "
        r"Distributing)\b)"
    ),
    recipients_end=r"\s*[:：]",
    printed=(
        r"(?P<by>.*?)[\s,]*(?:Printed and (?:issued|distributed)|Issued|Printed)(?: on)?\s+"
        r"(?P<date>.+?)\.?"
    ),
    cc_label=r"CC|Cc|Copied to|Copy to|Copies to|Copy",
    metadata_keys={
        "source": "source",
        "original title": "title",
        "title": "title",
        "original source": "source",
        "url": "url",
        "link": "url",
        "issued by": "issued_by",
        "publisher": "publisher",
        "published": "published",
        "release date": "date",
        "date": "date",
        "document no.": "doc_number",
        "document no": "doc_number",
        "document number": "doc_number",
        "doc. no.": "doc_number",
        "index no.": "index_number",
        "index number": "index_number",
        "translated by": "translator",
        "translation": "translation",
    },
)
"""English."""
