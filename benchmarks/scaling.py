"""Time and memory against input size: realistic, mixed and pathological text.

    python benchmarks/scaling.py --sizes 1 5 20 50 [--kinds realistic mixed pathological]

Inputs, each repeated to the size asked for (MB of UTF-8):

* ``realistic``: the 2024 notice;
* ``mixed``: every notice of the corpus in a fixed order (corpora/*.zh.txt, each
  followed by its en/ko versions where there are any, then corpora/real/*.md);
* ``pathological``: one measure of short lines, page numbers, bare markers and
  unclosed brackets.

Each (kind, size) runs in a fresh subprocess, so that peak memory is the
process's peak resident set (``ru_maxrss``) and nothing is left from the run
before; no tracemalloc, so the timing is the real one.  Printed per run: seconds,
seconds per MB, peak RSS above the RSS after imports and a warm-up parse of the
corpus's first notices (and the absolute peak), and the growth of seconds per MB from the smallest size; each
beside its goal: at 50 MB under 60 s and under 1 GB, growth at most 2x.
"""

from __future__ import annotations

import argparse
import json
import resource
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
MB = 1 << 20
KINDS = ("realistic", "mixed", "pathological")
GOAL_MB = 50  # the size the goals below are set for
GOAL_SECONDS = 60.0
GOAL_PEAK_MB = 1024.0
GOAL_GROWTH = 2.0


def _repeat(unit: bytes, size: int) -> bytes:
    return unit * max(1, size // len(unit))


def realistic(size: int) -> bytes:
    one = (ROOT / "corpora" / "2024-digital-trade.zh.txt").read_bytes()
    return _repeat(one + b"\n", size)


def mixed_files() -> list[Path]:
    """The corpus's notices in the order the mixed input concatenates them."""
    corpora = ROOT / "corpora"
    files: list[Path] = []
    for zh in sorted(corpora.glob("*.zh.txt")):
        files.append(zh)
        stem = zh.name.removesuffix(".zh.txt")
        files.extend(p for lang in ("en", "ko") if (p := corpora / f"{stem}.{lang}.txt").exists())
    for md in sorted((corpora / "real").glob("*.md")):
        if md.name == "README.md":
            continue
        files.append(md)
        stem = md.name.removesuffix(".zh.md")
        files.extend(
            p for lang in ("en", "ko") if (p := md.with_name(f"{stem}.{lang}.md")).exists()
        )
    return files


def mixed(size: int) -> bytes:
    """Whole notices, the corpus again and again, up to ``size`` (at least one notice)."""
    notices = [p.read_bytes().rstrip(b"\n") + b"\n\n" for p in mixed_files()]
    unit = b"".join(notices)
    parts = [unit] * (size // len(unit))
    filled = len(unit) * len(parts)
    for notice in notices:
        if parts and filled + len(notice) > size:
            break
        parts.append(notice)
        filled += len(notice)
    return b"".join(parts)


def pathological(size: int) -> bytes:
    head = "一、总则\n（一）甲项工作。\n"
    unit = "内容。\n— 4 —\n（一）\n甲（乙（丙\n"
    return (head + unit * max(1, (size - len(head.encode())) // len(unit.encode()))).encode()


MAKERS = {"realistic": realistic, "mixed": mixed, "pathological": pathological}


def _max_rss_mb() -> float:
    # ru_maxrss is in KiB on Linux (bytes on macOS).
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return rss / MB if sys.platform == "darwin" else rss / 1024


def run_one(kind: str, mb: float) -> dict[str, float]:
    """One parse in this process: seconds and peak RSS (MB) of a ``kind`` input of ``mb`` MB."""
    from shpolicy.api import parse

    # Imports and caches out of the timing and of the baseline: the first notices of
    # the corpus, an attachment table among them (its linking imports rapidfuzz).
    parse(mixed(200_000))
    base = _max_rss_mb()
    data = MAKERS[kind](int(mb * MB))
    started = time.perf_counter()
    parse(data)
    took = time.perf_counter() - started
    peak = _max_rss_mb()
    return {"mb": len(data) / MB, "seconds": took, "peak": peak - base, "peak_abs": peak}


def _goal(ok: bool) -> str:
    return "ok" if ok else "MISS"


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--sizes", type=float, nargs="+", default=[1, 5, 20, 50])
    ap.add_argument("--kinds", nargs="+", choices=KINDS, default=list(KINDS))
    ap.add_argument("--one", nargs=2, metavar=("KIND", "MB"), help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.one:
        print(json.dumps(run_one(args.one[0], float(args.one[1]))))
        return
    print(
        f"goals at {GOAL_MB} MB: < {GOAL_SECONDS:.0f} s, peak RSS < {GOAL_PEAK_MB / 1024:.0f} GB; "
        f"s/MB growth <= {GOAL_GROWTH:.0f}x from the smallest size"
    )
    for kind in args.kinds:
        first: float | None = None
        for mb in args.sizes:
            out = subprocess.run(
                [sys.executable, __file__, "--one", kind, str(mb)],
                check=True,
                capture_output=True,
                text=True,
            ).stdout
            r = json.loads(out.splitlines()[-1])
            per = r["seconds"] / r["mb"]
            first = first or per
            growth = per / first
            goals = f"growth {_goal(growth <= GOAL_GROWTH)}"
            if mb >= GOAL_MB:
                goals = (
                    f"time {_goal(r['seconds'] < GOAL_SECONDS)}, "
                    f"memory {_goal(r['peak_abs'] < GOAL_PEAK_MB)}, {goals}"
                )
            print(
                f"{kind:12} {r['mb']:6.1f} MB  {r['seconds']:8.2f} s  {per:5.2f} s/MB  "
                f"peak RSS +{r['peak']:6.0f} MB ({r['peak_abs']:6.0f} MB, "
                f"{r['peak'] / r['mb']:5.1f} MB/MB)  growth x{growth:.2f}  [{goals}]",
                flush=True,
            )


if __name__ == "__main__":
    main()
