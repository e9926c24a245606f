"""A measure grouped by an entity that a bridge table pairs with the measured rows' entity: "average length of films
per category" (film ↔ film_category ↔ category), "revenue by genre" where the money is on payments that reach the
film through rentals and copies. The rows are joined up to the entity, through the bridge to the groups, and each row
counts once in each group its entity is paired with (a film in two categories counts in both); a bridge that pairs
the same two rows twice counts them once. The groups are named by the grouped table's name column, never its key."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

from backend.agents.builtin import lexicon as lx
from backend.agents.builtin.bridge import Bridge, BridgedPlan, bridge_between
from backend.agents.builtin.bridge_counts import (
    count_of,
    counted_keys,
    counted_over,
    counting_rows,
    grouped,
    having_filter,
    noun_per,
    own_key,
    path_to,
    unsaid_grouping,
)
from backend.agents.builtin.catalog_index import CatalogIndex, Mention, singular
from backend.agents.builtin.choice import Choice, choose_table
from backend.agents.builtin.finishing import finish
from backend.agents.builtin.models import Agg, AnalysisPlan, ColumnRef, Dimension, Intent, Measure
from backend.agents.builtin.planner import plan_on
from backend.agents.builtin.reading import Reading
from backend.agents.builtin.role_model import measure_alias
from backend.models.catalog import ForeignKey

# Measures taken once per row and group over the distinct pairs; others (shares, ratios per entity, figures of each)
# keep their own shape and read the joined rows as they come.
_PLAIN_AGGS = frozenset({"count", "count_distinct", "sum", "avg", "min", "max", "median", "stddev", "range"})


def groupings(r: Reading) -> list[tuple[int, int]]:
    """The spans of tables or columns the question groups by, each the longest said there; a name said in parts
    ("per film category": film, then category, each a word of film_category) is one span."""
    spans = {(m.start, m.end) for m in r.mentions if m.kind in ("table", "column") and grouped(r, m)}
    # "top 3 categories by revenue", "which genre has the most loans": the ranked things are the groups
    spans |= {(m.start, m.end) for m in r.mentions if m.kind == "table" and m.start in r.entity_at}
    # "categories with more than 50 rentals": the groups kept by a count of rows
    spans |= {(m.start, m.end) for m in r.mentions if m.kind == "table" and counted_over(r, m.end) is not None}
    spans = {s for s in spans if not any(o != s and o[0] <= s[0] and s[1] <= o[1] for o in spans)}
    out: list[tuple[int, int]] = []
    for start, end in sorted(spans):
        while nxt := [m for m in r.mentions if m.start == end and named_tables(r, (start, end)) & {m.table}]:
            end = max(m.end for m in nxt)
        out.append((start, end))
    return out


def named_tables(r: Reading, span: tuple[int, int]) -> set[str]:
    """The tables named all along the span: by a mention of the whole span, or by a mention of each of its parts."""
    whole = {m.table for m in r.mentions if m.start <= span[0] and span[1] <= m.end}
    inside = [m for m in r.mentions if span[0] <= m.start and m.end <= span[1]]
    parts = [{m.table for m in inside if m.start <= k < m.end} for k in range(*span)]
    return whole | (set[str].intersection(*parts) if parts else set())


def links(idx: CatalogIndex, table: str) -> list[tuple[str, Bridge]]:
    """(the grouped table, the bridge from an entity to it) for a table named as a grouping, or for a bridge named
    itself ("by film category": the bridge's other table, for each of its two)."""
    out: list[tuple[str, Bridge]] = []
    for fk in idx.foreign_keys:
        if fk.ref_table != table or fk.table == table:
            continue
        for near in idx.foreign_keys:
            if near.table == fk.table and near.ref_table not in (table, fk.table):
                br = bridge_between(idx, near.ref_table, table)
                if br is not None and br.table == fk.table and _pairs_only(idx, br):
                    out.append((table, br))
    keys = [fk for fk in idx.foreign_keys if fk.table == table and fk.ref_table != table]
    for near in keys:
        for far in keys:
            br = bridge_between(idx, near.ref_table, far.ref_table) if near is not far else None
            if br is not None and br.table == table and _pairs_only(idx, br):
                out.append((far.ref_table, br))
    return out


def _pairs_only(idx: CatalogIndex, br: Bridge) -> bool:
    """The bridge holds pairs and at most words about them (a role): no figure, no date and no flag, which would
    make its rows facts of their own (an invoice between a client and a sales rep, a purchase line of a track)."""
    keys = {br.near.column, br.far.column}
    return all(c.info.kind == "text" or c.is_id for c in idx.tables[br.table].columns if c.name not in keys)


def _explains(full: Choice, rest: Choice, span: tuple[int, int], whole: list[Mention]) -> bool:
    """The table chosen for the whole question reaches what is said at the span and explains every word the table
    chosen without it explains."""
    if not any(full.reaches(m.table) for m in whole):
        return False
    outside = range(*span)
    said = {k for m in full.mentions for k in range(m.start, m.end) if k not in outside}
    return {k for m in rest.mentions for k in range(m.start, m.end) if k not in outside} <= said


def group_column(idx: CatalogIndex, r: Reading, span: tuple[int, int], group: str) -> str | None:
    """The grouped table's column the question names at the span, else its name column; never a key."""
    entry = idx.tables[group]
    named = [m.column for m in r.mentions if (m.start, m.end) == span and m.table == group and m.column]
    for name in named:
        col = entry.col(name)
        if col is not None and not col.is_id:
            return name
    return entry.label.name if entry.label is not None else None


def bridge_group_plan(r: Reading, idx: CatalogIndex, today: dt.date | None) -> BridgedPlan | None:
    """A measure of one table grouped by a table that a bridge pairs with the table's entity; None when no grouping
    of the question is reached only through a bridge."""
    spans = groupings(r)
    full = choose_table(r, idx) if spans else None
    for span in spans:
        at = [m for m in r.mentions if m.start < span[1] and span[0] < m.end]
        said = sorted(at, key=lambda m: m.score * m.spec, reverse=True)
        tables = dict.fromkeys(m.table for m in said if m.table in named_tables(r, span))
        for group, br in (link for t in tables for link in links(idx, t)):
            planned = _plan(r, idx, today, span, at, group, br, full)
            if planned is not None:
                return planned
    return None


def _plan(
    r: Reading,
    idx: CatalogIndex,
    today: dt.date | None,
    span: tuple[int, int],
    at: list[Mention],
    group: str,
    br: Bridge,
    full: Choice | None,
) -> BridgedPlan | None:
    column = group_column(idx, r, span, group)
    if column is None:
        return None
    kept = counted_over(r, span[1])
    rest = replace(
        r,
        mentions=[m for m in r.mentions if m not in at and m.table not in (group, br.table)],
        comparisons=[c for c in r.comparisons if c is not kept],
    )
    ch = choose_table(rest, idx)
    if ch is None:
        return None
    main = ch.table.info.name
    entity = br.near.ref_table
    counter = counting_rows(rest, idx, ch, entity) if path_to(ch, entity) is None else None
    ch = counter or ch
    path = path_to(ch, entity)
    whole = [m for m in at if m.start <= span[0] and span[1] <= m.end]
    if path is None or ch.table.info.name in (group, br.table) or ch.reaches(group):
        return None  # the rows reach the group without the bridge: an ordinary join answers it
    if any(ch.reaches(m.table) for m in whole):
        return None
    if full is not None and full.table.info.name != br.table and _explains(full, ch, span, whole):
        return None  # "average age by village": a table of the whole question says it all (Age, Village) itself
    found = plan_on(rest, idx, main, today)
    if found is None:
        return None
    plan, ch, notes = found
    if plan.kind == Intent.ROWS and noun_per(r, plan.table):  # "customers per category": the customers counted
        plan = AnalysisPlan(table=plan.table, measures=[count_of(idx, plan.table)], filters=plan.filters)
    if counter is not None:  # "customers per category": the customers' keys among the rentals, each once
        plan = counted_keys(idx, plan, counter)
        if plan is None:
            return None
        ch = counter
    main = ch.table.info.name
    if span[0] in r.entity_at or kept is not None:  # "which genre has the most loans": ranked by a figure of the rows
        plan = _ranked_figure(rest, idx, plan)
    if plan.kind != Intent.AGGREGATE or not plan.measures or plan.top_per is not None:
        return None
    path = path_to(ch, entity)
    if path is None:
        return None
    # "customers who rented films in each category": the films rented are what links, not a grouping of their own
    plan.dimensions = [d for d in plan.dimensions if d.bucket is not None or not unsaid_grouping(r, d.column.table)]
    if kept is not None:
        plan.filters = [*plan.filters, having_filter(idx, plan, kept)]
    group_through(idx, plan, ch, br, group, column, path)
    plan = finish(plan, idx, ch, replace(r, mentions=rest.mentions))  # planning may have spent the ranking
    return BridgedPlan(plan, ch, [bridge_note(idx, main, entity, group, br), *notes])


def group_through(
    idx: CatalogIndex,
    plan: AnalysisPlan,
    ch: Choice,
    br: Bridge,
    group: str,
    column: str,
    path: tuple[ForeignKey, ...],
) -> None:
    """Group the plan's rows by the group's column through the bridge (after any time axis, before other groupings),
    each row once in each of its groups; `path` leads from the rows up to the bridge's entity."""
    back = ForeignKey(table=br.near.ref_table, column=br.near.ref_column, ref_table=br.table, ref_column=br.near.column)
    ch.paths = {**ch.paths, br.table: (*path, back), group: (*path, back, br.far)}
    dim = Dimension(column=ColumnRef(table=group, column=column), alias=_alias(idx, group, column))
    timed = [d for d in plan.dimensions if d.bucket is not None]
    plan.dimensions = [*timed, dim, *(d for d in plan.dimensions if d.bucket is None)]
    plan.order = []
    key = own_key(idx, plan.table)
    plain = all(m.agg in _PLAIN_AGGS and not (m.share_of or m.per or m.of_each or m.span) for m in plan.measures)
    if key is not None and plain:
        plan.once_per = ColumnRef(table=plan.table, column=key)


def _ranked_figure(r: Reading, idx: CatalogIndex, plan: AnalysisPlan) -> AnalysisPlan:
    """The figure the groups are ranked by, read without them: the rows listed by a number ("top 3 … by revenue")
    are its total (its average when it adds up to nothing), listed alone ("the most loans") their count; the highest
    value of a column that adds up ("the highest revenue") is its total."""
    entry = idx.tables[plan.table]
    if plan.kind == Intent.ROWS:
        ranked = entry.col(plan.order[0].alias) if plan.order else None
        if ranked is None or ranked.info.kind != "numeric" or ranked.is_id:
            measure = count_of(idx, plan.table)
        else:
            agg: Agg = "sum" if ranked.additive else "avg"
            measure = Measure(agg=agg, column=ColumnRef(table=plan.table, column=ranked.name), alias="")
            measure.alias = measure_alias(agg, ranked.name)
        return AnalysisPlan(table=plan.table, measures=[measure], filters=plan.filters)
    for m in plan.measures:
        col = entry.col(m.column.column) if m.column is not None and m.column.table == plan.table else None
        if m.agg == r.superlative and col is not None and col.additive and not m.operands():
            m.agg, m.alias = "sum", measure_alias("sum", col.name)
    return plan


def _alias(idx: CatalogIndex, group: str, column: str) -> str:
    """The groups' output name: the grouped table's noun for a column that is only a name ("name", "Name", "title"
    say no more than that), else the column's own name."""
    col = idx.tables[group].col(column)
    generic = col is not None and bool(col.words) and set(col.words) <= set(lx.LABEL_WORDS)
    return singular(idx, group) if generic and singular(idx, group).isidentifier() else column


def bridge_note(idx: CatalogIndex, main: str, entity: str, group: str, br: Bridge) -> str:
    """What the grouping through the bridge means for a row whose entity has several groups."""
    one, groups = singular(idx, entity), lx.plural(singular(idx, group))
    rows = (
        ""
        if main == entity
        else f"each {singular(idx, main)} row counts in every {singular(idx, group)} of its {one}, and "
    )
    return (
        f"I group by {group} through {br.table}, which pairs each {one} with its {groups}: {rows}"
        f"a {one} in two {groups} counts in both."
    )
