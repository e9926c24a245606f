"""Which two tables a ratio of totals sets against each other, and which is the part: "refunds as a share of fares"
(the part named before "as a share of", the whole after it), "share of sales reimbursed", "what percentage of revenue
was reimbursed", "fraction of visits that were reimbursed" (the whole after "share of", the part named by a participle
after the whole). Money is set against money when either side is named as money (a money column, a word for takings);
otherwise rows are set against rows ("refunds as a percentage of visits": how many of each)."""

from __future__ import annotations

from dataclasses import dataclass

from backend.agents.builtin import lexicon as lx
from backend.agents.builtin.catalog_index import CatalogIndex, ColumnEntry, Mention, TableEntry
from backend.agents.builtin.fk_roles import parents_of
from backend.agents.builtin.part_rates import money_figure, takings, whole_of
from backend.agents.builtin.presence import names_act
from backend.agents.builtin.reading import Reading

# Words between "share of" and the whole's name that say nothing of it: "share of the total sales".
_SKIPPED = frozenset({"the", "total", "all", "our", "overall"})
# Words between the whole's name and the participle naming the part: "fraction of orders that were returned".
_LINKS = frozenset({"that", "which", "was", "were", "is", "are", "been", "being", "got", "get", "gets", "has", "have"})


@dataclass(frozen=True, slots=True)
class Pair:
    """The part's table and the whole's, each with the money totalled (None: its rows are counted)."""

    part: str
    whole: str
    part_col: ColumnEntry | None
    whole_col: ColumnEntry | None


def named_pair(r: Reading, idx: CatalogIndex) -> Pair | None:
    """The part and the whole of a ratio the question names both of, in either order, when they are two tables."""
    return _as_share(r, idx) or _share_of(r, idx)


def _as_share(r: Reading, idx: CatalogIndex) -> Pair | None:
    """ "refunds as a share of fares", "cost as a percentage of the total revenue": the part ends where "as" is."""
    for k, t in enumerate(r.tokens):
        if t.lower != "as" or k == 0:
            continue
        n = k + 1 + (r.low(k + 1) in {"a", "the"})
        if not (lx.share_noun_at(r.tokens, n) and r.low(n + 1) == "of"):
            continue
        part = _side([m for m in r.mentions if m.end == k], idx)
        j = _after_skipped(r, n + 2)
        found = _pair(r, idx, part, j, money_said=True) if part is not None else None
        if found is not None:
            return found
    return None


def _share_of(r: Reading, idx: CatalogIndex) -> Pair | None:
    """ "share of sales reimbursed", "what percentage of revenue was reimbursed", "fraction of visits that were
    reimbursed": the whole right after "share of", the part's participle after it (and a link word or two)."""
    for n in range(len(r.tokens)):
        if not (lx.share_noun_at(r.tokens, n) and r.low(n + 1) == "of"):
            continue
        j = _after_skipped(r, n + 2)
        at = [m for m in r.mentions if m.start == j and m.kind in ("table", "column")]
        q = max((m.end for m in at), default=j + 1 if _takings_word(r, j) else j)
        if q == j:
            continue
        while r.low(q) in _LINKS:
            q += 1
        if not r.low(q).endswith("ed"):
            continue  # "share of sales by store": no participle naming what the part's rows record
        part = _side([m for m in r.mentions if m.start == q and _acted(r, idx, m)], idx)
        named = {m.table for m in r.mentions if m.start == j}
        if part is None or any(m.start == q and m.table in named for m in r.mentions):
            continue  # "what percentage of visas were issued": the visas' own issue date, no other table
        found = _pair(r, idx, part, j, money_said=False)
        if found is not None:
            return found
    return None


def _after_skipped(r: Reading, j: int) -> int:
    """The first word at or after j that may name the whole ("share of the total sales": "sales")."""
    while r.low(j) in _SKIPPED:
        j += 1
    return j


def _takings_word(r: Reading, k: int) -> bool:
    """A word for money taken in ("revenue", "sales") at k."""
    if not 0 <= k < len(r.tokens) or r.words[k] is None:
        return False
    return r.low(k) in lx.TAKINGS or r.tokens[k].stem in lx.TAKINGS


