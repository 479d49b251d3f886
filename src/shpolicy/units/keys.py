"""How unit names are compared: a lookup key and a distinctive core per name.

Two spellings of one body should give one key.  The key folds what varies
between documents without changing which body is meant: character width
(全角/半角), spaces and line breaks, letter case, bracket shapes, the
``上海市`` prefix against the bare ``市`` that Shanghai notices write
(``上海市商务委员会`` and ``市商务委员会``), ``人民政府`` against ``政府``, and
for English an article or a hyphen.  Korean drops spaces, whose use varies
from one translator to the next (``시 상무위원회``, ``시상무위원회``).

The *core* is what is left of a key once the parts every unit name shares are
taken off: the level prefix (市, 区, 国家, Municipal, 시) and the kind of body
(委员会, 局, 办, Commission, Bureau, 위원회, 국).  Fuzzy matching may forgive a
missing character in a long name, but never a different core: 市科委 and
市教委 differ in one character of three, and that character is the body.
"""

from __future__ import annotations

import unicodedata
from functools import lru_cache

import regex

from ..schema import Language

__all__ = [
    "DISTRICT_NAMES",
    "EN_GENERIC",
    "SHANGHAI_DISTRICTS",
    "district_in",
    "name_core",
    "name_key",
    "name_kind",
    "name_ordinals",
    "name_place",
    "script_of",
    "without_place",
]

_EN_DASHES = regex.compile(r"[-‐–—/]")
_TRAILING_BRACKET = regex.compile(r"\(.*\)$")
_PLACE_PREFIX = regex.compile(r"^(?:中共|共青团|国家税务总局)?(?:上海市)?(?:公安局)?")

#: The sixteen districts of Shanghai, without the 区 that ends their names.
SHANGHAI_DISTRICTS: tuple[str, ...] = (
    "黄浦", "徐汇", "长宁", "静安", "普陀", "虹口", "杨浦", "闵行",
    "宝山", "嘉定", "浦东新", "金山", "松江", "青浦", "奉贤", "崇明",
)

#: Each district's full Chinese name with its English and Korean names, as the
#: city's English portal and Korean translations write them.
DISTRICT_NAMES: dict[str, tuple[str, str]] = {
    "黄浦区": ("Huangpu District", "황푸구"),
    "徐汇区": ("Xuhui District", "쉬후이구"),
    "长宁区": ("Changning District", "창닝구"),
    "静安区": ("Jing'an District", "징안구"),
    "普陀区": ("Putuo District", "푸퉈구"),
    "虹口区": ("Hongkou District", "훙커우구"),
    "杨浦区": ("Yangpu District", "양푸구"),
    "闵行区": ("Minhang District", "민항구"),
    "宝山区": ("Baoshan District", "바오산구"),
    "嘉定区": ("Jiading District", "자딩구"),
    "浦东新区": ("Pudong New Area", "푸둥신구"),
    "金山区": ("Jinshan District", "진산구"),
    "松江区": ("Songjiang District", "쑹장구"),
    "青浦区": ("Qingpu District", "칭푸구"),
    "奉贤区": ("Fengxian District", "펑셴구"),
    "崇明区": ("Chongming District", "충밍구"),
}

_DISTRICT_ZH = regex.compile(rf"(?:上海市)?((?:{'|'.join(SHANGHAI_DISTRICTS)})区)")
# Short forms of a district in a name: 公安青浦分局, 浦东公安分局.
_DISTRICT_SHORT = regex.compile(rf"({'|'.join(d.removesuffix('新') for d in SHANGHAI_DISTRICTS)})")
_DISTRICT_EN = {
    regex.sub(r"[^a-z ]", "", en.casefold().removesuffix(" district")).strip(): zh
    for zh, (en, _) in DISTRICT_NAMES.items()
}
_DISTRICT_KO = {ko: zh for zh, (_, ko) in DISTRICT_NAMES.items()}

_HAN = regex.compile(r"\p{Han}")
_HANGUL = regex.compile(r"\p{Hangul}")
_LATIN = regex.compile(r"[A-Za-z]")
_SPACE = regex.compile(r"\s+")
_OPEN_BRACKETS = str.maketrans({"〔": "(", "【": "(", "[": "(", "〖": "(",
                                "〕": ")", "】": ")", "]": ")", "〗": ")"})
_EDGE_PUNCT = "。.，,；;：:、·!！?？\"'“”‘’ "

