"""Everything derivable from a plan itself: joins, order, limit, histogram bins, the leader note."""

from __future__ import annotations

import math

from backend.agents.builtin import lexicon as lx
from backend.agents.builtin.address_parts import address_domains
from backend.agents.builtin.catalog_index import CatalogIndex, ColumnEntry, TableEntry, is_cycle
from backend.agents.builtin.choice import Choice
from backend.agents.builtin.fk_roles import ancestors_of, own_key_of
from backend.agents.builtin.full_names import full_names
from backend.agents.builtin.in_units import in_units
from backend.agents.builtin.models import AnalysisPlan, ColumnRef, DateKey, Dimension, Filter, Intent, Join, OrderItem
from backend.agents.builtin.open_versions import far_end, open_end
from backend.agents.builtin.reading import Reading
from backend.agents.builtin.sql_builder import MAX_LIMIT, ROWS_LIMIT, SCATTER_LIMIT
from backend.agents.builtin.time_axis import is_temporal
from backend.agents.builtin.unit_nouns import AMOUNT_FLAG, as_totals
from backend.agents.builtin.whole_units import whole_units

HIST_BINS = 20
LEADER_LIMIT = 20  # rows of a full ranking answering "which … the most"


def nice_width(lo: float, hi: float, integer: bool) -> float:
    """A round bin width (1, 2, 2.5, 5 × 10^k) giving about HIST_BINS bins."""
    raw = (hi - lo) / HIST_BINS if hi > lo else 1.0
    exp = 10 ** math.floor(math.log10(raw))
    width = next(f * exp for f in (1, 2, 2.5, 5, 10) if f * exp >= raw)
    if integer:
        width = max(1.0, round(width))
    return float(f"{width:.6g}")


def finish(plan: AnalysisPlan, idx: CatalogIndex, ch: Choice | None, r: Reading | None) -> AnalysisPlan:
    """Joins, order, limit, histogram width, share flag: everything derivable from the plan itself."""
    plan = _finish(plan, idx, r, ch)
    if r is not None and r.leader and plan.top_n == 1 and plan.order and (plan.dimensions or plan.kind == Intent.ROWS):
        # "which store sells the most": the full ranking, best first, so the chart shows the leader in context.
        key = plan.measures[0].alias if plan.kind == Intent.AGGREGATE and plan.measures else plan.order[-1].alias
        plan.order = [OrderItem(alias=key, desc=plan.top_desc)]
        plan.top_n, plan.limit = None, LEADER_LIMIT
    return plan


def _number_axis(idx: CatalogIndex, plan: AnalysisPlan, r: Reading | None, top_n: int | None) -> bool:
    """One group per value of a whole-number column ("income by total service years", "count by age") or of a figure
    with few values ("by weighting"): the groups read in the order of their numbers, not of their figures, unless a ranking or an order was asked for."""
    if len(plan.dimensions) != 1 or top_n or (r is not None and (r.ranked or r.flags & {"asc", "desc", "by_measure"})):
        return False
    d = plan.dimensions[0]
    entry = idx.tables[d.column.table].col(d.column.column) if d.column.table in idx.tables else None
    return (
        entry is not None
        and d.key is None
        and not d.column.parts
        and entry.info.kind == "numeric"
        and ("INT" in entry.info.type.upper() or not entry.is_money)  # weights of 0.5, 1 or 1.5: in their order
        and not entry.is_id
        and entry.flag is None
        and not set(entry.words) & _CODED  # a type's numbers are codes of kinds, in no order
    )


_CODED = lx.KIND_STEMS | lx.ID_WORDS | {"status", "state"}


def leader_note(plan: AnalysisPlan) -> str | None:
    """The thought for a which-question answered with a full ranking."""
    if plan.top_n is not None or plan.limit != LEADER_LIMIT or not plan.order:
        return None
    most = "most" if plan.order[0].desc else "least"
    return f"I ranked them all by {plan.order[0].alias.replace('_', ' ')}, {most} first: the first one is the answer."


