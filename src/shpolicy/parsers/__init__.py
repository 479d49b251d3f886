"""Parsers: from a decoded source to a :class:`~shpolicy.schema.Notice`."""

from __future__ import annotations

from ..schema import Language, Notice
from ..sources import SourceText

__all__ = ["parse_source"]


def parse_source(src: SourceText, *, lang: Language | None = None) -> Notice:
    """Normalise ``src`` and run the rule chain of its language over it."""
    from ..ground.language import detect_language
    from ..normalize import Context, normalize
    from .chain import rules_for
    from .state import ParseState

    language = lang or detect_language(src.text)
    norm = normalize(
        src.text,
        Context(language=language, format=src.format, front_matter_lines=src.front_matter_lines),
    )
    state = ParseState(src, norm, language)
    for rule in rules_for(language):
        rule.run(state)
    return state.build()
