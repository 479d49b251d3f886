"""Input shapes that once made a stage quadratic, timed at the sizes they were found at.

    python benchmarks/shapes.py [--repeat 3]

Each shape is parsed at its size and at a quarter of it; the script prints
the seconds of each, their ratio (about 4 when the time is linear in the
input, 16 when it is quadratic) and the seconds per 100 KB, beside the goals:
every case under 1 s, a ratio of at most 6.  ``tests/test_fuzz.py`` parses
the same shapes, smaller, for what they must give (a notice whose blocks
partition the text, or a ``ShpolicyError``), never for time.
"""

from __future__ import annotations

import argparse
import time
from collections.abc import Callable

#: name → (text of ``n`` repeats, ``n`` at the size the shape was found at).
SHAPES: dict[str, tuple[Callable[[int], str], int]] = {
    # One measure over many lines: its unit clause was looked for again on each line.
    "long-measure": (lambda n: "一、总则\n（一）甲项工作。\n" + "内容。\n" * n, 8_000),
    # Page-number lines between lines of one measure.
    "page-numbers": (lambda n: "一、总则\n（一）甲项工作。\n" + "内容。\n— 4 —\n" * n, 10_000),
    # One number repeated: each new id was searched for by counting up again.
    "bare-markers": (lambda n: "（一）\n" * n, 10_000),
    # Many markers of one style.
    "arabic-markers": (lambda n: "".join(f"{i}.事项。\n" for i in range(1, n + 1)), 10_000),
    # Unclosed brackets: each rescanned the text after it.
    "unclosed-brackets": (lambda n: "一、总则\n（一）甲" + "（" * n + "\n", 100_000),
}


def _seconds(text: str, repeat: int) -> float:
    from shpolicy.api import parse_text
    from shpolicy.errors import ShpolicyError

    best = float("inf")
    for _ in range(repeat):
        started = time.perf_counter()
        try:
            parse_text(text)
        except ShpolicyError:
            pass
        best = min(best, time.perf_counter() - started)
    return best


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--repeat", type=int, default=3, help="runs per case; the best is kept")
    args = ap.parse_args()
    _seconds("一、总则\n（一）甲项工作。\n", 1)  # imports and caches out of the timing
    print(f"{'shape':18} {'size':>9} {'seconds':>8} {'quarter':>8} {'ratio':>6} {'s/100KB':>8}   goals")
    worst = 0.0
    for name, (make, n) in SHAPES.items():
        text = make(n)
        full, quarter = _seconds(text, args.repeat), _seconds(make(n // 4), args.repeat)
        size = len(text.encode("utf-8"))
        ratio = full / max(quarter, 1e-9)
        worst = max(worst, full)
        print(f"{name:18} {size / 1024:7.0f}KB {full:8.3f} {quarter:8.3f} {ratio:6.1f} "
              f"{full / (size / 102_400):8.3f}   < 1 s, ratio <= 6: "
              f"{'ok' if full < 1 and ratio <= 6 else 'NOT MET'}")
    print(f"slowest case: {worst:.3f} s (goal < 1 s)")


if __name__ == "__main__":
    main()
