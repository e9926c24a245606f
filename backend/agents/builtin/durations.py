"""Durations between two dates of one row, read as a measure: "days between application and funding", "time to
close", "how long does delivery take", "average order-to-delivery time" → agg(date_diff(unit, start, end))."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from backend.agents.builtin import lexicon as lx
from backend.agents.builtin.catalog_index import CatalogIndex, ColumnEntry, Mention, TableEntry, time_of_day
from backend.agents.builtin.models import Agg, DiffUnit
from backend.agents.builtin.reading import AggWord, Reading

UNITS: dict[str, DiffUnit] = {
    "second": "second", "seconds": "second", "secs": "second", "minute": "minute", "minutes": "minute",
    "mins": "minute", "hour": "hour", "hours": "hour", "hrs": "hour", "day": "day", "days": "day", "week": "week",
    "weeks": "week", "month": "month", "months": "month", "year": "year", "years": "year",
}  # fmt: skip
# Nouns of an elapsed time: "delivery time", "time to close", "turnaround".
_SPAN_NOUNS = frozenset({"time", "times", "duration", "durations", "gap", "gaps", "lag", "interval", "turnaround",
                         "elapsed", "lead", "span"})  # fmt: skip
# Words of a row's first event, the start a "time to close" counts from.
START_WORDS = lx.START_WORDS  # fmt: skip
# Words of a row's last event, the end its length counts to ("check out", "returned", "end date").
END_WORDS = frozenset({"end", "finish", "close", "complete", "out", "checkout", "return", "leave", "left",
                       "discharge", "expire", "expiry", "until", "stop", "final", "arrive", "arrival", "resolve",
                       "settle"})  # fmt: skip
# Superlatives of a span: True when the longer spans come first ("the slowest", "the longest stay").
SPAN_SUPERLATIVES = {"longest": True, "shortest": False, "slowest": True, "fastest": False, "quickest": False}
# Nouns of a row's whole length: "length of stay", "rental duration".
_LENGTH_NOUNS = frozenset({"length", "lengths", "duration", "durations"})
# Nouns of a process run from a row's first event to its last: "sales cycle", "the hiring lifecycle". Read so only with
# a unit said or an average asked ("average sales cycle"), as a cycle is also a kind of row.
_CYCLE_NOUNS = frozenset({"cycle", "cycles", "lifecycle", "lifecycles", "lifespan", "lifespans"})
# Words of the date a row was made on: a span from "booking" (the row's own noun) starts there.
_MADE_WORDS = frozenset({"created", "creation", "create", "inserted", "entered", "added"})
# Verbs of an elapsed time before "to" and the end's verb: "how many days does it take to convert".
_TAKE_VERBS = frozenset({"take", "takes", "took", "taking"})
# Words between such a verb and "to": "take us on average to", "took them".
_TAKE_FILLERS = frozenset({"on", "average", "typically", "usually", "us", "you", "them", "it", "a", "an", "the"})
# Nouns before a calendar unit that count whole units ("the number of days between") rather than measure a time.
_COUNT_CUES = frozenset({"number", "count"})
_CALENDAR_UNITS = frozenset({"day", "week", "month", "year"})
# Dates that describe a person or a thing rather than an event of the row.
_BUCKET_CUES = frozenset({"by", "per", "each", "every", "a", "an", "the", "this", "last", "past", "previous"})
_MEASURE_AGGS = frozenset({"avg", "median", "min", "max", "sum", "stddev"})
# Endings that turn one stem into a noun, a participle or a gerund: delivery/delivered, shipment/shipped, closure/closed.
_ENDINGS = ("ation", "ition", "ment", "ance", "ence", "ure", "ing", "ion", "ed", "es", "s", "y", "e", "d")


@dataclass(frozen=True, slots=True)
class Duration:
    """The time from `start` to `end` of each row, in `unit`, aggregated by each of `aggs`."""

    start: ColumnEntry
    end: ColumnEntry
    unit: DiffUnit
    aggs: tuple[Agg, ...]
    tokens: frozenset[int]  # question positions the duration was read from
    bound: tuple[AggWord, ...] = ()  # aggregate words it used
    named_start: bool = True  # False when the start was inferred ("time to close" counts from the row's first event)
    superlative: bool = False  # "the longest stay", "slowest time to close by crew": its maximum (minimum), no ranking
    fitted: bool = False  # no unit was said: `unit` is the one the rows' spans fit (`fitting_unit`)
    whole: bool = False  # "number of days between": whole units crossed (calendar days), not the time with its fraction


def root(word: str) -> str:
    """The stem shared by a noun, its participle and its gerund: delivery, delivered → deliver; shipped → ship."""
    w = word.lower()
    for ending in _ENDINGS:
        if w.endswith(ending) and len(w) - len(ending) >= 3:
            w = w[: -len(ending)]
            break
    if w.endswith("e") and len(w) >= 4:
        w = w[:-1]
    if len(w) >= 4 and w[-1] == w[-2] and w[-1] not in "aeiou":
        w = w[:-1]  # shipp → ship
    return w


def same_root(a: str, b: str) -> bool:
    """Equal roots, or roots sharing five letters and all but one or two of the shorter ("resolut", "resolv")."""
    if a == b:
        return True
    n = next((i for i, (x, y) in enumerate(zip(a, b, strict=False)) if x != y), min(len(a), len(b)))
    return n >= 5 and n >= min(len(a), len(b)) - 1


def is_event(c: ColumnEntry) -> bool:
    """A date or timestamp of something that happened to the row (not a birth date)."""
    return c.info.kind == "temporal" and not set(c.words) & lx.BIRTH_WORDS


def _columns_at(r: Reading, idx: CatalogIndex, main: TableEntry, mentions: list[Mention], pos: int) -> list[Mention]:
    """Mentions of event columns of `main` starting at pos; by shared stem when no mention was found there."""
    hits: dict[str, Mention] = {}
    for m in mentions:
        c = idx.tables[m.table].col(m.column) if m.column and m.kind == "column" else None
        if m.start == pos and c is not None and c.table == main.info.name and is_event(c):
            hits.setdefault(c.name, m)
    if not hits and 0 <= pos < len(r.tokens) and r.words[pos] is not None and r.low(pos) not in lx.STOPWORDS:
        stem = root(r.low(pos))
        for c in main.columns:
            if is_event(c) and len(stem) >= 3 and any(same_root(root(w), stem) for w in c.words):
                hits[c.name] = Mention(pos, pos + 1, "column", main.info.name, c.name, 1.0, "stem")
    return list(hits.values())


def _event_at(r: Reading, idx: CatalogIndex, main: TableEntry, mentions: list[Mention], pos: int) -> Mention | None:
    """The one event column named at pos, or at pos + 1 when pos is a word all the table's dates share ("order")."""
    if r.low(pos) in {"the", "a", "an"}:
        pos += 1
    for k in (pos, pos + 1):
        hits = _columns_at(r, idx, main, mentions, k)
        if len(hits) == 1:
            return hits[0]
        if not hits and k == pos and not any(m.start == k for m in mentions):
            return None
    return None


