"""Whether a question asks for the rows themselves ("which branches opened before 2010", "show me all orders over 500
from March", "buyers in Ruritania with no orders") rather than an aggregate of them."""

from __future__ import annotations

from dataclasses import dataclass

from backend.agents.builtin import lexicon as lx
from backend.agents.builtin.catalog_index import ColumnEntry, Mention
from backend.agents.builtin.choice import Choice
from backend.agents.builtin.models import ColumnRef
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
    sort = rows_order(r, ch)
    agents = {i for i, t in enumerate(r.tokens) if t.lower == "by" and _value_after(ch, i + 1)}
    words = {t.lower for i, t in enumerate(r.tokens) if (sort is None or i != sort[2]) and i not in agents}
    if r.aggs or r.top_n or r.flags & _NOT_ROWS or words & lx.GROUP_WORDS or _time_words(r, ch):
        return False
    if "rows" in r.flags:
        return True
    start = 0
    while r.low(start) in lx.COURTESY_WORDS and r.low(start + 1):
        start += 1  # "could you show …", "kindly list …": the request begins after its polite opening
    first = r.low(start)
    if first in lx.ROW_ASKS:
        k = start + 1 + (r.low(start + 1) in {"of", "the", "all"}) + (r.low(start + 2) == "the")
        return _plural_rows(r, ch, _table_at(r, k))
    k = start
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
    return verb or conditioned or sort is not None or any(m.kind == "value" for m in ch.mentions)


def _value_after(ch: Choice, k: int) -> bool:
    """A value, and no name, right after a "by" ("films directed by Bo Lind", "songs by Kestrel"): who did it, no
    grouping."""
    here = [m for m in ch.mentions if m.start == k]
    return any(m.kind == "value" for m in here) and all(m.kind == "value" for m in here)


# A figure with at least this many values is read along, not grouped: "list people by age" sorts them.
_CONTINUOUS = 20


def rows_order(r: Reading, ch: Choice) -> tuple[ColumnRef, bool, int] | None:
    """The column a listing of rows is sorted by, its direction and where its "by" stands: "employees sorted by
    age", "houses ordered by their price, highest first", or a listing verb's "by" before a figure of many values
    ("list members by height"); "members by club" or "show members by grade" (few values) stay a grouping.
    Ascending unless a descending word follows; "ranked by" puts the highest first."""
    for i, t in enumerate(r.tokens):
        if t.lower != "by" or r.words[i] is None:
            continue
        sorted_ = r.low(i - 1) in lx.ORDER_VERBS
        if not sorted_ and r.low(0) not in lx.LISTING_VERBS:
            continue
        m = _column_at(r, ch, i + 1 + (r.low(i + 1) in lx.OWNER_WORDS))
        if m is None or m.column is None or m.table != ch.table.info.name:
            continue
        entry = ch.table.col(m.column)
        if entry is None or not (sorted_ or _continuous(ch, entry)):
            continue
        rest = [x.lower for x in r.tokens[i:]]
        desc = r.low(i - 1) in {"ranked", "rank"}
        if "desc" in r.flags or {"descending", "decreasing"} & set(rest):
            desc = True
        elif "asc" in r.flags or {"ascending", "increasing"} & set(rest):
            desc = False
        else:
            first = next((w for w in rest if w in _HIGH_FIRST | _LOW_FIRST), None)
            if first is not None:
                dated = entry.info.kind == "temporal"
                desc = (first in _HIGH_FIRST) != (dated and first in {"oldest", "earliest"})
        return ColumnRef(table=m.table, column=m.column), desc, i
    return None


def _continuous(ch: Choice, c: ColumnEntry) -> bool:
    """A figure read along a scale: a number of many values that is no key, code, yes/no, year or date key."""
    if c.info.kind != "numeric" or c.is_id or c.flag is not None or c.is_year or c.date_key is not None:
        return False
    return c is not ch.table.year and (c.info.distinct_count or 0) >= _CONTINUOUS


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


# What may follow the listed columns: the rows they belong to, a condition, a sort, or nothing.
_RUN_ENDS = frozenset({"for", "of", "in", "from", "with", "whose", "where", "that", "who", "which", "ordered", "sorted",
                       "order", "sort", "by", "at", "on", "to", "if", "when", "having", "arranged", "ranked", "across",
                       "among", "per", "each", "every", "all", "descending", "ascending"})  # fmt: skip
_SORT_VERBS = frozenset({"sort", "order", "rank", "arrange"})  # "sort the names by age"
_OPENERS = lx.LISTING_VERBS | lx.ROW_ASKS | _SORT_VERBS | {"tell"}
_DISTINCT = frozenset({"distinct", "different", "unique"})
_OPENER_FILLERS = lx.LISTING_FILLERS | _DISTINCT | {"is", "are", "was", "were", "out"}
_JOINERS = frozenset({"and", "the", "their", "its", "also", "plus", "together"})
_HIGH_FIRST = frozenset({"highest", "largest", "biggest", "most", "greatest", "longest", "tallest", "heaviest",
                         "oldest", "richest", "best", "top", "maximum", "max", "descending"})  # fmt: skip
