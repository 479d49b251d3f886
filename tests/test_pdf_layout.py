"""The layout rules on pages built glyph by glyph, one rule at a time.

Each page here is an A4 page with a 16 pt body in a type area from x = 80 to
x = 528 (28 characters); a full line runs to the right edge, a paragraph's
first line is indented two characters.
"""

from __future__ import annotations

from shpolicy.sources.pdf_content import Glyph, PageContent, Rule
from shpolicy.sources.pdf_layout import lay_out
from shpolicy.sources.pdf_lines import dedupe

LEFT, RIGHT, SIZE, PITCH = 80.0, 528.0, 16.0, 29.0
RED = (0.9, 0.0, 0.0)


def _line(
    text: str,
    baseline: float,
    *,
    x: float = LEFT,
    size: float = SIZE,
    color: tuple[float, float, float] | None = (0.0, 0.0, 0.0),
) -> list[Glyph]:
    """Glyphs of ``text`` set from ``x``, each ``size`` wide (ASCII half as wide)."""
    glyphs = []
    for char in text:
        width = size / 2 if char.isascii() else size
        glyphs.append(Glyph(char, x, x + width, baseline, size, color))
        x += width
    return glyphs


def _indented(text: str, baseline: float) -> list[Glyph]:
    return _line(text, baseline, x=LEFT + 2 * SIZE)


def _page(number: int, *lines: list[Glyph], rules: list[Rule] | None = None) -> PageContent:
    return PageContent(
        number=number,
        width=595.0,
        height=842.0,
        glyphs=[g for line in lines for g in line],
        rules=rules or [],
    )


FULL_FIRST = "一二三四五六七八九十一二三四五六七八九十一二三四五六"  # 26 after the indent
FULL = FULL_FIRST + "七八"  # 28: a whole line


def test_wrapped_lines_join_and_indented_lines_open_paragraphs() -> None:
    page = _page(
        1,
        _indented("（一）" + FULL_FIRST[3:], 100),
        _line(FULL, 100 + PITCH),
        _line("完。", 100 + 2 * PITCH),
        _indented("（二）另一段。", 100 + 3 * PITCH),
    )
    text = lay_out([page]).text
    assert text == f"（一）{FULL_FIRST[3:]}{FULL}完。\n\n（二）另一段。"


def test_a_short_line_ends_its_paragraph_even_when_the_next_is_flush() -> None:
    page = _page(
        1, _line("各有关单位：", 100), _line(FULL, 100 + PITCH), _line("完。", 100 + 2 * PITCH)
    )
    assert lay_out([page]).text == f"各有关单位：\n\n{FULL}完。"


def test_a_paragraph_runs_on_over_a_page_break_past_the_page_number() -> None:
    one = _page(
        1,
        _indented(FULL_FIRST, 100),
        _line(FULL, 100 + PITCH),
        _line("— 1 —", 780, x=420, size=14),
    )
    two = _page(2, _line("续完。", 100), _line("— 2 —", 780, x=100, size=14))
    layout = lay_out([one, two])
    assert layout.text == f"{FULL_FIRST}{FULL}续完。"
    assert layout.page_starts == [0, len(FULL_FIRST) + len(FULL)]
    assert [(r.kind, r.text, r.page, r.offset) for r in layout.removed] == [
        ("page-number", "— 1 —", 1, len(FULL_FIRST) + len(FULL)),
        ("page-number", "— 2 —", 2, len(layout.text)),
    ]


def test_a_bare_number_is_a_page_number_only_when_it_is_the_pages() -> None:
    pages = [
        _page(n, _line(f"{n}", 60, x=300, size=10), _indented(f"第{n}页正文。", 100))
        for n in (1, 2)
    ]
    layout = lay_out(pages)
    assert [(r.kind, r.text) for r in layout.removed] == [
        ("page-number", "1"),
        ("page-number", "2"),
    ]
    stray = lay_out([_page(1, _indented("正文。", 100), _line("7", 780, x=300, size=10))])
    assert stray.removed == [] and stray.text.endswith("7")