def events_at(r: Reading, idx: CatalogIndex, main: TableEntry, mentions: list[Mention], pos: int) -> list[Mention]:
    """The event dates of `main` named at pos, by a mention or by a shared stem ("shipping" of shipped_on)."""
    return _columns_at(r, idx, main, mentions, pos)


def first_and_last(main: TableEntry) -> tuple[ColumnEntry, ColumnEntry] | None:
    """A row's first event date and its last, when the table says which they are."""
    return _first_and_last(main)


def event_named_at(
    r: Reading, idx: CatalogIndex, main: TableEntry, mentions: list[Mention], pos: int
) -> Mention | None:
    """The one event date of `main` the words at pos name ("race date", "returned", "raced" by its stem)."""
    return _event_at(r, idx, main, mentions, pos)


def start_of(main: TableEntry, end: ColumnEntry | None) -> ColumnEntry | None:
    """The date a row's life starts at: a column named like a first event (created, opened, ordered, hired…), else
    the table's first other event date."""
    others = [c for c in main.columns if is_event(c) and c is not end and not time_of_day(c)]
    named = [c for c in others if any(w in START_WORDS or lx.abbreviates(w, s) for w in c.words for s in START_WORDS)]
    return (named or others or [None])[0]


def _name_end(r: Reading, main: TableEntry, m: Mention) -> int:
    """Where a date's name ends in the question: past the small words of its name the mention left out ("checked in"
    of a column named checked in at)."""
    c = main.col(m.column or "")
    end = m.end
    while c is not None and r.low(end) in lx.STOPWORDS and r.low(end) in c.words:
        end += 1
    return end