_LOW_FIRST = frozenset({"lowest", "smallest", "least", "fewest", "shortest", "youngest", "lightest", "worst",
                        "minimum", "min", "ascending", "cheapest", "earliest"})  # fmt: skip
_ARITHMETIC = frozenset({"minus", "plus", "times", "divided", "difference", "ratio", "net", "+", "-", "/", "*"})
_AGE_WORDS = {"oldest": True, "youngest": False}  # with an age column: the oldest has the highest age


@dataclass(frozen=True)
class Projection:
    """Named columns of the rows themselves ("show name, village and age for all growers ordered by age"): which
    columns, in the order asked, the column the rows are sorted by, and whether only the first row ("the name and
    capacity of the largest vessel") or only distinct values ("all distinct home ports") are wanted."""

    columns: tuple[ColumnRef, ...]
    order: ColumnRef | None = None
    desc: bool = False
    first_only: bool = False
    distinct: bool = False


def projection(r: Reading, ch: Choice) -> Projection | None:
    """Columns listed right after a listing opener ("show", "list", "what are", "give me the") with no aggregate,
    grouping or time bucket anywhere: those columns of every row, sorted as asked."""
    said = _said_superlative(r, ch)
    aggs = [a for a in r.aggs if said is None or a.start != said[2]]
    if aggs or r.operators or r.flags & _NOT_ROWS or _time_words(r, ch) or r.low(0) not in _OPENERS:
        return None
    if {t.lower for t in r.tokens} & _ARITHMETIC:
        return None  # "price minus cost for each part": a measure computed per row
    if any(m.start == 0 and m.kind != "table" for m in ch.mentions):
        return None  # "list price minus cost": the first word is a column's, not a listing verb
    k, distinct = 1, False
    while r.low(k) in _OPENER_FILLERS and r.words[k] is not None:
        distinct |= r.low(k) in _DISTINCT
        k += 1
    cols = _column_run(r, ch, k)
    if not cols and r.low(0) in _SORT_VERBS and ch.table.label is not None:
        rows = _rows_noun_at(r, ch, k) is not None
        cols = (
            [ColumnRef(table=ch.table.info.name, column=ch.table.label.name)] if rows else []
        )  # "sort the shops by …"
    if not cols or not _ungrouped(r, ch):
        return None
    top = _first_by(r, ch) if r.low(0) not in {"which", "who"} else None  # "which towns are the largest": ranked
    top = (said[0], said[1]) if said is not None else top
    if top is None and r.top_n:
        return None  # "which village has the most growers": a ranking of groups
    entries = [c for ref_ in cols if (c := _entry(ch, ref_)) is not None]
    figures = all(c.info.kind == "numeric" and not c.is_id for c in entries)
    if figures and not (distinct or top is not None or _every_row(r, ch)):
        return None  # "show revenue and profit": totals, not every row's figures
    order, desc = _sorted_by(r, ch)
    if order is not None:
        return Projection(tuple(cols), order, desc, distinct=distinct)
    if top is not None:
        return Projection(tuple(cols), top[0], top[1], first_only=True, distinct=distinct)
    if "alpha" in r.flags:
        return Projection(tuple(cols), cols[0], False, distinct=distinct)
    return Projection(tuple(cols), distinct=distinct)


_BE = frozenset({"is", "are", "was", "were"})


def _said_superlative(r: Reading, ch: Choice) -> tuple[ColumnRef, bool, int] | None:
    """ "… of the grower whose number of trees is the largest": the column before "is the" and its superlative
    (max or min) pick one row; (column, descending, the superlative's position)."""
    for a in r.aggs:
        if a.agg not in ("max", "min") or r.low(a.start - 1) != "the" or r.low(a.start - 2) not in _BE:
            continue
        m = next((m for m in ch.mentions if m.end == a.start - 2 and m.kind == "column" and m.column), None)
        if m is not None and m.column is not None and ch.reaches(m.table):
            return ColumnRef(table=m.table, column=m.column), a.agg == "max", a.start
    return None


def _every_row(r: Reading, ch: Choice) -> bool:
    """ "of all vessels", "for every grower", "of each pet": the main table's rows named as all of them."""
    return any(
        m.kind == "table" and m.table == ch.table.info.name and r.low(m.start - 1) in {"all", "every", "each"}
        for m in r.mentions
    )


def _entry(ch: Choice, c: ColumnRef) -> ColumnEntry | None:
    return ch.table.col(c.column) if c.table == ch.table.info.name else None


def _column_at(r: Reading, ch: Choice, k: int) -> Mention | None:
    """The column named at k ("number of trees" names number_trees whole: reading._numbered_columns)."""
    return next(
        (m for m in ch.mentions if m.start == k and m.kind == "column" and m.column and m.via != "adjective"), None
    )


