"""A paragraph a translation adds after a measure becomes a measure of its own: ``extra-measure``.

Small notices written for the purpose: a Chinese plan of two sections and
five measures, its English and Korean translations, and in each an added
paragraph (with a damaged label, or none) that the parser reads into the
measure before it.
"""

from __future__ import annotations

import shpolicy
from shpolicy.alignment.segmentation import segment
from shpolicy.checking.checker import check_translations
from shpolicy.schema import Notice

ZH = """\
上海市推进服务贸易发展实施方案
一、总体要求
（一）扩大服务贸易规模。推动服务进出口稳步增长，到2027年服务贸易总额达到3000亿美元。（责任单位：市商务委、市数据局）
（二）优化服务贸易结构。提高数字交付服务贸易比重，发展知识密集型服务贸易。（责任单位：市商务委）
（三）建设数字贸易平台。建设国际数据港和跨境数据交易平台，支持临港新片区先行先试。（责任单位：市数据局、临港新片区管委会）
二、重点任务
（四）培育市场主体。支持企业开拓国际市场，培育50家服务贸易龙头企业。（责任单位：市商务委、市科委）
（五）加强金融支持。用好服务贸易专项资金，扩大出口信用保险覆盖面。（责任单位：市财政局、市委金融办）
"""

EN = """\
Implementation Plan for Promoting the Development of Service Trade in Shanghai
I. General Requirements
(I) Expand the scale of service trade. Promote the steady growth of service imports and exports, and reach a total service trade of US$300 billion by 2027. (Responsible units: Municipal Commerce Commission, Municipal Data Bureau)
(II) Optimize the structure of service trade. Raise the share of digitally delivered services and develop knowledge-intensive service trade. (Responsible unit: Municipal Commerce Commission)
(III) Build digital trade platforms. Build an international data port and a cross-border data trading platform, and support Lingang New Area in piloting first. (Responsible units: Municipal Data Bureau, Lingang New Area Management Committee)
II. Key Tasks
(IV) Cultivate market players. Support enterprises in exploring international markets and cultivate 50 leading service trade enterprises. (Responsible units: Municipal Commerce Commission, Municipal Science and Technology Commission)
(V) Strengthen financial support. Make good use of special funds for service trade and widen the coverage of export credit insurance. (Responsible units: Municipal Finance Bureau, Municipal Party Committee Financial Office)
"""

KO = """\
상하이시 서비스 무역 발전 추진 실시 방안
一. 총체적 요구
(一) 서비스 무역 규모 확대. 서비스 수출입의 안정적 성장을 추진하고, 2027년까지 서비스 무역 총액 3000억 달러를 달성한다. (책임 단위: 상하이시 상무위원회, 상하이시 데이터국)
(二) 서비스 무역 구조 최적화. 디지털 교부 서비스 무역 비중을 높이고, 지식 집약형 서비스 무역을 발전시킨다. (책임 단위: 상하이시 상무위원회)
(三) 디지털 무역 플랫폼 건설. 국제 데이터항과 크로스보더 데이터 거래 플랫폼을 건설하고, 임항신구의 선행 시범을 지원한다. (책임 단위: 상하이시 데이터국, 임항신구 관리위원회)
二. 중점 임무
(四) 시장 주체 육성. 기업의 국제 시장 개척을 지원하고, 서비스 무역 선도 기업 50개를 육성한다. (책임 단위: 상하이시 상무위원회, 상하이시 과학기술위원회)
(五) 금융 지원 강화. 서비스 무역 전용 자금을 잘 활용하고, 수출 신용보험 적용 범위를 확대한다. (책임 단위: 상하이시 재정국, 시위 금융판공실)
"""

EN_EXTRA = (
    "(II-2) Support overseas talent. Provide housing subsidies for overseas high-level talent "
    "starting businesses in the free trade zone, up to 500,000 yuan a person."
)
KO_EXTRA = (
    "해외 인재 유치 지원. 자유무역구에서 창업하는 해외 고급 인재에게 1인당 최대 50만 위안의 "
    "주택 보조금을 지급하고, 자녀 입학과 의료 편의를 제공한다."
)