def _finish(plan: AnalysisPlan, idx: CatalogIndex, r: Reading | None, ch: Choice | None) -> AnalysisPlan:
    top_n = r.top_n if r else plan.top_n
    desc = (r.top_desc if r.top_n else "asc" not in r.flags) if r else plan.top_desc
    plan.top_desc = desc
    if r:
        plan.share = "share" in r.flags or plan.share
    if plan.kind == Intent.HISTOGRAM and plan.columns and plan.columns[0].table != plan.table:
        plan.table = plan.columns[0].table  # a histogram counts the rows of its column's own table
    main = idx.tables[plan.table]
    plan.date_column = main.date.name if main.date else (main.year.name if main.year else None)
    _current_rows(plan, idx)
    if r is not None and AMOUNT_FLAG in r.flags and not r.aggs:
        plan = as_totals(plan, idx)  # "hours logged": the hours added up
    plan = in_units(whole_units(full_names(plan, idx, r), idx), idx, r.asked[1] if r and r.asked else None)
    if r is not None:
        plan = address_domains(plan, idx.catalog, {t.lower for t in r.tokens})
    plan.joins = _joins(plan, idx, ch)
    plan.filters = _child_filters(plan, idx)
    plan.date_keys = _date_keys(plan, idx)
    if plan.kind == Intent.HISTOGRAM and plan.binned is not None:
        plan.limit = 1000  # a duration computed on each row: the SQL finds its bins' width
        return plan
    if plan.kind == Intent.HISTOGRAM:
        c = main.col(plan.columns[0].column)
        lo, hi = (c.info.min, c.info.max) if c else (None, None)
        if c and isinstance(lo, int | float) and isinstance(hi, int | float):
            integer = "INT" in c.info.type.upper()
            q1, q99 = c.info.p01, c.info.p99
            if q1 is not None and q99 is not None and q99 > q1 and (hi - lo) > 3 * (q99 - q1):
                plan.bin_width = nice_width(q1, q99, integer)
                w = plan.bin_width
                plan.bin_range = (math.floor(q1 / w) * w, math.floor(q99 / w) * w)
            else:
                plan.bin_width = nice_width(float(lo), float(hi), integer)
        plan.limit = 1000
        return plan
    if plan.kind == Intent.SCATTER:
        plan.limit = SCATTER_LIMIT
        return plan
    if plan.kind == Intent.ROWS:
        numeric = [
            c
            for c in plan.columns
            if (col := idx.tables[c.table].col(c.column)) and col.info.kind == "numeric" and not col.is_id
        ]
        if r and r.adjective and not numeric and len(plan.columns) > 1:
            numeric = plan.columns[1:2]  # "the oldest buildings": ranked by a date
        key = numeric[0].output() if numeric else (plan.columns[0].output() if plan.columns else main.columns[0].name)
        plan.order = [OrderItem(alias=key, desc=bool(numeric) and desc)]
        dated = _order_date(main, r) if r is not None and not top_n else None
        if r is not None and dated is not None:  # "most recent first", "the patients, oldest first": by their dates
            if ColumnRef(table=plan.table, column=dated.name) not in plan.columns:
                plan.columns = [*plan.columns, ColumnRef(table=plan.table, column=dated.name)]
            plan.order = [OrderItem(alias=dated.name, desc="latest_first" in r.flags)]
        plan.top_n = top_n
        # Rows a condition picks (a value, a range, a comparison) are the answer itself, not a preview; two
        # measures of each row are one point per row, all of them.
        whole = MAX_LIMIT if plan.filters else ROWS_LIMIT
        plan.limit = top_n or (SCATTER_LIMIT if len(numeric) == 2 and len(plan.columns) <= 3 else whole)
        return plan
    temporal = [d for d in plan.dimensions if d.bucket is not None or is_temporal(main, d) or _cycle(idx, d)]
    others = [d for d in plan.dimensions if d not in temporal]
    if temporal and r and "by_measure" in r.flags and plan.measures and not top_n:
        plan.order = [OrderItem(alias=plan.measures[0].alias, desc=desc)]  # "monthly sales, highest first"
    elif temporal and (not top_n or len(plan.dimensions) == 2):
        latest = bool(r and "latest_first" in r.flags)  # "by month, most recent first"
        plan.order = [OrderItem(alias=d.alias, desc=latest and k == 0) for k, d in enumerate(temporal + others)]
    elif plan.dimensions and plan.measures:
        if (r and "alpha" in r.flags) or _number_axis(idx, plan, r, top_n):
            plan.order = [OrderItem(alias=plan.dimensions[0].alias)]
        else:
            plan.order = [OrderItem(alias=plan.measures[0].alias, desc=desc)]
    elif not plan.dimensions:
        plan.order = []  # one row: a follow-up that dropped the grouping keeps no order by the old measure
    plan.top_n = top_n if plan.dimensions else None
    plan.limit = plan.top_n if plan.top_n and len(plan.dimensions) < 2 else 1000
    return plan


