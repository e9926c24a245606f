"""Money taken in, asked of a table that holds none: "sales by category", "revenue per supplier", "top
customers by total spent". The money lives in a table whose rows point at the one grouped by, directly or through
tables between (an order's lines point at a product, the product at its category); that table answers, and the
grouped table is reached from it by its keys."""

from __future__ import annotations

from backend.agents.builtin import lexicon as lx
from backend.agents.builtin.catalog_index import CatalogIndex, ColumnEntry, Mention, TableEntry
from backend.agents.builtin.fk_roles import ancestors_of, parents_of
from backend.agents.builtin.line_items import line_pair
from backend.agents.builtin.models import AnalysisPlan, ColumnRef, Dimension, Filter, FilterOp, Intent, Measure
from backend.agents.builtin.reading import Reading
from backend.agents.builtin.role_model import Roles, ref

# Verbs and participles of paying or earning that name money taken in where a measure stands: "total spent",
# "amount paid", "which artist earned the most".
_PAID = frozenset({"spent", "spend", "spending", "paid", "earned", "earning", "earnings", "grossed", "billed"})


def takings_at(r: Reading) -> list[int]:
    """Positions of the words that ask for money taken in ("revenue", "sales", "spent")."""
    return [
        k
        for k, t in enumerate(r.tokens)
        if r.words[k] is not None and (t.lower in lx.TAKINGS or t.stem in lx.TAKINGS or t.lower in _PAID)
    ]


def said_at(m: Mention, at: list[int]) -> bool:
    """The mention spans one of the positions."""
    return any(m.start <= k < m.end for k in at)


def qualifies(r: Reading, idx: CatalogIndex, m: Mention) -> bool:
    """A table named by words that only qualify its rows' noun: "sales" for sales_orders (orders), not for a table
    of sales."""
    words = idx.tables[m.table].words
    return m.kind == "table" and len(words) > 1 and words[-1] not in {r.words[k] for k in range(m.start, m.end)}


def takings_table(idx: CatalogIndex, t: TableEntry) -> bool:
    """The table holds money taken in: a money column that is no tax, charge or pay, or lines' price per unit."""
    plain = any(
        c.is_money and c.additive and not c.is_id and not (c.key_words | c.expanded) & lx.NOT_TAKINGS for c in t.columns
    )
    return plain or line_pair(idx, t) is not None


def _money(idx: CatalogIndex, m: Mention) -> ColumnEntry | None:
    """The money taken in a mention names, if it names such money (no salary, tax or carrier's charge)."""
    c = _money_column(idx, m)
    return None if c is None or (c.key_words | c.expanded) & lx.NOT_TAKINGS else c


def _money_column(idx: CatalogIndex, m: Mention) -> ColumnEntry | None:
    """The money column a mention names, whatever the money is (taken in or paid out); never a key."""
    if m.kind != "column" or m.column is None:
        return None
    c = idx.tables[m.table].col(m.column)
    return c if c is not None and c.is_money and not c.is_id else None


def fact_takings(r: Reading, idx: CatalogIndex, mentions: list[Mention]) -> list[Mention]:
    """ "revenue by band": a takings word read as money of two tables, one of whose rows point at the other's (a
    ticket sold for a show of a band), is the money of the rows that point: money taken in is recorded with each
    sale, while a figure of the row pointed at (the band's fee) is one per band, whatever was sold. Only a row
    without a date is such a member (an order's header, dated, records sales as its lines do), and only words read
    as a concept: a column named outright stays."""
    at = takings_at(r)
    said = [m for m in mentions if m.via == "concept" and said_at(m, at) and _money(idx, m) is not None]
    tables = {m.table for m in said}
    if len(tables) < 2:
        return mentions
    above = {
        up
        for t in tables
        for up in (*parents_of(idx, t, r), *ancestors_of(idx, t, r))
        if up in tables and up != t and idx.tables[up].date is None and idx.tables[up].year is None
    }
    if not above or above >= tables:
        return mentions
    return [m for m in mentions if not (m in said and m.table in above)]


def sole_takings(r: Reading, idx: CatalogIndex) -> str | None:
    """ "total revenue" where one table alone holds money a takings word names: nothing else could answer it, however
    weakly the word matched the column (a concept, not its name). The table's name, read once per question; none
    when another table's money is said elsewhere ("nurses earning more than the average salary")."""
    at = takings_at(r)
    owners = {m.table for m in r.mentions if said_at(m, at) and _money(idx, m) is not None}
    if len(owners) != 1:
        return None
    (name,) = owners
    other = any(m.table != name and _money_column(idx, m) is not None for m in r.mentions if not said_at(m, at))
    return None if other or _unheard_grouping(r) else name