def _spanned(r: Reading, k: int) -> bool:
    """A unit or a span noun within three words before k ("days from order to delivery")."""
    return any(r.low(j) in _SPAN_NOUNS or r.low(j) in UNITS for j in range(max(k - 3, 0), k))


def _dates_to_dates(
    r: Reading, idx: CatalogIndex, main: TableEntry, ms: list[Mention]
) -> tuple[Mention, Mention] | None:
    """ "lead time in days (booking date to arrival date)": two event dates joined by "to" after a span noun or a unit
    say where the span starts and ends, whatever date a span noun stands next to."""
    for k in range(1, len(r.tokens) - 1):
        if r.low(k) != "to" or r.words[k] is None:
            continue
        a = next(
            (
                m
                for j in range(max(k - 3, 0), k)
                for m in _columns_at(r, idx, main, ms, j)
                if _name_end(r, main, m) == k
            ),
            None,
        )
        b = _event_at(r, idx, main, ms, k + 1) if a is not None else None
        if a is not None and b is not None and b.column != a.column and _spanned(r, a.start):
            return a, b
    return None


def _pair(r: Reading, idx: CatalogIndex, main: TableEntry, ms: list[Mention]) -> tuple[Mention, Mention | None] | None:
    """(start, end) mentions, or (end, None) when only the end is named."""
    written = _dates_to_dates(r, idx, main, ms)
    if written is not None:
        return written
    for k in range(len(r.tokens)):
        w = r.low(k)
        if w in {"between", "from"} and r.words[k] is not None:
            a = _event_at(r, idx, main, ms, k + 1) or _other_end(r, idx, main, ms, k + 1, w)
            joiner = {"and"} if w == "between" else {"to", "until", "till", "through"}
            after = (_name_end(r, main, a) if a.table == main.info.name else a.end) if a is not None else 0
            if a is not None and r.low(after) in joiner and (w == "between" or _spanned(r, k)):
                b = _event_at(r, idx, main, ms, after + 1) or _other_end(r, idx, main, ms, after + 1, w)
                if b is not None and (b.table, b.column) != (a.table, a.column):
                    return a, b
        if w in {"before", "until", "till"} and any(r.low(j) in UNITS for j in range(max(k - 7, 0), k)):
            j = k + 1
            while r.low(j) in {"being", "it", "is", "they", "are", "was", "were", "getting", "got", "the"}:
                j += 1
            b = _event_at(r, idx, main, ms, j)
            if b is not None and b.start == j:
                return b, None  # "days books are kept before being returned"
        if w == "to" and _taken(r, k):
            b = _event_at(r, idx, main, ms, k + 1)
            if b is not None:
                return b, None  # "how many days does it take to convert a lead"
        if w in {"to", "until", "till"} and (r.low(k - 1) in _SPAN_NOUNS or r.low(k - 1) in UNITS):
            b = _event_at(r, idx, main, ms, k + 1) or _end_said(r, main, k + 1)
            if b is not None:
                return b, None  # "time to close", "days until funding"
        if w in _SPAN_NOUNS and k > 0 and r.words[k] is not None:
            b = next((m for m in _columns_at(r, idx, main, ms, k - 1) if m.end == k), None)
            if b is None:
                continue
            other = [m for m in ms if m.start <= k < m.end and m.kind == "column" and m.via != "concept"]
            if any(not is_event(c) for m in other if (c := idx.tables[m.table].col(m.column or "")) is not None):
                continue  # "wait time" names a column of its own
            a = _event_at(r, idx, main, ms, b.start - 2) if r.low(b.start - 1) == "to" else None
            whole = _whole_length(r, idx, main, ms, b, k) if a is None else None
            if whole is not None:
                return whole  # "stay duration": a word naming both the start and the end, the row's length
            return (a, b) if a is not None and a.column != b.column else (b, None)  # "delivery time"
    if r.low(0) == "how" and r.low(1) == "long":
        for k in range(len(r.tokens) - 1, 1, -1):
            end = _event_at(r, idx, main, ms, k)
            if end is not None and end.start == k:
                return end, None  # "how long does delivery take"
    return _lifetime(r, idx, main, ms)


