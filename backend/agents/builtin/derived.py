"""Measures derived from two columns or from the grouped result: a difference ("revenue minus cost", "profit"), a
product ("quantity times price each"),
the share of the total ("share of revenue per branch") and a running total ("cumulative sales by month")."""

from __future__ import annotations

from dataclasses import dataclass

from backend.agents.builtin import lexicon as lx
from backend.agents.builtin.catalog_index import CatalogIndex, ColumnEntry, Mention, TableEntry, singular
from backend.agents.builtin.choice import Choice
from backend.agents.builtin.group_rates import divisor_at
from backend.agents.builtin.models import Agg, AnalysisPlan, Change, ColumnRef, Intent, Measure
from backend.agents.builtin.quantities import divisor, rate_unit, raw_words, waiting_time
from backend.agents.builtin.reading import Reading
from backend.agents.builtin.role_model import Roles, default_agg, measure_alias, ref

_COST_WORDS = frozenset(lx.CONCEPTS["cost"])
ENTITY_BARS = 50  # more entities than bars a chart shows well: "average X per <entity>" is one ratio


def _positions(r: Reading, words: frozenset[str]) -> list[int]:
    return [i for i, t in enumerate(r.tokens) if t.lower in words]


def difference(r: Reading, main: TableEntry, named: list[tuple[int, int, ColumnEntry]], ro: Roles) -> str | None:
    """Replace two measures joined by "minus" (or "difference between A and B") by one measure of A − B;
    "profit"/"margin" on a table with an income column and a cost column but no column of that name is their
    difference. Returns the thought to show, if a difference was read."""
    pair = _minus_pair(r, named)
    alias: str | None = None
    if pair is None:
        pair = _profit_pair(r, main)
        alias = next((r.tokens[i].stem for i in _positions(r, lx.DIFFERENCE_NOUNS)), None)
    if pair is None:
        return None
    a, b = pair
    asked: list[Agg] = [m.agg for m in ro.measures if m.column in (ref(a), ref(b))]
    agg: Agg = asked[0] if asked and asked[0] not in ("count", "count_distinct") else default_agg(a)
    name = alias or f"{a.name}_minus_{b.name}"
    alias_full = measure_alias(agg, name)
    keep = [m for m in ro.measures if m.column not in (ref(a), ref(b))]
    ro.measures = [Measure(agg=agg, column=ref(a), minus=ref(b), alias=alias_full), *keep]
    ro.numeric_cols = [c for c in ro.numeric_cols if c not in (ref(a), ref(b))]
    ro.money_hint = None
    return f"{name.replace('_', ' ')} is {a.name} minus {b.name}."


def product(r: Reading, named: list[tuple[int, int, ColumnEntry]], ro: Roles) -> str | None:
    """Replace two measures joined by "times" or "multiplied by" ("quantity times price each") by one measure of their
    product, summed unless another aggregate was asked. Returns the thought to show, if a product was read."""
    numeric = [(s, e, c) for s, e, c in named if c.info.kind == "numeric" and not c.is_id]
    for k in r.operators:
        if r.low(k) not in {"times", "multiplied"}:
            continue
        before = next((c for _, end, c in numeric if end == k), None)
        after = next((c for start, _, c in numeric if start == k + 1 + (r.low(k) == "multiplied")), None)
        if before is None or after is None or before is after:
            continue
        asked: list[Agg] = [m.agg for m in ro.measures if m.column in (ref(before), ref(after))]
        agg: Agg = asked[0] if asked and asked[0] in ("sum", "avg", "median", "min", "max") else "sum"
        name = f"{before.name}_times_{after.name}"
        keep = [m for m in ro.measures if m.column not in (ref(before), ref(after))]
        ro.measures = [Measure(agg=agg, column=ref(before), times=ref(after), alias=measure_alias(agg, name)), *keep]
        ro.numeric_cols = [c for c in ro.numeric_cols if c not in (ref(before), ref(after))]
        ro.money_hint = None
        return f"{name.replace('_', ' ')} is {before.name} multiplied by {after.name}, row by row."
    return None


