"""Notices, sections and measures show in one line in a terminal and as tables in a notebook."""

from __future__ import annotations

from conftest import CORPORA

import shpolicy


def test_short_reprs_and_html() -> None:
    notice = shpolicy.parse(CORPORA / "2024-digital-trade.zh.txt")
    text = repr(notice)
    assert text.startswith("<Notice zh 沪府办发〔2024〕31号 ") and "6 sections" in text
    assert len(text) < 200 and "\n" not in text
    assert repr(notice.sections[3]) == "<Section 4 四、 '创新提升服务贸易': 4 measures>"
    assert repr(notice.measure("4.11")).startswith("<Measure 4.11 (十一) ")
    html = notice._repr_html_()
    assert html.startswith("<table>") and "沪府办发〔2024〕31号" in html
    assert "<td>4.11</td>" in notice.sections[3]._repr_html_()
    assert notice.measure("4.11")._repr_html_().count("<tr>") == 2  # header and the measure
    assert notice.model_dump_json()  # the fields are untouched


def test_alignment_and_report_show_in_one_line() -> None:
    zh = shpolicy.parse(CORPORA / "2024-digital-trade.zh.txt")
    en = shpolicy.parse(CORPORA / "2024-digital-trade.en.txt")
    alignment = shpolicy.align(zh, en)
    assert repr(alignment) == (
        f"<Alignment zh→en {zh.source.path} → {en.source.path}: 23 pairs (23 1-1)>"
    )
    assert alignment._repr_html_().count("<tr>") == 24  # header and 23 pairs
    report = shpolicy.check(zh, en)
    # The English seed lacks the heading of section 四: one error; the 23 measures are all there.
    text = repr(report)
    assert text.startswith(f"<Report zh {zh.source.path}, 23 measures: en 23/23 source measures "
                           "matched, 1 error, ")
    assert len(text) < 200 and "\n" not in text
    first = report.findings[0]
    assert repr(first).startswith(f"<Finding error missing-section source 4 at {en.source.path}:")
    html = report._repr_html_()
    assert "<td>missing-section</td>" in html and html.count("<tr>") == len(report.findings) + 1
    assert report.model_dump_json()  # the fields are untouched
