"""Money taken in kept as the price on each row of sale: "revenue by concert" over a table of tickets, each sold
for its price, with no quantity beside it and no other money. The rows are sales by their table's noun (tickets,
sales, purchases), so the sum of their prices is what was taken in; a price on any other table (a product's list
price, a nightly rate) is no revenue."""

from __future__ import annotations

from backend.agents.builtin import lexicon as lx
from backend.agents.builtin.catalog_index import CatalogIndex, ColumnEntry, TableEntry
from backend.agents.builtin.line_items import line_pair
from backend.agents.builtin.role_model import Roles, measure_alias, ref

# Nouns of rows that each record one sale.
_SALE_NOUNS = frozenset({"sale", "purchase", "ticket"})
# Words of a column holding what one sale was sold for.
_PRICE_WORDS = frozenset({"price", "fare"})


def sale_price(idx: CatalogIndex, t: TableEntry) -> ColumnEntry | None:
    """The price column of a table of sales whose only money it is (no quantity multiplies it), else None."""
    if not t.words or t.words[-1] not in _SALE_NOUNS or line_pair(idx, t) is not None:
        return None
    money = [c for c in t.columns if c.is_money and not c.is_id and c.info.kind == "numeric"]
    if len(money) != 1 or not set(money[0].words) & _PRICE_WORDS:
        return None
    return money[0]


def sale_prices(idx: CatalogIndex) -> list[ColumnEntry]:
    """The price on each row of every table of sales in the catalog (see `sale_price`)."""
    return [c for t in idx.tables.values() if (c := sale_price(idx, t)) is not None]


def sold_takings(words: list[str], idx: CatalogIndex, ro: Roles) -> str | None:
    """ "revenue by concert" on a table of tickets: its price read as money taken in is summed, not averaged as a
    price is (unless an aggregate was said, or the price itself: "average ticket price"). `words` are the question's
    words in lower case. Returns the thought to show."""
    word = next((w for w in words if w in lx.TAKINGS or lx.stem(w) in lx.TAKINGS), None)
    if word is None or ro.measure_explicit_agg or any(lx.stem(w) in _PRICE_WORDS for w in words):
        return None
    for k, m in enumerate(ro.measures):
        table = idx.tables.get(m.column.table) if m.column is not None else None
        price = sale_price(idx, table) if table is not None else None
        if price is None or m.column != ref(price) or m.agg != "avg" or m.operands():
            continue
        noun = "sales" if word.startswith("sale") else "revenue"
        ro.measures[k] = m.model_copy(update={"agg": "sum", "alias": measure_alias("sum", noun)})
        return f"Each {price.table} row is one sale, so {noun} is the sum of {price.name}."
    return None
