"""Pydantic models the built-in analyst produces: plans, chart choices and decisions."""

from __future__ import annotations

from enum import StrEnum
from typing import Literal, Protocol

from pydantic import BaseModel, Field

from backend.models.catalog import ValueMatch

# range: max − min; q1 and q3: the first and third quartiles (a box plot's box)
Agg = Literal["count", "count_distinct", "sum", "avg", "min", "max", "median", "stddev", "range", "q1", "q3"]
Bucket = Literal[
    "hour",
    "day",
    "week",
    "month",
    "quarter",
    "year",
    "decade",
    "weekday",
    "month_of_year",
    "hour_of_day",
    "quarter_of_year",
    "part_of_week",
]
# Buckets that repeat: categories in order, not a time axis.
CYCLES = frozenset({"weekday", "month_of_year", "hour_of_day", "quarter_of_year", "part_of_week"})
DiffUnit = Literal["second", "minute", "hour", "day", "week", "month", "year"]
Change = Literal["abs", "pct"]
FilterOp = Literal[
    "=",
    "!=",
    "in",
    "not_in",
    ">",
    ">=",
    "<",
    "<=",
    "between",
    "contains",
    "starts_with",
    "ends_with",
    "date_range",
    "is_null",
    "not_null",
    "on_weekend",
    "on_weekday",
    "on_days",
    "in_hours",
    "same_period",
]


class Intent(StrEnum):
    """What a question asks for: aggregates by groups, one point per row, a distribution, or the rows themselves."""

    AGGREGATE = "aggregate"
    SCATTER = "scatter"
    HISTOGRAM = "histogram"
    ROWS = "rows"


Scalar = str | int | float | bool


class ColumnRef(BaseModel):
    """A column of a catalog table; `alias` names the table where the query joins it to itself (a person's manager
    among the same staff: the manager's row under the alias manager)."""

    table: str
    column: str
    alias: str | None = None
    # Columns of the same row written after this one, a space between: a person's name in parts (first, then last).
    parts: list[str] = Field(default_factory=list[str])
    # Money stored in subunits (cents, pence, micros), or a quantity asked in another unit (seconds in hours): read
    # divided by this, in whole units or the unit asked, and shown as `shown`.
    scale: float | None = None
    shown: str | None = None

    def output(self) -> str:
        """The name of the column this reference makes in a result: a name in parts is the rows' name, money in
        subunits is named in whole ones."""
        if self.parts:  # a person's manager among the same staff: "manager", beside the staff member's "name"
            return self.alias if self.alias and self.alias != self.table else FULL_NAME
        return self.shown or self.column


FULL_NAME = "name"


