"""AnalysisPlan → SQL built as a sqlglot expression tree (SELECT only, catalog tables only, always ORDER BY and
LIMIT), rendered in the engine's dialect: DuckDB by default, Spark or any other dialect sqlglot writes."""

from __future__ import annotations

from sqlglot import exp

from backend.agents.builtin.apart_sql import apart_select
from backend.agents.builtin.list_columns import element_condition, unnested_columns, unnested_table
from backend.agents.builtin.models import (
    SPAN_END,
    SPAN_START,
    Agg,
    AnalysisPlan,
    ColumnRef,
    DateKey,
    Dimension,
    Filter,
    Intent,
    Measure,
    Scalar,
    StateSpan,
    bin_alias,
    name_parts,
)
from backend.agents.builtin.sql_exprs import (
    agg_call,
    bucketed,
    count_star,
    date_diff,
    date_lit,
    div,
    elapsed,
    fine_width,
    func,
    ident,
    lit,
    mul,
    not_null,
    power_unit,
    scaled,
    whole_years,
)
from backend.core.json_keys import key_value, stored_columns
from backend.core.list_values import ListFormat
from backend.core.quantiles import SPARK_DIALECTS, spark_quantiles
from backend.models.catalog import Catalog, ColumnInfo

SCATTER_LIMIT = 5000
ROWS_LIMIT = 100
MAX_LIMIT = 1000
# A measure over two or more dimensions (e.g. per day and origin) is answered whole: the first 1,000 rows
# would chart a few days of it. The default row cap (VIZ_MAX_ROW_LIMIT); the engine reduces it for the chart.
WHOLE_ANSWER_ROWS = 100_000
# Aggregates a repeated row does not change: no need to take them at their table's grain.
_GRAIN_FREE = frozenset({"min", "max", "count_distinct", "range"})
_COMPARE: dict[str, type[exp.Binary]] = {
    "=": exp.EQ,
    "!=": exp.NEQ,
    ">": exp.GT,
    ">=": exp.GTE,
    "<": exp.LT,
    "<=": exp.LTE,
}


def whole_answer(plan: AnalysisPlan) -> bool:
    """Whether the plan asks for up to `WHOLE_ANSWER_ROWS` rows rather than the first 1,000."""
    # A scatter's points are all fetched too: the engine samples them for the chart (the whole answer stays
    # downloadable), rather than the SQL keeping an arbitrary 5,000.
    return plan.kind == Intent.SCATTER or (
        plan.kind == Intent.AGGREGATE and len(plan.dimensions) >= 2 and plan.limit == MAX_LIMIT
    )


