"""Each finding code on small notices built from outlines (see ``test_align.outline``)."""

from __future__ import annotations

import pytest
from test_align import EN, KO_MEASURES, ZH, ko, outline

from shpolicy import check
from shpolicy.checking import CODES, Finding, Report, exit_status


def findings(report: Report, code: str | None = None) -> list[Finding]:
    return [f for f in report.findings if code is None or f.code == code]


def codes(report: Report) -> list[tuple[str, str, str | None, str | None]]:
    return [(f.code, f.severity, f.source, f.target) for f in report.findings]


SOURCE = outline(ZH, "zh", path="plan.zh.txt")


def ko_units(n: int) -> str:
    """Korean text of measure ``n`` with the source's units in the outline's braces."""
    units = {1: "市数据局、临港新片区管委会", 2: "市商务委、浦东新区政府", 3: "市网信办",
             4: "市政府外办、市公安局", 5: "人民银行上海总部", 6: "市商务委、市科委"}  # fmt: skip
    return f"{KO_MEASURES[n]} {{{units[n]}}}"


def good_ko(**changes: str) -> str:
    """The Korean outline with units, each measure replaced by ``changes`` (keys ``m1``…)."""
    return ko([(n, changes.get(f"m{n}", ko_units(n))) for n in range(1, 7)])


def test_a_faithful_translation_has_no_findings_and_exits_zero() -> None:
    report = check(SOURCE, outline(good_ko(), "ko", path="plan.ko.txt"))
    assert report.findings == []
    assert exit_status(report) == 0
    assert report.translations[0].matched == 6


def test_missing_measure_names_the_source_line_and_where_to_put_it() -> None:
    text = "\n".join(line for line in good_ko().split("\n") if not line.startswith("(三)"))
    report = check(SOURCE, outline(text, "ko", path="plan.ko.txt"))
    [finding] = findings(report, "missing-measure")
    assert (finding.severity, finding.source, finding.target) == ("error", "1.3", None)
    # Anchored where the measure belongs in the translation, the source's line in the message.
    assert finding.file == "plan.ko.txt" and finding.line == 3
    assert "(source line 4)" in finding.message and "after (二)" in finding.message
    assert exit_status(report) == 1


def test_extra_measure_is_an_error() -> None:
    extra = "(七) 해외 인재 유치 지원. 해외 고급 인재의 창업을 위한 주택 보조금을 지급한다."
    lines = good_ko().split("\n")
    text = "\n".join([*lines[:4], extra, *lines[4:]])
    report = check(SOURCE, outline(text, "ko"))
    assert codes(report) == [("extra-measure", "error", None, "1.7")]
    assert findings(report)[0].line == 5


def test_a_repeated_measure_left_in_the_translation_is_a_duplicate_passage() -> None:
    lines = good_ko().split("\n")
    text = "\n".join([*lines[:3], lines[2], *lines[3:]])
    report = check(SOURCE, outline(text, "ko"))
    assert codes(report) == [("duplicate-passage", "warning", "1.2", "1.2-2")]
    assert exit_status(report) == 0
    assert exit_status(report, "warning") == 1


def test_duplicate_passages_removed_by_the_parser_are_reported_with_their_line() -> None:
    repeat = f"(二) {KO_MEASURES[2]}"
    report = check(SOURCE, outline(good_ko(), "ko", removals=[(repeat, 9)]))
    [finding] = findings(report, "duplicate-passage")
    assert (finding.line, finding.target, finding.source) == (9, "1.2", "1.2")
    assert "line 3" in finding.message


def test_missing_section_heading_is_reported_where_the_measures_went() -> None:
    text = "\n".join(line for line in good_ko().split("\n") if not line.startswith("二."))
    report = check(SOURCE, outline(text, "ko", path="plan.ko.txt"))
    [finding] = findings(report, "missing-section")
    assert (finding.severity, finding.scope, finding.source) == ("error", "section", "2")
    assert finding.file == "plan.ko.txt" and finding.line == 5
    assert "(source line 5)" in finding.message
    assert "before (四)" in finding.message and "line 5)" in finding.message
    assert [f for f in report.findings if f.severity == "error"] == [finding]


def test_untranslated_measure_is_an_error_and_an_untranslated_heading_a_warning() -> None:
    zh_measure = next(line for line in ZH.split("\n") if line.startswith("(五)"))
    text = good_ko(m5=zh_measure[len("(五)") :]).replace(
        "二. 무역 요소의 편리한 이동 촉진", "二、促进贸易要素便捷流动"
    )
    report = check(SOURCE, outline(text, "ko"))
    assert ("untranslated", "error", "2.5", "2.5") in codes(report)
    assert ("untranslated", "warning", "2", "2") in codes(report)
    assert len(findings(report, "untranslated")) == 2


