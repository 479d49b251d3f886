"""Print how long aligning and checking take; figures are printed, never asserted.

Run ``python benchmarks/bench_align.py``.  Goals:

* ``shpolicy check`` of the 2024 Chinese notice against its Korean version,
  as a whole process, within 0.5 s of a bare Python start that imports
  pydantic (medians of several runs);
* aligning two synthetic versions of 1,000 measures each in under 1 s.

The synthetic versions repeat the 14 translated measures of the 2024 notice
(Chinese against Korean, the costliest pair of languages: every measure is
read in Sino-Korean) up to 1,000 measures numbered 1–1,000; the translation
drops every 97th measure and adds an unrelated one every 89th, so the
alignment has skips to find all along.
"""

from __future__ import annotations

import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CORPORA = ROOT / "corpora"


def _median_process(argv: list[str], runs: int = 7) -> float:
    times = []
    for _ in range(runs):
        t0 = time.perf_counter()
        subprocess.run(argv, check=False, stdout=subprocess.DEVNULL, cwd=ROOT)
        times.append(time.perf_counter() - t0)
    return statistics.median(times)


def _synthetic(size: int) -> tuple[object, object]:
    import shpolicy
    from shpolicy.schema import Measure, Notice, Section, Span

    zh = shpolicy.parse(CORPORA / "2024-digital-trade.zh.txt")
    ko = shpolicy.parse(CORPORA / "2024-digital-trade.ko.txt")
    zh_measures = list(zh.iter_measures())[:14]
    ko_measures = list(ko.iter_measures())[:14]
    extra = ko_measures[0].model_copy(
        update={
            "text": "해외 인재 유치 지원. 해외 고급 인재의 창업을 위한 주택 보조금을 지급한다.",
            "title": "해외 인재 유치 지원",
        }
    )

    def build(template: Notice, picks: list[Measure]) -> Notice:
        measures = [
            m.model_copy(update={"id": f"1.{n}", "number": n, "span": Span(start=0, end=0, line=n)})
            for n, m in enumerate(picks, 1)
        ]
        section = Section(
            id="1", number=1, label="一、", style="cjk-plain", title="", text="",
            measures=measures, span=Span(start=0, end=0, line=1),
        )  # fmt: skip
        return template.model_copy(update={"sections": [section], "removals": [], "warnings": []})

    source_picks = [zh_measures[n % 14] for n in range(size)]
    target_picks: list[Measure] = []
    for n in range(size):
        if n % 89 == 88:
            target_picks.append(extra)
        if n % 97 != 96:
            target_picks.append(ko_measures[n % 14])
    return build(zh, source_picks), build(ko, target_picks)


def main() -> None:
    zh = str(CORPORA / "2024-digital-trade.zh.txt")
    ko = str(CORPORA / "2024-digital-trade.ko.txt")
    bare = _median_process([sys.executable, "-c", "import pydantic"])
    whole = _median_process([sys.executable, "-m", "shpolicy", "check", zh, ko])
    print(f"python -c 'import pydantic'      {bare * 1000:8.1f} ms")
    print(
        f"shpolicy check zh ko (process)   {whole * 1000:8.1f} ms  "
        f"(+{(whole - bare) * 1000:.1f} ms; goal within 500 ms)"
    )

    from shpolicy import align

    source, target = _synthetic(1000)
    align(source, target)  # type: ignore[arg-type]  # warm: OpenCC, the reading table
    times = []
    for _ in range(5):
        t0 = time.perf_counter()
        alignment = align(source, target)  # type: ignore[arg-type]
        times.append(time.perf_counter() - t0)
    skipped = sum(1 for p in alignment.pairs if p.link != "1-1")
    print(
        f"align 1,000 × {len(list(target.iter_measures()))} measures (zh ↔ ko)  "  # type: ignore[attr-defined]
        f"{statistics.median(times) * 1000:8.1f} ms  ({skipped} unpaired; goal < 1000 ms)"
    )


if __name__ == "__main__":
    main()
