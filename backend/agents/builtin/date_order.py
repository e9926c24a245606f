"""Two dates of one row compared as a condition: "orders shipped after their due date", "late jobs", "returned
before the due date" (a filter of the row's date columns, no number involved)."""

from __future__ import annotations

from dataclasses import dataclass

from backend.agents.builtin import lexicon as lx
from backend.agents.builtin.catalog_index import CatalogIndex, ColumnEntry, Mention, TableEntry, planned
from backend.agents.builtin.choice import Choice
from backend.agents.builtin.models import Filter, FilterOp
from backend.agents.builtin.reading import Reading
from backend.agents.builtin.role_model import ref


@dataclass(frozen=True, slots=True)
class DateOrder:
    """Conditions between two dates of a row, and the mentions they used (ids)."""

    filters: tuple[Filter, ...] = ()
    used: frozenset[int] = frozenset()


def _temporal(idx: CatalogIndex, main: TableEntry, m: Mention) -> ColumnEntry | None:
    c = idx.tables[m.table].col(m.column) if m.kind == "column" and m.column else None
    return c if c is not None and c.table == main.info.name and c.info.kind == "temporal" else None


def _after_word(r: Reading, i: int) -> tuple[FilterOp, int] | None:
    """ "after", "later than", "past" → (">", where the compared date starts); "before", "earlier than", "ahead of",
    "prior to" → ("<", …)."""
    w, nxt = r.low(i), r.low(i + 1)
    if w in lx.AFTER_WORDS or (w == "later" and nxt == "than"):
        op: FilterOp = ">"
    elif (
        w in lx.BEFORE_WORDS or (w == "earlier" and nxt == "than") or (w in {"ahead", "prior"} and nxt in {"of", "to"})
    ):
        op = "<"
    else:
        return None
    k = i + 1 + (nxt in {"than", "of", "to"})
    while r.low(k) in lx.DETERMINERS:
        k += 1
    return op, k


def date_order(r: Reading, idx: CatalogIndex, ch: Choice) -> DateOrder:
    """ "shipped after the due date": the named date (or the row's main event) compared with another date column;
    "late"/"overdue" rows: the row's last event after its planned date ("early" before it)."""
    main = ch.table
    dated = [(m, c) for m in ch.mentions if (c := _temporal(idx, main, m)) is not None]
    filters: list[Filter] = []
    used: set[int] = set()
    for i in range(len(r.tokens)):
        hit = _after_word(r, i) if r.words[i] is not None else None
        if hit is None:
            continue
        op, k = hit
        right = next(((m, c) for m, c in dated if m.start == k), None)
        if right is None:
            continue
        before = [(m, c) for m, c in dated if m.end <= i and c.name != right[1].name]
        left = before[-1] if before else None
        first = left[1] if left else _event(main, right[1])
        if first is None:
            continue
        word = "after" if op == ">" else "before"
        filters.append(_compare(first, op, right[1], word))
        used.add(id(right[0]))
        if r.low(right[0].end) in lx.DATE_NOUNS:
            # "the due date": the noun after the column's name is part of it, no other date column.
            used |= {id(m) for m in ch.mentions if m.start == right[0].end}
        if left is not None:
            used.add(id(left[0]))
            if _adjective(r, main, ch, left[0]) and first.info.nullable:
                # "returned books came back after the due date": among the returned ones.
                filters.append(Filter(column=ref(first), op="not_null", label=f"{first.name} is set"))
    same = _same_period(r, ch, dated)
    if same is not None:
        filters.append(same[0])
        used |= same[1]
    covered = {p for m in ch.mentions if m.kind != "table" for p in range(m.start, m.end)}
    for i, t in enumerate(r.tokens):
        late = t.lower in lx.LATE_WORDS
        if (not late and t.lower not in lx.EARLY_WORDS) or i in covered or r.words[i] is None or filters:
            continue
        plans = [c for c in main.columns if planned(c)]
        if len(plans) != 1:
            continue
        rows = {c.name for m, c in dated if _rows_noun(r, main, m, c)}
        named = [c for _, c in dated if not planned(c) and c.name not in rows] or _said(r, main, rows)
        event = named[-1] if named else _event(main, plans[0])
        if event is not None:
            op = ">" if late else "<"
            filters.append(_compare(event, op, plans[0], "after" if late else "before"))
            used |= {id(m) for m, c in dated if c is event}
    return DateOrder(tuple(filters), frozenset(used))


