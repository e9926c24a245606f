"""Shared pieces of the evaluation catalogs: seeded sampling helpers and writing tables into a DuckDB file."""

from __future__ import annotations

import datetime as dt
import math
import os
import random
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import duckdb
import pyarrow as pa

Row = tuple[Any, ...]


@dataclass
class Catalog:
    """DDL statements in creation order and the rows of each table, inserted in batches.

    A table may get several batches: a self-referencing foreign key (employee → manager) is checked per
    statement in DuckDB, so managers must be inserted before the people reporting to them.
    """

    ddl: list[str]
    batches: list[tuple[str, list[Row]]] = field(default_factory=list[tuple[str, list[Row]]])
    comments: list[str] = field(default_factory=list[str])

    def add(self, table: str, rows: list[Row]) -> None:
        """Queue `rows` (tuples in the table's column order) for `table`."""
        self.batches.append((table, rows))


def write_duckdb(catalog: Catalog, output: Path) -> None:
    """Create `output` atomically: build into a temporary file, then rename it over the old one."""
    output.parent.mkdir(parents=True, exist_ok=True)
    tmp = output.with_name(output.name + f".{os.getpid()}.tmp")
    tmp.unlink(missing_ok=True)
    con = duckdb.connect(str(tmp))
    try:
        for statement in catalog.ddl:
            con.execute(statement)
        for table, rows in catalog.batches:
            if not rows:
                continue
            names = [r[0] for r in con.execute(f"SELECT name FROM pragma_table_info('{table}')").fetchall()]
            arrow = pa.table({name: [row[i] for row in rows] for i, name in enumerate(names)})
            con.register("batch_rows", arrow)
            con.execute(f"INSERT INTO {table} SELECT * FROM batch_rows")
            con.unregister("batch_rows")
        for statement in catalog.comments:
            con.execute(statement)
        con.execute("CHECKPOINT")
    finally:
        con.close()
    tmp.replace(output)


def words(text: str) -> list[str]:
    """The words of `text`: a compact way to write a list of names."""
    return text.split()


def weighted(rng: random.Random, items: Sequence[Any], weights: Sequence[float]) -> Any:
    """One item drawn with the given weights."""
    return rng.choices(items, weights=weights, k=1)[0]


def zipf_weights(n: int, exponent: float) -> list[float]:
    """Weights 1/rank^exponent: a few popular items and a long tail."""
    return [1.0 / (rank**exponent) for rank in range(1, n + 1)]


def poisson(rng: random.Random, mean: float) -> int:
    """A Poisson draw (normal approximation for large means, Knuth's method otherwise)."""
    if mean > 30:
        return max(0, round(rng.gauss(mean, math.sqrt(mean))))
    limit, k, p = math.exp(-mean), 0, 1.0
    while True:
        p *= rng.random()
        if p <= limit:
            return k
        k += 1


def days(start: dt.date, end: dt.date) -> list[dt.date]:
    """Every date from `start` to `end` inclusive."""
    return [start + dt.timedelta(days=i) for i in range((end - start).days + 1)]


def random_date(rng: random.Random, start: dt.date, end: dt.date) -> dt.date:
    """A uniform date in [start, end]."""
    return start + dt.timedelta(days=rng.randint(0, (end - start).days))


def money(value: float) -> float:
    """Round to cents."""
    return round(value, 2)