class Measure(BaseModel):
    """An aggregate such as sum(amount); column None means count(*)."""

    agg: Agg
    column: ColumnRef | None = None
    alias: str
    share_of: list[Filter] = Field(default_factory=list["Filter"])  # percentage of rows meeting these conditions
    minus: ColumnRef | None = None  # a derived measure: agg(column - minus), "revenue minus cost"
    times: ColumnRef | None = None  # a derived measure: agg(column * times), "quantity times price each"
    # With times, more factors of the same product: a load times its sets times its reps.
    also_times: list[ColumnRef] = Field(default_factory=list[ColumnRef])
    # A ratio: the total of column over the total of `over` ("toll divided by distance", "fare per
    # passenger"); another aggregate takes the ratio row by row, agg(column / over).
    over: ColumnRef | None = None
    percent: bool = False  # with over, the ratio in percent: "tips as a percentage of fares" (100 × total / total)
    plus: list[ColumnRef] = Field(default_factory=list[ColumnRef])  # a sum within a row: agg(column + plus…)
    of_total: bool = False  # the share of the grand total, in percent: "share of revenue per branch"
    running: bool = False  # a running total along the first (time) dimension: "cumulative sales by month"
    unit: DiffUnit | None = None  # with minus, a duration in units from minus to column, "days to ship"
    # With unit, the whole units crossed ("the number of days between": calendar days), without the fraction.
    whole_units: bool = False
    # An age in whole years: from the column (a birth date) to today, or with minus from minus (the birth date) to the
    # column (an event: "age at signup"); a year is counted once its birthday has come.
    age: bool = False
    change: Change | None = None  # the change from the previous time step, absolute or in percent
    # A ratio per entity: the total (sum of column, or the row count) over the number of distinct `per` values,
    # "average amount paid per grower", "revenue per employee by department".
    per: ColumnRef | None = None
    # A figure of each entity first (each order's items: the sum of the column, or the row count with no column),
    # then `agg` over those figures: "median number of orders per customer", "most items in a single order".
    of_each: ColumnRef | None = None
    # With of_each: the key of the members' own table. Every member is counted, one with no rows as 0 (the members'
    # table LEFT JOINed to each member's figure): "average orders per customer" is over all customers.
    members: ColumnRef | None = None
    # A rate over a figure of the group's own row (its population, headcount, floor area), one value per group: the
    # total (or the row count) over that value, "complaints per 1,000 residents by district" (with a scale of 1000).
    group_figure: ColumnRef | None = None
    # The change between two periods ("increase between 1952 and 2007"): the measure over the rows of span[1] minus
    # the measure over the rows of span[0], each a list of conditions on the date or year column.
    span: list[list[Filter]] = Field(default_factory=list[list["Filter"]])
    # With span: the measure over the rows of span[1] over (not minus) the one over the rows of span[0], a ratio.
    span_ratio: bool = False
    # Over the rows meeting these conditions only, every group kept (a group with none counts 0): "wins per side";
    # with share_of, the share among those rows ("win percentage" over the bouts fought).
    within: list[Filter] = Field(default_factory=list["Filter"])
    # Rates the row carries beside its money, each a fraction (a percentage read divided by 100), applied to the value
    # in turn: × (1 − less_rate), a discount taken off ("revenue"); × by_rate, the money the rate is of ("tax
    # collected", "discount given"); × (1 + plus_rate), a tax added on ("revenue including tax").
    less_rate: ColumnRef | None = None
    by_rate: ColumnRef | None = None
    plus_rate: ColumnRef | None = None
    # A ratio whose whole lives in another table reaching the same groups ("refunds as a share of sales by branch"):
    # the part's total (column summed, or rows counted) per group over this plan's one measure per group, each taken
    # in a query of its own, so neither table's rows repeat the other's.
    whole: AnalysisPlan | None = None

    def operands(self) -> list[ColumnRef]:
        """The columns a derived measure reads besides its own: what it subtracts, multiplies, divides or adds."""
        return (
            [c for c in (self.minus, self.times, self.over, self.group_figure) if c is not None]
            + self.also_times
            + self.plus
            + [c for c in (self.less_rate, self.by_rate, self.plus_rate) if c is not None]
        )


class Dimension(BaseModel):
    """A group-by key, optionally a date truncated to a bucket."""

    column: ColumnRef
    bucket: Bucket | None = None
    alias: str
    # The key of the rows a name column labels when two of them may share a name (two "Hillside" orchards): grouped
    # by too, and returned as `key_alias`, so they stay apart.
    key: ColumnRef | None = None
    key_alias: str | None = None
    # A text's part after this character, not the whole text: an address's domain, after its '@'.
    after: str | None = None


class Filter(BaseModel):
    """A row filter (or, with having=True, a filter on an aggregate)."""

    column: ColumnRef
    op: FilterOp
    values: list[Scalar] = Field(default_factory=list[Scalar])
    label: str = ""
    having: Measure | None = None
    # Compared with an aggregate of the same column over the whole table: "salary above the average".
    than_agg: Agg | None = None
    # With having and than_agg: compared with that aggregate of the groups' own figures ("more jobs than the average
    # hive": each hive's count against the average count per hive), not of the rows.
    than_groups: bool = False
    # With than_agg and no having: the aggregate over the rows the other row filters keep, not every row ("bigger
    # than the average 2025 won deal": the average of the won deals of 2025).
    than_kept: bool = False
    # Compared with another column of the same row: "shipped after the due date" (ship date > due date).
    than_column: ColumnRef | None = None
    # With "in"/"not_in" and no values: the values another table's column holds (its rows meeting `among_filters`),
    # "customers with no orders" (customer id not among the orders' customer ids).
    among: ColumnRef | None = None
    among_filters: list[Filter] = Field(default_factory=list["Filter"])
    # With among: conditions on how many of those rows hold each value ("customers with more than 3 orders": the
    # customer ids the orders hold more than 3 times), HAVING filters of a subquery grouped by the among column.
    among_having: list[Filter] = Field(default_factory=list["Filter"])
    # A value computed on each row compared instead of the column ("kept longer than 7 days": the time from one of
    # the row's dates to this one), as a measure computes it before aggregating.
    per_row: Measure | None = None
    # How a threshold said in another unit reads in the column's ("10 miles = 16.09 km"), shown in the thoughts.
    note: str = ""