def _parse(text: str, lang: str) -> Notice:
    return shpolicy.parse_text(text, lang=lang, path=f"plan.{lang}.txt")  # type: ignore[arg-type]


def _after(text: str, label: str, extra: str) -> str:
    lines = text.split("\n")
    n = next(k for k, line in enumerate(lines) if line.startswith(label))
    return "\n".join([*lines[: n + 1], extra, *lines[n + 1 :]])


def _findings(translation: str, lang: str) -> list[tuple[str, str | None, str | None]]:
    report = check_translations(_parse(ZH, "zh"), _parse(translation, lang)).translations[0]
    return [(f.code, f.source, f.target) for f in report.findings]


def _pairs(translation: str, lang: str) -> set[tuple[str | None, str | None]]:
    alignment = shpolicy.align(_parse(ZH, "zh"), _parse(translation, lang))
    return {(p.source, p.target) for p in alignment.pairs}


def test_the_clean_translations_have_no_findings() -> None:
    assert _findings(EN, "en") == []
    assert _findings(KO, "ko") == []


def test_a_paragraph_with_a_damaged_label_is_an_extra_measure() -> None:
    text = _after(EN, "(II)", EN_EXTRA)
    assert _findings(text, "en") == [("extra-measure", None, "1.2-2")]
    pairs = _pairs(text, "en")
    assert {("1.2", "1.2"), ("1.3", "1.3"), (None, "1.2-2")} <= pairs
    measures = {
        m.id: m for m in segment(_parse(ZH, "zh"), _parse(text, "en")).notice.iter_measures()
    }
    assert measures["1.2-2"].label == "(II-2)"
    assert measures["1.2-2"].title == "Support overseas talent"
    # The measure it was read into ends where it did, its units its own.
    assert measures["1.2"].text.endswith("(Responsible unit: Municipal Commerce Commission)")
    assert [u.canonical for u in measures["1.2"].responsible_units] == ["市商务委"]


def test_a_damaged_cjk_label_in_korean_is_an_extra_measure() -> None:
    text = _after(KO, "(四)", "(四-2) " + KO_EXTRA)
    assert _findings(text, "ko") == [("extra-measure", None, "2.4-2")]
    assert (None, "2.4-2") in _pairs(text, "ko") and ("2.4", "2.4") in _pairs(text, "ko")


def test_an_unlabelled_paragraph_that_matches_no_source_measure_is_an_extra_measure() -> None:
    text = _after(KO, "(二)", KO_EXTRA)
    assert _findings(text, "ko") == [("extra-measure", None, "1.2-2")]


def test_a_paragraph_that_continues_its_measure_stays_in_it() -> None:
    # The second paragraph of measure (三), split off it: it translates that measure.
    lines = KO.split("\n")
    n = next(k for k, line in enumerate(lines) if line.startswith("(三)"))
    first, rest = lines[n].split(". ", 1)
    text = "\n".join([*lines[:n], first + ".", rest, *lines[n + 1 :]])
    assert _findings(text, "ko") == []
    # English against Chinese has no evidence beyond names and numbers: an
    # unlabelled second paragraph stays where the parser put it.
    lines = EN.split("\n")
    n = next(k for k, line in enumerate(lines) if line.startswith("(II)"))
    first, rest = lines[n].split(". ", 1)
    text = "\n".join([*lines[:n], first + ".", rest, *lines[n + 1 :]])
    assert _findings(text, "en") == []


def test_items_under_a_measure_are_not_taken_for_added_measures() -> None:
    text = _after(EN, "(III)", "1. Build the data port first.\n2. Then open the trading platform.")
    parsed = _parse(text, "en")
    found = segment(_parse(ZH, "zh"), parsed).notice
    assert [m.id for m in found.iter_measures()] == [m.id for m in parsed.iter_measures()]
    assert [i.id for i in next(m for m in found.iter_measures() if m.id == "1.3").items] == [
        "1.3.1",
        "1.3.2",
    ]
