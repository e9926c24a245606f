""" "total orders by month", "total bookings last year", "total upnods": "total" before the noun of the rows of the
table asked about, where that noun names no money and no measure, asks how many rows there are — a count, not the sum
of some money column of theirs. Values that pick some rows out may stand between ("total shipped orders", "total
up nods"). A noun that names a measure ("total orders" over a column total_orders, "total sales") never gets here:
it is read as that column before the table's rows are."""

from __future__ import annotations

from backend.agents.builtin import lexicon as lx
from backend.agents.builtin.catalog_index import CatalogIndex, Mention, singular
from backend.agents.builtin.choice import Choice
from backend.agents.builtin.reading import ARTICLES, Reading

_TOTAL_WORDS = frozenset({"total"})


def totalled_rows(r: Reading, idx: CatalogIndex, ch: Choice, m: Mention) -> str | None:
    """The rows counted when "total" stands before the table mention `m` of the chosen table's own rows, with nothing
    between but articles and values of those rows ("shipped orders", "upnods"); None when it does not, or a column
    is named right after the noun ("total order amount")."""
    if m.table != ch.table.info.name or not r.tokens[m.end - 1].lower.isalpha():
        return None
    if any(x.start == m.end and x.kind == "column" for x in ch.mentions) or _qualifies(r, idx, m):
        return None
    valued = {p for x in ch.mentions if x.kind == "value" and x.end <= m.start for p in range(x.start, x.end)}
    k = m.start - 1
    while k >= 0 and (k in valued or r.low(k) in ARTICLES):
        k -= 1
    before = any(a.agg == "sum" and a.end - 1 == k and r.low(a.start) in _TOTAL_WORDS for a in r.aggs)
    # "orders in total by channel": the same total said after the noun
    after = r.low(m.end) == "in" and r.low(m.end + 1) in _TOTAL_WORDS and any(a.start == m.end + 1 for a in r.aggs)
    if not before and not after:
        return None
    said = [r.low(j) for j in range(k + 1, m.end) if j in valued or j >= m.start]
    glued = "".join(said)  # "upnods", read as "up nods": said as one word
    return glued if len(said) > 1 and glued in r.question.lower().split() else " ".join(said)


def _qualifies(r: Reading, idx: CatalogIndex, m: Mention) -> bool:
    """ "total harvest value", "total order amount": the noun only says whose figure the next word names — a figure's
    word, or any word after a noun in the singular that is no function word."""
    nxt = r.low(m.end)
    if nxt in lx.MONEY_WORDS or nxt in lx.ADDITIVE_WORDS:
        return True
    said = r.low(m.end - 1)
    return singular(idx, said) == said and nxt.isalpha() and nxt not in lx.STOPWORDS and not lx.bucket_of(nxt)


def counted_note(r: Reading, idx: CatalogIndex, m: Mention, said: str) -> str:
    """The thought that says what a total of rows counted: "Counted orders: one row per order.", "Counted work
    orders: one row per work order."."""
    words = [r.low(j) for j in range(m.start, m.end)]
    one = " ".join([*words[:-1], singular(idx, words[-1])]) if all(w.isalpha() for w in words) else said
    return f"Counted {said}: one row per {one}."


_VOLUME_WORDS = frozenset({"volume"})


def volume_of_rows(r: Reading, ch: Choice, m: Mention) -> Mention | None:
    """ "order volume by month": "volume" right after the noun of the chosen table's rows, matched to a column only by
    its sense (a quantity; no column is called so), asks how many rows there are. The mention of that noun (the table
    or its key), or None; "sales volume" is no noun of rows but money, and stays the quantity sold."""
    if m.via != "concept" or m.end - m.start != 1 or r.low(m.start) not in _VOLUME_WORDS:
        return None
    main = ch.table.info.name
    for x in ch.mentions:
        said = [w for w in r.words[x.start : x.end] if w]
        if x.end == m.start and x.table == main and x.kind in ("table", "column") and not set(said) & lx.MONEY_WORDS:
            return x if r.tokens[x.end - 1].lower.isalpha() else None
    return None