def test_a_chinese_passage_inside_a_translated_measure_is_a_warning() -> None:
    report = check(
        SOURCE, outline(good_ko(m4=ko_units(4).replace("APEC", "优化APEC商务旅行卡办理流程")), "ko")
    )
    assert codes(report) == [("untranslated", "warning", "2.4", "2.4")]
    assert "优化APEC商务旅行卡" in report.findings[0].message


def test_swapped_bodies_under_their_labels_are_swapped_and_paired_by_content() -> None:
    report = check(SOURCE, outline(good_ko(m2=ko_units(3), m3=ko_units(2)), "ko"))
    swapped = findings(report, "swapped")
    assert [(f.source, f.target, f.severity) for f in swapped] == [
        ("1.2", "1.3", "error"),
        ("1.3", "1.2", "error"),
    ]
    assert "(三)" in swapped[0].message
    assert report.translations[0].alignment.target_of("1.2") == "1.3"


def test_changed_amount_is_an_error_and_a_dropped_one_a_warning() -> None:
    changed = good_ko(
        m3=ko_units(3).replace("2026년", "2027년"), m6=ko_units(6).replace("20개", "")
    )
    report = check(SOURCE, outline(changed, "ko"))
    numbers = findings(report, "number-mismatch")
    assert [(f.severity, f.source) for f in numbers] == [("error", "1.3"), ("warning", "2.6")]
    assert "2026" in numbers[0].message and "2027" in numbers[0].message
    assert "20" in numbers[1].message and "missing" in numbers[1].message


def test_missing_units_and_different_units() -> None:
    text = good_ko(m1=KO_MEASURES[1], m4=f"{KO_MEASURES[4]} {{市政府外办、市商务委}}")
    report = check(SOURCE, outline(text, "ko"))
    assert codes(report) == [
        ("missing-units", "error", "1.1", "1.1"),
        ("unit-mismatch", "error", "2.4", "2.4"),
    ]
    assert "市数据局" in report.findings[0].message
    assert "missing 상하이시 공안국 (市公安局)" in report.findings[1].message
    assert "not in the source 상하이시 상무위원회 (市商务委)" in report.findings[1].message


def test_a_known_unit_replaced_by_a_name_unknown_to_the_registry_is_an_error() -> None:
    report = check(
        SOURCE, outline(good_ko(m4=f"{KO_MEASURES[4]} {{市政府外办、?출입국관리국}}"), "ko")
    )
    assert codes(report) == [("unit-mismatch", "error", "2.4", "2.4")]
    assert "not in the unit registry: 출입국관리국" in report.findings[0].message


def test_renumbered_labels_are_numbering_warnings_and_merged_measures_merged() -> None:
    merged = f"{KO_MEASURES[4]} {KO_MEASURES[5]} {{市政府外办、市公安局、人民银行上海总部}}"
    text = ko([(1, ko_units(1)), (2, ko_units(2)), (3, ko_units(3)), (4, merged), (5, ko_units(6))])
    report = check(SOURCE, outline(text, "ko"))
    [merge] = findings(report, "merged")
    assert (merge.source, merge.target, merge.severity) == ("2.4", "2.4", "warning")
    assert "holds two source measures" in merge.message
    [renumber] = findings(report, "numbering")
    assert (renumber.source, renumber.target, renumber.severity) == ("2.6", "2.5", "warning")
    assert "number it (六)" in renumber.message


def test_a_numeral_style_switch_is_a_numbering_warning() -> None:
    text = EN.replace("(IV)", "(4)").replace("(V)", "(5)")
    report = check(SOURCE, outline(text, "en"))
    [finding] = findings(report, "numbering")
    assert (
        finding.target == "2.4" and "(4)–(5)" in finding.message and "(IV), (V)" in finding.message
    )


def test_every_code_is_documented_and_check_needs_a_translation() -> None:
    assert set(CODES) == {
        "missing-measure", "extra-measure", "missing-section", "untranslated",
        "duplicate-passage", "number-mismatch", "unit-mismatch", "missing-units",
        "misaligned", "numbering", "wrong-language", "misordered", "merged", "split",
        "swapped",
    }  # fmt: skip
    with pytest.raises(ValueError):
        check(SOURCE)