def _cycle(idx: CatalogIndex, d: Dimension) -> bool:
    """A grouping by a place in a cycle (an hour of the day, a month number): shown in the cycle's order."""
    c = idx.tables[d.column.table].col(d.column.column) if d.column.table in idx.tables else None
    return c is not None and d.bucket is None and is_cycle(c.info, c.words)


def plan_refs(plan: AnalysisPlan) -> list[ColumnRef]:
    """Every column the plan reads."""
    refs = [m.column for m in plan.measures if m.column] + [d.column for d in plan.dimensions]
    refs += plan.columns + [f.column for f in plan.filters] + [f.than_column for f in plan.filters if f.than_column]
    refs += [m.per for m in plan.measures if m.per] + [m.of_each for m in plan.measures if m.of_each]
    refs += [other for m in plan.measures for other in m.operands()]
    refs += plan.binned.operands() if plan.binned is not None else []
    return refs + [f.column for m in plan.measures for f in m.share_of]


def _joins(plan: AnalysisPlan, idx: CatalogIndex, ch: Choice | None) -> list[Join]:
    """Joins to every FK parent the plan's columns come from, along the key whose role the question named
    (a follow-up keeps the previous turn's keys); a table further up is joined through the parents on its path."""
    needed = {c.table for c in plan_refs(plan) if not c.alias} - {plan.table}
    chosen = {j.ref_table: j.column for j in plan.joins if j.table == plan.table}
    mine = ch is not None and ch.table.info.name == plan.table
    if ch is not None and mine:
        chosen |= {ref: fk.column for ref, fk in ch.parents.items()}
    joins: list[Join] = []
    for fk in idx.foreign_keys:
        if fk.table != plan.table or fk.ref_table not in needed:
            continue
        if chosen.get(fk.ref_table, fk.column) != fk.column or (ch is not None and mine and fk.ref_table in ch.paths):
            continue  # another key's, or a longer path's along a role the question names
        needed.discard(fk.ref_table)
        joins.append(Join(table=fk.table, column=fk.column, ref_table=fk.ref_table, ref_column=fk.ref_column))
    for c in plan_refs(plan):
        fk = own_key_of(idx, c) if c.alias and c.table == plan.table else None
        if fk is not None and all(j.alias != c.alias for j in joins):
            joins.append(
                Join(table=fk.table, column=fk.column, ref_table=fk.table, ref_column=fk.ref_column, alias=c.alias)
            )
    if not needed:
        return joins
    kept = {j.ref_table: j for j in plan.joins if not j.alias}
    paths = ch.paths if ch is not None and mine else ancestors_of(idx, plan.table)
    for table in sorted(needed):
        path = paths.get(table)
        if path is None:
            joins += [j for j in _kept_chain(plan.table, table, kept) if all(j.ref_table != x.ref_table for x in joins)]
            continue
        for fk in path:
            step = kept.get(fk.ref_table) or Join(
                table=fk.table, column=fk.column, ref_table=fk.ref_table, ref_column=fk.ref_column
            )
            if all(j.ref_table != step.ref_table for j in joins):
                joins.append(step)
    return joins


def _reached(plan: AnalysisPlan) -> set[str]:
    """The tables the plan's FROM clause holds: its rows, their twins and what is joined."""
    return {plan.table, *plan.twins, *(j.alias or j.ref_table for j in plan.joins)}


