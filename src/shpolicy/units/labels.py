"""Words that introduce a unit list and words that give a unit its role, per language.

A labelled clause opens with a label and a colon: ``责任单位：``, ``牵头单位：``,
``Responsible units:``, ``Lead unit:``, ``책임 단위:``, ``주관 부서:``.  The
label says the role of the units it lists: 牵头/主要/Lead/주관 *lead*,
配合/协同/Supporting/협력 *support*, 责任/Responsible/책임 neither.

Inside a list, a role may also follow a name: ``市商务委牵头``,
``各区政府组织落实``, ``市商务委（牵头）``, ``Municipal Commerce Commission
(lead)``, ``시 상무위원회 주관``.  Words that only say *carry out*
(负责, 组织落实, 按职责分工负责落实) make a unit the lead where the clause
names no other lead, and a supporting unit where it does.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass
from typing import Literal

import regex

from ..schema import Language, Role

__all__ = ["LABELS", "TAILS", "Grammar", "RoleWord", "grammar", "label_role"]

_LEAD_WORD_EN = regex.compile(r"(?i)lead|in\s+charge")
_SUPPORT_WORD_EN = regex.compile(r"(?i)assist")

RoleWord = Literal["lead", "support", "carry-out"]
"""What a role word says: lead, support, or only that the unit carries the task out."""


def _spaced(word: str) -> str:
    # PDF text breaks lines anywhere, also inside a label: allow white space between characters.
    return r"\s*".join(regex.escape(c) for c in word)


_ZH_LABEL_WORDS = (
    "主要责任单位", "主要责任部门", "责任单位", "责任部门", "责任主体", "责任处室",
    "牵头单位", "牵头部门", "配合单位", "配合部门", "协同单位", "协同部门", "协办单位",
    "协助单位", "参与单位", "参与部门", "实施单位", "实施主体", "主责单位", "主办单位",
    "承办单位", "执行单位", "执行部门", "支撑单位", "支撑部门", "牵头", "配合", "协同", "参与",
)
_ZH_LABEL = "|".join(_spaced(w) for w in _ZH_LABEL_WORDS)
_EN_LABEL = (
    r"(?i:(?:(?:main|lead|leading|responsible|supporting|support|cooperating|co-operating|"
    r"coordinating|participating|implementing|other)\s+)+"
    r"(?:units?|authorit(?:y|ies)|departments?|agenc(?:y|ies)|bod(?:y|ies)|organi[sz]ations?|"
    r"entit(?:y|ies)|institutions?)|responsibility|in\s+charge|lead|support)"
)
_KO_LABEL = (
    r"(?:주요\s*)?(?:책임|담당|주관|주도|선도|견인|협력|협조|협업|참여|지원|실시|시행)\s*"
    r"(?:단위|부서|기관|부문|주체)|주관|협력|협조"
)

#: The label pattern of each language (without the colon that follows it).
LABELS: dict[Language, str] = {"zh": _ZH_LABEL, "en": _EN_LABEL, "ko": _KO_LABEL}

_LEAD = regex.compile(r"牵头|主要|主责|主办|(?i:\bmain\b|\blead)|주요|주관|주도|선도|견인")
_SUPPORT = regex.compile(
    r"配合|协同|协办|协助|参与|支撑|(?i:support|co-?operat|coordinat|participat)|협력|협조|협업|참여|지원"
)

# Role words after a name; longest first so that 牵头负责 is not read as 负责.
_ZH_TAIL = (
    r"(?:[（(](?P<paren>牵头|配合|协同|参与|协助|负责)[)）]"
    r"|(?P<word>牵头负责|牵头落实|牵头组织|牵头推进|牵头|负责牵头"
    r"|按照?职责分工负责落实|按照?职责分工负责|按照?职责分工落实|按照?职责负责|按照?职责分工"
    r"|按照?职责组织|按照?职责|组织配合"
    r"|分工负责|共同负责|具体负责|负责落实|负责实施|组织落实|组织实施|具体落实|抓好落实|落实"
    r"|配合落实|配合实施|配合推进|协同推进|配合|协同|协助|参与|负责))$"
)
_EN_TAIL = (
    r"(?i:\s*\((?P<paren>lead|leading|in\s+charge|support|supporting)\)"
    r"|\s+(?P<word>(?:to\s+)?(?:take|takes|taking)\s+the\s+lead|(?:as\s+)?(?:the\s+)?lead"
    r"|in\s+the\s+lead|in\s+charge|(?:to\s+)?(?:support|supporting|assist|assisting)"
    r"|(?:to\s+)?(?:be\s+)?responsible\s+for\s+implementation))$"
)
_KO_TAIL = (
    r"(?:\s*[（(](?P<paren>주관|주도|선도|견인|협력|협조|참여|지원)[)）]"
    r"|\s*(?P<word>주관|주도|선도|견인|협력|협조|협업|참여|지원|책임|담당|실시|시행|이행|추진))$"
)

#: Role words that may follow a name, per language.
TAILS: dict[Language, str] = {"zh": _ZH_TAIL, "en": _EN_TAIL, "ko": _KO_TAIL}

_EN_HEAD_ROLE = regex.compile(r"(?i:^(?P<word>led\s+by|supported\s+by|with|and|as\s+well\s+as)\s+)")


def label_role(label: str) -> Role | None:
    """The role a label gives the units it lists."""
    if _LEAD.search(label):
        return "lead"
    if _SUPPORT.search(label):
        return "support"
    return None


def word_role(word: str) -> RoleWord:
    """What a role word after a name says."""
    if _LEAD.search(word) or _LEAD_WORD_EN.search(word):
        return "lead"
    if _SUPPORT.search(word) or _SUPPORT_WORD_EN.search(word):
        return "support"
    return "carry-out"


@dataclass(frozen=True, slots=True)
class Grammar:
    """The compiled patterns of one language."""

    language: Language
    label: regex.Pattern[str]
    """A label followed by its colon, at the start of a clause or a group."""
    line_label: regex.Pattern[str]
    """A label and its colon at the start of a line or a sentence, outside brackets."""
    tail: regex.Pattern[str]
    """Role words closing a name."""
    list_separators: str
    """Characters that separate list segments, outside brackets; a role word
    after a segment applies to the names in it (Chinese 、 and Korean 、 · split
    segments into names further)."""
    group_separators: str
    """Characters that may start a new labelled group (``；配合单位：``)."""

    def head_role(self, text: str) -> tuple[int, RoleWord | None]:
        """Length of a leading word that joins or qualifies a name, and the role it says.

        English lists put words before a name (``and``, ``led by``, ``with``),
        Chinese ones ``由`` (``由市商务委牵头``).
        """
        if self.language == "zh":
            return (1, None) if text.startswith("由") else (0, None)
        if self.language != "en":
            return 0, None
        m = _EN_HEAD_ROLE.match(text)
        if m is None:
            return 0, None
        word = m["word"].casefold()
        if word.startswith("led"):
            return m.end(), "lead"
        if word.startswith(("supported", "with")):
            return m.end(), "support"
        return m.end(), None


_LINE_START = r"(?:^|(?<=[\n。；;.!?！？]))[ \t\u3000]*"

# The label patterns are long alternations that take milliseconds to compile:
# each language's are compiled when a notice in it first needs them.
_SOURCES: dict[Language, tuple[str, str, str, str]] = {
    "zh": (_ZH_LABEL, _ZH_TAIL, "，,；;", "；;，,。"),
    "en": (_EN_LABEL, _EN_TAIL, ",;，；", ";；.,"),
    "ko": (_KO_LABEL, _KO_TAIL, ",，;；", ";；,，."),
}


@functools.cache
def grammar(language: Language) -> Grammar:
    """The patterns of ``language``."""
    label, tail, joiners, enders = _SOURCES[language]
    return Grammar(
        language,
        regex.compile(rf"(?P<label>{label})\s*[：:]"),
        regex.compile(rf"{_LINE_START}(?P<label>{label})\s*[：:]"),
        regex.compile(tail),
        joiners,
        enders,
    )
