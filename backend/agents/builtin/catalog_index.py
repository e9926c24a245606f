"""The catalog index: tables, columns, labels, dates, value and word lookups, built once per catalog."""

from __future__ import annotations

import datetime as dt
import math
import re
from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from typing import Literal

from backend.agents.builtin import lexicon as lx
from backend.agents.builtin.address_parts import holds_addresses
from backend.agents.builtin.app_labels import model_names
from backend.agents.builtin.json_columns import object_columns
from backend.agents.builtin.list_columns import indexed_values
from backend.agents.builtin.long_format import Column, LongFormat, figure_leads, long_formats
from backend.agents.builtin.models import ColumnRef, DateKey
from backend.agents.builtin.money_units import subunit_of
from backend.agents.builtin.name_parts import PART_NOUNS, name_parts
from backend.agents.builtin.naming import KIMBALL_WORDS, Naming, plain_words, read_naming
from backend.agents.builtin.people_keys import REPORTS_TO, SUPERIOR_WORDS, people_keys
from backend.agents.builtin.places import PlaceColumn, place_column
from backend.agents.builtin.quantities import Unit, column_unit, unit_nouns, unit_word
from backend.agents.builtin.squashed import says_what_it_holds
from backend.agents.builtin.value_keys import value_keys
from backend.models.catalog import Catalog, ColumnInfo, ForeignKey, TableInfo

MentionKind = Literal["table", "column", "value"]
UNIT_WORDS = frozenset({"mm", "cm", "m", "km", "g", "kg", "lb", "lbs", "usd", "eur", "pct", "in", "ft", "c", "f"})


@dataclass(slots=True)
class ColumnEntry:
    """A column with its precomputed words and roles."""

    table: str
    info: ColumnInfo
    words: tuple[str, ...]
    key_words: frozenset[str]
    is_id: bool
    is_money: bool
    additive: bool
    is_year: bool
    aliases: frozenset[str] = frozenset()  # content words of the column's comment: a second name
    expanded: frozenset[str] = frozenset()  # analysis words its abbreviated words stand for: qty → quantity
    # An integer key for a date (a key into a date dimension, or yyyymmdd digits): a temporal column here.
    date_key: DateKey | None = None
    # A yes/no column (BOOLEAN, Y/N, Yes/No, 0/1): (the value meaning yes, the value meaning no).
    flag: tuple[bool | str | int, bool | str | int] | None = None
    # The column's name for output when the catalog's tags or its table's shared prefix make up part of it
    # (curFee → fee, wrk_pay_amt → pay_amt); empty when its name is already its own words.
    label: str = ""
    # Money in subunits (fare_cents): how many make one whole unit, and the column's name in whole units.
    subunit: tuple[int, str] | None = None
    # The state of a row its comment says an empty value stands for ("NULL while the job is still open" → open).
    pending: frozenset[str] = frozenset()
    # The unit of a physical quantity its figures are in (trip_s, weight_g, a comment saying "in seconds").
    unit: Unit | None = None
    # The last word its name is spelled with, the noun the others qualify (condition of SaleCondition).
    head: str = ""

    @property
    def name(self) -> str:
        """Column name."""
        return self.info.name


@dataclass(slots=True)
class TableEntry:
    """A table with its columns and the columns that play special roles."""

    info: TableInfo
    words: tuple[str, ...]
    columns: list[ColumnEntry]
    label: ColumnEntry | None = None
    date: ColumnEntry | None = None
    year: ColumnEntry | None = None
    month: ColumnEntry | None = None  # the table's one whole-number month column (MoSold, month_no: 1 to 12)
    # A type 2 dimension's flag of the current version of each row (is_current): its own rows are counted by it.
    current: ColumnEntry | None = None
    # What tells a type 2 dimension's members apart across their versions: its natural key (or its name column).
    member: ColumnEntry | None = None
    calendar: bool = False  # a date dimension that facts' date keys reference: its month, year … are time buckets
    # A person's name written in parts: the columns after the label (a given name) that complete it (a surname).
    name_parts: tuple[str, ...] = ()
    # JSON columns read through their keys (json_columns): named by those keys, never as the whole object.
    objects: frozenset[str] = frozenset()
    # Of those, the ones holding records of their own (a person behind the row): (the column, its naming key's column).
    records: tuple[tuple[str, str], ...] = ()

    def col(self, name: str) -> ColumnEntry | None:
        """The column called `name`."""
        return next((c for c in self.columns if c.name == name), None)


@dataclass(slots=True)
class Mention:
    """A span of question tokens that names a table, a column or a value."""

    start: int
    end: int
    kind: MentionKind
    table: str
    column: str | None
    score: float
    via: str = "name"
    value: str | None = None
    spec: float = 1.0  # how specific the words are to this table (idf), for table choice


@dataclass(slots=True)
class CatalogIndex:
    """Everything the parser needs from a catalog, computed once per catalog."""

    catalog: Catalog
    tables: dict[str, TableEntry] = field(default_factory=dict[str, TableEntry])
    by_word: dict[str, list[ColumnEntry]] = field(default_factory=dict[str, list[ColumnEntry]])
    values: dict[tuple[str, ...], list[tuple[str, str, str]]] = field(
        default_factory=dict[tuple[str, ...], list[tuple[str, str, str]]]
    )
    idf: dict[str, float] = field(default_factory=dict[str, float])
    vocab: set[str] = field(default_factory=set[str])
    value_words: set[str] = field(default_factory=set[str])
    # A table name written as one word ("shipmentlines") found from its words written apart ("shipment lines").
    compounds: dict[str, list[str]] = field(default_factory=dict[str, list[str]])
    # A table's name of several words written as one word ("salesperson" for SalesPerson) → those tables.
    squeezed: dict[str, list[str]] = field(default_factory=dict[str, list[str]])
    # A column name written as one word ("blockrow", "BLOCKROW"), stemmed, found from its words written apart.
    joined: dict[str, list[ColumnEntry]] = field(default_factory=dict[str, list[ColumnEntry]])
    # A table's model name in an `<app>_<model>` catalog, written as one word: "orders" ↔ shop_order (app_labels).
    models: dict[str, list[str]] = field(default_factory=dict[str, list[str]])
    # A column name of two words, written as one in a question: "overtime" → OverTime, "weekend" → week_end.
    squeezed_columns: dict[str, list[ColumnEntry]] = field(default_factory=dict[str, list[ColumnEntry]])
    codes: dict[str, list[ColumnEntry]] = field(default_factory=dict[str, list[ColumnEntry]])  # "A" → [grade]
    # What a code means where a column's comment says it: (table, column, "4") → "Rejected".
    meanings: dict[tuple[str, str, str], str] = field(default_factory=dict[tuple[str, str, str], str])
    # The last word of several values of one column ("leave" of "paid leave" and "unpaid leave"): the
    # question's word for all of them.
    value_heads: dict[str, list[tuple[str, str, str]]] = field(default_factory=dict[str, list[tuple[str, str, str]]])
    # One-word values by their beginnings ("horti" → Horticulture): a value the question writes short.
    value_prefixes: dict[str, list[tuple[str, str, str]]] = field(default_factory=dict[str, list[tuple[str, str, str]]])
    # The catalog owner's phrases → the words of its names they stand for (Catalog.synonyms), lower-case tokens.
    synonyms: dict[tuple[str, ...], tuple[str, ...]] = field(default_factory=dict[tuple[str, ...], tuple[str, ...]])
    # Declared foreign keys and the ones the names imply (`implied_keys`): what joins and key roles use.
    foreign_keys: list[ForeignKey] = field(default_factory=list[ForeignKey])
    # Keys named after the rows they point at without an id word (`named_keys`): their values are what people call
    # those rows ("parish 4"), so a grouping by the key shows the key itself.
    named_keys: frozenset[tuple[str, str]] = frozenset()
    house: frozenset[str] = frozenset()  # first words of table names that are a convention (t_, hr_, tbl): no name
    type_tags: frozenset[str] = frozenset()  # first words of column names that say their type (int, str, dtm)
    # Words of names and values as written (not stemmed): which singular a plural has ("categories" → category).
    raw_words: set[str] = field(default_factory=set[str])
    # (words typo correction leaves alone, words it corrects towards): filled by the spelling stage on first use.
    spelling: tuple[frozenset[str], frozenset[str]] | None = None
    # Text columns whose values are places of one kind, ISO 3166 codes or names of nations or their provinces.
    places: list[PlaceColumn] = field(default_factory=list[PlaceColumn])
    # Words of the values of the tables that store nations: filled by the places stage on first use.
    nation_table_words: frozenset[str] | None = None
    # Tables in long format (a figure's name in a column, its number in one value column), by table name.
    long: dict[str, LongFormat] = field(default_factory=dict[str, LongFormat])


