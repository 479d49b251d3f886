"""Where the tasks of a corpus run execute: in this process, a process pool, or a Dask cluster.

Every engine takes tasks (lists of groups of paths) and yields their
:class:`~.rows.Result` in task order.  At most a few tasks per worker are in
flight, so results never pile up waiting for the writer and memory stays flat
however large the corpus.  The process pool is :mod:`concurrent.futures`; the
distributed engine is :mod:`dask.distributed` (``shpolicy[dask]``), against a
scheduler address or a :class:`~distributed.LocalCluster` started for the run.
"""

from __future__ import annotations

import multiprocessing
from collections import deque
from collections.abc import Iterable, Iterator, Sequence
from typing import TYPE_CHECKING, Any

from ..errors import MissingDependencyError
from .rows import Result, process

if TYPE_CHECKING:
    from ..schema import Language
    from ..sources import Errors

__all__ = ["ENGINES", "run_dask", "run_local"]

Task = Sequence[Sequence[str]]
#: Tasks in flight per worker: enough to keep every worker busy, few enough to stay small.
IN_FLIGHT = 4


def _windowed(submit: Any, tasks: Iterable[Task], width: int) -> Iterator[Result]:
    pending: deque[Any] = deque()
    for task in tasks:
        pending.append(submit(task))
        if len(pending) >= width:
            yield pending.popleft().result()
    while pending:
        yield pending.popleft().result()


def _warm() -> None:
    # Load the parsers and the unit registry once per worker, not in its first task.
    from ..api import parse_text

    parse_text("上海市人民政府办公厅\n关于印发的通知\n一、总体要求\n（一）加强协同。（市商务委负责）\n")


def run_local(tasks: Iterable[Task], *, jobs: int = 1, lang: Language | None = None,
              errors: Errors = "strict", scheduler: str | None = None,
              pairs_only: bool = False) -> Iterator[Result]:
    """Run ``tasks`` here (``jobs`` 1) or in a pool of ``jobs`` processes."""
    if jobs <= 1:
        for task in tasks:
            yield process(task, lang, errors, pairs_only=pairs_only)
        return
    from concurrent.futures import ProcessPoolExecutor

    methods = multiprocessing.get_all_start_methods()
    # fork starts a worker in milliseconds with shpolicy already imported.
    context = multiprocessing.get_context("fork" if "fork" in methods else None)
    with ProcessPoolExecutor(jobs, mp_context=context, initializer=_warm) as pool:
        yield from _windowed(
            lambda t: pool.submit(process, t, lang, errors, pairs_only=pairs_only), tasks,
            jobs * IN_FLIGHT,
        )


def run_dask(tasks: Iterable[Task], *, jobs: int = 1, lang: Language | None = None,
             errors: Errors = "strict", scheduler: str | None = None,
             pairs_only: bool = False) -> Iterator[Result]:
    """Run ``tasks`` on the Dask cluster at ``scheduler``, or on a LocalCluster of ``jobs`` workers."""
    try:
        from distributed import Client, LocalCluster
    except ImportError:
        raise MissingDependencyError(
            "--engine dask needs dask.distributed; install it with `pip install 'shpolicy[dask]'`"
        ) from None
    cluster = None
    if scheduler is None:
        cluster = LocalCluster(n_workers=max(jobs, 1), threads_per_worker=1,
                               dashboard_address=None)
    try:
        with Client(scheduler or cluster) as client:
            width = IN_FLIGHT * max(len(client.scheduler_info().get("workers", {})), 1)
            yield from _windowed(
                lambda t: client.submit(process, t, lang, errors, pairs_only=pairs_only, pure=False),
                tasks,
                width,
            )
    finally:
        if cluster is not None:
            cluster.close()


ENGINES = {"local": run_local, "dask": run_dask}