def _acted(r: Reading, idx: CatalogIndex, m: Mention) -> bool:
    """A participle naming what a table's rows record: the table itself, its money named outright ("reimbursed" of a
    refund_amount), or its own date when the table is named after the act ("returned" of the returns' date)."""
    if m.kind == "table":
        return True
    c = _column(idx, m)
    if c is None or m.via == "concept":
        return False
    return money_figure(c) or (c is idx.tables[m.table].date and names_act(r.low(m.start), idx.tables[m.table].words))


def _column(idx: CatalogIndex, m: Mention) -> ColumnEntry | None:
    return idx.tables[m.table].col(m.column) if m.kind == "column" and m.column else None


def _side(found: list[Mention], idx: CatalogIndex) -> Mention | None:
    """The mention naming one side: money named outright first, then the table's rows, then any column of it."""
    found = [m for m in found if m.kind in ("table", "column")]

    def rank(m: Mention) -> tuple[int, int, float]:
        c = _column(idx, m)
        kind = 2 if c is not None and money_figure(c) else 1 if m.kind == "table" else 0
        return m.end - m.start, kind, m.score

    return max(found, key=rank, default=None)


def _pair(r: Reading, idx: CatalogIndex, part_at: Mention, j: int, money_said: bool) -> Pair | None:
    """The pair of the part named by `part_at` and the whole named at j, in another table; with `money_said`, money
    the part is named by asks for money ("refund amount as a share of bookings"), where a participle that spells it
    ("trips that were reimbursed") does not."""
    part = idx.tables[part_at.table]
    if any(_within(idx, m, part_at) for m in r.mentions if m.start == j):
        return None  # "cost as a share of sales" where the sales hold the cost too: a ratio within one table
    taken = _takings_word(r, j)
    named = _whole_at(r, idx, part, j, taken)
    if named is None:
        return None
    whole, whole_said = named
    part_said = _column(idx, part_at)
    part_said = part_said if part_said is not None and money_figure(part_said) else None
    if not money_said and not (taken or whole_said is not None):
        return Pair(part.info.name, whole.info.name, None, None)  # "percentage of trips that were reimbursed": rows
    if not (taken or whole_said is not None or part_said is not None):
        return Pair(part.info.name, whole.info.name, None, None)  # rows against rows
    part_col = part_said or money_of(part)
    whole_col = whole_said or whole_of(whole, None, False)
    if part_col is None or whole_col is None:
        return None  # money asked of a side whose money is no one column (lines priced by the unit)
    return Pair(part.info.name, whole.info.name, part_col, whole_col)


def _within(idx: CatalogIndex, m: Mention, part_at: Mention) -> bool:
    """The whole's words name the part's own rows, or other money of theirs, outright (not a key to another table)."""
    if m.table != part_at.table or m.via == "concept":
        return False
    c = _column(idx, m)
    return m.kind == "table" or (c is not None and money_figure(c) and m.column != part_at.column)


def _whole_at(
    r: Reading, idx: CatalogIndex, part: TableEntry, j: int, taken: bool
) -> tuple[TableEntry, ColumnEntry | None] | None:
    """The whole's table named at j (not the part's) and the money named there, if any; a word for takings names the
    money taken in of the table holding it ("revenue": an order's total, never a cost)."""
    at = [m for m in r.mentions if m.start == j and m.kind in ("table", "column") and m.table != part.info.name]
    money: list[tuple[Mention, ColumnEntry]] = []
    for m in at:
        c = _column(idx, m)
        if c is not None and money_figure(c) and (not taken or c in takings(idx.tables[m.table], None)):
            money.append((m, c))
    best = max(money, key=lambda mc: (mc[0].end - mc[0].start, mc[0].score), default=None)
    tables = [m for m in at if m.kind == "table"]
    table = max(tables, key=lambda m: (m.end - m.start, m.score), default=None)
    if table is not None and (best is None or table.end - table.start >= best[0].end - best[0].start):
        return idx.tables[table.table], None
    if best is not None:
        return idx.tables[best[0].table], best[1]
    if not taken:
        return None
    held = [t for t in idx.tables.values() if t is not part and whole_of(t, None, False) is not None]
    near = parents_of(idx, part.info.name)
    kin = [t for t in held if t.info.name in near or near.keys() & parents_of(idx, t.info.name).keys()]
    chosen = kin or held
    return (chosen[0], None) if len(chosen) == 1 else None


def money_of(table: TableEntry) -> ColumnEntry | None:
    """The table's one money figure."""
    found = [c for c in table.columns if money_figure(c)]
    return found[0] if len(found) == 1 else None
