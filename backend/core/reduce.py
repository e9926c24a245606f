"""Chart data for large results, reduced in SQL on the engine that ran the query.

A result with more rows than a chart can show gets a second, smaller result for the chart:
- a time series keeps, per series and per bucket (an equal slice of the x range), the first, last, minimum and maximum
  rows (M4: the line drawn from them is the line of all rows), at most `M4_BUCKETS` × 4 points per series;
- many series keep the `TOP_SERIES` largest (by the first measure's sum) and fold the rest into "Other";
- many categories keep the `TOP_CATEGORIES` largest plus one "Other";
- anything else (a scatter of raw rows) gets a deterministic sample: the rows with the smallest hash.
The measure folded into "Other" is summed when the query summed or counted it, else averaged (min/max
kept as such). The full result stays as it was (and downloads as Parquet); a bound on the JSON size
(`MAX_CHART_BYTES`) is applied last.
"""

from __future__ import annotations

import asyncio
import json
import logging
from collections.abc import Collection, Sequence
from dataclasses import dataclass, replace
from typing import Literal

import pyarrow as pa
import pyarrow.compute as pc
import sqlglot
from sqlglot import exp
from sqlglot.errors import ParseError

from backend.core.catalog import quote_ident, quote_literal
from backend.core.engine import Engine
from backend.core.guarded_query import ProgressSink, prepare_query, run_prepared
from backend.core.result_store import ResultStore, StoredResult
from backend.core.serialize import to_rows
from backend.models.catalog import ColumnKind
from backend.models.errors import AppError
from backend.models.events import ChartReduction

log = logging.getLogger("viz.reduce")

CHART_ROWS = 5_000  # results above this many rows get reduced chart data
M4_BUCKETS = 500  # per series: at most 4 rows each, so ≤ 2,000 points per series
TOP_SERIES = 10
TOP_CATEGORIES = 50
SAMPLE_ROWS = 5_000
MAX_CHART_BYTES = 2_000_000
OTHER = "Other"

Method = Literal["m4", "top_n", "top_n+m4", "sample"]


@dataclass(frozen=True)
class ReductionPlan:
    """How a result is reduced: the SQL that computes the chart rows and what to tell the user."""

    method: Method
    sql: str
    note: str
    max_rows: int


def _aggregates(sql: str, measures: Sequence[str]) -> dict[str, str]:
    """How to fold each measure into "Other", from the outermost SELECT of the query."""
    folds = dict.fromkeys(measures, "avg")
    try:
        tree = sqlglot.parse_one(sql, read="duckdb")
    except ParseError:
        return folds
    select = tree if isinstance(tree, exp.Select) else tree.find(exp.Select)
    if select is None:
        return folds
    for projection in select.expressions:
        name = projection.alias_or_name
        if name not in folds:
            continue
        inner = projection.unalias()
        if isinstance(inner, exp.Sum | exp.Count):
            folds[name] = "sum"
        elif isinstance(inner, exp.Min):
            folds[name] = "min"
        elif isinstance(inner, exp.Max):
            folds[name] = "max"
    return folds


def _distinct(table: pa.Table, column: str) -> int:
    return int(pc.count_distinct(table.column(column), mode="all").as_py())


def _unique(table: pa.Table, columns: Sequence[str]) -> bool:
    """Whether `columns` identify each row (an aggregated result) rather than repeating (raw rows)."""
    return table.group_by(list(columns)).aggregate([]).num_rows == table.num_rows


def _other_select(columns: Sequence[str], keep: str, grouped: Sequence[str], folds: dict[str, str], src: str) -> str:
    """The "Other" row(s): `keep` becomes 'Other', `grouped` stay, measures fold, the rest is NULL."""
    parts: list[str] = []
    for c in columns:
        q = quote_ident(c)
        if c == keep:
            parts.append(f"{quote_literal(OTHER)} AS {q}")
        elif c in grouped:
            parts.append(f"{src}.{q} AS {q}")
        elif c in folds:
            parts.append(f"{folds[c]}({src}.{q}) AS {q}")
        else:
            parts.append(f"NULL AS {q}")
    return ", ".join(parts)