class SqlBuilder:
    """Builds one plan's statement; qualifies columns with their table when the query joins."""

    def __init__(
        self, plan: AnalysisPlan, catalog: Catalog, dialect: str = "duckdb", whole_rows: int = WHOLE_ANSWER_ROWS
    ) -> None:
        self.plan = plan
        self.catalog = catalog
        self.dialect = dialect
        self.whole_rows = whole_rows
        self.date_keys = {(k.column.table, k.column.column): k for k in plan.date_keys}
        self.qualify = bool(plan.joins) or any(k.alias for k in plan.date_keys)
        # Over a subquery of one row per parent (see `parent_grain`): a column is the subquery's output of that name.
        self.outer: dict[tuple[str, str], str] | None = None
        # List columns grouped by ('<a><b>'): read from their table with one row per element.
        self.unnested = unnested_columns(plan, catalog)

    def name(self, name: str) -> exp.Identifier:
        return ident(name, self.dialect)

    def table(self, name: str) -> exp.Table:
        return exp.Table(this=self.name(name))

    def col(self, ref: ColumnRef, *, qualify: bool | None = None) -> exp.Expr:
        """A column reference; a date key reads as the date it stands for."""
        if self.outer is not None and (ref.table, ref.column) in self.outer:
            return exp.Column(this=self.name(self.outer[(ref.table, ref.column)]))
        key = self.date_keys.get((ref.table, ref.column))
        if key is not None:
            return self.key_date(key)
        if ref.parts:  # a name in parts: "Ada" and "Quill" are "Ada Quill" (a missing part is left out)
            pieces = [
                self.plain(ref.model_copy(update={"column": c}), qualify=qualify) for c in [ref.column, *ref.parts]
            ]
            whole = func("concat_ws", exp.Literal.string(" "), *pieces)
            # the row a key to the table's own rows names none of (the top of the tree): no name, not an empty one
            return func("nullif", whole, exp.Literal.string("")) if ref.alias and ref.alias != ref.table else whole
        if ref.scale:  # cents read as dollars, seconds as hours: every figure, comparison and group in those units
            return scaled(self.plain(ref, qualify=qualify), ref.scale)
        return self.plain(ref, qualify=qualify)

    def plain(self, ref: ColumnRef, *, qualify: bool | None = None) -> exp.Expr:
        """The column itself; a key of a JSON column's objects, its value read out of the column."""
        q = self.qualify if qualify is None else qualify
        table = self.name(ref.alias or ref.table) if q else None
        info = self.info(ref.table, ref.column)
        if info is not None and info.json_path is not None:
            column, key = info.json_path
            return key_value(exp.Column(this=self.name(column), table=table), key, info.type)
        return exp.Column(this=self.name(ref.column), table=table)

    def info(self, table: str, column: str) -> ColumnInfo | None:
        """The catalog's description of a column, if it has one."""
        found = self.catalog.table(table)
        return found.column(column) if found is not None else None

    def key_date(self, key: DateKey) -> exp.Expr:
        """The date a key stands for: its date dimension row's date, or its yyyymmdd digits read as a date (an
        unknown member, 0 or less, is no date); a text column's ISO dates through a cast (an empty string is none)."""
        if key.text is not None:
            return exp.TryCast(this=self.plain(key.column), to=exp.DataType.build(key.text))
        if key.alias and key.day:
            return exp.Column(this=self.name(key.day), table=self.name(key.alias))
        digits = exp.cast(self.plain(key.column), exp.DataType.Type.VARCHAR)
        day: exp.Expr = exp.StrToDate(this=digits, format=exp.Literal.string("%Y%m%d"), safe=True)
        if key.unknown:
            known = exp.GT(this=self.plain(key.column), expression=exp.Literal.number(0))
            day = exp.Case().when(known, day)
        return day

    def alias(self, alias: str) -> exp.Column:
        """An output column named by its alias (ORDER BY, histogram GROUP BY)."""
        return exp.Column(this=self.name(alias))

    def _column_kind(self, ref: ColumnRef) -> tuple[bool, bool]:
        """(is temporal, is a DATE): date_trunc returns a TIMESTAMP, so a DATE is cast back."""
        key = self.date_keys.get((ref.table, ref.column))
        if key is not None and key.dimension and key.day:
            ref = ColumnRef(table=key.dimension, column=key.day)
        elif key is not None:
            return True, key.text in (None, "DATE")
        table = self.catalog.table(ref.table)
        info = table.column(ref.column) if table else None
        return bool(info and info.kind == "temporal"), bool(info and info.type.upper() == "DATE")

    def _is_key(self, ref: ColumnRef) -> bool:
        return (ref.table, ref.column) in self.date_keys

    def dim(self, d: Dimension) -> exp.Expr:
        """Expression of a group-by key."""
        if self.outer is not None:
            return exp.Column(this=self.name(d.alias))
        expr = self.col(d.column)
        if d.after is not None:  # an address's domain: the part after its '@'
            return func("split_part", expr, exp.Literal.string(d.after), exp.Literal.number(2))
        if d.bucket is None:
            return expr
        temporal, date_typed = self._column_kind(d.column)
        return bucketed(expr, d.bucket, temporal=temporal, date_typed=date_typed)

    def measure(self, m: Measure) -> exp.Expr:
        """Aggregate expression; a running total or a share of the total is a window over it."""
        base = self._measure(m)
        dims = [self.dim(d) for d in self.plan.dimensions]
        if m.running and dims:
            order = exp.Order(expressions=[exp.Ordered(this=dims[0])])
            return exp.Window(this=exp.Sum(this=base), partition_by=dims[1:] or None, order=order)
        if m.change and dims:
            order = exp.Order(expressions=[exp.Ordered(this=dims[0])])
            prev = exp.Window(this=exp.Lag(this=base.copy()), partition_by=dims[1:] or None, order=order)
            delta = exp.Sub(this=base, expression=prev)
            if m.change == "abs":
                return delta
            return div(mul(exp.Literal.number("100.0"), delta), exp.Nullif(this=prev.copy(), expression=lit(0)))
        if m.of_total:
            whole = exp.Window(this=exp.Sum(this=base.copy()), partition_by=dims[:1] if len(dims) > 1 else None)
            return div(mul(exp.Literal.number("100.0"), base), whole)
        return base

    def _measure(self, m: Measure) -> exp.Expr:
        if len(m.span) == 2:
            first, last = (self._within(m, conds) for conds in m.span)
            if m.span_ratio:
                return div(mul(exp.Literal.number("1.0"), last), exp.Nullif(this=first, expression=lit(0)))
            return exp.Sub(this=last, expression=first)
        if m.within and not m.share_of:
            return self._within(m, m.within)
        if m.share_of:
            cond = exp.and_(*(self.condition(f) for f in m.share_of), copy=False)
            flag = exp.Case().when(cond, exp.Literal.number(1)).else_(exp.Literal.number(0))
            if m.within:  # the share among the rows meeting `within` only (the others are NULL, left out)
                flag = exp.Case().when(exp.and_(*(self.condition(f) for f in m.within), copy=False), flag)
            return mul(exp.Literal.number("100.0"), exp.Avg(this=flag))
        if m.per is not None:
            total = mul(
                exp.Literal.number("1.0"),
                count_star() if m.column is None else exp.Sum(this=self.row_value(m, m.column)),
            )
            return div(total, exp.Count(this=exp.Distinct(expressions=[self.col(m.per)])))
        if m.group_figure is not None:  # the group's own figure, the same on each of its rows
            total = count_star() if m.column is None else exp.Sum(this=self.col(m.column))
            figure = exp.Nullif(this=exp.Max(this=self.col(m.group_figure)), expression=lit(0))
            return div(mul(exp.Literal.number("1.0"), total), figure)
        if m.column is None:
            return count_star()
        if m.over is not None and m.agg == "sum":  # a ratio of totals
            whole = exp.Nullif(this=exp.Sum(this=self.col(m.over)), expression=lit(0))
            scale = exp.Literal.number("100.0" if m.percent else "1.0")
            part = self.row_value(m.model_copy(update={"over": None}), m.column)  # a margin: revenue − cost
            return div(mul(scale, exp.Sum(this=part)), whole)
        return agg_call(m.agg, self.row_value(m, m.column))

    def _within(self, m: Measure, conds: list[Filter]) -> exp.Expr:
        """The measure over the rows meeting `conds` only: agg(CASE WHEN conds THEN value END)."""
        cond = exp.and_(*(self.condition(f) for f in conds), copy=False)
        value = exp.Literal.number(1) if m.column is None else self.row_value(m, m.column)
        picked = exp.Case().when(cond, value)
        return exp.Count(this=picked) if m.column is None or m.agg == "count" else agg_call(m.agg, picked)

    def row_value(self, m: Measure, column: ColumnRef) -> exp.Expr:
        """The value a measure aggregates, computed on each row (a difference, a product, a duration ...)."""
        c: exp.Expr = self.col(column)
        if m.over is not None:
            c = div(c, exp.Nullif(this=self.col(m.over), expression=lit(0)))
        for other in m.plus:
            c = exp.Add(this=c, expression=self.col(other))
        if m.age:  # whole years from a birth date to an event of the row, or to today
            born, then = (self.col(m.minus), c) if m.minus is not None else (c, exp.CurrentDate())
            c = whole_years(born, then, self.dialect)
        elif m.minus is not None and m.unit is not None:
            clock = not self._column_kind(column)[1] and not self._column_kind(m.minus)[1]
            # 1.5 hours between two clock readings; whole calendar days when either is a date without a time, or when
            # the question counts them ("the number of days between")
            diff = elapsed if clock and not m.whole_units else date_diff
            c = diff(m.unit, self.col(m.minus), c, self.dialect)
        elif m.minus is not None:
            if m.times is not None:  # a price per unit times the units, less a discount in money
                c = exp.Mul(this=c, expression=self.col(m.times))
            c = exp.Sub(this=c, expression=self.col(m.minus))
        elif m.times is not None:
            c = exp.Mul(this=c, expression=self.col(m.times))
        for factor in m.also_times:
            c = exp.Mul(this=c, expression=self.col(factor))
        return self._rated(m, c)

    def _rated(self, m: Measure, c: exp.Expr) -> exp.Expr:
        """The value with the row's rates applied: × (1 − a discount), × a rate's own share, × (1 + a tax)."""
        one = exp.Literal.number(1)
        if m.less_rate is not None:
            c = mul(c, exp.Sub(this=one, expression=self.col(m.less_rate)))
        if m.by_rate is not None:
            c = mul(c, self.col(m.by_rate))
        if m.plus_rate is not None:
            c = mul(c, exp.Add(this=one.copy(), expression=self.col(m.plus_rate)))
        return c

    def value(self, ref: ColumnRef, value: Scalar) -> exp.Expr:
        """A filter's value as a literal of its column's kind: a numbered code ("5" = Shipped) of a number column is
        the number 5."""
        table = self.catalog.table(ref.table)
        info = table.column(ref.column) if table is not None else None
        if isinstance(value, str) and value.isdigit() and info is not None and info.kind == "numeric":
            return lit(int(value))
        return lit(value)

    def condition(self, f: Filter) -> exp.Expr:
        """One WHERE/HAVING condition."""
        c = self.measure(f.having) if f.having else self.col(f.column)
        if f.per_row is not None and f.having is None:
            c = self.row_value(f.per_row, f.column)
        v = f.values
        listed = None if (f.column.table, f.column.column) in self.unnested else self._element_condition(f, c)
        if listed is not None:
            return listed
        if f.op in _COMPARE:
            if f.than_column is not None and f.having is not None:  # the group's total of another column
                other: exp.Expr = self.measure(f.having.model_copy(update={"column": f.than_column}))
            elif f.than_column is not None:  # another column of the same row
                other = self.col(f.than_column)
            elif f.than_agg is not None and f.having is not None and f.than_groups:
                other = self._over_groups(f.having, f.than_agg)
            elif f.than_agg is not None and f.having is not None and f.having.minus is not None:
                # a figure computed on each row (a time between two dates): its aggregate over every row
                rows = SqlBuilder(AnalysisPlan(table=f.column.table), self.catalog, self.dialect)
                whole = exp.select(agg_call(f.than_agg, rows.row_value(f.having, f.column)))
                other = exp.Subquery(this=whole.from_(self.table(f.column.table), copy=False))
            elif f.than_agg is not None and f.than_kept:  # over the rows the other conditions keep
                kept = [x for x in self.plan.filters if x.having is None and x.than_agg is None]
                rows = SqlBuilder(self.plan.model_copy(update={"filters": kept}), self.catalog, self.dialect)
                rows.qualify = self.qualify
                whole = rows.where(rows.from_joins(exp.select(agg_call(f.than_agg, rows.col(f.column)))))
                other = exp.Subquery(this=whole)
            elif f.than_agg is not None:  # the column's own aggregate over its whole table
                whole = exp.select(agg_call(f.than_agg, self.col(f.column, qualify=False)))
                other = exp.Subquery(this=whole.from_(self.table(f.column.table), copy=False))
            else:
                other = self.value(f.column, v[0])
            return _COMPARE[f.op](this=c, expression=other)
        if f.op in ("in", "not_in") and f.among is not None:
            inside = exp.In(this=c, query=self._among(f.among, f.among_filters, f.among_having).subquery())
            return exp.Not(this=inside) if f.op == "not_in" else inside
        if f.op in ("in", "not_in"):
            inside = exp.In(this=c, expressions=[self.value(f.column, x) for x in v])
            return exp.Not(this=inside) if f.op == "not_in" else inside
        if f.op in ("on_weekend", "on_weekday"):  # Saturday and Sunday (ISO days 6 and 7), or the other five
            weekend = exp.In(this=func("isodow", c), expressions=[lit(6), lit(7)])
            return weekend if f.op == "on_weekend" else exp.Not(this=weekend)
        if f.op == "on_days":  # the days of the week named, by their ISO numbers (Monday 1 … Sunday 7)
            return exp.In(this=func("isodow", c), expressions=[lit(int(x)) for x in v])
        if f.op == "same_period" and f.than_column is not None:  # two dates of a row in one month (day, year …)
            unit = lit(str(v[0]))
            return exp.EQ(
                this=func("date_trunc", unit, c), expression=func("date_trunc", unit.copy(), self.col(f.than_column))
            )
        if f.op == "in_hours":  # [start, end) hours of the day; a range past midnight wraps round it
            hour: exp.Expr = exp.Extract(this=exp.var("HOUR"), expression=c)
            after = exp.GTE(this=hour, expression=lit(v[0]))
            before = exp.LT(this=hour.copy(), expression=lit(v[1]))
            if int(v[1]) >= 24 or int(v[0]) <= 0:
                return after if int(v[1]) >= 24 else before
            return exp.and_(after, before) if int(v[0]) < int(v[1]) else exp.Paren(this=exp.or_(after, before))
        if f.op in ("is_null", "not_null"):
            missing = exp.Is(this=c, expression=exp.Null())
            return missing if f.op == "is_null" else exp.Not(this=missing)
        if f.op == "between":
            return exp.Between(this=c, low=lit(v[0]), high=lit(v[1]))
        if f.op in ("contains", "starts_with", "ends_with"):
            term = str(v[0]).replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
            pattern = f"{term}%" if f.op == "starts_with" else f"%{term}" if f.op == "ends_with" else f"%{term}%"
            like = exp.ILike(this=c, expression=exp.Literal.string(pattern))
            return exp.Escape(this=like, expression=exp.Literal.string("\\"))
        if len(v) > 2:  # several compared periods: [start, end) pairs
            pairs = [self._period(c, v[k], v[k + 1]) for k in range(0, len(v) - 1, 2)]
            return exp.Paren(this=exp.or_(*pairs, copy=False))
        return self._period(c, v[0], v[1] if len(v) > 1 else "")  # date_range: [start, end), "" when open

    def _element_condition(self, f: Filter, c: exp.Expr) -> exp.Expr | None:
        table = self.catalog.table(f.column.table)
        return element_condition(f, c, table.column(f.column.column) if table is not None else None)

    def _over_groups(self, figure: Measure, agg: Agg) -> exp.Subquery:
        """The aggregate of every group's figure: SELECT avg(value) FROM (SELECT count(*) AS value … GROUP BY the
        plan's groups), over the rows the plan keeps."""
        value = self.name("group_value")
        inner = self.where(self.from_joins(exp.select(exp.alias_(self.measure(figure), value, copy=False))))
        if self.plan.dimensions:
            inner = inner.group_by(*(self.dim(d) for d in self.plan.dimensions), copy=False)
        outer = exp.select(agg_call(agg, exp.Column(this=value.copy()))).from_(inner.subquery(self.name("groups")))
        return exp.Subquery(this=outer)

    def _among(self, among: ColumnRef, filters: list[Filter], having: list[Filter] | None = None) -> exp.Select:
        """The non-null values of another table's column on its rows meeting the filters (a NULL would make a NOT IN
        match nothing); with `having`, only the values whose rows meet those conditions on their aggregates."""
        cast = [k for k in self.plan.date_keys if k.column.table == among.table and k.text]
        inner = SqlBuilder(AnalysisPlan(table=among.table, filters=filters, date_keys=cast), self.catalog, self.dialect)
        inner.qualify = True
        held = inner.plain(among)
        conds = [not_null(held.copy())] + [inner.condition(f) for f in filters]
        select = exp.select(held).from_(self.table(among.table), copy=False).where(*conds, copy=False)
        if having:
            select = select.group_by(held.copy(), copy=False).having(*(inner.condition(f) for f in having), copy=False)
        return select

    @staticmethod
    def _period(c: exp.Expr, start: object, end: object) -> exp.Expr:
        parts: list[exp.Expr] = []
        if start:
            parts.append(exp.GTE(this=c.copy(), expression=date_lit(str(start))))
        if end:
            parts.append(exp.LT(this=c.copy(), expression=date_lit(str(end))))
        return exp.and_(*parts, copy=False) if parts else exp.true()

    def from_joins(self, select: exp.Select) -> exp.Select:
        """FROM with the plan's many-to-one joins."""
        select = select.from_(self.source(), copy=False)
        for j in self.plan.joins:
            key = self.plain(ColumnRef(table=j.table, column=j.column), qualify=True)
            ref = self.plain(ColumnRef(table=j.ref_table, column=j.ref_column, alias=j.alias), qualify=True)
            joined = self.relation(j.ref_table)
            if j.alias and isinstance(
                joined, exp.Table
            ):  # the table's own rows again, as the role its key names: JOIN staff AS manager
                joined.set("alias", exp.TableAlias(this=self.name(j.alias)))
            # rows listed beside the row their own key names keep the ones it names none (the top of the tree)
            side = (
                "left" if j.alias and j.ref_table == j.table == self.plan.table and self.plan.kind == "rows" else None
            )
            select = select.join(joined, on=exp.EQ(this=key, expression=ref), join_type=side, copy=False)
        for k in self.plan.date_keys:
            if k.alias and k.dimension and k.dimension_key:
                key = self.plain(k.column, qualify=True)
                ref = exp.Column(this=self.name(k.dimension_key), table=self.name(k.alias))
                dim = exp.Table(this=self.name(k.dimension), alias=exp.TableAlias(this=self.name(k.alias)))
                select = select.join(dim, on=exp.EQ(this=key, expression=ref), copy=False)
        return select

    def relation(self, name: str) -> exp.Expr:
        """A table of the FROM clause: with one row per element of the list column the plan groups by, if any."""
        listed: dict[str, ListFormat] = {c: fmt for (t, c), fmt in self.unnested.items() if t == name}
        table = self.catalog.table(name) if listed else None
        return self.table(name) if table is None else unnested_table(table, listed, self.name)

    def source(self) -> exp.Expr:
        """The plan's table; with mirrored columns, each row twice, once with each pair's columns swapped, under the
        table's own name (UNION ALL)."""
        table = self.catalog.table(self.plan.table)
        if self.plan.spans is not None:
            return self._spans(self.plan.spans)
        if self.plan.twins and not self.plan.mirrored and table is not None:  # rows of one kind kept in two tables
            names = [exp.Column(this=self.name(c.name)) for c in stored_columns(table.columns)]
            parts = [
                exp.select(*(n.copy() for n in names)).from_(self.table(t)) for t in (table.name, *self.plan.twins)
            ]
            rows = parts[0]
            for part in parts[1:]:
                rows = exp.union(rows, part, distinct=False)
            return exp.Subquery(this=rows, alias=exp.TableAlias(this=self.name(self.plan.table)))
        if not self.plan.mirrored or table is None:
            return self.relation(self.plan.table)
        swap = {a: b for a, b in self.plan.mirrored} | {b: a for a, b in self.plan.mirrored}
        names = [c.name for c in stored_columns(table.columns)]

        def side(swapped: bool) -> exp.Select:
            cols = [
                exp.alias_(exp.Column(this=self.name(swap[n])), self.name(n), copy=False)
                if swapped and n in swap
                else exp.Column(this=self.name(n))
                for n in names
            ]
            return exp.select(*cols).from_(self.table(self.plan.table), copy=False)

        both = exp.union(side(False), side(True), distinct=False)
        return exp.Subquery(this=both, alias=exp.TableAlias(this=self.name(self.plan.table)))

    def _spans(self, span: StateSpan) -> exp.Expr:
        """The log as one row per item: its key, the first time it reached the start state and the first or last time
        it reached the end state (MIN / MAX of the date over those rows), under the log's own name."""
        date, state = exp.Column(this=self.name(span.date)), exp.Column(this=self.name(span.state))
        if span.held:
            return self._visits(span)

        def reached(value: str, agg: type[exp.Min] | type[exp.Max]) -> exp.Expr:
            return agg(this=exp.Case().when(exp.EQ(this=state.copy(), expression=lit(value)), date.copy()))

        outputs: list[exp.Expr] = [exp.Column(this=self.name(span.key))]
        if span.start is not None:
            outputs.append(exp.alias_(reached(span.start, exp.Min), self.name(SPAN_START), copy=False))
        last = exp.Min if span.end_first else exp.Max
        outputs.append(exp.alias_(reached(span.end, last), self.name(SPAN_END), copy=False))
        rows = exp.select(*outputs).from_(self.table(self.plan.table)).group_by(exp.Column(this=self.name(span.key)))
        return exp.Subquery(this=rows, alias=exp.TableAlias(this=self.name(self.plan.table)))

    def _visits(self, span: StateSpan) -> exp.Expr:
        """The log as one row per change: the item's key, the state reached, when (SPAN_START) and when the item's
        next change came (SPAN_END, a LEAD over the item's changes in time), under the log's own name."""
        date = exp.Column(this=self.name(span.date))
        key = exp.Column(this=self.name(span.key))
        order = [exp.Ordered(this=date.copy())]
        own = self.catalog.table(self.plan.table)
        first = own.columns[0].name if own is not None and own.columns else None
        if first is not None and first not in (span.key, span.date, span.state):
            order.append(exp.Ordered(this=exp.Column(this=self.name(first))))  # changes logged at the same time
        window = exp.Window(
            this=exp.Lead(this=date.copy()),
            partition_by=[key.copy()],
            order=exp.Order(expressions=order),
        )
        outputs: list[exp.Expr] = [
            key,
            exp.Column(this=self.name(span.state)),
            exp.alias_(date, self.name(SPAN_START), copy=False),
            exp.alias_(window, self.name(SPAN_END), copy=False),
        ]
        rows = exp.select(*outputs).from_(self.table(self.plan.table))
        if span.field is not None:
            rows = rows.where(exp.EQ(this=exp.Column(this=self.name(span.field[0])), expression=lit(span.field[1])))
        return exp.Subquery(this=rows, alias=exp.TableAlias(this=self.name(self.plan.table)))

    def where(self, select: exp.Select, extra: list[exp.Expr] | None = None) -> exp.Select:
        """WHERE of row filters, non-null group keys and extra conditions."""
        nulls = [not_null(self.col(c)) for c in null_keys(self.plan, self.catalog)]
        # An unknown member (-1, a dimension row without a date) is no point of a time axis.
        nulls += [not_null(self.col(d.column)) for d in self.plan.dimensions if self._is_key(d.column)]
        conds = [self.condition(f) for f in self.plan.filters if f.having is None] + nulls + (extra or [])
        return select.where(*conds, copy=False) if conds else select

    def order_limit(self, select: exp.Select, limit: int) -> exp.Select:
        """ORDER BY the plan's output aliases, then LIMIT."""
        keys = [exp.Ordered(this=self._sort_key(o.alias), desc=o.desc or None) for o in self.plan.order]
        # A top N cut through a tie on its measure is settled by the groups, so the same question always returns the
        # same rows. (Not after an output named "all": sqlglot reads ORDER BY "all" back as ORDER BY ALL.)
        named = {o.alias for o in self.plan.order}
        if (
            self.plan.top_n
            and self.plan.order[:1]
            and self.plan.order[0].alias in {m.alias for m in self.plan.measures}
        ):
            keys += [
                exp.Ordered(this=self.alias(d.alias))
                for d in self.plan.dimensions
                if d.alias not in named and "all" not in named | {d.alias}
            ]
        return (select.order_by(*keys, copy=False) if keys else select).limit(limit, copy=False)

    def _sort_key(self, alias: str) -> exp.Expr:
        """An ORDER BY key. Rows listed with a join, sorted by a column of their own table that the output does
        not name exactly once (every column shown, or that one left out), would read the joined tables' columns
        too, where a name two tables share (an id, a name) is ambiguous: it is the row table's column."""
        p = self.plan
        joined = p.joins or any(k.alias and k.dimension for k in p.date_keys)
        if p.kind != Intent.ROWS or not joined or sum(c.column == alias for c in p.columns) == 1:
            return self.alias(alias)
        own = self.catalog.table(p.table)
        if own is None or own.column(alias) is None:
            return self.alias(alias)
        return self.plain(ColumnRef(table=p.table, column=alias), qualify=True)

    def build(self) -> exp.Select:
        """The statement for the plan's kind."""
        kind = self.plan.kind
        if kind == Intent.SCATTER:
            return self._scatter()
        if kind == Intent.HISTOGRAM:
            return self._histogram()
        if kind == Intent.ROWS:
            return self._rows()
        return self._aggregate()

    def _top_n_of_first(self) -> exp.Expr:
        """Top N of the category dimension (not the time axis), to split those by the second dimension."""
        p = self.plan
        d0, m0 = sorted(p.dimensions, key=lambda d: d.bucket is not None)[0], p.measures[0]
        sub = self.where(self.from_joins(exp.select(self.dim(d0)))).group_by(self.dim(d0), copy=False)
        # Ranked by the plain aggregate: a running total or a change is a window, which a grouping of the category
        # alone cannot order by (and the top N of a running total are the categories with the largest totals).
        sub = sub.order_by(exp.Ordered(this=self._measure(m0), desc=p.top_desc or None), copy=False)
        sub = sub.limit(p.top_n or MAX_LIMIT, copy=False)
        return exp.In(this=self.dim(d0), query=sub.subquery())

    def _top_within(self) -> exp.Expr:
        """ROW_NUMBER() OVER (PARTITION BY the group ORDER BY the first measure, then the members) <= N: the first N
        members of each group, a tie settled by the members' own order so each group shows N at most."""
        p = self.plan
        group = next(d for d in p.dimensions if d.alias == p.top_per)
        members = [self.dim(d) for d in p.dimensions if d is not group]
        order = [exp.Ordered(this=self._measure(p.measures[0]), desc=p.top_desc or None)]
        order += [exp.Ordered(this=m) for m in members]
        number = exp.Window(this=exp.RowNumber(), partition_by=[self.dim(group)], order=exp.Order(expressions=order))
        return exp.LTE(this=number, expression=lit(p.top_n or 1))

    def parent_grain(self) -> tuple[str, str] | None:
        """(table, key) when every measure reads one table the plan joins to from its rows (many-to-one, the
        parent): a plain join repeats a parent's value once per child row, so its sum, count or average would
        count it that many times. Those measures are then taken over one row per parent and group."""
        p = self.plan
        if p.kind != Intent.AGGREGATE or not p.measures or not p.joins or (p.top_n and len(p.dimensions) == 2):
            return None
        if p.once_per is not None:  # groups through a bridge: each row once per group (bridge_groups.py)
            return p.once_per.table, p.once_per.column
        if any(f.having for f in p.filters):
            return None
        tables = {m.column.table for m in p.measures if m.column is not None}
        if len(tables) != 1 or any(m.column is None or m.per is not None or m.share_of for m in p.measures):
            return None
        table = tables.pop()
        if table == p.table or any(other.table != table for m in p.measures for other in m.operands()):
            return None
        if all(m.agg in _GRAIN_FREE for m in p.measures):
            return None
        keys = [j.ref_column for j in p.joins if j.ref_table == table]
        return (table, keys[0]) if keys else None

    def _per_parent(self, table: str, key: str) -> exp.Select:
        """SELECT dims, agg(measure) over SELECT DISTINCT parent key, dims, measure columns (one row per parent and
        group): each parent's value counts once in each group it belongs to."""
        p = self.plan
        inner: list[exp.Expr] = [exp.alias_(self.plain(ColumnRef(table=table, column=key)), self.name("parent_key"))]
        inner += [exp.alias_(self.dim(d), self.name(d.alias), copy=False) for d in p.dimensions]
        names: dict[tuple[str, str], str] = {}
        having = [f for f in p.filters if f.having is not None]
        for m in [*p.measures, *(f.having for f in having if f.having is not None)]:
            for ref in [m.column, *m.operands()]:
                if ref is not None and (ref.table, ref.column) not in names:
                    names[(ref.table, ref.column)] = f"parent_value_{len(names)}"
                    inner.append(exp.alias_(self.col(ref), self.name(names[(ref.table, ref.column)]), copy=False))
        sub = self.where(self.from_joins(exp.select(*inner).distinct()))
        self.outer = names
        try:
            outputs: list[exp.Expr] = [self.dim(d) for d in p.dimensions]
            outputs += [exp.alias_(self.measure(m), self.name(m.alias), copy=False) for m in p.measures]
            select = exp.select(*outputs).from_(sub.subquery(self.name("per_parent")), copy=False)
            if p.dimensions:
                select = select.group_by(*(self.dim(d) for d in p.dimensions), copy=False)
            if having:  # "categories with more than 50 rentals": the groups' figures over the distinct rows
                select = select.having(*(self.condition(f) for f in having), copy=False)
        finally:
            self.outer = None
        return select

    def _per_each(self, key: ColumnRef) -> exp.Select:
        """SELECT dims, agg(figure) over SELECT dims, key, figure GROUP BY dims, key: a figure of each entity (its
        rows counted, or a column summed), then aggregated over the entities of each group."""
        p = self.plan
        inner: list[exp.Expr] = [exp.alias_(self.dim(d), self.name(d.alias), copy=False) for d in p.dimensions]
        inner.append(exp.alias_(self.col(key), self.name("each_key"), copy=False))
        for m in p.measures:
            figure = count_star() if m.column is None else exp.Sum(this=self.row_value(m, m.column))
            inner.append(exp.alias_(figure, self.name(m.alias), copy=False))
        groups = [self.dim(d) for d in p.dimensions] + [self.col(key)]
        sub = self.where(self.from_joins(exp.select(*inner))).group_by(*groups, copy=False)
        outputs: list[exp.Expr] = [self.alias(d.alias) for d in p.dimensions]
        outputs += [
            exp.alias_(agg_call(m.agg, self.alias(m.alias)), self.name(m.alias), copy=False) for m in p.measures
        ]
        select = exp.select(*outputs).from_(sub.subquery(self.name("per_each")), copy=False)
        if p.dimensions:
            select = select.group_by(*(self.alias(d.alias) for d in p.dimensions), copy=False)
        return select

    def _per_member(self, key: ColumnRef, members: ColumnRef) -> exp.Select:
        """SELECT dims, agg(COALESCE(figure, 0)) FROM the members' table LEFT JOIN (SELECT key, COUNT(*) or SUM(column)
        … GROUP BY key): each member's count of rows or total, 0 for a member with none, aggregated over every member of
        each group."""
        p = self.plan
        side = member_side(p, members.table)
        rows = p.model_copy(
            update={
                "dimensions": [],
                "filters": [f for f in p.filters if f.column.table not in side],
                "joins": [j for j in p.joins if j.ref_table not in side],
            }
        )
        inner_builder = SqlBuilder(rows, self.catalog, self.dialect)
        figures = [exp.alias_(inner_builder.col(key), self.name("each_key"), copy=False)]
        figures += [
            exp.alias_(
                count_star() if m.column is None else exp.Sum(this=inner_builder.row_value(m, m.column)),
                self.name(m.alias),
                copy=False,
            )
            for m in p.measures
        ]
        inner = inner_builder.where(inner_builder.from_joins(exp.select(*figures)))
        inner = inner.group_by(inner_builder.col(key), copy=False)
        own = AnalysisPlan(
            table=members.table,
            joins=[j for j in p.joins if j.table in side and j.ref_table in side],
            dimensions=p.dimensions,
            filters=[f for f in p.filters if f.column.table in side],
            date_keys=[k for k in p.date_keys if k.column.table in side],
        )
        outer = SqlBuilder(own, self.catalog, self.dialect)
        outer.qualify = True
        each = self.name("per_each")
        on = exp.EQ(this=outer.plain(members), expression=exp.column(self.name("each_key"), table=each.copy()))
        outputs: list[exp.Expr] = [exp.alias_(outer.dim(d), self.name(d.alias), copy=False) for d in p.dimensions]
        for m in p.measures:
            figure = func("coalesce", exp.column(self.name(m.alias), table=each.copy()), lit(0))
            outputs.append(exp.alias_(agg_call(m.agg, figure), self.name(m.alias), copy=False))
        select = outer.from_joins(exp.select(*outputs))
        select = select.join(inner.subquery(each), on=on, join_type="left", copy=False)
        select = outer.where(select)
        if p.dimensions:
            select = select.group_by(*(outer.dim(d) for d in p.dimensions), copy=False)
        return select

    def _totals_of(self, plan: AnalysisPlan) -> exp.Select:
        """Another plan's aggregate over the same catalog and dialect (a ratio's part or whole, taken apart)."""
        return SqlBuilder(plan, self.catalog, self.dialect)._aggregate()

    def _aggregate(self) -> exp.Select:
        p = self.plan
        apart = next((m for m in p.measures if m.whole is not None), None)
        if apart is not None:  # a part and its whole in two tables: each total in a query of its own
            return self.order_limit(apart_select(p, apart, self._totals_of, self.name), min(p.limit, MAX_LIMIT))
        each = next((m.of_each for m in p.measures if m.of_each is not None), None)
        members = next((m.members for m in p.measures if m.members is not None), None)
        if each is not None and members is not None:
            return self.order_limit(self._per_member(each, members), min(p.limit, MAX_LIMIT))
        if each is not None:
            return self.order_limit(self._per_each(each), min(p.limit, MAX_LIMIT))
        grain = self.parent_grain()
        if grain is not None:
            select = self._per_parent(*grain)
            if whole_answer(p):
                return self.order_limit(select, self.whole_rows)
            limit = p.top_n if p.top_n and len(p.dimensions) < 2 else min(p.limit, MAX_LIMIT)
            return self.order_limit(select, limit)
        outputs: list[exp.Expr] = []
        for d in p.dimensions:
            e = self.dim(d)
            plain = not d.column.parts and not d.column.scale
            plain = plain and isinstance(e, exp.Column)  # a JSON key's value is named as its column
            same = d.bucket is None and d.alias == d.column.column and not self._is_key(d.column) and plain
            outputs.append(e if same else exp.alias_(e, self.name(d.alias), copy=False))
        keys = [(self.col(d.key), d.key_alias or d.key.column) for d in p.dimensions if d.key is not None]
        keys += [(self.plain(part), alias) for part, alias in name_parts(self.plan)]
        outputs += [exp.alias_(k, self.name(alias), copy=False) for k, alias in keys]
        outputs += [exp.alias_(self.measure(m), self.name(m.alias), copy=False) for m in p.measures]
        per_group = p.top_per is not None and p.top_n is not None
        extra = [self._top_n_of_first()] if p.top_n and len(p.dimensions) == 2 and p.measures and not per_group else []
        select = self.where(self.from_joins(exp.select(*outputs)), extra)
        if p.dimensions:
            # Two members sharing a name stay two groups: their key is grouped by too.
            groups = [self.dim(d) for d in p.dimensions] + [k.copy() for k, _ in keys]
            select = select.group_by(*groups, copy=False)
        having = [self.condition(f) for f in p.filters if f.having is not None]
        if having:
            select = select.having(*having, copy=False)
        if per_group:
            select = select.qualify(self._top_within(), copy=False)
        if whole_answer(p):
            return self.order_limit(select, self.whole_rows)
        limit = p.top_n if p.top_n and len(p.dimensions) < 2 else min(p.limit, MAX_LIMIT)
        return self.order_limit(select, limit)

    def named(self, ref: ColumnRef) -> exp.Expr:
        """A column as an output: a date key keeps its own name for the date it stands for."""
        c = self.col(ref)
        if ref.parts or ref.scale:
            return exp.alias_(c, self.name(ref.output()), copy=False)
        if ref.alias:  # the row's own column and its manager's share a name: the manager's is called by the role
            return exp.alias_(c, self.name(f"{ref.alias}_{ref.column}"), copy=False)
        read = self._is_key(ref) or not isinstance(c, exp.Column)  # a date key, a JSON key: named as the column
        return exp.alias_(c, self.name(ref.column), copy=False) if read else c

    def _scatter(self) -> exp.Select:
        cols = [self.col(c) for c in self.plan.columns]
        outputs = [self.named(c) for c in self.plan.columns]
        select = self.where(self.from_joins(exp.select(*outputs)), [not_null(c) for c in cols[:2]])
        return select.order_by(cols[0].copy(), copy=False).limit(self.whole_rows, copy=False)

    def _group_histogram(self, figure: Measure) -> exp.Select:
        """Bins of a figure taken per group (each customer's number of orders): the groups counted per bin."""
        p = self.plan
        per_group = p.model_copy(
            update={"kind": Intent.AGGREGATE, "measures": [figure], "binned": None, "order": [], "top_n": None}
        )
        inner = SqlBuilder(per_group, self.catalog, self.dialect, self.whole_rows)._aggregate()
        inner.set("limit", None)
        inner.set("order", None)
        groups, widths = self.name("per_group"), self.name("bin_width")
        value = exp.column(self.name(figure.alias), table=groups)
        spread = exp.Sub(this=exp.Max(this=value.copy()), expression=exp.Min(this=value.copy()))
        whole = self._whole(figure)
        if whole and p.bin_width is not None:  # "number of guests by number of stays": every count its own bar
            sized = exp.select(exp.alias_(lit(p.bin_width), self.name("width")))
        elif whole:
            width = func("greatest", lit(1), func("ceil", div(spread, lit(float(HISTOGRAM_BINS)))))
            sized = exp.select(exp.alias_(width, self.name("width"))).from_(exp.Table(this=groups.copy()))
        else:  # figures spread under 1 (average ratios) are cut finer than whole units
            step, unit = exp.column("step"), exp.column("unit")
            steps = exp.select(exp.alias_(div(spread, lit(float(HISTOGRAM_BINS))), "step")).from_(groups.copy())
            units = exp.select(step, exp.alias_(power_unit(step.copy()), "unit")).from_(steps.subquery("s"))
            sized = exp.select(exp.alias_(fine_width(step, unit), self.name("width"))).from_(units.subquery("u"))
        w = exp.column(self.name("width"), table=widths)
        alias = bin_alias(p)
        binned = mul(func("floor", div(value.copy(), w)), w.copy())
        if not whole:  # a width of 0.05 leaves 0.30000000000000004 for 0.3
            binned = func("round", binned, lit(9))
        select = (
            exp.select(
                exp.alias_(binned, self.name(alias), copy=False),
                exp.alias_(count_star(), self.name("count"), copy=False),
            )
            .from_(exp.Table(this=groups.copy()))
            .join(exp.Table(this=widths.copy()), join_type="cross")
            .with_(groups.copy(), as_=inner)
            .with_(widths.copy(), as_=sized)
        )
        select = select.where(not_null(value.copy()), copy=False)
        select = select.group_by(self.alias(alias), copy=False).order_by(self.alias(alias), copy=False)
        return select.limit(MAX_LIMIT, copy=False)

    def _whole(self, figure: Measure) -> bool:
        """A figure in whole units: a count, or a total of a whole-number column."""
        if figure.agg in ("count", "count_distinct") or figure.column is None:
            return True
        table = self.catalog.table(figure.column.table)
        info = table.column(figure.column.column) if table else None
        typ = info.type.upper() if info else ""
        return figure.agg == "sum" and "INT" in typ and not figure.operands()

    def _histogram(self) -> exp.Select:
        p = self.plan
        if p.binned is not None and p.dimensions:
            return self._group_histogram(p.binned)
        computed = p.binned
        c = self.row_value(computed, computed.column) if computed and computed.column else self.col(p.columns[0])
        alias = bin_alias(p)
        w: exp.Expr = lit(p.bin_width or 1)
        if computed is not None:
            # A value computed on each row has no range in the catalog: whole units, about HISTOGRAM_BINS bins wide.
            spread = exp.Sub(this=exp.Max(this=c.copy()), expression=exp.Min(this=c.copy()))
            width = func("greatest", lit(1), func("ceil", div(spread, lit(float(HISTOGRAM_BINS)))))
            w = self.where(self.from_joins(exp.select(width)), [not_null(c.copy())]).subquery()
        value: exp.Expr = c
        if p.bin_range is not None:
            value = func("least", func("greatest", c.copy(), lit(p.bin_range[0])), lit(p.bin_range[1]))
        binned = mul(func("floor", div(value, w)), w.copy())
        groups = p.histogram_groups()  # one histogram per group ("by kind")
        outputs = [
            exp.alias_(binned, self.name(alias), copy=False),
            *(self.named(g) for g in groups),
            exp.alias_(count_star(), self.name("count"), copy=False),
        ]
        select = self.where(self.from_joins(exp.select(*outputs)), [not_null(c)])
        keys = [self.alias(alias), *(self.col(g) for g in groups)]
        select = select.group_by(*keys, copy=False).order_by(*(k.copy() for k in keys), copy=False)
        return select.limit(MAX_LIMIT, copy=False)

    def _rows(self) -> exp.Select:
        p = self.plan
        cols: list[exp.Expr] = [self.named(c) for c in p.columns] or [exp.Star()]
        select = exp.select(*cols).distinct() if p.distinct and p.columns else exp.select(*cols)
        return self.order_limit(self.where(self.from_joins(select)), min(p.limit, MAX_LIMIT))