def ratio(r: Reading, idx: CatalogIndex, named: list[tuple[int, int, ColumnEntry]], ro: Roles) -> str | None:
    """Replace two measures joined by "divided by", "/" or "per" ("fare per passenger", where the second names a
    measure, not a grouping; "charge per kilometre", where a unit names it), or read as "ratio of A to B", by one
    ratio: the total of A over the total of B, or, when another aggregate is asked ("average of fare divided by
    passengers"), that aggregate of the row-by-row ratio. Returns the thought to show, if a ratio was read."""
    pair = _ratio_pair(r, idx, named)
    if pair is None:
        return None
    a, b, written = pair.a, pair.b, pair.written
    asked: list[Agg] = [m.agg for m in ro.measures if m.column == ref(a) and ro.measure_explicit_agg]
    agg: Agg = asked[0] if asked and asked[0] in ("avg", "median", "min", "max") and written else "sum"
    name = f"{a.name}_pct_of_{b.name}" if pair.percent else f"{a.name}_per_{pair.unit or b.name}"
    keep = [m for m in ro.measures if m.column not in (ref(a), ref(b))]
    alias = name if agg == "sum" else measure_alias(agg, name)
    over = ref(b) if pair.scale is None else ref(b).model_copy(update={"scale": pair.scale})
    ro.measures = [Measure(agg=agg, column=ref(a), over=over, percent=pair.percent, alias=alias), *keep]
    ro.numeric_cols = [c for c in ro.numeric_cols if c not in (ref(a), ref(b))]
    ro.dims = [d for d in ro.dims if d.column != ref(b)]
    ro.taken |= pair.taken
    ro.money_hint = None
    if pair.percent:
        return f"{a.name} as a percentage of {b.name} is 100 × the total {a.name} over the total {b.name}."
    if agg == "sum":
        return f"{name.replace('_', ' ')} is the total {a.name} divided by the total {b.name}.{' ' + pair.said if pair.said else ''}"
    return f"{name.replace('_', ' ')} is {a.name} divided by {b.name}, row by row."


def homed(
    r: Reading, idx: CatalogIndex, main: TableEntry, named: list[tuple[int, int, ColumnEntry]]
) -> list[tuple[int, int, ColumnEntry]]:
    """The columns named, where a parent's measure was chosen for words that also name a measure of the main table:
    the main table's, which arithmetic with the row's own measures means ("sales net of rebates" subtracts the
    row's rebate amount, not its dealer's rebate rate)."""
    out: list[tuple[int, int, ColumnEntry]] = []
    for s, e, c in named:
        alt = None
        if c.table != main.info.name and c.info.kind == "numeric":
            alt = next(
                (
                    col
                    for m in r.mentions
                    if m.kind == "column"
                    and (m.start, m.end) == (s, e)
                    and m.table == main.info.name
                    and (col := main.col(m.column or "")) is not None
                    and _measure_col(col)
                ),
                None,
            )
        out.append((s, e, alt or c))
    return out


def own_amounts(r: Reading, idx: CatalogIndex, main: TableEntry, mentions: list[Mention]) -> list[Mention]:
    """ "total rebates paid by dealer": words naming both a parent's rate or level (a percentage, no amount
    that adds up) and an amount of the main table's rows mean the rows' amount."""
    out: list[Mention] = []
    for m in mentions:
        own = idx.tables[m.table].col(m.column) if m.kind == "column" and m.column else None
        if own is not None and m.table != main.info.name and own.info.kind == "numeric" and not own.additive:
            alt = next(
                (
                    x
                    for x in r.mentions
                    if x.kind == "column"
                    and m.start == x.start
                    and x.end <= m.end
                    and x.table == main.info.name
                    and (c := main.col(x.column or "")) is not None
                    and c.additive
                    and _measure_col(c)
                ),
                None,
            )
            if alt is not None:
                out.append(alt)
                continue
        out.append(m)
    return out


def settle(named: list[tuple[int, int, ColumnEntry]], chosen: list[tuple[int, int, ColumnEntry]], ro: Roles) -> None:
    """A derived measure reading the main table's column for words first read as a parent's measure: that measure
    goes (see `homed`)."""
    used = [o for m in ro.measures if m.column is not None and m.operands() for o in [m.column, *m.operands()]]
    gone = [ref(c) for (_, _, c), (_, _, h) in zip(chosen, named, strict=True) if c is not h and ref(h) in used]
    ro.measures = [m for m in ro.measures if m.column not in gone]
    ro.numeric_cols = [c for c in ro.numeric_cols if c not in gone]


