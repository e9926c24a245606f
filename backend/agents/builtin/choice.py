"""Which table answers the question: score each table plus its foreign-key parents by the mentions they explain."""

from __future__ import annotations

from dataclasses import dataclass, field

from backend.agents.builtin import lexicon as lx
from backend.agents.builtin.catalog_index import CatalogIndex, Mention, TableEntry
from backend.agents.builtin.clocked_amounts import amount_at, clocked
from backend.agents.builtin.direction import column_direction, steer, verb_direction
from backend.agents.builtin.fk_roles import ancestors_of, parents_of, role_words
from backend.agents.builtin.lookups import is_lookup, kind_named
from backend.agents.builtin.matching import FULL_NAME
from backend.agents.builtin.money_paths import (
    holds_takings,
    qualifies,
    said_at,
    sole_takings,
    takings_at,
    takings_table,
)
from backend.agents.builtin.own_values import own_values
from backend.agents.builtin.quantities import MONEY_UNITS
from backend.agents.builtin.reading import Reading, wants_time
from backend.models.catalog import ForeignKey

JOIN_DISCOUNT = 0.9  # a mention explained by a joined table counts a little less than one of the main table
TIME_BONUS = 0.6  # questions about time favour tables that have dates
FINE_PENALTY = 1.0  # a question about months/days on a table without a date column
PREFER_BONUS = 1.5  # follow-ups favour the previous turn's table
NAME_BONUS = 0.5  # every word of the table's name is in the question, even where a column took the span
FACT_BONUS = 0.4
SOLE_TAKINGS_BONUS = 0.7  # "total revenue" where one table alone holds money taken in
UNIT_BONUS = 0.5  # a number in a unit ("warmer than -18 °C", "over 5 MB") favours a table with a column in such a unit
AMOUNT_SCORE = 1.5  # "who worked the most hours" over the catalog's one table of rows clocked on and off
VALUE_SPAN_BONUS = 0.4  # per extra word of a value matched whole, when mentions compete for the same words  # a bare business measure ("total revenue") belongs to the fact table: dates plus foreign keys


@dataclass(slots=True)
class Choice:
    """The chosen main table, the mentions it explains and the evidence for it."""

    table: TableEntry
    parents: dict[str, ForeignKey]
    mentions: list[Mention]
    score: float
    runner_up: tuple[str, float] | None = None
    evidence: list[str] = field(default_factory=list[str])
    # Tables two or three many-to-one joins away (a parent's parent), by the path of keys to them.
    paths: dict[str, tuple[ForeignKey, ...]] = field(default_factory=dict[str, tuple[ForeignKey, ...]])
    # Spans of words that only say whose time of day is grouped ("by purchase hour"), no column of their own.
    roles: list[tuple[int, int]] = field(default_factory=list[tuple[int, int]])

    def reaches(self, table: str) -> bool:
        """The main table, a parent or a table further up its keys."""
        return table == self.table.info.name or table in self.parents or table in self.paths


def dates_named_at(ch: Choice, pos: int) -> bool:
    """A column mention starting at pos names a date or a year column of the chosen table ("per model year")."""
    for m in ch.mentions:
        if m.start == pos and m.kind == "column" and m.table == ch.table.info.name and m.column is not None:
            c = ch.table.col(m.column)
            if c is not None and (c.info.kind == "temporal" or c.is_year):
                return True
    return False


def name_inside(r: Reading, idx: CatalogIndex, v: Mention, m: Mention) -> bool:
    """ "by ship mode" where SHIP is also a mode: value `v` lies inside a longer mention `m` of its own column, and
    its words are words of the column's name, so the words say the column, not the value."""
    if v.kind != "value" or m.kind != "column" or (v.table, v.column) != (m.table, m.column):
        return False
    if not (m.start <= v.start and v.end <= m.end and v.end - v.start < m.end - m.start):
        return False
    col = idx.tables[m.table].col(m.column or "")
    return col is not None and all(r.tokens[k].stem in col.words for k in range(v.start, v.end))