def _other_end(r: Reading, idx: CatalogIndex, main: TableEntry, ms: list[Mention], pos: int, w: str) -> Mention | None:
    """An end of a span said "between" two ends that is no date column of the rows: the rows' own noun ("between
    enrolment and course begin": the date each enrolment was made on) or a date of the row each one references
    ("course begin", the referenced course's date)."""
    if w != "between":
        return None
    pos += r.low(pos) in {"the", "a", "an", "its", "their"}
    table = main.info.name
    own = next((m for m in ms if m.kind == "table" and m.table == table and m.start == pos), None)
    if own is not None:  # the row's making, else its first event
        made = [c for c in main.columns if is_event(c) and set(c.words) & _MADE_WORDS]
        first = made[0] if len(made) == 1 else start_of(main, None)
        return Mention(pos, own.end, "column", table, first.name, 1.0, "stem") if first is not None else None
    parents = {fk.ref_table for fk in idx.foreign_keys if fk.table == table and fk.ref_table != table}
    for m in ms:
        if m.start != pos or m.table not in parents:
            continue
        parent = idx.tables[m.table]
        if m.kind == "column" and (c := parent.col(m.column or "")) is not None and is_event(c):
            return m
        # "class start": the referenced row's noun, then one of its dates
        hits = _columns_at(r, idx, parent, ms, m.end)
        if len(hits) == 1:
            return Mention(pos, hits[0].end, "column", m.table, hits[0].column, 1.0, "stem")
    return None


def _taken(r: Reading, k: int) -> bool:
    """ "to" after a verb of elapsed time ("does it take us to", "took on average to"), in a question that says a unit
    before it or asks how long."""
    j = k - 1
    while j > 0 and r.low(j) in _TAKE_FILLERS:
        j -= 1
    if r.low(j) not in _TAKE_VERBS:
        return False
    return any(r.low(i) in UNITS for i in range(j)) or (r.low(0) == "how" and r.low(1) == "long")


def _whole_length(
    r: Reading, idx: CatalogIndex, main: TableEntry, ms: list[Mention], b: Mention, k: int
) -> tuple[Mention, Mention] | None:
    """ "stay duration", "stay length": a length noun after a word that names both the row's first and its last
    event dates (stay_start, stay_end) asks for the whole length of the row, not the time to one of them."""
    if r.low(k) not in _LENGTH_NOUNS:
        return None
    bounds = _first_and_last(main)
    named = {m.column for m in _columns_at(r, idx, main, ms, k - 1) if m.end == k}
    if bounds is None or not {bounds[0].name, bounds[1].name} <= named:
        return None
    table = main.info.name
    return Mention(b.start, b.end, "column", table, bounds[0].name, 1.0, "stem"), Mention(
        k, k + 1, "column", table, bounds[1].name, 1.0, "stem"
    )


def _end_said(r: Reading, main: TableEntry, k: int) -> Mention | None:
    """ "time to close" where no date is named so: an end word stands for the row's last date, when the table says
    which one that is."""
    if not any(root(r.low(k)) == root(e) for e in END_WORDS):
        return None
    bounds = _first_and_last(main)
    return Mention(k, k + 1, "column", main.info.name, bounds[1].name, 1.0, "stem") if bounds is not None else None


