"""Members whose dated rows stopped: "sailors who haven't raced since June", "growers who did not harvest in the last
90 days" (a denied verb naming the child's date, read by absence.py as an anti-join), and "sailors whose last race was
before July 2024" (rows that have child rows, none of them dated from that day on)."""

from __future__ import annotations

import datetime as dt

from backend.agents.builtin import lexicon as lx
from backend.agents.builtin.catalog_index import CatalogIndex, Mention
from backend.agents.builtin.conditions import date_filters
from backend.agents.builtin.models import Filter
from backend.agents.builtin.reading import Reading
from backend.agents.builtin.role_model import ref

# Auxiliaries a contracted "n't" hangs on: "haven't", "didn't", "hasn't", "don't".
_CONTRACTED = frozenset({"haven", "hasn", "hadn", "didn", "don", "doesn", "weren", "wasn", "isn", "aren"})
_GAP = 3
# The last (or first) of a member's rows: "whose last race", "whose most recent harvest".
_LAST = frozenset({"last", "latest", "final", "recent"})
_FIRST = frozenset({"first", "earliest"})
LAST_WORDS = _LAST | _FIRST


def denied_verb(r: Reading, i: int) -> bool:
    """ "haven't", "did not", "have not": a denial of the verb that follows."""
    w = r.low(i)
    if w in {"t", "nt"}:
        return (r.low(i - 1) == "'" and r.low(i - 2) in _CONTRACTED) or r.low(i - 1) in _CONTRACTED
    return w == "not" and r.low(i - 1) in lx.AUXILIARIES


def event_child(r: Reading, idx: CatalogIndex, i: int) -> Mention | None:
    """What a denied verb names: a date column of another table right after the denial ("haven't raced" → the
    races' race date), over auxiliaries only."""
    k = i + 1
    while r.low(k) in lx.AUXILIARIES and k < i + _GAP:
        k += 1
    for m in r.mentions:
        c = idx.tables[m.table].col(m.column) if m.kind == "column" and m.column and m.start == k else None
        if c is not None and c.info.kind == "temporal":
            return m
    return None


def bounded_history(r: Reading, idx: CatalogIndex, child: str, named: Mention | None, today: dt.date | None,
                    at: int) -> list[Filter] | None:  # fmt: skip
    """ "whose last race was before July 2024": the child rows dated from that day on (which must not exist);
    "whose first harvest was after March": the child rows dated up to that day. None when no such phrase."""
    word = r.low(at)
    if r.date is None or word not in LAST_WORDS:
        return None
    kind = r.date.kind
    if not (word in _LAST and kind in ("before", "until")) and not (word in _FIRST and kind in ("after", "since")):
        return None
    table = idx.tables[child]
    date = next((ref(c) for c in table.columns if named is not None and c.name == named.column), None)
    found = date_filters(r.date, table, [], today, date).filters
    if len(found) != 1 or found[0].op != "date_range":
        return None
    start, end = (str(v) for v in found[0].values)
    flipped, label = ([end, ""], f"from {end} on") if word in _LAST else (["", start], f"before {start}")
    return [found[0].model_copy(update={"values": flipped, "label": label})]