def _top_n(
    source: str, columns: Sequence[str], key: str, measure: str, n: int, others: Sequence[str], folds: dict[str, str]
) -> str:
    """Rows of the `n` largest `key` values by sum of `measure`, then their "Other" fold (CTE bodies)."""
    k, m = quote_ident(key), quote_ident(measure)
    cols = ", ".join(f"{source}.{quote_ident(c)}" for c in columns)
    group = ", ".join(f"{source}.{quote_ident(c)}" for c in others)
    other = (
        f"SELECT {_other_select(columns, key, others, folds, source)} FROM {source} "
        f"LEFT JOIN __viz_rank ON {source}.{k} = __viz_rank.__viz_k WHERE __viz_rank.__viz_k IS NULL"
        + (f" GROUP BY {group}" if group else "")
    )
    return (
        f"__viz_rank AS (SELECT {k} AS __viz_k FROM {source} WHERE {k} IS NOT NULL GROUP BY {k} "
        f"ORDER BY sum({m}) DESC NULLS LAST, {k} LIMIT {n}), "
        f"__viz_top AS (SELECT {cols} FROM {source} JOIN __viz_rank ON {source}.{k} = __viz_rank.__viz_k "
        f"UNION ALL {other})"
    )


def _m4(
    source: str, columns: Sequence[str], x: str, series: str | None, measures: Sequence[str], *, numeric_x: bool
) -> str:
    """The first, last, min and max row of every bucket of every series, in one grouped aggregate.

    Buckets are `M4_BUCKETS` equal slices of the x range shared by all series (the chart's pixel
    columns). One hash aggregate picks each bucket's rows with arg_min/arg_max of the whole row (a
    struct, so every kept row is a real row), and the distinct picks are the chart's points: no sort
    of the result, where window functions needed one per role (5.4 s on 3M rows against ~0.3 s).
    Among rows tied on a role's key (same x, or same extreme value) any one is kept.
    """
    qx = quote_ident(x)
    pos = f"CAST({qx} AS DOUBLE)" if numeric_x else f"epoch({qx})"
    row = "{" + ", ".join(f"'c{i}': {quote_ident(c)}" for i, c in enumerate(columns)) + "}"
    roles = {"__viz_first": f"arg_min({row}, {qx})", "__viz_last": f"arg_max({row}, {qx})"}
    for i, measure in enumerate(measures):
        roles[f"__viz_min{i}"] = f"arg_min({row}, {quote_ident(measure)})"
        roles[f"__viz_max{i}"] = f"arg_max({row}, {quote_ident(measure)})"
    group = f"{quote_ident(series)}, __viz_b" if series else "__viz_b"
    picks = " UNION ".join(
        f"SELECT {', '.join(f'{role}.c{i} AS {quote_ident(c)}' for i, c in enumerate(columns))} "
        f"FROM __viz_m4 WHERE {role} IS NOT NULL"
        for role in roles
    )
    order = f"{quote_ident(series)}, {qx}" if series else qx
    return (
        f"__viz_range AS (SELECT min({pos}) AS __viz_lo, max({pos}) AS __viz_hi FROM {source}), "
        f"__viz_bucketed AS (SELECT {source}.*, least(floor(({pos} - __viz_lo) * {M4_BUCKETS} "
        f"/ greatest(__viz_hi - __viz_lo, 1e-9)), {M4_BUCKETS - 1}) AS __viz_b "
        f"FROM {source} CROSS JOIN __viz_range WHERE {qx} IS NOT NULL), "
        f"__viz_m4 AS (SELECT {group}, {', '.join(f'{agg} AS {role}' for role, agg in roles.items())} "
        f"FROM __viz_bucketed GROUP BY {group}) "
        f"SELECT * FROM ({picks}) AS __viz_points ORDER BY {order}"
    )


