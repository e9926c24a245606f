"""Rates a row carries beside its money: a discount, a tax, a commission, stored as a fraction of the price (0.05), as a
percentage (5.0) or as money (2.50). Money taken in ("revenue", "sales", "income") is the price less its discount,
added up; the sum of a rate means nothing, so "total tax collected" is the money the rate is of; and an order's lines
that carry such rates answer for the order's money, whose total already holds them all (tax included)."""

from __future__ import annotations

from dataclasses import dataclass
from itertools import pairwise
from typing import Literal

from backend.agents.builtin import lexicon as lx
from backend.agents.builtin.catalog_index import CatalogIndex, ColumnEntry, Mention, TableEntry
from backend.agents.builtin.line_items import line_pair, said_words
from backend.agents.builtin.models import ColumnRef, Measure
from backend.agents.builtin.money_paths import said_at, takings_at
from backend.agents.builtin.reading import Reading
from backend.agents.builtin.role_model import Roles, measure_alias, ref

RateKind = Literal["fraction", "percent", "money"]

# A reduction of the price: taken off what is taken in.
_DISCOUNT_WORDS = frozenset({"discount", "rebate", "markdown"})
# A rate added on top of the price (a tax), or a share of the price kept by someone else (a commission).
_ADDED_WORDS = frozenset({"tax", "vat", "gst", "duty", "levy"})
_SHARE_WORDS = frozenset({"commission", "tip", "gratuity", "fee", "surcharge", "royalty"})
# Words asking for the price before its discount: "gross revenue", "list price total", "undiscounted sales".
_GROSS_WORDS = frozenset({"gross", "list", "undiscounted"})
# Words before a tax that ask for it added on: "revenue including tax", "sales with VAT".
_WITH_WORDS = frozenset({"including", "incl", "inc", "with", "plus", "gross"})
_PERCENT_TOP = 100
# Money taken in, not what a buyer spent (an order's total, tax included, is what its customer paid).
_TAKEN_WORDS = lx.TAKINGS - {"spend", "spending", "spent"}
_PRICE_NOUNS = frozenset({"price", "fare", "charge"})


@dataclass(frozen=True, slots=True)
class Rate:
    """A rate column of a row and how its values are stored."""

    column: ColumnEntry
    kind: RateKind

    def as_fraction(self) -> ColumnRef:
        """The column read as a fraction of the price: a percentage divided by 100."""
        return ref(self.column).model_copy(update={"scale": 100.0}) if self.kind == "percent" else ref(self.column)

    def stored(self) -> str:
        """How its values are stored, for a thought."""
        low, top = self.column.info.min, self.column.info.max
        span = f" ({low} to {top})" if low is not None and top is not None else ""
        if self.kind == "money":
            return f"{self.column.name} is money{span}"
        noun = "fractions of the price" if self.kind == "fraction" else "percentages of the price"
        return f"{self.column.name} holds {noun}{span}"


def _said(c: ColumnEntry, words: frozenset[str]) -> bool:
    """The column is named by one of the words, or by an abbreviation of one (disc ↔ discount)."""
    own = set(c.words) | c.expanded
    return bool(own & words) or any(lx.abbreviates(w, x) for w in c.words for x in words)


def _kind(c: ColumnEntry) -> RateKind | None:
    """A fraction when every value lies within 0..1, a percentage when named as one (pct, percent, rate) and within
    0..100, else money."""
    low, top = c.info.min, c.info.max
    if c.info.kind != "numeric" or c.is_id or not isinstance(low, int | float) or not isinstance(top, int | float):
        return None
    if low >= 0 and top <= 1:
        return "fraction"
    if low >= 0 and top <= _PERCENT_TOP and set(c.words) & lx.RATE_WORDS:
        return "percent"
    return None if set(c.words) & lx.RATE_WORDS else "money"


def rate_of(c: ColumnEntry, words: frozenset[str]) -> Rate | None:
    """The column as a rate named by one of the words, if it is one."""
    kind = _kind(c) if _said(c, words) else None
    return Rate(c, kind) if kind is not None else None


def _rates(table: TableEntry, words: frozenset[str]) -> list[Rate]:
    return [rate for c in table.columns if (rate := rate_of(c, words)) is not None]


def priced(idx: CatalogIndex, table: TableEntry) -> tuple[ColumnEntry, ColumnEntry | None] | None:
    """(the price, the quantity it is of, if per unit) of a table whose rows carry a rate beside their money: a line's
    price per unit and quantity, else its one money column that adds up and is no rate, tax or share of another's."""
    rated = _rates(table, _DISCOUNT_WORDS | _ADDED_WORDS | _SHARE_WORDS)
    if not rated:
        return None
    pair = line_pair(idx, table)
    if pair is not None:
        return pair
    taken = {id(rate.column) for rate in rated}
    # Named as a price (an extended price, a fare), not an amount or a total that may hold the discount already.
    money = [
        c
        for c in table.columns
        if c.is_money and c.additive and not c.is_id and id(c) not in taken and said_words(c) & _PRICE_NOUNS
    ]
    return (money[0], None) if len(money) == 1 else None