def _unheard_grouping(r: Reading) -> bool:
    """A grouping said on words the catalog does not hold ("average order value in each galaxy" where no column is a
    galaxy): the one table holding takings would answer without it, so it gets no help to."""
    for k, t in enumerate(r.tokens):
        if t.lower not in lx.GROUPING_WORDS:
            continue
        after = next((j for j in range(k + 1, len(r.tokens)) if r.words[j] is not None), None)
        if after is not None and not any(said_at(m, [after]) for m in r.mentions):
            return True
    return False


def holds_takings(
    idx: CatalogIndex, table: TableEntry, mentions: list[Mention], at: list[int], own: bool = False
) -> bool:
    """The table (or a table it reaches, among `mentions`; only itself when `own`) explains a takings word by a money
    column: its own money said plainly, or the price of its lines of goods sold."""
    name = table.info.name
    if any(said_at(m, at) and _money(idx, m) is not None and (m.table == name or not own) for m in mentions):
        return True
    return line_pair(idx, table) is not None and any(said_at(m, at) and m.table == name for m in mentions)


def order_money(idx: CatalogIndex, lines: TableEntry, c: ColumnEntry) -> bool:
    """Money of the order (a parent with a date) that lines of goods sold belong to: their total."""
    if line_pair(idx, lines) is None or not c.is_money:
        return False
    name = lines.info.name
    return any(
        fk.table == name and fk.ref_table == c.table and idx.tables[fk.ref_table].date is not None
        for fk in idx.foreign_keys
    )


def lines_over_header(r: Reading, idx: CatalogIndex, main: TableEntry, ro: Roles) -> None:
    """ "revenue by genre" answered from an order's lines: a sum of the order's own money (its total) taken over its
    lines would count the whole order once in every group a line of it falls in. The lines' price per unit stands
    for it instead (the takings of lines are then price × quantity, `line_takings`). Only money taken in, and only
    the money of the order the lines belong to (the parent with a date), not a product's cost."""
    pair = line_pair(idx, main)
    if pair is None or not takings_at(r):
        return
    for k, m in enumerate(ro.measures):
        c = idx.tables[m.column.table].col(m.column.column) if m.column is not None else None
        if c is None or m.agg != "sum" or m.operands() or c.table == main.info.name or not order_money(idx, main, c):
            continue
        ro.measures[k] = m.model_copy(update={"column": ref(pair[0])})


def carried_having(filters: list[Filter], old: list[Measure], new: list[Measure]) -> list[Filter]:
    """ "customers who spent more than 45": a condition on the groups' figure follows the figure when it is read anew
    (the price per unit become price × quantity)."""
    if len(old) != len(new):
        return filters
    swap = [(a, b) for a, b in zip(old, new, strict=True) if a != b]
    return [next((f.model_copy(update={"having": b}) for a, b in swap if f.having == a), f) for f in filters]


# Verbs of buying and selling that name the rows of a sale without naming their table: "never bought", "not sold", "never ordered".
_SALE_VERBS = frozenset({"bought", "buy", "purchased", "purchase", "sold", "sell", "ordered", "order"})


def sales_of(r: Reading, idx: CatalogIndex, parent: str, start: int, end: int) -> list[Mention]:
    """ "customers who never bought anything", "goods that were never sold": a verb of buying or selling between `start` and
    `end` stands for the one table of sales that points at the parent: lines of goods sold, or rows with a date that
    record money taken in. The mention returned is at the verb."""
    at = next((k for k in range(start, min(end, len(r.tokens))) if r.low(k) in _SALE_VERBS), None)
    if at is None:
        return []
    kids = {fk.table for fk in idx.foreign_keys if fk.ref_table == parent and fk.table != parent}
    sales = [t for t in sorted(kids) if line_pair(idx, idx.tables[t]) is not None]
    if not sales:
        sales = [t for t in sorted(kids) if _records_sales(idx.tables[t])]
    if len(sales) != 1:
        return []
    return [Mention(at, at + 1, "table", sales[0], None, 1.0, via="verb")]


