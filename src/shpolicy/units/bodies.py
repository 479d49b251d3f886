"""Whether a name is the name of a body: decided by how unit names are built.

A list in brackets with no label is a list of responsible units only if each
of its items is a body; ``（含临港新片区）``, ``（BaaS）``, ``（上海）`` or
``（2019-2021年）`` are not.  A name is a body when the registry knows it, or
when it is built the way names of bodies are built:

* Chinese: a body word at the end (委, 局, 办, 厅, 部, 政府, 管委会, 海关, 总部,
  分局, 分公司, 单位, 部门, 街镇…; weaker: 中心, 集团, 公司, 所, 会…), and not
  a phrase that qualifies (含…, 除…, 涉及…, 以下简称…);
* English: a head noun (Commission, Bureau, Office, Government, Customs,
  Headquarters, Branch, Administration…; weaker: Center, Company, Exchange),
  the last word or the word before *of* (*Shanghai Branch of Sinosure*);
* Korean: a body word at the end (위원회, 국, 판공실, 정부, 세관, 본부, 센터…).

:func:`body_strength` tells a strong sign (government body words, a registry
hit) from a weak one (中心, 公司 name many things that are not responsible
units), so that an unlabelled list must hold at least one strong name.
"""

from __future__ import annotations

import unicodedata

import regex

from ..schema import Language
from .brackets import head_before_bracket
from .keys import SHANGHAI_DISTRICTS

__all__ = ["NOT_A_BODY", "STRONG", "WEAK", "body_strength"]

_SPACES = regex.compile(r"\s+")
_HANGUL = regex.compile(r"\p{Hangul}")

NOT_A_BODY = 0
WEAK = 1
STRONG = 2

_ZH_STRONG = regex.compile(
    r"(?:委员会|管委会|委|局|办公厅|办公室|办|厅|部|政府|海关|总部|分局|分行|分会|总站|"
    r"领导小组|小组|成员单位|单位|部门|街镇|街道|乡镇|人民法院|法院|检察院|贸促会|商会|"
    r"工会|妇联|团市委|处|署|分公司)$"
)
_ZH_WEAK = regex.compile(
    rf"(?:中心|集团|公司|交易所|所|院|会|站|行|社|协会|联盟|(?:{'|'.join(SHANGHAI_DISTRICTS)})区)$"
)
# Phrases that qualify or explain rather than name: 含…, 除…外, 以下简称…, 即…
_ZH_QUALIFIER = regex.compile(
    r"^(?:含|不含|包含|包括|除|涉及|以下|下称|简称|即|如|或|和|及|详见|见|注|指|其中|例如|比如|"
    r"全称|原|暂|试行|第|共|约|限|仅)"
)
# Everyday words that end like a body name (部 of 全部, 区 of 各区 is a body).
_ZH_PLAIN_WORDS = frozenset(
    {
        "全部", "内部", "外部", "局部", "东部", "西部", "南部", "北部", "中部", "本部", "总部", "本单位", "该单位",
    }
)
_ZH_NOT_NAME = regex.compile(r"[的《》“”\"。！？!?]|\d{2,}|^[\p{Latin}\d\s\-.]+$")

_EN_STRONG = frozenset(
    {
        "commission", "committee", "bureau", "office", "government", "governments",
        "administration", "administrations", "customs", "department", "departments", "headquarters",
        "branch", "ministry", "agency", "authority", "authorities", "council", "unit", "units",
        "station", "group", "groups", "corporation",
    }
)
_EN_WEAK = frozenset(
    {
        "center", "centre", "company", "exchange", "association", "chamber", "institute", "bank",
        "federation",
    }
)
_EN_QUALIFIER = regex.compile(
    r"(?i)^(?:including|includ|excluding|except|e\.g\.|i\.e\.|such\s+as|see|hereinafter|"
    r"referred|or|namely|formerly|note)\b"
)
_EN_WORD = regex.compile(r"[A-Za-z][A-Za-z'’\-]*")

_KO_STRONG = regex.compile(
    r"(?:관리위원회|위원회|판공실|판공청|사무실|정부|세관|해관|본부|분국|지국|총국|총참|"
    r"영도소조|소조|단위|부서|기관|관리국|감독국)$"
)
_KO_SHORT = regex.compile(r"(?:위|국|청|처|부)$")
_KO_WEAK = regex.compile(r"(?:센터|그룹|집단|공사|분공사|지사|거래소|협회|상회|촉진회|은행|회|소|원)$")
_KO_QUALIFIER = regex.compile(r"^(?:포함|제외|예|즉|이하|또는)")


def body_strength(name: str, language: Language) -> int:
    """How surely ``name`` names a body by its form: NOT_A_BODY, WEAK or STRONG.

    The registry is not consulted here; callers check it first.
    """
    text = unicodedata.normalize("NFKC", name).strip()
    head = head_before_bracket(text)
    if head is not None:
        text = head
    if not text:
        return NOT_A_BODY
    if language == "en":
        return _english(text)
    if language == "ko":
        return _korean(text)
    return _chinese(text)


def _chinese(text: str) -> int:
    compact = _SPACES.sub("", text)
    if len(compact) < 2 or len(compact) > 40:
        return NOT_A_BODY
    if _ZH_QUALIFIER.match(compact) or _ZH_NOT_NAME.search(compact) or compact in _ZH_PLAIN_WORDS:
        return NOT_A_BODY
    if _ZH_STRONG.search(compact):
        return STRONG
    if _ZH_WEAK.search(compact):
        return WEAK
    return NOT_A_BODY


def _english(text: str) -> int:
    if _EN_QUALIFIER.match(text) or len(text) > 160:
        return NOT_A_BODY
    words = _EN_WORD.findall(text)
    if not words:
        return NOT_A_BODY
    lowered = [w.casefold() for w in words]
    # The head noun ends the name, or stands before its first "of"/"for":
    # "Shanghai Branch of Sinosure", "Council for the Promotion of ...".
    heads = [lowered[-1]]
    for i, word in enumerate(lowered[1:], 1):
        if word in ("of", "for"):
            heads.append(lowered[i - 1])
            break
    if any(h in _EN_STRONG for h in heads):
        return STRONG
    if any(h in _EN_WEAK for h in heads):
        return WEAK
    return NOT_A_BODY


def _korean(text: str) -> int:
    compact = _SPACES.sub("", text)
    if len(compact) < 2 or len(compact) > 50 or _KO_QUALIFIER.match(compact):
        return NOT_A_BODY
    if not _HANGUL.search(compact):
        return NOT_A_BODY
    if _KO_STRONG.search(compact):
        return STRONG
    # One-syllable body words (국, 위, 청) end many ordinary words (중국, 전국):
    # only a name of three syllables or more counts.
    if _KO_SHORT.search(compact) and len(compact) >= 3:
        return STRONG
    if _KO_WEAK.search(compact) and len(compact) >= 3:
        return WEAK
    return NOT_A_BODY