def test_running_headers_and_footers_repeat_at_the_same_height() -> None:
    pages = [
        _page(
            n,
            _line("上海市人民政府公报", 60, size=9),
            _indented(FULL_FIRST, 100),
            _line(f"第{n}页的正文。", 100 + PITCH),
            _line("2024年第1期", 800, x=250, size=9),
        )
        for n in (1, 2, 3)
    ]
    layout = lay_out(pages)
    assert layout.text.split("\n\n") == [f"{FULL_FIRST}第{n}页的正文。" for n in (1, 2, 3)]
    kinds = [(r.kind, r.page) for r in layout.removed]
    assert kinds.count(("running-header", 2)) == 1
    assert kinds.count(("running-footer", 3)) == 1
    assert len(kinds) == 6


def test_masthead_document_number_and_title() -> None:
    rule = Rule(LEFT, RIGHT, 200, 201, RED)
    page = _page(
        1,
        _line("上海市商务委员会", 100, x=150, size=40, color=RED),
        _line("上海市财政局文件", 145, x=150, size=40, color=RED),
        _line("沪商发〔2024〕8号", 190, x=240),
        _line("关于印发某某办法", 250, x=216, size=22),
        _line("的通知", 280, x=271, size=22),
        _line("各区商务主管部门：", 330),
        _indented(FULL_FIRST, 330 + PITCH),
        _line(FULL, 330 + 2 * PITCH),
        _line("执行。", 330 + 3 * PITCH),
        rules=[rule],
    )
    assert lay_out([page]).text == (
        "上海市商务委员会\n上海市财政局文件\n\n沪商发〔2024〕8号\n\n"
        f"关于印发某某办法的通知\n\n各区商务主管部门：\n\n{FULL_FIRST}{FULL}执行。"
    )


def test_a_hanging_indent_after_a_label_continues_the_paragraph() -> None:
    first = "抄送：" + "市委各部门，市人大常委会办公厅，市政协办公，市纪委"  # to the right edge
    page = _page(
        1,
        _indented("正文。", 100),
        _line(first[:28], 300),
        _line("监委，市高院。", 300 + PITCH, x=LEFT + 3 * SIZE),
    )
    assert lay_out([page]).text == f"正文。\n\n{first[:28]}监委，市高院。"


def test_doubled_glyphs_are_dropped_once() -> None:
    heading = _indented("一、总体要求", 100)
    doubled = [Glyph(g.text, g.x0 + 0.4, g.x1 + 0.4, g.baseline, g.size, g.color) for g in heading]
    kept, dropped = dedupe(heading + doubled)
    assert dropped == 6 and kept == heading
    # Two equal characters side by side are two characters.
    pair = _line("一一", 100)
    assert dedupe(pair) == (pair, 0)


def test_words_get_spaces_and_cjk_letter_spacing_does_not() -> None:
    spaced = []
    x = 150.0
    for char in "通知":
        spaced.append(Glyph(char, x, x + 22, 100, 22, None))
        x += 22 + 11  # half a character of letter spacing
    # A space of 0.28 em, as in most Latin fonts, drawn as a gap and not a glyph.
    words = _line("Annex", 200) + _line("A", 200, x=LEFT + 5 * 8 + 4.5)
    text = lay_out([_page(1, spaced, words)]).text
    assert text.split("\n\n") == ["通知", "Annex A"]


def test_private_use_glyphs_are_recorded_not_read() -> None:
    # A font whose ToUnicode maps its glyphs into the private use area.
    garbage = _line("\ue001\ue002\ue003", 100 + PITCH)
    page = _page(1, _indented("正文。", 100), garbage, _indented("下文。", 100 + 2 * PITCH))
    layout = lay_out([page])
    assert layout.text == "正文。\n\n下文。"
    assert [(r.kind, r.text, r.offset) for r in layout.removed] == [
        ("unextractable-text", "\ue001\ue002\ue003", 3)
    ]


# ------------------------------------------------------------------ ragged right and block paragraphs

TEXT = "甲乙丙丁戊己庚辛壬癸子丑寅卯辰巳午未申酉戌亥天地玄黄宇宙"  # 28 different characters


def _ragged(first: str, *shorts: int) -> list[str]:
    """A paragraph's lines: indented ``first``, then flush lines ``short`` characters short."""
    return [first] + [TEXT[: 28 - short] for short in shorts]


def _set(lines: list[str], baseline: float, *, indent: bool = True) -> list[list[Glyph]]:
    """Glyph lines of a paragraph from ``baseline`` down, the first one indented."""
    return [
        _indented(text, baseline + i * PITCH) if i == 0 and indent else
        _line(text, baseline + i * PITCH)
        for i, text in enumerate(lines)
    ]  # fmt: skip


