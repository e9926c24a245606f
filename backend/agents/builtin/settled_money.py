"""Money taken in counts only the payments that went through. Over a table of payments whose state column holds both a
settled value (a success, a capture, a settlement) and one of a payment that fell through (a failure, a decline), "revenue",
"income" or "fees collected" add up the settled rows alone: a declined charge brought nothing in. "successful payments",
"charges that went through successfully" name that settled value too, whatever the question adds up or counts. A
question that names a state itself ("how much was given back", "payments that bounced") keeps its own."""

from __future__ import annotations

from collections.abc import Sequence

from backend.agents.builtin import lexicon as lx
from backend.agents.builtin.catalog_index import CatalogIndex, ColumnEntry, Mention, TableEntry
from backend.agents.builtin.models import AnalysisPlan, ColumnRef, Filter, Intent, Join

# The roots of the states a payment that went through is stored under, and of those of a payment that brought
# nothing in ('success', 'captured'; 'declined', 'rejected'), compared by their roots (root below).
_SETTLED = frozenset({"succeed", "succes", "successful", "paid", "captur", "settl", "complet"})
_FAILED = frozenset({"fail", "failur", "declin", "reject", "bounc"})
# How the words of the question that say the settled state begin: "successful payments", "a success rate".
_SAID_SETTLED = "succe"
# Money taken in: the takings words and the verbs of money coming in ("fees collected", "what we earned").
_TAKEN_IN = lx.TAKINGS | frozenset({"collected", "earned", "brought"})
_MOST_STATES = 12  # a column of more values than this holds no states
SETTLED_SCORE = 2.6  # as a value named in full (matching._value_mentions)


def settled_state(idx: CatalogIndex, table: str) -> tuple[ColumnEntry, str] | None:
    """The state column of a table of payments and its settled value, when it also holds one of a payment that fell through."""
    t = idx.tables.get(table)
    return _state_pair(t, _SETTLED, _FAILED) if t is not None else None


def _state_pair(t: TableEntry, kept: frozenset[str], dropped: frozenset[str]) -> tuple[ColumnEntry, str] | None:
    """The table's state column with one value whose root is among `kept` beside a value whose root is among
    `dropped`, and that kept value."""
    for c in t.columns:
        values = list(c.info.values or [])
        if c.info.kind != "text" or not values or len(values) > _MOST_STATES:
            continue
        found = [v for v in values if _root(v) in kept]
        if len(found) == 1 and any(_root(v) in dropped for v in values):
            return c, found[0]
    return None


def settled_mentions(idx: CatalogIndex, tokens: Sequence[lx.Token], mentions: list[Mention]) -> list[Mention]:
    """The mentions with the settled value of each table of payments where the question says "successful" (or
    "success"), unless a value is read there already."""
    said = [k for k, t in enumerate(tokens) if t.lower.startswith(_SAID_SETTLED)]
    if not said:
        return mentions
    found = [(name, hit) for name in idx.tables if (hit := settled_state(idx, name)) is not None]
    added = [
        Mention(k, k + 1, "value", name, c.name, SETTLED_SCORE, "value", value)
        for k in said
        if not any(m.start <= k < m.end and m.kind == "value" for m in mentions)
        for name, (c, value) in found
    ]
    return [*mentions, *added]


def settled_money(tokens: Sequence[lx.Token], idx: CatalogIndex, plan: AnalysisPlan) -> tuple[AnalysisPlan, str | None]:
    """The plan kept to the settled payments when it adds up money taken in; and the thought."""
    words = {t.lower for t in tokens}
    if plan.kind != Intent.AGGREGATE or not words & _TAKEN_IN:
        return plan, None
    for m in plan.measures:
        if m.column is None or m.agg not in ("sum", "avg") or not _is_money(idx, m.column):
            continue
        found = settled_state(idx, m.column.table)
        if found is None:
            continue
        c, value = found
        if any(f.column.table == m.column.table and f.column.column == c.name for f in plan.filters):
            return plan, None  # the question names a state of its own: "payments that bounced"
        col = ColumnRef(table=m.column.table, column=c.name)
        settled = Filter(column=col, op="=", values=[value], label=f"{c.name} is {value}")
        made = plan.model_copy(update={"filters": [*plan.filters, settled]})
        return made, (
            f"Money taken in counts only the payments that went through: I kept the {m.column.table} rows whose"
            f" {c.name} is '{value}'."
        )
    return plan, None


def _is_money(idx: CatalogIndex, ref: ColumnRef) -> bool:
    t = idx.tables.get(ref.table)
    c = t.col(ref.column) if t is not None else None
    return c is not None and c.is_money


def _root(value: str) -> str:
    """A stored state's word without its ending: 'Captured' → captur, 'DECLINED' → declin."""
    word = value.strip().lower()
    for ending in ("ed", "e", "s"):
        if word.endswith(ending) and len(word) - len(ending) >= 4:
            return word[: -len(ending)]
    return word


