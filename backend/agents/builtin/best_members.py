"""Members ranked with no figure said: "top customers", "who are our best customers", "our 5 biggest buyers". A
business ranks its customers by the money taken in through them, so the question is restated as
"… by revenue" when rows of money taken in point at the members (the restated answer is kept only when it sums
money over the members' own groups); the note says so. Members nothing sells through are left as first read."""

from __future__ import annotations

from backend.agents.builtin import lexicon as lx
from backend.agents.builtin.catalog_index import CatalogIndex
from backend.agents.builtin.effects import Restated
from backend.agents.builtin.models import AnalysisPlan
from backend.agents.builtin.money_paths import takings_table
from backend.agents.builtin.reading import Reading

# Words that rank members without naming a figure, and the words a request wraps them in.
_RANKING = frozenset({"top", "best", "biggest", "largest", "leading", "main"})
_WRAPPING = frozenset({"who", "which", "what", "are", "were", "is", "our", "my", "the", "me", "us", "show", "list",
                       "give", "find", "see", "display", "get", "please", "can", "could", "you", "of", "all"})  # fmt: skip


def may_rank(question: str) -> bool:
    """The question holds a ranking word at all: only then is it read again for `ranked_by_takings`."""
    return any(t.lower in _RANKING for t in lx.tokenize(question))


def ranked_by_takings(r: Reading, idx: CatalogIndex) -> tuple[Restated, str] | None:
    """The question restated as a ranking by revenue, and the members' table, when it names one table's members after a ranking word and
    nothing else (no figure, aggregate, condition, value or period) and that table holds no money taken in itself."""
    if r.aggs or r.comparisons or r.operators or r.patterns or r.date is not None:
        return None
    spans = {(m.start, m.end) for m in r.mentions}
    tables = {m.table for m in r.mentions if m.kind == "table"}
    if len(spans) != 1 or len(tables) != 1:
        return None
    (start, end), table = next(iter(spans)), next(iter(tables))
    before = [r.low(k) for k in range(start)]
    after = [r.low(k) for k in range(end, len(r.tokens))]
    if not set(before) & _RANKING or any(not _wrapping(r, w) for w in [*before, *after]):
        return None
    members = idx.tables[table]
    if not r.tokens[end - 1].lower.endswith("s") or (takings_table(idx, members) and members.date is not None):
        # "the top customer" is one row; "top orders" are dated rows of money themselves (a product's list price,
        # undated, is no takings: goods are ranked by what their sales took in)
        return None
    noun = " ".join(t.text for t in r.tokens[start:end])
    text = " ".join(t.text for t in r.tokens) + " by revenue"
    note = f"No figure was said, so I ranked the {noun} by the revenue taken from them."
    return Restated(question=text, note=note), table


def _wrapping(r: Reading, w: str) -> bool:
    return w in _RANKING or w in _WRAPPING or w.isdigit() or not w.isalnum() or w in lx.STOPWORDS


def sums_money_by(plan: AnalysisPlan, idx: CatalogIndex, members: str) -> bool:
    """The restated answer sums money and groups by a column of the members' table (directly or through a join)."""
    money = any(
        m.agg == "sum" and m.column is not None and _is_money(idx, m.column.table, m.column.column)
        for m in plan.measures
    )
    return money and any(d.column.table == members for d in plan.dimensions)


def _is_money(idx: CatalogIndex, table: str, column: str) -> bool:
    c = idx.tables[table].col(column) if table in idx.tables else None
    return c is not None and c.is_money
