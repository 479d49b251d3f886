"""How fast a corpus goes through shpolicy, and how much memory it takes.

Run ``python benchmarks/bench_corpus.py`` (2,000 files) or ``--files 10000``
for the full run.  It generates a corpus from ``corpora/`` (the seeds, their
variants and ``corpora/real/*.md``), each file changed by a line of its own so
that no two are equal, runs ``shpolicy corpus --jobs 2`` on it as a whole
process, and prints throughput, the peak memory of the largest process and the
time of each stage; then the 2024 notice parsed in-process, ``import
shpolicy``, ``shpolicy check`` as a whole process, and parse time against input
size.  Each figure is printed beside its goal; none is asserted.
"""

from __future__ import annotations

import argparse
import compileall
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CORPORA = ROOT / "corpora"
SHPOLICY = [sys.executable, "-m", "shpolicy"]
STAGES = ("corpus", "parse", "import", "check", "size")


def _seeds() -> list[Path]:
    seeds = sorted(CORPORA.glob("*.txt"))
    seeds += sorted(p for p in CORPORA.glob("real/*.md") if p.name != "README.md")
    seeds += sorted(p for p in (CORPORA / "variants").iterdir() if p.suffix in (".txt", ".md", ".html"))
    return seeds


def generate(folder: Path, files: int) -> None:
    """``files`` notices in ``folder``, in subfolders of 500, no two alike."""
    seeds = [(p, p.read_bytes()) for p in _seeds()]
    for i in range(files):
        path, data = seeds[i % len(seeds)]
        # An ASCII line keeps every encoding valid (GB 18030, UTF-8 with BOM); HTML and
        # Markdown take it as a comment.
        mark = f"<!-- copy {i} -->" if path.suffix in (".md", ".html") else f"copy {i}"
        target = folder / f"{i // 500:03d}" / f"{i:05d}-{path.name.replace('.', '-', 1)}"
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(data.rstrip() + f"\n\n{mark}\n".encode("ascii"))


def _median_process(argv: list[str], runs: int = 7) -> float:
    times = []
    for _ in range(runs):
        t0 = time.perf_counter()
        subprocess.run(argv, check=False, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        times.append(time.perf_counter() - t0)
    return statistics.median(times)


def _row(name: str, value: str, goal: str) -> None:
    print(f"{name:44s} {value:>14s}   goal {goal}")


def corpus_run(files: int, jobs: int) -> None:
    with tempfile.TemporaryDirectory(prefix="shpolicy-bench-") as tmp:
        folder, out = Path(tmp) / "in", Path(tmp) / "out"
        t0 = time.perf_counter()
        generate(folder, files)
        made = time.perf_counter() - t0
        t0 = time.perf_counter()
        done = subprocess.run(
            [*SHPOLICY, "corpus", str(folder), "-o", str(out), "--jobs", str(jobs), "--timings"],
            capture_output=True, text=True, check=False,
        )
        seconds = time.perf_counter() - t0
        peak_mb = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
        lines = done.stderr.strip().splitlines()
        print(f"corpus of {files} files generated in {made:.1f} s")
        for line in lines[-2:]:
            print(f"  {line}")
        _row(f"shpolicy corpus --jobs {jobs}", f"{files / seconds:.0f} notices/s", ">= 200 notices/s")
        _row("  peak memory (largest process)", f"{peak_mb:.0f} MB", "flat in corpus size")
        t0 = time.perf_counter()
        again = subprocess.run([*SHPOLICY, "corpus", str(folder), "-o", str(out)],
                               capture_output=True, text=True, check=False)
        print(f"  second run: {again.stderr.strip().splitlines()[-1]} "
              f"in {time.perf_counter() - t0:.1f} s")
        shutil.rmtree(folder)


def in_process(only: set[str]) -> None:
    import shpolicy
    from shpolicy.sources import read_source

    if "parse" in only:
        src = read_source(CORPORA / "2024-digital-trade.zh.txt")
        shpolicy.parse(src)
        times = []
        for _ in range(20):
            t0 = time.perf_counter()
            shpolicy.parse(src)
            times.append(time.perf_counter() - t0)
        _row("parse 2024 notice in-process (median of 20)",
             f"{statistics.median(times) * 1000:.1f} ms", "<= 5 ms")

    if "import" in only:
        bare = _median_process([sys.executable, "-c", "pass"])
        imported = _median_process([sys.executable, "-c", "import shpolicy"])
        _row("import shpolicy over python -c pass", f"{(imported - bare) * 1000:.0f} ms",
             "<= 150 ms")
    if "check" in only:
        pydantic = _median_process([sys.executable, "-c", "import pydantic"])
        check = _median_process([*SHPOLICY, "check", str(CORPORA / "2024-digital-trade.zh.txt"),
                                 str(CORPORA / "2024-digital-trade.ko.txt")])
        _row("shpolicy check zh ko over import pydantic", f"{(check - pydantic) * 1000:.0f} ms",
             "<= 300 ms")

    if "size" not in only:
        return
    seed = (CORPORA / "2024-digital-trade.zh.txt").read_text(encoding="utf-8")
    per_mb = []
    for mb in (1, 5, 20):
        text = seed * (mb * 1_000_000 // len(seed.encode("utf-8")) + 1)
        t0 = time.perf_counter()
        shpolicy.parse_text(text)
        seconds = time.perf_counter() - t0
        per_mb.append(seconds / mb)
        _row(f"parse {mb} MB (the 2024 notice repeated)", f"{seconds:.2f} s",
             f"linear ({seconds / mb:.2f} s/MB)")
    _row("  growth of s/MB from 1 to 20 MB", f"x{per_mb[-1] / per_mb[0]:.1f}", "x1.0 (linear)")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--files", type=int, default=2000, help="notices to generate (default 2000)")
    parser.add_argument("--jobs", type=int, default=2)
    parser.add_argument("--only", default=",".join(STAGES),
                        help=f"comma-separated figures to measure, of {','.join(STAGES)} (default all)")
    args = parser.parse_args()
    only = set(args.only.split(","))
    if not only <= set(STAGES):
        parser.error(f"--only takes {','.join(STAGES)}")
    # An installed package has its bytecode compiled by pip; a checkout run with
    # PYTHONDONTWRITEBYTECODE set would otherwise compile every module in every process.
    compileall.compile_dir(ROOT / "src" / "shpolicy", quiet=1)
    if "corpus" in only:
        corpus_run(args.files, args.jobs)
    in_process(only)


if __name__ == "__main__":
    main()