_ZH_PREFIXES = (
    (regex.compile(r"^中共上海市委"), "市委"),
    (regex.compile(r"^(?:上海)?市人民政府"), "市政府"),
    (regex.compile(rf"^上海市(?=(?:{'|'.join(SHANGHAI_DISTRICTS)})区)"), ""),
    (regex.compile(r"^上海市"), "市"),
)
_EN_WORDS = regex.compile(r"[a-z0-9']+")
# Abbreviations English translations use for the words of a body's name.
_EN_ABBREVIATIONS = {
    "dept": "department", "depts": "departments", "govt": "government", "admin": "administration",
    "centre": "center", "centres": "centers", "cttee": "committee",
}
_KO_PREFIXES = (
    (regex.compile(r"^(?:상하이|상해)시"), "시"),
    (regex.compile(r"^상해"), "상하이"),
)

# Parts shared by many unit names, taken off to find the core (longest first).
_ZH_CORE_PREFIX = regex.compile(r"^(?:中华人民共和国|中共|中国|国家|上海市|上海|市委|市政府|市|区|各|相关|有关)+")
_ZH_CORE_SUFFIX = regex.compile(
    r"(?:管理委员会|委员会|管委会|人民政府|政府|办公厅|办公室|监督管理局|管理局|监管局|"
    r"总局|分局|局|委|办|厅|部|总部|分公司|中心|交易所)+$"
)
_EN_GENERIC = frozenset(
    {
        "shanghai", "municipal", "municipality", "city", "of", "and", "for", "the", "in",
        "commission", "committee", "bureau", "office", "administration", "department", "government",
        "governments", "people's", "party", "management", "general", "branch", "headquarters",
        "center", "centre", "all", "relevant", "affairs", "unit", "units", "district", "districts", "new",
        # "Administrative Committee" is a kind of body, like "Management Committee".
        "area", "administrative",
    }
)
# The word that says what kind of body a name is (the last one when several end it).
_ZH_KIND = regex.compile(
    r"(?:联合会|协会|总工会|工会|人民法院|法院|人民检察院|检察院|分院|大学|学院|党校|委员会|管委会|人民政府|政府|办公厅|办公室|领导小组|成员单位|单位|部门|海关|总部|分公司|"
    r"总站|交易所|集团|管理局|监管局|总局|分局|局|委|办|厅|部|中心|所)$"
)
_KO_KIND = regex.compile(
    r"(?:관리위원회|위원회|판공실|판공청|사무실|정부|세관|본부|분국|지사|분공사|센터|영도소조|"
    r"단위|부서|거래소|총국|총참|위|국|청|부)$"
)
_KO_CORE_PREFIX = regex.compile(r"^(?:시위원회|시위|시정부|시|중국|국가|상하이시|상하이|각|관련)+")
_KO_CORE_SUFFIX = regex.compile(
    r"(?:관리위원회|위원회|판공실|판공청|사무실|정부|본부|분국|지사|분공사|센터|위|국|청)+$"
)


def script_of(name: str) -> Language:
    """The language a unit name is written in, judged by its script."""
    if _HANGUL.search(name):
        return "ko"
    if _HAN.search(name):
        return "zh"
    return "en" if _LATIN.search(name) else "zh"


@lru_cache(maxsize=8192)
def name_key(name: str, language: Language | None = None) -> str:
    """The lookup key of ``name``: equal for spellings that name the same body."""
    lang = language or script_of(name)
    text = unicodedata.normalize("NFKC", name).translate(_OPEN_BRACKETS)
    if lang == "en":
        text = text.casefold().replace("’", "'").replace("‘", "'").replace("&", " and ")
        words = [w.strip("'") for w in _EN_WORDS.findall(_EN_DASHES.sub(" ", text))]
        words = [_EN_ABBREVIATIONS.get(w, w) for w in words if w and w != "the"]
        if words[:2] == ["shanghai", "municipal"]:
            words = words[1:]
        return " ".join(words)
    text = _SPACE.sub("", text).strip(_EDGE_PUNCT).casefold()
    if lang == "ko":
        for pattern, repl in _KO_PREFIXES:
            text = pattern.sub(repl, text, count=1)
        return text.replace("인민정부", "정부")
    for pattern, repl in _ZH_PREFIXES:
        new = pattern.sub(repl, text, count=1)
        if new != text:
            text = new
            break
    return text.replace("人民政府", "政府")


