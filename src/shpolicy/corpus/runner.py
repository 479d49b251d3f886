"""A corpus run from start to end: find the files, skip the unchanged, parse, write, sum up.

:func:`run_corpus` is what ``shpolicy corpus`` calls.  The main process only
lists and hashes files (to skip those whose sha256 ``OUT/`` already holds) and
writes the tables; parsing happens in the engine's workers.
"""

from __future__ import annotations

import sys
import time
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any, TextIO

from ..sources import Errors, sha256_hex
from .discovery import STDIN, Problem, discover
from .engines import ENGINES, Task
from .versions import group_versions, pair_by_doc_number
from .writers import TableStore, read_column, write_csv

if TYPE_CHECKING:
    from ..schema import Language

__all__ = ["Summary", "run_corpus"]


@dataclass
class Summary:
    """What a run did: files parsed, unchanged and failed, rows per table, time per stage."""

    parsed: int = 0
    unchanged: int = 0
    failed: list[tuple[str, str]] = field(default_factory=list)
    rows: dict[str, int] = field(default_factory=dict)
    stages: dict[str, float] = field(default_factory=dict)

    def timings(self) -> str:
        """Seconds per stage, e.g. ``discover 0.10 s, parse 9.80 s, write 0.40 s``."""
        return ", ".join(f"{stage} {seconds:.2f} s" for stage, seconds in self.stages.items())

    def line(self, out: str | Path) -> str:
        """The summary line printed at the end of a run."""
        rows = self.rows
        tail = "" if not rows else (
            f"; {rows.get('notices', 0)} notices, {rows.get('measures', 0)} measures, "
            f"{rows.get('units', 0)} units, {rows.get('alignments', 0)} alignment pairs in {out}"
        )
        seconds = sum(self.stages.values())
        return (f"{self.parsed} parsed, {self.unchanged} unchanged, {len(self.failed)} failed"
                f"{tail} ({seconds:.1f} s)")


def _hash(path: str) -> str | None:
    try:
        return sha256_hex(Path(path).read_bytes())
    except OSError:
        return None  # the worker's reader says what is wrong with it


def _chunks(groups: list[tuple[str, ...]], jobs: int) -> list[Task]:
    # Tasks big enough that pool overhead is small, small enough to balance the workers.
    size = max(1, min(16, len(groups) // max(jobs * 8, 1)))
    return [groups[i:i + size] for i in range(0, len(groups), size)]


def _known_versions(out: Path, unchanged: set[str]) -> list[tuple[str, str, str | None]]:
    # What an earlier run read of the files left alone by this one: their language and number.
    table = out / "notices.parquet"
    paths, languages, numbers = (read_column(table, c) for c in ("path", "language", "doc_number"))
    return [v for v in zip(paths, languages, numbers) if v[0] in unchanged]


def _progress(total: int, stream: TextIO) -> Callable[[int], None]:
    if not stream.isatty():
        return lambda n: None
    try:
        from tqdm import tqdm
    except ImportError:
        return lambda n: None
    bar = tqdm(total=total, unit="file", file=stream, leave=False)
    return lambda n: bar.update(n) if n else bar.close()


def run_corpus(
    inputs: Iterable[str | Path],
    out: str | Path,
    *,
    jobs: int = 1,
    engine: str = "local",
    scheduler: str | None = None,
    csv: bool = False,
    lang: Language | None = None,
    errors: Errors = "strict",
    report: Callable[[str, str], None] | None = None,
    progress: TextIO | None = None,
) -> Summary:
    """Parse the notices ``inputs`` name into the tables of ``out``; see :class:`Summary`.

    ``report(path, problem)`` is called for each input that could not be used.  ``errors``
    is how text files are decoded, as :func:`shpolicy.parse` takes it.
    """
    summary = Summary()
    started = time.perf_counter()
    known = set(read_column(Path(out) / "notices.parquet", "sha256"))
    paths: list[str] = []
    for entry in discover(inputs):
        if isinstance(entry, Problem) or entry == STDIN:
            problem = entry.problem if isinstance(entry, Problem) else "a corpus is read from files"
            summary.failed.append((str(getattr(entry, "path", entry)), problem))
            if report:
                report(*summary.failed[-1])
            continue
        paths.append(entry)
    todo: list[tuple[str, ...]] = []
    unchanged_alone: set[str] = set()
    for group in group_versions(paths):
        if all(_hash(p) in known for p in group):
            summary.unchanged += len(group)
            if len(group) == 1:
                unchanged_alone.add(group[0])
        else:
            todo.append(group)
    summary.stages["discover"] = time.perf_counter() - started

    if todo:
        started = time.perf_counter()
        store = TableStore(out, replaced=[p for g in todo for p in g])
        tick = _progress(sum(len(g) for g in todo), progress or sys.stderr)
        results: Iterator[Any] = ENGINES[engine](_chunks(todo, jobs), jobs=jobs, lang=lang,
                                                  errors=errors, scheduler=scheduler)
        writing = 0.0
        alone: list[tuple[str, str, str | None]] = []
        try:
            for result in results:
                t0 = time.perf_counter()
                store.add(result.rows)
                writing += time.perf_counter() - t0
                summary.parsed += result.parsed
                alone.extend(result.versions)
                for failure in result.errors:
                    summary.failed.append(failure)
                    if report:
                        report(*failure)
                tick(result.parsed + len(result.errors))
            # Versions that only their document numbers pair, one of them parsed in this run.
            fresh = {path for path, _, _ in alone}
            late = [
                g for g in pair_by_doc_number(alone + _known_versions(Path(out), unchanged_alone))
                if fresh.intersection(g)
            ]
            if late:
                store.pairs_again(p for g in late for p in g[1:])
                for result in ENGINES[engine](_chunks(late, jobs), jobs=jobs, lang=lang,
                                              errors=errors, scheduler=scheduler,
                                              pairs_only=True):
                    store.add(result.rows)
                    for failure in result.errors:
                        summary.failed.append(failure)
                        if report:
                            report(*failure)
        except BaseException:
            store.abort()
            raise
        finally:
            tick(0)
        t0 = time.perf_counter()
        summary.rows = store.close()
        writing += time.perf_counter() - t0
        summary.stages["parse"] = time.perf_counter() - started - writing
        summary.stages["write"] = writing
    if csv and (todo or not (Path(out) / "notices.csv").exists()) and (
        Path(out) / "notices.parquet"
    ).exists():
        started = time.perf_counter()
        write_csv(out)
        summary.stages["csv"] = time.perf_counter() - started
    return summary
