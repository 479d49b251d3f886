"""Reliability under fuzzing: no crash, time linear in the input, blocks that never overlap.

The strategies build notices from the pieces that broke the parser before
(markers of every style, brackets that never close, full- and half-width
forms, line ends, repeated passages, unit clauses); the properties are the
promises of the library: every failure is a ShpolicyError, the blocks are
disjoint and cover the text, the JSON is the same on every run.  The regression
cases below are the inputs that once crashed or took tens of seconds.
"""

from __future__ import annotations

import importlib.util
import itertools
from collections.abc import Callable
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from shpolicy import errors
from shpolicy.api import parse, parse_text
from shpolicy.cli import main
from shpolicy.schema import Notice

CORPORA = Path(__file__).resolve().parent.parent / "corpora"

MARKERS = ["一、", "二、", "（一）", "（二）", "(1)", "1.", "2.", "1、", "①", "第一条", "第一章", "I.", "가."]
WORDS = ["甲项工作", "推进数字贸易", "Promote trade", "디지털 무역", "内容", "各区政府", "市商务委"]
CLAUSES = ["（责任单位：市商务委、各区政府）", "(Responsible units: Municipal Commerce Commission)",
           "(책임 단위: 시 상무위원회)", "（市发展改革委牵头负责）"]  # fmt: skip
PIECES = ["（", "）", "(", ")", "【", "。", "；", "　", " ", "— 4 —", "\ufeff", "ｆｕｌｌ"]
ENDS = ["\n", "\r\n", "\r", "\n\n"]


@st.composite
def notices(draw: st.DrawFn) -> str:
    """A notice-like text: lines of markers, words, brackets, clauses, some lines repeated."""
    lines: list[str] = []
    for _ in range(draw(st.integers(1, 25))):
        parts = draw(
            st.lists(
                st.one_of(
                    st.sampled_from(MARKERS),
                    st.sampled_from(WORDS),
                    st.sampled_from(CLAUSES),
                    st.sampled_from(PIECES),
                    st.text(max_size=4),
                ),
                max_size=6,
            )
        )
        lines.append("".join(parts))
    if lines and draw(st.booleans()):
        # A passage repeated: the copies that assembled translations collect.
        at = draw(st.integers(0, len(lines) - 1))
        lines.insert(draw(st.integers(0, len(lines))), lines[at] + "推进数字贸易高质量发展的重要举措")
    end = draw(st.sampled_from(ENDS))
    return end.join(lines)


def _assert_partition(notice: Notice) -> None:
    spans = sorted((b.span.start, b.span.end) for b in notice.blocks)
    for (_, end), (start, _) in itertools.pairwise(spans):
        assert start >= end, f"blocks overlap: {spans}"
    covered = [False] * len(notice.text)
    for start, end in spans:
        for i in range(start, end):
            covered[i] = True
    assert all(c or notice.text[i].isspace() for i, c in enumerate(covered))


def _parse_or_error(text: str) -> Notice | None:
    try:
        return parse_text(text)
    except errors.ShpolicyError as err:
        assert "\n" not in str(err)
        return None


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(notices())
def test_generated_notices_parse_into_disjoint_blocks_or_a_shpolicy_error(text: str) -> None:
    notice = _parse_or_error(text)
    if notice is not None:
        _assert_partition(notice)
        assert notice.model_dump_json() == parse_text(text).model_dump_json()


@settings(max_examples=40, deadline=None)
@given(st.text(max_size=300))
def test_any_string_parses_or_raises_a_shpolicy_error(text: str) -> None:
    notice = _parse_or_error(text)
    if notice is not None:
        _assert_partition(notice)


@settings(max_examples=30, deadline=None)
@given(st.binary(max_size=300))
def test_any_bytes_parse_or_raise_a_shpolicy_error(data: bytes) -> None:
    try:
        parse(data)
    except errors.ShpolicyError as err:
        assert "\n" not in str(err)


# -- the inputs that once failed --------------------------------------------------------
def _checked(text: str) -> Notice | None:
    notice = _parse_or_error(text)
    if notice is not None:
        _assert_partition(notice)
    return notice