_ORDINAL = regex.compile(r"[一二三四五六七八九十0-9]|\b(?:first|second|third|fourth|no)\b")


def name_ordinals(key: str) -> tuple[str, ...]:
    """The numbers a key holds (第一, No. 2, Second): bodies that differ only there are two."""
    return tuple(_ORDINAL.findall(key))


def name_core(key: str, language: Language) -> str:
    """The distinctive part of a key: what tells this body from others of its kind."""
    if language == "en":
        return " ".join(w for w in key.split() if w not in _EN_GENERIC and w[:-1] not in _EN_GENERIC)
    bare = _TRAILING_BRACKET.sub("", key) or key
    if language == "ko":
        return _KO_CORE_SUFFIX.sub("", _KO_CORE_PREFIX.sub("", bare))
    return _ZH_CORE_SUFFIX.sub("", _ZH_CORE_PREFIX.sub("", bare))


def name_kind(key: str, language: Language) -> str:
    """The word of a key that says what kind of body it is (局, 委, Bureau…), or ""."""
    if language == "en":
        words = [w.removesuffix("s") for w in key.split()]
        if not words:
            return ""
        # The head noun stands before "of"/"for" when the name continues with
        # them ("Office of the Shanghai Leading Group", "Council for the ...").
        for i, word in enumerate(words[1:], 1):
            if word in ("of", "for"):
                return words[i - 1]
        return words[-1]
    bare = _TRAILING_BRACKET.sub("", key) or key
    m = (_KO_KIND if language == "ko" else _ZH_KIND).search(bare)
    kind = m.group() if m else ""
    # The Youth League's committees are not the Party's (团嘉定区委, 嘉定区委).
    if language == "zh" and bare.startswith(("团", "共青团")):
        return "团" + kind
    return kind


def district_in(text: str) -> str | None:
    """The first district a Chinese text names in full (``上海市嘉定区人民政府`` → ``嘉定区``)."""
    m = _DISTRICT_ZH.search(text)
    return m.group(1) if m else None


def name_place(key: str, language: Language) -> str:
    """Where the body a key names stands: a district (``嘉定区``), ``市``, ``区`` (a
    district not named), or ``""`` when the name does not say.

    Fuzzy matching never crosses places: 市 and 区 bodies of one name, or the
    same bureau of two districts, differ only here.
    """
    if language == "en":
        words = key.replace("'", "").split()
        for i in range(len(words)):
            for n in (3, 2, 1):
                if " ".join(words[i : i + n]) in _DISTRICT_EN:
                    return _DISTRICT_EN[" ".join(words[i : i + n])]
        if "municipal" in words or "municipality" in words:
            return "市"
        return "区" if "district" in words or "districts" in words else ""
    if language == "ko":
        for ko, zh in _DISTRICT_KO.items():
            if key.startswith((ko, ko.removesuffix("구"))):
                return zh
        return "市" if key.startswith("시") else ""
    m = _DISTRICT_ZH.search(key[:16])
    if m:
        return m.group(1)
    short = _DISTRICT_SHORT.search(key[:6])
    if short and (key.startswith(("公安", "团")) or "公安" in key[:6]):
        return next(d for d in DISTRICT_NAMES if d.startswith(short.group(1)))
    for prefix, place in (("市", "市"), ("团市委", "市"), ("区", "区"), ("团区委", "区")):
        if key.startswith(prefix):
            return place
    return "市" if "上海市" in key[:8] else ""


def without_place(key: str, language: Language) -> str:
    """The key with its district taken out, so that two bodies of one district
    are compared on what tells them apart (审计局, 统计局), not on the district."""
    place = name_place(key, language)
    if place in ("", "市", "区"):
        return key
    english, korean = DISTRICT_NAMES[place]
    if language == "en":
        words = english.casefold().replace("'", "").split()
        if words[-1] == "district":
            words = words[:-1]
        return regex.sub(rf"\b{' '.join(words)}(?: district)?\b", "", key.replace("'", "")).strip()
    if language == "ko":
        return key.replace(korean, "", 1)
    bare = _PLACE_PREFIX.sub("", key).replace(place, "", 1)
    # 长宁区区政府: the district's 区 written twice.
    return bare.removeprefix("区") if bare.startswith("区政府") else bare


#: Words every English unit name may hold (Shanghai, Municipal, Commission…).
EN_GENERIC = _EN_GENERIC
