"""Parents that have something: "percentage of jobs with a breakdown", "what share of hires had a complaint
by home base" — the share of the parent's rows whose key some row of the child table holds, over all of the parent's
rows (those with none count too), rather than the child's rows split by group. The child's conditions ("an engine
complaint", a period of the child's date) choose which child rows count."""

from __future__ import annotations

from dataclasses import dataclass

from backend.agents.builtin import lexicon as lx
from backend.agents.builtin.catalog_index import CatalogIndex, Mention
from backend.agents.builtin.conditions import value_filters
from backend.agents.builtin.counted_members import share_asked
from backend.agents.builtin.fk_roles import pick_key
from backend.agents.builtin.models import AnalysisPlan, ColumnRef, Filter, Intent, Measure, OrderItem
from backend.agents.builtin.reading import Reading
from backend.models.catalog import ForeignKey

# Words that tie the parent's rows to what they have: "with", "having", "that (had)", "which", "who", "had".
_LINKS = frozenset({"with", "without", "having", "that", "which", "who", "where", "have", "has", "had"})
# A denial: the parent's rows no child row points at ("with no complaint", "without", "never had", "hadn't").
_DENIALS = lx.DENIALS | {"zero", "none", "nothing"}
_GAP = 5  # words between the link and the child's name: "that had at least one", "which received an"


@dataclass(frozen=True, slots=True)
class Presence:
    """The parent's rows asked about, the child table naming what they have, and the key from child to parent."""

    parent_at: Mention
    child_at: Mention
    key: ForeignKey
    denied: bool = False  # "with no complaint", "without a breakdown": the parent's rows no child row points at


def find_presence(r: Reading, idx: CatalogIndex) -> Presence | None:
    """A parent table named after a share noun and "of" ("share of hires"), then a link word and, a few words on, a
    table that references it ("with a complaint", "that had at least one breakdown") or a participle naming what the
    referencing rows record ("that were returned", "orders returned": the returns' own date); no denial between."""
    tables = [m for m in r.mentions if m.kind == "table"]
    acts = [m for m in r.mentions if _act(r, idx, m)] + _acted_rows(r, idx)
    for parent in tables:
        acted = any(m.start == parent.end for m in acts) or lx.past_form(r.low(parent.end))  # "members made a …"
        if (r.low(parent.end) not in _LINKS and not acted) or not share_asked(r, parent):
            continue
        # the apostrophe of "didn't", "haven't" is no word between
        after = [
            m
            for m in [*tables, *acts]
            if parent.end <= m.start
            and sum(r.low(k) != "'" for k in range(parent.end, m.start)) <= _GAP
            and m.table != parent.table
        ]
        first = min((m.start for m in after), default=None)
        if first is None:
            continue
        for child in sorted((m for m in after if m.start == first), key=lambda m: (m.start - m.end, m.kind != "table")):
            keys = [fk for fk in idx.foreign_keys if fk.table == child.table and fk.ref_table == parent.table]
            if keys:
                return Presence(parent, child, pick_key(r, idx, keys), _denied(r, parent.end, first))
    return None


def _acted_rows(r: Reading, idx: CatalogIndex) -> list[Mention]:
    """A past verb spelling a word of a table's name that no mention covers ("members who donated" ↔ the
    donations): the rows of that table, what the members did."""
    out: list[Mention] = []
    for k, t in enumerate(r.tokens):
        if not t.lower.endswith("ed") or r.words[k] is None:
            continue
        for name, table in idx.tables.items():
            if names_act(t.lower, table.words) and not any(
                m.table == name and m.start <= k < m.end for m in r.mentions
            ):
                out.append(Mention(k, k + 1, "table", name, None, 1.0, "stem"))
    return out


def _act(r: Reading, idx: CatalogIndex, m: Mention) -> bool:
    """A participle naming the date a table's rows record their act on, the act the table is named after ("returned"
    of the returned_on date of returns, "reimbursed" of reimbursements), not a date of other rows ("issued")."""
    if m.kind != "column" or m.end - m.start != 1 or not r.low(m.start).endswith("ed"):
        return False
    table = idx.tables[m.table]
    return table.date is not None and table.date.name == m.column and names_act(r.low(m.start), table.words)


def names_act(participle: str, words: tuple[str, ...]) -> bool:
    """The participle spells a word of a table's name ("reimbursed" ↔ reimbursements, "returned" ↔ returns)."""
    base = participle.removesuffix("ed")
    return len(base) >= 4 and any(w.startswith(base) or (len(w) >= 4 and base.startswith(w)) for w in words)


def _denied(r: Reading, start: int, end: int) -> bool:
    """A denial between the parent and the child ("with no", "without any", "that never had")."""
    return any(r.low(k) in _DENIALS for k in range(start, end))


