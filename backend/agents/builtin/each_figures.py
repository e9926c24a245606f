"""A figure of each member, aggregated over the members: "average number of items per basket", "median number of
bookings per guest", "maximum number of items in a single basket", "how many orders does each buyer place on
average", "average spend per buyer (by harbour)". Each member's figure (its rows counted, or a column summed) is
taken first and the aggregate word is taken over those figures: one number, or one per group still asked for, never a
listing of the members' own figures. An average is the total over the number of members (the same number)."""

from __future__ import annotations

from backend.agents.builtin import lexicon as lx
from backend.agents.builtin.catalog_index import CatalogIndex, singular
from backend.agents.builtin.finishing import plan_refs
from backend.agents.builtin.models import Agg, AnalysisPlan, ColumnRef, Dimension, Intent, Join
from backend.agents.builtin.reading import AggWord, Reading
from backend.agents.builtin.time_axis import is_temporal

# Aggregates taken over the members' figures.
_OVER: frozenset[Agg] = frozenset({"avg", "median", "max", "min", "stddev"})
# Words before the member's noun: "per basket", "in each basket", "in a single basket", "does each buyer".
_EACH = frozenset({"per", "each", "every", "single"})
# "how many orders does a customer place": a member asked about in general.
_ASKING = frozenset({"does", "do", "did", "will", "would"})
_FILLERS = frozenset({"a", "an", "one", "single", "the", "each", "every"})


def _outer(r: Reading) -> Agg | None:
    """The aggregate taken over the members' figures: "average/median/maximum number of …", "how many … on
    average", or an average of money taken in ("average spend per buyer")."""
    for a, b in zip(r.aggs, r.aggs[1:], strict=False):
        if a.agg in _OVER and b.agg == "count" and b.start == a.end:
            return a.agg  # "median number of bookings"
    first: AggWord | None = r.aggs[0] if r.aggs else None
    late = [a for a in r.aggs[1:] if a.agg == "avg" and r.low(a.start - 1) == "on"]
    if first is not None and first.agg == "count" and late:
        return "avg"  # "how many orders does each buyer place on average"
    return None


def _takings(r: Reading, idx: CatalogIndex, plan: AnalysisPlan) -> bool:
    """ "average spend per buyer", "average revenue per user": money taken in, averaged per member, is each member's
    total averaged over them (line money per order too), not the average of their rows' amounts."""
    m = plan.measures[0]
    if m.agg != "avg" or m.column is None:
        return False
    if m.times is not None and m.per is not None:
        return True
    c = idx.tables[m.column.table].col(m.column.column)
    return _takings_said(r) and c is not None and c.is_money and c.additive and not m.operands()


def _takings_said(r: Reading) -> bool:
    """ "average spend per …", "average revenue per …": a word of money taken in right between the average and the
    member, so each member's total is what is averaged (over every member, `every_member`)."""
    return any(a.agg == "avg" and r.low(a.end) in lx.TAKINGS and r.low(a.end + 1) in _EACH for a in r.aggs)


def _member_at(r: Reading, idx: CatalogIndex, plan: AnalysisPlan) -> tuple[int, str] | None:
    """(where, table) of the member noun after "per"/"each"/"in a single": a table the plan's rows reach."""
    for k, t in enumerate(r.tokens):
        if t.lower not in _EACH and not (t.lower in {"a", "an"} and r.low(k - 1) in _ASKING):
            continue  # "per customer", "does a customer …"
        j = k + 1
        while r.low(j) in _FILLERS:
            j += 1
        for m in r.mentions:
            if m.start == j and m.kind == "table" and m.table != plan.table and _key_to(idx, plan.table, m.table):
                return j, m.table
    return None


def _key_to(idx: CatalogIndex, main: str, member: str) -> ColumnRef | None:
    """The column of the plan's rows (or of the table they point at) that holds the member's key: order lines →
    their order's key; order lines → the order → its buyer's key."""
    fks = idx.foreign_keys
    for fk in fks:
        if fk.table == main and fk.ref_table == member:
            return ColumnRef(table=main, column=fk.column)
    for fk in fks:
        if fk.table != main or fk.ref_table == main:
            continue
        hop = [f for f in fks if f.table == fk.ref_table and f.ref_table == member]
        if len(hop) == 1:
            return ColumnRef(table=hop[0].table, column=hop[0].column)
    return None


