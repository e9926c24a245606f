"""Filters of a question: values (=, IN, NOT IN, ILIKE), date ranges and numeric conditions tied to columns."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from backend.agents.builtin import lexicon as lx
from backend.agents.builtin.catalog_index import (
    KEY_SHARE,
    CatalogIndex,
    ColumnEntry,
    Mention,
    TableEntry,
    singular,
    time_of_day,
)
from backend.agents.builtin.choice import Choice
from backend.agents.builtin.comparisons import Comparison
from backend.agents.builtin.dates import DateExpr, DateRange, resolve
from backend.agents.builtin.due_states import ACTUAL_WORDS
from backend.agents.builtin.matching import measure_columns
from backend.agents.builtin.models import ColumnRef, Dimension, Filter, Measure
from backend.agents.builtin.money_paths import order_money, takings_at
from backend.agents.builtin.quantities import MONEY_UNITS
from backend.agents.builtin.reading import Reading
from backend.agents.builtin.repeated import done_verb, repeat_columns
from backend.agents.builtin.role_model import default_agg, measure_alias, ref
from backend.agents.builtin.span_filters import span_condition
from backend.agents.builtin.unit_notes import conversion_note, total_tail
from backend.agents.builtin.verbs import paid_condition, people_table
from backend.agents.builtin.year_values import year_values


@dataclass(frozen=True, slots=True)
class DateFilters:
    """The question's date expression resolved against the data: the range, its filters, compared periods."""

    range: DateRange
    filters: tuple[Filter, ...] = ()
    periods: str | None = None  # "Q1 vs Q2": the unit the periods are compared by (a series, not the x axis)
    note: str | None = None


@dataclass(frozen=True, slots=True)
class ComparisonFilters:
    """Numeric conditions tied to columns: row filters (or HAVING), the columns they show, and the mentions used."""

    filters: tuple[Filter, ...] = ()
    row_cols: tuple[ColumnRef, ...] = ()
    notes: tuple[str, ...] = ()
    used: frozenset[int] = frozenset()  # ids of the mentions a condition consumed
    measures: tuple[Measure, ...] = ()  # the groups' figures a condition on groups compares, shown as measures
    spans: frozenset[int] = frozenset()  # positions of conditions on the time between two dates of a row


def _col(idx: CatalogIndex, m: Mention) -> ColumnEntry | None:
    return idx.tables[m.table].col(m.column) if m.column else None


def value_filters(
    values: Sequence[tuple[Mention, bool]], meanings: Mapping[tuple[str, str, str], str] | None = None
) -> list[Filter]:
    """Equality / IN / NOT IN / ILIKE filters, one per column, from (value mention, negated) pairs; a code is described
    by the meaning its column's comment gives it ("Status is Rejected" for 4)."""
    out: list[Filter] = []
    groups: dict[tuple[str, str, bool, bool], list[str]] = {}
    for m, neg in values:
        like = m.via == "like"
        key = (m.table, m.column or "", neg, like)
        groups.setdefault(key, [])
        if m.value and m.value not in groups[key]:
            groups[key].append(m.value)
    for (table, column, neg, like), vals in groups.items():
        cref = ColumnRef(table=table, column=column)
        said = (meanings or {}).get
        shown = ", ".join(said((table, column, v)) or v for v in vals)
        if like:
            for v in vals:
                out.append(
                    Filter(
                        column=cref,
                        op="contains",
                        values=[v],
                        label=f"{column} contains {v}",
                    )
                )
        elif len(vals) == 1:
            op = "!=" if neg else "="
            label = f"{column} {'is not' if neg else 'is'} {shown}"
            out.append(Filter(column=cref, op=op, values=list(vals), label=label))
        else:
            op = "not_in" if neg else "in"
            label = f"{column} {'not in' if neg else 'in'} {shown}"
            out.append(Filter(column=cref, op=op, values=list(vals), label=label))
    return out


