"""Roles → AnalysisPlan: fills defaults (count rows, sum or average), decides the kind, order and limit."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import replace

from backend.agents.builtin import lexicon as lx
from backend.agents.builtin.box_plots import box_plan
from backend.agents.builtin.catalog_index import KEY_SHARE, CatalogIndex, ColumnEntry, TableEntry, raw_words, singular
from backend.agents.builtin.choice import Choice, choose_table
from backend.agents.builtin.conditions import attach_comparisons
from backend.agents.builtin.derived import per_entity, period_change, running_total, share_of_total
from backend.agents.builtin.durations import is_event
from backend.agents.builtin.entity_scatters import entity_scatter
from backend.agents.builtin.finishing import finish
from backend.agents.builtin.group_rates import group_rate
from backend.agents.builtin.line_items import line_takings
from backend.agents.builtin.listed_counts import count_beside
from backend.agents.builtin.listing import Projection, asks_for_rows, projection, rows_order
from backend.agents.builtin.long_figures import long_figure
from backend.agents.builtin.models import (
    Agg,
    AnalysisPlan,
    ColumnRef,
    Dimension,
    Filter,
    Intent,
    Measure,
    OrderItem,
)
from backend.agents.builtin.money_paths import carried_having, lines_over_header
from backend.agents.builtin.money_rates import rate_money, rated_takings
from backend.agents.builtin.naming import PART_WORDS
from backend.agents.builtin.period_span import change_between
from backend.agents.builtin.priced import priced_cost
from backend.agents.builtin.reading import Reading
from backend.agents.builtin.repeated import repeated_total
from backend.agents.builtin.role_model import Roles, default_agg, measure_alias, ref
from backend.agents.builtin.roles import RoleReader
from backend.agents.builtin.shared_names import rank_shared_names
from backend.agents.builtin.sold_prices import sold_takings
from backend.agents.builtin.span_ranking import ranked_span_rows
from backend.agents.builtin.sql_builder import MAX_LIMIT
from backend.agents.builtin.table_roles import own_key
from backend.agents.builtin.text_filters import pattern_filters
from backend.agents.builtin.time_axis import is_temporal, time_dims
from backend.agents.builtin.value_contrast import contrast_values
from backend.agents.builtin.verbs import people_table


class NeedsMore(Exception):
    """The question was understood only partly; the message says what is missing."""


def read_roles(r: Reading, idx: CatalogIndex, ch: Choice, today: dt.date | None) -> Roles:
    """Assign roles to the chosen cluster's mentions."""
    found = attach_comparisons(r, idx, ch)
    if r.patterns:
        parts, used = pattern_filters(r.patterns, r.tokens, idx, ch)
        found = replace(found, filters=found.filters + tuple(parts), used=found.used | used)
    return RoleReader(r, idx, ch, today).run(found)


def _rows_noun(idx: CatalogIndex, main: TableEntry) -> str:
    """What a row of the table is called: the last word of its name as written, in the singular (before a word that
    only says it is a header or a master table: SalesOrderHeader's rows are orders)."""
    written = [w for w in raw_words(main.info.name) if w.isalpha() and w not in idx.house]
    while len(written) > 1 and written[-1] in PART_WORDS:
        written.pop()
    return singular(idx, written[-1]) if written else (main.words[-1] if main.words else "row")


def _group_figures(r: Reading, idx: CatalogIndex, ro: Roles, main: TableEntry) -> Measure | None:
    """The figure of each group whose distribution is asked ("distribution of orders per customer", "histogram of
    total spend per buyer"): a count, or an aggregate the question names; a column's own values ("distribution of
    price by kind") are binned per group instead."""
    if "distribution" not in r.flags or len(ro.dims) != 1 or ro.time or is_temporal(main, ro.dims[0]):
        return None
    if not {t.lower for t in r.tokens} & {"per", "each"}:
        # "distribution of ratings" over a column of kinds, "parcels distributed across couriers": the rows per
        # kind or per courier, no figure of each binned.
        return None
    if not ro.measures and not ro.numeric_cols:
        _default_measure(r, idx, ro, main)
    if len(ro.measures) != 1:
        return None
    m = ro.measures[0]
    counted = m.agg == "count" and m.column is None
    return m if counted or (ro.measure_explicit_agg and m.agg in ("sum", "avg", "count_distinct")) else None