def test_a_ragged_paragraph_runs_on_over_a_page_break() -> None:
    # Unjustified lines end 0-4 characters short; the unit clause of the
    # second paragraph is cut at the page break ("…上海" | "海关、…").
    one_lines = _ragged("（一）" + TEXT[:20], 2, 0, 4) + ["完。"]
    two_lines = _ragged("（二）" + TEXT[:22], 0) + [TEXT[:13] + "（责任单位：市商务委、上海"]
    one = _page(
        1,
        *_set(one_lines, 100),
        *_set(two_lines, 100 + 5 * PITCH),
        _line("— 1 —", 780, x=420, size=14),
    )
    two = _page(
        2,
        _line("海关、市数据局）", 100),
        _indented("（三）另一段。", 100 + PITCH),
        _line("— 2 —", 780, x=100, size=14),
    )
    layout = lay_out([one, two])
    assert layout.text.split("\n\n") == [
        "".join(one_lines),
        "".join(two_lines) + "海关、市数据局）",
        "（三）另一段。",
    ]
    assert layout.page_starts[1] == layout.text.index("海关、市数据局）")


def test_justified_text_keeps_a_short_line_as_a_paragraph_end() -> None:
    # The same lines justified but for one short line: that one ends a paragraph.
    lines = _ragged("（一）" + TEXT[:23], 0, 0, 0) + [TEXT[:25]] + _ragged("", 0)[1:] + ["完。"]
    page = _page(1, *_set(lines, 100), _indented("（二）另一段。", 100 + 7 * PITCH))
    assert lay_out([page]).text.split("\n\n") == [
        "".join(lines[:5]),
        "".join(lines[5:]),
        "（二）另一段。",
    ]


def test_in_ragged_text_a_marker_or_a_long_way_short_opens_a_paragraph() -> None:
    one_lines = _ragged("（一）" + TEXT[:21], 3, 0, 1, 0) + ["完。"]
    two_lines = _ragged("（二）" + TEXT[:20], 2, 4) + ["完。"]
    page = _page(
        1,
        *_set(one_lines, 100),
        *_set(two_lines, 100 + 6 * PITCH),
        # Short lines that the next flush line does not continue: it opens with
        # a marker, or the line above stops far more than a word short.
        _line("附件：", 100 + 10 * PITCH),
        _line("1.名单" + TEXT[:21], 100 + 11 * PITCH),
        _line("2.目录", 100 + 12 * PITCH),
    )
    assert lay_out([page]).text.split("\n\n") == [
        "".join(one_lines),
        "".join(two_lines),
        "附件：",
        "1.名单" + TEXT[:21],
        "2.目录",
    ]


def test_block_paragraphs_are_set_apart_by_space_and_open_with_markers() -> None:
    # No first-line indents; half a line between paragraphs; justified lines.
    space = 1.5 * PITCH
    one = _page(
        1,
        _line("（一）" + TEXT[3:], 100),
        _line(TEXT, 100 + PITCH),  # full, yet the space below ends the paragraph
        _line("（二）" + TEXT[3:], 100 + PITCH + space),
        _line(TEXT, 100 + 2 * PITCH + space),
        _line("完。", 100 + 3 * PITCH + space),
        _line("（三）" + TEXT[3:], 100 + 3 * PITCH + 2 * space),
        _line(TEXT, 100 + 4 * PITCH + 2 * space),  # full, the page ends
    )
    two = _page(
        2,
        _line(TEXT, 100),  # no marker: the paragraph goes on
        _line("完。", 100 + PITCH),
        _line("（四）" + TEXT[3:], 100 + PITCH + space),
        _line(TEXT, 100 + 2 * PITCH + space),  # full, the page ends
    )
    three = _page(3, _line("（五）新的一段。", 100))
    paras = lay_out([one, two, three]).text.split("\n\n")
    assert paras == [
        "（一）" + TEXT[3:] + TEXT,
        "（二）" + TEXT[3:] + TEXT + "完。",
        "（三）" + TEXT[3:] + TEXT + TEXT + "完。",
        "（四）" + TEXT[3:] + TEXT,
        "（五）新的一段。",
    ]