def _measure_col(c: ColumnEntry) -> bool:
    """A column whose values are amounts to add or divide: numeric, no key, no year, no place in a cycle."""
    small = (c.info.distinct_count or 999) <= 25 and "INT" in c.info.type.upper() and not c.additive
    return c.info.kind == "numeric" and not c.is_id and not c.is_year and not small


_PERCENT_WORDS = frozenset({"%", "percent", "percentage", "pct"})


@dataclass(frozen=True, slots=True)
class RatioPair:
    """A over B; `unit` is the word a divisor was named by ("per kilometre"), `scale` what B is divided by to read in
    that unit (grams per kilogram), `taken` the positions of the words read so (no time bucket: "per hour");
    `percent` for "A as a percentage of B"."""

    a: ColumnEntry
    b: ColumnEntry
    written: bool
    unit: str | None = None
    scale: float | None = None
    taken: frozenset[int] = frozenset()
    percent: bool = False
    said: str = ""  # a conversion the divisor needed ("area_km2 is in square km, …")


def _ratio_pair(r: Reading, idx: CatalogIndex, named: list[tuple[int, int, ColumnEntry]]) -> RatioPair | None:
    """(A, B, written as arithmetic) of "A divided by B", "A / B", "A per B", "ratio of A to B", "A to B ratio"."""
    numeric = [(s, e, c) for s, e, c in named if _measure_col(c)]

    def at(start: int) -> ColumnEntry | None:
        return next((c for s, _, c in numeric if s == start), None)

    def ending(end: int) -> ColumnEntry | None:
        return next((c for _, e, c in numeric if e == end), None)

    def skip(j: int) -> int:  # "divided by the total distance": the second total, said again
        while r.low(j) in {"the", "total", "sum", "of"}:
            j += 1
        return j

    for k in r.operators:
        if r.low(k) in {"divided", "/"}:
            j = skip(k + 1 + (r.low(k) == "divided"))
            a, b = ending(k), at(j)
            first = next((s for s, e, c in numeric if e == k and c is a), -1)
            if (b is None or b is a) and first >= 0 and r.low(j) == r.low(first):
                b = at(j + 1)  # "gross weight / gross volume": the word both sides share qualifies each
            if a is not None and b is not None and a is not b and a.table == b.table:
                # "sold / available %": the quotient read as a percentage
                end = next((e for s, e, c in numeric if s >= j and c is b), -1)
                return RatioPair(a, b, True, percent=r.low(end) in _PERCENT_WORDS)
    for k, t in enumerate(r.tokens):
        # "tips as a percentage of fares", "tip as % of fare", "discount as a share of the list price"
        if t.lower == "as" and k > 0:
            n = k + 1 + (r.low(k + 1) in {"a", "the"})
            j = skip(n + 2) if lx.share_noun_at(r.tokens, n) and r.low(n + 1) == "of" else -1
            a, b = ending(k), at(j)
            if a is not None and b is not None and a is not b and a.table == b.table:
                return RatioPair(a, b, False, percent=True)
        # "percent of planned budget actually spent", "share of quota achieved": the figure named second, as a
        # percentage of the planned one named first (two figures of one kind of the same rows, side by side).
        if lx.share_noun_at(r.tokens, k) and r.low(k + 1) == "of":
            j = skip(k + 2)
            b = at(j)
            end = next((e for s, e, c in numeric if s == j and c is b), -1)
            a = at(end) if b is not None else None
            planned = b is not None and bool(set(b.words) & lx.THRESHOLD_WORDS)  # "fee revenue" is one figure
            if a is not None and b is not None and a is not b and a.table == b.table and planned and _alike(a, b):
                return RatioPair(a, b, False, percent=True)
        if t.lower == "per":
            j = k + 1 + (r.low(k + 1) in {"a", "each", "one", "every"})
            a, b = ending(k), at(j)
            if a is None and _participle(r, k - 1, named):  # "fuel used per hour", "energy consumed per km"
                a = ending(k - 1)
            if a is not None and b is not None and a is not b and a.table == b.table:
                return RatioPair(a, b, False)
            unit = per_unit(r, idx.tables[a.table], j, named) if a is not None and b is None else None
            if a is not None and unit is not None and unit.column is not a:
                return RatioPair(a, unit.column, False, r.low(j), unit.scale, unit.taken)
            # "takings per capita by shire": the population (an area, "per square mile") of each row, beside its figure
            own = divisor_at(r, idx, idx.tables[a.table], k, counted=False) if a is not None and b is None else None
            if a is not None and own is not None and own.column is not a:
                noun = f"{own.scale:.0f}_{own.noun}" if own.scale else own.noun  # "per 1,000 residents"
                said = own.convert[1] if own.convert else ""
                return RatioPair(a, own.column, False, noun, own.over().scale, own.taken, said=said)
        if t.lower == "ratio":
            k2 = k + 1 + (r.low(k + 1) in {"of", "between"})
            a = at(k2) if k2 > k + 1 else None
            end = next((e for s, e, _ in numeric if s == k2), -1)
            b = at(end + 1) if a is not None and r.low(end) in {"to", "and"} else None
            if a is None and r.low(k - 1) != "":  # "A to B ratio"
                b = ending(k)
                start = next((s for s, e, _ in numeric if e == k), -1)
                a = ending(start - 1) if r.low(start - 1) == "to" else None
            if a is not None and b is not None and a is not b and a.table == b.table:
                return RatioPair(a, b, False)
    return None