# The nouns of a table whose rows are sales made at a till or online: its rows are sales once done.
_SALE_NOUNS = frozenset({"order", "sale", "purchase", "transaction", "check", "bill", "receipt", "basket", "cart"})
# The roots of the state a sale ends in when it is made, and of one it ends in when it is called off.
_DONE = frozenset({"complet", "fulfill", "finish"})
_CALLED_OFF = frozenset({"cancel", "cancell", "void", "abandon"})
_SUMMED = (Intent.AGGREGATE, Intent.HISTOGRAM, Intent.SCATTER)


def completed_state(idx: CatalogIndex, table: str) -> tuple[ColumnEntry, str] | None:
    """The state column of a table of sales (orders, checks, purchases) and the value of a finished one, when the
    column also holds the state of a sale called off (voided, abandoned)."""
    t = idx.tables.get(table)
    if t is None or not t.words or lx.stem(t.words[-1]) not in _SALE_NOUNS:
        return None
    return _state_pair(t, _DONE, _CALLED_OFF)


def _other_state_said(tokens: Sequence[lx.Token], found: tuple[ColumnEntry, str]) -> bool:
    """The question says a state of the column other than the settled one ("how much did we refund" of a refund state),
    or says a payment fell through in other words than its stored state ("declines" of a state stored as another word)."""
    c, settled = found
    others = {_root(v) for v in c.info.values or [] if v != settled}
    failed = bool(others & _FAILED)
    said = {_root(_root(t.lower)) for t in tokens} | {_root(t.lower) for t in tokens}
    return any(t.lower in others for t in tokens) or bool(said & others) or (failed and bool(said & _FAILED))


# Filters that pick rows by a value they hold, not by a date, a range or another table's rows.
_PICKING_OPS = frozenset({"=", "in", "is_null", "not_null"})


def _counted_by_kind(idx: CatalogIndex, plan: AnalysisPlan, found: tuple[ColumnEntry, str]) -> bool:
    """A count of payments picked by a kind of their own (a reason code, a risk flag, a test-mode flag) counts every
    payment of that kind, whatever became of it: "payments flagged as risky per month", "how many were turned away".
    Money added up still takes only what went through."""
    state = found[0]
    if not plan.measures or any(m.column is not None or m.agg != "count" or m.share_of for m in plan.measures):
        return False
    t = idx.tables.get(state.table)
    for f in plan.filters:
        c = t.col(f.column.column) if t is not None and f.column.table == state.table else None
        if c is None or c.name == state.name or f.op not in _PICKING_OPS or f.having is not None:
            continue
        if f.among is None and c.info.kind in ("text", "boolean"):
            return True
    return False


def completed_sales(
    idx: CatalogIndex, plan: AnalysisPlan, tokens: Sequence[lx.Token] = ()
) -> tuple[AnalysisPlan, str | None]:
    """The plan kept to the finished sales when it counts, adds up or plots the rows of a table of sales whose
    state says which were finished, or the rows of their lines (a table whose key leads to one sale): an order
    called off or still open is no sale, nor are its covers, its money or its lines. Likewise the rows of a table of
    payments whose state says which went through: a declined charge is no payment, neither in a count, a share of
    payments, nor in the volume, tips or fees added up. A question that names a state or groups by it keeps its own;
    and the thought."""
    if plan.kind not in _SUMMED:
        return plan, None
    sale, key = plan.table, None
    found = completed_state(idx, sale)
    paid = settled_state(idx, sale) if found is None else None  # a payment's own state says whether it went through
    if paid is not None and (
        plan.kind != Intent.AGGREGATE or _other_state_said(tokens, paid) or _counted_by_kind(idx, plan, paid)
    ):
        return plan, None  # "histogram of payment amounts": every payment; "how much did we refund": those refunds
    found = found or paid
    if found is None:
        ups = [fk for fk in idx.foreign_keys if fk.table == plan.table and completed_state(idx, fk.ref_table)]
        if len(ups) != 1:
            return plan, None
        key = ups[0]
        sale, found = key.ref_table, completed_state(idx, key.ref_table)
    if found is None:
        return plan, None
    c, value = found
    col = ColumnRef(table=sale, column=c.name)
    said = [f.column for f in plan.filters] + [f.column for m in plan.measures for f in m.share_of]
    said += [d.column for d in plan.dimensions] + list(plan.columns)
    if any(r.table == sale and r.column == c.name for r in said):
        return plan, None  # "voided orders by shop", "orders by state": the question's own states
    done = Filter(column=col, op="=", values=[value], label=f"{c.name} is {value}")
    joins = list(plan.joins)
    if key is not None and all(j.ref_table != sale or j.alias for j in joins):
        joins.append(Join(table=key.table, column=key.column, ref_table=sale, ref_column=key.ref_column))
    made = plan.model_copy(update={"filters": [*plan.filters, done], "joins": joins})
    if paid is not None:
        return made, f"A payment counts once it went through: I kept the {sale} rows whose {c.name} is '{value}'."
    return made, f"A sale counts once it is done: I kept the {sale} rows whose {c.name} is '{value}'."