def date_filters(
    date: DateExpr,
    main: TableEntry,
    dims: Sequence[Dimension],
    today: dt.date | None,
    named: ColumnRef | None = None,
) -> DateFilters:
    """Resolve the date expression against the anchor and filter the table's date (or year) column; a year column the
    question names by its verb ("houses built after 2000" of YearBuilt) is the one filtered."""
    spoken = main.col(named.column) if named is not None and named.table == main.info.name else None
    named_year = spoken if spoken is not None and spoken.is_year else None
    year = named_year or main.year
    date_col = None if named_year is not None else date_column(main, dims, named)
    # "Today" is the day after the data's last date, so "last year" is the last complete year of the data.
    last = _parse_day(date_col.info.max if date_col else None)
    anchor = today or (last + dt.timedelta(days=1) if last else None) or dt.date.today()
    if date_col is None and year is not None and not today:
        anchor = dt.date(int(float(year.info.max or anchor.year)) + 1, 1, 1)
    rng = resolve(date, anchor)
    label = f"{rng.label}"
    if date.periods and (date_col is not None or year is not None):
        return DateFilters(rng, _period_filters(year, date, anchor, date_col), None if date.either else date.unit)
    if date_col is not None:
        vals: list[str | int | float | bool] = [
            rng.start.isoformat() if rng.start else "",
            rng.end.isoformat() if rng.end else "",
        ]
        note = None
        if date.kind in ("last", "this", "ytd") and today is None and last is not None:
            note = f"“{date.label}” counts back from {last.isoformat()}, the latest {date_col.name} in the data."
        return DateFilters(
            rng,
            (Filter(column=ref(date_col), op="date_range", values=vals, label=label),),
            note=note,
        )
    if year is not None:
        yc = ref(year)
        fl: list[Filter] = []
        if rng.start:
            fl.append(Filter(column=yc, op=">=", values=[rng.start.year], label=label))
        if rng.end:
            last = (rng.end - dt.timedelta(days=1)).year
            fl.append(Filter(column=yc, op="<=", values=[last], label=label))
        return DateFilters(rng, tuple(fl))
    named_years = year_values(main, date, anchor)
    if named_years is not None:  # "in 2014 or 2015" on a text column of years: those values
        return DateFilters(rng, (named_years,))
    return DateFilters(rng, note=f"{main.info.name} has no date column, so I ignored “{rng.label}”.")


def _period_filters(
    year: ColumnEntry | None, e: DateExpr, anchor: dt.date, date_col: ColumnEntry | None
) -> tuple[Filter, ...]:
    """ "Q1 vs Q2 2025": keep only those periods (the result is split by them, one bar per period)."""
    parts = [resolve(p, anchor) for p in e.periods or []]
    if date_col is not None:
        vals: list[str | int | float | bool] = [d.isoformat() for p in parts for d in (p.start, p.end) if d]
        return (Filter(column=ref(date_col), op="date_range", values=vals, label=e.label),)
    if year is not None:
        years: list[str | int | float | bool] = [p.start.year for p in parts if p.start]
        return (Filter(column=ref(year), op="in", values=years, label=e.label),)
    return ()


def date_column(main: TableEntry, dims: Sequence[Dimension], named: ColumnRef | None = None) -> ColumnEntry | None:
    """A temporal column named in the question, else one the answer is grouped by, else the table's main date
    column; never a time of day without a date ("hourly … on 3 June" groups by the hour of a time column and keeps
    the day on the date column beside it), so None when the table has no date."""
    c = main.col(named.column) if named is not None and named.table == main.info.name else None
    if c is not None and not time_of_day(c):
        return c
    for d in dims:
        if d.column.table == main.info.name:
            c = main.col(d.column.column)
            if c and c.info.kind == "temporal" and not time_of_day(c):
                return c
    return None if time_of_day(main.date) else main.date


def _parse_day(value: str | int | float | None) -> dt.date | None:
    """Date part of an ISO statistic."""
    if not isinstance(value, str):
        return None
    try:
        return dt.date.fromisoformat(value[:10])
    except ValueError:
        return None


# How a comparison tied to no column is reported: later stages find that note by it.
UNTIED = "I could not tell which column"


