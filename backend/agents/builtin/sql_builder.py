"""AnalysisPlan → readable DuckDB SQL (SELECT only, catalog tables only, always ORDER BY and LIMIT)."""

from __future__ import annotations

from backend.agents.builtin.models import AnalysisPlan, ColumnRef, Dimension, Filter, Intent, Measure
from backend.agents.builtin.sql_text import ident, literal
from backend.models.catalog import Catalog

SCATTER_LIMIT = 5000
ROWS_LIMIT = 100
MAX_LIMIT = 1000
# A measure over two or more dimensions (e.g. per day and origin) is answered whole: the first 1,000 rows
# would chart a few days of it. The default row cap (VIZ_MAX_ROW_LIMIT); the engine reduces it for the chart.
WHOLE_ANSWER_ROWS = 100_000


def whole_answer(plan: AnalysisPlan) -> bool:
    """Whether the plan asks for up to `WHOLE_ANSWER_ROWS` rows rather than the first 1,000."""
    return plan.kind == "aggregate" and len(plan.dimensions) >= 2 and plan.limit == MAX_LIMIT


class SqlBuilder:
    """Renders one plan; qualifies columns with their table when the query joins."""

    def __init__(self, plan: AnalysisPlan, catalog: Catalog) -> None:
        self.plan = plan
        self.catalog = catalog
        self.qualify = bool(plan.joins)

    def col(self, ref: ColumnRef) -> str:
        """A column reference."""
        return f"{ident(ref.table)}.{ident(ref.column)}" if self.qualify else ident(ref.column)

    def _is_date(self, ref: ColumnRef) -> bool:
        """True when the column is a DATE (date_trunc returns TIMESTAMP, so we cast back)."""
        table = self.catalog.table(ref.table)
        info = table.column(ref.column) if table else None
        return bool(info and info.type.upper() == "DATE")

    def _is_temporal(self, ref: ColumnRef) -> bool:
        table = self.catalog.table(ref.table)
        info = table.column(ref.column) if table else None
        return bool(info and info.kind == "temporal")

    def dim(self, d: Dimension) -> str:
        """Expression of a group-by key."""
        expr = self.col(d.column)
        if d.bucket is None:
            return expr
        if d.bucket == "decade":  # a number: 1990, 2000 …
            year = expr if not self._is_temporal(d.column) else f"year({expr})"
            return f"CAST(floor({year} / 10) * 10 AS INTEGER)"
        if d.bucket == "weekday":  # "1 Monday" … "7 Sunday": the number keeps the week in order
            return f"(CAST(isodow({expr}) AS VARCHAR) || ' ' || dayname({expr}))"
        if d.bucket == "month_of_year":  # "01 January" … "12 December": every year's months together
            return f"(lpad(CAST(month({expr}) AS VARCHAR), 2, '0') || ' ' || monthname({expr}))"
        trunc = f"date_trunc('{d.bucket}', {expr})"
        return f"CAST({trunc} AS DATE)" if self._is_date(d.column) else trunc

    def measure(self, m: Measure) -> str:
        """Aggregate expression; a running total or a share of the total is a window over it."""
        base = self._measure(m)
        dims = [self.dim(d) for d in self.plan.dimensions]
        if m.running and dims:
            rest = f"PARTITION BY {', '.join(dims[1:])} " if len(dims) > 1 else ""
            return f"sum({base}) OVER ({rest}ORDER BY {dims[0]})"
        if m.of_total:
            within = f"PARTITION BY {dims[0]}" if len(dims) > 1 else ""
            return f"100.0 * {base} / sum({base}) OVER ({within})"
        return base

    def _measure(self, m: Measure) -> str:
        if m.share_of:
            cond = " AND ".join(self.condition(f) for f in m.share_of)
            return f"100.0 * avg(CASE WHEN {cond} THEN 1 ELSE 0 END)"
        if m.column is None:
            return "count(*)"
        c = self.col(m.column)
        if m.minus is not None:
            c = f"{c} - {self.col(m.minus)}"
        return self._agg_call(m.agg, c)

    @staticmethod
    def _agg_call(agg: str, c: str) -> str:
        """agg(c) in DuckDB's spelling."""
        if agg == "count_distinct":
            return f"count(DISTINCT {c})"
        if agg == "stddev":
            return f"stddev_samp({c})"
        return f"{agg}({c})"

    def condition(self, f: Filter) -> str:
        """One WHERE/HAVING condition."""
        c = self.measure(f.having) if f.having else self.col(f.column)
        v = f.values
        if f.op in ("=", "!=", ">", ">=", "<", "<="):
            op = "<>" if f.op == "!=" else f.op
            if f.than_agg is not None:  # the column's own aggregate over its whole table
                whole = f"{self._agg_call(f.than_agg, ident(f.column.column))} FROM {ident(f.column.table)}"
                return f"{c} {op} (SELECT {whole})"
            return f"{c} {op} {literal(v[0])}"
        if f.op in ("in", "not_in"):
            neg = "NOT " if f.op == "not_in" else ""
            return f"{c} {neg}IN ({', '.join(literal(x) for x in v)})"
        if f.op == "between":
            return f"{c} BETWEEN {literal(v[0])} AND {literal(v[1])}"
        if f.op == "contains":
            term = str(v[0]).replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
            return f"{c} ILIKE {literal('%' + term + '%')} ESCAPE '\\'"
        if len(v) > 2:  # several compared periods: [start, end) pairs
            pairs = [
                f"({c} >= DATE {literal(v[k])} AND {c} < DATE {literal(v[k + 1])})" for k in range(0, len(v) - 1, 2)
            ]
            return "(" + " OR ".join(pairs) + ")"
        parts: list[str] = []  # date_range: [start, end) as ISO strings, "" when open
        if v[0]:
            parts.append(f"{c} >= DATE {literal(v[0])}")
        if len(v) > 1 and v[1]:
            parts.append(f"{c} < DATE {literal(v[1])}")
        return " AND ".join(parts) or "TRUE"

    def from_clause(self) -> str:
        """FROM with the plan's many-to-one joins."""
        sql = f"FROM {ident(self.plan.table)}"
        for j in self.plan.joins:
            left = f"{ident(j.table)}.{ident(j.column)}"
            sql += f"\nJOIN {ident(j.ref_table)} ON {left} = {ident(j.ref_table)}.{ident(j.ref_column)}"
        return sql

    def where(self, extra: list[str] | None = None) -> str:
        """WHERE clause of row filters (plus extra conditions)."""
        nulls = [f"{self.col(c)} IS NOT NULL" for c in null_keys(self.plan, self.catalog)]
        conds = [self.condition(f) for f in self.plan.filters if f.having is None] + nulls + (extra or [])
        return "\nWHERE " + "\n  AND ".join(conds) if conds else ""

    def order_limit(self, limit: int) -> str:
        """ORDER BY from the plan plus LIMIT."""
        keys = [f"{ident(o.alias)}{' DESC' if o.desc else ''}" for o in self.plan.order]
        order = f"\nORDER BY {', '.join(keys)}" if keys else ""
        return f"{order}\nLIMIT {limit}"

    def build(self) -> str:
        """The SQL for the plan's kind."""
        kind = self.plan.kind
        if kind == Intent.SCATTER:
            return self._scatter()
        if kind == Intent.HISTOGRAM:
            return self._histogram()
        if kind == Intent.ROWS:
            return self._rows()
        return self._aggregate()

    @staticmethod
    def _aliased(expr: str, alias: str, same: bool) -> str:
        """expr AS alias, unless the column already carries that name."""
        return expr if same else f"{expr} AS {ident(alias)}"

    def _aggregate(self) -> str:
        p = self.plan
        dims = [
            self._aliased(self.dim(d), d.alias, d.bucket is None and d.alias == d.column.column) for d in p.dimensions
        ]
        meas = [f"{self.measure(m)} AS {ident(m.alias)}" for m in p.measures]
        extra: list[str] = []
        if p.top_n and len(p.dimensions) == 2 and p.measures:
            # Top N of the first dimension, then split those by the second one.
            # Rank the category, not the time axis.
            d0, m0 = sorted(p.dimensions, key=lambda d: d.bucket is not None)[0], p.measures[0]
            desc = " DESC" if p.top_desc else ""
            sub = (
                f"SELECT {self.dim(d0)} {self.from_clause()}{self.where()}\nGROUP BY {self.dim(d0)}"
                f"\nORDER BY {self.measure(m0)}{desc}\nLIMIT {p.top_n}"
            )
            extra.append(f"{self.dim(d0)} IN ({sub})")
        sql = f"SELECT {', '.join(dims + meas)}\n{self.from_clause()}{self.where(extra)}"
        if p.dimensions:
            sql += f"\nGROUP BY {', '.join(self.dim(d) for d in p.dimensions)}"
        having = [self.condition(f) for f in p.filters if f.having is not None]
        if having:
            sql += "\nHAVING " + " AND ".join(having)
        if whole_answer(p):
            return sql + self.order_limit(WHOLE_ANSWER_ROWS)
        limit = p.top_n if p.top_n and len(p.dimensions) < 2 else min(p.limit, MAX_LIMIT)
        return sql + self.order_limit(limit)

    def _scatter(self) -> str:
        p = self.plan
        cols = [self.col(c) for c in p.columns]
        not_null = [f"{c} IS NOT NULL" for c in cols[:2]]
        sql = f"SELECT {', '.join(cols)}\n{self.from_clause()}{self.where(not_null)}"
        table = self.catalog.table(p.table)
        limit = min(p.limit, SCATTER_LIMIT)
        if table and table.row_count > limit:
            # A deterministic pseudo-random sample instead of the smallest x values.
            return sql + f"\nORDER BY hash({', '.join(cols[:2])})\nLIMIT {limit}"
        return sql + f"\nORDER BY {cols[0]}\nLIMIT {limit}"

    def _histogram(self) -> str:
        p = self.plan
        c = self.col(p.columns[0])
        alias = ident(f"{p.columns[0].column}_bin")
        w = p.bin_width or 1
        wtxt = literal(w)
        value = c
        if p.bin_range is not None:
            value = f"least(greatest({c}, {literal(p.bin_range[0])}), {literal(p.bin_range[1])})"
        sql = (
            f"SELECT floor({value} / {wtxt}) * {wtxt} AS {alias}, count(*) AS count\n{self.from_clause()}"
            f"{self.where([f'{c} IS NOT NULL'])}\nGROUP BY {alias}\nORDER BY {alias}\nLIMIT {MAX_LIMIT}"
        )
        return sql

    def _rows(self) -> str:
        p = self.plan
        cols = ", ".join(self.col(c) for c in p.columns) if p.columns else "*"
        return f"SELECT {cols}\n{self.from_clause()}{self.where()}{self.order_limit(min(p.limit, MAX_LIMIT))}"


def null_keys(plan: AnalysisPlan, catalog: Catalog) -> list[ColumnRef]:
    """Nullable category columns the plan groups by: a NULL bar answers nothing, so those rows are left out."""
    if plan.kind != Intent.AGGREGATE:
        return []
    out: list[ColumnRef] = []
    for d in plan.dimensions:
        table = catalog.table(d.column.table)
        info = table.column(d.column.column) if table else None
        if d.bucket is None and info is not None and info.nullable and info.kind in ("text", "boolean"):
            out.append(d.column)
    return out


def build_sql(plan: AnalysisPlan, catalog: Catalog) -> str:
    """DuckDB SQL for a plan."""
    return SqlBuilder(plan, catalog).build()