def _child_filters(plan: AnalysisPlan, idx: CatalogIndex) -> list[Filter]:
    """Conditions on the rows of a child table no join reaches ("salaries of staff with closed loans"): the rows
    whose key is among those the child's rows meeting them point at, along the child's first key to the rows (as a
    join from the child's side would go)."""
    reached = _reached(plan)
    out: list[Filter] = []
    for f in plan.filters:
        keys = [k for k in idx.foreign_keys if k.table == f.column.table and k.ref_table == plan.table]
        if f.column.table in reached or f.column.alias or f.having is not None or not keys:
            out.append(f)
            continue
        among = ColumnRef(table=keys[0].table, column=keys[0].column)
        out.append(
            Filter(
                column=ColumnRef(table=plan.table, column=keys[0].ref_column),
                op="in",
                among=among,
                among_filters=[f],
                label=f"{keys[0].table} with {f.label}" if f.label else keys[0].table,
            )
        )
    return out


def unreached_filter(plan: AnalysisPlan) -> Filter | None:
    """A row condition on a table the plan's FROM clause does not hold and no key leads to: no query can apply it."""
    reached = _reached(plan)
    plain = [f for f in plan.filters if f.having is None and not f.column.alias and f.among is None]
    return next((f for f in plain if f.column.table not in reached), None)


def _date_keys(plan: AnalysisPlan, idx: CatalogIndex) -> list[DateKey]:
    """The date keys among the plan's columns, each read as the date it stands for."""
    out: list[DateKey] = []
    for c in plan_refs(plan):
        entry = idx.tables[c.table].col(c.column) if c.table in idx.tables else None
        if entry is not None and entry.date_key is not None and entry.date_key not in out:
            out.append(entry.date_key)
    for c in (g.column for f in plan.filters if f.among is not None for g in f.among_filters):
        # A subquery's text dates are cast there; a date dimension's key would need a join it does not make.
        entry = idx.tables[c.table].col(c.column) if c.table in idx.tables else None
        if entry is not None and entry.date_key is not None and entry.date_key.text and entry.date_key not in out:
            out.append(entry.date_key)
    return out


def _current_rows(plan: AnalysisPlan, idx: CatalogIndex) -> None:
    """A type 2 dimension asked about itself keeps one row per member: its current version."""
    flag = idx.tables[plan.table].current
    end = open_end(idx.tables[plan.table]) if flag is None else None
    if end is not None and not any(f.column == ColumnRef(table=plan.table, column=end) for f in plan.filters):
        # ValidTo left empty, or set far ahead: each member's current version (a type 2 dimension kept by dates)
        col = ColumnRef(table=plan.table, column=end)
        far = far_end(idx.tables[plan.table], end)
        if far is None:
            label = f"the current version of each (no {end} yet)"
            plan.filters.append(Filter(column=col, op="is_null", label=label))
        else:
            label = f"the current version of each ({end} still {far})"
            plan.filters.append(Filter(column=col, op=">=", values=[far], label=label))
    if flag is None or any(f.column.column == flag.name and f.column.table == plan.table for f in plan.filters):
        return
    yes = True if flag.info.kind == "boolean" else next(v for v in flag.info.values or [] if v.strip().upper() == "Y")
    col = ColumnRef(table=plan.table, column=flag.name)
    plan.filters.append(Filter(column=col, op="=", values=[yes], label=f"current {flag.name}"))


def _order_date(main: TableEntry, r: Reading) -> ColumnEntry | None:
    """The date a listing is ordered by when asked "most recent first" or "oldest first": the rows' own date, or of
    people their birth date ("the members, youngest first")."""
    if not r.flags & {"latest_first", "earliest_first"}:
        return None
    if "by_age" in r.flags:
        born = next((c for c in main.columns if c.info.kind == "temporal" and set(c.words) & lx.BIRTH_WORDS), None)
        if born is not None:
            return born
    return main.date


def _kept_chain(start: str, table: str, kept: dict[str, Join]) -> list[Join]:
    """The previous turn's joins leading from the rows to `table` (a follow-up on groups reached through a bridge,
    which no many-to-one path of the rows reaches), first join first; none when they do not lead there."""
    chain: list[Join] = []
    at = table
    while at != start:
        step = kept.get(at)
        if step is None or step in chain:
            return []
        chain.insert(0, step)
        at = step.table
    return chain