def _select(
    mentions: list[Mention], main: str, weighted: bool, inside: dict[int, list[Mention]] | None = None
) -> tuple[list[Mention], float]:
    """Greedy non-overlapping mentions, best first; returns them in question order and their total weight.
    `inside`: for a column mention, the values of it that its longer name holds (they rank no higher than it)."""

    def weight(m: Mention) -> float:
        w = m.score * (m.spec if weighted else 1.0)
        return w if m.table == main else w * JOIN_DISCOUNT

    def own_rank(m: Mention) -> float:
        # A value of several words said in full ("chief porter") outranks a shorter name inside it ("porter").
        return weight(m) + (VALUE_SPAN_BONUS * (m.end - m.start - 1) if m.kind == "value" and m.via == "value" else 0)

    def rank(m: Mention) -> float:
        # "by ship mode" where SHIP is a mode too: the column's longer name outranks its value inside it.
        return max([own_rank(m), *(own_rank(v) for v in (inside or {}).get(id(m), []))])

    ranked = sorted(mentions, key=lambda m: (rank(m), m.end - m.start, m.table == main), reverse=True)
    taken: set[int] = set()
    picked: list[Mention] = []
    total = 0.0
    for m in ranked:
        span = set(range(m.start, m.end))
        if span & taken:
            continue
        taken |= span
        picked.append(m)
        total += weight(m)
    return sorted(picked, key=lambda m: m.start), total


def _names_parent_only(r: Reading, idx: CatalogIndex, m: Mention) -> bool:
    """A key column named only by its parent's words ("pilots" for lead_pilot_id, the role "lead" unsaid)
    is evidence for the parent table, not for the table holding the key."""
    if m.kind != "column":
        return False
    fk = next((k for k in idx.foreign_keys if (k.table, k.column) == (m.table, m.column)), None)
    if fk is None or fk.ref_table not in idx.tables:
        return False
    said = {w for w in r.words[m.start : m.end] if w}
    return not said & role_words(idx, fk) and said <= set(idx.tables[fk.ref_table].words) | lx.ID_WORDS


_CALENDAR_FILLERS = frozenset({"of", "the", "name", "number", "week", "weekday", "weekdays", "calendar"})


def _calendar_bucket(r: Reading, idx: CatalogIndex, ch: Choice, m: Mention) -> bool:
    """ "by month" on a fact whose dates are keys into a date dimension: the dimension's month column is the time
    bucket of the fact's date, left to the time axis (which reads it along the role the question names)."""
    if m.kind != "column" or m.table == ch.table.info.name or not idx.tables[m.table].calendar or ch.table.date is None:
        return False
    said = [t.stem for t in r.tokens[m.start : m.end]]  # "months of the year", "calendar month"
    if said == ["calendar"] and calendar_unit(r, m.start) is None:
        return False  # the calendar itself, no period of it
    return all(w in lx.BUCKET_WORDS or w in _CALENDAR_FILLERS for w in said)


def calendar_unit(r: Reading, k: int) -> str | None:
    """ "calendar month", "calendar year": the period the word "calendar" at k qualifies (it says no more)."""
    nxt = r.tokens[k + 1].stem if r.low(k) == "calendar" and k + 1 < len(r.tokens) else ""
    return lx.BUCKET_WORDS.get(nxt)


def _calendar_named(r: Reading, idx: CatalogIndex, ch: Choice, m: Mention) -> bool:
    """ "sales by date", "sales dated by when they shipped": a date dimension (or its date) named by a date word alone,
    on a fact dated through it, is the fact's date (along the role the question names), never a kind of thing to
    group or count by."""
    if m.kind not in ("table", "column") or m.table == ch.table.info.name or not idx.tables[m.table].calendar:
        return False
    said = range(m.start, m.end)  # "date", "dated", or "calendar" before a period ("calendar month")
    return ch.table.date is not None and all(r.words[k] in lx.DATE_NOUNS or calendar_unit(r, k) for k in said)


