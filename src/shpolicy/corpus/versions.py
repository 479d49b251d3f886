"""Which input files are language versions of one notice, to be aligned and checked together.

Files in one directory whose names differ only in the language part
(``x.zh.txt``, ``x.en.txt``, ``x.ko.md``) are versions of one notice; the
Chinese one is the source.  Every other file stands alone.  A group is the
unit of work of a corpus run: its files are parsed by the same worker so that
their alignment needs no second pass over the corpus.
"""

from __future__ import annotations

import os
import re
from collections.abc import Iterable

__all__ = ["group_versions"]

_VERSION = re.compile(r"^(?P<stem>.+)\.(?P<lang>zh|en|ko)\.[A-Za-z0-9]+$")
_ORDER = {"zh": 0, "en": 1, "ko": 2}


def group_versions(paths: Iterable[str]) -> list[tuple[str, ...]]:
    """``paths`` grouped into language versions, in order of first appearance.

    A group of several files starts with its Chinese source; a group without
    one (say an English and a Korean copy only) is split into single files.
    """
    groups: dict[tuple[str, str], list[tuple[int, str]]] = {}
    order: list[tuple[str, str]] = []
    for path in paths:
        match = _VERSION.match(os.path.basename(path))
        key = (os.path.dirname(path), match["stem"]) if match else ("", path)
        lang = match["lang"] if match else "zh"
        if key not in groups:
            groups[key] = []
            order.append(key)
        if any(_ORDER[lang] == rank for rank, _ in groups[key]):
            # Two files of one language under one stem (x.zh.txt, x.zh.md): not a pair.
            order.append((path, path))
            groups[(path, path)] = [(_ORDER[lang], path)]
            continue
        groups[key].append((_ORDER[lang], path))
    out: list[tuple[str, ...]] = []
    for key in order:
        members = sorted(groups[key])
        if len(members) > 1 and members[0][0] != 0:
            out.extend((p,) for _, p in members)
        else:
            out.append(tuple(p for _, p in members))
    return out