def shared_prefix(table: TableInfo) -> str | None:
    """A first word every column of the table starts with (wrk_id, wrk_name → wrk): it names the table, not them."""
    return lx.shared_first_word(tuple(c.name for c in table.columns))


# A beginning short enough to be an abbreviation, not another name that starts the same ("ortho" ≠ Orthodox).
PREFIX_SHARE = 0.6
VALUE_PREFIX = 4  # the shortest beginning of a one-word value that names it ("horti" for Horticulture)
LABEL_SHARE = 0.2  # a name column names rows when it has a value for at least this share of them
UNIQUE_SHARE = 0.9  # distinct counts are estimates: a key column has about as many values as its table has rows
KEY_SHARE = 0.8  # a table's own key, by an estimate that may be a tenth short on a few hundred rows


# Plurals that are no singular with an s: a people table's key is a person id.
_IRREGULAR = {"people": "person", "persons": "person", "men": "man", "women": "woman", "children": "child"}


def _names_table(own: set[str], table: set[str]) -> bool:
    """Every word of a key (without its id word) is a word of the table's name or abbreviates one (emp ↔ employee)."""
    table = table | {_IRREGULAR[w] for w in table if w in _IRREGULAR}
    return all(w in table or any(lx.abbreviates(w, t) for t in table) for w in own)


def _own_words(t: TableInfo, c: ColumnInfo, naming: Naming) -> tuple[str, ...]:
    """A column's words without the tag its table's columns all start with: a child's o_<x>key and its parent's
    c_<x>key are both (<x>, key)."""
    words = naming.column_words(c.name)
    tag = shared_prefix(t)
    table = name_of_table(t.name, naming.tables, naming.squashed)
    # A tag that is the table's own name (ProductId, ProductName in Product) is the key's word, kept.
    named = tag is not None and any(tag == w or lx.abbreviates(tag, w) for w in table)
    return words[1:] if tag and not named and words[:1] == (tag,) and len(words) > 1 else words


def implied_keys(catalog: Catalog, naming: Naming) -> list[ForeignKey]:
    """Foreign keys a catalog without declared ones implies by its names: a table's own key ("Rider ID" in
    Riders: its words name the table, about one value per row, an id word) referenced by a column of the same
    name in another table where it repeats ("Rider ID" in Trips), or by a column that is that name after words
    saying the role the referenced row plays (approver_emp_id, ArrivalDateKey). Declared keys are never
    second-guessed."""
    declared = {(fk.table, fk.column) for fk in catalog.foreign_keys}
    parents: dict[tuple[str, ...], tuple[TableInfo, ColumnInfo]] = {}
    bare: dict[tuple[str, ...], tuple[TableInfo, ColumnInfo]] = {}
    for t in catalog.tables:
        table = set(name_of_table(t.name, naming.tables, naming.squashed))
        for c in t.columns:
            words = _own_words(t, c, naming)
            own = set(words) - lx.ID_WORDS
            unique = (c.distinct_count or 0) >= KEY_SHARE * max(t.row_count, 1)
            if (t.name, c.name) in declared:
                continue  # a key declared to another table's rows (a bridge's BookId) is no key of its own table
            if set(words) & lx.ID_WORDS and own and _names_table(own, table) and unique and words not in parents:
                parents[words] = (t, c)
            elif words and set(words) <= lx.ID_WORDS and unique and table:
                # A key called "Id" alone is the table's key as its name writes it: RiderId or rider_id elsewhere.
                bare[(*name_of_table(t.name, naming.tables, naming.squashed), *words)] = (t, c)
    # Named by the table's name alone, a key is trusted only where the column's values can be its values.
    parents |= {k: v for k, v in bare.items() if k not in parents}
    out: list[ForeignKey] = []
    for t in catalog.tables:
        for c in t.columns:
            words = _own_words(t, c, naming)
            hit = parents.get(words)
            if hit is None:  # a role before the key's name: the longest key name the column ends with
                ends = [k for k in parents if len(words) > len(k) and words[-len(k) :] == k]
                hit = parents[max(ends, key=len)] if ends else None
                if hit is not None and hit[1].kind != c.kind:
                    hit = None
            if hit is not None and hit in bare.values() and (hit[1].kind != c.kind or not _values_within(c, hit[1])):
                hit = None
            if hit is None or hit[0].name == t.name or (t.name, c.name) in declared:
                continue
            if (c.distinct_count or 0) >= UNIQUE_SHARE * max(t.row_count, 1) and t.row_count > 1 and _copies(t, hit[0]):
                continue  # one value per row on both sides: a one-to-one copy (a view), no many-to-one key
            out.append(ForeignKey(table=t.name, column=c.name, ref_table=hit[0].name, ref_column=hit[1].name))
    return out


def named_keys(catalog: Catalog, naming: Naming, known: list[ForeignKey]) -> list[ForeignKey]:
    """Keys named after a table's rows without an id word: a column of a table ending on the table's head noun and
    holding all its words (civilParish in Parishes, berth in Berths), about one value per row, whole
    numbers or text; referenced by a column of the same name in another table where it repeats and whose values can
    be its values. Columns already keys are left alone."""
    taken = {(fk.table, fk.column) for fk in known}
    parents: dict[tuple[str, ...], tuple[TableInfo, ColumnInfo]] = {}
    for t in catalog.tables:
        table = name_of_table(t.name, naming.tables, naming.squashed)
        for c in t.columns:
            words = _own_words(t, c, naming)
            whole = c.kind == "text" or _integer(c)
            unique = (c.distinct_count or 0) >= KEY_SHARE * max(t.row_count, 1) and t.row_count > 1
            own = bool(table) and words[-1:] == table[-1:] and set(table) <= set(words)
            if whole and unique and own and not set(words) & lx.ID_WORDS and (t.name, c.name) not in taken:
                parents.setdefault(words, (t, c))
    out: list[ForeignKey] = []
    for t in catalog.tables:
        for c in t.columns:
            hit = parents.get(_own_words(t, c, naming))
            if hit is None or hit[0].name == t.name or (t.name, c.name) in taken or not _values_within(c, hit[1]):
                continue
            if (c.distinct_count or 0) >= UNIQUE_SHARE * max(t.row_count, 1):
                continue  # one value per row on both sides: a one-to-one copy, no many-to-one key
            out.append(ForeignKey(table=t.name, column=c.name, ref_table=hit[0].name, ref_column=hit[1].name))
    return out


def _values_within(child: ColumnInfo, parent: ColumnInfo) -> bool:
    """The child column's values can be the parent's: the same kind, text values among the parent's, numbers inside
    its range (what the catalog knows of them)."""
    if child.kind != parent.kind:
        return False
    if child.values is not None and parent.values is not None:
        return set(child.values) <= set(parent.values)
    low, high = (child.min, child.max), (parent.min, parent.max)
    if all(isinstance(v, int | float) for v in (*low, *high)):
        return float(parent.min or 0) <= float(child.min or 0) and float(child.max or 0) <= float(parent.max or 0)
    return True


def _copies(t: TableInfo, ref: TableInfo) -> bool:
    """Two tables sharing columns beside the key that links them: one copies the other (a view of it). A table of
    its own (a member's row beside the person it is) shares the key alone."""
    theirs = {c.name.lower() for c in ref.columns}
    return sum(c.name.lower() in theirs for c in t.columns) > 1


def name_of_table(
    name: str, house: frozenset[str], squashed: Mapping[str, tuple[str, ...]] | None = None
) -> tuple[str, ...]:
    """Words of a table name without the catalog's table tag (t_, tbl), nor a warehouse's kind word, nor a version
    number glued to a word (Widget2, plan2: their rows are widgets, plans)."""
    glued = set(re.findall(r"(?<=[A-Za-z]{3})([0-9]+)(?![0-9])", name))
    words = tuple(w for w in plain_words(name, house, squashed) if w not in glued) or plain_words(name, house, squashed)
    return words[1:] if len(words) > 1 and words[0] in KIMBALL_WORDS else words


