"""The figure asked of a table in long format: "unemployment rate in Vanuatu over time" keeps the rows of one figure
(a filter on the names column, read from its leading words) and takes the value column's number, named after the
figure; asked of no grouping nor period, the figure is shown over its periods (one number per year is what such a
table holds); pinned to one year, one number ("population of Peru in 2020"); in years listed ("in 2019 and 2020"),
one number per year."""

from __future__ import annotations

import re
from itertools import pairwise

from backend.agents.builtin.catalog_index import CatalogIndex, TableEntry
from backend.agents.builtin.long_format import figure_head, summed
from backend.agents.builtin.models import Agg, Dimension, Filter, Measure
from backend.agents.builtin.reading import Reading
from backend.agents.builtin.role_model import Roles, ref

_ALIAS = re.compile(r"[^a-z0-9]+")


def long_figure(r: Reading, idx: CatalogIndex, ro: Roles, main: TableEntry) -> str | None:
    """Set the figure's measure (and, when nothing else groups it, its periods) on `ro`; the note saying so."""
    lf = idx.long.get(main.info.name)
    value = main.col(lf.value) if lf is not None else None
    if lf is None or value is None or ro.measures:
        return None
    named = [f for f in ro.filters if (f.column.table, f.column.column) == (lf.names_table, lf.names)]
    figures = [str(v) for f in named if f.op in ("=", "in") for v in f.values]
    if not figures:
        return None
    said: Agg | None = next((a.agg for a in r.aggs if a.agg not in ("count", "count_distinct")), None)
    agg: Agg = said or ("sum" if all(summed(f) for f in figures) else "avg")
    alias = _ALIAS.sub("_", " ".join(figure_head(figures[0])).lower()).strip("_") if len(figures) == 1 else ""
    ro.measures.append(Measure(agg=agg, column=ref(value), alias=alias or f"{agg}_{value.name}"))
    if len(figures) > 1:  # "life expectancy and unemployment in Vanuatu": one series per figure
        names = idx.tables[lf.names_table].col(lf.names)
        if names is not None:
            ro.dims.append(Dimension(column=ref(names), alias=lf.names))
    free = not ro.dims  # nothing groups the figure yet
    if free:  # "GDP of Peru and Nauru in 2020": one number (or line) per thing said
        ro.dims += [
            Dimension(column=f.column, alias=f.column.column)
            for f in ro.filters
            if f.op == "in" and len(f.values) > 1 and f not in named
        ][:1]
    period = main.year or main.date
    years = listed_years(r) if main.year is not None else []
    if main.year is not None and len(years) > 1:  # "GDP of Peru in 2019 and 2020": one number per year said
        label = ", ".join(str(y) for y in years)
        ro.date_filter[:] = [Filter(column=ref(main.year), op="in", values=list(years), label=label)]
        ro.time = ro.time or "auto"
    elif free and ro.time is None and period is not None:
        if _one_period(r):
            r.flags.add("whole")  # "population of Peru in 2020": one number, no trend of one point
        else:
            ro.time = "auto"  # "population of Nauru": the figure over its periods
    latest = _latest_year(r, ro, main, said is not None) if not free else None
    if latest is not None:
        done = "ranked them" if _ranked(r) else "took each one's figure"
        return f"No year was said, so I {done} in the latest year in the data, {latest}."
    return (
        f"{lf.table} holds one row per figure; I took {value.name} of the rows whose {lf.names} is "
        + (" or ".join(f"'{f}'" for f in figures))
        + "."
    )


def _ranked(r: Reading) -> bool:
    return r.top_n is not None or r.ranked or r.superlative is not None


def _latest_year(r: Reading, ro: Roles, main: TableEntry, said: bool) -> int | None:
    """ "top 5 nations by GDP", "GDP by nation" said of no year: the figure's ranking or each thing's figure in the
    table's latest year (an average over every year would show a past no one asked about); the year taken, or None
    when a period is said, or an aggregate ("average GDP by nation": over the years, as said)."""
    year = main.year
    if year is None or not (_ranked(r) or not said) or r.date is not None or ro.date_filter or ro.time is not None:
        return None
    if any(d.column == ref(year) for d in ro.dims) or not isinstance(year.info.max, int | float):
        return None
    latest = int(year.info.max)
    ro.date_filter.append(Filter(column=ref(year), op="=", values=[latest], label=f"{year.name} {latest}"))
    return latest


_LISTING = frozenset({"and", "or", "&"})
_YEARS = (1000, 3000)


def listed_years(r: Reading) -> list[int]:
    """The years said one after the other ("in 2019 and 2020", "2018, 2019 or 2021"), when the question says two or
    more and no others; none for a range ("between 2019 and 2021", "from 2019 to 2021")."""
    years = [
        (k, int(t.text)) for k, t in enumerate(r.tokens) if t.text.isdigit() and _YEARS[0] <= int(t.text) <= _YEARS[1]
    ]
    if len(years) < 2 or r.low(years[0][0] - 1) in ("between", "from"):
        return []
    if any(any(r.low(j) not in _LISTING for j in range(a + 1, b)) for (a, _), (b, _) in pairwise(years)):
        return []
    return [y for _, y in years]


def _one_period(r: Reading) -> bool:
    """The question pins one period ("in 2020"): its figure is one number."""
    return r.date is not None and r.date.kind in ("year", "month", "quarter", "day")