def figures_of_each(r: Reading, idx: CatalogIndex, plan: AnalysisPlan) -> tuple[AnalysisPlan, str | None]:
    """The plan with its figure taken per member and aggregated over the members, when the question asks so; and the
    thought to show."""
    if not plan.measures or len(plan.measures) > 1 or plan.top_n or plan.kind != Intent.AGGREGATE:
        return plan, None
    m = plan.measures[0]
    takings = _takings(r, idx, plan)
    outer = _outer(r) or ("avg" if takings and any(a.agg == "avg" for a in r.aggs) else None)
    if outer is None or (m.operands() and not takings) or m.minus is not None or m.share_of or m.within:
        return plan, None
    if not (m.column is None and m.agg == "count") and not (m.column is not None and m.agg == "sum") and not takings:
        return plan, None
    found = _member_at(r, idx, plan)
    if found is None:
        return plan, None
    at, member = found
    key = _key_to(idx, plan.table, member)
    if key is None or m.per == key:  # already the total over the members ("average order value")
        return plan, None
    main = idx.tables[plan.table]
    asked_time = r.date is not None or any(lx.bucket_of(t.lower) for t in r.tokens)
    dims: list[Dimension] = [
        d
        for d in plan.dimensions
        if not _names_member(idx, d, member, key) and (asked_time or not (d.bucket or is_temporal(main, d)))
    ]
    noun = singular(idx, r.tokens[at].lower) if r.tokens[at].lower.isalpha() else member
    what = m.column.column if m.column is not None else lx.plural(m.alias.removesuffix("_count"))
    if takings:
        what = m.alias.split("_", 1)[-1]
    base = {"times": m.times, "per": None, "of_each": None}
    if outer == "avg" and not (takings and _takings_said(r)):
        # the total over the number of members: the same as the average of their figures
        made = m.model_copy(update={**base, "agg": "avg", "per": key, "alias": f"{what}_per_{noun}"})
    else:
        made = m.model_copy(update={**base, "agg": outer, "of_each": key, "alias": f"{outer}_{what}_per_{noun}"})
    order = [o for o in plan.order if o.alias in {d.alias for d in dims}] if dims else []
    if dims and not order:
        order = [o.model_copy(update={"alias": made.alias}) for o in plan.order[:1]]
    plan = plan.model_copy(update={"measures": [made], "dimensions": dims, "order": order})
    plan.joins = _needed_joins(plan)
    said = {"avg": "average", "median": "median", "max": "highest", "min": "lowest", "stddev": "spread"}[outer]
    figure = f"total {m.column.column}" if m.column is not None else f"number of {plan.table} rows"
    if takings:
        figure = f"total {what}"
    groups = f" in each {' and '.join(d.alias for d in dims)}" if dims else ", one figure"
    return plan, (
        f"Each {noun}'s figure is its {figure} (taken by {key.column}); I give the {said} over the {noun}s{groups}."
    )


def _names_member(idx: CatalogIndex, d: Dimension, member: str, key: ColumnRef) -> bool:
    """A grouping that lists the members themselves (their name or key), not a group of them."""
    if d.column == key:
        return True
    if d.column.table != member:
        return False
    entry = idx.tables[member]
    c = entry.col(d.column.column)
    return (entry.label is not None and entry.label.name == d.column.column) or (c is not None and c.is_id)


def _needed_joins(plan: AnalysisPlan) -> list[Join]:
    """The plan's joins that reach a table it still reads (a grouping by the members' names dropped, their table is
    no longer joined)."""
    needed = {c.table for c in plan_refs(plan)}
    kept: list[Join] = []
    grew = True
    while grew:
        grew = False
        for j in plan.joins:
            if j not in kept and (j.ref_table in needed or any(k.table == j.ref_table for k in kept)):
                kept.append(j)
                grew = True
    return [j for j in plan.joins if j in kept]
