"""Duplicated passages and numbering conflicts."""

from __future__ import annotations

import itertools
from pathlib import Path

import shpolicy
from shpolicy.parsers.dedupe import (
    DUPLICATE_THRESHOLD,
    Passage,
    describe,
    find_conflicts,
    find_repeats,
    similarity,
)

CORPORA = Path(__file__).resolve().parent.parent / "corpora"

# Three measures and a section heading of the 2024 notice, as the Korean version has them.
M15 = "(十五)提升领军企业能级。每年更新《上海市服务贸易促进指导目录》，明确促进方向。"
M16 = (
    "(十六)建设上海《数字经济伙伴关系协定》(DEPA)合作区。推动开展电子提单、电子发票等领域务实合作。"
)
M20 = "(二十)促进和规范数据跨境流动。制定中国(上海)自由贸易试验区数据跨境流动负面清单及操作指引。"
SIX = "六、促进贸易要素便捷流动"
CLOSING = "由上海市推进上海国际贸易中心建设领导小组牵头数字贸易和服务贸易高质量发展工作。"


def _doc(texts: list[str]) -> list[Passage]:
    """Passages laid end to end, each numbered as its marker says."""
    numbers = {"(十五)": 15, "(十六)": 16, "(二十)": 20, "六、": 6}
    out: list[Passage] = []
    pos = 0
    for text in texts:
        label = next((k for k in numbers if text.startswith(k)), None)
        if label is None:
            out.append(Passage(pos, pos + len(text), text))
        else:
            kind = "section" if label == "六、" else "measure"
            key = "cjk-plain" if kind == "section" else "cjk-paren"
            out.append(Passage(pos, pos + len(text), text, kind, numbers[label], label, key))
        pos += len(text) + 1
    return out


def test_a_run_pasted_twice_is_one_repeat_with_its_headings_and_paragraphs() -> None:
    passages = _doc([M15, M16, SIX, M20, CLOSING, M15, M16, SIX, M20, CLOSING])
    repeats = find_repeats(passages)
    assert len(repeats) == 1
    repeat = repeats[0]
    assert [p.text for p in repeat.first] == [M15, M16, SIX, M20, CLOSING]
    assert repeat.again == tuple(passages[5:])
    assert repeat.score == 100.0
    assert describe(repeat.again) == (
        "measures 15–16, 20, section 六 and paragraph '由上海市推进上海国际贸易中心建设…'"
    )


def test_a_near_copy_is_a_repeat() -> None:
    # The copy has full-width commas where the first has ASCII ones, and one word changed.
    near = M20.replace("负面清单", "负面目录").replace("，", ",")
    assert DUPLICATE_THRESHOLD <= similarity(M20, near) < 100
    repeats = find_repeats(_doc([M20, CLOSING, near]))
    assert len(repeats) == 1
    assert repeats[0].again[0].text == near


def test_different_measures_of_one_notice_are_far_below_the_threshold() -> None:
    """The threshold sits well above any two distinct paragraphs of the translations."""
    for name in ("2024-digital-trade.en.txt", "2024-digital-trade.ko.txt"):
        lines = (CORPORA / name).read_text(encoding="utf-8").splitlines()
        # Lines 1-38 of the Korean version are the notice once; the rest repeats them.
        paras = [line for line in lines[:38] if len(line) > 30]
        best = max(similarity(a, b) for a, b in itertools.combinations(paras, 2))
        assert best < 80, name


def test_a_short_line_is_not_a_repeat_by_itself() -> None:
    date = "2024年12月30日"
    passages = _doc([M15, date, M16, date])
    assert find_repeats(passages) == []


def test_a_repeated_unit_clause_line_is_not_a_repeat() -> None:
    clause = "(责任单位:市商务委、市发展改革委、市经济信息化委、市数据局、市委网信办)"
    assert find_repeats(_doc([M15, clause, M16, clause])) == []


def test_a_heading_repeated_alone_is_not_a_repeat() -> None:
    # The same item heading under two measures is how such documents are written.
    heading = Passage(0, 4, "1.工作目标", "section", 1, "1.", "arabic-plain")
    again = Passage(50, 54, "1.工作目标", "section", 1, "1.", "arabic-plain")
    body = Passage(10, 40, M15)
    assert find_repeats([heading, body, again]) == []


def test_a_numbered_passage_repeats_only_a_passage_with_its_number() -> None:
    first = Passage(0, len(M15), M15, "measure", 15, "(十五)", "cjk-paren")
    same_text_other_number = Passage(100, 100 + len(M15), M15, "measure", 16, "(十六)", "cjk-paren")
    assert find_repeats([first, same_text_other_number]) == []


def test_the_same_number_on_a_different_text_is_a_conflict_not_a_repeat() -> None:
    other = (
        "(十五)建设国际数据经济产业园。在临港新片区建设国际数据经济产业园，试点开展合作创新业务。"
    )
    passages = _doc([M15, M16, other])
    assert find_repeats(passages) == []
    conflicts = find_conflicts(passages)
    assert len(conflicts) == 1
    assert conflicts[0].first.text == M15
    assert conflicts[0].again.text == other
    assert conflicts[0].score < DUPLICATE_THRESHOLD


