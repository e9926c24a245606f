"""Ratios whose part and whole live in two tables that both reach the groups asked: "refunds as a share of sales by
branch", "refund rate by month" (refunds over the money taken, each month). Each total is taken per group over its own
table — through that table's own keys to the group, or its own date for a time axis — and the part's is divided by
the whole's (`apart_sql.py`); the two tables are never joined row by row."""

from __future__ import annotations

from backend.agents.builtin import lexicon as lx
from backend.agents.builtin.catalog_index import CatalogIndex, ColumnEntry, Mention, TableEntry
from backend.agents.builtin.finishing import finish
from backend.agents.builtin.fk_roles import ancestors_of, parents_of
from backend.agents.builtin.models import AnalysisPlan, Dimension, Filter, Intent, Measure, OrderItem
from backend.agents.builtin.part_rates import CHANGE_WORDS, RATE_NOUNS, money_figure, moving, whole_of
from backend.agents.builtin.reading import Reading
from backend.agents.builtin.role_model import ref

_SKIPPED = frozenset({"the", "total", "all", "our", "overall"})


def _reach(idx: CatalogIndex, table: str) -> set[str]:
    """The table and every table its rows reach through many-to-one keys."""
    return {table, *parents_of(idx, table), *ancestors_of(idx, table)}


def _own(idx: CatalogIndex, m: Mention, table: str) -> bool:
    """The mention names the table's rows or one of its columns."""
    return m.table == table and m.kind in ("table", "column")


def _named_whole(r: Reading, idx: CatalogIndex, part: str) -> tuple[int, Mention] | None:
    """ "refunds as a share of sales", "returns as a percentage of the total sales": (where "as" is, the mention of
    another table's rows or money after "of")."""
    for k, t in enumerate(r.tokens):
        if t.lower != "as" or k == 0:
            continue
        n = k + 1 + (r.low(k + 1) in {"a", "the"})
        if not (lx.share_noun_at(r.tokens, n) and r.low(n + 1) == "of"):
            continue
        j = n + 2
        while r.low(j) in _SKIPPED:
            j += 1
        found = [m for m in r.mentions if m.start == j and m.kind in ("table", "column") and m.table != part]
        best = max(found, key=lambda m: (m.end - m.start, m.kind == "table", m.score), default=None)
        if best is not None:
            return k, best
    return None


def _rate_at(r: Reading, idx: CatalogIndex, part: str) -> int | None:
    """ "refund rate", "return percentage": the position of the rate noun after a word naming the part's rows (not a
    column of theirs named so, a refund_rate)."""
    for k, t in enumerate(r.tokens):
        if t.lower not in RATE_NOUNS or k == 0 or r.low(k + 1) in CHANGE_WORDS or r.low(k + 2) in CHANGE_WORDS:
            continue
        rows = any(m.kind == "table" and m.table == part and m.end == k for m in r.mentions)
        spanned = any(m.kind == "column" and m.table == part and m.start <= k < m.end for m in r.mentions)
        if rows and not spanned:
            return k
    return None


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


def _dims(idx: CatalogIndex, plan: AnalysisPlan, whole: TableEntry) -> list[Dimension] | None:
    """The plan's groups read over the whole's rows: a time axis over its own date, a group of a table it reaches by
    its own keys; None when a group is the part's own column."""
    reach = _reach(idx, whole.info.name)
    out: list[Dimension] = []
    for d in plan.dimensions:
        if d.bucket is not None and d.column.table == plan.table and whole.date is not None:
            out.append(Dimension(column=ref(whole.date), bucket=d.bucket, alias=d.alias))
        elif d.column.table != plan.table and d.column.table in reach and not d.column.alias:
            out.append(d.model_copy())
        else:
            return None
    return out


def _filters(idx: CatalogIndex, plan: AnalysisPlan, whole: TableEntry) -> list[Filter] | None:
    """The plan's conditions the whole's rows meet too: a period of the part's date on the whole's own date, a
    condition on a table both reach; the part's own conditions stay its own ("late refunds")."""
    reach = _reach(idx, whole.info.name)
    out: list[Filter] = []
    for f in plan.filters:
        if f.having is not None:
            return None
        if f.column.table == plan.table and f.column.column == plan.date_column:
            if whole.date is None:
                return None
            out.append(f.model_copy(update={"column": ref(whole.date)}))
        elif f.column.table != plan.table and f.column.table in reach:
            out.append(f)
        elif f.column.table != plan.table:
            return None
    return out


def _money_of(table: TableEntry) -> ColumnEntry | None:
    found = [c for c in table.columns if money_figure(c)]
    return found[0] if len(found) == 1 else None


def apart_ratio(r: Reading, idx: CatalogIndex, plan: AnalysisPlan) -> tuple[AnalysisPlan, str | None]:
    """The plan as the part's total over a whole kept in another table, per group, when the question asks so; and
    the thought saying which totals form it."""
    if plan.kind != Intent.AGGREGATE or plan.top_n is not None or plan.periods or not plan.measures:
        return plan, None
    if any(m.share_of or m.percent or m.over or m.per or m.whole or m.of_each or moving(m) for m in plan.measures):
        return plan, None
    part = idx.tables[plan.table]
    named = _named_whole(r, idx, plan.table)
    at = named[0] if named is not None else _rate_at(r, idx, plan.table)
    if at is None or not any(_own(idx, m, plan.table) and m.end == at for m in r.mentions):
        return plan, None
    said = next((m for m in r.mentions if m.kind == "column" and m.table == plan.table and m.end == at), None)
    part_col = part.col(said.column or "") if said is not None else None
    part_col = part_col if part_col is not None and money_figure(part_col) else _money_of(part)
    if named is not None:
        whole = idx.tables[named[1].table]
        whole_col = whole.col(named[1].column or "") if named[1].kind == "column" else None
        if whole_col is None or not money_figure(whole_col):
            whole_col = whole_of(whole, None, False)
    else:
        found = _wholes(idx, plan.table, plan, part_col is not None)
        if not found:
            return plan, None
        whole = found[0]
        whole_col = whole_of(whole, None, False) if part_col is not None else None
    if (part_col is None) != (whole_col is None):
        part_col = whole_col = None  # money over rows would mean nothing: rows over rows
    dims, filters = _dims(idx, plan, whole), _filters(idx, plan, whole)
    if dims is None or filters is None:
        return plan, None
    agg = "sum" if whole_col is not None else "count"
    total = Measure(agg=agg, column=ref(whole_col) if whole_col is not None else None, alias="whole_total")
    whole_plan = finish(
        AnalysisPlan(table=whole.info.name, measures=[total], dimensions=dims, filters=filters), idx, None, None
    )
    part_name = part_col.name if part_col is not None else part.info.name
    whole_name = whole_col.name if whole_col is not None else whole.info.name
    alias = f"{part_name}_pct_of_{whole_name}"
    ratio = Measure(
        agg=agg, column=ref(part_col) if part_col is not None else None, percent=True, alias=alias, whole=whole_plan
    )
    keep = {d.alias for d in plan.dimensions}
    order = [o if o.alias in keep else OrderItem(alias=alias, desc=o.desc) for o in plan.order]
    made = plan.model_copy(update={"measures": [ratio], "order": order, "share": False})
    what = "total" if part_col is not None else "number of"
    return made, (
        f"{part.info.name} and {whole.info.name} are two tables, so I took the {what} {part_name} and the {what}"
        f" {whole_name} in each group in queries of their own and divided them (100 × part over whole): joining their"
        " rows would repeat each one once per row of the other."
    )


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
