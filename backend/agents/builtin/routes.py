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


def _listed(r: Reading, first: Mention) -> list[Mention]:
    """The value and those listed after it, through "and"/"or"/commas, of the same table: "Ashby and Ruel"."""
    values = sorted(
        (m for m in r.mentions if m.kind == "value" and m.table == first.table and m.column and m.value),
        key=lambda m: m.start,
    )
    out = [first]
    for m in values:
        if m.start >= out[-1].end and all(r.low(k) in _LISTING for k in range(out[-1].end, m.start)):
            out.append(m)
    return out


def _ends(r: Reading) -> tuple[list[Mention], list[Mention], bool] | None:
    """(the values after "from", the values after "to", False) when all are values of one table, in either order
    ("from Oakby or Fenn to Ashby and Ruel", "to Ashby from Oakby"); (the first value, the second, True) for "between
    Oakby and Ashby", a journey either way."""
    found: dict[str, list[Mention]] = {}
    for i, t in enumerate(r.tokens):
        side = _SIDES.get(t.lower)
        start = _value_after(r, i) if side is not None else None
        if side is None or start is None or side in found:
            continue
        named = _listed(r, start)
        if side == "between":
            if len(named) == 2 and r.low(named[0].end) == "and":
                return [named[0]], [named[1]], True
            continue
        found[side] = named
    if "from" in found and "to" in found and found["from"][0].table == found["to"][0].table:
        return found["from"], found["to"], False
    return None


# Words before a journey's end: where it starts, where it ends, or both ends in either order.
_SIDES = {"from": "from", "to": "to", "into": "to", "between": "between"}
_LISTING = frozenset({"and", "or", ",", "&"})


def role_prefix(idx: CatalogIndex, fk: ForeignKey, fallback: str) -> str:
    """The words of a key's role joined (pickup, dropoff), else `fallback` ("from", "to"): what an end is called."""
    return "_".join(sorted(role_words(idx, fk))) or fallback


def _alias(idx: CatalogIndex, fk: ForeignKey, fallback: str) -> str:
    return f"{role_prefix(idx, fk, fallback)}_{fk.ref_table}".lower()


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


def directed_keys(idx: CatalogIndex, table: str, parent: str) -> tuple[ForeignKey, ForeignKey] | None:
    """(origin, destination): the two keys from `table` to `parent` when the words of at least one say its direction
    (pickup/origin/src/from…; dropoff/destination/dst/to…); the other key is the other end."""
    keys = [fk for fk in idx.foreign_keys if fk.table == table and fk.ref_table == parent and parent != table]
    if len(keys) != 2:
        return None
    headings = [key_direction(role_words(idx, fk)) for fk in keys]
    if "from" in headings and headings != ["from", "from"]:
        origin = keys[headings.index("from")]
    elif "to" in headings and headings != ["to", "to"]:
        origin = keys[1 - headings.index("to")]
    else:
        return None
    return origin, keys[1 - keys.index(origin)]


def end_joins(idx: CatalogIndex, keys: tuple[ForeignKey, ForeignKey]) -> list[Join]:
    """The referenced table joined once per end, each under the alias of its key's role (pickup_docks, to_docks)."""
    return [
        Join(table=fk.table, column=fk.column, ref_table=fk.ref_table, ref_column=fk.ref_column, alias=alias)
        for fk, alias in zip(keys, end_aliases(idx, keys), strict=True)
    ]


def end_aliases(idx: CatalogIndex, keys: tuple[ForeignKey, ForeignKey]) -> tuple[str, str]:
    """The aliases the two ends are joined under."""
    return _alias(idx, keys[0], "from"), _alias(idx, keys[1], "to")


def route_ends(r: Reading, idx: CatalogIndex, plan: AnalysisPlan) -> tuple[AnalysisPlan, str | None]:
    """The plan with "from X to Y" (or "to Y from X", "between X and Y") read as the two ends of each row, and a note
    saying so; else the plan as it was."""
    ends = _ends(r)
    if ends is None:
        return plan, None
    starts, finishes, either = ends
    parent = starts[0].table
    keys = directed_keys(idx, plan.table, parent)
    if keys is None:
        return plan, None
    origin, destination = keys
    said = {m.value for m in (*starts, *finishes)}
    filters = [
        f for f in plan.filters if not (f.column.table == parent and f.column.alias is None and set(f.values) <= said)
    ]
    joins = end_joins(idx, keys)
    ends_read: list[Filter] = []
    sides = ((starts + finishes, "from"), (starts + finishes, "to")) if either else ((starts, "from"), (finishes, "to"))
    for join, (named, fallback) in zip(joins, sides, strict=True):
        for column in dict.fromkeys(m.column or "" for m in named):
            values: list[Scalar] = [m.value or "" for m in named if m.column == column]
            shown = " or ".join(str(v) for v in values)
            ends_read.append(
                Filter(
                    column=ColumnRef(table=parent, column=column, alias=join.alias),
                    op="=" if len(values) == 1 else "in",
                    values=values,
                    label=f"{fallback} {shown}",
                )
            )
    if either:  # "between A and B": from A to B or from B to A, so the two ends differ
        column = starts[0].column or ""
        ends_read.append(
            Filter(
                column=ColumnRef(table=parent, column=column, alias=joins[0].alias),
                op="!=",
                than_column=ColumnRef(table=parent, column=column, alias=joins[1].alias),
                label="the two ends differ",
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
        f"I read “between {first} and {last}” as journeys either way: each {plan.table} row whose {origin.column} is "
        f"one of them and whose {destination.column} is the other."
        if either
        else f"I read “from {first} to {last}” as the two ends of each {plan.table} row: "
        f"{origin.column} is {first} and {destination.column} is {last}."
    )
    return routed, note