def _alike(a: ColumnEntry, b: ColumnEntry) -> bool:
    """Two figures of one kind: both money, or named with a word in common (planned_hrs, spent_hrs)."""
    return (a.is_money and b.is_money) or bool(set(a.words) & set(b.words))


def _participle(r: Reading, k: int, named: list[tuple[int, int, ColumnEntry]]) -> bool:
    """A verb's participle at k that names nothing ("used", "consumed", "hauled"): the figure before it is the one a
    rate after it divides."""
    w = r.low(k)
    return len(w) >= 4 and w.endswith("ed") and not any(s <= k < e for s, e, _ in named)


@dataclass(frozen=True, slots=True)
class UnitDivisor:
    """The column a unit after "per" names, what it is divided by to read in that unit, and the words read."""

    column: ColumnEntry
    scale: float | None
    taken: frozenset[int]


def per_unit(
    r: Reading, table: TableEntry, j: int, named: list[tuple[int, int, ColumnEntry]] | None = None
) -> UnitDivisor | None:
    """The table's figure a unit written at j divides by: "per kilometre" is the one column of lengths (distance_km;
    distance_m read in km), "per litre of fuel" the column named after "of", "per bale" a column counting bales
    (bales, numBales) named in the singular. A length of time must be one used or sold (run_hrs), in the unit
    asked, not a wait between two moments (lead_time_days): "per hour" stays a time bucket otherwise."""
    word = r.low(j)
    if not word or (j < len(r.tokens) and r.tokens[j].number is not None):
        return None
    unit = rate_unit(word)
    if unit is not None and r.low(j + 1) == "of":  # "per litre of fuel": the column named after "of"
        of = next((c for s, _, c in named or [] if s == j + 2 and _measure_col(c) and c.table == table.info.name), None)
        if of is not None:
            by = divisor(of.unit, unit) if of.unit is not None else None
            end = next(e for s, e, c in named or [] if s == j + 2 and c is of)
            return UnitDivisor(of, by, frozenset(range(j, end)))
    if unit is not None:
        kind = [
            c
            for c in table.columns
            if c.unit is not None
            and c.unit.dimension == unit.dimension
            and _measure_col(c)
            and (unit.dimension != "time" or (c.unit.factor == unit.factor and not waiting_time(c.info.name)))
        ]
        if len(kind) == 1:
            c = kind[0]
            return UnitDivisor(c, divisor(c.unit, unit) if c.unit is not None else None, frozenset({j}))
    counted = next((c for s, e, c in named or [] if s == j and e == j + 1 and c.table == table.info.name), None)
    if counted is None or r.tokens[j].lower != r.tokens[j].stem or counted.info.kind != "numeric" or counted.is_id:
        return None
    plural = [w for w in raw_words(counted.info.name) if w != word and lx.stem(w) == word]
    return UnitDivisor(counted, None, frozenset({j})) if plural and not counted.is_year else None