class Join(BaseModel):
    """A many-to-one join along a foreign key; a key to the table's own rows joins them again under `alias`."""

    table: str
    column: str
    ref_table: str
    ref_column: str
    alias: str | None = None


class DateKey(BaseModel):
    """An integer key for a date (20240131; -1 or 0 for an unknown member): read as the date column of the
    date dimension row it references (joined as `alias`), or, with no date dimension, as its yyyymmdd digits; or a
    text column of ISO dates read through a cast (`text`)."""

    column: ColumnRef
    dimension: str | None = None
    dimension_key: str | None = None
    day: str | None = None
    alias: str | None = None
    unknown: bool = False  # the key holds values of 0 or less for unknown or not-applicable members
    # A text column whose every value is an ISO date, timestamp or time of day: the type it is read as (DATE,
    # TIMESTAMP, TIME), through a cast that leaves anything else (an empty string) no date.
    text: str | None = None


class OrderItem(BaseModel):
    """Sort key by output alias."""

    alias: str
    desc: bool = False


class StateSpan(BaseModel):
    """The times each item of a log of changes reached two states, one row per item (`key`): the first time the
    `state` column reached `start` (none: the span starts at another column the measure names) and the first or last
    time it reached `end`, from the log's `date`. The plan reads them as columns SPAN_START and SPAN_END of the log."""

    key: str
    date: str
    state: str
    start: str | None = None
    end: str
    end_first: bool = False
    # Time in one state: each time an item reached `end`, until its next change (one row per visit, not per item);
    # `field` (a column of the log and its value) keeps the changes of the one field whose states these are.
    held: bool = False
    field: tuple[str, str] | None = None


SPAN_START = "span_start"
SPAN_END = "span_end"


class AnalysisPlan(BaseModel):
    """What to compute, independent of SQL text: the parser's understanding of a question."""

    kind: Intent = Intent.AGGREGATE
    table: str
    joins: list[Join] = Field(default_factory=list[Join])
    # Date keys the plan reads as dates (each joined to its date dimension under its own alias).
    date_keys: list[DateKey] = Field(default_factory=list[DateKey])
    measures: list[Measure] = Field(default_factory=list[Measure])
    dimensions: list[Dimension] = Field(default_factory=list[Dimension])
    # Raw columns for scatter (x, y[, color]), histogram (value) and row listings.
    columns: list[ColumnRef] = Field(default_factory=list[ColumnRef])
    filters: list[Filter] = Field(default_factory=list[Filter])
    order: list[OrderItem] = Field(default_factory=list[OrderItem])
    limit: int = 1000
    distinct: bool = False  # a row listing of distinct values ("all distinct home ports")
    # Columns of the table that swap places in a second copy of each row (a match's home and away club, and their
    # goals): each row read once from each side, so the first column of each pair is "own", the second "other".
    mirrored: list[tuple[str, str]] = Field(default_factory=list[tuple[str, str]])
    # Tables with the main table's very columns whose rows are of its kind too (loans out, archived loans): read as
    # one table under the main table's name (UNION ALL).
    twins: list[str] = Field(default_factory=list[str])
    top_n: int | None = None
    top_desc: bool = True  # top (True) or bottom (False) N
    # With top_n: the first N are kept within each value of this dimension (its alias), not over all of them:
    # "top 2 widgets in each shop" ranks the widgets of each shop apart.
    top_per: str | None = None
    bin_width: float | None = None
    # A histogram of a value computed for each row (a duration between two dates of the row) instead of a column.
    binned: Measure | None = None
    # Outliers beyond this range are counted in the edge bins so a long tail does not flatten the rest.
    bin_range: tuple[float, float] | None = None
    date_column: str | None = None
    share: bool = False
    # Compared periods ("2023 vs 2024"): the date bucket is a category (bar series), not a time axis.
    periods: bool = False
    # Decided by choose_chart but remembered so follow-ups keep the user's explicit choice.
    chart_hint: str | None = None
    # The key of the plan's rows when groups reached through a bridge table pair a row with several of them: each row
    # counts once in each of its groups (over the distinct rows and groups), even where the bridge repeats a pair.
    once_per: ColumnRef | None = None
    # The plan's table read as one row per item of a log of changes, with the times it reached two states.
    spans: StateSpan | None = None

    def histogram_groups(self) -> list[ColumnRef]:
        """A histogram's group column, the one after the binned column ("distribution of price by kind": one
        histogram per kind); a histogram of a value computed on each row has none."""
        return self.columns[1:2] if self.binned is None else []


