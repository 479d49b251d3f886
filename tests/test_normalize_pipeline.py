"""The standard fixes together: their order, what they record, and the seeds.

Fixture files (``tests/data/fixes/``) show each fix on its own; these tests
check what only the whole pipeline shows: removals kept with their original
offsets, offsets traced back through rewrites, the seeds' own damage
repaired, and equivalent inputs normalising to the same text.
"""

from __future__ import annotations

from pathlib import Path

import opencc
import pytest

from shpolicy.ground.numbering import match_marker
from shpolicy.normalize import Context, normalize, run_fixes
from shpolicy.normalize.fixes import FIXES
from shpolicy.normalize.pipeline import Fix

CORPORA = Path(__file__).resolve().parent.parent / "corpora"
ZH_2024 = (CORPORA / "2024-digital-trade.zh.txt").read_text(encoding="utf-8")
ZH = Context(language="zh")


def _fix(name: str) -> list[Fix]:
    return [fix for fix in FIXES if fix.name == name]


def test_the_order_of_the_fixes() -> None:
    assert [fix.name for fix in FIXES] == [
        "bom",
        "newlines",
        "invisible-characters",
        "front-matter",
        "markdown-blocks",
        "markdown-tables",
        "markdown-inline",
        "fullwidth-ascii",
        "radical-lookalikes",
        "unicode-spaces",
        "cjk-spacing",
        "cjk-brackets",
        "cjk-punctuation",
        "ocr-confusions",
        "traditional-to-simplified",
        "page-numbers",
        "join-hard-wraps",
        "whitespace",
    ]
    assert all(fix.description.endswith(".") for fix in FIXES)


# ------------------------------------------------------------- the 2024 seed


def test_page_number_inside_measure_11_is_removed_and_the_sentence_rejoined() -> None:
    result = normalize(ZH_2024, ZH)
    # The seed breaks measure (十一) with a page number: 深化区块链、/—４—/大数据.
    assert "深化区块链、大数据等技术应用" in result.text
    assert "—4—" not in result.text and "—４—" not in result.text
    [removed] = [r for r in result.map.removed if r.kind == "page-number"]
    assert removed.text == "—４—"
    assert ZH_2024[removed.original_start : removed.original_end] == "—４—"


def test_2024_seed_reads_like_a_typeset_notice() -> None:
    text = normalize(ZH_2024, ZH).text
    lines = text.split("\n")
    assert lines[0] == "上海市人民政府办公厅文件"
    assert "沪府办发〔2024〕31号" in lines
    assert "各区人民政府，市政府各委、办、局，各相关单位：" in lines
    assert "（一）先行先试增值电信扩大开放。发挥临港新片区以及浦东新区数字基础设施优势，" in text
    assert "打造区块链即服务（BaaS）平台" in text
    assert "占服务贸易的比重达到50%左右，制定本实施方案。" in text
    assert "《上海市推动数字贸易和服务贸易高质量发展的实施方案》已经市政府同意" in text
    # Nothing of the ASCII stand-ins is left in the Chinese text.
    assert not set(text) & set("«»,:;")


def test_applied_fixes_are_recorded_with_counts_and_examples() -> None:
    result = normalize(ZH_2024, ZH)
    applied = {fix.name: fix for fix in result.fixes}
    assert set(applied) >= {
        "fullwidth-ascii",
        "cjk-spacing",
        "cjk-brackets",
        "cjk-punctuation",
        "page-numbers",
        "whitespace",
    }
    # The seed writes 《》 as «» six times each: twelve marks.
    assert applied["cjk-brackets"].count == 12
    assert applied["page-numbers"].count == 1
    assert "'«' → '《'" in applied["cjk-brackets"].examples
    assert "markdown-inline" not in applied  # a text file has no markup


def test_offsets_trace_back_through_rewrites() -> None:
    result = normalize(ZH_2024, ZH)
    tm = result.map
    at = result.text.index("请认真贯彻执行。") + len("请认真贯彻执行")
    start, end = tm.to_original(at, at + 1)
    assert ZH_2024[start:end] == "."
    at = result.text.index("2024年12月30日")
    assert tm.original_slice(at, at + 4) == "２０２４"


def test_equivalent_inputs_normalise_alike() -> None:
    expected = normalize(ZH_2024, ZH).text
    crlf_bom = "\ufeff" + ZH_2024.replace("\n", "\r\n")
    assert normalize(crlf_bom, ZH).text == expected
    traditional = opencc.OpenCC("s2t").convert(ZH_2024)
    assert traditional != ZH_2024
    assert normalize(traditional, ZH).text == expected