def _clock_role(r: Reading, idx: CatalogIndex, ch: Choice, m: Mention) -> bool:
    """ "orders by hour of purchase" where the purchase role names both a date key and a key into a time-of-day table
    whose column the question groups by: the role says whose time of day it is, no date axis of its own."""
    col = ch.table.col(m.column) if m.kind == "column" and m.table == ch.table.info.name and m.column else None
    if col is None or col.date_key is None:
        return False
    for table, fk in ch.parents.items():
        if fk.column == m.column or idx.tables[table].calendar:
            continue
        twin = any(
            x.kind == "column" and (x.table, x.column, x.start, x.end) == (m.table, fk.column, m.start, m.end)
            for x in r.mentions
        )
        if twin and any(x.kind == "column" and x.table == table for x in ch.mentions):
            return True
    return False


def _dated_child(r: Reading, idx: CatalogIndex, best: Choice) -> Choice | None:
    """ "how many customers bought in 2023": members of a table without dates counted over a date range are counted
    in a dated table that references them (its rows in that range), the best such table by its own score."""
    name = best.table.info.name
    if r.date is None or best.table.date is not None or best.table.year is not None:
        return None
    counted = any(
        m.kind == "table" and m.table == name and (a := r.agg_before(m.start)) is not None and a.agg == "count"
        for m in best.mentions
    )
    if not counted:
        return None
    kids = [
        c
        for t, e in idx.tables.items()
        if e.date is not None and name in parents_of(idx, t, r)
        for c in (choose_table(r, idx, only=t),)
        if c is not None
    ]
    return max(kids, key=lambda c: c.score, default=None)


def _long_table(r: Reading, idx: CatalogIndex, best: Choice) -> Choice | None:
    """ "unemployment rate in Vanuatu": a figure named by its name in a long table's names column ('Unemployment rate
    (% of labour force)') is asked of the long table, whose value column holds its numbers."""
    named = {(m.table, m.column) for m in r.mentions if m.kind == "value"}
    for lf in idx.long.values():
        if lf.table != best.table.info.name and (lf.names_table, lf.names) in named:
            return choose_table(r, idx, only=lf.table)
    return None


def _money_child(r: Reading, idx: CatalogIndex, best: Choice) -> Choice | None:
    """ "sales by category", "top customers by total spent": money taken in asked of a table that holds none (nor
    reaches any) is the money of a table whose rows point at it, the best such table by its own score (the nearest
    on a tie)."""
    at = takings_at(r)
    name = best.table.info.name
    said = [m for m in best.mentions if said_at(m, at)]
    # the best table's own words say it ("sales" naming a sales table, "earning" a salary); a word that only
    # qualifies a table's name ("sales" of sales_orders, whose rows are orders) leaves the money to be found
    if not at or any(not qualifies(r, idx, m) for m in said) or (said and takings_table(idx, best.table)):
        return None
    kids = [
        c
        for t in idx.tables
        if t != name
        for c in (choose_table(r, idx, only=t),)
        if c is not None and c.reaches(name) and holds_takings(idx, c.table, r.mentions, at, own=True)
    ]
    return max(kids, key=lambda c: (c.score, name in c.parents), default=None)


def _kind_child(r: Reading, idx: CatalogIndex, best: Choice) -> Choice | None:
    """ "most common channel", "most popular genre": a lookup whose every name is one row of its own is ranked by
    the rows that reference it, the best such table by its own score (the largest on a tie)."""
    name = best.table.info.name
    if not _popular(r) or not is_lookup(idx, best.table):
        return None
    if not any(m.kind == "table" and m.table == name for m in best.mentions):
        return None
    kids = [
        c
        for fk in idx.foreign_keys
        if fk.ref_table == name and fk.table != name
        for c in (choose_table(r, idx, only=fk.table),)
        if c is not None
    ]
    return max(kids, key=lambda c: (c.score, c.table.info.row_count), default=None)


