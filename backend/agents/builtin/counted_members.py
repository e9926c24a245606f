"""The members of a table that meet a condition on how many rows of another table they have: "what share of customers
placed more than 3 orders", "how many customers placed at least 5 orders", "percentage of members with fewer than 2
visits". One figure over the members' own table — the members with none count too — rather than one row per member:
a member is among the keys the other table's rows hold that many times (or, for "fewer than", not among the keys held
at least that many times)."""

from __future__ import annotations

from backend.agents.builtin import lexicon as lx
from backend.agents.builtin.catalog_index import CatalogIndex, Mention
from backend.agents.builtin.models import AnalysisPlan, ColumnRef, Filter, FilterOp, Intent, Measure
from backend.agents.builtin.reading import Reading
from backend.agents.builtin.role_model import measure_alias

# A count condition met by members with at least one row, kept as it is; the others are read as "not among the keys
# held <flipped> times", so that members with no row at all are counted.
_KEPT: frozenset[FilterOp] = frozenset({">", ">="})
_FLIPPED: dict[FilterOp, FilterOp] = {"<": ">=", "<=": ">"}
_DETERMINERS = frozenset({"the", "our", "all", "my", "of"})


def members_meeting(r: Reading, idx: CatalogIndex, plan: AnalysisPlan) -> AnalysisPlan:
    """A plan that counts another table's rows per member of a parent table with a condition on that count, asked as
    the share or the number of the members: one figure over the parent table instead."""
    if plan.kind != Intent.AGGREGATE or len(plan.dimensions) != 1 or r.top_n is not None or plan.periods:
        return plan
    having = [f for f in plan.filters if f.having is not None]
    if len(having) != 1 or having[0].having is None or having[0].having.column is not None:
        return plan
    count = having[0]
    if count.having is None or count.having.agg != "count" or not count.values or count.than_agg is not None:
        return plan
    parent = plan.dimensions[0].column.table
    entry = idx.tables.get(parent)
    join = next((j for j in plan.joins if j.ref_table == parent and j.table == plan.table and j.alias is None), None)
    if entry is None or join is None or entry.label is None or plan.dimensions[0].column.column != entry.label.name:
        return plan
    asked = _asked(r, parent)
    if asked is None:
        return plan
    rows = [f for f in plan.filters if f.having is None and f.column.table == plan.table]
    own = [f for f in plan.filters if f.having is None and f.column.table == parent]
    if len(rows) + len(own) + 1 != len(plan.filters):
        return plan  # a condition on a third table
    # "what % of customers in <a place> …": a value of the members read as the share's condition only says which members.
    scope = [f for m in plan.measures for f in m.share_of]
    if any(f.column.table != parent for f in scope):
        return plan
    own += scope
    member = _member_filter(count, ColumnRef(table=parent, column=join.ref_column), join.column, plan.table, rows)
    if member is None:
        return plan
    noun = lx.stem(r.tokens[asked[1]].lower)
    if asked[0] == "share":
        measure = Measure(agg="avg", column=None, alias=f"pct_{noun}", share_of=[member])
        filters = own
    else:
        measure = Measure(agg="count", column=None, alias=measure_alias("count", None, noun))
        filters = [*own, member]
    return AnalysisPlan(kind=Intent.AGGREGATE, table=parent, measures=[measure], filters=filters)


def share_asked(r: Reading, m: Mention) -> bool:
    """The members named by `m` follow a share noun and "of": "share of customers", "what % of the members"."""
    k = m.start - 1
    while k >= 0 and r.low(k) in _DETERMINERS - {"of"}:
        k -= 1
    return r.low(k) == "of" and lx.share_noun_at(r.tokens, k - 1)


def _asked(r: Reading, parent: str) -> tuple[str, int] | None:
    """("share" | "count", where the members' noun is) when the parent table is named right after a share noun and
    "of" ("share of customers", "what % of members") or after a count ("how many customers", "number of members")."""
    for m in r.mentions:
        if m.kind != "table" or m.table != parent:
            continue
        if share_asked(r, m):
            return "share", m.end - 1
        agg = r.agg_before(m.start)
        if agg is not None and agg.agg in ("count", "count_distinct"):
            return "count", m.end - 1
    return None


def _member_filter(count: Filter, key: ColumnRef, held: str, table: str, rows: list[Filter]) -> Filter | None:
    """The member's key among (or not among) the keys the other table's rows hold as many times as the condition
    says; that table's own conditions (a period, a value) choose its rows."""
    n = count.values[0]
    if not isinstance(n, int | float) or count.having is None:
        return None
    among = ColumnRef(table=table, column=held)
    times = count.having
    if count.op in _KEPT and n >= (1 if count.op == ">=" else 0):
        kept = count.model_copy(update={"column": among})
        return Filter(column=key, op="in", label=count.label, among=among, among_filters=rows, among_having=[kept])
    if count.op in _FLIPPED or (count.op == "=" and n == 0):
        if count.op == "=":
            return Filter(column=key, op="not_in", label=count.label, among=among, among_filters=rows)
        other = Filter(column=among, op=_FLIPPED[count.op], values=[n], label=count.label, having=times)
        return Filter(column=key, op="not_in", label=count.label, among=among, among_filters=rows, among_having=[other])
    if count.op == "=":
        kept = count.model_copy(update={"column": among})
        return Filter(column=key, op="in", label=count.label, among=among, among_filters=rows, among_having=[kept])
    return None
