"""Measures derived from two columns or from the grouped result: a difference ("revenue minus cost", "profit"), a
product ("quantity times price each"),
the share of the total ("share of revenue per branch") and a running total ("cumulative sales by month")."""

from __future__ import annotations

from backend.agents.builtin import lexicon as lx
from backend.agents.builtin.catalog_index import CatalogIndex, ColumnEntry, Mention, TableEntry, singular
from backend.agents.builtin.choice import Choice
from backend.agents.builtin.models import Agg, AnalysisPlan, Change, ColumnRef, Intent, Measure
from backend.agents.builtin.reading import Reading
from backend.agents.builtin.role_model import Roles, default_agg, measure_alias, ref

_COST_WORDS = frozenset(lx.CONCEPTS["cost"])
ENTITY_BARS = 50  # more entities than bars a chart shows well: "average X per <entity>" is one ratio
_SHARE_NOUNS = frozenset({"share", "percentage", "percent", "proportion", "fraction", "pct"})


def _positions(r: Reading, words: frozenset[str]) -> list[int]:
    return [i for i, t in enumerate(r.tokens) if t.lower in words]


def difference(r: Reading, main: TableEntry, named: list[tuple[int, int, ColumnEntry]], ro: Roles) -> str | None:
    """Replace two measures joined by "minus" (or "difference between A and B") by one measure of A − B;
    "profit"/"margin" on a table with an income column and a cost column but no column of that name is their
    difference. Returns the thought to show, if a difference was read."""
    pair = _minus_pair(r, named)
    alias: str | None = None
    if pair is None:
        pair = _profit_pair(r, main)
        alias = next((r.tokens[i].stem for i in _positions(r, lx.DIFFERENCE_NOUNS)), None)
    if pair is None:
        return None
    a, b = pair
    asked: list[Agg] = [m.agg for m in ro.measures if m.column in (ref(a), ref(b))]
    agg: Agg = asked[0] if asked and asked[0] not in ("count", "count_distinct") else default_agg(a)
    name = alias or f"{a.name}_minus_{b.name}"
    alias_full = measure_alias(agg, name)
    keep = [m for m in ro.measures if m.column not in (ref(a), ref(b))]
    ro.measures = [Measure(agg=agg, column=ref(a), minus=ref(b), alias=alias_full), *keep]
    ro.numeric_cols = [c for c in ro.numeric_cols if c not in (ref(a), ref(b))]
    ro.money_hint = None
    return f"{name.replace('_', ' ')} is {a.name} minus {b.name}."


def product(r: Reading, named: list[tuple[int, int, ColumnEntry]], ro: Roles) -> str | None:
    """Replace two measures joined by "times" or "multiplied by" ("quantity times price each") by one measure of their
    product, summed unless another aggregate was asked. Returns the thought to show, if a product was read."""
    numeric = [(s, e, c) for s, e, c in named if c.info.kind == "numeric" and not c.is_id]
    for k in r.operators:
        before = next((c for _, end, c in numeric if end == k), None)
        after = next((c for start, _, c in numeric if start == k + 1 + (r.low(k) == "multiplied")), None)
        if before is None or after is None or before is after:
            continue
        asked: list[Agg] = [m.agg for m in ro.measures if m.column in (ref(before), ref(after))]
        agg: Agg = asked[0] if asked and asked[0] in ("sum", "avg", "median", "min", "max") else "sum"
        name = f"{before.name}_times_{after.name}"
        keep = [m for m in ro.measures if m.column not in (ref(before), ref(after))]
        ro.measures = [Measure(agg=agg, column=ref(before), times=ref(after), alias=measure_alias(agg, name)), *keep]
        ro.numeric_cols = [c for c in ro.numeric_cols if c not in (ref(before), ref(after))]
        ro.money_hint = None
        return f"{name.replace('_', ' ')} is {before.name} multiplied by {after.name}, row by row."
    return None


def _minus_pair(r: Reading, named: list[tuple[int, int, ColumnEntry]]) -> tuple[ColumnEntry, ColumnEntry] | None:
    numeric = [(s, e, c) for s, e, c in named if c.info.kind == "numeric" and not c.is_id]
    for k, t in enumerate(r.tokens):
        if t.lower in {"minus", "-", "less"} and k > 0:
            before = next((c for _, end, c in numeric if end == k), None)
            after = next((c for start, _, c in numeric if start == k + 1), None)
            if before is not None and after is not None and before is not after:
                return before, after
        if t.lower == "difference" and r.low(k + 1) == "between":
            cols = [c for start, _, c in numeric if start > k + 1]
            if len(cols) >= 2 and cols[0] is not cols[1]:
                return cols[0], cols[1]
    return None


