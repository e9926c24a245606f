"""A count of each member's rows aggregated over the members, taken over every member of the members' own table:
"average number of orders per customer", "average tickets per agent", "how many orders does a customer place on
average", "average replies per ticket by priority". A user asking "per customer" means all customers, so one with no
order counts as 0 (the customers' table LEFT JOINed to each customer's count) rather than the average being taken over
the customers who ordered. Each member's total of money taken in, averaged ("average spend per customer"), is taken the
same way, one who spent nothing as 0. Without a table of the members (only their key on the rows), the keys present
are all there is."""

from __future__ import annotations

from backend.agents.builtin.catalog_index import CatalogIndex
from backend.agents.builtin.models import AnalysisPlan, ColumnRef, Intent
from backend.agents.builtin.sql_builder import member_side
from backend.models.catalog import ForeignKey

_OVER = frozenset({"avg", "median", "min", "max", "stddev"})


def every_member(idx: CatalogIndex, plan: AnalysisPlan) -> tuple[AnalysisPlan, str | None]:
    """The plan with its count (or total) per member taken over every member of the members' table, and the thought to
    show."""
    if plan.kind != Intent.AGGREGATE or len(plan.measures) != 1 or plan.top_n or plan.periods:
        return plan, None
    m = plan.measures[0]
    # A figure of the row summed per member (a line's price times its quantity) is a total too.
    if m.minus or m.over or m.plus or m.group_figure or m.share_of or m.within or m.span or m.running or m.of_total:
        return plan, None
    key = m.per if m.agg == "avg" and m.per is not None else m.of_each if m.agg in _OVER else None
    if m.column is not None and (m.of_each is None or key != m.of_each):
        # "average fee paid per pupil" is the total over the pupils who paid; only each member's own total
        # taken first ("average spend per customer", `each_figures`) is taken over every member.
        return plan, None
    if key is None or key.alias or any(f.having is not None for f in plan.filters):
        return plan, None
    fk = _member_key(idx, key)
    owner = idx.tables.get(key.table)
    dated = owner.col(key.column) if owner is not None else None
    if fk is None or (dated is not None and dated.date_key is not None):
        return plan, None  # a key into a date dimension is read as its date, no member to join back on
    side = member_side(plan, fk.ref_table)
    if any(d.column.table not in side or d.key is not None for d in plan.dimensions):
        return plan, None  # a grouping of the rows themselves (their month): only members with rows have one
    members = ColumnRef(table=fk.ref_table, column=fk.ref_column)
    made = m.model_copy(update={"per": None, "of_each": key, "members": members})
    noun = m.alias.split("_per_", 1)[-1] if "_per_" in m.alias else fk.ref_table
    rows = m.alias.split("_per_", 1)[0].removeprefix(f"{m.agg}_") if "_per_" in m.alias else f"{plan.table} rows"
    rows = rows.replace("_", " ") if m.column is None else f"{plan.table} rows"
    zero = "as 0" if m.column is None else "as a total of 0"
    note = (
        f"Every {noun} in {fk.ref_table} counts, one with no {rows} {zero}: “per {noun}” means all of them, not only"
        f" those with {rows}."
    )
    return plan.model_copy(update={"measures": [made]}), note


def _member_key(idx: CatalogIndex, key: ColumnRef) -> ForeignKey | None:
    """The key the member's column points at in the members' own table."""
    return next(
        (
            fk
            for fk in idx.foreign_keys
            if fk.table == key.table and fk.column == key.column and fk.ref_table != key.table
        ),
        None,
    )