def _dated_by_parent(r: Reading, idx: CatalogIndex, plan: AnalysisPlan, found: Presence) -> AnalysisPlan:
    """ "share of orders with no return per month": a period the question does not tie to a date of the child's is
    one of the parent's rows (a parent with no child row has no child date), by the parent's own date."""
    child, parent = found.key.table, found.key.ref_table
    own = idx.tables[parent].date
    if own is None or own.info.kind != "temporal" or own.date_key is not None:
        return plan
    # a date of the child's named outside the child's own name ("by month of return date")
    at = found.child_at
    named = {
        m.column for m in r.mentions if m.kind == "column" and m.table == child and not at.start <= m.start < at.end
    }
    moved = [
        d.model_copy(update={"column": ColumnRef(table=parent, column=own.name)})
        if d.column.table == child and d.bucket is not None and d.column.column not in named
        else d
        for d in plan.dimensions
    ]
    return plan if moved == plan.dimensions else plan.model_copy(update={"dimensions": moved})


def _counted(f: Filter) -> bool:
    """A condition on how many child rows a group has, at least some ("at least one", "more than 2")."""
    m = f.having
    return m is not None and m.agg == "count" and m.column is None and f.op in (">", ">=") and not f.than_agg


def parents_having(r: Reading, idx: CatalogIndex, plan: AnalysisPlan) -> AnalysisPlan:
    """The plan read over the child's rows (or the child's rows listed), asked as the share of the parent's rows that
    have one: the share over the parent's rows instead, in each of the plan's groups when they are the parent's (or
    its parents'); the plan's conditions on the child's columns choose the child rows that count."""
    found = find_presence(r, idx)
    if found is None or plan.table != found.key.table or plan.kind not in (Intent.AGGREGATE, Intent.ROWS):
        return plan
    child, parent = found.key.table, found.key.ref_table
    if plan.kind == Intent.ROWS and (plan.dimensions or plan.top_n is not None):
        return plan
    joins = [j for j in plan.joins if not (j.table == child and j.ref_table == parent and j.alias is None)]
    plan = _dated_by_parent(r, idx, plan, found)
    if any(j.table == child for j in joins) or any(d.column.table == child for d in plan.dimensions):
        return plan  # a grouping of the child's own ("by breakdown cause") asks about the child's rows
    if plan.kind == Intent.ROWS:
        joins, dims = [], []
    else:
        own = idx.tables[parent]
        # "percentage of customers with an order": one share, not one per customer by its name or key.
        dims = [
            d
            for d in plan.dimensions
            if not (
                d.column.table == parent
                and (
                    (own.label is not None and d.column.column == own.label.name)
                    or ((c := own.col(d.column.column)) is not None and c.is_id)
                )
            )
        ]
    among = [f for f in plan.filters if f.column.table == child and f.having is None]
    kept = [f for f in plan.filters if f.column.table != child and f.having is None]
    held_by = ColumnRef(table=child, column=found.key.column)
    # "at least one", "more than 2": how many child rows a parent's key must be held by.
    times = [f.model_copy(update={"column": held_by}) for f in plan.filters if _counted(f)]
    if len(among) + len(kept) + len(times) != len(plan.filters):
        return plan
    # "an engine complaint", "a parcel sent by courier": a value of the child's named after the parent says which
    # child rows count.
    named = [f.column for f in among]
    values = [
        (m, False) for m in r.mentions if m.kind == "value" and m.table == child and found.parent_at.end < m.start
    ]
    among += [f for f in value_filters(values, idx.meanings) if f.column not in named]
    numbered = any(r.tokens[k].number is not None for k in range(found.parent_at.end, found.child_at.start))
    if (numbered and not times) or (found.denied and times):
        return plan  # "more than 2 complaints" read as no condition: not the share of hires with any
    noun = " ".join(t.text for t in r.tokens[found.child_at.start : found.child_at.end])
    link = "" if found.child_at.kind == "column" else "without " if found.denied else "with "  # "returned" alone
    held = Filter(
        column=ColumnRef(table=parent, column=found.key.ref_column),
        op="not_in" if found.denied else "in",
        label=f"{link}{noun}",
        among=held_by,
        among_filters=among,
        among_having=times,
    )
    said = (lx.stem(r.tokens[m.end - 1].lower) for m in (found.parent_at, found.child_at))
    linked = "not_" if found.denied and not link else link.replace(" ", "_")
    alias = f"pct_{next(said)}_{linked}{next(said)}"
    share = Measure(agg="avg", column=None, alias=alias, share_of=[held])
    order = [OrderItem(alias=alias, desc=True)] if dims and all(d.bucket is None for d in dims) else []
    order = order or [OrderItem(alias=d.alias) for d in dims if d.bucket is not None]
    date_keys = [k for k in plan.date_keys if k.column.table != child]
    return AnalysisPlan(
        kind=Intent.AGGREGATE,
        table=parent,
        joins=joins,
        date_keys=date_keys,
        measures=[share],
        dimensions=dims,
        filters=kept,
        order=order,
        chart_hint=plan.chart_hint,
    )
