"""Write tables atomically and as a stream.

Rows go to a temporary file beside the target as they arrive; only
:meth:`TableWriter.close` renames it into place, so an interrupted run never
leaves a half-written table under the real name.  CSV, JSONL and Parquet
share one interface; pandas is not involved (it would gather every row in
memory).
"""

from __future__ import annotations

import csv
import json
import math
import os
import shutil
import tempfile
from pathlib import Path
from typing import Iterable

FORMATS = ("csv", "jsonl", "parquet")

#: Parquet types for columns that hold numbers; every other column is text.
NUMERIC_COLUMNS = {
    "start": "int64", "end": "int64",
    "value": "float64", "value_max": "float64", "confidence": "float64",
    "reported_value": "float64", "deviation": "float64", "fx_rate": "float64",
    "interval_low": "float64", "interval_high": "float64",
}


def format_for(path: Path, explicit: str | None = None) -> str:
    """The table format: explicit, else from the file suffix, else csv."""
    if explicit:
        return explicit
    suffix = path.suffix.lower().lstrip(".")
    if suffix in ("jsonl", "ndjson"):
        return "jsonl"
    if suffix in ("parquet", "pq"):
        return "parquet"
    return "csv"


def _csv_cell(value) -> object:
    if value is None:
        return ""
    if isinstance(value, float):
        if math.isnan(value):
            return ""
        # whole numbers without ".0", others with full precision
        return repr(int(value)) if value.is_integer() and abs(value) < 1e18 else repr(value)
    return value


def _parquet_cell(value, column: str):
    if value is None or value == "":
        return None
    kind = NUMERIC_COLUMNS.get(column)
    if kind == "int64":
        return int(value)
    if kind == "float64":
        return float(value)
    return value if isinstance(value, str) else str(_csv_cell(value))


class TableWriter:
    """Stream rows (dicts) into ``path`` in ``fmt``, atomically.

    ``append=True`` continues an existing table (``--resume``): its rows are
    copied into the temporary file first, so the target is still replaced in
    one rename.
    """

    def __init__(self, path: Path | str, columns: list[str], *, fmt: str | None = None,
                 append: bool = False, keep_partial: bool = False, parquet_batch: int = 2048) -> None:
        self.path = Path(path)
        self.columns = list(columns)
        self.fmt = format_for(self.path, fmt)
        if self.fmt not in FORMATS:
            raise ValueError(f"unknown table format {self.fmt!r}; use one of {', '.join(FORMATS)}")
        self.rows_written = 0
        self._closed = False
        self.path.parent.mkdir(parents=True, exist_ok=True)
        # keep_partial: write to the fixed name PATH.part, which survives an
        # interruption so that --resume can continue it; otherwise a private
        # temporary file that an interruption removes
        self.keep_partial = keep_partial and self.fmt != "parquet"
        if self.keep_partial:
            self._tmp = partial_path(self.path)
        else:
            fd, tmp = tempfile.mkstemp(prefix=f".{self.path.name}.", suffix=".part", dir=self.path.parent)
            os.close(fd)
            self._tmp = Path(tmp)
        self._pending: list[dict] = []
        self._parquet_batch = parquet_batch
        self._parquet_writer = None
        continuing = append and self.keep_partial and self._tmp.exists() and self._tmp.stat().st_size > 0
        existing = append and not continuing and self.path.exists() and self.path.stat().st_size > 0
        if self.fmt == "parquet":
            if existing:
                import pyarrow.parquet as pq

                table = pq.read_table(self.path)
                self._pending.extend(table.to_pylist())
            return
        if existing:
            shutil.copyfile(self.path, self._tmp)
        self._handle = open(self._tmp, "a" if existing or continuing else "w", encoding="utf-8", newline="")
        if self.fmt == "csv":
            # a plain writer fed lists: DictWriter rebuilds a list from each dict
            self._csv = csv.writer(self._handle)
            if not (existing or continuing):
                self._csv.writerow(self.columns)

    def write(self, row: dict) -> None:
        if self.fmt == "csv":
            self._csv.writerow([_csv_cell(row.get(k)) for k in self.columns])
        elif self.fmt == "jsonl":
            record = {k: row.get(k) for k in self.columns}
            self._handle.write(json.dumps(record, ensure_ascii=False) + "\n")
        else:
            self._pending.append({k: row.get(k) for k in self.columns})
            if len(self._pending) >= self._parquet_batch:
                self._flush_parquet()
        self.rows_written += 1

    def write_many(self, rows: Iterable[dict]) -> None:
        for row in rows:
            self.write(row)

    def flush(self) -> None:
        if self.fmt == "parquet":
            self._flush_parquet()
        else:
            self._handle.flush()

    def tell(self) -> int:
        """Bytes written so far (CSV/JSONL), after a flush: a resume point."""
        if self.fmt == "parquet":
            return 0
        self._handle.flush()
        return self._handle.tell()

    def _schema(self):
        import pyarrow as pa

        return pa.schema([(c, pa.from_numpy_dtype(NUMERIC_COLUMNS[c]) if c in NUMERIC_COLUMNS
                           else pa.string()) for c in self.columns])

    def _flush_parquet(self) -> None:
        import pyarrow as pa
        import pyarrow.parquet as pq

        if self._parquet_writer is None:
            self._parquet_writer = pq.ParquetWriter(self._tmp, self._schema())
        if not self._pending:
            return
        # A fixed schema keeps every batch (and every partition) the same
        # type, whatever gaps a batch happens to have.
        columns = {c: [_parquet_cell(r.get(c), c) for r in self._pending] for c in self.columns}
        self._parquet_writer.write_table(pa.table(columns, schema=self._schema()))
        self._pending.clear()

    def close(self) -> None:
        """Finish the table and move it into place."""
        if self._closed:
            return
        self._closed = True
        if self.fmt == "parquet":
            self._flush_parquet()
            self._parquet_writer.close()
        else:
            self._handle.close()
        os.replace(self._tmp, self.path)

    def abort(self) -> None:
        """Stop writing; the target is left as it was.

        The temporary file is removed, unless ``keep_partial`` asked to keep
        ``PATH.part`` for a later ``--resume``.
        """
        if self._closed:
            return
        self._closed = True
        try:
            if self.fmt == "parquet":
                if self._parquet_writer is not None:
                    self._parquet_writer.close()
            else:
                self._handle.close()
        finally:
            if not self.keep_partial:
                self._tmp.unlink(missing_ok=True)

    def __enter__(self) -> "TableWriter":
        return self

    def __exit__(self, exc_type, exc, tb) -> None:
        if exc_type is None:
            self.close()
        else:
            self.abort()