def plan_reduction(sql: str, table: pa.Table, kinds: dict[str, ColumnKind]) -> ReductionPlan | None:
    """The reduction for a result too large to chart whole, or `None` when it fits as it is."""
    rows = table.num_rows
    if rows <= CHART_ROWS:
        return None
    columns = list(table.column_names)
    temporal = [c for c in columns if kinds.get(c) == "temporal"]
    texts = [c for c in columns if kinds.get(c) in ("text", "boolean")]
    measures = [c for c in columns if kinds.get(c) == "numeric"]
    src = f"WITH __viz_src AS ({sql}), "
    if temporal and measures:
        x = temporal[0]
        x_type: pa.DataType = table.column(x).type
        numeric_x = pa.types.is_integer(x_type)  # a year column: no epoch()
        series = texts[0] if texts else None
        n_series = _distinct(table, series) if series else 1
        if series and n_series > TOP_SERIES:
            folds = _aggregates(sql, measures)
            body = _top_n("__viz_src", columns, series, measures[0], TOP_SERIES, [x], folds)
            note = (
                f"top {TOP_SERIES} of {n_series:,} {series} by {measures[0]} plus “{OTHER}”, then first/last/min/max "
                f"per bucket (M4, ≤ {M4_BUCKETS * 4:,} points per series) of {rows:,} rows"
            )
            sql_out = f"{src}{body}, {_m4('__viz_top', columns, x, series, measures, numeric_x=numeric_x)}"
            return ReductionPlan("top_n+m4", sql_out, note, (TOP_SERIES + 1) * M4_BUCKETS * 4)
        note = f"first/last/min/max per bucket (M4, ≤ {M4_BUCKETS * 4:,} points per series) of {rows:,} rows"
        return ReductionPlan(
            "m4",
            f"{src}{_m4('__viz_src', columns, x, series, measures, numeric_x=numeric_x)}",
            note,
            n_series * M4_BUCKETS * 4,
        )
    if texts and measures and _unique(table, texts[:2]):
        x = texts[0]
        n_categories = _distinct(table, x)
        if n_categories > TOP_CATEGORIES:
            folds = _aggregates(sql, measures)
            others = texts[1:2]
            body = _top_n("__viz_src", columns, x, measures[0], TOP_CATEGORIES, others, folds)
            cols = ", ".join(quote_ident(c) for c in columns)
            order = f"CASE WHEN {quote_ident(x)} = {quote_literal(OTHER)} THEN 1 ELSE 0 END, {quote_ident(measures[0])} DESC NULLS LAST"
            note = f"top {TOP_CATEGORIES} of {n_categories:,} {x} by {measures[0]} plus “{OTHER}” ({folds[measures[0]]} of the rest)"
            sql_out = f"{src}{body} SELECT {cols} FROM __viz_top ORDER BY {order}"
            n_series = _distinct(table, others[0]) if others else 1
            return ReductionPlan("top_n", sql_out, note, (TOP_CATEGORIES + 1) * n_series)
    cols = ", ".join(quote_ident(c) for c in columns)
    note = f"a deterministic sample of {SAMPLE_ROWS:,} of {rows:,} rows (those with the smallest hash of their values)"
    sql_out = f"SELECT {cols} FROM ({sql}) AS __viz_src ORDER BY hash({cols}) LIMIT {SAMPLE_ROWS}"
    return ReductionPlan("sample", sql_out, note, SAMPLE_ROWS)


def json_bytes(table: pa.Table) -> int:
    """Size of the rows as the data endpoint sends them (JSON arrays)."""
    return len(json.dumps(to_rows(table), default=str, separators=(",", ":")))


def fit_payload(table: pa.Table, max_bytes: int = MAX_CHART_BYTES) -> pa.Table:
    """The leading rows of `table` whose JSON stays within `max_bytes` (a last guard on wide rows)."""
    size = json_bytes(table)
    while size > max_bytes and table.num_rows > 1:
        table = table.slice(0, max(1, int(table.num_rows * max_bytes / size * 0.95)))
        size = json_bytes(table)
    return table


async def reduce_for_chart(
    engine: Engine,
    stored: StoredResult,
    table: pa.Table,
    store: ResultStore,
    *,
    allowed_tables: Collection[str],
    timeout: float,
    on_progress: ProgressSink | None = None,
) -> ChartReduction | None:
    """Run the reduction of a large result on `engine` and store the chart rows; `None` when it fits.

    A reduction that fails leaves the chart on the full result (the browser then thins it): the user's
    answer never fails because its chart data could not be made smaller.
    """
    # Planning reads the result's columns, guarding parses SQL, fitting measures JSON and storing writes
    # Parquet: CPU work, in threads, so the event loop goes on serving other requests meanwhile.
    plan = await asyncio.to_thread(plan_reduction, stored.sql, table, stored.kinds())
    if plan is None:
        return None
    try:
        prepared = await asyncio.to_thread(
            lambda: prepare_query(
                plan.sql,
                allowed_tables=allowed_tables,
                limit=plan.max_rows,
                default_limit=plan.max_rows,
                max_limit=plan.max_rows,
            )
        )
        result = await run_prepared(prepared, engine, timeout=timeout, on_progress=on_progress)
    except AppError as exc:
        log.warning("chart reduction (%s) failed on %s: %s", plan.method, engine.name, exc.message)
        return None
    fitted = await asyncio.to_thread(fit_payload, result.table)
    note = plan.note if fitted.num_rows == result.table.num_rows else f"{plan.note}; the first {fitted.num_rows:,} rows"
    reduced = replace(result, table=fitted, truncated=fitted.num_rows < result.table.num_rows)
    chart = await asyncio.to_thread(store.put, reduced)
    return ChartReduction(
        method=plan.method, from_rows=stored.row_count, rows=chart.row_count, data_id=chart.id, url=chart.url, note=note
    )