def _clocked_child(r: Reading, idx: CatalogIndex, best: Choice | None) -> Choice | None:
    """ "total hours worked by job title", "who worked the most hours": an amount of time said of a table whose rows
    are not clocked on and off (people, their titles) is the time of the rows that are and reach it, the best such
    table by its own score; with no table named, the catalog's one such table."""
    if amount_at(r, idx) is None or (best is not None and clocked(best.table) is not None):
        return None
    kids = [
        c
        for t, e in idx.tables.items()
        if clocked(e) is not None
        for c in (choose_table(r, idx, only=t),)
        if c is not None and (best is None or c.reaches(best.table.info.name))
    ]
    if best is None and len(kids) != 1:
        return None
    kid = max(kids, key=lambda c: c.score, default=None)
    if kid is not None:  # the amount said is the measure of the table it is of, as a column named would be
        kid.score = max(kid.score, AMOUNT_SCORE)
    return kid


# Words after "most"/"least" that say how often a kind is met: "most common", "least popular".
_POPULAR = frozenset({"common", "popular", "frequent", "used"})


def _popular(r: Reading) -> bool:
    """ "most common", "least popular": a ranking by how often a thing is met."""
    said = any(r.low(k) in ("most", "least") and r.low(k + 1) in _POPULAR for k in range(len(r.tokens)))
    return said or (r.adjective is not None and r.adjective.concept == "count")


def _bridges(r: Reading, idx: CatalogIndex, picked: list[Mention]) -> bool:
    """The mentions belong to two or more tables none of which reaches the others ("freight by product category":
    the order's freight, the product's category): only a table referencing them all joins them. Columns named,
    not values met (a value of one table's text column is weak evidence that it is wanted)."""
    tables = {m.table for m in picked if m.kind == "column"}
    if len(tables) < 2:
        return False
    for t in tables:
        parents = parents_of(idx, t, r)
        if tables <= {t, *parents, *ancestors_of(idx, t, r, parents)}:
            return False
    return True


def _split_names(r: Reading) -> set[int]:
    """ "view count" said whole as one column's name: shorter column mentions inside it ("view" of another figure,
    "count" of another table's column) are no evidence of their own, or a table would win by reading one name as two
    (a table's noun inside, "guest" of "guest rating", still says its table)."""
    whole = [(m.start, m.end) for m in r.mentions if m.kind == "column" and m.via == "name" and m.end - m.start >= 2
             and m.score >= FULL_NAME]  # fmt: skip
    return {
        id(m)
        for m in r.mentions
        if m.kind == "column" and any(s <= m.start and m.end <= e and m.end - m.start < e - s for s, e in whole)
    }


def _flag_words(r: Reading, idx: CatalogIndex) -> set[int]:
    """ "glossy readers only", "for glossy readers": a word naming a yes/no column of a table, said right before that
    table's noun, is the flag the noun's rows carry; a value of another table's column spelt by the same word is no
    evidence of its own (the adjective qualifies the noun it stands before)."""
    nouns = {(m.start, m.table) for m in r.mentions if m.kind == "table"}
    flags: set[tuple[int, int]] = set()
    for m in r.mentions:
        c = idx.tables[m.table].col(m.column) if m.kind == "column" and m.column and m.table in idx.tables else None
        if c is not None and c.info.kind == "boolean" and (m.end, m.table) in nouns:
            flags.add((m.start, m.end))
    return {
        id(m) for m in r.mentions if m.kind == "value" and (m.start, m.end) in flags and (m.end, m.table) not in nouns
    }