# ------------------------------------------------- traditional to simplified


def test_traditional_text_keeps_its_original_in_the_map() -> None:
    text = "上海市人民政府辦公廳關於印發《實施方案》的通知"
    result = run_fixes(text, _fix("traditional-to-simplified"), ZH)
    assert result.text == "上海市人民政府办公厅关于印发《实施方案》的通知"
    at = result.text.index("办公厅")
    assert result.map.original_slice(at, at + 3) == "辦公廳"
    assert result.fixes[0].count == 6


def test_traditional_conversion_is_for_chinese_documents_only() -> None:
    text = "國際 협력을 강화한다"
    result = run_fixes(text, _fix("traditional-to-simplified"), Context(language="ko"))
    assert result.text == text


def test_a_conversion_that_changes_length_stays_traceable() -> None:
    # OpenCC maps a few phrases to a text of another length; the edit must
    # stay local to the phrase so that the rest of the line maps one for one.
    from shpolicy.normalize.traditional import _aligned

    edits = _aligned("甲乙丙丁", "甲乙X丙丁", 10)
    assert [(e.start, e.end, e.replacement) for e in edits] == [(12, 12, "X")]
    edits = _aligned("甲乙丙丁", "甲戊丙丁", 0)
    assert [(e.start, e.end, e.replacement) for e in edits] == [(1, 2, "戊")]


# --------------------------------------------------------------- removals


def test_markdown_removals_keep_the_markup() -> None:
    text = "---\ntitle: 通知\n---\n# 一、总体要求\n详见[网站](https://a.cn)。\n"
    # The reader found a front matter block of three lines.
    result = normalize(text, Context(language="zh", format="markdown", front_matter_lines=3))
    assert result.text == "一、总体要求\n详见网站。\n"
    kinds = [(r.kind, r.text) for r in result.map.removed]
    assert kinds == [
        ("front-matter", "---\ntitle: 通知\n---\n"),
        ("markup", "# "),
        ("markup", "["),
        ("markup", "](https://a.cn)"),
    ]


def test_table_cells_never_pass_for_item_markers() -> None:
    text = (
        "1. 主要指标\n\n"
        "| 序号 | 指标 | 数值 |\n"
        "|---|---|---|\n"
        "| 1 | 服务贸易规模 | 4.73 |\n"
        "| 4.73 | 占比 | 50% |\n"
        "| 2. | 数字贸易 | 2600 |\n"
    )
    lines = normalize(text, Context(language="zh", format="markdown")).text.split("\n")
    assert lines[0] == "1. 主要指标"  # numbering in the text stays numbering
    rows = lines[2:-1]
    assert rows == [
        "序号\t指标\t数值",
        "1\t服务贸易规模\t4.73",
        "4.73\t占比\t50%",
        "2.\t数字贸易\t2600",
    ]
    # A number ending a cell is followed by a TAB, never by text it could number.
    assert match_marker(rows[1]) is None
    assert match_marker(rows[2]) is None
    assert match_marker(lines[0]) is not None


def test_markdown_fixes_do_not_run_on_text_files() -> None:
    text = "# 一、总体要求\n**重点**\n"
    assert normalize(text, ZH).text == text


def test_invisible_characters_and_stray_boms_go() -> None:
    text = "市商\u200b务委\ufeff、市\u00ad科委\x07\n"
    result = normalize(text, ZH)
    assert result.text == "市商务委、市科委\n"
    assert {fix.name for fix in result.fixes} == {"bom", "invisible-characters"}


@pytest.mark.parametrize("language", ["en", "ko"])
def test_translations_are_left_alone(language: str) -> None:
    path = CORPORA / f"2024-digital-trade.{language}.txt"
    text = path.read_text(encoding="utf-8")
    result = normalize(text, Context(language=language))
    if language == "en":
        assert result.text == text
    else:
        # Only the Chinese passages of the Korean version change.
        changed = {fix.name for fix in result.fixes}
        assert changed <= {"cjk-punctuation", "whitespace"}
        assert "(一) 선행 시범 증가가치 통신 확대 개방. 임항신구와" in result.text
        assert (
            "（十五）提升领军企业能级。每年更新《上海市服务贸易促进指导目录》，明确促进方向。"
            in (result.text)
        )