def attach_comparisons(r: Reading, idx: CatalogIndex, ch: Choice) -> ComparisonFilters:
    """Tie each numeric comparison to the column next to it (or the money column for "$")."""
    used: set[int] = set()
    filters: list[Filter] = []
    row_cols: list[ColumnRef] = []
    notes: list[str] = []
    measures: list[Measure] = []
    spans: set[int] = set()
    for comp in r.comparisons:
        span = span_condition(r, idx, ch, comp)
        if span is not None:  # "kept longer than 7 days": the time between two dates of the row
            filters.append(span.filter)
            row_cols += [ref(c) for c in span.shown]
            used |= {id(m) for m in ch.mentions if {m.start, m.end - 1} & span.tokens and m.kind != "table"}
            spans |= span.tokens
            continue
        if comp.other_at is not None:
            pair = _column_pair(r, idx, ch, comp, used)
            if pair is not None:
                left, right = pair
                word = {">": "above", ">=": "at or above", "<": "below"}.get(comp.op, "at or below")
                label = f"{left.name} {word} {right.name}"
                having: Measure | None = None
                if _group_subject(r, idx, ch, comp):
                    # "event kinds with more actual guests than planned": the groups' totals compared (HAVING).
                    a = default_agg(left)
                    having = Measure(agg=a, column=ref(left), alias=measure_alias(a, left.name))
                    measures += [having, Measure(agg=a, column=ref(right), alias=measure_alias(a, right.name))]
                    label = f"{having.alias} {word} {measure_alias(a, right.name)}"
                filters.append(Filter(column=ref(left), op=comp.op, than_column=ref(right), label=label, having=having))
                row_cols += [ref(left), ref(right)]
            continue
        grouped = _against_groups(r, idx, ch, comp, used)
        if grouped is not None:
            filters.append(grouped)
            continue
        # "kettles with at least 10 reviews": a bare number before the rows' own noun counts them, even where the
        # noun also names a figure of theirs (a review's stars, a sale's amount).
        counted = _counted_rows(r, idx, ch, comp) if _bare_count(comp) else None
        target = _comparison_column(r, idx, ch, comp, used) if counted is None else None
        if counted is None and target is None and comp.vs_agg is None:
            counted = _counted_rows(r, idx, ch, comp)
        if counted is not None:
            filters.append(counted)
            noun = _noun_start(r, ch, comp)  # the rows counted, not a figure of theirs (nor the values before them)
            used |= {id(x) for x in ch.mentions if x.start == noun and x.kind != "value"}
            continue
        if target is None:
            notes.append(f"{UNTIED} “{_span(r, comp)}” applies to, so I ignored it.")
            continue
        c, m = target
        agg = r.agg_before(m.start) if m is not None else None
        if agg is not None and agg.agg == "count":
            agg = None  # "how many parcels weigh more than 40": count the rows that pass a row filter
        if m is not None and not agg:
            used.add(id(m))  # a filtered column is not also a measure, unless it is an aggregate ("total sales over")
        if comp.vs_agg is not None and agg is None:
            # "earning above the average salary": the verb before the comparison names the same column.
            near = {comp.start, comp.end}
            used |= {id(x) for x in ch.mentions if (x.table, x.column) == (c.table, c.name) and {x.end, x.start} & near}
        having = Measure(agg=agg.agg, column=ref(c), alias=measure_alias(agg.agg, c.name)) if agg else None
        # the takings of lines asked as their order's money: the lines' own figure (price × quantity) is compared
        own = c.table == ch.table.info.name or (bool(takings_at(r)) and order_money(idx, ch.table, c))
        # "customers who spent more than the average customer": each member's total against the average of the
        # members' totals, not against the average row.
        member = comp.vs_agg is not None and any(x.start == comp.end and x.kind == "table" for x in ch.mentions)
        sized = m is None and r.low(comp.start) in _SIZE_WORDS  # "deals bigger than …": each row's own size
        if having is None and own and not sized and _group_subject(r, idx, ch, comp):
            # "hives with more than 1000 hours": the group's total; "job types with above average hours": the
            # group's average against the average of every row. The figure compared is the one shown.
            # "fewer than 150 seats": a whole number of things named right after the number adds up too
            things = m is not None and m.start == comp.end and "INT" in c.info.type.upper() and not c.is_year
            a = comp.vs_agg or ("sum" if c.additive or things or _totalled(r, idx, c, comp) else None)
            if member:
                a = "sum" if c.additive else default_agg(c)
                used |= {id(x) for x in ch.mentions if x.start == comp.end and x.kind == "table"}
            having = Measure(agg=a, column=ref(c), alias=measure_alias(a, c.name)) if a else None
            if having is not None:
                used |= {id(m)} if m is not None else set()
                measures.append(having)
        read = in_unit_of(c, comp)
        vals: list[str | int | float | bool] = [_number(v) for v in read]
        note = conversion_note(comp.unit, c.unit, comp.values, list(read)) if comp.vs_agg is None else ""
        shown = " and ".join(str(v) for v in vals) if comp.vs_agg is None else _AGG_NAMES[comp.vs_agg]
        label = f"{(having.alias if having else c.name)} {comp.op} {shown}"
        # "crews whose average yield is above the overall average": each group's aggregate (HAVING) against the
        # same aggregate over every row.
        than = comp.vs_agg
        filters.append(
            Filter(
                column=ref(c),
                op=comp.op,
                values=vals,
                label=label,
                having=having,
                than_agg=than,
                than_groups=member and having is not None,
                than_kept=having is None and comp.vs_agg is not None and _restated_rows(r, idx, comp),
                note=note,
            )
        )
        row_cols.append(ref(c))
    return ComparisonFilters(
        tuple(filters), tuple(row_cols), tuple(notes), frozenset(used), tuple(measures), frozenset(spans)
    )


