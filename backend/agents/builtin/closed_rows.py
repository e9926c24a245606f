"""Rows already closed: "finished voyages by harbour", "total of closed wagers per booth" over a table whose rows are
closed on a date left empty until then (`open_rows.close_date`): the participle of that date's verb before or after the
rows' noun keeps the rows where the date is set, as "open" keeps those where it is empty. A state the catalog stores as
a value (a closed value in a status column) is read as that value instead, where it was found."""

from __future__ import annotations

from collections.abc import Sequence

from backend.agents.builtin import lexicon as lx
from backend.agents.builtin.catalog_index import CatalogIndex, Mention
from backend.agents.builtin.models import AnalysisPlan, ColumnRef, Filter
from backend.agents.builtin.open_rows import close_date

# Words before a participle that make it a span or a step, not the rows' state: "from opened to finished",
# "time to close".
_SPAN_WORDS = frozenset({"from", "to", "until", "till", "before", "after", "between", "since"})


def _stem(word: str) -> str:
    return word[:5]


def _says_closed(idx: CatalogIndex, tokens: Sequence[lx.Token], mentions: list[Mention], table: str) -> int | None:
    """Where a participle of the table's closing date's verb ("finished" of a finishing date) calls the rows done, a
    word no stored value was found at."""
    c = close_date(idx, table)
    if c is None:
        return None
    valued = {p for m in mentions if m.kind == "value" for p in range(m.start, m.end)}
    stems = {_stem(w) for w in c.words if len(w) >= 5}
    for k, t in enumerate(tokens):
        w = t.lower
        if not w.endswith("ed") or len(w) < 6 or _stem(w) not in stems or k in valued:
            continue
        if lx.low_at(tokens, k - 1) in _SPAN_WORDS:
            continue
        return k
    return None


def already_closed(
    tokens: Sequence[lx.Token], mentions: list[Mention], idx: CatalogIndex, plan: AnalysisPlan
) -> tuple[AnalysisPlan, str | None]:
    """The plan kept to its rows closed already when a participle of the closing date's verb says so, with a note;
    unchanged when the plan already reads that date (a range, a time axis, a span) or the question names a state."""
    at = _says_closed(idx, tokens, mentions, plan.table)
    c = close_date(idx, plan.table) if at is not None else None
    if c is None or plan.spans is not None:
        return plan, None
    column = ColumnRef(table=plan.table, column=c.name)
    read = (
        [f.column for f in plan.filters]
        + [d.column for d in plan.dimensions]
        + [ref for m in plan.measures for ref in (m.column, *m.operands()) if ref is not None]
    )
    if column in read or plan.date_column == c.name:
        return plan, None
    kept = Filter(column=column, op="not_null", label=f"{c.name} is set")
    note = f"I read “{tokens[at or 0].text}” as the {plan.table} rows with a {c.name}."
    return plan.model_copy(update={"filters": [*plan.filters, kept]}), note