_DATE_WORDS = frozenset({"date", "day", "dt", "calendar"})
_INTEGER = ("INT", "BIGINT", "SMALLINT", "TINYINT", "HUGEINT", "UBIGINT", "UINTEGER", "USMALLINT", "UTINYINT")
CALENDAR_SHARE = 0.8  # a date dimension has about one row per date (its estimated distinct count)


def _integer(c: ColumnInfo | None) -> bool:
    return c is not None and c.kind == "numeric" and c.type.upper().startswith(_INTEGER)


def _ymd(v: str | int | float | None) -> dt.date | None:
    """The date an integer such as 20240131 spells, else None."""
    if not isinstance(v, int | float) or isinstance(v, bool) or not float(v).is_integer() or v < 10_000_101:
        return None
    n = int(v)
    try:
        return dt.date(n // 10_000, n // 100 % 100, n % 100)
    except ValueError:
        return None


def _calendar_date(dim: TableInfo, key: ColumnInfo) -> ColumnInfo | None:
    """The date column of a date dimension: a DATE (or timestamp) with about one row per value, in a table or
    behind a key whose name is about dates (a date dimension, its date key, a calendar)."""
    named = set(lx.name_words(dim.name)) | set(lx.name_words(key.name))
    if not named & _DATE_WORDS:
        return None
    days = [
        c
        for c in dim.columns
        if c.kind == "temporal" and (c.distinct_count or 0) >= CALENDAR_SHARE * max(dim.row_count - 1, 1)
    ]
    return next((c for c in days if "date" in lx.name_words(c.name)), days[0] if days else None)


def _alias(column: str, ref_words: set[str], taken: set[str]) -> str:
    """A readable alias for a date dimension joined along one key: its role and "date" (ship_date, due_date)."""
    role = [w for w in lx.name_words(column) if w not in lx.ID_WORDS | ref_words | _DATE_WORDS]
    name = "_".join([*role, "date"])
    while name in taken:
        name += "_d"
    return name


def date_keys(catalog: Catalog, foreign_keys: list[ForeignKey]) -> dict[tuple[str, str], DateKey]:
    """Integer columns that stand for dates: keys into a date dimension (their role says which date: ship_date_key,
    ShipDateKey), and, where no dimension exists, date-named integers holding yyyymmdd (20240131) values. Values
    of 0 or less are unknown or not-applicable members."""
    tables = {t.name: t for t in catalog.tables}
    taken = {t.name.lower() for t in catalog.tables}
    out: dict[tuple[str, str], DateKey] = {}
    for fk in foreign_keys:
        fact, dim = tables.get(fk.table), tables.get(fk.ref_table)
        key = fact.column(fk.column) if fact else None
        dimension_key = dim.column(fk.ref_column) if dim else None
        if dim is None or key is None or dimension_key is None or not _integer(key) or not _integer(dimension_key):
            continue
        day = _calendar_date(dim, dimension_key)
        if day is None or (fk.table, fk.column) in out:
            continue
        alias = _alias(fk.column, set(name_of_table(dim.name, frozenset())), taken)
        taken.add(alias)
        unknown = isinstance(key.min, int | float) and key.min <= 0
        out[(fk.table, fk.column)] = DateKey(
            column=ColumnRef(table=fk.table, column=fk.column),
            dimension=dim.name,
            dimension_key=dimension_key.name,
            day=day.name,
            alias=alias,
            unknown=unknown,
        )
    keyed = {(fk.table, fk.column) for fk in foreign_keys} | {(fk.ref_table, fk.ref_column) for fk in foreign_keys}
    for t in catalog.tables:
        for c in t.columns:
            if (t.name, c.name) in keyed or not _integer(c) or not set(lx.name_words(c.name)) & _DATE_WORDS:
                continue
            if _ymd(c.max) is None or (_ymd(c.min) is None and not (isinstance(c.min, int | float) and c.min <= 0)):
                continue
            unknown = _ymd(c.min) is None
            out[(t.name, c.name)] = DateKey(column=ColumnRef(table=t.name, column=c.name), unknown=unknown)
    for t in catalog.tables:
        for c in t.columns:
            read_as = text_temporal(c)
            if read_as is not None and (t.name, c.name) not in keyed:
                out[(t.name, c.name)] = DateKey(column=ColumnRef(table=t.name, column=c.name), text=read_as)
    return out


_ISO_FORMS = (
    ("DATE", re.compile(r"\d{4}-\d{2}-\d{2}")),
    ("TIMESTAMP", re.compile(r"\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?")),
    ("TIME", re.compile(r"\d{2}:\d{2}:\d{2}(\.\d+)?")),
)


def text_temporal(c: ColumnInfo) -> str | None:
    """DATE, TIMESTAMP or TIME for a text column the catalog found holding only ISO dates, timestamps or times of
    day (its range is then the first and the last of them, written the ISO way); None otherwise."""
    if c.kind != "text" or not isinstance(c.min, str) or not isinstance(c.max, str):
        return None
    return next((name for name, form in _ISO_FORMS if form.fullmatch(c.min) and form.fullmatch(c.max)), None)


_SCALE_WORDS = lx.MEASURE_WORDS["rating"] | {"level", "rank", "satisfaction", "likert", "scale"}


def _as_codes(col: ColumnInfo) -> ColumnInfo:
    """A number column whose comment explains its numbers one by one ("1 = In process; 5 = Shipped") read as the
    codes it holds: a category grouped and filtered by its codes' meanings, never a figure to add up or average."""
    pairs = coded_values(col) if col.kind == "numeric" else []
    # Every value explained (one may be left out, an "unknown"), and no scale: a rating from "1 = poor" to
    # "5 = excellent" is still averaged.
    if not pairs or len(pairs) < (col.distinct_count or 0) - 1 or set(lx.name_words(col.name)) & _SCALE_WORDS:
        return col
    codes = [code for code, _ in pairs]
    return col.model_copy(
        update={
            "kind": "text",
            "values": codes,
            "samples": codes[:5],
            "min": None,
            "max": None,
            "p01": None,
            "p99": None,
        }
    )


def _as_date(col: ColumnInfo, key: DateKey, catalog: Catalog) -> ColumnInfo:
    """A date key's figures as a date column's: its first and last dates (ISO), no numeric percentiles."""
    if key.text is not None:  # dates written as text: their values are no names to look up
        return col.model_copy(update={"kind": "temporal", "type": key.text, "values": None, "samples": []})
    lo, hi = _ymd(col.min) or _ymd(col.p01), _ymd(col.max) or _ymd(col.p99)
    dim = catalog.table(key.dimension) if key.dimension else None
    day = dim.column(key.day) if dim and key.day else None
    first = lo.isoformat() if lo else (day.min if day else None)
    last = hi.isoformat() if hi else (day.max if day else None)
    return col.model_copy(
        update={"kind": "temporal", "type": "DATE", "min": first, "max": last, "p01": None, "p99": None, "samples": []}
    )


def _date_key_entry(entry: ColumnEntry, key: DateKey) -> ColumnEntry:
    """A date key's entry: a date named by its words without the key word (ship_date_key → ship date)."""
    words = tuple(w for w in entry.words if w not in lx.ID_WORDS) or entry.words
    return replace(
        entry,
        words=words,
        key_words=frozenset(w for w in entry.key_words if w not in lx.ID_WORDS) or frozenset(words),
        is_id=False,
        is_money=False,
        additive=False,
        is_year=False,
        date_key=key,
    )


def _member(entry: TableEntry, keys: list[ForeignKey]) -> ColumnEntry | None:
    """A type 2 dimension's natural key: a key column no other table references (those reference one version each),
    repeated across versions; else its name column."""
    versions = {fk.ref_column for fk in keys if fk.ref_table == entry.info.name}
    rows = max(entry.info.row_count, 1)
    natural = [
        c for c in entry.columns if c.is_id and c.name not in versions and (c.info.distinct_count or rows) < rows
    ]
    return natural[0] if natural else entry.label


_CURRENT_WORDS = frozenset({"is", "current", "flag", "row", "record", "version", "ind", "indicator", "yn", "curr"})


def _current_flag(entry: TableEntry) -> ColumnEntry | None:
    """A type 2 dimension's flag of each row's current version (is_current, CurrentFlag): a boolean
    or a Y/N column whose name says nothing else."""
    for c in entry.columns:
        words = set(c.words)
        if not words & {"current", "curr"} or not words <= _CURRENT_WORDS:
            continue
        if c.info.kind == "boolean" or {v.strip().upper() for v in c.info.values or []} == {"Y", "N"}:
            return c
    return None


_KEY_ENDINGS = frozenset({"id", "key", "uuid", "guid", "pk", "fk"})
_NUMBER_WORDS = frozenset({"number", "num", "no", "nr"})
_NUMBERED_ROWS = 20  # fewer rows may hold distinct numbers that are figures by chance
# Time units a figure is counted in (TotalServiceYears): whatever else its name says, it is no sum of money.
_COUNTED_UNITS = frozenset({"year", "yr", "month", "week", "day", "hour", "minute", "second"})
_FIGURE_WORDS = ("amount", "value")
# A figure its comment says is a percentage or a ratio ("alcohol by volume, percent", "share of seats, in %"), which is
# averaged, never added up, whatever quantity it is a share of; a rate a comment only mentions ("after a 10% discount")
# leaves the figure as it is.
_PERCENT_SAID = re.compile(r"%|\b(?:percent|percentage|pct|ratio|proportion)\b", re.IGNORECASE)
_RATE_QUOTED = re.compile(r"\d+(?:\.\d+)?\s*(?:%|percent\b|per cent\b)", re.IGNORECASE)


def _percentage(comment: str) -> bool:
    """The comment says its column holds a percentage or a ratio (not only a rate it was figured at)."""
    return _PERCENT_SAID.search(_RATE_QUOTED.sub(" ", comment)) is not None


def _figure_word(word: str) -> bool:
    """A word saying only that a column holds a figure (amount, amt, value, val)."""
    return any(word == w or lx.abbreviates(word, w) for w in _FIGURE_WORDS)


_CLAUSE_END = re.compile(r"[;.]\s+|;")
# "(often a trainee)", "(e.g. a courier)": an example of what the column holds, not a name of it.
_HEDGED_ASIDE = re.compile(
    r"\(\s*(?:often|usually|typically|mostly|sometimes|e\.?g\.?|such as|for example|like)\b[^)]*\)", re.I
)


def own_clauses(comment: str, column: str, table: TableInfo) -> str:
    """The clauses of a column's comment about the column itself: one that names another column of the table
    ("the person who typed it in; owner_ref is the clerk who keeps it") describes that column, and an aside
    giving an example ("(often a trainee)") says what the column may hold; neither's words are a second name of it."""
    others = {c.name.lower() for c in table.columns if c.name != column and len(c.name) > 2}
    kept = [
        clause
        for clause in _CLAUSE_END.split(_HEDGED_ASIDE.sub(" ", comment))
        if not any(w.lower() in others for w in re.findall(r"[A-Za-z0-9_]+", clause))
    ]
    return " ".join(kept)


# A comment's words for a part of the figure that other columns hold: "amount charged before the tip", "paid in
# full, plus tax and tip", "net of fees", "excluding VAT".
_PART_SAID = re.compile(
    r"\b(?:before|after|excluding|excl|including|incl|without|minus|less|plus|net\s+of)\s+"
    r"((?:(?:the|a|any|all)\s+)?[A-Za-z]+(?:\s+(?:and|or|&)\s+(?:(?:the|a|any|all)\s+)?[A-Za-z]+)*)",
    re.IGNORECASE,
)


def _other_parts(comment: str, column: str, table: TableInfo, naming: Naming) -> set[str]:
    """The words of a comment that name a part of the column's figure kept in another column of the table ("amount
    charged before the tip" beside a tip column): that part is no second name of this column, which is without it
    or adds it."""
    said = {w for m in _PART_SAID.finditer(comment) for w in lx.name_words(m.group(1))}
    if not said:
        return set()
    others = {w for c in table.columns if c.name != column for w in naming.column_words(c.name)}
    return {w for w in said & others if not _figure_word(w) and w not in lx.MONEY_WORDS}


def _column_entry(
    table: TableInfo, col: ColumnInfo, fk_cols: set[tuple[str, str]], prefix: str | None, naming: Naming
) -> ColumnEntry:
    """Derive the words and roles of one column (its type tag left out: lngPetID → pet id)."""
    spelled = naming.column_words(col.name)
    words = (*spelled, "".join(w[0] for w in spelled)) if len(spelled) >= 3 else spelled  # cost_per_unit → cpu
    named = tuple(w for w in words if w != prefix) or words
    key = frozenset(w for w in named[: len(named) - (len(named) >= 4)] if w not in UNIT_WORDS) or frozenset(named)
    # "amount" says only that the column is a figure: fine_amt is named whole by "fine" (base_fine is a kind of fine),
    # unless the rest is the table's own noun (ord_amt in an orders table is no "order").
    figure = frozenset(w for w in key if not _figure_word(w))
    last = bool(named) and _figure_word(named[-1])  # fine_amt; amount_in_pence is an amount, named by it
    if last and figure and figure != key and not figure <= set(plain_words(table.name, frozenset(), naming.squashed)):
        key = figure
    # The comment's own words name the column; codes it explains ("S = same day") are values, not names.
    described = _CODE_PAIR.sub(" ", col.comment or "") if coded_values(col) else (col.comment or "")
    described = own_clauses(described, col.name, table)
    # A comment's word for the table's own rows ("until the order ships" in an orders table) names the table: every
    # column of it is about an order.
    rows_noun = set(plain_words(table.name, frozenset(), naming.squashed))
    parts = _other_parts(described, col.name, table, naming)
    aliases = frozenset(
        w
        for w in lx.name_words(described)
        if w not in lx.STOPWORDS and len(w) > 2 and not w.isdigit() and w not in rows_noun and w not in parts
    )
    expanded = frozenset(
        term
        for w in named
        if w not in lx.ANALYSIS_TERMS and w not in lx.STOPWORDS
        for term in lx.ANALYSIS_TERMS
        if lx.abbreviates(w, term) and not unit_word(w, term)
    )
    known = set(words) | expanded | aliases  # a comment saying "total" or "revenue" counts like the name
    # A name ending in id or key is an identifier whatever it says before ("SalesRepID" is no sales figure);
    # other id words ("num", "no") leave a count of something additive a measure ("num_sales").
    # EmployeeNumber, one per row (in an employees table, or in any table of more than a handful of rows): the row's
    # own number is its identifier, never a figure.
    own_number = (
        col.kind == "numeric"
        and len(spelled) == 2
        and spelled[-1] in _NUMBER_WORDS
        and (spelled[0] in rows_noun or table.row_count >= _NUMBERED_ROWS)
        and table.row_count > 0
        and (col.distinct_count or 0) >= KEY_SHARE * table.row_count
    )
    is_id = (
        own_number
        or (bool(spelled) and spelled[-1] in _KEY_ENDINGS)
        or (
            (
                bool(set(words) & lx.ID_WORDS)
                or "#" in col.name  # "Trip #", "Seat #"
                or (table.name, col.name) in fk_cols
                or col.name.lower() in {"id", "pk"}
                or (col.name.lower().endswith("id") and col.name[-2:] in ("Id", "ID"))  # customerId, orderID
            )
            and not (col.kind == "numeric" and bool(set(words) & lx.ADDITIVE_WORDS))
        )
    )
    numeric = col.kind == "numeric"
    is_year = (
        numeric
        and bool(words)
        and (
            bool({words[0], words[-1]} & {"year", "yr"})  # release_year, YearBuilt, yr_sold
            or (set(words) <= _PERIOD_NAMES and isinstance(col.min, int) and (col.distinct_count or 0) <= _YEARS_HELD)
        )
        and isinstance(col.min, int | float)
        and isinstance(col.max, int | float)
        and 1000 <= col.min <= col.max <= 3000
    )
    flag = yes_no(col)
    # "TotalServiceYears", "total_hours": a total of something counted in a unit of its own is no money.
    plural = col.name.lower().endswith("s")  # TotalServiceYears, total_hours; not cost_per_day or salary_month
    counted = "per" not in spelled and (
        (bool(spelled) and spelled[-1] in _COUNTED_UNITS and plural) or column_unit(col) is not None
    )
    # "BoxOfficeUsd", "market_cap_eur": money said by the unit it is kept in alone, a sum of its rows like any amount.
    priced = numeric and not known & lx.MONEY_WORDS and bool(spelled) and spelled[-1] in lx.CURRENCY_WORDS
    money = numeric and bool(known & lx.MONEY_WORDS or priced) and not is_id and flag is None and not counted
    subunit = subunit_of(col, tuple(spelled), money) if numeric and not is_id and flag is None else None
    unit = column_unit(col) if numeric and not is_id and flag is None and subunit is None and not is_year else None
    kept = [w for w in spelled if w != prefix]
    written = lx.name_words(col.name)
    # A name read as words it does not separate (lotsize: lot size) is labelled in them too, when it ends on a word
    # that says what a name holds: a split of a compound word (a "mile age") is no label to show.
    squashed = len(written) == 1 and len(kept) > 1 and says_what_it_holds(kept[-1])
    short = (len(kept) < len(written) or (prefix is not None and len(kept) < len(spelled)) or squashed) and not (
        len(kept) == 1 and kept[0] in _KEY_ENDINGS | lx.ID_WORDS
    )
    return ColumnEntry(
        table=table.name,
        info=col,
        words=words,
        key_words=key,
        is_id=is_id,
        is_money=money or subunit is not None,
        additive=numeric
        and not is_id
        and flag is None
        and not is_year
        and not is_cycle(col, words)
        and not set(words) & lx.RATE_WORDS
        and "%" not in col.name  # a spreadsheet's "Volume %"
        and not _percentage(col.comment or "")
        and (
            bool(known & lx.ADDITIVE_WORDS)
            or (priced and money)
            or _counts(col, words, _facts(table, fk_cols))
            or _accumulates(spelled)
            or _scored_points(col, spelled)
        ),
        is_year=is_year,
        # YrSold is the year of the sale: "year sold" names it (the words spelled out, as a comment would).
        aliases=(
            aliases
            | unit_nouns(col.name, unit)
            | ({"year"} if is_year else set[str]())
            | ({"domain"} if holds_addresses(col) else set[str]())  # "members by domain": an address's domain
        )
        - set(words),
        expanded=expanded,
        flag=flag,
        label="_".join(kept) if kept and short else "",
        subunit=subunit,
        pending=pending_state(col.comment or ""),
        unit=unit,
        head=next(
            (w for w in reversed(spelled) if len(w) > 1), ""
        ),  # not a one-letter tag (the c of a custom field name__c)
    )


def _documented_subunits(idx: CatalogIndex) -> None:
    """Money columns named alike keep their money alike. A whole-number money column whose comment says its unit
    ("amount in cents", "tip in cents") documents its namesakes: an undocumented whole-number money column with the
    same name in another table (each Stripe-style table's `amount`, where only one is commented), or, for names of
    three words or more, ending on the same two words (the total tip's money amount beside the tip's), holds money in
    the same subunits, unless a namesake is commented without them."""
    said: dict[tuple[str, ...], set[int]] = {}
    for t in idx.tables.values():
        for c in t.columns:
            if c.is_money and c.info.comment and _whole(c):
                for key in _namesakes(c):
                    said.setdefault(key, set()).add(c.subunit[0] if c.subunit and c.subunit[1] == c.name else 1)
    for t in idx.tables.values():
        for c in t.columns:
            if c.subunit or c.info.comment or not c.is_money or not _whole(c) or c.is_year or c.flag or c.unit:
                continue
            factors = {f for key in _namesakes(c) for f in said.get(key, ())}
            if len(factors) == 1 and 1 not in factors:
                c.subunit = (next(iter(factors)), c.name)


_WHOLE_NUMBERS = frozenset({"TINYINT", "SMALLINT", "INTEGER", "BIGINT", "HUGEINT", "INT", "UTINYINT", "USMALLINT", "UINTEGER", "UBIGINT"})  # fmt: skip


def _whole(c: ColumnEntry) -> bool:
    """A column of whole numbers that is not a key."""
    return c.info.type.upper() in _WHOLE_NUMBERS and not c.is_id


def _namesakes(c: ColumnEntry) -> list[tuple[str, ...]]:
    """The names a column shares with its namesakes: its whole name, and its last two words when it has three."""
    spelled = lx.name_words(c.name)
    return [("=", c.name.lower()), *([tuple(spelled[-2:])] if len(spelled) >= 3 else [])]


# Names of a column of whole numbers that then holds years (open-data exports: TIME 2019, time_period 2020).
_PERIOD_NAMES = frozenset({"time", "period"})
_YEARS_HELD = 300  # a few centuries of years at most; more whole numbers are counts (a time in seconds)


_WHILE_NULL = re.compile(r"\b(?:null|empty|blank)\s+(?:while|as long as)\s+(.+)", re.IGNORECASE)
STATE_VERBS = frozenset({"is", "are", "still", "remains", "remain", "stays", "stay", "being"})


def pending_state(comment: str) -> frozenset[str]:
    """The words of the state an empty value means, from a comment such as "NULL while the repair is still underway" or
    "empty as long as the order is open": the stems after the last of is/are/still (stop words left out)."""
    said = _WHILE_NULL.search(comment)
    if said is None:
        return frozenset()
    words = lx.name_words(said.group(1).split(";")[0].split(",")[0])
    at = max((k for k, w in enumerate(words) if w in STATE_VERBS), default=None)
    if at is None:
        return frozenset()
    return frozenset(lx.stem(w) for w in words[at + 1 :] if w not in lx.STOPWORDS and w not in STATE_VERBS)


def _accumulates(words: tuple[str, ...]) -> bool:
    """A name ending on a unit of metered electricity or heat (used_kwh, chargedKwh), not as a rate's divisor (price_gbp_kwh)."""
    units = UNIT_WORDS | lx.UNIT_WORDS | lx.ACCUMULATING_UNITS
    return bool(words) and words[-1] in lx.ACCUMULATING_UNITS and not (len(words) > 1 and words[-2] in units)


_CYCLE_WORDS = frozenset({"hour", "weekday", "month", "mo", "quarter", "dow"})
_CYCLE_MAX = 60


def _event_year(entry: TableEntry) -> ColumnEntry | None:
    """The table's year column: of several (YearBuilt, YrSold), the one a month column completes (YrSold and MoSold
    date the sale, the event the row records), else the first."""
    years = [c for c in entry.columns if c.is_year]
    months = [set(c.words) - lx.MONTH_WORDS for c in entry.columns if is_month(c)]
    paired = [c for c in years if set(c.words) - {"year", "yr"} in months]
    return (paired or years or [None])[0]


def is_month(c: ColumnEntry) -> bool:
    """A whole-number column of the month of the year (MoSold, month_no)."""
    return is_cycle(c.info, c.words) and bool(set(c.words) & lx.MONTH_WORDS)


def is_cycle(col: ColumnInfo, words: tuple[str, ...]) -> bool:
    """A whole number naming a place in a cycle (hour_of_day 0–23, month 1–12, weekday): a category in its own
    order, never a quantity that adds up."""
    whole = col.type.upper().startswith(_INTEGER)
    top = col.max if isinstance(col.max, int | float) else None
    plural = col.name.lower().rstrip("_").endswith("s")  # months_employed, hours: a count of them
    return whole and not plural and top is not None and top <= _CYCLE_MAX and bool(set(words) & _CYCLE_WORDS)


def yes_no(col: ColumnInfo) -> tuple[bool | str | int, bool | str | int] | None:
    """(yes, no) values of a column that holds a yes/no answer: a BOOLEAN, two text values such as Y/N, Yes/No or
    True/False (as stored), or whole numbers that are only ever 0 and 1 (or -1 and 0, as Access stores them)."""
    if col.kind == "boolean":
        return True, False
    if col.kind == "text" and col.values is not None and len(col.values) == 2:
        by_word = {v.strip().lower(): v for v in col.values}
        for yes, no in lx.YES_NO_VALUES:
            if set(by_word) == {yes, no}:
                return by_word[yes], by_word[no]
        return None
    whole = "INT" in col.type.upper()
    if col.kind == "numeric" and whole and (col.distinct_count or 0) <= 2 and col.max in (0, 1):
        if col.min == 0 and col.max == 1:
            return 1, 0
        if col.min == -1 and col.max == 0:
            return -1, 0  # Access and Visual Basic store yes as -1
    return None


def _facts(table: TableInfo, fk_cols: set[tuple[str, str]]) -> bool:
    """A table of facts about two or more other tables' rows (a member's line in an event: keys to both, figures,
    no names or labels of its own): its figures are tallies of what happened there."""
    keys = sum((table.name, c.name) in fk_cols for c in table.columns)
    return keys >= 2 and all(c.kind in ("numeric", "temporal") for c in table.columns)


def _counts(col: ColumnInfo, words: tuple[str, ...], facts: bool = False) -> bool:
    """A whole-number column named by a plural noun counts things ("visits", "returns"): its values add up.

    A handful of distinct values ("bedrooms": 1–6) is a category to group by, not a count to sum, unless the table
    holds facts about other tables' rows (`_facts`: "assists" a player made in a game). A column that is zero on many
    rows and never negative measures a flow (units returned per day, refunds) and adds up too.
    """
    raw = col.name.lower().rstrip("_")
    plural = (
        bool(words)
        and raw.endswith("s")
        and not raw.endswith(("ss", "us", "is"))
        and lx.name_words(col.name)[-1] not in UNIT_WORDS
    ) or _counted_done(col.name)
    whole = "INT" in col.type.upper() or col.type.upper().startswith(("HUGEINT", "BIGINT"))
    many = (col.distinct_count or 0) > 25 or facts
    if plural and whole and many and isinstance(col.min, int | float) and col.min >= 0:
        return True
    # Flows that are often zero (units returned per day, refunds): at least 1 % zeros, never negative.
    return col.min == 0 and col.p01 == 0 and (col.p99 or 0) > 0 and many


def _scored_points(col: ColumnInfo, spelled: list[str] | tuple[str, ...]) -> bool:
    """A figure named by plural "points" (points scored, effort points) adds up over rows, whatever its
    type or however few values it takes (a scale of 1, 2, 3, 5, 8); a single "point" is a level (a reorder point)."""
    return bool(spelled) and spelled[-1] == "point" and col.name.lower().rstrip("_").endswith("points")


def _counted_done(name: str) -> bool:
    """A plural noun and the verb done to the things it counts ("packages_delivered", "ParcelsScanned"): how many
    were delivered, a count that adds up like a plain plural name."""
    written = re.sub(r"([a-z])([A-Z])", r"\1 \2", name).lower().replace("_", " ").split()
    if len(written) != 2:
        return False
    noun, done = written
    return done.endswith("ed") and noun.endswith("s") and not noun.endswith(("ss", "us", "is"))


def _read_objects(entry: TableEntry) -> None:
    """JSON columns read through their keys are named by those keys; the object's own name says the key that names
    it ("per holder": holder handle)."""
    objects = object_columns([c.info for c in entry.columns], {c.name: c.words for c in entry.columns})
    entry.objects = frozenset(o.column for o in objects)
    entry.records = tuple((o.column, o.label) for o in objects if o.record and o.label)
    for o in objects:
        label, whole = entry.col(o.label or ""), entry.col(o.column)
        if label is not None and whole is not None:
            label.key_words = frozenset(whole.words)


def _pick_label(entry: TableEntry) -> ColumnEntry | None:
    """The column that names a row (name/title), used when a question names the table as a dimension."""
    texts = [c for c in entry.columns if c.info.kind == "text"]
    rows = max(entry.info.row_count, 1)
    for word in lx.LABEL_WORDS:
        for c in texts:
            # A name most rows share (a given name of thousands of riders) does not tell the rows apart.
            timely = bool(set(c.words) & set(lx.BUCKET_WORDS))  # a calendar's month name is its label as before
            # Written short too (ttl ↔ title, desc ↔ description), but a key word is no name (num is a number).
            said = word in c.words or any(w not in lx.ID_WORDS and lx.abbreviates(w, word) for w in c.words)
            if said and (timely or (c.info.distinct_count or rows) >= LABEL_SHARE * rows):
                return c
    unique = [
        c
        for c in texts
        if (c.info.distinct_count or 0) >= 0.5 * rows and not c.is_id and not set(c.words) & lx.NOTE_WORDS
    ]
    return unique[0] if unique else None


def _person_label(entry: TableEntry) -> None:
    """Rows named in two parts (a given name and a surname) are named by both, unless a column names them
    whole: the first part is the label, the last part completes it."""
    parts = name_parts([(c.info, c.words) for c in entry.columns])
    if parts is None:
        return
    first, last, label = entry.col(parts[0]), entry.col(parts[1]), entry.label
    if first is None or last is None:
        return
    # Each part is found by the one word that says it, whatever the column is called ("surname" finds last_nm).
    first.aliases |= PART_NOUNS[0] - set(first.words)
    last.aliases |= PART_NOUNS[1] - set(last.words)
    whole = label is not None and label.name not in parts and bool(set(label.words) & set(lx.LABEL_WORDS))
    if not whole:
        entry.label, entry.name_parts = first, (parts[1],)


# A date the row plans or promises (due, promised, expected, scheduled …) has not happened: no event of the row.
_PLAN_WORDS = frozenset({"due", "promised", "expected", "scheduled", "planned", "estimated", "target", "deadline",
                         "eta", "expiry", "expiration", "expire", "expires", "required", "requested"})  # fmt: skip


def planned(c: ColumnEntry) -> bool:
    """A date the row plans or promises (a due date, a promised date): it says when something should happen."""
    return c.info.kind == "temporal" and bool(set(c.words) & _PLAN_WORDS)


def time_of_day(col: ColumnEntry | None) -> bool:
    """A time of day without a date (TIME, or text such as '14:30')."""
    return (
        col is not None and col.info.kind == "temporal" and col.info.type.upper() in ("TIME", "TIME WITHOUT TIME ZONE")
    )


# A date empty on more than half the rows records an event few rows have (a cancellation, a delivery, a closing).
MOSTLY_EMPTY = 0.5


def mostly_empty(info: ColumnInfo, rows: int) -> bool:
    """The column is NULL on more than half of its table's rows (by the catalog's count, when it has one)."""
    return info.null_count is not None and rows > 0 and info.null_count > MOSTLY_EMPTY * rows


def _pick_date(entry: TableEntry, texts: frozenset[str] = frozenset()) -> ColumnEntry | None:
    """The table's main date column: prefer one called *date*, else the first temporal column, one the owner typed as
    a date before one kept as text (`texts`); a birth date or a planned one only when there is no other (they describe
    the row's person or its plan, no event of the row), a time of day without a date only when the table has no date
    at all, a date most rows leave empty only when no date is filled on most rows (it dates an event few rows have:
    their cancellation, not the rows)."""
    every = [c for c in entry.columns if c.info.kind == "temporal"]
    every = [c for c in every if not time_of_day(c)] or every
    temporal = [c for c in every if not set(c.words) & (lx.BIRTH_WORDS | _PLAN_WORDS)] or every
    temporal = [c for c in temporal if not mostly_empty(c.info, entry.info.row_count)] or temporal
    # the date named after the rows themselves (a loan's loan date, a visit's visit date, an order's time ordered)
    # before later dates
    own = set(entry.words)

    def named(c: ColumnEntry) -> bool:
        said = set(c.words) & own and "date" in c.words
        return bool(said) or any(w.removesuffix("ed") in own or w.removesuffix("d") in own for w in c.words)

    # a column the owner typed as a date before text read as one (an application date kept as ISO text beside an
    # issue DATE): the typed one is the row's date; a text date is read when its verb or name is said
    temporal = sorted(temporal, key=lambda c: (not named(c), c.name in texts))
    if temporal and named(temporal[0]):
        return temporal[0]
    # a date every row has before one some rows leave empty (a check-in time, empty on the rows never checked in):
    # it dates every row, so counting the rows of a state never loses those that state leaves undated
    temporal = [c for c in temporal if c.info.null_count == 0] or temporal
    for c in temporal:
        if "date" in c.words:
            return c
    # else the row's first event (a made-on date before a shut-on date listed first), a record's bookkeeping
    # (its last-modified time, a loader's synced or extracted time) last
    rank = sorted(temporal, key=lambda c: (not set(c.words) & lx.START_WORDS, bool(set(c.words) & _BOOKKEEPING)))
    return rank[0] if rank else None


# Words of a date that records the row's bookkeeping, not an event it describes (a last-modified time, a loader's synced time).
_BOOKKEEPING = frozenset(
    {"updated", "update", "modified", "modify", "synced", "sync", "extracted", "loaded", "ingested"}
)


HEADER_SHARE = 0.1  # a header has at least a tenth as many rows as its lines (a product list has far fewer)


def header_date(idx: CatalogIndex, entry: TableEntry) -> ColumnEntry | None:
    """The date of a table without one, taken from its header: order lines are dated by their order. The header is
    a parent by a many-to-one key with a date of its own and about as many rows (at least a tenth as many), not a
    list the lines pick from (a product's launch date is no date of the sale); the one with the most rows."""
    rows = max(entry.info.row_count, 1)
    heads = [
        parent
        for fk in idx.foreign_keys
        if fk.table == entry.info.name
        and (parent := idx.tables.get(fk.ref_table)) is not None
        and parent.date is not None
        and parent.date.table == parent.info.name
        and not parent.calendar
        and parent.info.row_count >= HEADER_SHARE * rows
    ]
    best = max(heads, key=lambda p: p.info.row_count, default=None)
    return best.date if best is not None else None


# A value made of a name and a bracketed tag after it ("zorp[auto]", "Zorp (legacy)").
_TAGGED = re.compile(r"([^\[\]()]*[A-Za-z][^\[\]()]*?)\s*[\[(][^\[\]()]+[\])]")
# "Hail - Roof", "Hail: Roof": a value's family before a spaced dash or a colon (a hyphen inside a word is none).
_FAMILY = re.compile(r"\s*([^-–:/]+?)(?:\s+[-–/]|:)\s+\S")
_CODE_PAIR = re.compile(r"([A-Za-z0-9]{1,6})\s*[=:]\s*([^,;=]+?)\s*(?=[,;]|$|\s[A-Za-z0-9]{1,6}\s*[=:])")


_DENIALS = frozenset({"no", "not", "non", "none", "without"})


def coded_values(col: ColumnInfo) -> list[tuple[str, str]]:
    """(code, meaning) pairs a column's comment spells out for its values: "N = north, S = south" → [("N",
    "north"), ("S", "south")]; a note in parentheses is left out ("closed (paid off)" → "closed"). A column of few whole
    numbers has numbered codes: "1 = In process; 5 = Shipped" → [("1", "In process"), ("5", "Shipped")]."""
    if not col.comment:
        return []
    values = {v.strip() for v in col.values or []}
    numbered = _whole_number_codes(col) if not values else None
    out: list[tuple[str, str]] = []
    for code, meaning in _CODE_PAIR.findall(col.comment):
        plain = re.sub(r"\([^)]*\)", "", meaning).strip().rstrip(".")
        held = code in values or (numbered is not None and code.isdigit() and numbered[0] <= int(code) <= numbered[1])
        if held and plain and not plain.isdigit():
            out.append((code, plain))
    # Numbers explained one by one ("1 = In process; 2 = Approved; 5 = Shipped") are codes; a single "0 = none" in a
    # count's comment is a note on one value, not a code list.
    return out if numbered is None or len(out) >= 2 else []


_MOST_RANKS = 20


def ranked_words(col: ColumnInfo) -> dict[tuple[str, ...], str]:
    """The words of each value after its rank, for a column whose every value is a rank and a word or two ("1-URGENT",
    "2 - High"): ("urgent",) → '1-URGENT'; a word that two values share names neither."""
    split = {v: tuple(lx.name_words(v)) for v in col.values or []}
    if len(split) < 2 or not all(len(k) >= 2 and k[0].isdigit() for k in split.values()):
        return {}
    ranks = [int(k[0]) for k in split.values()]
    if len(set(ranks)) < len(ranks) or max(ranks) > _MOST_RANKS:
        return {}  # values sharing a number ("1 x", "1 y") or numbered past a short scale (a street number) are no ranks
    rests = [k[1:] for k in split.values()]
    out: dict[tuple[str, ...], str] = {}
    for v, k in split.items():
        rest = k[1:]
        if rests.count(rest) == 1 and not any(w.isdigit() for w in rest) and not set(rest) <= lx.STOPWORDS:
            out[rest] = v
    return out


def _whole_number_codes(col: ColumnInfo) -> tuple[int, int] | None:
    """The range of a numeric column that holds few whole numbers, as a status or type code does (TINYINT 1…6)."""
    lo, hi = col.min, col.max
    few = col.distinct_count is not None and 2 <= col.distinct_count <= 60
    if col.kind != "numeric" or not few or not isinstance(lo, int) or not isinstance(hi, int):
        return None
    return (lo, hi) if 0 <= lo <= hi <= 999 else None


def raw_words(text: str) -> list[str]:
    """Lower-case words of a name or value as written: snake_case, camelCase, spaces and digits split, no stemming."""
    return [w for w in re.split(r"[^a-z0-9]+", lx.spaced_name(text).lower()) if w]


def singular(idx: CatalogIndex, word: str) -> str:
    """A question's plural noun in the singular, for naming a count: "orders" → order, "categories" → category.
    A plural in -ies or -es takes the singular the catalog writes somewhere ("rookie" or "category"); without one, a
    plural in -ies stays as written rather than be guessed ("rookies", never "rooky")."""
    w = word.lower()
    s = lx.stem(w)
    if s == w or not w.isalpha():
        return w
    if w.endswith("ies"):
        cands = [w[:-3] + "y", w[:-1]]
    elif w.endswith("es"):
        cands = [w[:-2], w[:-1]]
    else:
        cands = [w[:-1]]
    hit = next((c for c in cands if c in idx.raw_words), None)
    if hit is not None:
        return hit
    if w.endswith("ies"):
        return w
    if w.endswith(("ouses", "auses")):
        return w[:-1]  # blouses → blouse, causes → cause
    return w[:-2] if w.endswith(("sses", "uses", "xes", "ches", "shes", "zzes")) else s  # statuses → status


def build_index(catalog: Catalog) -> CatalogIndex:
    """Index a catalog: words → columns, value phrases → columns, idf of words across tables."""
    idx = CatalogIndex(catalog=catalog)
    naming = read_naming(catalog)
    idx.house, idx.type_tags = naming.tables, naming.types
    idx.foreign_keys = [*catalog.foreign_keys, *implied_keys(catalog, naming)]
    shared = named_keys(catalog, naming, idx.foreign_keys)
    idx.named_keys = frozenset((fk.table, fk.column) for fk in shared)
    idx.foreign_keys += shared
    idx.foreign_keys += value_keys(catalog, idx.foreign_keys)
    idx.foreign_keys += people_keys(catalog, naming, idx.foreign_keys)
    dated = date_keys(catalog, idx.foreign_keys)
    idx.models = model_names(catalog)
    fk_cols = {(fk.table, fk.column) for fk in idx.foreign_keys}
    df: dict[str, int] = {}
    initials: dict[str, list[str]] = {}  # a two-word table name's initials → the tables
    leads: set[tuple[str, ...]] = set()  # values' names before a bracketed tag, found as those values
    for phrase, target in sorted(catalog.synonyms.items(), key=lambda kv: -len(kv[0].split())):  # longest first
        key = tuple(tok.lower for tok in lx.tokenize(phrase))
        if key:
            idx.synonyms[key] = tuple(tok.lower for tok in lx.tokenize(target))
    for t in catalog.tables:
        prefix = shared_prefix(t)
        entry = TableEntry(info=t, words=name_of_table(t.name, idx.house, naming.squashed), columns=[])
        entry.columns = [
            _date_key_entry(_column_entry(t, _as_date(c, key, catalog), fk_cols, prefix, naming), key)
            if (key := dated.get((t.name, c.name))) is not None
            else _column_entry(t, _as_codes(c), fk_cols, prefix, naming)
            for c in t.columns
        ]
        _read_objects(entry)
        texts = frozenset(c for (table, c), k in dated.items() if table == t.name and k.text is not None)
        entry.label, entry.date = _pick_label(entry), _pick_date(entry, texts)
        _person_label(entry)
        entry.current = _current_flag(entry)
        entry.member = _member(entry, catalog.foreign_keys + idx.foreign_keys) if entry.current else None
        entry.calendar = any(k.dimension == t.name for k in dated.values())
        entry.year = _event_year(entry)
        months = [c for c in entry.columns if is_month(c)]
        entry.month = months[0] if len(months) == 1 else None
        idx.tables[t.name] = entry
        idx.raw_words.update(raw_words(t.name))
        idx.places += [p for c in t.columns if (p := place_column(t.name, c)) is not None]
        for c in t.columns:
            idx.raw_words.update(raw_words(c.name))
            idx.raw_words.update(w for v in c.values or [] for w in raw_words(v))
        table_words = set(entry.words)
        for c in entry.columns:
            if c.name in entry.objects:
                continue  # named by its keys' columns
            table_words |= set(c.words) | c.aliases
            for w in set(c.words) | c.aliases:
                idx.by_word.setdefault(w, []).append(c)
            for code, meaning in coded_values(c.info):
                idx.meanings[(t.name, c.name, code)] = meaning
                # "R = refund" in the column's comment: "refunds" finds PAY_KND_CD = 'R'.
                whole = tuple(lx.name_words(meaning))
                # "3 = No charge" is found as "no charge", never as "charges" (it means the charge's absence).
                denied = bool(whole) and whole[0] in _DENIALS
                key = whole if denied else tuple(w for w in whole if w not in lx.STOPWORDS)
                if key and key != (lx.stem(code.lower()),):
                    idx.values.setdefault(key, []).append((t.name, c.name, code))
                    idx.value_words.update(key)
                    if len(key) > 1:
                        idx.value_heads.setdefault(key[-1], []).append((t.name, c.name, code))
                if len(whole) > len(key) and len(whole) >= 2 and "-" in meaning:
                    # "U = no-go": its words whole, the stop word included ("no goes" is not "goes").
                    idx.values.setdefault(whole, []).append((t.name, c.name, code))
            for words, v in ranked_words(c.info).items():
                # "urgent orders" for the value '1-URGENT': the word a ranked value is spelled with after its rank.
                idx.values.setdefault(words, []).append((t.name, c.name, v))
                idx.value_words.update(words)
            for v in indexed_values(c.info):  # a list column's elements ('<a><b>': a, b)
                key = tuple(lx.name_words(v))
                if len(v.strip()) <= 3 and v.strip().isalnum():
                    # Codes and one-letter values ("A", "R", "NL") are found only as written after their column's
                    # name ("grade A"): as plain words they would be articles and pronouns.
                    idx.codes.setdefault(v.strip(), []).append(c)
                if not key or (len(key) == 1 and (len(key[0]) < 2 or key[0] in lx.STOPWORDS or key[0].isdigit())):
                    continue
                idx.values.setdefault(key, []).append((t.name, c.name, v))
                idx.value_words.update(key)
                if len(key) > 1:
                    idx.value_heads.setdefault(key[-1], []).append((t.name, c.name, v))
                tagged = _TAGGED.fullmatch(v.strip())
                lead = tuple(lx.name_words(tagged.group(1))) if tagged else ()
                if lead and lead != key and (lead in leads or lead not in idx.values) and set(lead) - lx.STOPWORDS:
                    # "zorp[auto]", "Zorp (legacy)": found by the name before its bracketed tag too
                    leads.add(lead)
                    idx.values.setdefault(lead, []).append((t.name, c.name, v))
                    idx.value_words.update(lead)
                family = _FAMILY.match(v)
                if family and len(words := lx.name_words(family.group(1))) == 1 and words[0] not in lx.STOPWORDS:
                    # "Hail - Roof", "Hail - Window": the word before the dash names the family of values.
                    idx.value_heads.setdefault(words[0], []).append((t.name, c.name, v))
                if len(key) == 1 and len(key[0]) >= VALUE_PREFIX + 2 and key[0].isalpha():
                    for k in range(VALUE_PREFIX, int(PREFIX_SHARE * len(key[0])) + 1):
                        idx.value_prefixes.setdefault(key[0][:k], []).append((t.name, c.name, v))
        for w in table_words:
            df[w] = df.get(w, 0) + 1
        idx.vocab |= table_words
        idx.compounds.setdefault("".join(entry.words), []).append(t.name)
        written = [w for w in raw_words(t.name) if w.isalpha() and w not in idx.house]
        if len(written) >= 2:
            whole = lx.stem("".join(written))
            for form in {
                whole,
                *(whole[: -len(one)] + many for many, one in _IRREGULAR.items() if whole.endswith(one)),
            }:
                idx.squeezed.setdefault(form, []).append(t.name)  # salesperson, salespeople
        if len(written) == 2:
            for said in (written[0][0] + written[1][0], written[0][0] + written[1][0] + "s"):
                initials.setdefault(said, []).append(t.name)  # purchase orders: "PO", "POs"
        for c in entry.columns:
            if c.name in entry.objects:
                continue
            if c.name.isalpha() and len(c.words) == 1:
                idx.joined.setdefault(lx.stem(c.name.lower()), []).append(c)
            written = [w for w in raw_words(c.name) if w.isalpha()]
            if len(written) == 2 and not c.is_id:
                idx.squeezed_columns.setdefault(lx.stem("".join(written)), []).append(c)
    for said, named in initials.items():
        if len(named) == 1 and said not in idx.vocab | idx.value_words | lx.STOPWORDS and said not in idx.squeezed:
            idx.squeezed[said] = named  # a two-word table's initials no name or value of the catalog uses
    for fk in idx.foreign_keys:
        # A key naming the role its row plays (reviewing_nurse_id, APPR_USR_ID) is named in full without its
        # "id": "referring doctors" is that key, the parent seen in one role.
        key_col = idx.tables[fk.table].col(fk.column) if fk.table in idx.tables else None
        ref_words = set(idx.tables[fk.ref_table].words) if fk.ref_table in idx.tables else set[str]()
        if key_col is None:
            continue
        own = set(idx.tables[fk.table].words) | {shared_prefix(idx.tables[fk.table].info) or ""}
        roles = set(key_col.words) - lx.ID_WORDS - ref_words - own
        plain = key_col.key_words - lx.ID_WORDS
        if roles and plain:
            key_col.key_words = frozenset(plain)
        if fk.table == fk.ref_table and key_col.words[-2:] == REPORTS_TO:
            # a key saying whom each one reports to points at their superior: "per manager" names it.
            for w in SUPERIOR_WORDS - set(key_col.words) - key_col.aliases:
                idx.by_word.setdefault(w, []).append(key_col)
                idx.vocab.add(w)
            key_col.aliases |= SUPERIOR_WORDS - set(key_col.words)
    for entry in idx.tables.values():
        if entry.date is None and entry.year is None:
            entry.date = header_date(idx, entry)
    _documented_subunits(idx)
    _read_long_formats(idx)
    _upcoming_states(idx)
    n = max(len(catalog.tables), 1)
    idx.idf = {w: min(1.0, math.log(1 + n / d) / math.log(1 + n)) if n > 1 else 1.0 for w, d in df.items()}
    return idx


# A state of rows whose event is still ahead, in the words a value or a code's meaning says it ("Scheduled", "F =
# future arrival", "R = reserved, arrival still to come"): what "upcoming" asks for.
_AHEAD = frozenset({"upcoming", "future", "scheduled", "forthcoming"})


def _upcoming_states(idx: CatalogIndex) -> None:
    """ "upcoming" finds the values of one column saying their rows' event is still ahead (a value or a code's
    meaning, its note in parentheses included), when the catalog has no value of its own called so."""
    key = ("upcoming",)
    if key in idx.values:
        return
    hits = {h for words, found in idx.values.items() if set(words) & _AHEAD for h in found}
    for t in idx.tables.values():
        for c in t.columns:
            notes = _CODE_PAIR.findall(c.info.comment or "")
            hits |= {(t.info.name, c.name, code) for code, note in notes if (t.info.name, c.name, code) in idx.meanings
                     and (set(lx.name_words(note)) & _AHEAD or "to come" in note.lower())}  # fmt: skip
    if hits and len({(t, c) for t, c, _ in hits}) == 1:
        idx.values[key] = sorted(hits)
        idx.value_words.add(key[0])


def _read_long_formats(idx: CatalogIndex) -> None:
    """Find the tables in long format; a figure's name is then found by its leading words ("life expectancy")."""
    columns = [
        Column(
            table=t.info.name,
            name=c.name,
            words=c.words,
            values=tuple(str(v) for v in c.info.values or []),
            text=c.info.kind == "text",
            figure=c.info.kind == "numeric" and not c.is_id and not c.is_year and c.flag is None,
            period=c.is_year or c.info.kind == "temporal",
        )
        for t in idx.tables.values()
        for c in t.columns
    ]
    parents: dict[str, list[str]] = {}
    for fk in idx.foreign_keys:
        parents.setdefault(fk.table, []).append(fk.ref_table)
    idx.long = long_formats(columns, parents)
    for lf in idx.long.values():
        names = idx.tables[lf.names_table].col(lf.names)
        if names is None:
            continue
        for lead, value in figure_leads(tuple(str(v) for v in names.info.values or [])).items():
            known = idx.values.setdefault(lead, [])
            if (lf.names_table, lf.names, value) not in known:
                known.append((lf.names_table, lf.names, value))
                idx.value_words.update(lead)