def _profit_pair(r: Reading, main: TableEntry) -> tuple[ColumnEntry, ColumnEntry] | None:
    at = _positions(r, lx.DIFFERENCE_NOUNS)
    if not at or any(set(c.words) & {r.tokens[i].stem for i in at} for c in main.columns):
        return None
    numeric = [c for c in main.columns if c.info.kind == "numeric" and not c.is_id and not c.is_year]
    costs = [c for c in numeric if set(c.words) & _COST_WORDS or c.expanded & _COST_WORDS]
    income = [c for c in numeric if c.is_money and c not in costs]
    if not costs or not income:
        return None
    return income[0], costs[0]


def share_of_total(r: Reading, plan: AnalysisPlan) -> None:
    """ "share of revenue per branch": next to the measure, its percentage of the total (of each time step)."""
    if plan.kind != Intent.AGGREGATE or not plan.dimensions or not plan.measures or not _positions(r, _SHARE_NOUNS):
        return
    if any(m.share_of or m.of_total or m.change for m in plan.measures):
        return
    first = plan.measures[0]
    plan.measures.append(first.model_copy(update={"of_total": True, "alias": f"pct_{first.alias}"}))


def period_change(plan: AnalysisPlan, time_alias: str | None, kind: Change) -> None:
    """Next to the first measure, its change from the previous time step ("year over year growth")."""
    if (
        plan.kind != Intent.AGGREGATE
        or time_alias is None
        or not plan.measures
        or plan.dimensions[0].alias != time_alias
    ):
        return
    first = plan.measures[0]
    alias = f"pct_change_{first.alias}" if kind == "pct" else f"change_{first.alias}"
    plan.measures.append(first.model_copy(update={"change": kind, "alias": alias, "running": False}))


def running_total(plan: AnalysisPlan, time_alias: str | None) -> None:
    """Turn the first measure into its running total along the time dimension."""
    if plan.kind != Intent.AGGREGATE or time_alias is None or not plan.measures:
        return
    first = plan.measures[0]
    plan.measures[0] = first.model_copy(update={"running": True, "alias": f"cumulative_{first.alias}"})


def per_entity(r: Reading, idx: CatalogIndex, ch: Choice, ro: Roles) -> str | None:
    """ "average amount paid per member", "revenue per employee by department", "average number of loans per
    member": the total over the number of distinct entities (a key of the rows, or a parent table), when an average
    is asked or another grouping remains; "total revenue per customer" stays a grouping. Returns the thought."""
    for i, t in enumerate(r.tokens):
        if t.lower != "per":
            continue
        k = i + 1 + (r.low(i + 1) in {"each", "every", "a", "the", "single"})
        key = _entity_key(idx, ch, [m for m in ch.mentions if m.start == k])
        if key is None:
            continue
        parent = next((fk.ref_table for fk in ch.parents.values() if fk.column == key.name), None)
        label = idx.tables[parent].label if parent else None
        named = [ref(key)] + ([ref(label)] if label else [])
        rest = [d for d in ro.dims if d.column not in named]
        counted = bool(ro.measures) and all(m.agg == "count" and m.column is None for m in ro.measures)
        # "average amount per member": over thousands of members one number, the average per member; over a
        # few departments the average of each is a bar per department. An average count is always the ratio.
        many = (key.info.distinct_count or 0) > ENTITY_BARS
        averaged = (many and any(m.agg == "avg" and ro.measure_explicit_agg and not m.minus for m in ro.measures)) or (
            counted and any(a.agg == "avg" for a in r.aggs)
        )
        # Another grouping than time ("by department"): the entity is the divisor, not a second grouping.
        grouped = any(d.bucket is None and not _dated(idx, d.column) for d in rest) and bool(ro.measures)
        if len(rest) == len(ro.dims) or not (averaged or grouped):
            continue
        noun = singular(idx, r.tokens[k].lower) if r.tokens[k].lower.isalpha() else key.name
        made: list[Measure] = []
        for m in ro.measures:
            if m.minus is not None or m.agg not in ("avg", "sum", "count"):
                made.append(m)
                continue
            what = m.column.column if m.column else (m.alias.removesuffix("_count") or "row") + "s"
            made.append(Measure(agg="avg", column=m.column, per=ref(key), alias=f"{what}_per_{noun}"))
        ro.measures, ro.dims = made, rest
        return f"I divide the total by the number of distinct {key.name} values: one {noun} on average."
    return None


def _dated(idx: CatalogIndex, c: ColumnRef) -> bool:
    col = idx.tables[c.table].col(c.column)
    return col is not None and (col.info.kind == "temporal" or col.is_year)


def _entity_key(idx: CatalogIndex, ch: Choice, at: list[Mention]) -> ColumnEntry | None:
    """The main table's key column naming the entity mentioned: a parent table's key, or a key of the rows."""
    main = ch.table
    for m in at:
        if m.kind == "table" and m.table in ch.parents:
            return main.col(ch.parents[m.table].column)
    for m in at:
        c = main.col(m.column) if m.kind == "column" and m.column and m.table == main.info.name else None
        own = (c.info.distinct_count or 0) >= 0.9 * max(main.info.row_count, 1) if c is not None else True
        if c is not None and c.is_id and not own:  # a key that repeats: an entity, not the row itself
            return c
    return None