def _records_sales(t: TableEntry) -> bool:
    """Rows of sales: a date and money taken in (a total, an amount), or a quantity of goods."""
    money = any(c.is_money and c.additive and not c.is_id and not (c.key_words & lx.NOT_TAKINGS) for c in t.columns)
    return t.date is not None and money


_TIMES = frozenset({"times", "time"})
_COUNTED_OPS = frozenset({">", ">=", "<", "<=", "="})


# Counts said as words: "more than once", "at least twice".
_SAID_COUNTS = {"once": 1, "twice": 2, "thrice": 3}
# The comparison words before a count said as a word, and the condition they make.
_SAID_OPS: dict[tuple[str, str], FilterOp] = {
    ("more", "than"): ">", ("at", "least"): ">=", ("fewer", "than"): "<", ("less", "than"): "<", ("at", "most"): "<=",
}  # fmt: skip


def _counted(r: Reading) -> list[tuple[FilterOp, float, int]]:
    """(condition, count, where the verb is) of each "<verb> more than 5 times", "<verb> more than once", "<verb>
    exactly twice"."""
    out: list[tuple[FilterOp, float, int]] = []
    for comp in r.comparisons:
        if r.low(comp.end) in _TIMES and len(comp.values) == 1 and comp.op in _COUNTED_OPS:
            out.append((comp.op, comp.values[0], comp.start - 1))
    for k, t in enumerate(r.tokens):
        n = _SAID_COUNTS.get(t.lower)
        if n is None:
            continue
        if any(r.low(j) not in {".", "?", "!"} for j in range(k + 1, len(r.tokens))) or r.date is not None:
            continue  # "more than once in 2024", "twice as many as": said counts are read only as the message's end
        op = _SAID_OPS.get((r.low(k - 2), r.low(k - 1)))
        if op is not None:
            out.append((op, float(n), k - 3))
        elif r.low(k - 1) == "exactly":
            out.append(("=", float(n), k - 2))
    return out


def _verb_table(r: Reading, idx: CatalogIndex, parent: str, verb: int) -> list[Mention]:
    """The one table pointing at the parent whose rows the verb names ("ordered" of an orders table, "visited" of
    visits): the rows each parent's count is taken of."""
    word = r.low(verb)
    roots = {word.removesuffix("ed"), word.removesuffix("d")} if word.endswith("ed") else {word}
    roots |= {w[:-1] for w in roots if len(w) > 3 and w[-1] == w[-2]}  # shipped: ship
    # the rows' noun is the verb's root, or its noun in -ing or -ment (hired: hirings, settled: settlements)
    said = roots | {f"{w}{end}" for w in roots for end in ("ing", "ment")}
    kids = {fk.table for fk in idx.foreign_keys if fk.ref_table == parent and fk.table != parent}
    named = [t for t in sorted(kids) if idx.tables[t].words and idx.tables[t].words[-1] in said]
    return [Mention(verb, verb + 1, "table", named[0], None, 1.0, via="verb")] if len(named) == 1 else []


def times_plan(r: Reading, idx: CatalogIndex) -> AnalysisPlan | None:
    """ "goods ordered more than 100 times", "tracks purchased more than 6 times", "customers who ordered more than
    once": the rows that point at each of the named rows (the verb's table: sales, `sales_of`, or the rows the verb
    names), counted per row, kept where the count passes (HAVING)."""
    for op, value, verb in _counted(r):
        named = [m for m in r.mentions if m.kind == "table" and m.end <= verb and m.end >= verb - 2]
        for parent in sorted(named, key=lambda m: (-m.end, -m.score * m.spec)):
            entry = idx.tables[parent.table]
            sales = sales_of(r, idx, parent.table, verb, verb + 1) or _verb_table(r, idx, parent.table, verb)
            if not sales or entry.label is None:
                continue
            child = sales[0].table
            key = next(fk for fk in idx.foreign_keys if fk.table == child and fk.ref_table == parent.table)
            n = int(value) if value.is_integer() else value
            count = Measure(agg="count", column=None, alias=f"times_{r.low(verb)}")
            kept = Filter(
                column=ColumnRef(table=child, column=key.column),
                op=op,
                values=[n],
                label=f"{count.alias} {op} {n}",
                having=count,
            )
            label = ref(entry.label)
            return AnalysisPlan(
                kind=Intent.AGGREGATE,
                table=child,
                dimensions=[Dimension(column=label, alias=label.column)],
                measures=[count],
                filters=[kept],
            )
    return None
