"""Two entities linked through a bridge table (a table that is mostly two keys, one to each of them: which keeper
tends which animal): "number of races for each sailor" counts the bridge's rows by the sailor; "gardeners who grow a
rose", "sailors in races in 2022" keep the rows of one entity whose key the bridge pairs with rows of the other that
meet the condition; "sailors who have not sailed any race" keeps those it never pairs."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, replace

from backend.agents.builtin import lexicon as lx
from backend.agents.builtin.catalog_index import CatalogIndex, Mention
from backend.agents.builtin.choice import Choice, choose_table
from backend.agents.builtin.comparisons import Comparison
from backend.agents.builtin.conditions import date_filters, value_filters
from backend.agents.builtin.finishing import finish
from backend.agents.builtin.models import AnalysisPlan, ColumnRef, Dimension, Filter, Intent, Measure
from backend.agents.builtin.planner import plan_on
from backend.agents.builtin.reading import Reading
from backend.agents.builtin.role_model import measure_alias
from backend.models.catalog import ForeignKey

# A bridge holds its two keys and at most this many other columns (a role, a date, a note).
_OTHER_COLUMNS = 2
_EACH = frozenset({"each", "every", "per", "by"})
_MOST = frozenset({"most", "fewest", "least", "more", "fewer"})
_WHO = frozenset({"who", "that", "which", "with"})
_DENIALS = frozenset({"no", "not", "never", "without", "none"})
_GAP = 3  # words between a denial and the entity it denies ("not sailed any race")


@dataclass(frozen=True, slots=True)
class Bridge:
    """The bridge table, its key to the rows asked about (`near`) and its key to the other entity (`far`)."""

    table: str
    near: ForeignKey
    far: ForeignKey


def bridge_between(idx: CatalogIndex, rows: str, other: str) -> Bridge | None:
    """The one bridge pairing rows of `rows` with rows of `other`, when neither references the other directly."""
    if rows == other or any({fk.table, fk.ref_table} == {rows, other} for fk in idx.foreign_keys):
        return None
    found: list[Bridge] = []
    for name, entry in idx.tables.items():
        if name in (rows, other):
            continue
        keys = [fk for fk in idx.foreign_keys if fk.table == name]
        near = [fk for fk in keys if fk.ref_table == rows]
        far = [fk for fk in keys if fk.ref_table == other]
        if len(near) != 1 or len(far) != 1:
            continue
        held = {fk.column for fk in keys}
        others = [c for c in entry.columns if c.name not in held and not c.is_id]
        if len(others) <= _OTHER_COLUMNS:
            found.append(Bridge(name, near[0], far[0]))
    return found[0] if len(found) == 1 else None


@dataclass(frozen=True, slots=True)
class BridgedPlan:
    """A plan over one entity that reaches the other through a bridge, and the choice it was planned with."""

    plan: AnalysisPlan
    choice: Choice
    notes: list[str]


def bridge_plan(r: Reading, idx: CatalogIndex, today: dt.date | None) -> BridgedPlan | None:
    """A count of the bridge's rows by one entity, or one entity's rows filtered by the other's values, dates or
    absence; None when the question does not link two entities through a bridge."""
    tables = _best_tables(r)
    for ym in tables:
        for xm in [*tables, *(m for m in r.mentions if m.kind == "value")]:
            br = bridge_between(idx, ym.table, xm.table)
            if br is None:
                continue
            agg = r.agg_before(xm.start) if xm.kind == "table" else None
            counted = agg is not None and agg.agg in ("count", "count_distinct") and xm.start != ym.start
            # "average page count of books": a count that is a column's own word counts no rows
            counted = counted and not any(
                m.kind == "column" and agg is not None and m.start <= agg.start < m.end for m in r.mentions
            )
            most = xm.kind == "table" and r.top_n is not None and r.low(xm.start - 1) in _MOST  # "the most races"
            if (counted and _each_before(r, ym)) or (most and _which_before(r, ym) and ym.start < xm.start):
                return _counted(r, idx, today, br, xm)
            paired = _pairs_compared(r, xm) if xm.kind == "table" and ym.start < xm.start else None
            if paired is not None:  # "tracks on more than one playlist": the pairs of each, counted (HAVING)
                return _counted_having(r, idx, today, br, xm, paired)
            if xm.start <= ym.start:
                continue
            denied = _denied(r, xm)  # "gardeners who do not have a rose", "… without any race"
            if denied or xm.kind == "value" or (xm.kind == "table" and r.date is not None):
                return _filtered(r, idx, today, br, denied)
    return None


def _best_tables(r: Reading) -> list[Mention]:
    """The best table named at each span, in question order."""
    best: dict[tuple[int, int], Mention] = {}
    for m in r.mentions:
        if m.kind != "table" and not (m.kind == "column" and m.via == "compound"):
            continue  # "the names of the races" (race_name) names the races too
        k = (m.start, m.end)
        if k not in best or m.score * m.spec > best[k].score * best[k].spec:
            best[k] = m
    return sorted(best.values(), key=lambda m: m.start)


def _each_before(r: Reading, m: Mention) -> bool:
    """ "for each sailor", "per race", "every gardener": the entity is a grouping."""
    return r.low(m.start - 1) in _EACH or (r.low(m.start - 1) in {"the", "a"} and r.low(m.start - 2) in _EACH)


def _which_before(r: Reading, m: Mention) -> bool:
    """ "which sailor …", "the sailor who …", "the gardener with …": the entity a ranking picks."""
    return r.low(m.start - 1) in {"which", "what"} or (r.low(m.start - 1) == "the" and r.low(m.end) in _WHO)


def _denied(r: Reading, m: Mention) -> bool:
    """ "no race", "not sailed any race", "without a plant"."""
    return any(r.low(k) in _DENIALS or r.low(k).endswith("n't") for k in range(max(m.start - _GAP - 1, 0), m.start))


def _without(r: Reading, idx: CatalogIndex, tables: set[str]) -> Reading:
    """The reading with the other entity and the bridge left out, so the rows asked about are planned alone."""
    return replace(r, mentions=[m for m in r.mentions if m.table not in tables])


def _plan_alone(r: Reading, idx: CatalogIndex, today: dt.date | None, table: str) -> BridgedPlan | None:
    found = plan_on(r, idx, table, today)
    return BridgedPlan(*found) if found is not None else None


def _counted(r: Reading, idx: CatalogIndex, today: dt.date | None, br: Bridge, counted: Mention) -> BridgedPlan | None:
    """ "the number of races for each sailor": the bridge's rows counted by the sailor's columns planned alone."""
    current = choose_table(r, idx)
    if current is not None and current.table.info.name == br.table:
        return None  # the question already counts the bridge's rows
    other = br.far.ref_table
    alone = _plan_alone(_without(r, idx, {other, br.table}), idx, today, br.near.ref_table)
    if alone is None or alone.plan.kind != Intent.AGGREGATE or not alone.plan.dimensions:
        alone = _by_label(r, idx, br.near.ref_table)  # "which sailor sailed the most races": by the rows' label
    if alone is None:
        return None
    said = r.tokens[counted.end - 1].lower
    noun = lx.stem(said) if said.isalpha() else other
    plan = alone.plan
    plan.table = br.table
    plan.joins = []
    # Each pair once: a bridge that pairs the same two rows twice counts them once (over the distinct pairs).
    paired = ColumnRef(table=br.table, column=br.far.column)
    plan.measures = [Measure(agg="count", column=paired, alias=measure_alias("count", None, noun))]
    plan.once_per = ColumnRef(table=br.table, column=br.near.column)
    plan.filters += _other_filters(r, idx, today, other)
    plan.order = []
    note = (
        f"I count the distinct {other} rows {br.table} pairs with each {br.near.ref_table}"
        f" (a pair listed twice counts once)."
    )
    return BridgedPlan(finish(plan, idx, None, r), alone.choice, [note, *alone.notes])


def _pairs_compared(r: Reading, m: Mention) -> Comparison | None:
    """The comparison of a number right before the other entity: "more than one playlist", "at least 3 races"."""
    return next(
        (c for c in r.comparisons if c.end == m.start and len(c.values) == 1 and c.op in (">", ">=", "<", "<=", "=")),
        None,
    )


def _counted_having(
    r: Reading, idx: CatalogIndex, today: dt.date | None, br: Bridge, counted: Mention, comp: Comparison
) -> BridgedPlan | None:
    """ "tracks on more than one playlist": the bridge's rows counted by the rows asked about, kept where the number
    passes the comparison."""
    alone = _counted(replace(r, comparisons=[c for c in r.comparisons if c is not comp]), idx, today, br, counted)
    if alone is None:
        return None
    plan = alone.plan
    value = comp.values[0]
    n = int(value) if value.is_integer() else value
    count = plan.measures[0]
    kept = Filter(
        column=ColumnRef(table=br.table, column=br.near.column),
        op=comp.op,
        values=[n],
        label=f"{count.alias} {comp.op} {n}",
        having=count,
    )
    plan.filters = [*plan.filters, kept]
    return alone


def _by_label(r: Reading, idx: CatalogIndex, table: str) -> BridgedPlan | None:
    """A plan grouping by the table's label (its name column), as the entity's own plan would."""
    entry = idx.tables[table]
    ch = choose_table(r, idx, only=table)
    if entry.label is None or ch is None:
        return None
    dim = Dimension(column=ColumnRef(table=table, column=entry.label.name), alias=entry.label.name)
    return BridgedPlan(AnalysisPlan(table=table, dimensions=[dim]), ch, [])


def _own_columns_asked(r: Reading, idx: CatalogIndex, br: Bridge) -> bool:
    """The question names a column of the bridge besides its two keys, and the bridge is the table it is about."""
    current = choose_table(r, idx)
    if current is None or current.table.info.name != br.table:
        return False
    keys = {br.near.column, br.far.column}
    return any(m.kind == "column" and m.table == br.table and m.column not in keys for m in current.mentions)


def _other_filters(r: Reading, idx: CatalogIndex, today: dt.date | None, other: str) -> list[Filter]:
    """Conditions on the other entity: its values named, and the question's dates when they are its dates."""
    out = value_filters([(m, False) for m in r.mentions if m.kind == "value" and m.table == other])
    if r.date is not None:
        out += list(date_filters(r.date, idx.tables[other], [], today).filters)
    return out