def _default_measure(r: Reading, idx: CatalogIndex, ro: Roles, main: TableEntry) -> None:
    """No measure named: the money column for "sales", an aggregate word's target, or a row count."""
    if ro.measures:
        return
    agg: Agg | None = next((w.agg for w in r.aggs if w.agg != "count"), None)
    if ro.money_hint is not None:
        col = main.col(ro.money_hint.column)
        chosen: Agg = agg or (default_agg(col) if col is not None else "sum")
        ro.measures.append(Measure(agg=chosen, column=ro.money_hint, alias=measure_alias(chosen, ro.money_hint.column)))
        return
    if agg == "avg" and _rows_averaged(r, main):  # "average tickets per agent": the rows counted per member
        noun = ro.count_noun if ro.count_noun and ro.count_noun.isalpha() else _rows_noun(idx, main)
        ro.measures.append(Measure(agg="count", column=None, alias=measure_alias("count", None, noun)))
        return
    if agg is not None and not ro.dims and not ro.filters:
        raise NeedsMore(f"which measure of {main.info.name} to take the {agg} of")
    if agg is not None and agg in lx.NUMERIC_AGGS:
        money = [c for c in main.columns if c.is_money]
        if not money:
            raise NeedsMore(f"which measure of {main.info.name} to take the {agg} of")
        ro.measures.append(Measure(agg=agg, column=ref(money[0]), alias=measure_alias(agg, money[0].name)))
        return
    noun = ro.count_noun if ro.count_noun and ro.count_noun.isalpha() else _rows_noun(idx, main)
    ro.measures.append(Measure(agg="count", column=None, alias=measure_alias("count", None, noun)))


def _timely(r: Reading) -> bool:
    """A word of time anywhere ("monthly", "daily"), even one a table's or column's name took (a daily_sales table),
    or a request to draw ("show revenue in 2024", "plot sales in 2023"): the figure over the range, along it."""
    drawn = r.low(0) in _DRAW_VERBS
    # A period's own word ("last quarter", "year to date") names the range, not a grain to draw it by.
    said = (t for t, w in zip(r.tokens, r.words, strict=True) if w is not None)
    return drawn or any(lx.bucket_of(t.lower) for t in said) or "trend" in r.flags


_DRAW_VERBS = frozenset({"show", "plot", "chart", "graph", "draw", "visualize", "visualise", "display"})


def _totals(ro: Roles, main: TableEntry) -> bool:
    """Every figure asked is a sum of money over the rows (revenue, sales), none a level such as a price."""
    cols = [m.column for m in ro.measures] if ro.measures else [ro.money_hint]
    found = [main.col(c.column) if c is not None and c.table == main.info.name else None for c in cols]
    return all(c is not None and _money_sum(c) for c in found) and all(m.agg == "sum" for m in ro.measures)


def _money_sum(c: ColumnEntry) -> bool:
    """Money added up over the rows: an amount, or a charge for a service (a freight charge, a shipping fee)."""
    charged = c.is_money or (c.additive and bool(c.words) and c.words[-1] in lx.CHARGE_WORDS)
    return charged and default_agg(c) == "sum"


def _rows_averaged(r: Reading, main: TableEntry) -> bool:
    """ "average tickets per agent", "mean replies per ticket": "average" right before the rows' own noun, then "per"
    — the number of rows of each member, averaged, not a column of theirs."""
    for a in r.aggs:
        if a.agg != "avg":
            continue
        rows = next(
            (m for m in r.mentions if m.kind == "table" and m.table == main.info.name and m.start == a.end), None
        )
        if rows is None:
            continue
        if r.low(rows.end) == "per":
            return True
    return False


_DURATION_WORDS = lx.TIME_UNIT_STEMS | {"time", "duration", "elapsed", "secs", "mins"}


def _age_in_years(r: Reading, idx: CatalogIndex, ro: Roles) -> None:
    """ "the oldest employees" ranked by an age in years, not by a date: the highest age first, so the adjective's
    direction (earliest date first) turns round."""
    adj = r.adjective
    ranked = ro.rank_by or next((m.column for m in ro.measures if m.column is not None), None)
    if adj is None or adj.concept != "date" or r.low(adj.start) not in lx.AGE_ADJECTIVES or ranked is None:
        return
    c = idx.tables[ranked.table].col(ranked.column) if ranked.table in idx.tables else None
    if c is not None and c.info.kind == "numeric" and not c.is_year:
        r.adjective = replace(adj, desc=not adj.desc)
        r.top_desc = not r.top_desc


def _speed_by_duration(r: Reading, idx: CatalogIndex, ro: Roles) -> None:
    """ "the fastest average time", "the quickest crews by finishing time": speed ranked by a duration is the
    shortest duration first, so the adjective's direction turns round."""
    adj = r.adjective
    ranked = ro.rank_by or next((m.column for m in ro.measures if m.column is not None), None)
    if adj is None or adj.concept != "speed" or ranked is None:
        return
    c = idx.tables[ranked.table].col(ranked.column)
    spans = ro.rank_by is None and any(
        m.minus is not None and m.unit is not None and not m.age for m in ro.measures[:1]
    )
    if spans or (c is not None and (set(c.words) & _DURATION_WORDS or "INTERVAL" in c.info.type.upper())):
        r.adjective = replace(adj, desc=not adj.desc)
        r.top_desc = not r.top_desc


