"""Parsers: from a decoded source to a :class:`~shpolicy.schema.Notice`."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..errors import InternalError, ShpolicyError
from ..schema import Language, Notice
from ..sources import SourceText

if TYPE_CHECKING:
    from ..normalize import Context

__all__ = ["context_for", "parse_source"]


def context_for(src: SourceText, language: Language) -> Context:
    """What the normalisation fixes may know of ``src`` besides its text."""
    from ..normalize import Context

    return Context(
        language=language,
        format=src.format,
        front_matter_lines=src.front_matter_lines,
        web_copy=src.format in ("markdown", "html"),
    )


def parse_source(src: SourceText, *, lang: Language | None = None) -> Notice:
    """Normalise ``src`` and run the rule chain of its language over it."""
    from ..ground.language import detect_language
    from ..normalize import normalize
    from .chain import rules_for
    from .resolution import resolved_in_context
    from .state import ParseState

    try:
        language = lang or detect_language(src.text)
        norm = normalize(src.text, context_for(src, language))
        state = ParseState(src, norm, language)
        for rule in rules_for(language):
            rule.run(state)
        return resolved_in_context(state.build())
    except InternalError as err:
        if err.path is None:  # raised deep in the rules, where the file is not known
            raise InternalError(err.detail, src.path) from err
        raise
    except ShpolicyError:
        raise
    except Exception as exc:
        # The checks where things are built catch what they know of; this is the net
        # for what they do not, one line for the command line, the cause chained.
        raise InternalError(f"{type(exc).__name__} while parsing: {exc}", src.path) from exc
