"""Whether a question asks for the rows themselves ("which branches opened before 2010", "show me all orders over 500
from March", "buyers in Ruritania with no orders") rather than an aggregate of them."""

from __future__ import annotations

from backend.agents.builtin import lexicon as lx
from backend.agents.builtin.catalog_index import Mention
from backend.agents.builtin.choice import Choice
from backend.agents.builtin.reading import Reading

_NOT_ROWS = frozenset(
    {"trend", "share", "distribution", "scatter", "running", "month_of_year", "weekday", "hour_of_day",
     "quarter_of_year"}
)  # fmt: skip


def asks_for_rows(r: Reading, ch: Choice) -> bool:
    """The rows themselves, filtered, not an aggregate: no aggregate, ranking, grouping or time-bucket word, and the
    main table's rows named by a plural noun — right after which/what/list, after a listing verb ("show me all …",
    "give me …", "find …") and the words that qualify them ("senior clerks", "discontinued items"), or first in
    the question when a condition follows ("payments over $100 in March 2025")."""
    words = {t.lower for t in r.tokens}
    if r.aggs or r.top_n or r.flags & _NOT_ROWS or words & lx.GROUP_WORDS or _time_words(r, ch):
        return False
    if "rows" in r.flags:
        return True
    first = r.low(0)
    if first in lx.ROW_ASKS:
        k = 1 + (r.low(1) in {"of", "the", "all"}) + (r.low(2) == "the")
        return _plural_rows(r, ch, _table_at(r, k))
    k = 0
    verb = first in lx.LISTING_VERBS
    while r.low(k) in lx.LISTING_VERBS | lx.LISTING_FILLERS:
        k += 1
    skipped = 0
    while _table_at(r, k) is None:
        m = _qualifier_at(r, ch, k)
        if m is not None:
            k = m.end
        elif verb and skipped < 2 and k < len(r.words) and r.words[k] is not None and r.low(k).isalpha():
            k, skipped = k + 1, skipped + 1  # "show junior clerks": a word the catalog does not know qualifies them
        else:
            break
    if not _plural_rows(r, ch, _table_at(r, k)):
        return False
    # A bare noun phrase lists rows when a condition narrows them; "orders" alone may be a count.
    conditioned = bool(r.comparisons or r.date or words & (lx.DENIALS | {"no", "without", "with", "that", "who"}))
    return verb or conditioned or any(m.kind == "value" for m in ch.mentions)


def _table_at(r: Reading, k: int) -> Mention | None:
    return next((m for m in r.mentions if m.kind == "table" and m.start == k), None)


def _plural_rows(r: Reading, ch: Choice, named: Mention | None) -> bool:
    """The main table named by a plural noun that is not a money word ("sales" is its revenue, not rows)."""
    if named is None or named.table != ch.table.info.name:
        return False
    spanned = range(named.start, named.end)
    money = any(r.tokens[p].stem in lx.MONEY_WORDS or r.tokens[p].lower in lx.MONEY_WORDS for p in spanned)
    if money and not r.comparisons:
        return False  # "sales in 2024" is revenue over time; "payments over $100" are rows
    return any(r.tokens[p].lower != r.tokens[p].stem for p in spanned)


def _qualifier_at(r: Reading, ch: Choice, k: int) -> Mention | None:
    """A value or a text, date or yes/no column qualifying the noun that follows ("math", "discontinued")."""
    for m in ch.mentions:
        if m.start != k or m.kind == "table":
            continue
        c = ch.table.col(m.column) if m.column and m.table == ch.table.info.name else None
        if m.kind == "value" or (c is not None and (c.flag is not None or c.info.kind in ("text", "temporal"))):
            return m
    return None


def _time_words(r: Reading, ch: Choice) -> bool:
    """A time-bucket word that asks for a time axis: not part of a column's name, nor "date" after one ("due date")."""
    covered = {p for m in ch.mentions if m.kind != "table" for p in range(m.start, m.end)}
    for i, t in enumerate(r.tokens):
        if t.lower not in lx.BUCKET_WORDS or i in covered or r.words[i] is None:
            continue
        if t.lower in lx.DATE_NOUNS and i - 1 in covered:
            continue
        return True
    return False