class ChartChoice(BaseModel):
    """Which chart fits the result, the other kinds that fit too, and why."""

    chart_type: str
    alternatives: list[str]
    x: str | None = None
    y: list[str] = Field(default_factory=list[str])
    series: str | None = None
    size: str | None = None  # a scatter's third measure, drawn as each point's area (bubble chart)
    reason: str


class QueryDecision(BaseModel):
    """Run this SQL and draw this chart."""

    kind: Literal["query"] = "query"
    plan: AnalysisPlan
    sql: str
    tables: list[str]
    thoughts: list[str]
    chart: ChartChoice
    title: str


class PresentationDecision(BaseModel):
    """Only change chart parameters of the previous result; no new query."""

    kind: Literal["presentation"] = "presentation"
    updates: dict[str, str | float | int | bool]
    thoughts: list[str]


class Clarification(BaseModel):
    """The question could not be turned into SQL: what was understood and what is missing."""

    kind: Literal["clarify"] = "clarify"
    understood: str
    needs: str
    suggestions: list[str]


Decision = QueryDecision | PresentationDecision | Clarification


Measure.model_rebuild()
Filter.model_rebuild()


class ValueLookup(Protocol):
    """Searches high-cardinality text columns, e.g. "Nordwind" -> suppliers.supplier_name."""

    def __call__(self, term: str) -> list[ValueMatch]: ...


def name_parts(plan: AnalysisPlan) -> list[tuple[ColumnRef, str]]:
    """The parts of a name grouped by with its key ("Ada Quill" beside "Ada" and "Quill"), each as its own column and
    output name: a reader sorts or filters people by surname; the whole name stays the chart's label."""
    taken = {d.alias for d in plan.dimensions} | {m.alias for m in plan.measures}
    out: list[tuple[ColumnRef, str]] = []
    for d in plan.dimensions:
        ref = d.column
        if not ref.parts or d.key is None or d.bucket is not None:
            continue
        role = f"{ref.alias}_" if ref.alias and ref.alias != ref.table else ""
        for c in [ref.column, *ref.parts]:
            alias = f"{role}{c}"
            if alias not in taken:
                taken.add(alias)
                out.append((ref.model_copy(update={"column": c, "parts": []}), alias))
    return out


def bin_alias(plan: AnalysisPlan) -> str:
    """The name of a histogram's bin column: the binned column's or the computed value's name."""
    return f"{plan.binned.alias if plan.binned else plan.columns[0].column}_bin"


BOX_AGGS: tuple[Agg, ...] = ("min", "q1", "median", "q3", "max")


def is_box(plan: AnalysisPlan) -> bool:
    """The plan computes a box plot's five numbers (and nothing else but their count)."""
    aggs = tuple(m.agg for m in plan.measures[: len(BOX_AGGS)])
    return plan.kind == Intent.AGGREGATE and aggs == BOX_AGGS


def box_columns(plan: AnalysisPlan) -> list[str]:
    """The output names of a box plot's five numbers, lowest first."""
    return [m.alias for m in plan.measures[: len(BOX_AGGS)]]