_AGG_NAMES = {"avg": "the average", "median": "the median"}


def in_unit_of(c: ColumnEntry, comp: Comparison) -> tuple[float, ...]:
    """The comparison's numbers in the column's unit: "longer than 2 hours" on seconds is 7200, "over 5 MB" on bytes
    5 × 1024²; unchanged when either unit is unknown or they measure different things."""
    if comp.unit is None or c.unit is None or comp.unit.dimension != c.unit.dimension:
        return comp.values
    return tuple(comp.unit.to(c.unit, v) for v in comp.values)


def _number(v: float) -> int | float:
    """A whole number as an int; a converted figure rounded off its float noise (0.1 h → 360 s, not 360.00000000000006)."""
    v = round(v, 9)
    return int(v) if v.is_integer() else v


def _own_rows(idx: CatalogIndex, ch: Choice, m: Mention) -> bool:
    """The mention names the chosen table's rows: the table, or its own key ("jobs" naming job_no)."""
    if m.table != ch.table.info.name:
        return False
    if m.kind == "table":
        return True
    c = _col(idx, m) if m.kind == "column" else None
    return c is not None and c.is_id and (c.info.distinct_count or 0) >= KEY_SHARE * max(ch.table.info.row_count, 1)


_SUBJECT_GAP = 3  # words between the subject and its condition: "that take", "which have"
# What ties a number to the groups: "crews with more than 100 points" ("payments over $100" is a row's amount).
_HAVING_WORDS = frozenset({"with", "having", "have", "has", "whose"})
# "halls that sold fewer than 150 seats": a clause on the groups, whose verb's figure is their total.
_RELATIVE_WORDS = frozenset({"that", "which", "who"})


def _group_subject(r: Reading, idx: CatalogIndex, ch: Choice, comp: Comparison) -> bool:
    """ "crews with more than 100 points", "job types with above average hours": the question opens on a grouping (a
    category or key column, another table's rows) that the condition after it qualifies, not on the rows; a number
    is tied to the groups by "with", "having" or "whose"."""
    at = comp.compared_at
    # The comparison begins at the figure compared when one is named before "than" ("more actual guests than …").
    limit = min([m.start for m in ch.mentions if at is not None and m.start <= at < m.end] + [comp.start])
    # "customers who spent more than 45", "genres with revenue over 100": a total, the verb or the takings its figure
    paying = paid_condition([t.lower for t in r.tokens], limit - 1) or limit - 1 in takings_at(r)
    before = [m for m in ch.mentions if m.end <= limit and not (paying and m.start <= limit - 1 < m.end)]
    if not before:
        return False
    start = min(m.start for m in before)
    # "venues that sold more than 1000 tickets", "which venues sold …": the verb naming the rows' figure (sold ↔
    # quantity) right after the subject is the clause's
    opened = max(m.end for m in before if m.start == start)
    asked = start > 0 and r.low(start - 1) in {"which", "what"}
    verb_at = opened + 1 if r.low(opened) in _RELATIVE_WORDS else opened if asked else -1
    # "members who lifted …" over lift sets: the verb names the rows themselves, as their figure would
    rows_verb = [m for m in before if m.kind == "table" and m.table == ch.table.info.name]
    said = [m for m in before if _rows_figure(idx, ch, m) or m in rows_verb]
    before = [m for m in before if not (m.start == verb_at and m.end == verb_at + 1 and m in said)]
    first = [m for m in before if m.start == start]
    end = max(m.end for m in first)
    if start > 2 or not 0 < limit - end <= _SUBJECT_GAP or any(m.start > start for m in before):
        return False
    ties = {r.low(k) for k in range(end, limit)} & (_HAVING_WORDS | _RELATIVE_WORDS)
    if comp.values and not ties and not paying and not asked:
        return False
    for m in first:
        if _own_rows(idx, ch, m):
            return False
        if m.kind == "table" and (m.table in ch.parents or m.table in ch.paths):
            return True
        c = _col(idx, m) if m.kind == "column" else None
        small = c is not None and (c.info.distinct_count or 999) <= 25 and not c.additive
        if c is not None and (c.info.kind == "text" or c.is_id or small):
            return True
    return False