def _lifetime(r: Reading, idx: CatalogIndex, main: TableEntry, ms: list[Mention]) -> tuple[Mention, Mention] | None:
    """ "average length of stay", "charter duration", "how long do rentals last": the whole length of each row, from
    its first event date to its last, when no date is named and no column is called after the length itself."""
    span = _length_words(r, main, ms)
    if span is None:
        return None
    bounds = _first_and_last(main)
    if bounds is None:
        return None
    lo, hi = span
    start, end = bounds
    return (
        Mention(lo, lo + 1, "column", main.info.name, start.name, 1.0, "stem"),
        Mention(hi - 1, hi, "column", main.info.name, end.name, 1.0, "stem"),
    )


def _length_words(r: Reading, main: TableEntry, ms: list[Mention]) -> tuple[int, int] | None:
    """Positions [lo, hi) of a phrase asking for each row's length: a length noun before "of" and a noun, or after
    a noun ("stay length"), or "how long" with the rows' noun; None when a column is named there."""
    table = [m for m in ms if m.kind == "table" and m.table == main.info.name]
    for k, t in enumerate(r.tokens):
        if t.lower not in _LENGTH_NOUNS or r.words[k] is None:
            continue
        if any(m.kind == "column" and m.start <= k < m.end for m in ms if _other_column(main, m)):
            return None  # a column of the rows named after a length (a hull's length, a trip's distance): that column
        j = k + 1
        if r.low(j) == "in" and r.low(j + 1) in UNITS:
            j += 2  # "length in days of memberships"
        if r.low(j) == "of":
            j += 1
            j += r.low(j) in {"the", "a", "an", "each", "every", "their", "its"}
            noun = j < len(r.tokens) and r.words[j] is not None and r.low(j).isalpha() and r.low(j) not in lx.STOPWORDS
            if noun and not any(m.start == j and m.kind == "column" for m in ms):
                return k, j + 1
        if k > 0 and any(m.end == k for m in table):
            return k - 1, k + 1
    if r.low(0) == "how" and r.low(1) == "long" and table:
        return 1, max(m.end for m in table)
    return _cycle_words(r, ms)


def _cycle_words(r: Reading, ms: list[Mention]) -> tuple[int, int] | None:
    """ "average sales cycle in days": a cycle noun with a unit said in the question or an average right before it
    asks for each row's whole length; None when a column is named there."""
    for k, t in enumerate(r.tokens):
        if t.lower not in _CYCLE_NOUNS or r.words[k] is None:
            continue
        if any(m.kind == "column" and m.start <= k < m.end for m in ms):
            return None
        unit = any(r.low(i) in UNITS and r.low(i - 1) not in _BUCKET_CUES for i in range(len(r.tokens)))
        averaged = any(g.agg in _MEASURE_AGGS and k - 3 <= g.end <= k for g in r.aggs)
        if unit or averaged:
            lo = k - 1 if k > 0 and r.words[k - 1] is not None and r.low(k - 1) not in lx.STOPWORDS else k
            return lo, k + 1
    return None


def _other_column(main: TableEntry, m: Mention) -> bool:
    """A column of the rows' own table that is not one of their event dates."""
    c = main.col(m.column or "") if m.table == main.info.name else None
    return c is not None and not is_event(c)


def _first_and_last(main: TableEntry) -> tuple[ColumnEntry, ColumnEntry] | None:
    """A row's first event date (named like a start, else its first) and its last (named like an end, else the one
    other event date)."""
    events = [c for c in main.columns if is_event(c) and not time_of_day(c)]  # a time of day is no date of the row
    start = start_of(main, None)
    if start is None or len(events) < 2:
        return None
    others = [c for c in events if c is not start]
    ends = [c for c in others if any(root(w) == root(e) or lx.abbreviates(w, e) for w in c.words for e in END_WORDS)]
    if len(ends) == 1:
        return start, ends[0]
    return (start, others[0]) if len(others) == 1 else None