def row_sum(r: Reading, named: list[tuple[int, int, ColumnEntry]], ro: Roles) -> str | None:
    """Replace measures joined by "plus" or "+" ("fare plus toll", "fare + toll + extras"), or listed after "total of"
    or "sum of" ("total of base fare and surcharge"), by one measure of their sum within each row, summed unless
    another aggregate was asked. Returns the thought to show, if a sum was read."""
    numeric = [(s, e, c) for s, e, c in named if _measure_col(c)]
    cols = _added(r, numeric)
    if len(cols) < 2:
        return None
    refs = [ref(c) for c in cols]
    asked: list[Agg] = [m.agg for m in ro.measures if m.column in refs and ro.measure_explicit_agg]
    agg: Agg = asked[0] if asked and asked[0] in ("sum", "avg", "median", "min", "max") else "sum"
    name = "_plus_".join(c.name for c in cols)
    keep = [m for m in ro.measures if m.column not in refs]
    ro.measures = [Measure(agg=agg, column=refs[0], plus=refs[1:], alias=measure_alias(agg, name)), *keep]
    ro.numeric_cols = [c for c in ro.numeric_cols if c not in refs]
    ro.money_hint = None
    return f"{name.replace('_', ' ')} is {' plus '.join(c.name for c in cols)}, row by row."


def _added(r: Reading, numeric: list[tuple[int, int, ColumnEntry]]) -> list[ColumnEntry]:
    """The columns a sum within a row adds, in the question's order."""
    by_start = {s: (e, c) for s, e, c in numeric}
    for s, e, c in numeric:
        chain = [c]
        k = e
        while r.low(k) in {"plus", "+"} and k in r.operators and k + 1 in by_start:
            e2, c2 = by_start[k + 1]
            chain.append(c2)
            k = e2
        if len(chain) >= 2 and len({x.table for x in chain}) == 1 and len(set(map(id, chain))) == len(chain):
            return chain
        # "total of A and B", "the sum of A, B and C": one total of the columns added up in each row.
        lead = s - 1 - (r.low(s - 1) == "the")
        if r.low(lead) == "of" and r.low(lead - 1) in {"total", "sum"}:
            while r.low(k) in {"and", ","} and k + 1 in by_start:
                e2, c2 = by_start[k + 1]
                chain.append(c2)
                k = e2
            listed = len(chain) >= 2 and len({x.table for x in chain}) == 1 and len(set(map(id, chain))) == len(chain)
            if listed and all(x.additive for x in chain):
                return chain
    return []


def _minus_pair(r: Reading, named: list[tuple[int, int, ColumnEntry]]) -> tuple[ColumnEntry, ColumnEntry] | None:
    numeric = [(s, e, c) for s, e, c in named if c.info.kind == "numeric" and not c.is_id]
    for k, t in enumerate(r.tokens):
        net = t.lower == "net" and r.low(k + 1) == "of"  # "gross sales net of rebates"
        if (t.lower in {"minus", "-", "less"} or net) and k > 0:
            before = next((c for _, end, c in numeric if end == k), None)
            after = next((c for start, _, c in numeric if start == k + 1 + net), None)
            if before is not None and after is not None and before is not after:
                return before, after
        if t.lower == "difference" and r.low(k + 1) == "between":
            cols = [c for start, _, c in numeric if start > k + 1]
            if len(cols) >= 2 and cols[0] is not cols[1]:
                return cols[0], cols[1]
    return None


def _profit_pair(r: Reading, main: TableEntry) -> tuple[ColumnEntry, ColumnEntry] | None:
    at = _positions(r, lx.DIFFERENCE_NOUNS)
    if not at or any(set(c.words) & {r.tokens[i].stem for i in at} for c in main.columns):
        return None
    numeric = [c for c in main.columns if c.info.kind == "numeric" and not c.is_id and not c.is_year]
    costs = [c for c in numeric if set(c.words) & _COST_WORDS or c.expanded & _COST_WORDS]
    income = [c for c in numeric if c.is_money and c not in costs]
    if not costs or not income:
        return None
    return income[0], costs[0]


def _share_asked(r: Reading) -> bool:
    return any(lx.share_noun_at(r.tokens, i) for i in range(len(r.tokens)))


def share_of_total(r: Reading, plan: AnalysisPlan) -> None:
    """ "share of revenue per branch": next to the measure, its percentage of the total (of each time step)."""
    if plan.kind != Intent.AGGREGATE or not plan.dimensions or not plan.measures or not _share_asked(r):
        return
    if any(m.share_of or m.of_total or m.change or m.percent for m in plan.measures):
        return
    first = plan.measures[0]
    plan.measures.append(first.model_copy(update={"of_total": True, "alias": f"pct_{first.alias}"}))