def _totalled(r: Reading, idx: CatalogIndex, c: ColumnEntry, comp: Comparison) -> bool:
    """ "members who lifted more than 10 tonnes", "more than 100 miles in total": a quantity said in a unit of a
    figure done in repetitions, or followed by "in total", is the group's total of that figure."""
    if comp.unit is None or c.unit is None or comp.unit.dimension != c.unit.dimension:
        return False
    lows = [t.lower for t in r.tokens]
    return bool(total_tail(lows, comp.end)) or bool(done_verb(lows) and repeat_columns(idx.tables[c.table]))


def _rows_figure(idx: CatalogIndex, ch: Choice, m: Mention) -> bool:
    """The mention names a numeric column of the chosen table's rows (no key)."""
    c = _col(idx, m) if m.kind == "column" and m.table == ch.table.info.name else None
    return c is not None and c.info.kind == "numeric" and not c.is_id


def _against_groups(r: Reading, idx: CatalogIndex, ch: Choice, comp: Comparison, used: set[int]) -> Filter | None:
    """ "hives with more swarms than the average hive": each group's number of rows (or total of the figure named
    there, "more hours than the average crew") against the average of those per group (HAVING)."""
    if comp.vs_agg is None or comp.compared_at is None:
        return None
    said = [m for m in ch.mentions if m.start <= comp.compared_at < m.end]
    figure: Measure | None = None
    # "instructors who teach more classes than the average instructor": a plural noun naming a key of the rows to
    # another table (a class's type) counts the rows themselves, as "number of classes" does.
    keyed = any(
        m.table == ch.table.info.name and (c := _col(idx, m)) is not None and c.is_id and m.kind == "column"
        for m in said
    ) and r.low(comp.compared_at).endswith("s")
    if any(_own_rows(idx, ch, m) for m in said) or keyed:
        word = r.tokens[comp.compared_at].lower
        noun = singular(idx, word) if word.isalpha() else (r.words[comp.compared_at] or "row")
        figure = Measure(agg="count", column=None, alias=measure_alias("count", None, noun))
        used |= {id(m) for m in said}
    else:
        c = next(
            (c for m in said if (c := _col(idx, m)) is not None and c.info.kind == "numeric" and not c.is_id), None
        )
        if c is not None:
            agg = default_agg(c)
            figure = Measure(agg=agg, column=ref(c), alias=measure_alias(agg, c.name))
    if figure is None:
        return None
    # The group named after the aggregate ("the average hive") is the grouping already named: not a second one.
    used |= {id(m) for m in ch.mentions if m.start == comp.end}
    return Filter(
        column=ref(ch.table.columns[0]),
        op=comp.op,
        label=f"{figure.alias} {comp.op} {_AGG_NAMES[comp.vs_agg]} per group",
        having=figure,
        than_agg=comp.vs_agg,
        than_groups=True,
    )


