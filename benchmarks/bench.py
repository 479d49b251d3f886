"""Print how long shpolicy takes: import, parse of each corpus notice, a 5 MB input.

Run ``python benchmarks/bench.py``.  Figures are medians of repeated runs on
this machine; they are printed, never asserted.  Goals: ``import shpolicy``
under 0.3 s, the 2024 notice parsed in under 10 ms in-process, a 5 MB input
in seconds.
"""

from __future__ import annotations

import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CORPORA = ROOT / "corpora"


def _median_process(code: str, runs: int = 7) -> float:
    times = []
    for _ in range(runs):
        t0 = time.perf_counter()
        subprocess.run([sys.executable, "-c", code], check=True)
        times.append(time.perf_counter() - t0)
    return statistics.median(times)


def _median_call(fn: object, runs: int) -> float:
    times = []
    for _ in range(runs):
        t0 = time.perf_counter()
        fn()  # type: ignore[operator]
        times.append(time.perf_counter() - t0)
    return statistics.median(times)


def main() -> None:
    bare = _median_process("pass")
    imported = _median_process("import shpolicy")
    print(f"python start            {bare * 1000:8.1f} ms")
    print(f"import shpolicy         {(imported - bare) * 1000:8.1f} ms  (goal < 300 ms)")

    import shpolicy
    from shpolicy.parsers.body import _measure_units
    from shpolicy.sources import read_source

    for path in sorted(CORPORA.glob("*.txt")):
        src = read_source(path)
        shpolicy.parse(src)  # warm caches (registry, lazy imports)
        # Cold: the unit cache would otherwise answer every repeat of the same text.
        t = _median_call(lambda src=src: (_measure_units.cache_clear(), shpolicy.parse(src)), runs=30)
        n = shpolicy.parse(src)
        count = sum(1 for _ in n.iter_measures())
        print(f"parse {path.name:40s} {t * 1000:8.2f} ms  {len(src.text):7d} chars  {count:3d} measures")

    seed = (CORPORA / "2024-digital-trade.zh.txt").read_text(encoding="utf-8")
    big = (seed * (5_000_000 // len(seed.encode("utf-8")) + 1)).encode("utf-8")
    t0 = time.perf_counter()
    n = shpolicy.parse(big)
    elapsed = time.perf_counter() - t0
    print(
        f"parse 5 MB input                           {elapsed:8.2f} s   "
        f"{len(big) / 1e6:.1f} MB, {sum(1 for _ in n.iter_measures())} measures"
    )


if __name__ == "__main__":
    main()
