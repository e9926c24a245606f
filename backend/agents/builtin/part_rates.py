"""Rates that are a part of the rows' money over its whole: "tip percentage by payment type" (the tips over the fares),
"discount rate by category" (the discounts over the gross or list amount), "margin % by product line" ((revenue −
cost) over revenue). Each is 100 × the total of the part over the total of the whole in each group — a ratio of totals,
not an average of each row's own ratio, which would count a small sale as much as a big one."""

from __future__ import annotations

from backend.agents.builtin import lexicon as lx
from backend.agents.builtin.catalog_index import CatalogIndex, ColumnEntry, TableEntry
from backend.agents.builtin.models import AnalysisPlan, Intent, Measure, OrderItem
from backend.agents.builtin.money_rates import rate_of
from backend.agents.builtin.reading import Reading
from backend.agents.builtin.role_model import ref

# Words after a part's name asking for it as a rate of its whole ("tip percentage", "discount rate", "margin %").
RATE_NOUNS = frozenset({"percentage", "percent", "pct", "%", "rate"})
# Words after a rate noun that make it a change over time, not a part of a whole.
CHANGE_WORDS = frozenset({"change", "changes", "growth", "increase", "decrease", "decline", "difference", "rise"})
_DISCOUNT_WORDS = frozenset({"discount", "discounts", "rebate", "markdown"})
# A whole before any discount is taken off it.
_GROSS_WORDS = frozenset({"gross", "list", "undiscounted"})
_COST_WORDS = frozenset(lx.CONCEPTS["cost"])


def _named(c: ColumnEntry, words: frozenset[str]) -> bool:
    """The column is named by one of the words, or by an abbreviation of one (disc ↔ discount)."""
    own = set(c.words) | c.expanded
    return bool(own & words) or any(lx.abbreviates(w, x) for w in c.words for x in words if len(w) >= 3)


def moving(m: Measure) -> bool:
    """A measure of change (from the previous period, between two, or running on): no part of a whole."""
    return bool(m.change or m.running or m.span)


def money_figure(c: ColumnEntry) -> bool:
    """Money of each row that adds up: no key, no rate stored as a fraction or a percentage."""
    rate = rate_of(c, frozenset(c.words))
    return c.is_money and c.additive and not c.is_id and (rate is None or rate.kind == "money")


def takings(table: TableEntry, part: ColumnEntry | None) -> list[ColumnEntry]:
    """The rows' money that is what was charged: not the part, a cost, a discount, or money on top (a tip, a tax)."""
    out: list[ColumnEntry] = []
    for c in table.columns:
        if c is part or not money_figure(c):
            continue
        if _named(c, _COST_WORDS | _DISCOUNT_WORDS | lx.NOT_TAKINGS):
            continue
        out.append(c)
    return out


def whole_of(table: TableEntry, part: ColumnEntry | None, discount: bool) -> ColumnEntry | None:
    """The money a part is a rate of: a discount's gross or list amount; otherwise the net amount, or the one money
    column charged that is not before a discount."""
    found = takings(table, part)
    gross = [c for c in found if _named(c, _GROSS_WORDS)]
    if discount and len(gross) == 1:
        return gross[0]
    net = [c for c in found if _named(c, frozenset({"net"}))]
    if len(net) == 1:
        return net[0]
    rest = found if discount else [c for c in found if c not in gross] or found
    return rest[0] if len(rest) == 1 else None


def _cost(table: TableEntry) -> ColumnEntry | None:
    found = [c for c in table.columns if money_figure(c) and _named(c, _COST_WORDS)]
    return found[0] if len(found) == 1 else None


def _part_before(r: Reading, table: TableEntry, k: int) -> ColumnEntry | None:
    """The money column of the table named right before the rate noun at k ("tip" of "tip percentage")."""
    found = [m for m in r.mentions if m.kind == "column" and m.table == table.info.name and m.end == k and m.column]
    if any(m.kind == "column" and m.table == table.info.name and m.start <= k < m.end for m in r.mentions):
        return None  # "discount rate" of a discount_rate column: the column itself
    best = max(found, key=lambda m: m.end - m.start, default=None)
    c = table.col(best.column) if best is not None and best.column else None
    return c if c is not None and money_figure(c) else None


def part_rate(r: Reading, idx: CatalogIndex, plan: AnalysisPlan) -> tuple[AnalysisPlan, str | None]:
    """The plan as one rate of a part of the rows' money over its whole, when the question names one; and the
    thought saying which columns form it."""
    if plan.kind != Intent.AGGREGATE or plan.top_n is not None or plan.periods or len(plan.measures) > 2:
        return plan, None
    if any(
        m.share_of or m.percent or m.over or m.per or m.group_figure or m.of_each or moving(m) for m in plan.measures
    ):
        return plan, None
    table = idx.tables.get(plan.table)
    if table is None:
        return plan, None
    for k, t in enumerate(r.tokens):
        if t.lower not in RATE_NOUNS or k == 0 or (t.lower == "%" and r.tokens[k - 1].number is not None):
            continue
        if r.low(k + 1) in CHANGE_WORDS or (r.low(k + 1) == "of" and r.low(k + 2) in CHANGE_WORDS):
            continue  # "fare percentage change", "rate of growth": a change, not a part
        made = _margin(r, table, k) or _of_part(r, table, k)
        if made is not None:
            return _replaced(plan, made[0]), made[1]
    return plan, None


def _of_part(r: Reading, table: TableEntry, k: int) -> tuple[Measure, str] | None:
    part = _part_before(r, table, k)
    if part is None:
        return None
    discount = _named(part, _DISCOUNT_WORDS)
    whole = whole_of(table, part, discount)
    if whole is None:
        return None
    noun = r.low(k - 1)
    alias = f"{part.name}_pct_of_{whole.name}"
    m = Measure(agg="sum", column=ref(part), over=ref(whole), percent=True, alias=alias)
    note = (
        f"I read “{noun} {r.tokens[k].text}” as 100 × the total {part.name} over the total {whole.name} in each group"
        " (a ratio of totals, not an average of each row's percentage)."
    )
    return m, note


def _margin(r: Reading, table: TableEntry, k: int) -> tuple[Measure, str] | None:
    """ "margin %", "profit percentage": (revenue − cost) over revenue, when no column is the margin itself."""
    word = r.tokens[k - 1].stem
    if word not in lx.DIFFERENCE_NOUNS or any(_named(c, frozenset({word})) for c in table.columns):
        return None
    cost = _cost(table)
    whole = whole_of(table, None, False)
    if cost is None or whole is None:
        return None
    m = Measure(agg="sum", column=ref(whole), minus=ref(cost), over=ref(whole), percent=True, alias=f"{word}_pct")
    note = (
        f"I read “{word} {r.tokens[k].text}” as 100 × the total ({whole.name} − {cost.name}) over the total"
        f" {whole.name} in each group (a ratio of totals, not an average of each row's {word})."
    )
    return m, note


def _replaced(plan: AnalysisPlan, m: Measure) -> AnalysisPlan:
    """The plan with the rate as its one measure; an order by a measure now orders by the rate."""
    dims = {d.alias for d in plan.dimensions}
    order = [o if o.alias in dims else OrderItem(alias=m.alias, desc=o.desc) for o in plan.order]
    return plan.model_copy(update={"measures": [m], "order": order, "share": False})