def _counted_rows(r: Reading, idx: CatalogIndex, ch: Choice, comp: Comparison) -> Filter | None:
    """ "departments with more than 10 employees": a condition on the number of rows named right after it (HAVING)."""
    if len(comp.values) != 1 or comp.op not in (">", ">=", "<", "<=", "="):
        return None
    # The rows' noun may also name a figure of theirs that won its words (a review's stars): the table is still said.
    tables = [m for m in r.mentions if m.kind == "table" and m.table == ch.table.info.name]
    for m in [*ch.mentions, *tables]:
        if not _right_after(r, ch, comp, m) or not _own_rows(idx, ch, m):
            continue
        said = r.tokens[m.end - 1].lower
        noun = singular(idx, said) if said.isalpha() else (r.words[m.end - 1] or "row")
        count = Measure(agg="count", column=None, alias=measure_alias("count", None, noun))
        value = int(comp.values[0]) if comp.values[0].is_integer() else comp.values[0]
        first = ref(ch.table.columns[0])
        return Filter(
            column=first,
            op=comp.op,
            values=[value],
            label=f"{count.alias} {comp.op} {value}",
            having=count,
        )
    return None


_QUALIFIERS = 2  # values of the rows said between a number and their noun: "3 late blue gizmos"


def _right_after(r: Reading, ch: Choice, comp: Comparison, m: Mention) -> bool:
    """The rows' noun right after the number, or after values of those rows that qualify it ("more than 3 late
    gizmos": the late ones counted, their state a filter of its own)."""
    return m.start == _noun_start(r, ch, comp) and m.kind != "value"


def _noun_start(r: Reading, ch: Choice, comp: Comparison) -> int:
    """Where the noun after the number starts: past up to two values of the chosen table's rows."""
    own = ch.table.info.name
    k = comp.end
    while k - comp.end < _QUALIFIERS and any(
        v.kind == "value" and v.table == own and v.start <= k < v.end for v in r.mentions
    ):
        k += 1
    return k


def _bare_count(comp: Comparison) -> bool:
    """A whole number said with no unit, money sign or comparative of a quantity: a count of things."""
    plain = not comp.money and comp.unit is None and not comp.concepts and comp.vs_agg is None
    return plain and len(comp.values) == 1 and comp.values[0].is_integer() and comp.named_at is None


def _span(r: Reading, comp: Comparison) -> str:
    return " ".join(t.text for t in r.tokens[comp.start : comp.end])


_AMOUNT_OF = frozenset({"in", "of"})  # "more than 5,000 in sales", "over $2,000 of orders": an amount of the rows