def _spanned_rows(ro: Roles, spans: list[Measure]) -> list[Filter]:
    """ "average days between cancellation and arrival per channel": when every measure is a span between two dates
    of the row, the groups are those of the rows with both dates, so a channel with no cancellation is no row of
    empty figures."""
    if not ro.dims or not spans or len(spans) != len(ro.measures) or any(m.age for m in spans):
        return []
    ends = _unique([c for m in spans for c in (m.minus, m.column) if c is not None])
    return [Filter(column=c, op="not_null", label=f"{c.column} is set") for c in ends]


def plan_on(
    r: Reading, idx: CatalogIndex, table: str, today: dt.date | None
) -> tuple[AnalysisPlan, Choice, list[str]] | None:
    """The plan over `table` alone, with the choice it was planned with and the remarks made on the way; None when
    the question does not read on that table or needs more than it holds."""
    ch = choose_table(r, idx, only=table)
    if ch is None:
        return None
    try:
        plan, notes = build_plan(r, idx, ch, read_roles(r, idx, ch, today))
    except NeedsMore:
        return None
    return plan, ch, notes


def build_plan(r: Reading, idx: CatalogIndex, ch: Choice, ro: Roles) -> tuple[AnalysisPlan, list[str]]:
    """The plan for a fresh question."""
    main = ch.table
    _speed_by_duration(r, idx, ro)
    _age_in_years(r, idx, ro)
    figure = long_figure(r, idx, ro, main)
    notes = [*ro.notes, *([figure] if figure else []), *([ro.counted] if ro.counted else [])]
    filters = ro.filters + ro.date_filter
    spans = [m for m in ro.measures if (m.age or (m.minus is not None and m.unit is not None)) and m.column is not None]
    filters += _spanned_rows(ro, spans)
    contrasted = contrast_values(r, ro, filters)
    if contrasted is not None:  # "ratio of A kites to B kites": one figure of two values set against each other
        measure, kept = contrasted
        plan = AnalysisPlan(kind=Intent.AGGREGATE, table=main.info.name, measures=[measure], filters=kept)
        return finish(plan, idx, ch, r), notes
    if "distribution" in r.flags and spans and spans[0].column is not None:
        # "histogram of days between booking and arrival", "age distribution": the duration or age of each row, binned.
        span = spans[0].model_copy(update={"alias": spans[0].alias.removeprefix(f"{spans[0].agg}_")})
        plan = AnalysisPlan(
            kind=Intent.HISTOGRAM, table=main.info.name, columns=[spans[0].column], binned=span, filters=filters
        )
        return finish(plan, idx, ch, r), notes
    ranked = ranked_span_rows(r, idx, ch, ro, filters)
    if ranked is not None:  # "top 5 longest hires": the rows themselves, by the time between two of their dates
        return finish(ranked, idx, ch, r), notes
    grouped = _group_figures(r, idx, ro, main)
    if grouped is not None:
        # "histogram of the number of orders per customer": each customer's count, binned.
        figure = grouped.model_copy(update={"alias": grouped.alias})
        plan = AnalysisPlan(
            kind=Intent.HISTOGRAM, table=main.info.name, dimensions=ro.dims[:1], binned=figure, filters=filters,
            bin_width=1 if "count_steps" in r.flags and figure.agg == "count" else None,
        )  # fmt: skip
        return finish(plan, idx, ch, r), notes
    if "distribution" in r.flags and ro.numeric_cols:
        # "distribution of petal width by kind": one histogram per group, the group as its series.
        words = {t.lower for t in r.tokens}
        asked = bool(words & lx.GROUPING_WORDS)  # a grouping asked for, not a column met by the way
        grouped = [d for d in ro.dims if not is_temporal(main, d)][:asked]
        if grouped and not words & {"histogram", "histograms"}:
            # "salary distribution by crew", "spread of fares per route": the values of each group side by side,
            # one box each (a histogram per group would overlap them); asked as histograms, they stay histograms.
            value = ro.numeric_cols[0]
            each = Measure(agg="avg", column=value, alias=measure_alias("avg", value.output()))
            plan = AnalysisPlan(table=main.info.name, measures=[each], dimensions=grouped, filters=filters)
            boxed = box_plan(finish(plan, idx, ch, r), idx)
            if boxed is not None:
                return boxed, notes
        groups = [d.column for d in grouped if d.column.table == main.info.name]
        cols = [ro.numeric_cols[0], *groups]
        plan = AnalysisPlan(kind=Intent.HISTOGRAM, table=main.info.name, columns=cols, filters=filters)
        return finish(plan, idx, ch, r), notes
    over_time = ro.time is not None and (main.date is not None or main.year is not None)
    side_by_side = _side_by_side(r, idx, ro) or _group_points(r, ro, main)
    pointed = entity_scatter(r, idx, ch, ro, filters) if not over_time else None
    if pointed is not None:  # "scatter venue capacity vs tickets sold": one point per venue
        return finish(pointed[0], idx, ch, r), [*notes, pointed[1]]
    if "scatter" in r.flags and len(ro.numeric_cols) >= 2 and not over_time and not side_by_side:
        color = [d.column for d in ro.dims if not is_temporal(main, d)][:1]
        # "bubble chart of A vs B sized by C": the third measure is each point's size.
        size = ro.numeric_cols[2:3] if {t.lower for t in r.tokens} & {"bubble", "bubbles", "sized", "size"} else []
        cols = ro.numeric_cols[:2] + size + color
        plan = AnalysisPlan(kind=Intent.SCATTER, table=main.info.name, columns=cols, filters=filters)
        return finish(plan, idx, ch, r), notes
    asked_pairs = {t.lower for t in r.tokens} & lx.PAIR_WORDS
    if asked_pairs and len(ro.numeric_cols) < 2 and not over_time and not ro.dims:
        # A scatter needs two measures of one row: one total of the measure found would not be what was asked.
        found = f" besides {ro.numeric_cols[0].column}" if ro.numeric_cols else ""
        raise NeedsMore(f"a second measure of {main.info.name}{found} to plot each row against")
    dated = _dated_scatter(r, ro, main)
    if dated is not None:
        plan = AnalysisPlan(kind=Intent.SCATTER, table=main.info.name, columns=dated, filters=filters)
        return finish(plan, idx, ch, r), notes
    share = _share_of(r, ro, main)
    if share is not None:
        if over_time:  # "dropout rate by month": the share in each period
            time_dims(ro, main, notes, _hours(idx, ch))
            ro.dims.sort(key=lambda d: not is_temporal(main, d))
            share = _share_of(r, ro, main) or share
        return finish(share, idx, ch, r), notes
    # A condition on groups' totals ("channels that spent more than budgeted") asks for the groups, not a listing.
    projected = projection(r, ch) if not any(f.having is not None for f in filters) else None
    if projected is not None:
        return _projected_rows(r, idx, ch, projected, filters), notes
    if asks_for_rows(r, ch) and not any(f.having is not None for f in filters):
        cols = _listed_columns(idx, ro, main, filters)
        sort = rows_order(r, ch)  # "list employees by age": every row, sorted by the column, shown
        key = own_key(main) if sort is not None and main.label is None else None
        if key is not None and ref(key) not in cols:
            cols = [ref(key), *cols]  # no column names the rows: their own key tells them apart
        if sort is not None and sort[0] not in cols:
            cols = [*cols[: LISTED_COLUMNS - 1], sort[0]]
        plan = AnalysisPlan(kind=Intent.ROWS, table=main.info.name, columns=cols, filters=filters)
        plan = finish(plan, idx, ch, r)
        if sort is not None:
            plan.order = [OrderItem(alias=sort[0].column, desc=sort[1])]
            plan.limit = max(plan.limit, MAX_LIMIT)
        return plan, notes
    if not ro.measures and ro.money_hint is None and not r.aggs and (money := _how_much_money(r, main)) is not None:
        ro.money_hint = ref(money)  # "how much did we refund in 2024": the money of the rows, summed
    listing = not ro.measures and not ro.dims and not r.aggs and ro.money_hint is None and not ro.time
    if listing:
        cols = (([ref(main.label)] if main.label else []) + ro.row_cols) if (ro.row_cols or filters) else []
        if cols and _picked(filters) and not _named_rows(main):
            fixed = [f.column for f in filters if f.op == "=" and f.having is None]
            cols = _told_apart(idx, main, _unique(cols), fixed)
        plan = AnalysisPlan(kind=Intent.ROWS, table=main.info.name, columns=_unique(cols), filters=filters)
        return finish(plan, idx, ch, r), notes
    if (
        r.date is not None
        and not ro.dims
        and not ro.time
        and not r.aggs
        and not r.top_n
        and "whole" not in r.flags  # "all stores combined in 2024": one number
        and (ro.measures or ro.money_hint)
        and not (_totals(ro, main) and not _timely(r))  # "harbour fee revenue in 2023": one total over the range
        and (main.date or main.year)
    ):
        ro.time = "auto"  # "price in 2008": a bare measure over a time range is a trend, not one number
    if "running" in r.flags and not ro.time and not ro.dims and (main.date or main.year):
        ro.time = "auto"  # "cumulative revenue": a running total needs a time axis to run along
    if any(f.startswith("change:") for f in r.flags) and not ro.time and (main.date or main.year):
        ro.time = "auto"  # "percentage change in cost": a change from one period to the next
    time_dims(ro, main, notes, _hours(idx, ch))
    # Time first: it is the x axis; compared periods go last, as the bar series.
    ro.dims.sort(key=lambda d: is_temporal(main, d) == ro.periods)
    if ro.rank_by is not None and r.top_n and not ro.dims and r.adjective:
        # "the latest rate of EURUSD": rows ranked by the adjective's column, showing the named measure.
        shown = [m.column for m in ro.measures if m.column is not None]
        cols = _unique(([ref(main.label)] if main.label else []) + [ro.rank_by, *shown])
        plan = AnalysisPlan(kind=Intent.ROWS, table=main.info.name, columns=cols, filters=filters)
        plan = finish(plan, idx, ch, r)
        plan.order = [OrderItem(alias=ro.rank_by.column, desc=r.adjective.desc)]
        return plan, notes
    own = (main.label or own_key(main)) if r.low(0) == "who" and people_table(main) else None
    if r.top_n == 1 and r.superlative and not ro.dims and ro.measures and own is not None and not r.aggs:
        # "who earns the most" over a table of people: the person, told apart by their name or own key.
        ro.entity = ref(own)
        ro.dims.append(Dimension(column=ro.entity, alias=own.name))
    if r.top_n == 1 and r.superlative and not ro.dims and ro.measures and ro.measures[0].column:
        # "what is the highest price" asks for the max, not for a top-1 list.
        m0 = ro.measures[0]
        col = m0.column.column if m0.column else None
        ro.measures[0] = Measure(agg=r.superlative, column=m0.column, alias=measure_alias(r.superlative, col))
        r.top_n = None
    ranked = ro.measures[0].column if ro.measures and not ro.measure_explicit_agg else None
    if r.top_n and not ro.dims and ranked is not None and r.ranked:
        rank_shared_names(r, idx, main, ro, ranked)  # "top 10 dishes by quantity" over lines naming the dish sold
    if r.top_n and not ro.dims and main.label is None and ranked is not None and r.ranked:
        # "the longest trips": no name to show, so whole rows, ranked by the measure.
        cols = [ref(c) for c in main.columns if c.info.kind != "numeric" and not c.is_id] + [ranked]
        plan = AnalysisPlan(kind=Intent.ROWS, table=main.info.name, columns=_unique(cols), filters=filters)
        plan = finish(plan, idx, ch, r)
        plan.order = [OrderItem(alias=ranked.column, desc=r.top_desc)]
        return plan, notes
    if r.top_n and not ro.dims and main.label is not None:
        ro.entity = ref(main.label)
        ro.dims.append(Dimension(column=ro.entity, alias=main.label.name))
    _default_measure(r, idx, ro, main)
    count_beside(r, ro, _rows_noun(idx, main))
    figures = list(ro.measures)
    lines_over_header(r, idx, main, ro)
    takings = line_takings([t.lower for t in r.tokens], idx, ro) or sold_takings([t.lower for t in r.tokens], idx, ro)
    repeated = repeated_total([t.lower for t in r.tokens], idx, ro)
    if repeated:
        notes.append(repeated)
    rated = rated_takings(r, idx, ro) or rate_money(r, idx, ro)
    filters = carried_having(filters, figures, ro.measures)
    if rated or takings:  # the rates' note says the price × quantity too
        notes.append(rated or takings or "")
    priced = priced_cost(r, idx, ch, ro)
    if priced:
        notes.append(priced)
    ratio = group_rate(r, idx, ch, ro) or per_entity(r, idx, ch, ro)
    if ratio:
        notes.append(ratio)
    entity_rows = (
        ro.entity is not None
        and [d.column for d in ro.dims] == [ro.entity]
        and ro.entity.table == main.info.name
        and not ro.measure_explicit_agg
        and all(m.column is not None and not m.operands() for m in ro.measures)
    )  # a derived measure ("price minus cost for each product") is computed per entity, not listed as its columns
    measured = [m.column for m in ro.measures if m.column is not None]
    if entity_rows and ro.entity is not None and main.col(ro.entity.column) is own_key(main) and len(measured) >= 2:
        # "weight and cost for each shipment" of rows with no name: one point per row, as "A versus B".
        plan = AnalysisPlan(kind=Intent.SCATTER, table=main.info.name, columns=_unique(measured)[:2], filters=filters)
        return finish(plan, idx, ch, r), notes
    if entity_rows:
        cols = ([ro.entity] if ro.entity else []) + measured
        plan = AnalysisPlan(kind=Intent.ROWS, table=main.info.name, columns=_unique(cols), filters=filters)
        return finish(plan, idx, ch, r), notes
    if "span_change" in r.flags:
        change_between(r.date, main, ro)  # "increase in X between 1952 and 2007": the last year's minus the first's
    filters += _total_rows(idx, ro, filters, notes)
    plan = AnalysisPlan(
        kind=Intent.AGGREGATE,
        table=main.info.name,
        measures=ro.measures[:4],
        dimensions=ro.dims[:2],
        filters=filters,
        periods=ro.periods,
    )
    if len(ro.dims) > 2:
        notes.append("I can group by at most two columns, so I kept the first two.")
    plan = finish(plan, idx, ch, r)
    time_alias = next((d.alias for d in plan.dimensions if is_temporal(main, d)), None)
    change = next((f.removeprefix("change:") for f in r.flags if f.startswith("change:")), None)
    if change in ("abs", "pct"):
        period_change(plan, time_alias, change)
    share_of_total(r, plan)
    if "running" in r.flags:
        running_total(plan, time_alias)
    return plan, notes


