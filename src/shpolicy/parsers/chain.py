"""The rule chain of each language: named rules run in order over one ParseState.

An original is read as the frame of an official document around its body; a
translation as the same frame, opened by front matter, around a body read
through its numbering layout.  The chains are assembled here, from the
languages' conventions, and nothing in the package imports this module back.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from ..schema import Language
from . import en, frame, ko, translation, webcopy, zh
from .attachments import link_attachment_rows
from .conventions import Conventions
from .state import ParseState

__all__ = ["Rule", "rules_for"]

_Step = Callable[[ParseState, Conventions], None]


@dataclass(frozen=True, slots=True)
class Rule:
    """A named parsing step."""

    name: str
    run: Callable[[ParseState], None]


def _rule(name: str, step: _Step, c: Conventions) -> Rule:
    return Rule(name, lambda state: step(state, c))


def _original(c: Conventions) -> tuple[Rule, ...]:
    """The rules of an original: back matter first, then front matter, then the body."""
    steps: tuple[tuple[str, _Step], ...] = (
        ("site_head", webcopy.site_head),
        ("site_tail", webcopy.site_tail),
        ("printed", frame.printed),
        ("cc", frame.cc),
        ("attachments", frame.attachments),
        ("closing_signature", frame.closing_signature),
        ("attachment_list", frame.attachment_list),
        ("issuer_mark", frame.issuer_mark),
        ("known_title_first", webcopy.known_title),
        ("doc_number", frame.doc_number),
        ("title", frame.title),
        ("known_title", webcopy.known_title),
        ("site_table", webcopy.site_table),
        ("repeated_title", webcopy.repeated_title),
        ("doc_number_below_title", frame.doc_number),
        ("issuer_mark_below_title", frame.issuer_mark),
        ("repeated_title_below_mark", webcopy.repeated_title),
        ("recipients", frame.recipients),
        ("letter", frame.letter),
        ("plan_heading", frame.plan_heading),
        ("attached_plan", frame.attached_plan),
        ("body", frame.body),
        ("settle", webcopy.settle),
    )
    return (
        *(_rule(name, step, c) for name, step in steps),
        Rule("link_attachment_rows", link_attachment_rows),
    )


def _translation(c: Conventions) -> tuple[Rule, ...]:
    """The rules of a translation: front matter, the frame, and the body with its layout."""
    steps: tuple[tuple[str, _Step], ...] = (
        ("front_matter", translation.front_matter),
        ("printed", frame.printed),
        ("cc", frame.cc),
        ("doc_number", frame.doc_number),
        ("title", frame.title),
        ("doc_number_below_title", frame.doc_number),
        ("recipients", frame.recipients),
        ("letter", frame.letter),
        ("plan_heading", frame.plan_heading),
        ("body", translation.body),
        ("settle", webcopy.settle),
    )
    return tuple(_rule(name, step, c) for name, step in steps)


_CHAINS: dict[Language, tuple[Rule, ...]] = {
    "zh": _original(zh.CONVENTIONS),
    "en": _translation(en.CONVENTIONS),
    "ko": _translation(ko.CONVENTIONS),
}


def rules_for(language: Language) -> list[Rule]:
    """The ordered rules that parse a notice in ``language``."""
    return list(_CHAINS[language])