def _comparison_column(
    r: Reading, idx: CatalogIndex, ch: Choice, comp: Comparison, used: set[int]
) -> tuple[ColumnEntry, Mention | None] | None:
    """The numeric column a comparison is about: just before it, just after it, or the money column."""
    best: tuple[int, ColumnEntry, Mention] | None = None
    named = {k for x in r.mentions for k in range(x.start, x.end)}
    for m in ch.mentions:
        c = _col(idx, m) if m.kind == "column" else None
        if c is not None and c.info.kind != "numeric":
            # "grade above 8": the numeric grade, not a text grade_band.
            c = _numeric_twin(r, idx, ch.table, m, comp.values[0]) if comp.values else None
        if c is None or c.info.kind != "numeric" or c.is_id or id(m) in used or _other_quantity(c, comp):
            continue
        gap = comp.start - m.end if m.end <= comp.start else (m.start - comp.end if m.start >= comp.end else 99)
        if comp.start < m.start and m.end < comp.end:
            gap = 0  # "above age 20": the column named inside the comparison
        between = [r.low(k) for k in range(min(m.end, comp.end), max(m.start, comp.start))]
        near = gap <= 3 and all(w in lx.STOPWORDS or w in lx.UNIT_WORDS or w in lx.COMPARATIVES for w in between)
        # "gust speed over 20": one word between that names nothing of the catalog only says what the column measures.
        near = near or (gap == 1 and not named & set(range(m.end, comp.start)) and m.end < comp.start)
        if near and (best is None or gap < best[0]):
            best = (gap, c, m)
    if best:
        return best[1], best[2]
    for m in ch.mentions:
        # "sales over 1000": a table named by a money word stands for its money column; "more than 5,000 in sales"
        # too, and then its one money column is the figure even when no concept names it.
        after = m.start == comp.end + 1 and r.low(comp.end) in _AMOUNT_OF
        if m.kind == "table" and (m.end <= comp.start <= m.end + 1 or after) and m.table == ch.table.info.name:
            hint = next(
                (
                    x
                    for x in r.mentions
                    if x.via == "concept" and x.kind == "column" and x.start == m.start and x.table == m.table
                ),
                None,
            )
            money = [c for c in ch.table.columns if c.is_money and c.additive]
            col = _col(idx, hint) if hint else money[0] if after and len(money) == 1 else None
            if col is not None:
                return col, m
    measured = _measured_in(idx, ch, comp)
    if measured is not None:
        return measured, None
    for concept in comp.concepts:
        # "longer than 150 minutes" → the duration column, "over 1000 miles" → the distance-like column.
        for table in (ch.table.info.name, *ch.parents):
            # A number is compared with a number: "older than 65" is an age, never a date column.
            cols = [c for c, _ in measure_columns(idx, concept, table) if c.info.kind == "numeric"]
            if cols:
                return cols[0], None
    timed = _time_length(idx, ch) if "length" in comp.concepts and not comp.values else None
    if timed is not None:  # "types that take longer than average to resolve": the rows' one length of time
        return timed, None
    money = [c for c in ch.table.columns if c.is_money]
    if comp.money and money:
        return money[0], None
    age = _age_of_people(r, ch, comp)
    if age is not None:
        return age, None
    # "deals bigger than the average deal": a row's size, with no figure named, is its one money column.
    additive = [c for c in money if c.additive]
    if r.low(comp.start) in _SIZE_WORDS and not comp.concepts and len(additive) == 1:
        return additive[0], None
    # "orders over 500": a number right after the rows' noun is their one money column.
    after_rows = any(m.kind == "table" and m.table == ch.table.info.name and m.end == comp.start for m in r.mentions)
    if after_rows and len(money) == 1 and not comp.concepts:
        return money[0], None
    return None


_SIZE_WORDS = frozenset({"bigger", "larger", "smaller"})


def _restated_rows(r: Reading, idx: CatalogIndex, comp: Comparison) -> bool:
    """ "bigger than the average 2025 won deal": a year or a yes/no said again between the aggregate and its noun
    restates the question's conditions, so the aggregate is over the rows they keep."""
    for k in range(comp.end, min(comp.end + 4, len(r.tokens))):
        t = r.tokens[k]
        if t.number is not None and r.date is not None and r.date.year == t.number:
            return True
        said = [m for m in r.mentions if m.start == k and m.kind == "column"]
        if any((c := _col(idx, m)) is not None and c.flag is not None for m in said):
            return True
        if not t.lower.isalnum():
            return False
    return False


# Words between people and a bare number compared with them: "employees (who are) over 50", "members aged under 30".
_BEING = frozenset({"are", "is", "was", "were", "who", "that", "aged", "being"})


def _age_of_people(r: Reading, ch: Choice, comp: Comparison) -> ColumnEntry | None:
    """ "how many employees are over 50", "members under 30": a bare number compared with people (the rows' noun
    just before it) is their age, when one numeric column of theirs is an age and the number lies in its range."""
    if comp.money or comp.unit is not None or comp.concepts or comp.vs_agg is not None or not comp.values:
        return None
    if not people_table(ch.table):
        return None
    k = comp.start
    while r.low(k - 1) in _BEING:
        k -= 1
    if not any(m.kind == "table" and m.table == ch.table.info.name and m.end == k for m in r.mentions):
        return None
    ages = [c for c in ch.table.columns if "age" in c.words and c.info.kind == "numeric" and not c.is_id]
    if len(ages) != 1:
        return None
    low, high = ages[0].info.min, ages[0].info.max
    inside = all(
        not isinstance(low, int | float) or not isinstance(high, int | float) or low <= v <= high for v in comp.values
    )
    return ages[0] if inside else None


def _time_length(idx: CatalogIndex, ch: Choice) -> ColumnEntry | None:
    """The one figure of the rows (else of a parent) counted in units of time (resolution_days, TransitHours)."""
    for table in (ch.table.info.name, *ch.parents):
        timed = [
            c
            for c in idx.tables[table].columns
            if c.info.kind == "numeric" and c.unit is not None and c.unit.dimension == "time" and not c.is_id
        ]
        if timed:
            return timed[0] if len(timed) == 1 else None
    return None


