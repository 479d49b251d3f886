"""The rule chain of each language: named rules run in order over one ParseState."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from ..schema import Language
from .state import ParseState

__all__ = ["Rule", "rules_for"]


@dataclass(frozen=True, slots=True)
class Rule:
    """A named parsing step."""

    name: str
    run: Callable[[ParseState], None]


def rules_for(language: Language) -> list[Rule]:
    """The ordered rules that parse a notice in ``language``."""
    if language == "en":
        from .en import RULES as en_rules

        return list(en_rules)
    if language == "ko":
        from .ko import RULES as ko_rules

        return list(ko_rules)
    from .zh import RULES as zh_rules

    return list(zh_rules)