def choose_table(r: Reading, idx: CatalogIndex, prefer: str | None = None, only: str | None = None) -> Choice | None:
    """The table (with its FK parents) that best explains the question's mentions, or None."""
    scored: list[tuple[tuple[float, int, int, int, int], Choice]] = []
    timely = wants_time(r)
    qwords = {w for w in r.words if w}
    fine = any(lx.BUCKET_WORDS.get(t.stem) in ("day", "week", "month", "quarter") for t in r.tokens) or (
        r.date is not None and r.date.kind in ("month", "months", "quarter", "day")
    )
    heading = verb_direction(r)
    measured = {c.unit.dimension for c in r.comparisons if c.unit is not None and c.unit.label not in MONEY_UNITS}
    # Values a column's longer name holds depend on the question alone: read once, not once per table.
    inside = {id(m): [v for v in r.mentions if name_inside(r, idx, v, m)] for m in r.mentions if m.kind == "column"}
    sole = sole_takings(r, idx)
    flagged = _flag_words(r, idx)
    split = _split_names(r) | flagged
    for name, entry in idx.tables.items():
        if only is not None and name != only:
            continue
        parents = parents_of(idx, name, r)
        paths = ancestors_of(idx, name, r, parents)
        parents = {ref: fk for ref, fk in parents.items() if ref not in paths}  # reached along a role named
        cluster = {name, *parents, *paths}
        cands = [m for m in r.mentions if m.table in cluster and id(m) not in flagged]
        # A key named only by its parent's words is the parent's evidence: it does not score for this table.
        scoring = [m for m in cands if not (m.table == name and _names_parent_only(r, idx, m)) and id(m) not in split]
        picked, total = _select(scoring, name, weighted=True, inside=inside)
        # A kind named of the rows referencing its lookup ("refunds" of payments) is this table's own word.
        own = [m for m in picked if m.table == name or (m.table in parents and kind_named(idx, m))]
        if not own and only is None and name != prefer and not _bridges(r, idx, picked):
            continue  # a table only explained by its parents is the parent's question
        if own and all(m.table == name and kind_named(idx, m) for m in own) and only is None and name != prefer:
            continue  # "refunds": a kind the lookup names is said of the rows referencing it, not of the lookup
        if timely and (entry.date or entry.year):
            total += TIME_BONUS
        if fine and entry.date is None:
            total -= FINE_PENALTY  # "by month" needs a date column; a year column cannot answer it
        if prefer == name:
            total += PREFER_BONUS
        if (
            heading
            and any(m.kind == "table" and m.table == name for m in own)
            and any(column_direction(c.words) == heading for c in entry.columns if c.info.kind == "text")
        ):
            total += TIME_BONUS  # "departing trips": the named table, by its origin-like column
        if entry.words and set(entry.words) <= qwords:
            total += NAME_BONUS
        if measured and any(c.unit is not None and c.unit.dimension in measured for c in entry.columns):
            total += UNIT_BONUS
        if (
            parents
            and entry.date
            and any(m.via == "concept" for m in own)
            and not any(m.kind == "table" and m.table == name for m in picked)
        ):
            total += FACT_BONUS
        if name == sole:
            total += SOLE_TAKINGS_BONUS
        joined = len({m.table for m in picked} - {name})
        named = int(any(m.kind == "table" and m.table == name for m in picked))
        # On a tie, the table that reaches what the question names in fewer joins: "score of answers" is the score of
        # the rows whose kind is looked up, not of the rows that point at them.
        far = sum(1 for m in picked if m.table in paths)
        key = (round(total, 6), -joined, named, -far, -entry.info.row_count)
        # "active sprints": the table's own state value, not a flag of a table it joins
        shown = _select(own_values(idx, name, cands), name, weighted=False, inside=inside)[0]
        choice = Choice(entry, parents, shown, total, paths=paths)
        scored.append((key, choice))
    if not scored:
        return _clocked_child(r, idx, None) if only is None else None
    scored.sort(key=lambda kc: kc[0], reverse=True)
    best = scored[0][1]
    if only is None:
        best = (
            _long_table(r, idx, best)
            or _dated_child(r, idx, best)
            or _money_child(r, idx, best)
            or _kind_child(r, idx, best)
            or _clocked_child(r, idx, best)
            or best
        )
    best.mentions = [m for m in best.mentions if best.reaches(m.table) and not _calendar_bucket(r, idx, best, m)]
    best.mentions = [m for m in best.mentions if not _calendar_named(r, idx, best, m)]
    best.roles = [(m.start, m.end) for m in best.mentions if _clock_role(r, idx, best, m)]
    best.mentions = [m for m in best.mentions if (m.start, m.end) not in best.roles]
    best.mentions = steer(r, idx, {best.table.info.name, *best.parents, *best.paths}, best.mentions)
    if len(scored) > 1:
        best.runner_up = (scored[1][1].table.info.name, scored[1][1].score)
    best.evidence = [" ".join(r.tokens[i].text for i in range(m.start, m.end)) for m in best.mentions]
    return best