def _how_much_money(r: Reading, main: TableEntry) -> ColumnEntry | None:
    """ "how much did we refund", "how much was paid out last year": "how much" with no measure named asks for an
    amount; over a table with one money column, that column."""
    low = [t.lower for t in r.tokens]
    if not any(low[k : k + 2] == ["how", "much"] for k in range(len(low) - 1)):
        return None
    money = [c for c in main.columns if c.is_money and not c.is_id]
    return money[0] if len(money) == 1 else None


def _group_points(r: Reading, ro: Roles, main: TableEntry) -> bool:
    """ "average fee against average distance for each dock", "bubble chart, one bubble per dock: ...": measures
    aggregated by name over a grouping are one point per group (an aggregate set against itself), not rows."""
    aggregated = [m for m in ro.measures if m.column is not None and m.agg not in ("count", "count_distinct")]
    named = {a.agg for a in r.aggs if a.agg != "count"}
    grouped = any(not is_temporal(main, d) for d in ro.dims)
    return ro.measure_explicit_agg and grouped and len(aggregated) >= 2 and bool(named)


def _hours(idx: CatalogIndex, ch: Choice) -> ColumnEntry | None:
    """The hour column (0–23) of a time-of-day table the main table references, if any."""
    for table in ch.parents:
        for c in idx.tables[table].columns:
            top = c.info.max
            if "hour" in c.words and c.info.kind == "numeric" and isinstance(top, int | float) and top <= HOURS:
                return c
    return None