def _other_quantity(c: ColumnEntry, comp: Comparison) -> bool:
    """The column measures another kind of quantity than the number's unit ("more than 12 hours" is no price per kWh)."""
    u = comp.unit
    return u is not None and u.label not in MONEY_UNITS and c.unit is not None and c.unit.dimension != u.dimension


def _measured_in(idx: CatalogIndex, ch: Choice, comp: Comparison) -> ColumnEntry | None:
    """ "uploads over 5 MB", "sessions longer than 10 minutes": the column of the rows (else of a parent) stored in a
    unit of the same kind as the number's, the one its comparative or unit also names when there are several."""
    u = comp.unit
    if u is None or u.label in MONEY_UNITS:
        return None
    for table in (ch.table.info.name, *ch.parents):
        cols = [c for c in idx.tables[table].columns if c.unit is not None and c.unit.dimension == u.dimension]
        if len(cols) > 1:
            named = {c.name for concept in comp.concepts for c, _ in measure_columns(idx, concept, table)}
            cols = [c for c in cols if c.name in named] or cols[:1]
        if cols:
            return cols[0]
    return None


def _numeric_twin(r: Reading, idx: CatalogIndex, main: TableEntry, m: Mention, value: float) -> ColumnEntry | None:
    """A numeric column the same words also name whose range holds the value (the tightest such range)."""
    best: tuple[float, ColumnEntry] | None = None
    for x in r.mentions:
        c = _col(idx, x) if x.kind == "column" and (x.start, x.end) == (m.start, m.end) else None
        if c is None or c.info.kind != "numeric" or c.is_id or c.table != main.info.name:
            continue
        lo, hi = c.info.min, c.info.max
        fits = isinstance(lo, int | float) and isinstance(hi, int | float) and lo <= value <= hi
        if fits and isinstance(lo, int | float) and isinstance(hi, int | float) and (best is None or hi - lo < best[0]):
            best = (float(hi - lo), c)
    return best[1] if best else None


# What a stock threshold is compared with: the quantity on hand.
_ON_HAND_WORDS = frozenset({"stock", "inventory", "hand", "available", "onhand", "balance"})


def _column_pair(
    r: Reading, idx: CatalogIndex, ch: Choice, comp: Comparison, used: set[int]
) -> tuple[ColumnEntry, ColumnEntry] | None:
    """ "units in stock below the reorder level", "trees below their target yield": the numeric column named after the
    comparison, and the one named before it, else the one of the same row it is a threshold for (sharing a word with
    it, else the quantity on hand)."""
    main = ch.table
    after = [m for m in ch.mentions if m.kind == "column" and m.start == comp.other_at and m.table == main.info.name]
    right_m = next(
        (
            m
            for m in after
            if (c := _col(idx, m)) is not None and c.info.kind == "numeric" and not c.is_id and not c.is_year
        ),
        None,
    )
    right = _col(idx, right_m) if right_m is not None else None
    if right is None or right_m is None:
        return None
    used.add(id(right_m))
    before = [
        (m, c)
        for m in ch.mentions
        if m.kind == "column" and m.end <= comp.start and comp.start - m.end <= 2
        and (c := _col(idx, m)) is not None and c.table == main.info.name
        and c.info.kind == "numeric" and not c.is_id and c.name != right.name
    ]  # fmt: skip
    if before:
        used.add(id(before[-1][0]))
        return before[-1][1], right
    others = [c for c in main.columns if c.info.kind == "numeric" and not c.is_id and c.name != right.name]
    own = set(right.words) - lx.THRESHOLD_WORDS
    if not set(right.words) & lx.THRESHOLD_WORDS:
        return None  # "price above their cost" needs both named; a threshold word says what it is compared with
    paired = [c for c in others if own & set(c.words)] or [c for c in others if set(c.words) & _ON_HAND_WORDS]
    paired = paired or [c for c in others if set(c.words) & ACTUAL_WORDS]  # "over budget": the actual cost
    return (paired[0], right) if len(paired) == 1 else None