# The unit a span is counted in when none is said, by the length of a typical span in seconds: under this, that unit.
_FITTING: tuple[tuple[float, DiffUnit], ...] = (
    (120.0, "second"),
    (2 * 3600.0, "minute"),
    (86400.0, "hour"),
)


def _instant(v: object) -> dt.datetime | None:
    """A timestamp column's earliest or latest reading as a datetime (the catalog keeps them as ISO text)."""
    if isinstance(v, dt.datetime):
        return v
    try:
        return dt.datetime.fromisoformat(v) if isinstance(v, str) and len(v) > 10 else None
    except ValueError:
        return None


def fitting_unit(start: ColumnEntry | None, end: ColumnEntry) -> DiffUnit:
    """The unit a row's span fits when the question says none: minutes for rides that last minutes, hours for shifts,
    days for deliveries (and for dates without a time of day). A cheap look at the catalog's ranges: the earliest
    start and the earliest end, and the latest start and the latest end, are each about one span apart; the longer
    of the two gaps sizes the span. Without ranges, days."""
    if start is None or any("TIME" not in c.info.type.upper() or c.info.type.upper() == "TIME" for c in (start, end)):
        return "day"
    gaps: list[float] = []
    for a, b in ((start.info.min, end.info.min), (start.info.max, end.info.max)):
        s, e = _instant(a), _instant(b)
        if s is not None and e is not None and (s.tzinfo is None) == (e.tzinfo is None):
            gaps.append((e - s).total_seconds())
    if not gaps or max(gaps) <= 0:
        return "day"
    for under, unit in _FITTING:
        if max(gaps) < under:
            return unit
    return "day"


def read_duration(r: Reading, idx: CatalogIndex, main: TableEntry, mentions: list[Mention]) -> Duration | None:
    """A duration between two dates of the main table, if the question asks for one."""
    pair = _pair(r, idx, main, mentions)
    if pair is None:
        return None
    first, second = pair
    a = idx.tables[first.table].col(first.column or "")
    b = idx.tables[second.table].col(second.column or "") if second is not None else None
    if a is None:
        return None
    start, end = (a, b) if b is not None else (start_of(main, a), a)
    bounds = _first_and_last(main) if b is None else None
    if bounds is not None and a is bounds[0] and set(a.words) & set(main.words):
        start, end = bounds  # "loan duration", "how long is the average stay": the row's own date starts its life
    if start is None:
        return None
    spans = [first] + ([second] if second is not None else [])
    lo, hi = min(m.start for m in spans), max(m.end for m in spans)
    k = lo - 1  # the phrase reaches back over its unit and span words ("number of days between …")
    while k >= max(lo - 4, 0) and r.words[k] is not None and r.low(k) not in {"by", "per", "for", "each", "and"}:
        k -= 1
    tokens = set(range(k + 1, hi))
    # "by month" is a bucket, not the unit: units are the words a measure is counted in ("days", "in hours").
    unit_at = [
        i
        for i, t in enumerate(r.tokens)
        if t.lower in UNITS
        and (r.words[i] is not None or (r.asked is not None and i == r.asked[0] + 1))
        and r.low(i - 1) not in _BUCKET_CUES
    ]
    unit: DiffUnit = UNITS[r.low(unit_at[0])] if unit_at else fitting_unit(start, end)
    if unit_at and lo - 7 <= unit_at[0] < lo:
        tokens |= set(range(unit_at[0], lo))  # "days books are kept before being returned": one phrase
    tokens |= set(unit_at[:1])
    tokens |= {p for g in r.aggs if g.agg == "count" and g.end in tokens for p in range(g.start, g.end)}
    bound = tuple(g for g in r.aggs if g.agg in _MEASURE_AGGS and not _governs_other(r, idx, g, tokens, mentions))
    aggs: tuple[Agg, ...] = tuple(dict.fromkeys(g.agg for g in bound)) or ("avg",)
    # "the longest stay", "fastest time to close per crew": a superlative right before the span is its maximum
    # (minimum) when nothing is ranked; a ranking ("which crew has the fastest average time") keeps the words.
    sup = next((j for j in range(max(min(tokens) - 2, 0), min(tokens)) if r.low(j) in SPAN_SUPERLATIVES), None)
    superlative = sup is not None and not r.ranked and not bound
    if sup is not None:
        tokens |= set(range(sup, min(tokens)))
        aggs = ("max" if SPAN_SUPERLATIVES[r.low(sup)] else "min",) if superlative else aggs
    said = (start, end, unit, aggs, frozenset(tokens), bound, second is not None, superlative)
    at = unit_at[0] if unit_at else -1
    counted = r.low(at - 1) in _COUNT_CUES or (r.low(at - 1) == "of" and r.low(at - 2) in _COUNT_CUES)
    whole = at >= 0 and counted and unit in _CALENDAR_UNITS
    return Duration(*said, fitted=not unit_at, whole=whole)


