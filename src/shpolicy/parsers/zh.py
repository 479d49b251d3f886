"""The rule chain for Chinese notices."""

from __future__ import annotations

from ..ground.numbering import Marker
from . import official
from .attachments import link_attachment_rows
from .body import NumberingProfile, measure_units, parse_body
from .rules import Rule
from .state import ParseState

__all__ = ["PROFILE", "RULES"]


def _level_key(marker: Marker) -> str:
    return marker.style


PROFILE = NumberingProfile(
    families=frozenset({"cjk", "arabic", "roman", "circled"}),
    level_key=_level_key,
    units=measure_units,
)


def body(state: ParseState) -> None:
    parse_body(state, state.window(), PROFILE)
    state.lo = state.hi


RULES: tuple[Rule, ...] = (
    Rule("printed", official.printed),
    Rule("cc", official.cc),
    Rule("attachments", official.attachments),
    Rule("attachment_list", official.attachment_list),
    Rule("issuer_mark", official.issuer_mark),
    Rule("doc_number", official.doc_number),
    Rule("title", official.title),
    Rule("recipients", official.recipients),
    Rule("letter", official.letter),
    Rule("plan_heading", official.plan_heading),
    Rule("body", body),
    Rule("link_attachment_rows", link_attachment_rows),
)
