"""Writing corpus tables: Parquet files streamed in batches, merged with an earlier run.

:class:`TableStore` owns ``OUT/``.  Rows arrive task by task and are written
in record batches, so memory holds one batch per table, never the corpus.
When ``OUT/`` already holds tables, the new files are written beside them:
the earlier rows are copied batch by batch (dropping those of files parsed
again) before the new ones, and each table replaces the old one only when the
run closes, so an interrupted run leaves the earlier tables whole.  The tables
of pairs (alignments, findings) copy their earlier rows last, when the run
closes: versions paired by document number are known only then, and a pair
found again replaces its earlier rows, as does a pair whose source was parsed
again.  CSV copies
(``--csv``) are made from the finished Parquet files.
"""

from __future__ import annotations

import csv
import datetime
import json
import os
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from ..errors import MissingDependencyError, OutputError
from .columns import TABLES, Column

__all__ = ["BATCH_ROWS", "TableStore", "arrow_schema", "require_pyarrow"]

#: Rows of a table buffered before they are written as one record batch.
BATCH_ROWS = 4096
#: Tables of pairs of notices: keyed by the translation, naming the source in ``source_path``.
PAIR_TABLES = frozenset({"alignments", "findings"})


def require_pyarrow() -> Any:
    """The ``pyarrow`` module, or a clear error naming the extra that installs it."""
    try:
        import pyarrow
        import pyarrow.parquet
    except ImportError:
        raise MissingDependencyError(
            "writing tables needs pyarrow; install it with `pip install 'shpolicy[corpus]'`"
        ) from None
    return pyarrow


def _arrow_type(pa: Any, name: str) -> Any:
    if name.startswith("list<"):
        return pa.list_(_arrow_type(pa, name[5:-1]))
    return {
        "string": pa.string(),
        "int64": pa.int64(),
        "float64": pa.float64(),
        "bool": pa.bool_(),
        "date": pa.date32(),
    }[name]


def arrow_schema(table: str) -> Any:
    """The pyarrow schema of ``table`` (see :mod:`.columns`)."""
    pa = require_pyarrow()
    return pa.schema([pa.field(c.name, _arrow_type(pa, c.type)) for c in TABLES[table]])


def read_column(path: Path, column: str) -> list[Any]:
    """One column of a Parquet file, or nothing if the file is absent."""
    if not path.exists():
        return []
    pq = require_pyarrow().parquet
    values: list[Any] = pq.read_table(path, columns=[column]).column(column).to_pylist()
    return values


class _Table:
    def __init__(self, store: TableStore, name: str) -> None:
        self.name, self.store = name, store
        self.schema = arrow_schema(name)
        self.final = store.out / f"{name}.parquet"
        self.partial = store.out / f".{name}.parquet.partial"
        self.buffer: list[tuple[Any, ...]] = []
        self.rows = 0
        pq = store.pa.parquet
        self.writer = pq.ParquetWriter(self.partial, self.schema, compression="zstd")
        self.pairs = name in PAIR_TABLES
        if self.final.exists() and not self.pairs:
            self._copy_earlier()

    def _dropped(self, table: Any) -> Any:
        pc, pa = self.store.pa.compute, self.store.pa
        drop = self.store.replaced | (self.store.repaired if self.pairs else set())
        if not drop:
            return None
        mask = pc.is_in(table.column("path"), value_set=pa.array(sorted(drop)))
        if self.pairs and self.store.replaced:
            sources = pa.array(sorted(self.store.replaced))
            mask = pc.or_(mask, pc.is_in(table.column("source_path"), value_set=sources))
        return mask

    def _copy_earlier(self) -> None:
        pa, pq = self.store.pa, self.store.pa.parquet
        for batch in pq.ParquetFile(self.final).iter_batches(batch_size=BATCH_ROWS):
            table = pa.Table.from_batches([batch])
            mask = self._dropped(table)
            if mask is not None:
                table = table.filter(pa.compute.invert(mask))
            try:
                table = table.select(self.schema.names).cast(self.schema)
            except (KeyError, pa.ArrowInvalid, pa.ArrowNotImplementedError):
                raise OutputError(
                    "was written by another version of shpolicy; write to a new directory",
                    self.final,
                ) from None
            self.writer.write_table(table)
            self.rows += table.num_rows

    def add(self, rows: Iterable[tuple[Any, ...]]) -> None:
        self.buffer.extend(rows)
        if len(self.buffer) >= BATCH_ROWS:
            self.flush()

    def flush(self) -> None:
        if not self.buffer:
            return
        pa = self.store.pa
        columns = list(zip(*self.buffer))
        arrays = [pa.array(col, type=f.type) for col, f in zip(columns, self.schema)]
        self.writer.write_batch(pa.RecordBatch.from_arrays(arrays, schema=self.schema))
        self.rows += len(self.buffer)
        self.buffer = []

    def close(self) -> None:
        self.flush()
        if self.pairs and self.final.exists():
            self._copy_earlier()
        self.writer.close()
        os.replace(self.partial, self.final)

    def abort(self) -> None:
        self.writer.close()
        self.partial.unlink(missing_ok=True)


class TableStore:
    """The tables of ``OUT/``: open with the paths about to be parsed again, add, close."""

    def __init__(self, out: str | Path, replaced: Iterable[str] = ()) -> None:
        self.pa = require_pyarrow()
        import pyarrow.compute  # noqa: F401  (filters when merging with an earlier run)

        self.out = Path(out)
        try:
            self.out.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise OutputError(f"cannot be created ({exc.strerror or exc})", out) from None
        self.replaced = set(replaced)
        self.repaired: set[str] = set()
        self.tables: dict[str, _Table] = {}
        try:
            for name in TABLES:
                self.tables[name] = _Table(self, name)
        except OSError as exc:
            self.abort()
            raise OutputError(f"cannot be written ({exc.strerror or exc})", out) from None
        except BaseException:
            self.abort()
            raise

    def add(self, rows: dict[str, list[tuple[Any, ...]]]) -> None:
        """Add the rows of one task, table by table."""
        for name, table_rows in rows.items():
            self.tables[name].add(table_rows)

    def pairs_again(self, translations: Iterable[str]) -> None:
        """The earlier alignments and findings of ``translations`` are to be replaced too."""
        self.repaired.update(translations)

    def close(self) -> dict[str, int]:
        """Finish every table; returns the number of rows each now holds."""
        for table in self.tables.values():
            table.close()
        return {name: t.rows for name, t in self.tables.items()}

    def abort(self) -> None:
        """Leave the earlier tables as they were."""
        for table in self.tables.values():
            table.abort()


def _csv_value(value: Any) -> Any:
    if isinstance(value, list):
        return json.dumps(value, ensure_ascii=False)
    if isinstance(value, datetime.date):
        return value.isoformat()
    return "" if value is None else value


def write_csv(out: str | Path, tables: Iterable[str] = TABLES) -> None:
    """``OUT/<table>.csv`` for every Parquet table of ``OUT/`` (lists as JSON arrays)."""
    pq = require_pyarrow().parquet
    for name in tables:
        source = Path(out) / f"{name}.parquet"
        columns: tuple[Column, ...] = TABLES[name]
        with (Path(out) / f"{name}.csv").open("w", encoding="utf-8", newline="") as handle:
            writer = csv.writer(handle)
            writer.writerow([c.name for c in columns])
            for batch in pq.ParquetFile(source).iter_batches(batch_size=BATCH_ROWS):
                for row in batch.to_pylist():
                    writer.writerow([_csv_value(row[c.name]) for c in columns])
