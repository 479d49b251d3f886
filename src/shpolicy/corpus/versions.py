"""Which input files are language versions of one notice, to be aligned and checked together.

Files in one directory whose names differ only in the language part
(``x.zh.txt``, ``x.en.txt``, ``x.ko.md``) are versions of one notice; the
Chinese one is the source.  A group is the unit of work of a corpus run: its
files are parsed by the same worker so that their alignment needs no second
pass over the corpus.

Files that stand alone by name may still be versions of one notice by their
document number (``沪府办发〔2024〕31号`` in the Chinese, ``Hu Fu Ban Fa [2024]
No. 31`` in the English), which is known only once they are parsed:
:func:`pair_by_doc_number` groups them after the first pass.
"""

from __future__ import annotations

import os
import re
from collections.abc import Iterable

__all__ = ["group_versions", "pair_by_doc_number"]

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


def pair_by_doc_number(entries: Iterable[tuple[str, str, str | None]]) -> list[tuple[str, ...]]:
    """Groups of ``(path, language, doc_number)`` entries that share a document number.

    A group is one Chinese source and its translations, at most one per
    language; a number held by two files of one language is ambiguous (two
    copies, or a number misread), and those files are left alone rather than
    paired with a guess.  Groups come in order of their source's first entry.
    """
    by_number: dict[str, dict[str, list[str]]] = {}
    for path, language, number in entries:
        if number and language in _ORDER:
            by_number.setdefault(number, {}).setdefault(language, []).append(path)
    out: list[tuple[str, ...]] = []
    for languages in by_number.values():
        if len(languages.get("zh", ())) != 1:
            continue
        others = [paths[0] for lang, paths in sorted(languages.items(), key=lambda kv: _ORDER[kv[0]])
                  if lang != "zh" and len(paths) == 1]
        if others:
            out.append((languages["zh"][0], *others))
    return out
