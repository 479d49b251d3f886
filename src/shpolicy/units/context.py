"""The context a notice gives its unit names: its date, its issuers and its district.

A district's notice writes its own bodies without the district (区水务局 in a
嘉定区 notice is 嘉定区水务局), so resolution needs to know the district.  It
is read from the surest place that names it: the issuers, then the title, the
document number's prefix (嘉府办发 is 嘉定区's government office), then the
file's own metadata.
"""

from __future__ import annotations

import datetime
from collections.abc import Iterable
from dataclasses import dataclass

from ..schema import Notice
from .keys import DISTRICT_NAMES, district_in

__all__ = ["NoticeContext", "district_of_doc_number", "notice_context"]

# The first character of each district's document numbers: 嘉府发, 浦府办, 青府办发.
_DOC_PREFIX = {d[0]: d for d in DISTRICT_NAMES}


@dataclass(frozen=True, slots=True)
class NoticeContext:
    """What :meth:`~shpolicy.units.registry.Registry.resolve` takes from a notice."""

    issuer: tuple[str, ...] = ()
    date: datetime.date | None = None
    district: str | None = None


def district_of_doc_number(doc_number: str | None) -> str | None:
    """The district of a district government's document number (``嘉府办发〔2024〕23号``)."""
    if not doc_number or len(doc_number) < 2 or doc_number[1] != "府":
        return None
    return _DOC_PREFIX.get(doc_number[0])


def _first(texts: Iterable[str | None]) -> str | None:
    for text in texts:
        found = district_in(text) if text else None
        if found:
            return found
    return None


def notice_context(notice: Notice) -> NoticeContext:
    """The issuers, date and district of ``notice``, for resolving its unit names."""
    meta = notice.source.metadata
    district = (
        _first(notice.issuers)
        or _first([notice.title, notice.plan_title])
        or district_of_doc_number(notice.doc_number)
        or _first([meta.get("发布单位"), meta.get("标题")])
    )
    return NoticeContext(tuple(notice.issuers), notice.date or notice.published, district)