def _column_run(r: Reading, ch: Choice, k: int) -> list[ColumnRef]:
    """The columns named one after another from k ("name, village and age", "the name and the capacity"); the rows'
    own noun before a column is its owner ("vessel name"). Nothing when the words qualify the rows' noun that
    follows them ("the retired vessels") or when the rows' noun comes first ("the loans that …")."""
    out: list[ColumnRef] = []
    while k < len(r.tokens):
        m = _column_at(r, ch, k)
        rows = _rows_noun_at(r, ch, k)
        plural = rows is not None and any(r.tokens[p].lower != r.tokens[p].stem for p in range(k, rows))
        if m is not None and rows is not None and (m.end <= rows or plural):
            m = None  # the word names the rows ("which warehouses opened …"; "vessel name" is one column)
        if m is None and rows is not None:
            if plural or _column_at(r, ch, rows) is None:
                break
            k = rows  # "vessel name": the rows' noun owns the column after it
            continue
        if m is not None and m.column is not None and ch.reaches(m.table):
            if any(_rows_noun_at(r, ch, p) is not None for p in range(m.start + 1, m.end)):
                return []  # "retired vessels" read as one name: the words qualify the rows
            c = ColumnRef(table=m.table, column=m.column)
            if c not in out:
                out.append(c)
            k = m.end
        elif (r.low(k) in _JOINERS and out) or r.low(k) == "the":
            k += 1
        else:
            break
    if not out or r.low(k - 1) in {"and", "plus"} or _rows_noun_at(r, ch, k) is not None:
        return []
    if k < len(r.tokens) and r.low(k) not in _RUN_ENDS and r.words[k] is not None:
        return []  # "show open gate tickets": the words qualify a noun the catalog does not know
    return out


def _rows_noun_at(r: Reading, ch: Choice, k: int) -> int | None:
    """The end of the main table's noun when it starts at k."""
    return next((m.end for m in r.mentions if m.kind == "table" and m.start == k and m.table == ch.table.info.name),
                None)  # fmt: skip


def _ungrouped(r: Reading, ch: Choice) -> bool:
    """No grouping word, except "by" after a sorting verb and "each"/"every"/"by" before the rows' own noun."""
    for i, t in enumerate(r.tokens):
        if t.lower not in lx.GROUP_WORDS or r.words[i] is None:
            continue
        if t.lower == "by" and (r.low(i - 1) in lx.ORDER_VERBS or r.low(0) in _SORT_VERBS):
            continue
        nxt = i + 1 + (r.low(i + 1) in {"the", "single", "individual"})
        if r.adjective is not None and r.adjective.start == nxt:
            nxt = r.adjective.end  # "the song by the youngest singer": the one row a superlative picks
        if _rows_noun_at(r, ch, nxt) is not None:
            continue
        return False
    return True


def _sorted_by(r: Reading, ch: Choice) -> tuple[ColumnRef | None, bool]:
    """ "ordered by age from the oldest to the youngest", "sorted by capacity in descending order", "in descending
    order of capacity": the sort column and direction."""
    for i, t in enumerate(r.tokens):
        at = None
        if t.lower in lx.ORDER_VERBS and r.low(i + 1) == "by":
            at = i + 2 + (r.low(i + 2) in lx.OWNER_WORDS)
        elif t.lower == "by" and r.low(0) in _SORT_VERBS:
            at = i + 1 + (r.low(i + 1) in lx.OWNER_WORDS)  # "sort employee names by their age"
        elif t.lower == "order" and r.low(i + 1) == "of" and r.low(i - 1) in {"descending", "ascending", "decreasing",
                                                                                 "increasing"}:  # fmt: skip
            at = i + 2 + (r.low(i + 2) == "the")
        m = _column_at(r, ch, at) if at is not None else None
        if m is None or m.column is None or not ch.reaches(m.table):
            continue
        c = ColumnRef(table=m.table, column=m.column)
        rest = [x.lower for x in r.tokens[i:]]
        if "desc" in r.flags or "descending" in rest or "decreasing" in rest:
            return c, True
        if "asc" in r.flags:
            return c, False
        first = next((w for w in rest if w in _HIGH_FIRST | _LOW_FIRST), None)
        if first is not None:
            entry = _entry(ch, c)
            dated = entry is not None and entry.info.kind == "temporal"
            high = first in _HIGH_FIRST
            return c, (not high if dated and first in {"oldest", "earliest"} else high)
        return c, False
    return None, False


def _first_by(r: Reading, ch: Choice) -> tuple[ColumnRef, bool] | None:
    """ "of the largest vessel", "with the highest capacity", "by the youngest grower": the one row first by a
    superlative's column."""
    if r.top_n != 1 or r.adjective is None:
        return None
    word = r.low(r.adjective.start)
    if word in _AGE_WORDS:
        age = next((c for c in ch.table.columns if "age" in c.words and c.info.kind == "numeric"), None)
        if age is not None:
            return ColumnRef(table=ch.table.info.name, column=age.name), _AGE_WORDS[word]
    m = next((m for m in ch.mentions if m.via == "adjective" and m.column and ch.reaches(m.table)), None)
    if m is None or m.column is None:
        named = _column_at(r, ch, r.adjective.end)  # "the highest capacity": the column after the adjective
        m = named if named is not None and named.column is not None else None
    if m is None or m.column is None:
        return None
    return ColumnRef(table=m.table, column=m.column), r.adjective.desc
