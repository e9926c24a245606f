"""A time bucket said of a role or of a measure's word: "sailings by boarding hour" groups by the hour the boarding
happened (the start-like timestamp), not by the boarding key; "hours logged by hour" groups by the hour of the
rows' timestamp, not by the hours logged."""

from __future__ import annotations

from backend.agents.builtin import lexicon as lx
from backend.agents.builtin.catalog_index import CatalogIndex, ColumnEntry, Mention, TableEntry
from backend.agents.builtin.fk_roles import key_direction
from backend.agents.builtin.reading import Reading

# Words of a timestamp's name saying it is when something starts or when it ends (started_at, end_time).
_START_TIMES = frozenset({"start", "started", "starting", "begin", "began", "beginning", "departure", "departed",
                          "depart", "leave", "leaving", "open", "opened", "pickup", "pick", "boarding", "out", "checkout",
                          "sent", "dispatched", "shipped", "collected"})  # fmt: skip
_END_TIMES = frozenset({"end", "ended", "ending", "finish", "finished", "stop", "stopped", "arrival", "arrived",
                        "arrive", "close", "closed", "dropoff", "drop", "alighting", "returned",
                        "delivered", "received", "landed"})  # fmt: skip
# Words of a grouping: "by boarding hour", "for each boarding month".
_GROUP_CUES = frozenset({"by", "per", "each", "every", "across"})


def _bucket_at(r: Reading, k: int) -> str | None:
    """The time-bucket word at k ("hour", "month", "weekday"), or None."""
    w = r.low(k)
    return w if lx.bucket_of(w) is not None or lx.bucket_of(r.tokens[k].stem if k < len(r.tokens) else "") else None


def _clocked(c: ColumnEntry) -> bool:
    return c.info.kind == "temporal" and "TIME" in c.info.type.upper() and c.info.type.upper() != "TIME"


def _akin(a: str, b: str) -> bool:
    """One word, or two forms of one root (collection, collected; boarding, boarded)."""
    return a == b or (len(a) >= 5 and len(b) >= 5 and a[:5] == b[:5])


def _sense(words: set[str]) -> str | None:
    """'from' for a timestamp named for a start, 'to' for one named for an end."""
    if words & _START_TIMES:
        return "from"
    if words & _END_TIMES:
        return "to"
    return None


def _role_time(idx: CatalogIndex, key: ColumnEntry, said: list[str], hourly: bool) -> ColumnEntry | None:
    """The timestamp of the table that the role said of its key names: by the role's own word (a boarding_time
    for "boarding"), else by its start or end sense (a started_at for a pickup, an ended_at for a dropoff)."""
    entry = idx.tables[key.table]
    times = [c for c in entry.columns if c.info.kind == "temporal" and c is not key and (_clocked(c) or not hourly)]
    # The words of the key that name neither table: the role ("pickup" of a pickup_station_id).
    named = {
        w
        for fk in idx.foreign_keys
        if (fk.table, fk.column) == (key.table, key.name)
        for w in idx.tables[fk.ref_table].words
    }
    roles = set(said) - lx.ID_WORDS - named - set(entry.words)
    by_word = [c for c in times if any(_akin(w, x) for w in roles for x in c.words)]
    if len(by_word) == 1:
        return by_word[0]
    heading = key_direction(frozenset(roles)) or _sense(roles)
    if heading is None:
        return None
    by_sense = [c for c in times if _sense(set(c.words)) == heading]
    if len(by_sense) == 1:
        return by_sense[0]
    # A row's one timestamp, named for no start nor end ("ride_time"), is when its start and its end happened too.
    return times[0] if len(times) == 1 and _sense(set(times[0].words)) is None else None


def role_times(r: Reading, idx: CatalogIndex, mentions: list[Mention]) -> list[Mention]:
    """Mentions of a key whose role is followed by a time bucket ("by dropoff hour") read as the timestamp of that
    role; a measure named by a bucket word alone after a grouping word ("hours by hour") is the bucket, not a column."""
    out: list[Mention] = []
    claimed: set[int] = set()  # the bucket words after a role read as its timestamp
    for m in mentions:
        entry = idx.tables.get(m.table)
        c = entry.col(m.column) if entry is not None and m.kind == "column" and m.column else None
        if entry is None or c is None:
            out.append(m)
            continue
        bucket = _bucket_at(r, m.end) if m.end < len(r.tokens) else None
        keyed = any((fk.table, fk.column) == (m.table, c.name) for fk in idx.foreign_keys)
        if keyed and bucket is not None:  # a key to another table's rows: its role, not the rows' own key
            said = [r.low(k) for k in range(m.start, m.end)]
            when = _role_time(idx, c, said, lx.bucket_of(bucket) == "hour")
            if when is not None:
                read = Mention(m.start, m.end, "column", m.table, when.name, m.score, m.via, None, m.spec)
                if read not in mentions and read not in out:  # the same timestamp already named there
                    out.append(read)
                claimed.add(m.end)
                continue
        if _bucket_only(r, entry, c, m):
            continue
        out.append(m)
    # "busiest arrival hour": the hour is the bucket, no column spelled with it (an hours_logged elsewhere).
    return [m for m in out if not (m.start in claimed and m.end - m.start == 1 and not _dated(idx, m))]


def _dated(idx: CatalogIndex, m: Mention) -> bool:
    c = idx.tables[m.table].col(m.column) if m.kind == "column" and m.column else None
    return c is not None and c.info.kind == "temporal"


def _bucket_only(r: Reading, entry: TableEntry, c: ColumnEntry, m: Mention) -> bool:
    """ "hours logged by hour": a measure named by one bucket word right after a grouping word, on a table whose
    timestamp can be bucketed so, asks for that bucket."""
    # Not after "per": "fare per hour" beside an hours column is a rate over those hours.
    if m.end - m.start != 1 or c.info.kind != "numeric" or r.low(m.start - 1) not in _GROUP_CUES - {"per"}:
        return False
    bucket = lx.bucket_of(r.low(m.start))
    if bucket is None or c.words == (r.tokens[m.start].stem,):
        return False  # "by day" beside a column called day: that column
    if bucket == "hour":
        return any(_clocked(x) for x in entry.columns)
    return any(x.info.kind == "temporal" for x in entry.columns)