def _shapes() -> dict[str, tuple[Callable[[int], str], int]]:
    # The shapes that once made a stage quadratic; benchmarks/shapes.py times them.
    path = Path(__file__).resolve().parent.parent / "benchmarks" / "shapes.py"
    spec = importlib.util.spec_from_file_location("shapes", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    shapes: dict[str, tuple[Callable[[int], str], int]] = module.SHAPES
    return shapes


_SHAPES = _shapes()


@pytest.mark.parametrize("name", sorted(_SHAPES))
def test_pathological_shapes_parse_with_blocks_that_partition_the_text(name: str) -> None:
    make, size = _SHAPES[name]
    notice = _checked(make(size // 10))
    assert notice is not None
    ids = [m.id for m in notice.iter_measures()]
    assert len(set(ids)) == len(ids)
    if name == "bare-markers":  # every repeat of （一） is a measure of its own
        assert len(ids) == size // 10


def test_a_number_repeated_in_a_list_that_starts_again_gets_a_valid_id() -> None:
    zh = (CORPORA / "2024-digital-trade.zh.txt").read_text(encoding="utf-8")
    other = (CORPORA / "2019-digital-trade-action-plan.zh.txt").read_text(encoding="utf-8")
    notice = parse_text(zh + "\n" + other)
    ids = [m.id for m in notice.iter_measures()]
    assert len(ids) == len(set(ids))
    _assert_partition(notice)


def test_repeated_number_with_an_item_under_the_repeat() -> None:
    notice = parse_text("一、总则\n（一）甲项工作。\n（一）乙项工作。\n1.丙项。\n")
    assert [m.id for m in notice.iter_measures()] == ["1.1", "1.1-2", "1.1-2.1"]


def test_a_lone_surrogate_is_a_decode_error() -> None:
    with pytest.raises(errors.DecodeError, match="U\\+D800"):
        parse_text("一、总则\ud800\n")


def test_a_path_with_a_nul_byte_is_a_read_error() -> None:
    with pytest.raises(errors.ReadError, match="NUL"):
        parse("notice\x00.txt")


def test_a_path_with_a_newline_gives_one_line(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["parse", "no\nsuch.txt"]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "no\\nsuch.txt" in err


def test_pdf_library_warnings_stay_off_stderr(capsys: pytest.CaptureFixture[str]) -> None:
    import logging

    import shpolicy.sources.pdf  # noqa: F401 - configures the loggers

    logging.getLogger("pdfminer.pdfparser").warning("damaged xref")
    assert capsys.readouterr().err == ""


def test_overlapping_blocks_are_an_internal_error() -> None:
    from shpolicy.normalize import normalize
    from shpolicy.parsers import context_for
    from shpolicy.parsers.state import ParseState
    from shpolicy.sources import read_bytes

    src = read_bytes("一、总则\n甲乙丙丁\n".encode())
    state = ParseState(src, normalize(src.text, context_for(src, "zh")), "zh")
    state.claim("preamble", 0, 6)
    state.claim("measure", 3, 8, "1.1")
    with pytest.raises(errors.InternalError, match="blocks overlap.*report"):
        state.build()


def test_a_repeat_inside_a_section_stays_its_own_block() -> None:
    zh = (CORPORA / "2024-digital-trade.zh.txt").read_text(encoding="utf-8").split("\n")
    heading = next(i for i, line in enumerate(zh) if line.startswith("三、"))
    zh.insert(heading + 2, zh[heading + 1])
    _assert_partition(parse_text("\n".join(zh)))


def test_a_section_text_ending_like_its_heading_is_found_by_position() -> None:
    notice = parse_text("一、加强保障\n加强保障\n（一）甲项工作。\n二、其他\n（一）乙项。\n")
    assert not [w for w in notice.warnings if w.code == "unplaced-text"]
    _assert_partition(notice)


def test_a_bare_marker_line_is_warned_of() -> None:
    notice = parse_text("一、总则\n（一）\n（二）甲项工作。\n")
    assert any(w.code == "empty-measure" and "no text" in w.message for w in notice.warnings)


# -- encodings ----------------------------------------------------------------------------
_EN = "Notice (the People’s Government) – café, naïve résumé.\nI. General\n1. Promote trade.\n"


@pytest.mark.parametrize("codec", ["cp1252", "latin-1"])
def test_western_code_pages_decode(codec: str) -> None:
    text = _EN if codec == "cp1252" else _EN.replace("’", "'").replace("–", "-")
    notice = parse(text.encode(codec))
    # Latin-1 bytes without the characters Windows-1252 adds read the same in both.
    assert notice.source.encoding in ("cp1252", codec) and "café" in notice.text


def test_mojibake_throughout_is_repaired_and_recorded() -> None:
    zh = (CORPORA / "2024-digital-trade.zh.txt").read_text(encoding="utf-8")
    notice = parse(zh.encode("utf-8").decode("latin-1").encode("utf-8"))
    assert notice.text == parse_text(zh).text
    assert [f.name for f in notice.fixes][:1] == ["mojibake"]


def test_short_cp949_korean_is_not_read_as_gb18030() -> None:
    from shpolicy.sources.text import decode_text

    assert decode_text("2024년 12월 30일".encode("cp949")) == ("2024년 12월 30일", "cp949")


def test_a_stray_byte_in_utf8_is_located() -> None:
    data = "一、总则\n（一）甲项工作。\n".encode()
    with pytest.raises(errors.DecodeError, match="offset 13 \\(line 2\\)"):
        parse(data[:13] + b"\xff" + data[13:])
