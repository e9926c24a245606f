"""sqlglot expression pieces for the SQL builder: identifiers quoted by the target dialect's own keyword rules,
literals, aggregates and date buckets. Expressions are built once and rendered in any dialect sqlglot knows, so
DuckDB and Spark SQL come from the same tree."""

from __future__ import annotations

import re
from functools import cache

from sqlglot import exp
from sqlglot.dialects.dialect import Dialect
from sqlglot.errors import ParseError, TokenError

from backend.agents.builtin.models import Bucket, Scalar

# The builder's functions are named as DuckDB spells them; sqlglot parses them into typed nodes
# (TimestampTrunc, DayOfWeekIso, …) that every target dialect renders in its own spelling.
SOURCE = "duckdb"
_PLAIN = re.compile(r"[a-z_][a-z0-9_]*")


@cache
def needs_quotes(name: str, dialect: str) -> bool:
    """True unless `name` is a plain lower-case word that the dialect reads as a bare column name: not one of its
    generator's reserved words, and parsed back as that column wherever the builder puts one (a word such as IF
    or DATE is read as a keyword or a function there)."""
    if not _PLAIN.fullmatch(name):
        return True
    d = Dialect.get_or_raise(dialect)
    if name in d.generator_class.RESERVED_KEYWORDS:
        return True
    probe = f"SELECT {name}, {name} AS x FROM {name} WHERE {name} >= 0 GROUP BY {name} ORDER BY {name}"
    try:
        tree = d.parse(probe)[0]
    except (ParseError, TokenError):
        return True
    if tree is None:
        return True
    columns = [c.name for c in tree.find_all(exp.Column)]
    tables = [t.name for t in tree.find_all(exp.Table)]
    return columns != [name] * 5 or tables != [name]


def ident(name: str, dialect: str) -> exp.Identifier:
    """An identifier, quoted only when the dialect needs it (mixed case is quoted to keep it exact)."""
    return exp.Identifier(this=name, quoted=needs_quotes(name, dialect))


def func(name: str, *args: exp.Expr) -> exp.Expr:
    """A function call by its DuckDB name, as sqlglot's typed node when it has one."""
    return exp.func(name, *args, dialect=SOURCE)


def lit(value: Scalar) -> exp.Expr:
    """A literal for a filter value (whole floats written as integers)."""
    if isinstance(value, bool):
        return exp.Boolean(this=value)
    if isinstance(value, int | float):
        return exp.Literal.number(repr(int(value)) if float(value).is_integer() else repr(float(value)))
    return exp.Literal.string(value)


def fine_width(step: exp.Expr, unit: exp.Expr) -> exp.Expr:
    """A bin width for a figure not in whole units, from its spread over the bins wanted (`step`) and the power of ten
    at or under it (`unit`, `power_unit(step)`): whole units from 1 up, else 1, 2 or 5 times the power of ten (average
    ratios from 0.1 to 0.9: bins of 0.05)."""
    nice = exp.Case()
    for k in (1, 2, 5):
        nice = nice.when(exp.LTE(this=step.copy(), expression=mul(lit(k), unit.copy())), mul(lit(k), unit.copy()))
    nice = nice.else_(mul(lit(10), unit.copy()))
    whole = exp.GTE(this=step.copy(), expression=lit(1))
    return (
        exp.Case().when(whole, func("ceil", step.copy())).when(exp.GT(this=step, expression=lit(0)), nice).else_(lit(1))
    )


def power_unit(step: exp.Expr) -> exp.Expr:
    """The power of ten at or under a positive step (0.04 → 0.01); NULL for 0."""
    return func("power", lit(10), func("floor", func("log10", exp.Nullif(this=step, expression=lit(0)))))


def date_lit(iso: Scalar) -> exp.Expr:
    """A DATE literal from an ISO string."""
    return exp.cast(exp.Literal.string(str(iso)), exp.DataType.Type.DATE)


def paren(e: exp.Expr) -> exp.Expr:
    """Parenthesised when it is an operator expression, so nesting it keeps its meaning."""
    return exp.Paren(this=e) if isinstance(e, exp.Binary) else e


def mul(a: exp.Expr, b: exp.Expr) -> exp.Expr:
    return exp.Mul(this=paren(a), expression=paren(b))


def div(a: exp.Expr, b: exp.Expr) -> exp.Expr:
    return exp.Div(this=paren(a), expression=paren(b))


def scaled(a: exp.Expr, by: float) -> exp.Expr:
    """a / by (cents in whole units: a / 100.0, seconds in hours: a / 3600.0), or a times its inverse when by is below
    one (hours in minutes: a * 60.0)."""
    n = by if by >= 1 else 1 / by
    text = f"{n:.10g}"
    number = exp.Literal.number(text if any(ch in text for ch in ".e") else f"{text}.0")
    return div(a, number) if by >= 1 else exp.Mul(this=paren(a), expression=number)


def concat(*parts: exp.Expr) -> exp.Expr:
    """a || b || …"""
    out = parts[0]
    for p in parts[1:]:
        out = exp.DPipe(this=out, expression=p, safe=True)
    return exp.Paren(this=out)


