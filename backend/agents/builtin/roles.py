"""Second pass: give each mention of the chosen tables a role — measure, dimension, filter or scatter axis."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import replace

from backend.agents.builtin import lexicon as lx
from backend.agents.builtin.catalog_index import (
    KEY_SHARE,
    STATE_VERBS,
    CatalogIndex,
    ColumnEntry,
    Mention,
    TableEntry,
    singular,
    time_of_day,
)
from backend.agents.builtin.choice import Choice, dates_named_at, name_inside
from backend.agents.builtin.clocked_amounts import read_clocked
from backend.agents.builtin.conditions import ComparisonFilters, date_column, date_filters, value_filters
from backend.agents.builtin.counted_totals import counted_note, totalled_rows, volume_of_rows
from backend.agents.builtin.counted_verbs import row_noun
from backend.agents.builtin.date_order import date_order
from backend.agents.builtin.derived import difference, homed, own_amounts, product, ratio, row_sum, settle
from backend.agents.builtin.direction import direction_grouping
from backend.agents.builtin.durations import Age, Duration, read_age, read_duration, start_of
from backend.agents.builtin.fk_roles import own_alias, own_keys, patient
from backend.agents.builtin.flag_adjectives import qualifies_noun
from backend.agents.builtin.grouping import rows_named_before_grouping
from backend.agents.builtin.histories import History, read_history
from backend.agents.builtin.line_items import line_pair
from backend.agents.builtin.listing import asks_for_rows
from backend.agents.builtin.lookups import kind_named
from backend.agents.builtin.member_keys import member_key
from backend.agents.builtin.models import CYCLES, Agg, Bucket, ColumnRef, Dimension, Filter, FilterOp, Measure
from backend.agents.builtin.null_states import (
    agent_by,
    empty_reference,
    having_said,
    keyed_event,
    passive_event,
    qualified_key,
)
from backend.agents.builtin.owned_dates import owned_dates
from backend.agents.builtin.quantities import UNITS
from backend.agents.builtin.reading import ARTICLES, RATE_NOUNS, AggWord, Reading
from backend.agents.builtin.role_model import Roles, default_agg, measure_alias, ref
from backend.agents.builtin.table_roles import RoleState, TableRole, ranks_by_rows, table_mention
from backend.agents.builtin.text_parts import read_parts
from backend.agents.builtin.time_axis import asks_no_axis, month_column, within_periods
from backend.agents.builtin.year_values import named_year

_VERB_FORM = 5  # the shortest word read as a verb form of a value ("shipped" of SHIP; "Red" is no verb)


def _kinds(c: ColumnEntry) -> bool:
    """A text column of a few kinds (its values listed in the catalog) whose name is not what names its rows."""
    return bool(c.info.values) and c.head not in lx.LABEL_WORDS


_DIM_CUES = frozenset({"by", "per", "each", "every", "across", "vs", "versus", "individual", "various"})
# "who they report to": the rows named again by a pronoun, the role after it asked of each of them.
_EACH_CUES = frozenset({"each", "every", "individual"})
_SUBJECTS = frozenset({"they", "he", "she", "it", "each"})
_OWNERS = frozenset({"their", "his", "her", "its", "with"})
_SERIES_CUES = frozenset({"colored", "coloured", "color", "colour", "split", "broken", "grouped", "stacked"})
_NOUN_BUCKETS = frozenset(
    {
        "day",
        "date",
        "week",
        "month",
        "quarter",
        "year",
        "days",
        "weeks",
        "months",
        "years",
        "decade",
        "decades",
        "weekday",
        "weekdays",
        "hour",
        "hours",
    }
)


_CONTRAST = frozenset({"vs", "versus", "against"})  # a yes/no set against its opposite


def _unique(c: ColumnEntry, table: TableEntry) -> bool:
    """Whether no two rows of the table share the column's value (a name that tells its rows apart)."""
    return (c.info.distinct_count or 0) >= table.info.row_count > 0


def _subject_verb(noun: lx.Token, word: lx.Token, after: str) -> bool:
    """ "(which) listeners played …", "which venue sold the most": a plural noun and a past verb after it, or a past
    verb with its object after it, are a subject and its verb, not a noun qualifying the next ("product category")."""
    plural = noun.lower != noun.stem and noun.lower.endswith("s")
    objected = lx.past_form(word.lower) and after in _OBJECT_OPENERS
    return word.number is None and ((plural and lx.past_form(word.lower)) or objected)


# Auxiliaries that open a question before its subject: "how many claims did each clerk ...", "has every agent ...".
_ASKING_AUX = frozenset({"did", "does", "do", "has", "have", "had", "will", "would", "can", "could"})
_SUBJECT_LEADS = frozenset({"each", "every", "the", "a", "an", "our", "your", "their", "any"})
_EACH_BUCKET = frozenset({"each", "every", "per"})
_PRONOUNS = frozenset({"one", "they", "he", "she", "it", "we", "you"})


def _asked_subject(r: Reading, start: int) -> bool:
    """The noun at `start` is the subject of a question's auxiliary ("did each agent", "has the courier"): the word
    after it is its verb, not a noun it qualifies."""
    k = start - 1
    while r.low(k) in _SUBJECT_LEADS:
        k -= 1
    return r.low(k) in _ASKING_AUX


# Words that open a verb's object: "sold the most tickets", "sold more tickets".
_OBJECT_OPENERS = frozenset({"the", "a", "an", "most", "more", "least", "fewest", "fewer"})


_YEAR_WORDS = frozenset({"year", "yr", "years"})
# Words that may stand between a negation and the values it denies: "not in Bergen or Oslo", "haven't yet been shipped".
_BETWEEN_DENIAL = frozenset({"and", "or", "nor", "the", ",", "in", "from", "for", "been", "be", "being", "yet", "ever"})
_NUMBER_GROUPS = 100  # at most this many values of a whole-number column are drawn as one group each


_WEEKDAY_LABELS = ("Mondays", "Tuesdays", "Wednesdays", "Thursdays", "Fridays", "Saturdays", "Sundays")
_RANGE_LEADS = frozenset({"in", "on", "during", "between", "from", "for", "of", "the", "since", "after", "before"})