HISTOGRAM_BINS = 20


def member_side(plan: AnalysisPlan, member: str) -> set[str]:
    """The members' table and the tables the plan joins to from it (the groups a member belongs to)."""
    side = {member}
    grew = True
    while grew:
        grew = False
        for j in plan.joins:
            if j.table in side and j.ref_table not in side and j.alias is None:
                side.add(j.ref_table)
                grew = True
    return side


def null_keys(plan: AnalysisPlan, catalog: Catalog) -> list[ColumnRef]:
    """Nullable category columns the plan groups by (text, yes/no, or numbers such as a route number): a NULL bar
    answers nothing, so those rows are left out. So are rows whose date is empty under a period ("check-ins by
    weekday" over rows not checked in yet): an empty date is no point of a time axis."""
    if plan.kind != Intent.AGGREGATE:
        return []
    out: list[ColumnRef] = []
    # A pie or a share of the total shows the parts of a whole: the rows with no value are a part of it too.
    whole = plan.chart_hint == "pie" or any(m.of_total for m in plan.measures)
    for d in plan.dimensions:
        table = catalog.table(d.column.table)
        info = table.column(d.column.column) if table else None
        if (
            not d.column.parts
            and info is not None
            and info.nullable
            and (
                info.kind in ("text", "boolean", "numeric") and not whole if d.bucket is None else bool(info.null_count)
            )
        ):
            out.append(d.column)
    return out


def build_sql(
    plan: AnalysisPlan, catalog: Catalog, dialect: str = "duckdb", *, whole_rows: int = WHOLE_ANSWER_ROWS
) -> str:
    """The plan's SQL in `dialect` (DuckDB unless told otherwise; "spark" for Spark SQL); a whole answer
    asks for at most `whole_rows` rows."""
    tree = SqlBuilder(plan, catalog, dialect, whole_rows).build()
    return (spark_quantiles(tree) if dialect in SPARK_DIALECTS else tree).sql(dialect=dialect, pretty=True)