QUARTILES = {"q1": "0.25", "q3": "0.75"}


def agg_call(agg: str, c: exp.Expr) -> exp.Expr:
    """agg(c): count_distinct → count(DISTINCT c), stddev → the sample standard deviation."""
    if agg == "count_distinct":
        return exp.Count(this=exp.Distinct(expressions=[c]))
    if agg == "stddev":
        return exp.StddevSamp(this=c)
    if agg in QUARTILES:  # the exact (interpolated) quartile: DuckDB's QUANTILE_CONT, Spark's PERCENTILE
        return exp.PercentileCont(this=c, expression=exp.Literal.number(QUARTILES[agg]))
    if agg == "range":  # "the difference between the highest and the lowest salary"
        return exp.Sub(this=exp.Max(this=c), expression=exp.Min(this=c.copy()))
    return func(agg, c)


def date_diff(unit: str, start: exp.Expr, end: exp.Expr, dialect: str) -> exp.Expr:
    """Whole `unit`s from start to end. sqlglot writes MySQL's DATEDIFF without its unit (always days), so MySQL
    gets TIMESTAMPDIFF, which every unit has there."""
    node = exp.TimestampDiff if dialect == "mysql" else exp.DateDiff
    return node(this=end, expression=start, unit=exp.var(unit.upper()))


def whole_years(start: exp.Expr, end: exp.Expr, dialect: str) -> exp.Expr:
    """Years from start to end counted as an age is: the calendar years between them, less one while the end's day
    of the year comes before the start's (the birthday not yet reached)."""

    def day_of_year(d: exp.Expr) -> exp.Expr:  # month * 100 + day: compared, never added up
        return exp.Add(
            this=exp.Mul(this=exp.Month(this=d.copy()), expression=lit(100)), expression=exp.Day(this=d.copy())
        )

    early = exp.LT(this=day_of_year(end), expression=day_of_year(start))
    before = exp.Case().when(early, lit(1)).else_(lit(0))
    return exp.Sub(this=date_diff("year", start, end, dialect), expression=before)


# Seconds in each unit a clock reading's duration is counted in exactly (months and years are calendar units).
UNIT_SECONDS = {"minute": 60, "hour": 3600, "day": 86400, "week": 604800}


def elapsed(unit: str, start: exp.Expr, end: exp.Expr, dialect: str) -> exp.Expr:
    """The time from start to end in `unit`s with its fraction (90 minutes are 1.5 hours), not the unit boundaries
    crossed, for readings with a clock: microseconds between them over the unit's, so a reading's fraction of a
    second counts too (whole seconds crossed would be up to a second off on each row)."""
    seconds = UNIT_SECONDS.get(unit)
    if seconds is None:
        return date_diff(unit, start, end, dialect)
    return div(date_diff("microsecond", start, end, dialect), exp.Literal.number(f"{seconds * 1_000_000}.0"))


def count_star() -> exp.Expr:
    return exp.Count(this=exp.Star())


def not_null(c: exp.Expr) -> exp.Expr:
    return exp.Not(this=exp.Is(this=c.copy(), expression=exp.Null()))


def bucketed(e: exp.Expr, bucket: Bucket, *, temporal: bool, date_typed: bool) -> exp.Expr:
    """A date (or year number) truncated to a bucket; cycles are labels that sort in calendar order."""
    if bucket == "decade":  # a number: 1990, 2000 …
        year = func("year", e) if temporal else e
        tens = exp.Literal.number(10)
        return exp.cast(mul(func("floor", div(year, tens)), tens.copy()), exp.DataType.Type.INT)
    if bucket in ("hour_of_day", "quarter_of_year"):  # 0 … 23, 1 … 4: every day's hours, every year's quarters
        return exp.Extract(this=exp.var("HOUR" if bucket == "hour_of_day" else "QUARTER"), expression=e)
    if bucket == "part_of_week":  # "Weekend" (Saturday, Sunday) or "Weekday"
        weekend = exp.In(this=func("isodow", e), expressions=[exp.Literal.number(6), exp.Literal.number(7)])
        return exp.Case().when(weekend, exp.Literal.string("Weekend")).else_(exp.Literal.string("Weekday"))
    if bucket == "weekday":  # "1 Monday" … "7 Sunday": the number keeps the week in order
        number = exp.cast(func("isodow", e), exp.DataType.Type.VARCHAR)
        return concat(number, exp.Literal.string(" "), func("dayname", e.copy()))
    if bucket == "month_of_year":  # "01 January" … "12 December": every year's months together
        month = exp.cast(func("month", e), exp.DataType.Type.VARCHAR)
        padded = func("lpad", month, exp.Literal.number(2), exp.Literal.string("0"))
        return concat(padded, exp.Literal.string(" "), func("monthname", e.copy()))
    trunc = func("date_trunc", exp.Literal.string(bucket), e)
    # date_trunc returns a TIMESTAMP: a DATE column stays a date.
    return exp.cast(trunc, exp.DataType.Type.DATE) if date_typed else trunc