def period_change(plan: AnalysisPlan, time_alias: str | None, kind: Change) -> None:
    """Next to the first measure, its change from the previous time step ("year over year growth")."""
    if (
        plan.kind != Intent.AGGREGATE
        or time_alias is None
        or not plan.measures
        or plan.dimensions[0].alias != time_alias
    ):
        return
    first = plan.measures[0]
    alias = f"pct_change_{first.alias}" if kind == "pct" else f"change_{first.alias}"
    plan.measures.append(first.model_copy(update={"change": kind, "alias": alias, "running": False}))


def running_total(plan: AnalysisPlan, time_alias: str | None) -> None:
    """Turn the first measure into its running total along the time dimension."""
    if plan.kind != Intent.AGGREGATE or time_alias is None or not plan.measures:
        return
    first = plan.measures[0]
    plan.measures[0] = first.model_copy(update={"running": True, "alias": f"cumulative_{first.alias}"})


def per_entity(r: Reading, idx: CatalogIndex, ch: Choice, ro: Roles) -> str | None:
    """ "average amount paid per member", "revenue per employee by department", "average number of loans per
    member": the total over the number of distinct entities (a key of the rows, or a parent table), when an average
    is asked or another grouping remains; "total revenue per customer" stays a grouping. Returns the thought."""
    for i, t in enumerate(r.tokens):
        if t.lower != "per":
            continue
        k = i + 1 + (r.low(i + 1) in {"each", "every", "a", "the", "single"})
        key = _entity_key(idx, ch, [m for m in ch.mentions if m.start == k])
        if key is None:
            continue
        parent = next((fk.ref_table for fk in ch.parents.values() if fk.column == key.name), None)
        label = idx.tables[parent].label if parent else None
        named = [ref(key)] + ([ref(label)] if label else [])
        rest = [d for d in ro.dims if d.column not in named]
        counted = bool(ro.measures) and all(m.agg == "count" and m.column is None for m in ro.measures)
        # "average amount per member": over thousands of members one number, the average per member; over a
        # few departments the average of each is a bar per department. An average count is always the ratio.
        many = (key.info.distinct_count or 0) > ENTITY_BARS
        averaged = (many and any(m.agg == "avg" and ro.measure_explicit_agg and not m.minus for m in ro.measures)) or (
            counted and any(a.agg == "avg" for a in r.aggs)
        )
        # Another grouping than time ("by department"): the entity is the divisor, not a second grouping; a count
        # ("number of vans per carrier by fuel type") is counted in each pair of groups unless an average is asked.
        grouped = any(d.bucket is None and not _dated(idx, d.column) for d in rest) and bool(ro.measures)
        grouped = grouped and not (counted and not any(a.agg == "avg" for a in r.aggs))
        if len(rest) == len(ro.dims) or not (averaged or grouped):
            continue
        noun = singular(idx, r.tokens[k].lower) if r.tokens[k].lower.isalpha() else key.name
        made: list[Measure] = []
        for m in ro.measures:
            if m.minus is not None or m.agg not in ("avg", "sum", "count"):
                made.append(m)
                continue
            what = m.column.column if m.column else lx.plural(m.alias.removesuffix("_count") or "row")
            if m.operands():  # a derived measure goes by its own name: "total_revenue" → revenue
                what = m.alias.split("_", 1)[-1]
            made.append(m.model_copy(update={"agg": "avg", "per": ref(key), "alias": f"{what}_per_{noun}"}))
        ro.measures, ro.dims = made, rest
        return f"I divide the total by the number of distinct {key.name} values: one {noun} on average."
    return None


def _dated(idx: CatalogIndex, c: ColumnRef) -> bool:
    col = idx.tables[c.table].col(c.column)
    return col is not None and (col.info.kind == "temporal" or col.is_year)


def _entity_key(idx: CatalogIndex, ch: Choice, at: list[Mention]) -> ColumnEntry | None:
    """The main table's key column naming the entity mentioned: a parent table's key, or a key of the rows."""
    main = ch.table
    for m in at:
        if m.kind == "table" and m.table in ch.parents:
            return main.col(ch.parents[m.table].column)
    for m in at:
        c = main.col(m.column) if m.kind == "column" and m.column and m.table == main.info.name else None
        own = (c.info.distinct_count or 0) >= 0.9 * max(main.info.row_count, 1) if c is not None else True
        if c is not None and c.is_id and not own:  # a key that repeats: an entity, not the row itself
            return c
    return None
