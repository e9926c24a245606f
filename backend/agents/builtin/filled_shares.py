"""The share of rows that have a value in a column: "what percentage of tickets have a satisfaction score", "share of
orders with a coupon", "what fraction of members gave a middle name". A column named after "have"/"with" with no value
or comparison of its own is asked about as present or missing: 100 × COUNT(column) / COUNT(*), the rows where it IS
NOT NULL over all rows, rather than the column's average or a grouping by its values. A yes/no column keeps its rate
("what percentage of orders were returned")."""

from __future__ import annotations

from backend.agents.builtin.catalog_index import CatalogIndex, Mention
from backend.agents.builtin.counted_members import share_asked
from backend.agents.builtin.models import AnalysisPlan, ColumnRef, Filter, Intent, Measure
from backend.agents.builtin.reading import Reading

_RELATIVES = frozenset({"that", "which", "who", "where"})
_HAVING = frozenset({"have", "has", "had", "gave", "give", "with", "having", "contain", "contains", "carry", "carries"})
_ARTICLES = frozenset({"a", "an", "any", "some", "the", "their", "its", "one"})


def filled_share(r: Reading, idx: CatalogIndex, plan: AnalysisPlan) -> tuple[AnalysisPlan, str | None]:
    """The plan as the share of its rows with the column filled in, when the question asks so; and the thought."""
    if plan.kind != Intent.AGGREGATE or plan.top_n or plan.periods or any(m.share_of for m in plan.measures):
        return plan, None
    for rows in (m for m in r.mentions if m.kind == "table" and m.table == plan.table):
        if not share_asked(r, rows):
            continue
        link, named = _named_after(r, rows)
        c = idx.tables[plan.table].col(named.column) if named is not None and named.column else None
        if named is None or c is None or c.info.kind == "boolean" or not c.info.nullable:
            continue
        if c.info.kind == "numeric" and not (isinstance(c.info.min, int | float) and c.info.min > 0):
            continue  # "orders with a discount" over amounts that may be 0: a positive amount, not a filled one
        if any(v.kind == "value" and v.column == c.name for v in r.mentions) or _compared(r, named):
            continue  # "orders with a coupon SAVE10", "tickets with a score above 3": a condition, not presence
        col = ColumnRef(table=plan.table, column=c.name)
        label = f"{c.name} is filled in"
        share = Measure(
            agg="avg", alias=f"pct_with_{c.name}", share_of=[Filter(column=col, op="not_null", label=label)]
        )
        dims = [d for d in plan.dimensions if d.column != col]
        filters = [f for f in plan.filters if f.column != col]
        order = [o.model_copy(update={"alias": share.alias}) for o in plan.order[:1]] if dims else []
        made = plan.model_copy(update={"measures": [share], "dimensions": dims, "filters": filters, "order": order})
        return made, (
            f"I read “{' '.join(t.text for t in r.tokens[link : named.end])}” as the column being filled"
            f" in: the percentage of {plan.table} rows where {c.name} is not empty (100 × COUNT({c.name}) / COUNT(*))."
        )
    return plan, None


def _named_after(r: Reading, rows: Mention) -> tuple[int, Mention | None]:
    """(where "have"/"with" is, the column named after it and an article): "tickets that have a score"."""
    link = k = rows.end + (r.low(rows.end) in _RELATIVES)
    if r.low(k) not in _HAVING:
        return link, None
    k += 1
    while r.low(k) in _ARTICLES:
        k += 1
    found = [m for m in r.mentions if m.kind == "column" and m.table == rows.table and m.start == k]
    return link, max(found, key=lambda m: m.end - m.start, default=None)


def _compared(r: Reading, named: Mention) -> bool:
    """A comparison or a number right after the column ("a score above 3", "a score of 5")."""
    if any(named.end <= c.start <= named.end + 1 for c in r.comparisons):
        return True
    return any(t.number is not None for t in r.tokens[named.end : named.end + 3])