def _governs_other(r: Reading, idx: CatalogIndex, g: AggWord, tokens: set[int], mentions: list[Mention]) -> bool:
    """True when an aggregate word is about another numeric column ("average duration and total fee")."""
    k = g.end
    while r.low(k) in {"the", "of"}:
        k += 1
    if k in tokens or k >= len(r.tokens):
        return False
    for m in mentions:
        c = idx.tables[m.table].col(m.column) if m.start == k and m.kind == "column" and m.column else None
        if c is not None and c.info.kind == "numeric" and not c.is_id:
            return True
    return False


@dataclass(frozen=True, slots=True)
class Age:
    """The age of each row's person in whole years, from a birth date to `at` (an event of the row) or to today."""

    born: ColumnEntry
    at: ColumnEntry | None
    aggs: tuple[Agg, ...]
    tokens: frozenset[int]
    bound: tuple[AggWord, ...] = ()


_AGE_WORDS = frozenset({"age", "ages"})
_AT_WORDS = frozenset({"at", "on", "when", "upon"})
_PRONOUNS = frozenset({"they", "he", "she", "it", "we", "you", "the", "a", "an", "their", "his", "her", "its"})


def birth_column(main: TableEntry) -> ColumnEntry | None:
    """The date the table's people were born on (a birth date, a date of birth)."""
    return next((c for c in main.columns if c.info.kind == "temporal" and set(c.words) & lx.BIRTH_WORDS), None)


def read_age(r: Reading, idx: CatalogIndex, main: TableEntry, mentions: list[Mention]) -> Age | None:
    """ "average age of customers by <a group>", "how old are members", "age of members at signup": an age computed
    from the main table's birth date when the question asks for one and no column of the table is called age; at an
    event of the row when "at"/"when" names one of its dates, else today."""
    k = next((i for i, t in enumerate(r.tokens) if t.lower in _AGE_WORDS and r.words[i] is not None), None)
    if k is None and r.low(0) == "how" and r.low(1) == "old":
        k = 1
    born = birth_column(main)
    if k is None or born is None:
        return None
    named = [m for m in mentions if m.start <= k < m.end and m.kind == "column" and m.via != "concept"]
    if any((c := idx.tables[m.table].col(m.column or "")) is not None and c.info.kind == "numeric" for m in named):
        return None  # a column of its own ("age", "age_years")
    tokens: set[int] = {k, 0} if k == 1 and r.low(0) == "how" else {k}
    at: ColumnEntry | None = None
    for j in range(k + 1, min(k + 6, len(r.tokens))):
        if r.low(j) not in _AT_WORDS or r.words[j] is None:
            continue
        e = j + 1
        while r.low(e) in _PRONOUNS:
            e += 1
        hit = _event_at(r, idx, main, mentions, e)
        if hit is not None and hit.start in (e, e + 1):
            at = main.col(hit.column or "")
            tokens |= set(range(j, _name_end(r, main, hit)))
            break
    bound = tuple(g for g in r.aggs if g.agg in _MEASURE_AGGS and not _governs_other(r, idx, g, tokens, mentions))
    aggs: tuple[Agg, ...] = tuple(dict.fromkeys(g.agg for g in bound)) or ("avg",)
    return Age(born, at, aggs, frozenset(tokens), bound)
