"""Bracket-aware scanning: where a bracket closes, and splitting outside brackets.

Unit lists nest brackets inside names (``浦东新区政府（上海自贸试验区管委会）``,
``Pudong New Area Government (China (Shanghai) Pilot Free Trade Zone
Administration)``), so a separator only splits where no bracket is open.
Full- and half-width brackets are mixed freely in published text (``（…)``),
so any opening bracket is closed by any closing one.
"""

from __future__ import annotations

__all__ = [
    "CLOSE",
    "OPEN",
    "bracket_pairs",
    "closing_bracket",
    "head_before_bracket",
    "split_outside",
]

OPEN = "(（〔[【〖"
CLOSE = ")）〕]】〗"


def closing_bracket(text: str, start: int, end: int | None = None) -> int:
    """Index of the bracket closing the one at ``start``, or -1 if it is never closed."""
    stop = len(text) if end is None else end
    depth = 0
    for i in range(start, stop):
        char = text[i]
        if char in OPEN:
            depth += 1
        elif char in CLOSE:
            depth -= 1
            if depth == 0:
                return i
    return -1


def bracket_pairs(text: str) -> dict[int, int]:
    """For every opening bracket of ``text``, the index of the one closing it, or -1.

    One pass with a stack: ``bracket_pairs(text)[i]`` is what
    ``closing_bracket(text, i)`` returns, for all brackets at once, so a text
    full of brackets that never close is read once, not once per bracket.
    """
    pairs: dict[int, int] = {}
    stack: list[int] = []
    for i, char in enumerate(text):
        if char in OPEN:
            stack.append(i)
            pairs[i] = -1
        elif char in CLOSE and stack:
            pairs[stack.pop()] = i
    return pairs


def split_outside(text: str, start: int, end: int, separators: str) -> list[tuple[int, int]]:
    """``text[start:end]`` cut at separators outside brackets, as (start, end) ranges."""
    parts: list[tuple[int, int]] = []
    depth = 0
    begin = start
    for i in range(start, end):
        char = text[i]
        if char in OPEN:
            depth += 1
        elif char in CLOSE:
            depth = max(0, depth - 1)
        elif depth == 0 and char in separators:
            parts.append((begin, i))
            begin = i + 1
    parts.append((begin, end))
    return parts


def head_before_bracket(name: str) -> str | None:
    """The name before a trailing bracketed part (its second name), if it has one."""
    text = name.rstrip()
    if not text or text[-1] not in CLOSE:
        return None
    depth = 0
    for i in range(len(text) - 1, -1, -1):
        char = text[i]
        if char in CLOSE:
            depth += 1
        elif char in OPEN:
            depth -= 1
            if depth == 0:
                head = text[:i].strip()
                return head or None
    return None
