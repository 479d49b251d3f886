"""Decoding with replacement: ``errors="replace"`` and ``--errors replace``.

A file that its encoding reads but for a few stray byte sequences is rejected by
default; with replacement each sequence becomes U+FFFD, kept in the text where
it stands, and an ``undecodable-bytes`` removal records the original bytes and
their byte offset, with a warning.  The encoding is the one detection (or the
file's byte-order mark) picks; a file strict decoding reads is read the same.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

import shpolicy
from shpolicy import errors
from shpolicy.cli import main
from shpolicy.sources.text import decode

CORPORA = Path(__file__).resolve().parent.parent / "corpora"
ZH = CORPORA / "2024-digital-trade.zh.txt"
KO = CORPORA / "2024-digital-trade.ko.txt"


def _with_stray_byte(data: bytes, before: bytes, stray: bytes = b"\xff") -> tuple[bytes, int]:
    at = data.index(before)
    return data[:at] + stray + data[at:], at


def _undecodable(notice: shpolicy.Notice) -> list[shpolicy.schema.Removal]:
    return [r for r in notice.removals if r.kind == "undecodable-bytes"]


def _assert_partition(notice: shpolicy.Notice) -> None:
    covered = [False] * len(notice.text)
    pos = 0
    for block in notice.blocks:
        assert block.span.start >= pos
        covered[block.span.start : block.span.end] = [True] * (block.span.end - block.span.start)
        pos = block.span.end
    assert all(c or notice.text[i].isspace() for i, c in enumerate(covered))


def test_strict_is_the_default_and_its_message_names_the_option() -> None:
    data, at = _with_stray_byte(ZH.read_bytes(), "加快".encode())
    with pytest.raises(errors.DecodeError, match=f"0xFF at offset {at} .*errors=\"replace\""):
        shpolicy.parse(data)
    with pytest.raises(errors.DecodeError, match="--errors replace"):
        shpolicy.parse(data, errors="strict")


def test_a_stray_byte_in_utf8_becomes_u_fffd_and_a_removal() -> None:
    original = ZH.read_bytes()
    data, at = _with_stray_byte(original, "加快".encode())
    notice = shpolicy.parse(data, errors="replace")
    assert notice.source.encoding == "utf-8"
    (removal,) = _undecodable(notice)
    assert removal.original_bytes == "ff" and removal.byte_offset == at
    assert removal.text == "\ufffd" and notice.text[removal.at] == "\ufffd"
    assert removal.line == original[:at].count(b"\n") + 1
    # The U+FFFD is text of the measure it stands in, in that measure's block.
    (block,) = [b for b in notice.blocks if b.span.start <= removal.at < b.span.end]
    assert block.kind == "measure" and block.ref is not None
    assert "\ufffd加快" in notice.measure(block.ref).text
    (warning,) = [w for w in notice.warnings if w.code == "undecodable-bytes-removed"]
    assert f"0xFF at byte offset {at}" in warning.message
    assert f"measure {block.ref}, line {removal.line}" in warning.message
    assert warning.span is not None and warning.span.start == removal.at
    _assert_partition(notice)
    # Nothing else changes: the same outline as the file without the stray byte.
    clean = shpolicy.parse(original)
    assert [m.id for m in notice.iter_measures()] == [m.id for m in clean.iter_measures()]
    assert notice.text.replace("\ufffd", "") == clean.text


def test_a_file_strict_decoding_reads_is_read_the_same() -> None:
    for path in (ZH, KO):
        strict, replaced = shpolicy.parse(path), shpolicy.parse(path, errors="replace")
        assert strict.model_dump_json() == replaced.model_dump_json()


def test_each_undecodable_sequence_is_one_replacement() -> None:
    line = "一、总则\n".encode()  # 13 bytes
    data = line + b"\xe4\xb8" + line + b"\xff\xfe" + line * 400
    decoded = decode(data, errors="replace")
    # A truncated sequence is one replacement; two bytes that start nothing are two.
    assert [(u.byte_offset, u.raw) for u in decoded.undecodable] == [
        (13, b"\xe4\xb8"),
        (28, b"\xff"),
        (29, b"\xfe"),
    ]
    assert decoded.text.count("\ufffd") == 3
    assert [decoded.text[u.at] for u in decoded.undecodable] == ["\ufffd"] * 3


def test_more_than_stray_bytes_are_still_an_error() -> None:
    data = ("一、总则\n（一）甲项工作。\n" * 3).encode()
    damaged = data.replace("甲".encode(), b"\xff")
    with pytest.raises(errors.DecodeError, match="stray bytes"):
        shpolicy.parse(damaged, errors="replace")


def test_a_byte_order_mark_declares_the_encoding_replacement_fills_in() -> None:
    data, at = _with_stray_byte(b"\xef\xbb\xbf" + ZH.read_bytes(), "加快".encode())
    with pytest.raises(errors.DecodeError, match="byte-order mark.*errors=\"replace\""):
        shpolicy.parse(data)
    notice = shpolicy.parse(data, errors="replace")
    assert notice.source.encoding == "utf-8-sig"
    assert [r.byte_offset for r in _undecodable(notice)] == [at]


@pytest.mark.parametrize(
    ("path", "codec", "before"),
    [(ZH, "gb18030", "加快"), (KO, "cp949", "디지털")],
    ids=["gb18030", "cp949"],
)
def test_a_detected_legacy_encoding_is_kept_and_filled_in(
    path: Path, codec: str, before: str
) -> None:
    # The Korean version's Korean part: its passages left in Chinese are not all in CP949.
    text = path.read_text(encoding="utf-8")
    text = text if codec == "gb18030" else "\n".join(text.split("\n")[:26]) + "\n"
    encoded = text.encode(codec)
    data, at = _with_stray_byte(encoded, before.encode(codec))
    with pytest.raises(errors.DecodeError, match=f"is {codec.upper()} but for byte 0xFF at offset {at}"):
        shpolicy.parse(data)
    notice = shpolicy.parse(data, errors="replace")
    # Replacement never picks the encoding: it is the one detection gives the clean file.
    assert notice.source.encoding == shpolicy.parse(encoded).source.encoding == codec
    (removal,) = _undecodable(notice)
    assert (removal.original_bytes, removal.byte_offset) == ("ff", at)
    assert notice.text[removal.at] == "\ufffd"
    assert notice.text.replace("\ufffd", "") == shpolicy.parse(encoded).text
    _assert_partition(notice)


def test_utf16_with_a_lone_surrogate() -> None:
    text = "I. General\n1. Promote trade in services and goods.\n"
    encoded = text.encode("utf-16-le")
    data = encoded[:10] + b"\x00\xd8" + encoded[10:]
    with pytest.raises(errors.BinaryInputError, match="UTF-16-LE but for bytes 0x00 0xD8 at offset 10"):
        shpolicy.parse(data)
    notice = shpolicy.parse(data, errors="replace")
    assert notice.source.encoding == "utf-16-le"
    ((removal,)) = _undecodable(notice)
    assert (removal.original_bytes, removal.byte_offset) == ("00d8", 10)


def test_a_web_page_locates_its_replacements_in_the_article() -> None:
    filler = "<p>（二）推进数字贸易高质量发展的重要举措。</p>" * 40
    page = (
        '<html><head><meta charset="utf-8"><title>通知</title></head><body><nav>首页 @导航</nav>'
        f'<div id="zoom"><p>一、总体要求</p><p>（一）加强协同。#（市商务委负责）</p>{filler}'
        "</div></body></html>"
    ).encode()
    data = page.replace(b"@", b"\xff").replace(b"#", b"\xfe")
    with pytest.raises(errors.DecodeError, match="HTML page.*errors=\"replace\""):
        shpolicy.parse(data)
    notice = shpolicy.parse(data, errors="replace")
    nav, article = _undecodable(notice)
    assert (nav.byte_offset, article.byte_offset) == (page.index(b"@"), page.index(b"#"))
    # The one in the navigation is recorded at the start; its furniture keeps the U+FFFD.
    assert nav.at == 0
    assert any(r.kind == "page-furniture" and "\ufffd" in r.text for r in notice.removals)
    assert notice.text[article.at] == "\ufffd"
    assert notice.measure("1.1").text.startswith("加强协同。\ufffd")


def test_the_schema_records_the_bytes() -> None:
    data, _ = _with_stray_byte(ZH.read_bytes(), "加快".encode())
    notice = shpolicy.parse(data, errors="replace")
    again = shpolicy.Notice.from_json(notice.model_dump_json())
    assert _undecodable(again) == _undecodable(notice)
    assert shpolicy.SCHEMA_VERSION == "1.3.0"


# -- the command line ------------------------------------------------------------------


def _damaged(tmp_path: Path, name: str = "notice.zh.txt") -> tuple[Path, int]:
    data, at = _with_stray_byte(ZH.read_bytes(), "加快".encode())
    path = tmp_path / name
    path.write_bytes(data)
    return path, at


def test_cli_parse_rejects_then_replaces(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path, at = _damaged(tmp_path)
    assert main(["parse", str(path)]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "--errors replace" in err and f"offset {at}" in err
    assert main(["parse", "--errors", "replace", str(path)]) == 0
    notice = json.loads(capsys.readouterr().out)
    removals = [r for r in notice["removals"] if r["kind"] == "undecodable-bytes"]
    assert [(r["original_bytes"], r["byte_offset"]) for r in removals] == [("ff", at)]
    assert any(w["code"] == "undecodable-bytes-removed" for w in notice["warnings"])


def test_cli_check_takes_the_option(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    source, _ = _damaged(tmp_path)
    translation = CORPORA / "2024-digital-trade.en.txt"
    assert main(["check", str(source), str(translation), "--fail-on", "never"]) == 2
    assert "--errors replace" in capsys.readouterr().err
    args = ["check", str(source), str(translation), "--fail-on", "never", "--errors", "replace"]
    assert main(args) == 0


def test_cli_align_takes_the_option(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    source, _ = _damaged(tmp_path)
    translation = CORPORA / "2024-digital-trade.en.txt"
    assert main(["align", str(source), str(translation)]) == 2
    capsys.readouterr()
    assert main(["align", "--errors", "replace", str(source), str(translation)]) == 0


def test_cli_corpus_takes_the_option(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    pytest.importorskip("pyarrow")
    inputs = tmp_path / "in"
    inputs.mkdir()
    _damaged(inputs)
    assert main(["corpus", str(inputs), "-o", str(tmp_path / "strict")]) == 2
    assert "--errors replace" in capsys.readouterr().err
    out = tmp_path / "replace"
    assert main(["corpus", str(inputs), "-o", str(out), "--errors", "replace"]) == 0
    import pyarrow.parquet as pq

    warnings = pq.read_table(out / "warnings.parquet").column("code").to_pylist()
    assert "undecodable-bytes-removed" in warnings
