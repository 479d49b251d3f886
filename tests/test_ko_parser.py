"""The Korean parser: the 2024 translation, and each numbering variant on small documents."""

from __future__ import annotations

import datetime
import importlib
from pathlib import Path

import pytest

import shpolicy
from shpolicy.schema import Notice

HAS_UNITS = hasattr(importlib.import_module("shpolicy.units"), "find_unit_clauses")
CORPORA = Path(__file__).resolve().parent.parent / "corpora"
SEED = CORPORA / "2024-digital-trade.ko.txt"


@pytest.fixture(scope="module")
def seed() -> Notice:
    return shpolicy.parse(SEED)


def test_seed_is_detected_as_korean(seed: Notice) -> None:
    assert seed.language == "ko"


def test_seed_has_23_unique_measures_and_six_sections(seed: Notice) -> None:
    measures = list(seed.iter_measures())
    assert [m.number for m in measures] == list(range(1, 24))
    assert len({m.id for m in measures}) == 23
    assert [s.label for s in seed.sections] == ["一.", "二.", "三.", "四.", "五.", "六、"]
    assert [len(s.measures) for s in seed.sections] == [4, 3, 3, 4, 5, 4]
    assert seed.sections[5].title == "促进贸易要素便捷流动"
    assert seed.sections[0].title == "디지털 배송 서비스 무역 적극 발전"


def test_measures_1_to_14_are_korean_and_15_to_23_chinese(seed: Notice) -> None:
    languages = [m.language for m in seed.iter_measures()]
    assert languages == ["ko"] * 14 + ["zh"] * 9


def test_titles_as_written(seed: Notice) -> None:
    assert seed.measure("1.1").label == "(一)"
    assert seed.measure("1.1").title == "선행 시범 증가가치 통신 확대 개방"
    assert seed.measure("4.14").title == "녹색 서비스 무역 적극 발전"
    assert seed.measure("5.15").label == "(十五)"
    assert seed.measure("5.15").title == "提升领军企业能级"
    assert seed.measure("6.23").label == "(二十三)"
    assert seed.measure("6.23").title == "发挥会展贸易促进功能"


def test_the_repeat_is_recorded_and_nothing_else_is_lost(seed: Notice) -> None:
    # Lines 39-49 repeat lines 28-38 (measures 15-23, the heading 六、 and the closing).
    lines = SEED.read_text(encoding="utf-8").splitlines()
    assert lines[38:49] == lines[27:38]
    assert {r.kind for r in seed.removals} == {"duplicate-passage"}
    assert [r.text for r in seed.removals] == lines[38:49]
    codes = [w.code for w in seed.warnings]
    assert codes.count("duplicate-passage") == 1
    assert not set(codes) & {
        "unplaced-text",
        "numbering-gap",
        "numbering-repeat",
        "numbering-conflict",
    }
    assert not [b for b in seed.blocks if b.kind == "unplaced"]
    # The kept copy is the first: measure 15 stands on line 28.
    assert seed.measure("5.15").span.line == 28


def test_seed_front_matter_and_letter(seed: Notice) -> None:
    assert seed.source.metadata["source"] == "상하이시 인민정부 웹사이트"
    assert seed.title is not None and seed.title.endswith("발표에 관한 통지")
    assert seed.plan_title == "상하이시 디지털 무역과 서비스 무역의 고품질 발전 추진 실시 방안"
    assert seed.recipients == ["각 구 인민정부", "시 정부 각 위원회·판공청·국", "관련 단위"]
    assert seed.issuers == ["상하이시 인민정부 판공청"]
    assert seed.date == datetime.date(2024, 12, 30)
    assert seed.preamble is not None and seed.preamble.startswith("《중공중앙 판공청")


@pytest.mark.skipif(not HAS_UNITS, reason="closing needs the unit clause that ends measure 23")
def test_the_closing_paragraph_is_the_first_copy(seed: Notice) -> None:
    assert seed.closing is not None
    assert seed.closing.startswith("由上海市推进上海国际贸易中心建设领导小组")
    assert seed.measure("6.23").text.endswith("市贸促会）")


# -- small documents ----------------------------------------------------------------
BODY = """{s1} 총체 요구
{m1} 플랫폼 구축. 무역 플랫폼을 구축하고 서비스 기능을 강화한다.
{m2} 서비스 개선. 기업 서비스를 개선하고 절차를 간소화한다.
{s2} 주요 임무
{m3} 시장 개방. 서비스 시장을 더 개방하고 협력을 확대한다.
"""


@pytest.mark.parametrize(
    ("sections", "measures"),
    [
        (("一.", "二."), ("(一)", "(二)", "(三)")),
        (("一、", "二、"), ("(1)", "(2)", "(3)")),
        (("1.", "2."), ("(一)", "(二)", "(三)")),
        (("Ⅰ.", "Ⅱ."), ("(1)", "(2)", "(3)")),
        (("가.", "나."), ("1)", "2)", "3)")),
        (("ㄱ.", "ㄴ."), ("가)", "나)", "다)")),
        (("Ⅰ.", "Ⅱ."), ("1.", "2.", "3.")),
    ],
)
def test_korean_numbering_variants(
    sections: tuple[str, str], measures: tuple[str, str, str]
) -> None:
    text = BODY.format(
        s1=sections[0], s2=sections[1], m1=measures[0], m2=measures[1], m3=measures[2]
    )
    notice = shpolicy.parse_text(text)
    assert notice.language == "ko"
    assert [(s.label, s.title) for s in notice.sections] == [
        (sections[0], "총체 요구"),
        (sections[1], "주요 임무"),
    ]
    assert [(m.id, m.label, m.title) for m in notice.iter_measures()] == [
        ("1.1", measures[0], "플랫폼 구축"),
        ("1.2", measures[1], "서비스 개선"),
        ("2.3", measures[2], "시장 개방"),
    ]
    assert all(m.language == "ko" for m in notice.iter_measures())


def test_korean_letter_with_date_and_recipients() -> None:
    text = """원제목: 상하이시 인민정부 판공청의 '시험 실시 방안' 발표에 관한 통지
각 구 인민정부, 관련 단위 귀하:
'시험 실시 방안'을 발표하니 성실히 집행하기 바랍니다.
상하이시 인민정부 판공청
2024. 12. 30.
시험 실시 방안
一. 총체 요구
(一) 플랫폼 구축. 무역 플랫폼을 구축하고 서비스 기능을 강화한다.
"""
    notice = shpolicy.parse_text(text)
    assert notice.plan_title == "시험 실시 방안"
    assert notice.recipients == ["각 구 인민정부", "관련 단위"]
    assert notice.issuers == ["상하이시 인민정부 판공청"]
    assert notice.date == datetime.date(2024, 12, 30)
    assert [m.title for m in notice.iter_measures()] == ["플랫폼 구축"]
    assert not [b for b in notice.blocks if b.kind == "unplaced"]


def test_a_measure_number_repeated_with_other_text_is_a_numbering_conflict() -> None:
    text = """一. 총체 요구
(一) 플랫폼 구축. 무역 플랫폼을 구축하고 서비스 기능을 강화한다.
(二) 서비스 개선. 기업 서비스를 개선하고 절차를 간소화한다.
(二) 인재 양성. 국제 인재를 유치하고 교육 훈련 체계를 완비한다.
"""
    notice = shpolicy.parse_text(text)
    codes = [w.code for w in notice.warnings]
    assert codes == ["numbering-conflict"]
    assert notice.removals == []
    # Both texts are kept.
    assert "인재 양성" in notice.text
    assert not [b for b in notice.blocks if b.kind == "unplaced"]
