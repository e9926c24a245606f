"""Crash sweep: every question of the open sets (demo and dev, never the blind ones) asked of the built-in
analyst over every eval catalog, follow-ups chained. Whatever it answers must be a decision, never an exception,
its SQL must pass the guard and run, and it never sums or averages a key (a column whose name ends in id or key).
Exit 1 on any failure; `make eval` runs it after the gate.

    .venv/bin/python -m eval.sweep
"""

from __future__ import annotations

import re
import sys
import traceback
from collections import Counter
from collections.abc import Generator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

import duckdb
from sqlglot import exp, parse_one

from backend.agents.builtin import QueryDecision, understand
from backend.agents.builtin.catalog_index import CatalogIndex, build_index
from backend.core.catalog import build_catalog
from backend.core.sql_guard import guard_sql
from backend.models.catalog import Catalog
from eval.gate import FLOORS, load_floors
from eval.run_eval import load_cases, set_catalog


def _sets() -> tuple[list[Path], list[Path]]:
    """(open sets, every set) named in floors.json."""
    floors = load_floors(FLOORS)
    every = [FLOORS.parent / name for name in floors]
    return [p for p in every if not floors[p.name].blind], every


def open_sets() -> list[Path]:
    """The sets open for tuning (demo and dev), never the blind ones."""
    return _sets()[0]


def catalogs() -> list[Path]:
    """The catalog file of every set named in floors.json (blind ones included: no question of theirs is read),
    each once."""
    return sorted({set_catalog(p) for p in _sets()[1]})


@dataclass(frozen=True)
class OpenCatalog:
    """A set's catalog opened read-only, as the analyst reads it: the connection, its catalog and its index."""

    con: duckdb.DuckDBPyConnection
    catalog: Catalog
    index: CatalogIndex


@contextmanager
def open_catalog(db: Path) -> Generator[OpenCatalog, None, None]:
    """The catalog file `db` read once (catalog and index built), closed when the block ends."""
    con = duckdb.connect(str(db), read_only=True)
    try:
        catalog = build_catalog(con)
        yield OpenCatalog(con, catalog, build_index(catalog))
    finally:
        con.close()


_KEY_ENDINGS = {"id", "key", "uuid", "guid"}


class KeyAsMeasureError(Exception):
    """The answer adds up or averages identifiers."""


def _in_condition(col: exp.Column, agg: exp.Expr) -> bool:
    """Whether the column only decides which rows count (a CASE WHEN's condition), below `agg`."""
    node: exp.Expr = col
    while node.parent is not None and node is not agg:
        parent = node.parent
        if isinstance(parent, exp.If) and node.arg_key == "this":
            return True
        node = parent
    return False


def _in_count(col: exp.Column, agg: exp.Expr) -> bool:
    """Whether the column is counted below `agg` (a running count of keys sums counts, not keys)."""
    node: exp.Expr = col
    while node.parent is not None and node is not agg:
        node = node.parent
        if isinstance(node, exp.Count):
            return True
    return False


def summed_keys(sql: str) -> list[str]:
    """Columns named like keys (customerId, order_key, "Sales Rep ID") added up or averaged inside a SUM or AVG (a
    key in a CASE WHEN's condition, the share of rows of one project key, only picks the rows)."""
    found: list[str] = []
    for agg in parse_one(sql, read="duckdb").find_all(exp.Sum, exp.Avg):
        for col in agg.find_all(exp.Column):
            if _in_condition(col, agg) or _in_count(col, agg):
                continue
            spaced = re.sub(r"([a-z0-9])([A-Z])", r"\1 \2", col.name).lower()
            words = [w for w in re.split(r"[^a-z0-9]+", spaced) if w]
            if words and words[-1] in _KEY_ENDINGS:
                found.append(col.name)
    return found


def failure_kind(exc: BaseException) -> str:
    """An exception as a failure kind: its type, message and the line that raised it."""
    last = traceback.extract_tb(exc.__traceback__)[-1]
    return f"{type(exc).__name__}: {str(exc)[:100]} at {Path(last.filename).name}:{last.lineno}"


def sweep_catalog(db: Path, conversations: list[list[str]]) -> tuple[int, Counter[str], dict[str, str]]:
    """Turns asked, failures by kind, and the first question of each kind."""
    with open_catalog(db) as opened:
        con, catalog, index = opened.con, opened.catalog, opened.index
        tables = [t.name for t in catalog.tables]
        failures: Counter[str] = Counter()
        first: dict[str, str] = {}
        turns = 0
        for conversation in conversations:
            previous: QueryDecision | None = None
            for message in conversation:
                turns += 1
                try:
                    decision = understand(message, catalog, previous=previous, index=index)
                    if isinstance(decision, QueryDecision):
                        guard_sql(decision.sql, allowed_tables=tables)
                        con.execute(f"SELECT count(*) FROM ({decision.sql}) AS q").fetchall()
                        if keys := summed_keys(decision.sql):
                            raise KeyAsMeasureError(f"aggregates the key(s) {', '.join(sorted(set(keys)))}")
                        previous = decision
                except Exception as exc:
                    kind = failure_kind(exc)
                    failures[kind] += 1
                    first.setdefault(kind, message)
                    break
        return turns, failures, first


def main() -> int:
    conversations = [[t.message for t in case.turns] for path in open_sets() for case in load_cases(path)]
    dbs = catalogs()
    total = 0
    failed = 0
    for db in dbs:
        turns, failures, first = sweep_catalog(db, conversations)
        total += turns
        failed += sum(failures.values())
        print(f"{db.name:<20} {turns} turns, {sum(failures.values())} failures")
        for kind, n in failures.most_common():
            print(f"    {n} x {kind}\n        first: {first[kind]!r}")
    print(f"crash sweep: {total} turns over {len(dbs)} catalogs, {failed} failures")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
