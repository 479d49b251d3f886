"""Print how fast PDFs are read: pages per second, next to pdfplumber's own ``extract_text``.

Run ``python benchmarks/bench_pdf.py`` (``--profile`` adds where the time goes).
For each test PDF (a GB/T 9704 notice, a web print-out, a ruled task table)
it prints the median over repeated runs of

* ``shpolicy``: :func:`shpolicy.sources.pdf.read_pdf_bytes`, the whole reader:
  glyphs and rules, furniture, paragraphs and ruled tables;
* ``pdfplumber``: ``page.extract_text()`` on every page, the baseline (a text
  stream only: no paragraphs, no tables, doubled glyphs and page numbers left in);
* ``pdfplumber tables``: ``page.extract_tables()`` where the page has tables.

Figures are printed, never asserted.  The goal: the reader faster than the
baseline.
"""

from __future__ import annotations

import cProfile
import io
import pstats
import statistics
import sys
import time
from collections.abc import Callable
from functools import partial
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PDFS = ROOT / "tests" / "pdf"
FILES = (
    "2024-digital-trade.zh.pdf",
    "2019-digital-trade-action-plan.zh.pdf",
    "2020-service-trade-pilot.table.pdf",
)


def _median(fn: Callable[[], object], runs: int) -> float:
    times = []
    for _ in range(runs):
        t0 = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t0)
    return statistics.median(times)


def _plumber_text(data: bytes) -> None:
    import pdfplumber

    with pdfplumber.open(io.BytesIO(data)) as pdf:
        for page in pdf.pages:
            page.extract_text()


def _plumber_tables(data: bytes) -> None:
    import pdfplumber

    with pdfplumber.open(io.BytesIO(data)) as pdf:
        for page in pdf.pages:
            page.extract_tables()


def main(argv: list[str]) -> int:
    from shpolicy.sources.pdf import read_pdf_bytes

    runs = 7
    print(f"{'file':42s} {'pages':>5s} {'shpolicy':>12s} {'pdfplumber':>12s} {'speed-up':>8s}")
    for name in FILES:
        data = (PDFS / name).read_bytes()
        pages = int(read_pdf_bytes(data, name).metadata["pdf.pages"])
        ours = _median(partial(read_pdf_bytes, data, name), runs)
        base = _median(partial(_plumber_text, data), runs)
        print(
            f"{name:42s} {pages:5d} {pages / ours:8.1f} p/s {pages / base:8.1f} p/s "
            f"{base / ours:7.1f}x"
        )
        if "table" in name:
            tables = _median(partial(_plumber_tables, data), 3)
            print(
                f"{'  pdfplumber extract_tables':42s} {pages:5d} {'':12s} {pages / tables:8.1f} p/s"
            )
    if "--profile" in argv:
        for name in FILES:
            data = (PDFS / name).read_bytes()
            profile = cProfile.Profile()
            profile.enable()
            for _ in range(5):
                read_pdf_bytes(data, name)
            profile.disable()
            print(f"\n--- {name}")
            pstats.Stats(profile).sort_stats("cumulative").print_stats(18)
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
