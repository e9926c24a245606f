"""Ratios whose part and whole live in two tables that both reach the groups asked: "refunds as a share of sales by
branch", "share of sales reimbursed", "refund rate by month" (refunds over the money taken, each month). Each total is
taken per group over its own table — through that table's own keys to the group, or its own date for a time axis —
and the part's is divided by the whole's (`apart_sql.py`); the two tables are never joined row by row."""

from __future__ import annotations

from backend.agents.builtin.catalog_index import CatalogIndex, TableEntry
from backend.agents.builtin.finishing import finish
from backend.agents.builtin.fk_roles import ancestors_of, parents_of
from backend.agents.builtin.models import AnalysisPlan, Dimension, Filter, Intent, Measure, OrderItem
from backend.agents.builtin.part_rates import CHANGE_WORDS, RATE_NOUNS, money_figure, moving, whole_of
from backend.agents.builtin.ratio_pairs import Pair, money_of, named_pair
from backend.agents.builtin.reading import Reading
from backend.agents.builtin.role_model import ref


def _reach(idx: CatalogIndex, table: str) -> set[str]:
    """The table and every table its rows reach through many-to-one keys."""
    return {table, *parents_of(idx, table), *ancestors_of(idx, table)}


def _rate_at(r: Reading, idx: CatalogIndex, part: str) -> int | None:
    """ "refund rate", "return percentage": the position of the rate noun after a word naming the part's rows or its
    money (refund_amount), not a column of theirs named so (a refund_rate)."""
    table = idx.tables[part]
    for k, t in enumerate(r.tokens):
        if t.lower not in RATE_NOUNS or k == 0 or r.low(k + 1) in CHANGE_WORDS or r.low(k + 2) in CHANGE_WORDS:
            continue
        rows = any(
            m.table == part
            and m.end == k
            and (m.kind == "table" or (m.via != "concept" and _money_named(table, m.column)))
            for m in r.mentions
        )
        spanned = any(m.kind == "column" and m.table == part and m.start <= k < m.end for m in r.mentions)
        if rows and not spanned:
            return k
    return None


def _money_named(table: TableEntry, column: str | None) -> bool:
    c = table.col(column) if column else None
    return c is not None and money_figure(c)


def _wholes(idx: CatalogIndex, part: str, plan: AnalysisPlan, money: bool) -> list[TableEntry]:
    """Tables a part's rate is of when the question names none: a table the part's rows point at, else one pointing
    at a table the part's rows point at too (a sibling), with money taken where the part is money."""
    near = parents_of(idx, part)
    siblings = {fk.table for fk in idx.foreign_keys if fk.ref_table in near and fk.table != part}
    out: list[TableEntry] = []
    for name in [*sorted(near), *sorted(siblings - set(near))]:
        table = idx.tables[name]
        if money and whole_of(table, None, False) is None:
            continue
        if _dims(idx, plan, table) is not None:
            out.append(table)
    parents = [t for t in out if t.info.name in near]
    return parents or sorted(out, key=lambda t: -t.info.row_count)[:1]


def _dims(idx: CatalogIndex, plan: AnalysisPlan, other: TableEntry) -> list[Dimension] | None:
    """The plan's groups read over another table's rows: a time axis over its own date, a group of a table it reaches
    by its own keys; None when a group is out of its reach (the part's own column, for the whole)."""
    reach = _reach(idx, other.info.name)
    out: list[Dimension] = []
    for d in plan.dimensions:
        if d.bucket is not None and d.column.table == plan.table and other.date is not None:
            out.append(Dimension(column=ref(other.date), bucket=d.bucket, alias=d.alias))
        elif d.column.table in reach and not d.column.alias:
            out.append(d.model_copy())
        else:
            return None
    return out


def _filters(idx: CatalogIndex, plan: AnalysisPlan, other: TableEntry, own_stays: bool = True) -> list[Filter] | None:
    """The plan's conditions another table's rows meet too: a period of the plan's date on the other's own date, a
    condition on a table both reach; the plan's own other conditions stay its own ("late refunds") unless
    `own_stays` is off, when they make the plan unreadable over the other's rows."""
    reach = _reach(idx, other.info.name)
    out: list[Filter] = []
    for f in plan.filters:
        if f.having is not None:
            return None
        if f.column.table == plan.table and f.column.column == plan.date_column:
            if other.date is None:
                return None
            out.append(f.model_copy(update={"column": ref(other.date)}))
        elif f.column.table in reach:
            out.append(f)
        elif f.column.table != plan.table or not own_stays:
            return None
    return out