HOURS = 24
LISTED_COLUMNS = 6  # a listing shows what names each row and what the question named, not every column


def _listed_columns(idx: CatalogIndex, ro: Roles, main: TableEntry, filters: list[Filter]) -> list[ColumnRef]:
    """What names each row (its label, else its text columns), then the columns the question named; columns held
    to one value by a filter are left out (every row would repeat it)."""
    fixed = [f.column for f in filters if f.op == "=" and f.having is None]
    named = [d.column for d in ro.dims] + [m.column for m in ro.measures if m.column] + ro.row_cols
    named += [f.column for f in filters if f.op == "date_range"]
    if main.label is not None:
        first = [ref(main.label)]
    else:
        first = [ref(c) for c in main.columns if c.info.kind == "text" and not c.is_id and not c.flag][:2]
    cols = [c for c in _unique(first + named) if c not in fixed]
    if _picked(filters) and not _named_rows(main):
        cols = _told_apart(idx, main, cols, fixed)
    return cols[:LISTED_COLUMNS] or first


def _picked(filters: list[Filter]) -> bool:
    """Whether the rows are picked by what they are or when they happened (a stored value, a period), as entries of a
    register are looked up; rows picked by a figure alone ("sets heavier than 200 lb") are shown by that figure."""
    return any(f.having is None and (f.op == "date_range" or (f.op in ("=", "in") and bool(f.values))) for f in filters)