def discount_of(table: TableEntry) -> Rate | None:
    """The table's one discount column."""
    found = _rates(table, _DISCOUNT_WORDS)
    return found[0] if len(found) == 1 else None


def _header_asked(r: Reading, mentions: list[Mention], header: str) -> bool:
    """ "average order value", "total order value" (read as "revenue"), "revenue of each invoice": money asked of each
    order as a whole, said as its value or the order named after "per" or "of each"."""
    said = [t.lower for t in lx.tokenize(r.question)]
    if set(pairwise(said)) & lx.PER_ROW_MONEY:
        return True
    after = {k + 1 + (r.low(k + 1) in {"each", "every", "a", "one"}) for k in range(len(r.tokens)) if r.low(k) == "per"}
    after |= {k + 2 for k in range(len(r.tokens)) if r.low(k) == "of" and r.low(k + 1) in {"each", "every"}}
    return any(m.kind == "table" and m.table == header and m.start in after for m in mentions)


def _taken_at(r: Reading) -> list[int]:
    """Positions of the words asking for money taken in ("revenue", "sales", "income"), not for money spent."""
    return [k for k in takings_at(r) if r.low(k) in _TAKEN_WORDS or r.tokens[k].stem in _TAKEN_WORDS]


def lines_for_takings(r: Reading, idx: CatalogIndex, mentions: list[Mention]) -> list[Mention]:
    """ "revenue by segment", "monthly sales": money taken in, read as an order's total where the order's lines carry
    a discount beside their price, is the lines' money (their price less the discount): the order's total holds its
    tax and charges too, and a grouping by what a line is (its product, its ship mode) splits an order. The order's
    own total stays for money of each order as a whole ("average order value")."""
    at = _taken_at(r)
    if not at:
        return mentions
    out: list[Mention] = []
    for m in mentions:
        lines = _rated_lines(idx, m) if m.via == "concept" and said_at(m, at) else None
        if lines is None or _header_asked(r, mentions, m.table):
            out.append(m)
            continue
        price = priced(idx, lines)
        if price is not None and not any(x.table == lines.info.name and x.start == m.start for x in mentions):
            name = lines.info.name
            out.append(Mention(m.start, m.end, "column", name, price[0].name, m.score, via="concept", spec=m.spec))
    return out


def _rated_lines(idx: CatalogIndex, m: Mention) -> TableEntry | None:
    """The one table of lines whose rows point at the mentioned money's table and carry a discount beside a price."""
    header = idx.tables.get(m.table)
    col = header.col(m.column or "") if header is not None else None
    if header is None or col is None or not col.is_money or header.date is None:
        return None
    kids = {fk.table for fk in idx.foreign_keys if fk.ref_table == m.table and fk.table != m.table}
    found = [idx.tables[name] for name in sorted(kids)]
    rated = [t for t in found if priced(idx, t) is not None and discount_of(t) is not None]
    return rated[0] if len(rated) == 1 else None


def _gross(r: Reading) -> bool:
    """ "gross revenue", "list price total", "sales before discounts", "revenue without the discount"."""
    for k, t in enumerate(r.tokens):
        if t.lower in _GROSS_WORDS:
            return True
        ahead = {r.tokens[j].stem for j in range(k + 1, min(k + 3, len(r.tokens)))}
        if t.lower in {"before", "without", "excluding", "pre"} and ahead & _DISCOUNT_WORDS:
            return True
    return False


def _added_on(r: Reading, table: TableEntry) -> Rate | None:
    """The tax rate a question asks to add on: "revenue including tax", "sales with VAT"."""
    for k, t in enumerate(r.tokens):
        if t.lower not in _WITH_WORDS:
            continue
        ahead = {r.tokens[j].stem for j in range(k + 1, min(k + 3, len(r.tokens)))}
        found = [x for x in _rates(table, _ADDED_WORDS) if x.kind != "money" and ahead & (_ADDED_WORDS | {"taxes"})]
        if len(found) == 1:
            return found[0]
    return None


def _plain(m: Measure) -> bool:
    """A measure of one column, or of a price per unit times its quantity: nothing else derived yet."""
    return m.column is not None and not (m.operands() and [m.times] != m.operands()) and not m.share_of