def test_numbering_that_starts_again_at_one_is_no_conflict() -> None:
    def item(pos: int, n: int, text: str) -> Passage:
        return Passage(pos, pos + 10, f"{n}.{text}", "measure", n, f"{n}.", "arabic-plain")

    passages = [
        item(0, 1, "建设平台。具体内容甲。"),
        item(20, 2, "完善服务。具体内容乙。"),
        item(40, 1, "扩大开放。具体内容丙。"),
        item(60, 2, "培养人才。具体内容丁。"),
    ]
    assert find_conflicts(passages) == []
    passages.append(item(80, 2, "另一件事。完全不同的内容。"))
    assert [c.again.start for c in find_conflicts(passages)] == [80]


def test_the_korean_version_reports_its_repeated_passage() -> None:
    notice = shpolicy.parse(CORPORA / "2024-digital-trade.ko.txt")
    warnings = [w for w in notice.warnings if w.code == "duplicate-passage"]
    assert len(warnings) == 1
    message = warnings[0].message
    assert "measures 15–23" in message
    assert "section 六" in message
    assert "paragraph '由上海市推进" in message
    assert "after measure 23" in message
    assert "lines 39–49" in message and "lines 28–38" in message
    removals = [r for r in notice.removals if r.kind == "duplicate-passage"]
    # Lines 39-49 of the file, each kept as it stood.
    lines = (CORPORA / "2024-digital-trade.ko.txt").read_text(encoding="utf-8").splitlines()
    assert [r.line for r in removals] == list(range(39, 50))
    assert [r.text for r in removals] == lines[38:49]


def test_a_copy_with_a_sentence_rewritten_is_no_longer_the_same_passage() -> None:
    rewritten = M15.replace(
        "每年更新《上海市服务贸易促进指导目录》", "定期发布服务贸易重点企业名单和典型案例"
    )
    assert similarity(M15, rewritten) < DUPLICATE_THRESHOLD
    assert find_repeats(_doc([M15, CLOSING, rewritten])) == []


# A notice whose lines 8 and 11 repeat lines 4 and 6: inside a section's own text and a measure.
REPEAT_INSIDE = Path(__file__).resolve().parent / "fixtures" / "repeats" / "repeat-inside-a-measure.ko.txt"
_SECTION = "이 절은 각 구가 지켜야 할 총체 요구를 정하며 모든 단위가 이를 따라야 한다."
_PLATFORM = "디지털 무역 플랫폼을 구축하고 국제 협력을 확대하며 관련 제도를 정비한다."


def test_a_repeat_inside_a_measure_or_a_section_is_not_its_text() -> None:
    notice = shpolicy.parse(REPEAT_INSIDE, lang="ko")
    repeats = [r for r in notice.removals if r.kind == "duplicate-passage"]
    assert [(r.line, r.text) for r in repeats] == [(8, _SECTION), (11, _PLATFORM)]
    section = notice.sections[1]
    assert section.text == "서비스 무역 통계를 개선한다."
    measure = notice.measure("2.1")
    expected = "둘째 조치. 서비스 무역을 추진한다.\n또한 무역 통계 체계를 개선한다. (책임 단위: 시 상무위원회)"
    assert measure.text == expected and measure.original == expected
    # The first copy is still the first measure's.
    assert _PLATFORM in notice.measure("1.1").text
    # The unit clause after the repeat is placed where it stands in the text.
    (unit,) = measure.responsible_units
    assert unit.span is not None
    assert notice.text[unit.span.start : unit.span.end] == "시 상무위원회"
    # The measure's blocks hold its label and text and nothing else; the repeat is its own.
    own = "".join(
        notice.text[b.span.start : b.span.end] for b in notice.blocks if b.ref == "2.1"
    )
    assert "".join(own.split()) == "".join(("(1)" + measure.text).split())
    inside = [b for b in notice.blocks if measure.span.start <= b.span.start < measure.span.end]
    assert [b.kind for b in inside] == ["measure", "duplicate-passage", "measure"]


def test_the_korean_version_reads_as_if_its_repeat_were_not_there() -> None:
    path = CORPORA / "2024-digital-trade.ko.txt"
    lines = path.read_text(encoding="utf-8").split("\n")
    notice = shpolicy.parse(path)
    without = shpolicy.parse_text("\n".join(lines[:38] + lines[49:]), lang="ko")

    def wording(n: shpolicy.Notice) -> list[object]:
        measures = [(m.id, m.title, m.text, m.original) for m in n.iter_measures()]
        sections = [(s.id, s.title, s.text) for s in n.sections]
        return [measures, sections, n.preamble, n.closing]

    assert wording(notice) == wording(without)
