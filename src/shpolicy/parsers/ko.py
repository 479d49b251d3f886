"""Korean versions.

Front matter ``출처:``/``원제목:``, recipients closed by ``귀하:``, dates
``2024년 12월 30일``, and numbering that may keep the original's Chinese
numerals (``一.``, ``(一)``) or use Arabic, Roman or Hangul ones (``1.``,
``Ⅰ.``, ``가.``/``ㄱ.``, ``(1)``, ``1)``, ``가)``).  Passages left in Chinese
keep their Chinese punctuation, so Chinese sentence ends count too.
"""

from __future__ import annotations

from .conventions import translation

__all__ = ["CONVENTIONS"]

CONVENTIONS = translation(
    language="ko",
    families=frozenset({"cjk", "arabic", "roman", "circled", "hangul", "jamo"}),
    title_end=r"[。！？!?]|\.(?=\s|$)",
    list_split=r"\s*[,;，；、]\s*",
    org_name=None,
    title_words=r"(?:통지|통지문|의견|방안|조치|계획|공고|결정|규정|방법|회신)$",
    recipients_end=r"\s*(?:귀하|앞)?\s*[:：]",
    printed=(
        r"(?P<by>.*?)\s*(?P<date>\d{4}\s*년\s*\d{1,2}\s*월\s*\d{1,2}\s*일)\s*"
        r"(?:인쇄\s*[·・]?\s*)?발행"
    ),
    cc_label=r"참조|사본|抄送",
    metadata_keys={
        "출처": "source",
        "원문 출처": "source",
        "원제목": "title",
        "원 제목": "title",
        "원제": "title",
        "제목": "title",
        "발표일": "date",
        "발표 일자": "date",
        "발행일": "date",
        "날짜": "date",
        "문서번호": "doc_number",
        "문서 번호": "doc_number",
        "발문번호": "doc_number",
        "번역": "translator",
        "url": "url",
        "링크": "url",
    },
)
"""Korean."""
