"""Unusable input on the command line: one line on stderr naming the file, exit 2.

Each case runs ``shpolicy parse FILE`` in-process; the error is raised by the
reader before any parsing starts.
"""

from __future__ import annotations

import io
import json
import zipfile
from pathlib import Path

import pytest

from shpolicy.cli import main


def _docx() -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("word/document.xml", "<w:document/>")
    return buffer.getvalue()


CASES: dict[str, tuple[str, bytes | None, str]] = {
    # name: (file name, contents or None for no file, words the message must hold)
    "empty": ("empty.txt", b"", "empty"),
    "white space": ("blank.txt", b"\r\n  \t\n", "no text"),
    "binary": ("image.txt", b"\x89PNG\r\n\x1a\n" + bytes(200), "PNG image"),
    "nul bytes": ("data.txt", bytes(range(256)) * 8, "binary data"),
    "docx": ("notice.docx", _docx(), "save it as text"),
    "undecodable": ("latin1.txt", "Résumé du café".encode("latin-1"), "cannot be decoded"),
    "missing": ("absent.txt", None, "no such file"),
}


@pytest.mark.parametrize("case", sorted(CASES))
def test_bad_input_is_one_line_and_exit_2(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], case: str
) -> None:
    name, data, words = CASES[case]
    path = tmp_path / name
    if data is not None:
        path.write_bytes(data)
    assert main(["parse", str(path)]) == 2
    captured = capsys.readouterr()
    assert captured.out == ""
    lines = captured.err.splitlines()
    assert len(lines) == 1, captured.err
    assert str(path) in lines[0]
    assert words in lines[0]
    assert "Traceback" not in captured.err


def test_a_directory_is_one_line_and_exit_2(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["parse", str(tmp_path)]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1
    assert str(tmp_path) in err and "directory" in err


def test_a_bad_file_does_not_stop_the_run(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    good = Path(__file__).resolve().parent.parent / "corpora" / "2024-digital-trade.zh.txt"
    bad = tmp_path / "empty.txt"
    bad.write_bytes(b"")
    assert main(["parse", str(good), str(bad)]) == 2
    captured = capsys.readouterr()
    assert [n["source"]["path"] for n in json.loads(captured.out)] == [str(good)]
    lines = captured.err.splitlines()
    assert len(lines) == 2 and str(bad) in lines[0]
    assert lines[1] == "shpolicy: 1 of 2 files could not be parsed"
