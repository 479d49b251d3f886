"""Time and memory against input size: realistic and pathological text.

    python benchmarks/scaling.py --sizes 1 5 20 50

The 2024 notice repeated to each size (MB of UTF-8), and a pathological text
of the same size (one measure of short lines, page numbers, bare markers and
unclosed brackets).  Prints seconds, peak memory (tracemalloc) and seconds per
MB for each, and the growth ratio of seconds per MB from the smallest size.
"""

from __future__ import annotations

import argparse
import time
import tracemalloc
from pathlib import Path

from shpolicy.api import parse

ROOT = Path(__file__).resolve().parent.parent
MB = 1 << 20


def realistic(size: int) -> bytes:
    one = (ROOT / "corpora" / "2024-digital-trade.zh.txt").read_bytes()
    return (one + b"\n") * max(1, size // (len(one) + 1))


def pathological(size: int) -> bytes:
    head = "一、总则\n（一）甲项工作。\n"
    unit = "内容。\n— 4 —\n（一）\n甲（乙（丙\n"
    return (head + unit * max(1, (size - len(head.encode())) // len(unit.encode()))).encode()


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--sizes", type=float, nargs="+", default=[1, 5, 20, 50])
    ap.add_argument("--no-memory", action="store_true", help="skip tracemalloc (it slows parsing)")
    args = ap.parse_args()
    parse(realistic(1))  # imports and caches out of the timing
    for name, make in (("realistic", realistic), ("pathological", pathological)):
        first: float | None = None
        for mb in args.sizes:
            data = make(int(mb * MB))
            if not args.no_memory:
                tracemalloc.start()
            started = time.perf_counter()
            parse(data)
            took = time.perf_counter() - started
            peak = tracemalloc.get_traced_memory()[1] / MB if not args.no_memory else float("nan")
            if not args.no_memory:
                tracemalloc.stop()
            per = took / (len(data) / MB)
            first = first or per
            print(
                f"{name:12} {len(data) / MB:6.1f} MB  {took:8.2f} s  peak {peak:8.0f} MB  "
                f"{per:6.2f} s/MB  growth x{per / first:.2f}",
                flush=True,
            )


if __name__ == "__main__":
    main()