def rated_takings(r: Reading, idx: CatalogIndex, ro: Roles) -> str | None:
    """ "revenue by ship mode", "net sales", "income": money taken in from rows carrying a discount is the price less
    the discount (× (1 − discount) for a fraction or a percentage, − discount for money); "gross revenue" is the price
    before it; "revenue including tax" adds a tax rate on (× (1 + tax)). Returns the thought to show."""
    at = _taken_at(r)
    if not at:
        return None
    for k, m in enumerate(ro.measures):
        table = idx.tables.get(m.column.table) if m.column is not None else None
        found = priced(idx, table) if table is not None and _plain(m) else None
        if table is None or found is None or m.column is None or found[0].name != m.column.column:
            continue
        price, qty = found
        if m.times != (ref(qty) if qty is not None else None):
            continue
        disc = None if _gross(r) else discount_of(table)
        tax = _added_on(r, table)
        if disc is None and tax is None and not _gross(r):
            continue
        noun = r.tokens[at[0]].stem if r.tokens[at[0]].stem in lx.TAKINGS else r.low(at[0])
        update: dict[str, object] = {"plus_rate": tax.as_fraction() if tax is not None else None}
        if disc is not None and disc.kind == "money":
            update["minus"] = ref(disc.column)
        elif disc is not None:
            update["less_rate"] = disc.as_fraction()
        name = f"gross_{noun}" if _gross(r) else f"{noun}_with_{tax.column.name}" if tax is not None else noun
        ro.measures[k] = m.model_copy(update={**update, "alias": measure_alias(m.agg, name)})
        used = [ref(x.column) for x in (disc, tax) if x is not None]
        again = [x for j, x in enumerate(ro.measures) if j != k and x.column == ref(price) and not x.operands()]
        ro.measures = [x for x in ro.measures if x.column not in used and x not in again]
        ro.numeric_cols = [c for c in ro.numeric_cols if c not in used and c != ref(price)]
        return _takings_note(noun, price, qty, disc, tax)
    return None


def _takings_note(noun: str, price: ColumnEntry, qty: ColumnEntry | None, disc: Rate | None, tax: Rate | None) -> str:
    base = f"{price.name} × {qty.name}" if qty is not None else price.name
    if disc is None and tax is None:
        return f"Gross {noun} is {base} before any discount, added up."
    value = base
    said: list[str] = []
    if disc is not None:
        value = f"({base} − {disc.column.name})" if disc.kind == "money" else f"{base} × (1 − {_read(disc)})"
        said.append(disc.stored())
    if tax is not None:
        value = f"{value} × (1 + {_read(tax)})"
        said.append(tax.stored())
    return f"{noun.capitalize()} is {value}, added up: {' and '.join(said)}."


def _read(rate: Rate) -> str:
    return f"{rate.column.name} / 100" if rate.kind == "percent" else rate.column.name


def rate_money(r: Reading, idx: CatalogIndex, ro: Roles) -> str | None:
    """ "total tax collected", "total discount given", "total commission": a rate added up means nothing; the money
    it stands for is the price (less its discount, for a rate charged on what is paid) times the rate, added up.
    Returns the thought to show."""
    for k, m in enumerate(ro.measures):
        table = idx.tables.get(m.column.table) if m.column is not None else None
        col = table.col(m.column.column) if table is not None and m.column is not None else None
        if table is None or col is None or m.agg != "sum" or m.operands():
            continue
        rate = rate_of(col, _DISCOUNT_WORDS | _ADDED_WORDS | _SHARE_WORDS)
        found = priced(idx, table)
        if rate is None or rate.kind == "money" or found is None or found[0] is col:
            continue
        price, qty = found
        disc = discount_of(table)
        disc = disc if disc is not None and disc.column is not col else None
        word = next(w for w in sorted(_DISCOUNT_WORDS | _ADDED_WORDS | _SHARE_WORDS) if rate_of(col, frozenset({w})))
        ro.measures[k] = Measure(
            agg="sum",
            column=ref(price),
            times=ref(qty) if qty is not None else None,
            minus=ref(disc.column) if disc is not None and disc.kind == "money" else None,
            less_rate=disc.as_fraction() if disc is not None and disc.kind != "money" else None,
            by_rate=rate.as_fraction(),
            alias=measure_alias("sum", f"{word}_amount"),
        )
        base = f"{price.name} × {qty.name}" if qty is not None else price.name
        if disc is not None:
            less = f"({base} − {disc.column.name})" if disc.kind == "money" else f"{base} × (1 − {_read(disc)})"
            base = less
        return (
            f"{rate.stored()}, so the {word} in money is {base} × {_read(rate)}, added up (a sum of the rates "
            "themselves would mean nothing)."
        )
    return None
