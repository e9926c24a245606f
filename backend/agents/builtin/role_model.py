"""What a question asks for before defaults are filled in, and the naming helpers roles and plans share."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

from backend.agents.builtin.catalog_index import ColumnEntry
from backend.agents.builtin.dates import DateRange
from backend.agents.builtin.models import Agg, Bucket, ColumnRef, Dimension, Filter, Measure

TimeReq = Bucket | Literal["auto"]


@dataclass(slots=True)
class Roles:
    """What each part of the question asks for, before defaults are filled in."""

    measures: list[Measure] = field(default_factory=list[Measure])
    measure_explicit_agg: bool = False
    dims: list[Dimension] = field(default_factory=list[Dimension])
    filters: list[Filter] = field(default_factory=list[Filter])
    date_filter: list[Filter] = field(default_factory=list[Filter])
    date_range: DateRange | None = None
    time: TimeReq | None = None
    numeric_cols: list[ColumnRef] = field(default_factory=list[ColumnRef])
    lone_agg: Agg | None = None
    entity: ColumnRef | None = None
    rank_by: ColumnRef | None = None  # "the latest price": ranked by a date, showing the price
    money_hint: ColumnRef | None = None
    row_cols: list[ColumnRef] = field(default_factory=list[ColumnRef])
    count_noun: str | None = None
    notes: list[str] = field(default_factory=list[str])
    counted: str | None = None  # "Counted orders: one row per order.": said after every other remark
    direction_dim: bool = False  # "departing trips per station": the grouping is the origin-like column
    periods: bool = False  # compared periods ("Q1 vs Q2"): the time bucket is a series, not the x axis
    # "2023 vs 2024 by month": the compared years' months on the x axis (month_of_year), one series per year.
    within: Bucket | None = None
    # The date a verb names ("loans funded in 2024", "opened by month"): the range and the time axis use it.
    date_col: ColumnRef | None = None
    # Words a derived measure read that are no grouping nor time bucket of their own ("per hour" of a rate per hour).
    taken: set[int] = field(default_factory=set[int])


def ref(c: ColumnEntry) -> ColumnRef:
    """ColumnRef of an indexed column."""
    return ColumnRef(table=c.table, column=c.name)


def default_agg(c: ColumnEntry) -> Agg:
    """Sum what adds up (amounts, quantities), average everything else (prices, temperatures)."""
    return "sum" if c.additive else "avg"


# The first word of a measure's output name, by aggregate (total_amount, avg_price).
AGG_PREFIX: dict[str, str] = {"sum": "total", "avg": "avg", "min": "min", "max": "max", "median": "median",
                              "stddev": "stddev", "range": "range", "q1": "q1", "q3": "q3"}  # fmt: skip


def measure_alias(agg: Agg, column: str | None, noun: str | None = None) -> str:
    """Readable output name: total_amount, avg_price, order_count (a count named after the noun it counts)."""
    if column is None:
        return noun if noun and noun.endswith("count") else f"{noun or 'row'}_count"  # "headcount"
    if agg in ("count", "count_distinct"):
        # "number of customers" counted by their key (CustomerKey): named after the noun counted, customer_count.
        return f"{noun if noun and noun.isalpha() else column}_count"
    return f"{AGG_PREFIX[agg]}_{column}"