_SAME_PERIODS = frozenset({"day", "week", "month", "quarter", "year"})
_SAME_GAP = 4  # words between "same <period>" and the other date ("as the", "that they were")


def _same_period(r: Reading, ch: Choice, dated: list[tuple[Mention, ColumnEntry]]) -> tuple[Filter, set[int]] | None:
    """ "orders shipped in the same month as they were placed", "tickets closed the same day they were opened": the
    row's two named dates fall in one period. The date before "same" is compared with the first one after it."""
    for i in range(len(r.tokens)):
        if r.low(i) != "same" or r.words[i] is None:
            continue
        k = i + 1 + (r.low(i + 1) == "calendar")
        period = lx.BUCKET_WORDS.get(r.tokens[k].stem) if k < len(r.tokens) else None
        if period not in _SAME_PERIODS:
            continue
        before = [(m, c) for m, c in dated if m.end <= i]
        after = [(m, c) for m, c in dated if k < m.start <= k + _SAME_GAP]
        if not before or not after or before[-1][1].name == after[0][1].name:
            continue
        (left, first), (right, second) = before[-1], after[0]
        label = f"{first.name} in the same {period} as {second.name}"
        f = Filter(column=ref(first), op="same_period", values=[period], than_column=ref(second), label=label)
        # the words "same calendar month" name no column of their own (a calendar's month number)
        said = {id(m) for m in ch.mentions if i <= m.start <= k}
        return f, {id(left), id(right)} | said
    return None


def _rows_noun(r: Reading, main: TableEntry, m: Mention, c: ColumnEntry) -> bool:
    """ "late orders": the table's own date named by the rows' plural noun ("orders" ↔ OrderDate) names the rows, not
    the event that came late (the date a row is made on is when it began)."""
    words = [r.low(k) for k in range(m.start, m.end)]
    return c is main.date and words[-1].endswith("s") and not set(words) & lx.DATE_NOUNS


def _said(r: Reading, main: TableEntry, rows: set[str]) -> list[ColumnEntry]:
    """The row's event dates a word of the question names through their name or comment, though it was read as
    something else ("shipped late" where "shipped" is also a status): the one the lateness is about."""
    said = {r.low(k) for k in range(len(r.tokens))} - lx.DATE_NOUNS
    return [
        c
        for c in main.columns
        if c.info.kind == "temporal" and not planned(c) and c.name not in rows and said & (set(c.words) | c.aliases)
    ]


def _compare(first: ColumnEntry, op: FilterOp, second: ColumnEntry, word: str) -> Filter:
    return Filter(column=ref(first), op=op, than_column=ref(second), label=f"{first.name} {word} {second.name}")


def _adjective(r: Reading, main: TableEntry, ch: Choice, m: Mention) -> bool:
    """The date is named as a participle right before the rows' noun: "returned books", "shipped orders"."""
    participle = r.tokens[m.end - 1].lower.endswith("ed")
    return participle and any(x.table == main.info.name and x.start == m.end for x in ch.mentions)


def _event(main: TableEntry, other: ColumnEntry) -> ColumnEntry | None:
    """The row's last event date, compared with a planned one: of the dates that are not plans, the latest."""
    events = [c for c in main.columns if c.info.kind == "temporal" and not planned(c) and c.name != other.name]
    events = [c for c in events if not set(c.words) & lx.BIRTH_WORDS]
    if not events:
        return None
    return max(events, key=lambda c: str(c.info.max or ""))
