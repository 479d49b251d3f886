"""A parsed notice resolves its units in its own context: a district's 区X局 is that district's."""

from __future__ import annotations

import shpolicy

DISTRICT_NOTICE = """上海市嘉定区人民政府关于印发《嘉定区水环境治理工作方案》的通知

各镇人民政府，区政府各委、办、局：

现将《嘉定区水环境治理工作方案》印发给你们，请认真按照执行。

上海市嘉定区人民政府

2024年5月6日

嘉定区水环境治理工作方案

一、主要任务

（一）推进河道整治。完成年度河道整治任务。（责任单位：区水务局、区生态环境局、各镇）
"""


def test_a_district_notice_names_its_own_bureaus() -> None:
    notice = shpolicy.parse_text(DISTRICT_NOTICE)
    units = {u.name: u.canonical for u in notice.measure("1.1").responsible_units}
    assert units["区水务局"] == "嘉定区水务局"
    assert units["区生态环境局"] == "嘉定区生态环境局"


def test_a_municipal_notice_keeps_municipal_names() -> None:
    notice = shpolicy.parse("corpora/2024-digital-trade.zh.txt")
    canonical = {u.canonical for m in notice.iter_measures() for u in m.responsible_units}
    assert "市商务委" in canonical
    assert not any(c and c.startswith("嘉定区") for c in canonical)