class RoleReader:
    """Assigns roles for one question against one chosen table cluster."""

    def __init__(self, r: Reading, idx: CatalogIndex, ch: Choice, today: dt.date | None) -> None:
        self.r, self.idx, self.ch, self.today = r, idx, ch, today
        ch.mentions = own_amounts(r, idx, ch.table, ch.mentions)
        self.main = ch.table
        self.ro = Roles()
        self.pending_agg: AggWord | None = None
        self.bound: set[int] = set()
        self.range_date: tuple[ColumnEntry, int] | None = None  # a date named only to say what a range filters
        self.headed: list[ColumnRef] = []  # columns whose values one word named together ("leaves")

    def col(self, m: Mention) -> ColumnEntry | None:
        """Indexed column of a column/value mention."""
        return self.idx.tables[m.table].col(m.column) if m.column else None

    def cue(self, pos: int) -> str | None:
        """'dim' when a grouping word precedes pos, 'series' for "coloured by" and the like."""
        k = self.word_before(pos)
        w = self.r.low(k)
        if pos in self.r.entity_at:
            return "dim"  # the noun being ranked: "which year …", "the 5 hottest years"
        qualifier = next((m for m in self.ch.mentions if m.kind == "table" and m.end == pos), None)
        if (
            qualifier is not None
            and k == pos - 1
            and not _subject_verb(self.r.tokens[k], self.r.tokens[pos], self.r.low(pos + 1))
            and not (_asked_subject(self.r, qualifier.start) and self.dated_at(pos))
        ):
            return self.cue(qualifier.start)  # "by product category": the grouping word before the table's name
        role = next((start for start, end in self.ch.roles if end == pos), None)
        if role is not None and k == pos - 1:
            return self.cue(role)  # "by purchase hour": the grouping word before whose hour it is
        if k == pos - 1 and dates_named_at(self.ch, pos) and self._unknown_word(k):
            return self.cue(k)  # "per model year": the grouping word before a word that only qualifies the year
        if w == "by" and self.r.low(k - 1) in _SERIES_CUES | {"down"}:
            return "series"
        if agent_by(self.r, k):
            return None  # "classes taught by a stand-in": who did it, never a grouping
        if w == "by" and self.ranking_by(k, pos):
            return None  # "top 5 instructors by classes taught": what ranks them, never a second grouping
        if w in _DIM_CUES or (w == "for" and self.r.low(k + 1) in {"each", "different"}):
            return "dim"
        if w == "and" and self.ro.dims and self._last_dim_end == k - 1:
            return "dim"  # "by store and category"
        return None

    _last_dim_end: int = -10

    def period_alone(self, m: Mention, c: ColumnEntry) -> bool:
        """A bare period word ("by day", "per week") that matched a joined table's date by its kind only, while the
        rows have a date of their own: the period of the rows, not a parent's date."""
        said = all(self.bucket_word(k) in lx.BUCKET_WORDS for k in range(m.start, m.end))
        return m.via == "concept" and said and c.table != self.main.info.name and self.main.date is not None

    def bucket_word(self, k: int) -> str:
        """The time-bucket word at k: "monthly", "day"; a plural only for the ranked noun ("the 3 coldest days")."""
        return self.r.tokens[k].stem if k in self.r.entity_at else self.r.low(k)

    def loose_agg(self, pos: int) -> AggWord | None:
        """A non-count aggregate a few words before pos with only entity nouns between ("biggest order amount")."""
        for k in range(pos - 1, max(pos - 5, -1), -1):
            hit = next((a for a in self.r.aggs if a.end - 1 == k), None)
            if hit is not None:
                inside = any(m.start <= hit.start < m.end and m.kind != "table" for m in self.ch.mentions)
                return hit if hit.agg != "count" and id(hit) not in self.bound and not inside else None
            if self.r.low(k) in _DIM_CUES or self.r.words[k] is None:
                return None
            for m in self.ch.mentions:
                c = self.col(m) if m.start <= k < m.end else None
                if c is not None and c.info.kind == "numeric" and not c.is_id:
                    return None
        return None

    def add_dim(self, c: ColumnEntry, end: int, bucket: Bucket | None = None) -> None:
        """Add a group-by column once; FK id columns become the referenced table's label."""
        target = c
        own = self.own_role(c)
        if own is not None:
            self.add_role_dim(own, end)
            return
        if (c.table, c.name) in self.idx.named_keys:
            pass  # "by civil parish": the parishes' own numbers, as the question calls them
        elif c.is_id and c.table == self.main.info.name:
            for fk in self.ch.parents.values():
                lab = self.idx.tables[fk.ref_table].label
                if fk.column == c.name and lab:
                    target = lab
            # A number that names the row (not a code people use, such as a product code) is shown by its name.
            own_key = c.info.kind == "numeric" and not any(
                (fk.table, fk.column) == (c.table, c.name) for fk in self.idx.foreign_keys
            )
            lab = self.main.label
            if target is c and own_key and lab is not None and lab.info.kind == "text" and _unique(lab, self.main):
                target = lab  # "sales by territory" over the territories: each shown by its name, one name a row
        elif c.is_id:  # a parent's key to a table further up (a subcategory's category key): that table's name
            for fk in self.idx.foreign_keys:
                lab = self.idx.tables[fk.ref_table].label if self.ch.reaches(fk.ref_table) else None
                if (fk.table, fk.column) == (c.table, c.name) and lab:
                    target = lab
        r_ = ref(target)
        if any(d.column == r_ for d in self.ro.dims):
            return
        self._last_dim_end = end - 1
        alias = bucket if bucket and not any(d.alias == bucket for d in self.ro.dims) else target.name
        if target.table != self.main.info.name and target is self.idx.tables[target.table].label:
            alias = "_".join(self.idx.tables[target.table].words)  # items.name → item
        if any(d.alias == alias for d in self.ro.dims) or any(m.alias == alias for m in self.ro.measures):
            alias = f"{target.table}_{alias}"
        main, ch = self.main.info.name, self.ch
        key = member_key(self.idx, main, ch.parents, ch.paths, target) if bucket is None else None
        key_alias = f"{alias}_{key.column}" if key is not None else None
        self.ro.dims.append(Dimension(column=r_, bucket=bucket, alias=alias, key=key, key_alias=key_alias))

    def own_role(self, c: ColumnEntry) -> ColumnRef | None:
        """A key of the rows to their own table ("manager" of a staff member): the name of the row it points at, read
        under the key's role (staff AS manager)."""
        label = self.main.label
        if c.table != self.main.info.name or label is None or label is c:
            return None
        fk = next((k for k in own_keys(self.idx, c.table) if k.column == c.name), None)
        return None if fk is None else ColumnRef(table=c.table, column=label.name, alias=own_alias(self.idx, fk))

    def parent_name(self, c: ColumnEntry) -> ColumnRef | None:
        """The name of the row a key of the rows points at in another table (a loan's approver)."""
        fk = next((k for k in self.ch.parents.values() if k.column == c.name and k.table == c.table), None)
        label = self.idx.tables[fk.ref_table].label if fk is not None else None
        return ref(label) if label is not None else None

    def add_role_dim(self, r_: ColumnRef, end: int) -> None:
        """Group by the name of the row a key to the table's own rows points at: "staff per manager"."""
        if any(d.column == r_ for d in self.ro.dims):
            return
        self._last_dim_end = end - 1
        self.ro.dims.append(Dimension(column=r_, alias=r_.alias or r_.column))

    def add_measure(self, c: ColumnEntry | None, agg: Agg, explicit: bool, noun: str | None = None) -> None:
        """Add an aggregate once."""
        r_ = ref(c) if c else None
        if any(m.column == r_ and m.agg == agg for m in self.ro.measures):
            return
        self.ro.measures.append(Measure(agg=agg, column=r_, alias=measure_alias(agg, c.name if c else None, noun)))
        self.ro.measure_explicit_agg |= explicit
        if c is not None and c.info.kind == "numeric":
            self.ro.numeric_cols.append(ref(c))

    def apply(self, role: TableRole, end: int) -> None:
        """Add what a table mention contributes."""
        for c in role.dims:
            self.add_dim(c, end)
        if role.measure is not None:
            ask = role.measure
            self.add_measure(ask.column, ask.agg, ask.explicit, ask.noun)
        if role.money_hint is not None:
            self.ro.money_hint = ref(role.money_hint)
        if role.entity is not None:
            self.ro.entity = ref(role.entity)
        if role.count_noun is not None:
            self.ro.count_noun = role.count_noun
        if role.note is not None:
            self.ro.counted = role.note

    def run(self, conditions: ComparisonFilters) -> Roles:
        """Assign every selected mention, then dates, buckets and comparisons."""
        self.ro.filters += conditions.filters
        self.ro.row_cols += conditions.row_cols
        self.ro.notes += conditions.notes
        self.ro.measures += conditions.measures
        self.ro.measure_explicit_agg = self.ro.measure_explicit_agg or bool(conditions.measures)
        order = date_order(self.r, self.idx, self.ch)
        self.ro.filters += order.filters
        consumed = conditions.used | order.used
        values: list[tuple[Mention, bool]] = []
        covered = {p for m in self.ch.mentions for p in range(m.start, m.end)}
        for i in self.r.entity_at - covered:
            bucket = lx.bucket_of(self.r.tokens[i].stem)
            if bucket is not None and self.r.words[i] is not None:
                self.ro.time = bucket  # "which year had …" on a table with dates
        adjectives = [m for m in self.ch.mentions if m.via == "adjective"]
        listed = asks_for_rows(self.r, self.ch)  # "which branches opened before 2010": the rows themselves
        # "grade A", "store Bergen": a column named right before one of its values only says whose value it is.
        qualifiers = {
            id(m)
            for m in self.ch.mentions
            for v in self.ch.mentions
            if m.kind == "column"
            and v.kind == "value"
            and v.start in (m.end, m.end + 1)
            and (v.table, v.column) == (m.table, m.column)
        }
        # "Blue squad": a column named right after one of its values only says whose value it is, too.
        qualifiers |= {
            id(m)
            for m in self.ch.mentions
            for v in self.ch.mentions
            if m.kind == "column"
            and v.kind == "value"
            and v.end == m.start
            and (v.table, v.column) == (m.table, m.column)
        }
        # "by ship mode" where SHIP is also a mode: a value inside a longer mention of its own column is that column's
        # name, no value asked for.
        consumed |= {id(v) for v in self.ch.mentions for m in self.ch.mentions if name_inside(self.r, self.idx, v, m)}
        # "quantity shipped by ship mode": a verb form ("shipped") of a value ("SHIP") of the column the question
        # names is the verb, no value asked for.
        named = {(m.table, m.column) for m in self.ch.mentions if m.kind == "column"}
        consumed |= {
            id(v)
            for v in self.ch.mentions
            if v.kind == "value"
            and v.end - v.start == 1
            and (v.table, v.column) in named
            and self.r.low(v.start).endswith(("ed", "ing"))
            and len(self.r.low(v.start)) >= _VERB_FORM  # "shipped", not "Red"
            and (v.value or "").lower() != self.r.low(v.start)
        }
        consumed = consumed | self.role_qualifiers() | self.date_nouns() | self.outranked()
        duration = read_duration(self.r, self.idx, self.main, self.ch.mentions) or read_clocked(
            self.r, self.idx, self.main
        )
        if duration is not None and duration.tokens & conditions.spans:
            duration = None  # "took more than 3 days to ship": a condition on the span, no measure of it
        if duration is not None:
            consumed = consumed | {id(m) for m in self.ch.mentions if {m.start, m.end - 1} & duration.tokens}
            self.bound |= {id(a) for a in duration.bound}
        age = read_age(self.r, self.idx, self.main, self.ch.mentions) if duration is None else None
        if age is not None:
            consumed = consumed | {id(m) for m in self.ch.mentions if {m.start, m.end - 1} & age.tokens}
            self.bound |= {id(a) for a in age.bound}
        history = read_history(self.r, self.idx, self.main, self.ch.mentions) if not duration and not age else None
        if history is not None:
            consumed = consumed | {id(m) for m in self.ch.mentions if {m.start, m.end - 1} & history.tokens}
            self.bound |= {id(a) for a in self.r.aggs if set(range(a.start, a.end)) & history.tokens}
        fresh = self.new_rows()
        consumed = consumed | {id(m) for m in self.ch.mentions if m.kind != "table" and m.start <= fresh < m.end}
        for m in self.ch.mentions:
            if id(m) in consumed or m.via == "adjective" or (id(m) in qualifiers and not self.cue(m.start)):
                continue
            if m.kind == "value":
                values += [(x, self.negated(m.start)) for x in self.head_values(m)]
                parent = self.idx.tables[m.table] if m.table in self.ch.parents else None
                # "by each chief porter": the parent's rows of that kind; "junior vs senior" sets values against
                # each other, their column is the grouping (`compared`).
                versus = self.r.low(m.start - 1) in {"vs", "versus"}
                # "the 5 highest rated films": rows of a kind are ranked, never grouped by the kind's name; "replies
                # per request": the figure of one row of that kind, as "per" before the table's own rows asks.
                each = self.r.low(m.start - 1) == "per" and parent is not None and kind_named(self.idx, m)
                self.each_row, self.each_kind = self.each_row or each, self.each_kind or each
                kind = each or (m.start in self.r.entity_at and kind_named(self.idx, m))
                if parent is not None and parent.label is not None and self.cue(m.start) == "dim" and not versus | kind:
                    self.add_dim(parent.label, m.end)
            elif m.kind == "table" and self.per_row(m):
                continue
            elif m.kind == "table":
                state = RoleState(
                    cued=self.cue(m.start) is not None,
                    each=self.picks_each(m.start) and self.own_figures(),
                    has_measures=bool(self.ro.measures),
                    has_dims=bool(self.ro.dims),
                    has_time=self.ro.time is not None,
                    listed=listed,
                    taken=history.tokens if history is not None else frozenset(),
                )
                self.apply(table_mention(self.r, self.idx, self.ch, m, state), m.end)
            else:
                self.column_mention(m)
        for m in adjectives:
            c = self.col(m)
            if c is not None and id(m) not in consumed:
                self.adjective_measure(c)
        self.ro.filters += read_parts(value_filters(values, self.idx.meanings), self.idx)
        # "average number of replies per request": the average of a row's count, not the number of its values.
        averaged = self.each_kind and any(a.agg == "avg" for a in self.r.aggs)
        if self.each_row and (not self.ro.measure_explicit_agg or averaged):
            # "tolls per crossing" on the crossings: the average of a row, whatever a sum would add up.
            self.ro.measures = [
                m.model_copy(update={"agg": "avg", "alias": measure_alias("avg", m.column.column)})
                if (m.agg == "sum" or (averaged and m.agg == "count" and self._numeric(m.column)))
                and m.column is not None
                and not m.operands()
                else m
                for m in self.ro.measures
            ]
        self.counted_entity()
        if duration is not None:
            self.add_duration(duration)
        if age is not None:
            self.add_age(age)
        if history is not None:
            self.add_history(history)
        whole = "whole" in self.r.flags  # "all stores combined in 2024": one number, no trend
        if self.range_date is not None and not self.ro.dims and not self.r.aggs and not listed and not whole:
            self.ro.time = self.ro.time or "auto"  # "loan applications in 2024": a bare range is a trend
            self.add_dim(*self.range_date)
        chosen = [(m.start, m.end, c) for m in self.ch.mentions if m.kind == "column" and (c := self.col(m))]
        named = homed(self.r, self.idx, self.main, chosen)
        derived = (
            difference(self.r, self.main, named, self.ro)
            or product(self.r, named, self.ro)
            or ratio(self.r, self.idx, named, self.ro)
            or row_sum(self.r, named, self.ro)
        )
        settle(named, chosen, self.ro)
        if derived:
            self.ro.notes.append(derived)
        heading = direction_grouping(self.r, self.main) if not self.ro.dims else None
        if heading is not None:
            self.add_dim(heading, -1)
            self.ro.direction_dim = True
        self.buckets()
        self.compared()
        self.days_of_week()
        self.named_days()
        self.hours_of_day()
        if self.r.date is not None:
            dates = owned_dates(self.r, self.idx, self.ch, self.today) or date_filters(
                self.r.date, self.main, self.ro.dims, self.today, self.ro.date_col
            )  # "tickets sold for concerts in 2024": the concerts' date
            self.ro.date_range = dates.range
            self.ro.date_filter = list(dates.filters)
            self.ro.dims = [d for d in self.ro.dims if not named_year(self.r, d, dates.filters)]
            if dates.periods is not None:
                self.ro.within = within_periods(dates.periods, self.ro.time)
                self.ro.time = dates.periods  # type: ignore[assignment]
                self.ro.periods = True
            if dates.note:
                self.ro.notes.append(dates.note)
        return self.ro

    each_row: bool = False
    each_kind: bool = False  # "per" before a kind a lookup names: one row of that kind

    def _numeric(self, column: ColumnRef | None) -> bool:
        """A column of numbers (a count of things each row holds), which an average can be taken of."""
        c = self.idx.tables[column.table].col(column.column) if column is not None else None
        return c is not None and c.info.kind == "numeric" and not c.is_id

    def picks_each(self, pos: int) -> bool:
        """ "for each shipment", "every order", "individual trips": the word before the noun takes rows one by one."""
        return self.r.low(self.word_before(pos)) in _EACH_CUES

    def word_before(self, pos: int) -> int:
        """Where the word before pos is, past articles ("for each of the", "by a")."""
        k = pos - 1
        while k >= 0 and self.r.low(k) in ARTICLES:
            k -= 1
        return k

    def own_figures(self) -> bool:
        """The measures read so far are figures of the main table's own columns (no count, no other table's)."""
        main = self.main.info.name
        return all(
            x.column is not None and x.column.table == main and x.agg not in ("count", "count_distinct")
            for x in self.ro.measures
        )

    def per_row(self, m: Mention) -> bool:
        """ "tolls per crossing", "fare per single trip": the main table's own rows named after "per" ask for the
        average of one row, no grouping (set `each_row`)."""
        k = m.start - 1 - (self.r.low(m.start - 1) in {"a", "an", "each", "single", "one"})
        if m.table != self.main.info.name or self.r.low(k) != "per":
            return False
        self.each_row = True
        return True

    def add_duration(self, d: Duration) -> None:
        """The duration's measures first ("average and longest days to ship"); its start date anchors the time axis."""
        made = [
            Measure(agg=a, column=ref(d.end), minus=ref(d.start), unit=d.unit, whole_units=d.whole,
                    alias=measure_alias(a, f"{d.unit}s_to_{d.end.name}"))
            for a in d.aggs
        ]  # fmt: skip
        self.ro.measures = made + [m for m in self.ro.measures if m.alias not in {x.alias for x in made}]
        self.ro.measure_explicit_agg = True
        if d.superlative:  # "the longest stay": its maximum, not the row with the longest one
            self.r.top_n, self.r.superlative, self.r.adjective = None, None, None
        self.ro.date_col = self.ro.date_col or ref(d.start)
        how = "" if d.named_start else " (the row's first date)"
        # A unit no one said is the one the rows' spans are of: say so, and how to ask for another.
        fit = f", as its spans last {d.unit}s (say “in days” for another unit)" if d.fitted and d.unit != "day" else ""
        self.ro.notes.append(f"I measure each row's {d.unit}s from {d.start.name}{how} to {d.end.name}{fit}.")

    def add_history(self, h: History) -> None:
        """Each group's first and last dates ("each sailor's first and last race"): their measures first, no ranking
        of the groups by them."""
        words = {"min": "first", "max": "last"}
        made = [Measure(agg=a, column=ref(h.column), alias=f"{words.get(a, a)}_{h.column.name}") for a in h.aggs]
        self.ro.measures = made + [m for m in self.ro.measures if m.alias not in {x.alias for x in made}]
        self.ro.measure_explicit_agg = True
        if self.r.adjective is not None and self.r.adjective.start in h.tokens and not self.r.ranked:
            self.r.top_n, self.r.superlative, self.r.adjective = None, None, None

    def add_age(self, a: Age) -> None:
        """The age's measures first ("average and oldest age"); an age at an event is dated by that event."""
        made = [
            Measure(agg=g, column=ref(a.at or a.born), minus=ref(a.born) if a.at else None, unit="year", age=True,
                    alias=measure_alias(g, f"age_at_{a.at.name}" if a.at else "age"))
            for g in a.aggs
        ]  # fmt: skip
        self.ro.measures = made + [m for m in self.ro.measures if m.alias not in {x.alias for x in made}]
        self.ro.measure_explicit_agg = True
        then = f"at {a.at.name}" if a.at else "today"
        self.ro.notes.append(f"I compute each row's age in whole years from {a.born.name} to {then}.")

    def new_rows(self) -> int:
        """ "new customers per year": rows counted by the date they start at, not by any other date (nor a column
        with "new" in its name). The position of that "new", or -1."""
        at = next(
            (
                i
                for i, t in enumerate(self.r.tokens)
                if t.lower == "new"
                and any(
                    m.kind == "table" and m.start == i + 1 and m.table == self.main.info.name for m in self.ch.mentions
                )
            ),
            -1,
        )
        start = start_of(self.main, None) if at >= 0 else None
        if start is not None:
            self.ro.date_col = self.ro.date_col or ref(start)
        return at

    def counted_entity(self) -> None:
        """ "departments with more than 10 employees": the counted rows are grouped by the entity named first."""
        if self.ro.dims or not any(f.having is not None and f.having.column is None for f in self.ro.filters):
            return
        keys = {fk.column: fk.ref_table for fk in self.ch.parents.values()}
        for m in self.ch.mentions:
            c = self.col(m) if m.kind == "column" else None
            if c is not None and c.name in keys and c.table == self.main.info.name:
                self.add_dim(c, m.end)
                return
            label = self.idx.tables[m.table].label if m.kind == "table" and m.table in self.ch.parents else None
            fk = self.ch.parents.get(m.table) if label is not None else None
            if fk is not None and (fk.table, fk.column) in self.idx.named_keys:
                label = self.main.col(fk.column) or label  # "parishes with …": their own numbers
            if label is not None:
                self.add_dim(label, m.end)
                return

    def date_nouns(self) -> set[int]:
        """ "the due date", "its ship day": a date noun right after a date column's name is part of that name; the
        mentions starting at it (another table's date) are no other column."""
        ends = {m.end for m in self.ch.mentions if (c := self.col(m)) is not None and c.info.kind == "temporal"}
        return {
            id(m)
            for m in self.ch.mentions
            if m.start in ends and m.end == m.start + 1 and self.r.low(m.start) in lx.DATE_NOUNS
        }

    def role_qualifiers(self) -> set[int]:
        """ "seller segment", "target department": a key column naming the role of the parent named next."""
        keys = {fk.column: fk.ref_table for fk in self.ch.parents.values()}
        out: set[int] = set()
        for m in self.ch.mentions:
            c = self.col(m) if m.kind == "column" and m.table == self.main.info.name else None
            if c is None or c.name not in keys:
                continue
            if any(x.start == m.end and x.table == keys[c.name] for x in self.ch.mentions):
                out.add(id(m))
        return out

    def negated(self, pos: int) -> bool:
        """True when a negation word governs the value at pos ("excluding Bergen and Oslo")."""
        for k in range(pos - 1, max(pos - 8, -1), -1):
            w = self.r.low(k)
            if w in lx.NEGATION_WORDS or (w == "than" and self.r.low(k - 1) == "other"):
                return True
            if w == "t" and self.r.low(k - 1) == "'" and self.r.low(k - 2).endswith("n"):
                return True  # "weren't shipped", "aren't due": the contraction is split into weren ' t
            if w not in _BETWEEN_DENIAL and not self._is_value_pos(k):
                return False
        return False

    def _is_value_pos(self, k: int) -> bool:
        return any(m.kind == "value" and m.start <= k < m.end for m in self.ch.mentions)

    def named_rows(self, m: Mention, c: ColumnEntry) -> ColumnEntry:
        """ "bottom 3 crop kinds by yield": another table's own code or key named by the table's words only (not by
        "code") stands for its rows, shown by their name."""
        table = self.idx.tables[c.table]
        if not c.is_id or c.table == self.main.info.name or table.label is None or table.label is c:
            return c
        if any((fk.table, fk.column) == (c.table, c.name) for fk in self.idx.foreign_keys):
            return c  # a key to a table further up names that table's rows
        spelled = {w for w in self.r.words[m.start : m.end] if w}
        return table.label if m.via == "name" and spelled and spelled <= set(table.words) else c

    def column_mention(self, m: Mention) -> None:
        """A column: its kind and the words around it decide its role."""
        c = self.col(m)
        if c is None or (m.end - m.start == 1 and self.r.low(m.start - 1) == "over" and self.r.low(m.start) == "time"):
            return  # "over time" asks for a time axis, not for running_time
        if self.yes_no(m, c) or self.missing(m, c) or self.not_happened(m, c) or self.still_pending(m, c):
            return
        c = self.named_rows(m, c)
        if self.counted_volume(m):
            return
        cue = self.cue(m.start) or ("dim" if self.r.entity_at & set(range(m.start, m.end)) else None)
        agg = self.r.agg_before(m.start)
        before = agg.start - 1 - (self.r.low(agg.start - 1) == "the") if agg else -1
        numbered = bool(agg and agg.agg == "count" and self.r.low(before) in {"by", "per", "across", "each", "for"})
        numbered = numbered and not self.own_key(c)  # "by number of jobs" on a job_no key counts the jobs
        # "top 5 tutors by number of classes": the count ranks the tutors, it groups nothing
        numbered = numbered and not (self.r.low(before) == "by" and self.ranking_by(before, m.start))
        if numbered:
            cue, agg = "dim", None  # "houses by number of bedrooms": the column is the grouping
        kind = c.info.kind
        if numbered and kind == "numeric":
            self.add_dim(c, m.end)
            return
        bucket: Bucket | None = next(
            (
                lx.BUCKET_WORDS[self.bucket_word(k)]
                for k in range(m.start, m.end)
                if self.bucket_word(k) in lx.BUCKET_WORDS and self.r.words[k] not in c.words
            ),
            None,
        )
        if kind == "temporal":
            if agg and agg.agg == "sum" and agg.end == m.start and m.via == "name" and self.r.low(m.end - 1).isalpha():
                # "total cancellations by month": an event's date said after "total" counts the rows it happened to
                self.bound.add(id(agg))
                self.add_measure(None, "count", True, singular(self.idx, self.r.tokens[m.end - 1].lower))
                agg = None
            nxt = self.r.words[m.end] if m.end < len(self.r.words) else None
            named_by = nxt is None or nxt in c.words or nxt == "date"  # "<x> date" names the date: no bucket
            after = None if named_by else lx.bucket_of(self.r.low(m.end))
            parents = c.table != self.main.info.name
            if after is None and not named_by and parents and self.r.low(m.end) in _EACH_BUCKET:
                after = lx.bucket_of(self.r.low(m.end + 1))  # "members joined each year": the year of joining
            bucket = bucket or after  # "by ship year": the bucket word right after the date's name
            if agg and agg.agg in ("min", "max"):
                self.add_measure(c, agg.agg, True)
                return
            if m.via == "concept" and not cue and not bucket:
                return  # "how many days …" counts rows; it does not ask for a time axis
            if bucket and self.period_alone(m, c):
                self.ro.time = bucket  # "revenue by day": the rows' own date by day, not a parent's date beside it
                return
            if not bucket and asks_no_axis(self.r, self.idx, self.ch, m):
                return  # "for each harvest crew": the date's verb names a kind of crew
            whole = self.r.low(m.start - 1) == "of" and self.r.low(m.start - 2) in lx.SHARE_NOUNS
            if whole and not cue and not bucket and not self.word_of_time():
                return  # "what share of orders were placed online": the rows the share is of, no time axis
            if not cue and not bucket and self.r.date is None and self.counted_events(m):
                # "which depot has the most dispatches": the rows that have that date, counted; no time axis
                self.ro.filters.append(Filter(column=ref(c), op="not_null", label=f"{c.name} is set"))
                return
            past = all(lx.past_form(self.r.tokens[k].lower) for k in range(m.start, m.end))
            verb = (
                self.participle_of_rows(m)
                or past
                or self.verb_of_asked_subject(m)
                or any(
                    x.end == m.start and (xc := self.col(x)) is not None and xc.info.kind == "numeric" and not xc.is_id
                    for x in self.ch.mentions
                )
            )  # "amount paid": right after a measure, the participle only says which measure
            if verb and not cue and not bucket and self.r.date is None and not self.word_of_time(named=True):
                if passive_event(self.r, c, m) or self.counted_participle(m, c):
                    # "how many items were returned", "top 5 riders by trips delivered": the rows it happened to
                    self.add_filter(Filter(column=ref(c), op="not_null", label=f"{c.name} is set"))
                return  # "total amount paid": the verb says which amount, it asks for no time axis
            if not cue and not bucket and self.r.date is not None and "trend" not in self.r.flags:
                # "the number of songs released since 2000": the verb anchors the range, one number; "loans applied
                # for in 2024 by type" groups by the type only (a bare range still becomes a trend, see run).
                if self.leads_range(m):  # "opened crates sealed in 2024": the date named right before the range
                    self.ro.date_col, self.range_date = ref(c), (c, m.end)
                self.ro.date_col = self.ro.date_col or ref(c)
                self.range_date = self.range_date or (c, m.end)
                return
            if bucket is not None and after is not None and parents and self.r.date is None:
                # "members joined each year" of the person row's join date: that date is the axis, by its bucket
                self.ro.taken.update(range(m.end, m.end + 1 + (self.r.low(m.end) in _EACH_BUCKET)))
                self.add_dim(c, m.end, after)
                return
            if bucket is not None:
                self.ro.time = bucket
            elif self.ro.time is None:
                self.ro.time = "auto"
            self.add_dim(c, m.end, None)
            return
        if not cue and not bucket and (agg is None or agg.agg == "count") and self.r.words[m.start]:
            said = set(self.r.words[m.start : m.end])
            if c.is_year and not said & _YEAR_WORDS:
                # "houses sold per year", "built after 2000": a year column named by its verb (YrSold, YearBuilt)
                # says when the rows happened; it is the time axis or the filtered year, never a measure.
                self.ro.date_col = self.ro.date_col or ref(c)
                return
            monthly = any(lx.bucket_of(w or "") == "month" for w in self.r.words)
            if c is month_column(self.main) and monthly and not said & lx.MONTH_WORDS:
                return  # "houses sold by month": MoSold is the month axis (time_dims), not a measure
        if kind in ("text", "boolean", "other") and self.r.over_all(m.start):
            return
        if kind in ("text", "boolean", "other"):
            adj = self.r.adjective
            if adj and not cue and m.via == "concept" and adj.end <= m.start < max(self.r.entity_at, default=-1):
                return  # "best rated films": "rated" qualifies the ranking, it names no grouping
            spelled = {w for w in self.r.words[m.start : m.end] if w}
            counted = agg is not None and agg.agg == "count" and not c.is_id and not set(c.words) <= spelled
            if not cue and (not agg or counted) and spelled <= set(self.main.words) and c is not self.main.label:
                # "rent revenue" on a rent receipts table: the table's own name, not its rent type; "how many boats"
                # of boat rentals counts the rentals, not the kinds of BoatClass.
                return
            said = self.r.tokens[m.start].lower
            if counted and not cue and c.head not in spelled and _kinds(c) and said.isalpha():
                # "number of sales" beside SaleCondition: the noun qualifies the noun of a column of a few kinds, so
                # the rows it calls sales are counted, not the kinds of condition (a column of as many values as
                # things, buyer_email, still counts the buyers).
                self.add_measure(None, "count", True, singular(self.idx, said))
                return
            if not cue and not agg and rows_named_before_grouping(self.r, m.start, m.end, c.head, c.words):
                return  # "signups by weekday" beside signup_source: the signups counted, not grouped by source
            if agg and agg.agg == "count" and c.is_id and patient(said, c.words):
                self.add_measure(None, "count", True, singular(self.idx, said))  # "trainees" of a trainer key
            elif agg and agg.agg == "count":
                self.add_measure(c, "count_distinct", True)
            else:
                self.add_dim(c, m.end)
            if c is self.main.label and not cue:
                self.ro.entity = ref(c)
            return
        if c.is_id:
            named = self.own_role(c) or self.parent_name(c)
            if named is not None and not agg and ((not cue and self.attributed(m)) or self.asked_of_each(m)):
                self.ro.row_cols.append(named)  # "staff with their manager's name": each row's manager, named
                return
            if agg and agg.agg == "count":
                said = self.r.tokens[m.start].lower
                self.add_measure(
                    None, "count", True, singular(self.idx, said) if said.isalpha() else self.r.words[m.start]
                )
            elif c.table == self.main.info.name and self.own_key(c) and ranks_by_rows(self.r, self.ch, m):
                said = self.r.tokens[m.start].lower  # "top 3 agents by comments": the comments' own key, counted
                self.add_measure(None, "count", True, singular(self.idx, said))
            elif (
                c.table == self.main.info.name
                and self.own_key(c)
                and (rows := totalled_rows(self.r, self.idx, self.ch, m))
            ):
                # "total tickets" of a ticket key: the tickets counted
                noun = singular(self.idx, self.r.tokens[m.end - 1].lower)
                self.add_measure(None, "count", True, noun)
                self.ro.counted = counted_note(self.r, self.idx, m, rows)
            elif cue or self.having_subject(m):  # "genres with revenue over 100": the grouping a condition qualifies
                self.add_dim(c, m.end)
            else:
                # "inspections by district": the rows a key names are counted, called as the question calls them.
                said = self.r.tokens[m.start].lower
                said = row_noun(self.idx, c.table, said)  # "which parts were ordered most often": the sales
                self.ro.count_noun = singular(self.idx, said) if said.isalpha() else self.r.words[m.start]
            return
        small = (c.info.distinct_count or 999) <= 25 and "INT" in c.info.type.upper() and not c.additive
        over = self.r.low(m.start - 1) == "over" or self.r.low(m.start - 2) == "over"  # "over the years"
        # "hives with more swarms than …": the subject of a condition on groups is the grouping.
        subject = self.having_subject(m)
        if (cue or subject or (over and c.is_year)) and not agg and (c.is_year or small) and not self.ranks_by(m):
            self.add_dim(c, m.end)
            return
        if self.grouped_by_number(m, c, cue):
            self.add_dim(c, m.end)  # "number of employees by age": one bar per age, whatever the age's range
            return
        agg = agg or self.loose_agg(m.start)
        noun = self.r.tokens[m.end - 1].lower
        if (
            agg
            and agg.agg == "count"
            and m.via == "comment"
            and noun.isalpha()
            and self.r.words[m.end - 1] not in c.words
        ):
            # "number of stays" beside a rating whose comment says "post-stay": the stays are the rows, counted
            self.bound.add(id(agg))
            self.add_measure(None, "count", True, singular(self.idx, noun))
            return
        if agg:
            self.bound.add(id(agg))
            extras = self.chained(agg)
            if self.spread(extras, agg):
                self.add_measure(c, "range", True)  # "difference between the highest and lowest salary"
                return
            for extra in extras:  # "lowest and highest salary": one measure per aggregate word
                self.add_measure(c, extra.agg, True)
            a: Agg = "sum" if agg.agg == "count" and c.additive else agg.agg
            if agg.agg == "count" and not c.additive:
                a = "count_distinct" if agg.distinct else "count"
            self.add_measure(c, a, True)
        elif not any(x.column == ref(c) for x in self.ro.measures):  # "total time played": one figure named twice
            self.add_measure(c, default_agg(c), False)

    def counted_volume(self, m: Mention) -> bool:
        """ "order volume by month", "ticket volume per queue": the rows the noun before "volume" names, counted."""
        x = volume_of_rows(self.r, self.ch, m)
        key = self.col(x) if x is not None and x.kind == "column" else None
        if x is None or (x.kind == "column" and (key is None or not self.own_key(key))):
            return False
        noun = singular(self.idx, self.r.tokens[x.end - 1].lower)
        self.add_measure(None, "count", True, noun)
        self.ro.counted = counted_note(self.r, self.idx, x, f"{self.r.low(x.end - 1)} {self.r.low(m.start)}")
        return True

    def having_subject(self, m: Mention) -> bool:
        """ "hives with more swarms than …": the first mention, when a condition is on groups, is the grouping."""
        return any(f.having is not None for f in self.ro.filters) and m.start == min(x.start for x in self.ch.mentions)

    def days_of_week(self) -> None:
        """ "on weekends", "only on weekdays": the rows whose date falls on those days."""
        flags = self.r.flags
        op: FilterOp | None = "on_weekend" if "on_weekend" in flags else "on_weekday" if "on_weekday" in flags else None
        day = date_column(self.main, self.ro.dims, self.ro.date_col)
        if op is None or day is None or day.info.kind != "temporal":
            return
        label = "on weekends" if op == "on_weekend" else "on weekdays"
        self.ro.filters.append(Filter(column=ref(day), op=op, label=label))

    def named_days(self) -> None:
        """ "saturday orders by hour": the rows whose date falls on the days of the week named (ISO numbers)."""
        days = next(([int(d) for d in f.split(":")[1:]] for f in self.r.flags if f.startswith("days:")), None)
        day = date_column(self.main, self.ro.dims, self.ro.date_col)
        if not days or day is None or day.info.kind != "temporal":
            return
        names = ", ".join(_WEEKDAY_LABELS[d - 1] for d in days)
        self.ro.filters.append(Filter(column=ref(day), op="on_days", values=list(days), label=f"on {names}"))

    def leads_range(self, m: Mention) -> bool:
        """The date mention stands right before the question's date range ("arriving 27-31 Dec", "shipped in
        2024"): the range is of that date, whatever other date the question names first."""
        at = self.r.date_at
        return at is not None and m.end <= at and all(self.r.low(k) in _RANGE_LEADS for k in range(m.end, at))

    def hours_of_day(self) -> None:
        """ "between 10pm and 2am", "after 6pm": the rows whose time of day falls in those hours."""
        hours = next((f.split(":")[1:] for f in self.r.flags if f.startswith("hours:")), None)
        day = date_column(self.main, self.ro.dims, self.ro.date_col)
        if day is None or day.info.kind != "temporal" or "TIME" not in day.info.type.upper():
            day = next((c for c in self.main.columns if time_of_day(c)), None)  # a date and, apart, its time
        if hours is None or day is None:
            return
        start, end = int(hours[0]), int(hours[1])
        label = f"from {start}:00 to {end % 24}:00"
        self.ro.filters.append(Filter(column=ref(day), op="in_hours", values=[start, end], label=label))

    def _unknown_word(self, k: int) -> bool:
        """The word at k is no word of the catalog nor of the language's function words, and no mention covers it."""
        w = self.r.words[k]
        if w is None or not w.isalpha() or w in self.idx.vocab or self.r.low(k) in lx.STOPWORDS:
            return False
        return not any(m.start <= k < m.end for m in self.ch.mentions)

    def grouped_by_number(self, m: Mention, c: ColumnEntry, cue: str | None) -> bool:
        """A whole-number column right after "by" or "per" when the question already asked for its figure ("employee
        count by age", "number of staff by years of service"): a grouping, one group per value, not a second figure."""
        ranked = m.start in self.r.entity_at  # "which age has the most employees": the ages are ranked
        if cue != "dim" or not (ranked or self.r.low(m.start - 1) in {"by", "per"}) or c.info.kind != "numeric":
            return False
        if (c.info.distinct_count or _NUMBER_GROUPS + 1) > _NUMBER_GROUPS or self.ranks_by(m) or c.is_money:
            return False
        # the whole name said ("by years at company"), not only one of its words; its unit may go unsaid ("by tank
        # size" of a size in litres)
        needed = {w for w in c.key_words if c.unit is None or UNITS.get(w) != c.unit}
        if not needed <= {w for w in self.r.words[m.start : m.end] if w}:
            return False
        # "attrition rate by age": a rate or a share asked before the grouping word is the figure of each age.
        asked = [a for a in self.r.aggs if a.start < m.start - 1] or self.r.flags & {"rate", "share"}
        # "employees by age": the table's rows, named before the grouping word, are what is counted per value.
        rows = "rows" not in self.r.flags and any(
            t.kind == "table" and t.table == self.main.info.name and t.end == m.start - 1 for t in self.ch.mentions
        )
        if ranked:  # what they are ranked by is named after them
            return any(t.start >= m.end for t in self.ch.mentions)
        return bool(self.ro.measures or asked or rows)

    def own_key(self, c: ColumnEntry) -> bool:
        """The table's own key (an id about one value per row): its rows, never a grouping nor a figure."""
        rows = self.idx.tables[c.table].info.row_count
        return c.is_id and (c.info.distinct_count or 0) >= KEY_SHARE * max(rows, 1)

    def ranking_by(self, k: int, pos: int = -1) -> bool:
        """The "by" at k is the first after a ranked noun ("top 3 studios by check-ins", "the 5 best reps by won
        amount"): what follows ranks that noun, whatever it names (a key, a date, a yes/no), it groups nothing; a key
        to the ranked noun's own table at `pos` ("ports by number of departing crossings") says which of its roles
        the noun plays, so it is still that noun's grouping."""
        if self.r.top_n is None and self.r.adjective is None:
            return False
        ranked = [p for p in self.r.entity_at if p < k]
        if not ranked or any(self.r.low(j) == "by" for j in range(max(ranked) + 1, k)):
            return False
        nouns = {x.table for x in self.ch.mentions if x.kind == "table" and set(ranked) & set(range(x.start, x.end))}
        keys = {
            (fk.table, fk.column)
            for fk in self.idx.foreign_keys
            if fk.ref_table in nouns and fk.table == self.main.info.name
        }
        return not any((x.table, x.column) in keys for x in self.ch.mentions if x.start == pos and x.kind == "column")

    def ranks_by(self, m: Mention) -> bool:
        """ "top 3 vessels by capacity", "top 3 home ports by capacity", "the best crew by points": the column after "by" ranks the noun
        counted off before it (the table's rows or a grouping), it is not a grouping itself, however few values a
        small table gives it."""
        ranked = self.r.top_n is not None or self.r.adjective is not None  # "top 3 …", "the best crew by points"
        if not ranked or self.r.low(m.start - 1) != "by" or m.start in self.r.entity_at:
            return False
        adj = self.r.adjective
        return any(
            x.end < m.start
            and (self.r.entity_at & set(range(x.start, x.end)) or (adj is not None and x.start == adj.end))
            for x in self.ch.mentions
        )  # the noun counted off, or the one right after the superlative ("the largest vessel by capacity")

    def outranked(self) -> set[int]:
        """ "best selling genre by revenue", "top selling artists by revenue": the measure a participle before the
        ranked noun names ("selling": units) yields to the measure named after "by", which is what ranks them."""
        if self.r.top_n is None and self.r.adjective is None:
            return set()
        nouns = {m.start for m in self.ch.mentions if m.kind == "table"}
        said = [
            m
            for m in self.ch.mentions
            if m.kind == "column" and m.via == "concept" and m.end in nouns and self.r.low(m.end - 1).endswith("ing")
        ]
        by = [m for m in self.ch.mentions if m.kind == "column" and self.r.low(m.start - 1) == "by"]
        return {id(m) for m in said if any(b.start > m.end for b in by)}

    def attributed(self, m: Mention) -> bool:
        """A role named as something each row has: "with their manager", "and its parent", "manager's name", "who they
        report to"."""
        before = self.r.low(m.start - 1)
        asked = before in _SUBJECTS and self.r.low(m.start - 2) in {"who", "whom"}
        return before in _OWNERS or asked or self.r.low(m.end) in {"name", "names"}

    def asked_of_each(self, m: Mention) -> bool:
        """ "who does each employee report to", "whom did every clerk answer to": a role of each row of the table
        named between the question word and the role."""
        named = next(
            (t for t in self.ch.mentions if t.kind == "table" and m.start in (t.end, t.start) and t.end < m.end), None
        )  # the table's noun before the role, or read as the role's first word ("employee report" of ReportsTo)
        k = named.start - 1 if named is not None else -1
        if named is None or self.r.low(k) not in {"each", "every"}:
            return False
        return self.r.low(k - 1) in {"who", "whom"} or (
            self.r.low(k - 1) in {"does", "do", "did"} and self.r.low(k - 2) in {"who", "whom"}
        )

    def head_values(self, m: Mention) -> list[Mention]:
        """A value mention; for a word heading several values of its column ("leaves": "paid leave",
        "unpaid leave"), one per value."""
        if m.via != "head":
            return [m]
        self.headed.append(ColumnRef(table=m.table, column=m.column or ""))
        heads = self.idx.value_heads.get(self.r.tokens[m.start].stem, [])
        return [replace(m, value=v) for t, c, v in heads if (t, c) == (m.table, m.column)] or [m]

    def denied(self, pos: int) -> bool:
        """A negation right before pos, over auxiliaries only: "not shipped", "haven't been returned", "non-returned"."""
        for k in range(pos - 1, max(pos - 6, -1), -1):
            w = self.r.low(k)
            if w in lx.DENIALS:
                return True
            if w not in lx.AUXILIARIES:
                return False
        return False

    def add_filter(self, f: Filter) -> None:
        """A row condition, once per column."""
        if all(x.column != f.column or x.having is not None for x in self.ro.filters):
            self.ro.filters.append(f)

    def figure_qualified(self, m: Mention) -> bool:
        """ "reps by won amount", "accounts by paid total": after a grouping word, a flag's word directly before a
        figure says which rows the figure adds up; the grouping is the figure's ranking, never the flag."""
        return any(
            n.start == m.end
            and n.kind == "column"
            and (f := self.col(n)) is not None
            and f.flag is None
            and f.info.kind == "numeric"
            and not f.is_id
            for n in self.ch.mentions
        )

    def yes_no(self, m: Mention, c: ColumnEntry) -> bool:
        """A yes/no column named as a property of the rows ("discontinued items", "orders that were not
        returned", "growers who get a subsidy"): the rows where it is yes (no when denied), unless the question
        groups by it ("by returned") or aggregates it."""
        if c.flag is None or (self.cue(m.start) and not self.figure_qualified(m)):
            return False
        # "the overall attrition rate": the share of its yes rows, whatever aggregate word comes before.
        rated = "rate" in self.r.flags and self.r.low(m.end) in RATE_NOUNS
        agg = self.r.agg_before(m.start)
        if (
            agg is not None
            and agg.agg != "count"
            and not rated
            and not qualifies_noun(self.r, self.ch.mentions, self.idx, m)
        ):
            return False
        if self.contrasted(m) or any(d.column == ref(c) for d in self.ro.dims):
            self.add_dim(c, m.end)  # "online vs offline orders", "fragile vs non-fragile": one group each side
            return True
        yes, no = c.flag
        denied = self.denied(m.start) != (m.via == "antonym")  # "late trips": not on time; "not late": on time
        label = f"{c.name} is {'not ' if denied else ''}{'true' if yes is True else yes}"
        self.add_filter(Filter(column=ref(c), op="=", values=[no if denied else yes], label=label))
        return True

    def contrasted(self, m: Mention) -> bool:
        """ "online vs offline", "insured or uninsured", "fragile versus not": a yes/no set against its opposite."""
        said = self.r.low(m.end - 1)
        before, after = self.r.low(m.start - 1), self.r.low(m.end)
        if before in _CONTRAST or after in _CONTRAST:
            return True
        other = self.r.low(m.end + 1)
        opposite = other.startswith(("non", "un", "not")) or (
            len(said) > 4 and other != said and other[-4:] == said[-4:]
        )
        return after in {"or", "and"} and opposite

    def not_happened(self, m: Mention, c: ColumnEntry) -> bool:
        """ "orders that were not shipped", "loans that haven't been returned": rows whose event date is empty; the
        date named again in the same clause ("haven't approved the budget" of budget_approved_on) is that condition too."""
        if c.info.kind != "temporal" or not c.info.nullable:
            return False
        empty = [f for f in self.ro.filters if f.op == "is_null" and f.column == ref(c)]
        if empty and m.start - max((x.end for x in self.ch.mentions if x.start < m.start), default=-9) <= 1:
            return True
        if not self.denied(m.start):
            return False
        self.add_filter(Filter(column=ref(c), op="is_null", label=f"no {c.name}"))
        return True

    def still_pending(self, m: Mention, c: ColumnEntry) -> bool:
        """ "repairs that are still underway", "open jobs": the state the column's comment says an empty value stands for
        ("NULL while the repair is still underway"), so the rows where it is empty."""
        said = {w for w in self.r.words[m.start : m.end] if w}
        if m.via != "comment" or not said & c.pending or not said <= c.pending | STATE_VERBS:
            return False
        self.add_filter(Filter(column=ref(c), op="is_null", label=f"no {c.name}"))
        return True

    def missing(self, m: Mention, c: ColumnEntry) -> bool:
        """ "patients with no insurance paid", "customers without a credit score": rows where the column is empty
        (a column that can be NULL), a filter rather than a measure; "orders that have remarks", "orders with a
        remark": rows where a text typed in is filled in."""
        k = m.start - 1 - (self.r.low(m.start - 1) in {"a", "an", "any", "some"})
        keyed = qualified_key(self.idx, self.r, m) is not None  # "no chosen reply": a key of the row left empty
        if keyed and having_said(self.r, m) and not self.denied(k):
            self.ro.filters.append(Filter(column=ref(c), op="not_null", label=f"{c.name} is set"))
            return True
        if keyed_event(self.idx, self.r, c, m):  # "users who were invited": the key to who invited them is set
            self.ro.filters.append(Filter(column=ref(c), op="not_null", label=f"{c.name} is set"))
            return True
        if empty_reference(self.idx, self.r, m, c, k):  # "repairs with no mechanic", "nobody assigned"
            self.ro.filters.append(Filter(column=ref(c), op="is_null", label=f"no {c.name}"))
            return True
        if not c.info.nullable or (c.is_id and not keyed):
            return False
        lacks = self.r.low(k) in {"have", "has", "having"} and self.denied(k)  # "customers who don't have a tier"
        if self.r.low(k) in {"no", "without", "missing", "lacking", "lack", "lacks"} or lacks:
            self.ro.filters.append(Filter(column=ref(c), op="is_null", label=f"no {c.name}"))
            return True
        typed = c.info.kind == "text" and c.flag is None and not self.cue(m.start) and c is not self.main.label
        # The column ends the question or what follows asks for something else ("with remarks by till", "in 2024").
        ends = m.end == len(self.r.tokens) or self.r.low(m.end) in {"by", "per", "in", "across", "since", "for"}
        said = self.r.low(k) in {"with", "have", "has", "having"} and ends
        if typed and said:
            self.ro.filters.append(Filter(column=ref(c), op="not_null", label=f"{c.name} is set"))
            return True
        return False

    def counted_events(self, m: Mention) -> bool:
        """ "the most dispatches", "number of returns by store": a date's name as a plural noun counted, with no
        word of time in the question, names what that date records, not a time axis."""
        last = self.r.low(m.end - 1)
        plural = last.endswith("s") and not last.endswith(("ss", "ed", "ing"))
        k = m.start
        while (said := next((x for x in self.ch.mentions if x.kind == "value" and x.end == k), None)) is not None:
            k = said.start  # "number of rejected orders": the values that qualify the noun stand between
        # "total due of rejected orders": the rows a figure is taken of, as "number of" counts them
        counted = (
            self.r.agg_before(k) is not None
            or self.r.low(k - 1) == "of"
            or any(t.lower in {"most", "fewest", "least"} for t in self.r.tokens)
        )
        # "orders by status": the noun grouped by a name that is no time counts the rows, as "number of" would
        grouped = any(
            self.r.low(x.start - 1) in {"by", "per"}
            and x.start > m.end
            and ((xc := self.col(x)) is None or xc.info.kind != "temporal")
            for x in self.ch.mentions
        )
        return plural and (counted or grouped) and not self.word_of_time()

    def counted_participle(self, m: Mention, c: ColumnEntry) -> bool:
        """ "by trips delivered", "number of loans returned": a nullable date's participle right after the plural noun
        counted (after a count or a ranking's "by") says the event happened to the rows counted."""
        k = m.start - 1
        noun = self.r.low(k)
        plural = noun.isalpha() and noun.endswith("s") and not noun.endswith("ss")
        if m.end - m.start != 1 or not c.info.nullable or not lx.past_form(self.r.low(m.start)) or not plural:
            return False
        j = k - 1 - (self.r.low(k - 1) == "of")
        agg = self.r.agg_before(k)
        return (agg is not None and agg.agg == "count") or (self.r.low(j) == "by" and self.ranking_by(j))

    def participle_of_rows(self, m: Mention) -> bool:
        """A date named by its verb, alone or after its table's noun ("shipped", "line items shipped"): the verb says
        which date, never a time axis."""
        own = set(self.idx.tables[m.table].words)
        span = range(m.start, m.end)
        verbs = [k for k in span if self.r.tokens[k].lower.endswith("ed")]
        return bool(verbs) and all(k in verbs or self.r.words[k] in own for k in span)

    def dated_at(self, pos: int) -> bool:
        """A date column is named at pos (by its verb: "did each clerk approve"), not a noun ("each customer segment")."""
        return any(
            m.start == pos and (c := self.col(m)) is not None and c.info.kind == "temporal" for m in self.ch.mentions
        )

    def verb_of_asked_subject(self, m: Mention) -> bool:
        """ "how many claims did each clerk approve": the date's verb right after the question's subject says
        which date, it asks for no time axis."""
        if self.r.low(m.start - 1) in _PRONOUNS and _asked_subject(self.r, m.start - 1):
            return True  # "and how many did each one clear?", "how many did they ship?"
        return any(x.kind == "table" and x.end == m.start and _asked_subject(self.r, x.start) for x in self.ch.mentions)

    def word_of_time(self, named: bool = False) -> bool:
        """A word of time anywhere in the question: a bucket ("monthly", "by week"), a trend or a cycle ("by day of
        the week"); then a date's name asks for a time axis. With `named`, not the word of a date's own name ("after
        the due date")."""
        inside = {k for m in self.ch.mentions if named and self.dated(m) for k in range(m.start, m.end)}
        return any(t.lower in lx.BUCKET_WORDS for k, t in enumerate(self.r.tokens) if k not in inside) or bool(
            self.r.flags & (CYCLES | {"trend"})
        )

    def dated(self, m: Mention) -> bool:
        """A mention of a date column by more words than its time word ("due date", not "date")."""
        c = self.col(m)
        return c is not None and c.info.kind == "temporal" and m.end - m.start > 1

    def spread(self, extras: list[AggWord], agg: AggWord) -> bool:
        """ "the difference/gap between the highest and (the) lowest X": the range of X, one number per group."""
        if len(extras) != 1 or {extras[0].agg, agg.agg} != {"max", "min"}:
            return False
        k = extras[0].start - 1 - (self.r.low(extras[0].start - 1) == "the")
        return self.r.low(k) == "between" and self.r.low(k - 1) in {"difference", "gap", "spread", "range"}

    def chained(self, agg: AggWord) -> list[AggWord]:
        """Aggregate words listed before `agg` ("min, max and average"), first to last, counts left out."""
        out: list[AggWord] = []
        k = agg.start - 1
        k -= self.r.low(k) == "the" and self.r.low(k - 1) in {"and", ",", "or", "/"}  # "highest and the lowest"
        while True:
            if self.r.low(k) in {"and", ",", "or", "/"}:  # "min / avg / max"
                hit = next((a for a in self.r.aggs if a.end - 1 == k - 1), None)
            else:  # "min, average and max": the tokens keep no comma, the question does
                hit = next((a for a in self.r.aggs if a.end - 1 == k), None)
                after = self.r.tokens[k + 1].text if hit is not None and k + 1 < len(self.r.tokens) else ""
                if hit is not None and not re.search(rf"\b{re.escape(self.r.tokens[k].text)}\s*[,/]\s*{re.escape(after)}\b",
                                                     self.r.question, re.IGNORECASE):  # fmt: skip
                    hit = None
            if hit is None:
                break
            if hit.agg != "count":
                out.insert(0, hit)
            k = hit.start - 1
        return out

    def adjective_measure(self, c: ColumnEntry) -> None:
        """The measure a superlative ranks by: "heaviest" → weight, "oldest" → the earliest date."""
        adj = self.r.adjective
        if self.ro.measures:
            # "largest", "smallest": of whatever is named next
            end = adj.end if adj is not None and adj.concept == "size" else None
            after = [self.col(m) for m in self.r.mentions if m.start == end and m.kind == "column"]
            named = [ref(x) for x in after if x is not None]
            if all(m.column != ref(c) and m.column not in named for m in self.ro.measures):
                self.ro.rank_by = ref(c)  # ("the largest amount" ranks by the amount named, not a quantity)
            return
        agg = next((a for a in self.r.aggs if adj and a.start == adj.start and a.agg != "count"), None)
        if c.info.kind == "numeric":
            if agg is not None and self.r.top_n is None:
                self.add_measure(c, agg.agg, True)  # "largest single order": the maximum, not a ranking
            elif (
                adj is not None
                and adj.concept in lx.INTENSIVE_CONCEPTS
                and line_pair(self.idx, self.idx.tables[c.table]) is None
            ):
                # "the most expensive makes", "the heaviest breeds": a figure of each thing, averaged over a
                # group, whatever a total of it would add up to (the price of one unit on a line is part of a whole: summed)
                self.add_measure(c, "avg", False)
            else:
                self.add_measure(c, default_agg(c), False)
            return
        desc = self.r.adjective.desc if self.r.adjective else True
        self.add_measure(c, "max" if desc else "min", False)

    def compared(self) -> None:
        """ "compare A and B", "A and B over time" (values of one column): one group or line per value."""
        compare = bool({t.lower for t in self.r.tokens} & lx.COMPARE_WORDS)
        timed = bool(self.ro.time or self._time_dim())
        if not compare and not timed and "breakdown" not in {t.lower for t in self.r.tokens}:
            return
        for f in self.ro.filters:
            named = f.column not in self.headed  # "leaves" names its values together, not one line each
            if f.op == "in" and f.having is None and named and all(d.column != f.column for d in self.ro.dims):
                c = self.idx.tables[f.column.table].col(f.column.column)
                if c is not None and (compare or len(self.ro.dims) <= int(self._time_dim())):
                    self.add_dim(c, -1)
        breakdown = "breakdown" in {t.lower for t in self.r.tokens}
        if (
            (compare or breakdown)
            and (self.ro.dims or self.ro.time)
            and not self.ro.measures
            and not self.r.aggs
            and self.ro.money_hint is None
        ):
            nums = [c for c in self.main.columns if c.info.kind == "numeric" and not c.is_id and not c.is_year]
            if len(nums) == 1 and not self._rows_named(nums[0]):
                self.add_measure(nums[0], default_agg(nums[0]), False)  # the table's only measure

    def _rows_named(self, measure: ColumnEntry) -> bool:
        """ "breakdown of requests", "noise complaints … vs …": the table's rows named by a plural noun (the table's
        name, or a kind column's name that is no grouping), which asks for their number, not for a measure; unless the
        noun is the measure's own head noun ("reservoir levels" with a water level)."""
        grouped = [d.column for d in self.ro.dims]
        for m in self.ch.mentions:
            w = self.r.tokens[m.end - 1].lower
            one = singular(self.idx, w)
            if m.table != self.main.info.name or not w.isalpha() or one == w or measure.words[-1:] == (lx.stem(one),):
                continue
            c = self.col(m) if m.kind == "column" else None
            if m.kind == "table" or (c is not None and c.info.kind == "text" and ref(c) not in grouped):
                return True
        return any(self._rows_qualify(m) for m in self.ch.mentions)

    def _rows_qualify(self, m: Mention) -> bool:
        """ "subscription status breakdown": the rows' own noun said before the grouping column's name (not part of
        it) says whose statuses are broken down, so the rows are counted."""
        c = self.col(m) if m.kind == "column" else None
        if c is None or m.table != self.main.info.name or ref(c) not in [d.column for d in self.ro.dims]:
            return False
        first = self.r.tokens[m.start]
        return m.end - m.start >= 2 and first.stem in self.main.words and first.stem not in c.words

    def _time_dim(self) -> bool:
        """True when a date or year column is already a dimension."""
        for d in self.ro.dims:
            c = self.idx.tables[d.column.table].col(d.column.column)
            if c is not None and (c.info.kind == "temporal" or c.is_year):
                return True
        return False

    def buckets(self) -> None:
        """Time-bucket words that did not name a column: "by month", "monthly", "over time"."""
        covered = {p for m in self.ch.mentions for p in range(m.start, m.end)} | self.ro.taken
        for i, t in enumerate(self.r.tokens):
            if i in covered or self.r.words[i] is None or lx.bucket_of(t.lower) is None:
                continue
            prev = self.r.low(i - 1 - (self.r.low(i - 1) == "calendar"))  # "by calendar month": by month
            entity = i in self.r.entity_at
            listed = prev == "and" and self._last_dim_end == i - 2  # "by store and year"
            if (
                t.lower in _NOUN_BUCKETS
                and prev not in _DIM_CUES | {"a", "over", "the", "each", "every"}
                and not entity
                and not listed
            ):
                continue
            self.ro.time = lx.bucket_of(t.lower)
        if self.ro.time is None and "trend" in self.r.flags:
            self.ro.time = "auto"
        if "weekday" in self.r.flags and self.ro.time in (None, "auto", "day"):
            self.ro.time = "weekday"
        if "part_of_week" in self.r.flags and self.ro.time in (None, "auto", "day", "weekday"):
            self.ro.time = "part_of_week"  # "weekends vs weekdays": two groups of days
        if "month_of_year" in self.r.flags and self.ro.time in (None, "auto", "month"):
            self.ro.time = "month_of_year"  # "by month of the year", "seasonal": all years' months together
        for cycle, within in (("hour_of_day", ("hour", "day")), ("quarter_of_year", ("quarter",))):
            if cycle in self.r.flags and self.ro.time in (None, "auto", *within):
                self.ro.time = cycle  # type: ignore[assignment]
        per_period = next((f.removeprefix("period:") for f in self.r.flags if f.startswith("period:")), None)
        if per_period is not None and self.ro.time in (None, "auto"):
            self.ro.time = per_period  # type: ignore[assignment]  # "year over year": one value per year