def partial_path(path: Path) -> Path:
    """Where an unfinished table lives until it is complete."""
    return path.with_name(path.name + ".part")


def truncate_partial(path: Path, size: int) -> None:
    """Cut ``PATH.part`` back to ``size`` bytes (the last finished article)."""
    part = partial_path(path)
    if part.exists():
        with open(part, "r+b") as handle:
            handle.truncate(size)


def write_table(path: Path | str, rows: Iterable[dict], columns: list[str], *,
                fmt: str | None = None) -> int:
    """Write all ``rows`` to ``path`` atomically; return the row count."""
    with TableWriter(path, columns, fmt=fmt) as writer:
        writer.write_many(rows)
        return writer.rows_written


class PartitionedWriter:
    """Rows written into numbered part files in a folder, a new part every
    ``articles_per_part`` articles: ``claims-00000.csv``, ``claims-00001.csv``…

    Each part is an atomic :class:`TableWriter`; read in name order, the parts
    hold exactly the rows one table would.  Call :meth:`start_article` before
    an article's rows so that an article never straddles two parts.
    """

    def __init__(self, folder: Path | str, stem: str, columns: list[str], *, fmt: str | None = None,
                 articles_per_part: int = 10_000) -> None:
        if articles_per_part < 1:
            raise ValueError("articles per part must be at least 1")
        self.folder = Path(folder)
        self.stem = stem
        self.columns = list(columns)
        self.fmt = fmt or "csv"
        if self.fmt not in FORMATS:
            raise ValueError(f"unknown table format {self.fmt!r}; use one of {', '.join(FORMATS)}")
        self.articles_per_part = articles_per_part
        self.folder.mkdir(parents=True, exist_ok=True)
        self._current: TableWriter | None = None
        self._parts = 0
        self._articles_in_part = 0
        self.rows_written = 0

    def _next_part(self) -> None:
        if self._current is not None:
            self._current.close()
        path = self.folder / f"{self.stem}-{self._parts:05d}.{self.fmt}"
        self._current = TableWriter(path, self.columns, fmt=self.fmt)
        self._parts += 1
        self._articles_in_part = 0

    def start_article(self) -> None:
        if self._current is None or self._articles_in_part >= self.articles_per_part:
            self._next_part()
        self._articles_in_part += 1

    def write(self, row: dict) -> None:
        if self._current is None:
            self._next_part()
        self._current.write(row)
        self.rows_written += 1

    def write_many(self, rows: Iterable[dict]) -> None:
        for row in rows:
            self.write(row)

    def tell(self) -> int:
        return 0  # parts are not resumable: there is no single file to cut

    def flush(self) -> None:
        if self._current is not None:
            self._current.flush()

    def close(self) -> None:
        if self._current is None:
            self._next_part()  # an empty run still leaves one (header-only) part
        self._current.close()

    def abort(self) -> None:
        if self._current is not None:
            self._current.abort()
