"""A journey between two values of one table that the rows reference twice ("rides from Elmfold to the quayside",
"moves from Vantor to Quillby"): the value after "from" is the one the
origin-like key references, the value after "to" the one the destination-like key references, each read through its
own join of the referenced table. Without this, both values land on one key as a list ("either end").

Applies when the plan's table has exactly two keys to the values' table and the words of at least one key say its
direction (pickup/origin/src/from…; dropoff/destination/dst/to…): the other key is the other end.
"""

from __future__ import annotations

from backend.agents.builtin import lexicon as lx
from backend.agents.builtin.catalog_index import CatalogIndex, Mention
from backend.agents.builtin.finishing import plan_refs
from backend.agents.builtin.fk_roles import key_direction, role_words
from backend.agents.builtin.models import AnalysisPlan, ColumnRef, Filter, Join, Scalar
from backend.agents.builtin.reading import Reading
from backend.models.catalog import ForeignKey

_ARTICLES = frozenset({"the", "a", "an"})


def _value_after(r: Reading, k: int) -> Mention | None:
    """The value mention starting right after position k (an article between allowed)."""
    j = k + 1 + (r.low(k + 1) in _ARTICLES)
    return next((m for m in r.mentions if m.kind == "value" and m.start == j and m.column and m.value), None)


def _ends(r: Reading) -> tuple[list[Mention], list[Mention]] | None:
    """(the values after "from", the values after a later "to") when all are values of one table: "from Oakby or Fenn to
    Ashby and Ruel" lists two of each."""
    for i, t in enumerate(r.tokens):
        if t.lower != "from":
            continue
        start = _value_after(r, i)
        if start is None:
            continue
        to = next((j for j in range(start.end, len(r.tokens)) if r.low(j) in ("to", "into")), None)
        end = _value_after(r, to) if to is not None else None
        if to is None or end is None or end.table != start.table:
            return None
        values = [m for m in r.mentions if m.kind == "value" and m.table == start.table and m.column and m.value]
        origins = [m for m in values if start.start <= m.start < to]
        # the list after "to" runs on through "and"/"or"/commas between values
        ends = [end]
        for m in sorted(values, key=lambda m: m.start):
            if m.start > ends[-1].end - 1 and all(r.low(k) in _LISTING for k in range(ends[-1].end, m.start)):
                ends.append(m)
        return origins, ends
    return None


_LISTING = frozenset({"and", "or", ",", "&"})


def _alias(idx: CatalogIndex, fk: ForeignKey, fallback: str) -> str:
    roles = sorted(role_words(idx, fk))
    return f"{'_'.join(roles) or fallback}_{fk.ref_table}".lower()


def _grouped_by(r: Reading, table: str, column: str) -> bool:
    """The column is named after a grouping word (a role word between allowed): "by pickup zone"."""
    return any(
        m.kind == "column"
        and m.table == table
        and m.column == column
        and lx.GROUPING_WORDS & {r.low(m.start - 1), r.low(m.start - 2)}
        for m in r.mentions
    )


def _uses(plan: AnalysisPlan, table: str) -> bool:
    """Whether any column the plan reads comes from `table` joined along its plain key (no alias)."""
    return any(ref.table == table and ref.alias is None for ref in plan_refs(plan))


def route_ends(r: Reading, idx: CatalogIndex, plan: AnalysisPlan) -> tuple[AnalysisPlan, str | None]:
    """The plan with "from X to Y" read as the two ends of each row, and a note saying so; else the plan as it was."""
    ends = _ends(r)
    if ends is None:
        return plan, None
    starts, finishes = ends
    parent = starts[0].table
    keys = [fk for fk in idx.foreign_keys if fk.table == plan.table and fk.ref_table == parent and parent != plan.table]
    if len(keys) != 2:
        return plan, None
    headings = [key_direction(role_words(idx, fk)) for fk in keys]
    if "from" in headings:
        origin = keys[headings.index("from")]
    elif "to" in headings:
        origin = keys[1 - headings.index("to")]
    else:
        return plan, None
    destination = keys[1 - keys.index(origin)]
    said = {m.value for m in (*starts, *finishes)}
    filters = [
        f for f in plan.filters if not (f.column.table == parent and f.column.alias is None and set(f.values) <= said)
    ]
    joins: list[Join] = []
    ends_read: list[Filter] = []
    for fk, named, fallback in ((origin, starts, "from"), (destination, finishes, "to")):
        alias = _alias(idx, fk, fallback)
        joins.append(Join(table=fk.table, column=fk.column, ref_table=parent, ref_column=fk.ref_column, alias=alias))
        for column in dict.fromkeys(m.column or "" for m in named):
            values: list[Scalar] = [m.value or "" for m in named if m.column == column]
            shown = " or ".join(str(v) for v in values)
            ends_read.append(
                Filter(
                    column=ColumnRef(table=parent, column=column, alias=alias),
                    op="=" if len(values) == 1 else "in",
                    values=values,
                    label=f"{fallback} {shown}",
                )
            )
    # "rides from A to B by month": the two values were no groups to compare, only the journey's ends.
    named = {(parent, m.column) for m in (*starts, *finishes)}
    dims = [
        d
        for d in plan.dimensions
        if (d.column.table, d.column.column) not in named
        or d.column.alias is not None
        or _grouped_by(r, d.column.table, d.column.column)  # "by pickup zone from A to B": a grouping asked
    ]
    order = [o for o in plan.order if o.alias in {d.alias for d in dims} | {m.alias for m in plan.measures}]
    routed = plan.model_copy(update={"filters": [*filters, *ends_read], "dimensions": dims, "order": order})
    kept = [j for j in plan.joins if not (j.ref_table == parent and j.alias is None and not _uses(routed, parent))]
    routed.joins = [*kept, *joins]
    first, last = (" or ".join(str(m.value) for m in side) for side in (starts, finishes))
    note = (
        f"I read “from {first} to {last}” as the two ends of each {plan.table} row: "
        f"{origin.column} is {first} and {destination.column} is {last}."
    )
    return routed, note