def _named_rows(main: TableEntry) -> bool:
    """Whether the table's label names each of its rows: a street named on many requests names none of them."""
    rows = max(main.info.row_count, 1)
    return main.label is not None and (main.label.info.distinct_count or 0) >= KEY_SHARE * rows


def _told_apart(idx: CatalogIndex, main: TableEntry, cols: list[ColumnRef], fixed: list[ColumnRef]) -> list[ColumnRef]:
    """Rows a condition picks that no column names (a log's entries, a till's receipts) are told apart as a reader
    asks after them: by their own key first, then the key of the row they belong to and the moment they happened, while
    the listing shows fewer than its most columns."""
    key = own_key(main)
    parent = next(
        (main.col(fk.column) for fk in idx.foreign_keys if fk.table == main.info.name and fk.ref_table != fk.table),
        None,
    )
    out = _unique(([ref(key)] if key is not None else []) + cols)
    for extra in (parent, main.date):
        if extra is not None and len(out) < LISTED_COLUMNS and ref(extra) not in out and ref(extra) not in fixed:
            out.append(ref(extra))
    return out


def _projected_rows(r: Reading, idx: CatalogIndex, ch: Choice, p: Projection, filters: list[Filter]) -> AnalysisPlan:
    """The named columns of every row the filters keep, sorted as asked; the sort column is shown too."""
    cols = list(p.columns) + ([p.order] if p.order is not None and p.order not in p.columns and not p.distinct else [])
    plan = AnalysisPlan(kind=Intent.ROWS, table=ch.table.info.name, columns=cols, filters=filters, distinct=p.distinct)
    plan = finish(plan, idx, ch, r)
    if p.order is not None and p.order in cols:
        plan.order = [OrderItem(alias=p.order.column, desc=p.desc)]
    elif p.distinct:
        plan.order = [OrderItem(alias=cols[0].column)]  # DISTINCT sorts only by a column it shows
    plan.top_n = 1 if p.first_only else None
    plan.limit = 1 if p.first_only else max(plan.limit, MAX_LIMIT)
    return plan