def apart_ratio(r: Reading, idx: CatalogIndex, plan: AnalysisPlan) -> tuple[AnalysisPlan, str | None]:
    """The plan as the part's total over a whole kept in another table, per group, when the question asks so (naming
    the part first or the whole first); and the thought saying which totals form it."""
    listing = plan.kind == Intent.ROWS and not plan.dimensions  # "share of visits reimbursed": one figure
    if (plan.kind != Intent.AGGREGATE or not plan.measures) and not listing:
        return plan, None
    if plan.top_n is not None or plan.periods:
        return plan, None
    if any(m.share_of or m.percent or m.over or m.per or m.whole or m.of_each or moving(m) for m in plan.measures):
        return plan, None
    pair = named_pair(r, idx) or _rated(r, idx, plan)
    if pair is None:
        return plan, None
    part, whole = idx.tables[pair.part], idx.tables[pair.whole]
    base = plan if plan.table == pair.part and not listing else _onto(idx, plan, part)
    if base is None:
        return plan, None
    dims, filters = _dims(idx, base, whole), _filters(idx, base, whole)
    if dims is None or filters is None:
        return plan, None
    agg = "sum" if pair.whole_col is not None else "count"
    total = Measure(agg=agg, column=ref(pair.whole_col) if pair.whole_col is not None else None, alias="whole_total")
    whole_plan = finish(
        AnalysisPlan(table=whole.info.name, measures=[total], dimensions=dims, filters=filters), idx, None, None
    )
    part_name = pair.part_col.name if pair.part_col is not None else part.info.name
    whole_name = pair.whole_col.name if pair.whole_col is not None else whole.info.name
    alias = f"{part_name}_pct_of_{whole_name}"
    part_ref = ref(pair.part_col) if pair.part_col is not None else None
    ratio = Measure(agg=agg, column=part_ref, percent=True, alias=alias, whole=whole_plan)
    keep = {d.alias for d in base.dimensions}
    order = [o if o.alias in keep else OrderItem(alias=alias, desc=o.desc) for o in base.order]
    made = base.model_copy(update={"measures": [ratio], "order": order, "share": False})
    what = "total" if pair.part_col is not None else "number of"
    note = (
        f"{part.info.name} and {whole.info.name} are two tables, so I took the {what} {part_name} and the {what}"
        f" {whole_name} in each group in queries of their own and divided them (100 × part over whole): joining their"
        " rows would repeat each one once per row of the other."
    )
    if base.dimensions:
        note += (
            f" A group with {whole_name} but no {part_name} shows 0 %; one with {part_name} but no {whole_name} is"
            " kept with no rate (nothing to divide by)."
        )
    return made, note


def _rated(r: Reading, idx: CatalogIndex, plan: AnalysisPlan) -> Pair | None:
    """ "refund rate by month": the plan's own rows over a whole the question does not name (`_wholes`)."""
    at = _rate_at(r, idx, plan.table)
    if at is None:
        return None
    part = idx.tables[plan.table]
    said = next((m for m in r.mentions if m.kind == "column" and m.table == plan.table and m.end == at), None)
    part_col = part.col(said.column or "") if said is not None else None
    part_col = part_col if part_col is not None and money_figure(part_col) else money_of(part)
    found = _wholes(idx, plan.table, plan, part_col is not None)
    if not found:
        return None
    whole_col = whole_of(found[0], None, False) if part_col is not None else None
    if (part_col is None) != (whole_col is None):
        part_col = whole_col = None  # money over rows would mean nothing: rows over rows
    return Pair(plan.table, found[0].info.name, part_col, whole_col)


def _onto(idx: CatalogIndex, plan: AnalysisPlan, part: TableEntry) -> AnalysisPlan | None:
    """The plan's groups and conditions read over the part's rows when the plan was read over another table ("share
    of sales reimbursed" planned over the sales): all of them, or None when one is not the part's to meet."""
    dims, filters = _dims(idx, plan, part), _filters(idx, plan, part, own_stays=False)
    if dims is None or filters is None:
        return None
    keep = {d.alias for d in dims}
    order = plan.order if plan.kind == Intent.AGGREGATE else [o for o in plan.order if o.alias in keep]
    placeholder = Measure(agg="count", alias="part_total")
    moved = AnalysisPlan(table=part.info.name, measures=[placeholder], dimensions=dims, filters=filters, order=order)
    return finish(moved, idx, None, None)


def rewhole(idx: CatalogIndex, plan: AnalysisPlan) -> AnalysisPlan:
    """A follow-up's plan whose ratio has its whole in another table: the whole regrouped and refiltered as the part
    now is ("only the Harbour depot" after "refund rate by month" keeps the Harbour trips too)."""
    out: list[Measure] = []
    for m in plan.measures:
        whole = idx.tables.get(m.whole.table) if m.whole is not None else None
        dims = _dims(idx, plan, whole) if whole is not None else None
        filters = _filters(idx, plan, whole) if whole is not None else None
        if m.whole is None or whole is None or dims is None or filters is None:
            out.append(m)
            continue
        again = AnalysisPlan(table=whole.info.name, measures=m.whole.measures, dimensions=dims, filters=filters)
        out.append(m.model_copy(update={"whole": finish(again, idx, None, None)}))
    return plan.model_copy(update={"measures": out})
