"""Rows past their due date and still open: "overdue loans", "which items are overdue", "how many bills are past due"
read as the rows of a table with a due date before today and, when the table records when a row ended (returned,
closed, settled), no such end yet. Asked of a table with no due date of its own ("overdue items"), the rows are those
of the table with one that points at it; where open rows and ended ones are kept in two alike tables, the one whose
end is still empty throughout (the open rows) is read."""

from __future__ import annotations

import datetime as dt

from backend.agents.builtin.catalog_index import CatalogIndex, ColumnEntry, TableEntry
from backend.agents.builtin.choice import Choice
from backend.agents.builtin.durations import END_WORDS, is_event, root
from backend.agents.builtin.models import AnalysisPlan, ColumnRef, Filter, Intent
from backend.agents.builtin.planner import plan_on
from backend.agents.builtin.reading import Reading

# Words of a date a row must be settled by: a due date, a deadline.
_DUE_WORDS = frozenset({"due", "deadline"})
_END_ROOTS = frozenset(root(e) for e in END_WORDS)


def asks_overdue(r: Reading) -> bool:
    """ "overdue", "past due", "past their due date" said of rows."""
    words = [t.lower for t in r.tokens]
    return "overdue" in words or any(w == "past" and words[k + 1 : k + 2] == ["due"] for k, w in enumerate(words))


def due_column(t: TableEntry) -> ColumnEntry | None:
    """The table's one date a row is due by."""
    due = [c for c in t.columns if is_event(c) and set(c.words) & _DUE_WORDS]
    return due[0] if len(due) == 1 else None


def end_column(t: TableEntry, due: ColumnEntry) -> ColumnEntry | None:
    """The date a row ended on (returned, closed), empty while it is open."""
    ends = [c for c in t.columns if c is not due and is_event(c) and any(root(w) in _END_ROOTS for w in c.words)]
    return ends[0] if len(ends) == 1 else None


def _open_only(t: TableEntry, due: ColumnEntry) -> bool:
    """Every row of the table is open: its end date is empty throughout."""
    end = end_column(t, due)
    return end is not None and end.info.min is None and end.info.max is None


def overdue_table(r: Reading, idx: CatalogIndex, ch: Choice | None) -> TableEntry | None:
    """The table whose rows are overdue: the chosen one when it has a due date, else one with a due date that points
    at the chosen table (or the catalog's only ones with a due date), its open rows' table first."""
    if ch is not None and due_column(ch.table) is not None:
        return ch.table
    dated = [t for t in idx.tables.values() if due_column(t) is not None]
    if ch is not None:
        name = ch.table.info.name
        pointing = {fk.table for fk in idx.foreign_keys if fk.ref_table == name}
        dated = [t for t in dated if t.info.name in pointing] or dated
    if not dated:
        return None
    opened = [t for t in dated if _open_only(t, due_column(t) or t.columns[0])]
    if len(opened) == 1:
        return opened[0]
    return dated[0] if len(dated) == 1 else None


def overdue_plan(
    r: Reading, idx: CatalogIndex, ch: Choice | None, today: dt.date | None
) -> tuple[AnalysisPlan, CatalogIndex, Choice, list[str]] | None:
    """The plan over the overdue rows, with a note saying how they were found; None when nothing is asked overdue or
    no table has a due date."""
    if not asks_overdue(r):
        return None
    t = overdue_table(r, idx, ch)
    due = due_column(t) if t is not None else None
    if t is None or due is None:
        return None
    found = plan_on(r, idx, t.info.name, today)
    if found is None:
        return None
    plan, chosen, notes = found
    name = t.info.name
    end = end_column(t, due)
    day = (today or dt.date.today()).isoformat()

    def on_due(f: Filter) -> bool:
        return (f.column.table, f.column.column) == (name, due.name) or (
            f.than_column is not None and (f.than_column.table, f.than_column.column) == (name, due.name)
        )

    kept = [f for f in plan.filters if not on_due(f)]  # "overdue" read as a comparison of the due date: replaced
    due_ref = ColumnRef(table=name, column=due.name)
    late = [Filter(column=due_ref, op="date_range", values=["", day], label="the past")]
    if end is not None:
        late.append(Filter(column=ColumnRef(table=name, column=end.name), op="is_null", label=f"no {end.name}"))
    plan.filters = [*kept, *late]
    if ch is not None and ch.table is not t:
        plan = of_parent(r, idx, plan, ch.table, t, due_ref)
    still = f" and no {end.name} yet" if end is not None else ""
    note = f"Overdue: the {name} rows whose {due.name} is before today ({day}){still}."
    return plan, idx, chosen, [*notes, note]


_LISTING = frozenset({"which", "list", "show", "what"})


def of_parent(
    r: Reading, idx: CatalogIndex, plan: AnalysisPlan, parent: TableEntry, t: TableEntry, due: ColumnRef
) -> AnalysisPlan:
    """ "how many overdue items", "which items are overdue" asked of the table the overdue rows point at: the parent
    named is what is counted or listed, no grouping of its own; listed by the key pointing at it, its name and the
    due date."""
    label = parent.label.name if parent.label is not None else None
    dims = [d for d in plan.dimensions if not (d.column.table == parent.info.name and d.column.column == label)]
    if len(dims) == len(plan.dimensions):
        return plan
    plan.dimensions = dims
    kept = {d.alias for d in dims} | {m.alias for m in plan.measures}
    plan.order = [o for o in plan.order if o.alias in kept]
    if dims or r.low(0) not in _LISTING or any(m.agg != "count" or m.column is not None for m in plan.measures):
        return plan
    key = next(
        (fk.column for fk in idx.foreign_keys if fk.table == t.info.name and fk.ref_table == parent.info.name), None
    )
    columns = [ColumnRef(table=t.info.name, column=key)] if key is not None else []
    columns += [ColumnRef(table=parent.info.name, column=label)] if label is not None else []
    plan.kind, plan.measures, plan.columns, plan.order = Intent.ROWS, [], [*columns, due], []
    return plan