# Words asking for a column as a scatter's encoding: "coloured by kind", "sized by population".
_ENCODING_WORDS = frozenset({"color", "colour", "colored", "coloured", "colors", "colours", "sized", "shaded", "hue"})


def _side_by_side(r: Reading, idx: CatalogIndex, ro: Roles) -> bool:
    """ "estimated vs logged hours by crew": two figures of one kind set against each other with a grouping are two
    totals per group, side by side; a scatter is asked with its own words (scatter, correlation) or for figures of
    different kinds ("weight vs price by maker")."""
    words = {t.lower for t in r.tokens}
    # A grouping asked for, not a colour found by the way nor one asked as an encoding ("coloured by kind").
    asked = {t.lower for k, t in enumerate(r.tokens) if r.low(k - 1) not in _ENCODING_WORDS}
    grouped = bool(ro.dims) and bool(asked & lx.GROUPING_WORDS)
    return grouped and not words & lx.PAIR_WORDS and alike_figures(idx, ro.numeric_cols)


def alike_figures(idx: CatalogIndex, cols: list[ColumnRef]) -> bool:
    """Two numeric columns of one kind: their names share a word (est_hrs, logged_hrs) or both are money."""
    found = [idx.tables[c.table].col(c.column) if c.table in idx.tables else None for c in cols]
    if len(found) != 2:
        return False
    a, b = found
    if a is None or b is None or a.is_id or b.is_id or a.name == b.name:
        return False
    return bool(set(a.words) & set(b.words)) or (a.is_money and b.is_money)


def _dated_scatter(r: Reading, ro: Roles, main: TableEntry) -> list[ColumnRef] | None:
    """ "salary versus start date", "scatter of cost against opened at": one point per row, the date on x, when the
    question names one measure, one date column and no aggregate or bucket."""
    if "scatter" not in r.flags or r.aggs or len(ro.numeric_cols) != 1 or ro.time not in (None, "auto"):
        return None
    dates = [d.column for d in ro.dims if d.bucket is None and is_temporal(main, d)]
    if len(dates) > 1:  # "date" after a verb also names a birth date, which is no event of the row
        dates = [c for c in dates if (e := main.col(c.column)) is not None and is_event(e)]
    others = [d for d in ro.dims if not is_temporal(main, d)]
    if len(dates) != 1 or len(others) > 1 or r.top_n:
        return None
    return [dates[0], ro.numeric_cols[0], *[d.column for d in others]]


def _share_of(r: Reading, ro: Roles, main: TableEntry) -> AnalysisPlan | None:
    """ "what percentage of parcels were over 30 days late", "dropout rate": the share of rows meeting the conditions."""
    at = next((i for i in range(len(r.tokens)) if lx.share_noun_at(r.tokens, i) and r.low(i + 1) == "of"), None)
    # "share of rides app vs kiosk": values set against each other are the groups, each one's share of the total.
    versus = bool({t.lower for t in r.tokens} & lx.COMPARE_WORDS)
    grouped = [d.column for d in ro.dims] if versus else []
    conds = [f for f in ro.filters if f.having is None and not (f.op == "in" and f.column in grouped)]
    if (at is None and "rate" not in r.flags) or not conds:
        return None  # "dropout rate by school" (reading._value_rates) is the share of the value's rows too
    if at is not None and not versus and _scoped(r, ro, main, conds):
        return None  # "share of trips by vehicle kind in <place>": each kind's share of the place's trips
    # "percentage of returned books that came back late": the returned ones are the whole, the rest the part; "attrition
    # rate for employees who work overtime": the rated column is the part, the other conditions the whole.
    whole = [f for f in conds if f.op == "not_null"] if any(f.op != "not_null" for f in conds) else []
    if at is None and any(f.column.column in r.rated for f in conds):
        whole += [f for f in conds if f.column.column not in r.rated and f not in whole]
    among = _among_whole(r, conds)
    if among and len(among) < len([f for f in conds if f not in whole]):
        whole += (
            among  # "percentage of Ruritanian kites among kites with 4 tails": the rows after "among" are the whole
        )
    elif at is not None:
        # "percentage of closed deals that were won": the rows named after "of" with their adjective are the whole.
        named = _qualified_rows(r, main, at + 2)
        said = [f for f in conds if f.column in named and f not in whole and f.op != "not_null"]
        if said and len(said) < len([f for f in conds if f not in whole]):
            whole += said
    conds = [f for f in conds if f not in whole]
    used = [f.column for f in conds + whole]
    counted = _counted_phrase(r, at + 2) if at is not None else []
    dims = [d for d in ro.dims if d.column not in used and d.column not in counted][:2]
    measure = Measure(agg="avg", column=None, alias="percentage", share_of=conds)
    rest = whole + [f for f in ro.filters if f.having is not None] + ro.date_filter
    return AnalysisPlan(kind=Intent.AGGREGATE, table=main.info.name, measures=[measure], dimensions=dims, filters=rest)


