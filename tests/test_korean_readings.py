"""Sino-Korean readings come from the package's own data file, not from ``hanja``."""

from __future__ import annotations

import subprocess
import sys
from importlib import resources

import pytest

from shpolicy.alignment.korean import sino_korean


# Checked by hand against a Korean dictionary: the reading a Korean
# translation of a trade notice uses (貿易 is 무역; 易 read 이 means "easy").
@pytest.mark.parametrize(
    ("chinese", "hangul"),
    [
        ("上", "상"),
        ("海", "해"),
        ("市", "시"),
        ("贸", "무"),
        ("貿", "무"),
        ("易", "역"),
        ("临", "림"),  # read through its traditional form 臨
        ("上海市对外贸易", "상해시대외무역"),
        ("数字 trade 2024", "수자 trade 2024"),
    ],
)
def test_readings_of_characters(chinese: str, hangul: str) -> None:
    assert sino_korean(chinese) == hangul


def test_data_file_names_its_source() -> None:
    text = resources.files("shpolicy.alignment").joinpath("data/hangul_readings.tsv")
    header = [line for line in text.read_text(encoding="utf-8").splitlines() if line[:1] == "#"]
    assert "hanja 0.15.1" in " ".join(header)
    assert "licence WTFPL-2.0" in " ".join(header)


def test_readings_work_where_hanja_cannot_be_imported() -> None:
    # ``sys.modules[name] = None`` makes any import of that name fail.
    code = (
        "import sys; sys.modules['hanja'] = None\n"
        "from shpolicy.alignment.korean import sino_korean\n"
        "print(sino_korean('上海'))\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, encoding="utf-8", check=True
    )
    assert done.stdout.strip() == "상해"
