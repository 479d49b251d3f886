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
