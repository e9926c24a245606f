"""Lines of goods sold: a table whose rows hold the price of one unit and how many units, with no column for the line's
money in full. Money taken in ("revenue", "sales", "spend") on such a table is the price times the quantity, added up;
the price alone added up would count a line of ten units as one."""

from __future__ import annotations

from backend.agents.builtin import lexicon as lx
from backend.agents.builtin.catalog_index import CatalogIndex, ColumnEntry, TableEntry
from backend.agents.builtin.models import Agg, Measure
from backend.agents.builtin.role_model import Roles, measure_alias, ref

_PRICE_WORDS = frozenset(lx.CONCEPTS["price"]) - frozenset(lx.CONCEPTS["cost"])  # what a buyer pays, not a cost
# Words that qualify a price as the price of one unit sold (a price per unit, a price each).
_PRICE_QUALIFIERS = frozenset({"unit", "each", "item", "list", "sale", "selling", "actual", "net", "paid"})
_LIST_WORDS = frozenset({"list"})  # a price before any reduction: the one charged is preferred
# Words that qualify a quantity as the one sold on the line ("quantity ordered", "order qty").
_QUANTITY_QUALIFIERS = frozenset({"order", "ordered", "sold", "purchased", "bought", "shipped", "line", "item", "sale"})
# The line's money in full already has a column: an extended price, a total, an amount.
_WHOLE_WORDS = frozenset({"total", "amount", "subtotal", "extended", "revenue", "gross", "sales"})


def said_words(c: ColumnEntry) -> frozenset[str]:
    """The column's key words without the initials of a name of three words or more (il_unitprice's "iup")."""
    spelled = c.words[:-1]
    initials = c.words[-1] if len(spelled) >= 3 and c.words[-1] == "".join(w[0] for w in spelled) else ""
    return c.key_words - {initials}


def _is_quantity(c: ColumnEntry) -> bool:
    """A count of units: every word of its name says quantity (qty, units), or qualifies it as sold (qty_ordered)."""
    if c.info.kind != "numeric" or c.is_id or not c.additive or c.is_money:
        return False
    said = said_words(c) - _QUANTITY_QUALIFIERS
    expanded = [e for e in c.expanded if "quantity" in lx.concept_of(e)]
    return bool(said) and all(
        "quantity" in lx.concept_of(w) or any(lx.abbreviates(w, e) for e in expanded) for w in said
    )


def _is_price(c: ColumnEntry) -> bool:
    """The price of one unit: money named by a price word and, at most, words saying whose price it is."""
    if c.info.kind != "numeric" or c.is_id or not c.is_money:
        return False
    said = said_words(c) - _PRICE_QUALIFIERS
    return bool(said) and said <= _PRICE_WORDS


def line_pair(idx: CatalogIndex, table: TableEntry) -> tuple[ColumnEntry, ColumnEntry] | None:
    """(the price of one unit, the quantity) of a table of lines of goods sold; None for any other table. Lines are
    what nothing else points at (a product with a price and units in stock is pointed at by its sales), hold one
    quantity, and have no column for the line's money in full."""
    name = table.info.name
    if any(fk.ref_table == name and fk.table != name for fk in idx.foreign_keys):
        return None
    quantities = [c for c in table.columns if _is_quantity(c)]
    prices = [c for c in table.columns if _is_price(c)]
    if len(prices) > 1:
        prices = [c for c in prices if not c.key_words & _LIST_WORDS]
    if len(quantities) != 1 or len(prices) != 1:
        return None
    whole = [c for c in table.columns if c.is_money and c is not prices[0] and c.key_words & _WHOLE_WORDS]
    return None if whole else (prices[0], quantities[0])


def price_columns(idx: CatalogIndex) -> list[ColumnEntry]:
    """The prices per unit of every table of lines of goods sold in the catalog."""
    return [pair[0] for t in idx.tables.values() if (pair := line_pair(idx, t)) is not None]


def _header_key(idx: CatalogIndex, table: TableEntry) -> ColumnEntry | None:
    """The lines' key to the one table they belong to that has a date (an order, an invoice): what an average of
    their money is taken per."""
    keys = [
        c
        for fk in idx.foreign_keys
        if fk.table == table.info.name
        and fk.ref_table != fk.table
        and (parent := idx.tables.get(fk.ref_table)) is not None
        and parent.date is not None
        and (c := table.col(fk.column)) is not None
    ]
    return keys[0] if len(keys) == 1 else None


def line_takings(words: list[str], idx: CatalogIndex, ro: Roles) -> str | None:
    """ "revenue by artist", "who spent the most" on lines of goods sold: the measure taken from the price per unit is
    the price times the quantity, summed; an average is taken per order (the lines' parent with a date), not per
    line. `words` are the question's words in lower case; a question that names the price itself ("average sale
    price") asks for the price, and one that also counts the units ("sales in units") asks for the units. Returns
    the thought to show."""
    word = next((w for w in words if w in lx.TAKINGS or lx.stem(w) in lx.TAKINGS or w == "paid"), None)
    if word is None or any(lx.stem(w) in _PRICE_WORDS for w in words):
        return None
    for k, m in enumerate(ro.measures):
        if m.column is None or m.operands() or m.agg not in ("sum", "avg", "median", "max", "min"):
            continue
        table = idx.tables.get(m.column.table)
        pair = line_pair(idx, table) if table is not None else None
        if table is None or pair is None or pair[0].name != m.column.column:
            continue
        price, qty = pair
        if any(o.column == ref(qty) for o in ro.measures):
            del ro.measures[k]  # "sales: units per month": the units sold are the measure
            return None
        agg: Agg = m.agg if ro.measure_explicit_agg else "sum"
        noun = "spend" if word.startswith(("spen", "paid")) else "sales" if word.startswith("sale") else "revenue"
        header = _header_key(idx, table) if agg == "avg" else None
        ro.measures[k] = Measure(
            agg=agg,
            column=ref(price),
            times=ref(qty),
            per=ref(header) if header is not None else None,
            alias=measure_alias(agg, noun),
        )
        ro.numeric_cols = [c for c in ro.numeric_cols if c != ref(price)]
        each = f", per distinct {header.name} (the whole of each, averaged)" if header is not None else ""
        return (
            f"{table.info.name} has a price per unit ({price.name}) and a quantity ({qty.name}) but no column for "
            f"the whole line, so {noun} is {price.name} × {qty.name}, added up{each}."
        )
    return None
