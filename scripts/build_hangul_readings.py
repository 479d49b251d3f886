"""Build src/shpolicy/alignment/data/hangul_readings.tsv from the ``hanja`` package's table.

Source: the reading table ``hanja/table.yml`` of the ``hanja`` package
(https://github.com/suminb/hanja, by Sumin Byeon), version 0.15.1, released
under the WTFPL, version 2 (the repository's LICENSE.txt; the package's own
metadata declares no licence).  Each entry of that table maps one character
to one Hangul syllable, its most common Sino-Korean reading (易 → 역, as in
貿易, not 이).

Only the characters shpolicy reads are kept: the CJK Unified Ideographs block
(U+4E00–U+9FFF), which holds every character OpenCC's ``s2t`` produces from
the Chinese of a policy notice.  Extension A and the compatibility ideographs
are left out.

The output is one ``character<TAB>reading`` line per character in code-point
order, after ``#`` header lines that name the source.  Run it in an
environment where that version of ``hanja`` is installed (it is in the
``readings`` extra)::

    pip install -e '.[readings]'
    python scripts/build_hangul_readings.py

``--check`` compares instead of writing and exits 1 when the file differs.
"""

from __future__ import annotations

import argparse
import sys
from importlib import metadata, resources
from pathlib import Path

import yaml

SOURCE_VERSION = "0.15.1"
LICENCE = "WTFPL-2.0"
_HOME = "https://github.com/suminb/hanja"
FIRST, LAST = 0x4E00, 0x9FFF
OUTPUT = (
    Path(__file__).resolve().parent.parent
    / "src"
    / "shpolicy"
    / "alignment"
    / "data"
    / "hangul_readings.tsv"
)


def _is_syllable(text: str) -> bool:
    return len(text) == 1 and "\uac00" <= text <= "\ud7a3"


def build() -> str:
    """The data file's text, from the installed ``hanja`` package."""
    version = metadata.version("hanja")
    if version != SOURCE_VERSION:
        raise SystemExit(f"hanja {SOURCE_VERSION} is needed, {version} is installed")
    source = resources.files("hanja").joinpath("table.yml").read_text(encoding="utf-8")
    table = yaml.load(source, Loader=yaml.SafeLoader)
    readings = {
        char: reading
        for char, reading in table.items()
        if len(char) == 1 and FIRST <= ord(char) <= LAST
    }
    bad = sorted(char for char, reading in readings.items() if not _is_syllable(reading))
    if bad:
        raise SystemExit(f"readings that are not one Hangul syllable: {''.join(bad[:20])}")
    header = [
        "# Sino-Korean readings of the CJK Unified Ideographs (U+4E00-U+9FFF), one per character.",
        f"# Source: table.yml of the Python package hanja {version} ({_HOME}, Sumin Byeon),",
        f"# licence {LICENCE}; built by scripts/build_hangul_readings.py. Do not edit by hand.",
        f"# characters: {len(readings)}",
    ]
    lines = [f"{char}\t{readings[char]}" for char in sorted(readings)]
    return "\n".join(header + lines) + "\n"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="compare, do not write")
    args = parser.parse_args(argv)
    text = build()
    if args.check:
        current = OUTPUT.read_text(encoding="utf-8") if OUTPUT.exists() else ""
        if current != text:
            print(f"{OUTPUT} is out of date", file=sys.stderr)
            return 1
        return 0
    OUTPUT.parent.mkdir(parents=True, exist_ok=True)
    OUTPUT.write_text(text, encoding="utf-8", newline="\n")
    print(f"wrote {OUTPUT} ({len(text.encode('utf-8'))} bytes)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
