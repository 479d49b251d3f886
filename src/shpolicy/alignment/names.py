"""Names that survive translation: places, programmes and terms English writes as acronyms.

A translation keeps proper names recognisable: 临港 becomes *Lingang* in
English and 임항 or 린강 in Korean; 人民币 becomes *RMB*, 研发 *R&D*.  Each row
holds the Chinese forms, the English forms (pinyin or acronym) and the Korean
forms (the Sino-Korean reading and the transliteration of the Mandarin
sound, as translators use both), leaving out readings that are also everyday
Korean words (양산 is mass production, 민항 civil aviation, 가정 a
household).  The first English form is the row's key.  The table holds
Shanghai's districts and zones and the places, programmes and acronyms that
Shanghai notices name most often.
"""

from __future__ import annotations

from functools import lru_cache

import regex

__all__ = ["NAMES", "find_names"]

#: (Chinese forms, English forms, Korean forms), one row per name.
NAMES: tuple[tuple[tuple[str, ...], tuple[str, ...], tuple[str, ...]], ...] = (
    # Shanghai, its districts and zones
    (("上海",), ("Shanghai",), ("상하이", "상해")),
    (("浦东",), ("Pudong",), ("푸둥", "푸동", "포동")),
    (("临港",), ("Lingang",), ("린강", "임항")),
    (("虹桥",), ("Hongqiao",), ("훙차오", "홍차오", "홍교")),
    (("洋山",), ("Yangshan",), ("양산항",)),
    (("虹口",), ("Hongkou",), ("훙커우", "홍커우", "홍구")),
    (("外高桥",), ("Waigaoqiao",), ("와이가오차오", "외고교")),
    (("陆家嘴",), ("Lujiazui",), ("루자쭈이", "육가취")),
    (("张江",), ("Zhangjiang",), ("장장",)),
    (("北外滩",), ("North Bund",), ("북와이탄", "북외탄")),
    (("前滩",), ("Qiantan",), ("첸탄", "전탄")),
    (("黄浦",), ("Huangpu",), ("황푸", "황포")),
    (("徐汇",), ("Xuhui",), ("쉬후이", "서회")),
    (("长宁",), ("Changning",), ("창닝", "장녕")),
    (("静安",), ("Jing'an", "Jingan"), ("징안", "정안")),
    (("普陀",), ("Putuo",), ("푸퉈", "보타")),
    (("杨浦",), ("Yangpu",), ("양푸", "양포")),
    (("闵行",), ("Minhang",), ("민항구",)),
    (("宝山",), ("Baoshan",), ("바오산", "보산")),
    (("嘉定",), ("Jiading",), ("자딩",)),
    (("金山",), ("Jinshan",), ("진산", "금산")),
    (("松江",), ("Songjiang",), ("쑹장", "송강")),
    (("青浦",), ("Qingpu",), ("칭푸", "청포")),
    (("奉贤",), ("Fengxian",), ("펑셴", "봉현")),
    (("崇明",), ("Chongming",), ("충밍", "숭명")),
    (("长三角",), ("Yangtze River Delta",), ("창장삼각주", "장강삼각주", "장삼각")),
    # Other places
    (("东南亚",), ("Southeast Asia",), ("동남아",)),
    (("亚太",), ("Asia-Pacific", "Asia Pacific"), ("아태", "아시아태평양")),
    (("日本",), ("Japan",), ("일본",)),
    (("香港",), ("Hong Kong",), ("홍콩",)),
    (("澳门",), ("Macao", "Macau"), ("마카오",)),
    (("新加坡",), ("Singapore",), ("싱가포르",)),
    # Programmes and events
    (("一带一路",), ("Belt and Road", "BRI"), ("일대일로",)),
    (("丝路",), ("Silk Road",), ("실크로드",)),
    (("进博会", "进口博览会"), ("CIIE",), ("수입박람회",)),
    (
        ("世界人工智能大会",),
        ("World Artificial Intelligence Conference", "WAIC"),
        ("세계인공지능대회",),
    ),
    (("浦江创新论坛",), ("Pujiang Innovation Forum",), ("푸장혁신포럼", "포강혁신논단")),
    (("东方枢纽",), ("Oriental Hub", "Eastern Hub", "Dongfang Hub"), ("동방허브", "동방추뉴")),
    # Terms English writes as acronyms
    (("人民币",), ("RMB", "renminbi"), ("위안화", "인민폐")),
    (("研发",), ("R&D",), ("연구개발",)),
    (("人工智能",), ("AI", "artificial intelligence"), ("인공지능",)),
    (
        ("自贸试验区", "自由贸易试验区"),
        ("Pilot Free Trade Zone", "FTZ"),
        ("자유무역시범구", "자유무역시험구"),
    ),
    (("数字经济伙伴关系协定",), ("DEPA",), ("디지털경제동반자협정",)),
    (("人民币跨境支付系统", "跨境银行间支付系统"), ("CIPS",), ()),
    (("区域全面经济伙伴关系协定",), ("RCEP",), ("역내포괄적경제동반자협정",)),
    (("全面与进步跨太平洋伙伴关系协定",), ("CPTPP",), ()),
    (("亚太经合组织",), ("APEC",), ()),
    (("世界贸易组织", "世贸组织"), ("WTO",), ("세계무역기구",)),
    (("物联网",), ("IoT", "Internet of Things"), ("사물인터넷",)),
)


@lru_cache(maxsize=3)
def _pattern(language: str) -> tuple[regex.Pattern[str], dict[str, str]]:
    keys: dict[str, str] = {}
    for zh, en, ko in NAMES:
        forms = zh if language == "zh" else en if language == "en" else ko
        for form in forms:
            keys[form.casefold()] = en[0]
    alternatives = "|".join(regex.escape(f) for f in sorted(keys, key=len, reverse=True))
    if language == "en":
        # Whole words only: "Jinshan" must not be found inside another word.
        return regex.compile(rf"(?<![\w&])(?:{alternatives})(?![\w&])", regex.IGNORECASE), keys
    return regex.compile(alternatives, regex.IGNORECASE), keys


def find_names(text: str, language: str) -> list[str]:
    """Keys (first English form) of the names in ``text``, in order, repeats kept."""
    pattern, keys = _pattern(language if language in ("zh", "ko") else "en")
    return [keys[m.group(0).casefold()] for m in pattern.finditer(text)]