def _filtered(r: Reading, idx: CatalogIndex, today: dt.date | None, br: Bridge, denied: bool) -> BridgedPlan | None:
    """ "gardeners who grow a rose": the rows whose key the bridge pairs with rows of the other entity meeting the
    conditions (or, denied, never pairs with any such row)."""
    rows, other = br.near.ref_table, br.far.ref_table
    if _own_columns_asked(r, idx, br):
        return None  # "average rating by reviewer for the product X": a question about the bridge's own rows
    own = idx.tables[rows]
    dated = r.date is not None and own.date is None and own.year is None
    alone_r = _without(r, idx, {other, br.table})
    if dated:
        alone_r = replace(alone_r, date=None)
    conds = value_filters([(m, False) for m in r.mentions if m.kind == "value" and m.table == other])
    if dated and r.date is not None:
        conds += list(date_filters(r.date, idx.tables[other], [], today).filters)
    alone = _plan_alone(alone_r, idx, today, rows)
    if alone is None:
        return None
    both = "both" in {t.lower for t in r.tokens} and not denied
    # "gardeners who grow both a rose and a tulip": paired with a row of each value, not with a row of either.
    groups = [[_one(f, v)] for f in conds for v in f.values] if both and _several(conds) else [conds]
    plan = alone.plan
    for group in groups:
        plan.filters.append(_link(br, group, denied))
    said = ", ".join(f.label for f in conds) or f"any {other}"
    note = f"I keep the {rows} rows that {br.table} {'never pairs' if denied else 'pairs'} with {other} ({said})."
    return BridgedPlan(finish(plan, idx, alone.choice, r), alone.choice, [note, *alone.notes])


def _several(conds: list[Filter]) -> bool:
    return len(conds) == 1 and conds[0].op == "in" and len(conds[0].values) > 1


def _one(f: Filter, value: str | int | float | bool) -> Filter:
    return Filter(column=f.column, op="=", values=[value], label=f"{f.column.column} is {value}")


def _link(br: Bridge, conds: list[Filter], denied: bool) -> Filter:
    """The rows' key among the bridge's keys paired with the other entity's rows meeting the conditions (any, with
    none)."""
    rows, other = br.near.ref_table, br.far.ref_table
    among: list[Filter] = []
    if conds:
        among = [
            Filter(
                column=ColumnRef(table=br.table, column=br.far.column),
                op="in",
                among=ColumnRef(table=other, column=br.far.ref_column),
                among_filters=conds,
                label=", ".join(f.label for f in conds),
            )
        ]
    said = ", ".join(f.label for f in conds) or f"any {other}"
    return Filter(
        column=ColumnRef(table=rows, column=br.near.ref_column),
        op="not_in" if denied else "in",
        among=ColumnRef(table=br.table, column=br.near.column),
        among_filters=among,
        label=f"{'no' if denied else 'with'} {other} ({said}) in {br.table}",
    )