def _among_whole(r: Reading, conds: list[Filter]) -> list[Filter]:
    """The conditions said after "among" or "out of" (and not before): the whole a share is taken of."""
    k = next((i for i, t in enumerate(r.tokens) if t.lower == "among" or r.low(i) + r.low(i + 1) == "outof"), None)
    if k is None:
        return []
    said = [m for m in r.mentions if m.column is not None]
    before = {(m.table, m.column) for m in said if m.start < k}
    after = {(m.table, m.column) for m in said if m.start > k} - before
    figures = {v for c in r.comparisons if c.start > k for v in c.values}
    return [
        f
        for f in conds
        if (f.column.table, f.column.column) in after
        or (f.values and all(isinstance(v, int | float) and v in figures for v in f.values))
    ]


_SCOPES = frozenset({"in", "within", "among", "across"})


def _scoped(r: Reading, ro: Roles, main: TableEntry, conds: list[Filter]) -> bool:
    """ "share of takings by product line in <place>": a share split by groups of a kind (no time) with every condition
    a value said after "in" — the value bounds the whole whose parts are the groups, it is no part itself."""
    kinds = [d for d in ro.dims if not is_temporal(main, d) and all(d.column != f.column for f in conds)]
    if not kinds:
        return False
    values = [m for m in r.mentions if m.kind == "value" and m.column is not None]
    for f in conds:
        said = [m for m in values if m.column == f.column.column and m.table == f.column.table]
        if f.op not in ("=", "in") or not any(r.low(m.start - 1) in _SCOPES for m in said):
            return False
    return True


def _qualified_rows(r: Reading, main: TableEntry, start: int) -> list[ColumnRef]:
    """Columns whose words qualify the rows' own noun right after "percentage of" ("our closed opportunities"): up to
    that noun, past an article or a possessive."""
    noun = next(
        (m.start for m in r.mentions if m.kind == "table" and m.table == main.info.name and m.start >= start), None
    )
    if noun is None or noun - start > _QUALIFIERS_MAX:
        return []
    return [
        ColumnRef(table=m.table, column=m.column)
        for m in r.mentions
        if m.kind in ("column", "value") and m.column and start <= m.start < noun and m.table == main.info.name
    ]


_QUALIFIERS_MAX = 3  # "of our recently closed opportunities"


def _counted_phrase(r: Reading, start: int) -> list[ColumnRef]:
    """Columns named in the noun phrase after "percentage of" ("returned books"): what is counted, no grouping."""
    out: list[ColumnRef] = []
    k = start
    while True:
        m = next((m for m in r.mentions if m.start == k and m.kind == "column" and m.column), None)
        if m is None or m.column is None:
            return out
        out.append(ColumnRef(table=m.table, column=m.column))
        k = m.end


_TOTAL_ROW = re.compile(r"^(all|total|overall|grand total)\b", re.IGNORECASE)


def _total_rows(idx: CatalogIndex, ro: Roles, filters: list[Filter], notes: list[str]) -> list[Filter]:
    """Leave out rows that already sum the others ("All channels", "Total") from a grouping."""
    out: list[Filter] = []
    for d in ro.dims[:2]:
        c = idx.tables[d.column.table].col(d.column.column)
        vals = (c.info.values or []) if c else []
        totals = [v for v in vals if _TOTAL_ROW.match(v.strip())]
        if not totals or len(totals) == len(vals) or any(f.column == d.column for f in filters):
            continue
        shown = ", ".join(totals)
        out.append(Filter(column=d.column, op="not_in", values=list(totals), label=f"{d.column.column} not {shown}"))
        notes.append(f"I left out “{shown}”: it totals the other {d.column.column} values and would dwarf them.")
    return out


def _unique(cols: list[ColumnRef]) -> list[ColumnRef]:
    out: list[ColumnRef] = []
    for c in cols:
        if c not in out:
            out.append(c)
    return out
