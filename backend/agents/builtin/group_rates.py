"""Rates over a figure of each group's own row: "complaints per 1,000 residents by county", "takings per employee by
branch", "energy per square metre by depot" — the total of each group's rows divided by the population, headcount
or floor area the group's row holds, in the table the grouping names (one row per group), not in the rows counted."""

from __future__ import annotations

from dataclasses import dataclass
from itertools import pairwise

from backend.agents.builtin import lexicon as lx
from backend.agents.builtin.catalog_index import CatalogIndex, ColumnEntry, TableEntry, raw_words
from backend.agents.builtin.choice import Choice
from backend.agents.builtin.models import ColumnRef, Dimension, Measure
from backend.agents.builtin.quantities import UNITS, Unit
from backend.agents.builtin.reading import Reading
from backend.agents.builtin.role_model import Roles, measure_alias, ref

# Nouns for one person of a population ("per resident", "per capita") and the words a column counting them is named by.
_PERSON_NOUNS = frozenset({"resident", "inhabitant", "capita", "person", "people", "citizen", "head"})
_POPULATION_WORDS = frozenset({"population", "inhabitant", "resident", "people", "headcount"})
_LEADS = frozenset({"a", "an", "each", "every", "one", "the"})


@dataclass(frozen=True, slots=True)
class GroupDivisor:
    """The group's figure a rate is divided by, how many of its units the rate is per ("per 1,000 residents"), the
    noun it was named by and the positions of the words read."""

    column: ColumnEntry
    scale: float | None
    noun: str
    taken: frozenset[int]
    # An area kept in another unit than the one asked (square miles of a column in km²): what the column is divided by
    # to read in the unit asked (2.58999 km² to the square mile), and the sentence saying so.
    convert: tuple[float, str] | None = None

    def over(self) -> ColumnRef:
        """The figure divided by, scaled to "per 1,000" and converted to the unit asked."""
        scale = (self.scale or 1.0) * (self.convert[0] if self.convert else 1.0)
        figure = ref(self.column)
        return figure.model_copy(update={"scale": scale}) if scale != 1.0 else figure


def _figure(c: ColumnEntry) -> bool:
    """A figure of a row that a total can be divided by: a number that is no key, year, flag, money or date."""
    return c.info.kind == "numeric" and not (c.is_id or c.is_year or c.is_money or c.flag is not None)


_COUNT_WORDS = frozenset({"num", "number", "count", "total", "no", "n", "nr", "cnt"})


def _counts(c: ColumnEntry, noun: str) -> bool:
    """A whole-number column counting what the noun names: employees, num_employees, staff_count for "employee"."""
    written = [w for w in raw_words(c.name) if w not in _COUNT_WORDS]
    # NumEmployees reads as a numbered key to the analyst's name rules; a plural after the number word is a count.
    plural = len(written) == 1 and lx.stem(written[0]) != written[0]
    figure = (
        c.info.kind == "numeric" and not (c.is_year or c.is_money or c.flag is not None) and (plural or not c.is_id)
    )
    return figure and "INT" in c.info.type.upper() and [lx.stem(w) for w in written] == [noun]


def _square_of(word: str) -> Unit | None:
    """The unit of length an area is spelled in: "sq" before it or "2" after it (sqm, km2; an area name run together
    with it read past "area")."""
    for w in (word, word.removeprefix("area")):
        unit = UNITS.get(w[2:]) if w.startswith("sq") else UNITS.get(w[:-1]) if w.endswith("2") else None
        if unit is not None and unit.dimension == "length":
            return unit
    return None


def _area_units(words: list[str]) -> list[Unit]:
    """The units of area a name is spelled in: one word (sqm, km2) or two (sq km, square miles)."""
    out = [u for w in words if (u := _square_of(w))]
    for a, b in pairwise(words):
        unit = UNITS.get(b) if a in {"sq", "square"} else None
        if unit is not None and unit.dimension == "length":
            out.append(unit)
    return out


def _area_columns(table: TableEntry, asked: Unit | None) -> list[tuple[ColumnEntry, tuple[float, str] | None]]:
    """The table's figures of area; with a unit asked ("square feet"), those spelled in it or in no unit; when every
    area is spelled in another unit, the one such area converted (square miles of an area kept in km²: the column
    over 2.58999), with the sentence saying so."""
    areas = [
        c for c in table.columns if _figure(c) and any(w.startswith("area") or _square_of(w) for w in raw_words(c.name))
    ]
    spelled = {c.name: _area_units(raw_words(c.name)) for c in areas}
    if asked is None:
        return [(c, None) for c in areas]
    same: list[tuple[ColumnEntry, tuple[float, str] | None]] = [
        (c, None) for c in areas if asked in spelled[c.name] or not spelled[c.name]
    ]
    if same or len(areas) != 1 or len(spelled[areas[0].name]) != 1:
        return same
    c, kept = areas[0], spelled[areas[0].name][0]
    by = (asked.factor / kept.factor) ** 2
    note = f"{c.name} is in square {kept.label}, so I divided it by {by:,.6g} to read it in square {asked.label}."
    return [(c, (by, note))]


def divisor_at(r: Reading, idx: CatalogIndex, table: TableEntry, i: int, counted: bool = True) -> GroupDivisor | None:
    """The figure of `table` that the words after "per" at i name: a population ("per 1,000 residents", "per
    capita"), an area ("per square metre", "per m2"), or (when `counted`) a column counting what the noun names ("per
    employee" of an `employees` column)."""
    j = i + 1 + (r.low(i + 1) in _LEADS)
    scale: float | None = None
    number = r.tokens[j].number if j < len(r.tokens) else None
    if number is not None and number > 1 and float(number).is_integer() and r.low(j + 1).isalpha():
        scale, j = float(number), j + 1
    if j >= len(r.tokens):
        return None
    noun = r.tokens[j].stem
    found: list[ColumnEntry] = []
    areas: list[tuple[ColumnEntry, tuple[float, str] | None]] = []
    end = j + 1
    if noun in _PERSON_NOUNS and r.tokens[j].number is None:
        found = [c for c in table.columns if _figure(c) and set(c.words) & _POPULATION_WORDS]
    elif (
        noun == "square"
        and j + 1 < len(r.tokens)
        and (unit := UNITS.get(r.low(j + 1)) or UNITS.get(r.tokens[j + 1].stem))
    ):
        areas, end = (_area_columns(table, unit) if unit.dimension == "length" else []), j + 2
    elif _square_of(r.low(j)) is not None:
        areas = _area_columns(table, _square_of(r.low(j)))
    elif counted:
        found = [
            c
            for m in r.mentions
            if m.kind == "column" and m.start == j and m.table == table.info.name
            and (c := table.col(m.column or "")) is not None and _counts(c, noun)
        ]  # fmt: skip
    found += [c for c, _ in areas]
    if len({c.name for c in found}) != 1:
        return None
    word = "_".join(r.tokens[k].lower for k in range(j, end))
    return GroupDivisor(found[0], scale, word, frozenset(range(i, end)), areas[0][1] if areas else None)


def divisor_anywhere(r: Reading, idx: CatalogIndex, ch: Choice, i: int) -> GroupDivisor | None:
    """The figure the words after "per" at i name in a table the main table's rows reach (not the main table)."""
    for name in [*ch.parents, *ch.paths]:
        found = divisor_at(r, idx, idx.tables[name], i)
        # The table of the groups must be named elsewhere too ("by district"): a rate over the whole catalog's
        # population is not what this reads.
        named = any(m.table == name and m.start not in found.taken for m in r.mentions) if found else False
        if found is not None and named:
            return found
    return None


def _group_table(idx: CatalogIndex, ch: Choice, d: Dimension) -> str | None:
    """The table holding one row per group of a grouping: the table of its label or key, or the parent a key of the
    main table references."""
    main = ch.table.info.name
    if d.bucket is not None or d.column.alias:
        return None
    if d.column.table == main:
        return next((t for t, fk in ch.parents.items() if fk.column == d.column.column), None)
    table = idx.tables.get(d.column.table)
    c = table.col(d.column.column) if table is not None else None
    if table is None or c is None or not ch.reaches(table.info.name):
        return None
    one_each = c is table.label or c.is_id or (c.info.distinct_count or 0) >= 0.9 * max(table.info.row_count, 1)
    return table.info.name if one_each else None


def group_rate(r: Reading, idx: CatalogIndex, ch: Choice, ro: Roles) -> str | None:
    """ "permit value per resident by district": each group's total (or row count) divided by the figure the noun
    after "per" names in the row of the group's own table, so a grouping by that figure goes. Returns the thought."""
    main = ch.table.info.name
    for i, t in enumerate(r.tokens):
        if t.lower != "per" or i in ro.taken:
            continue
        for d in ro.dims:
            table = _group_table(idx, ch, d)
            found = divisor_at(r, idx, idx.tables[table], i) if table is not None else None
            if table is None or found is None or d.column == ref(found.column):
                continue
            _money_before(r, ch, ro, i)
            # "complaints per 1,000 residents" beside a resident_age column: the words of the divisor name no measure
            said = {(m.table, m.column) for m in ch.mentions if m.kind == "column" and m.start in found.taken}
            rates = _rates(ro, found, ro.measure_explicit_agg, said)
            if not rates:
                return None
            # The noun before "per" counts rows, it groups nothing ("complaints per resident" of a complaint type).
            # so do the words read as the divisor ("metre" of a meter_id).
            counted: set[tuple[str, str | None]] = {
                (m.table, m.column)
                for m in ch.mentions
                if m.kind == "column" and ((m.end == i and m.table == main) or m.start in found.taken)
            }
            for fk in ch.parents.values():  # a key read so stands for its parent's row, shown by its key or name
                if (fk.table, fk.column) in counted:
                    label = idx.tables[fk.ref_table].label
                    counted |= {(fk.ref_table, fk.ref_column)} | ({(label.table, label.name)} if label else set())
            shown = idx.tables[table].label
            group = d
            if d.column.table == main and shown is not None:  # "by district": the district's name, not its key
                group = Dimension(column=ref(shown), alias=shown.name)
            rest = [
                x
                for x in ro.dims
                if x is not d and x.column != ref(found.column) and (x.column.table, x.column.column) not in counted
            ]
            ro.dims = [group, *rest]
            ro.measures = rates
            ro.taken |= found.taken
            per = f"{found.scale:,.0f} " if found.scale else ""
            said = f" {found.convert[1]}" if found.convert else ""
            return f"I divide each {group.alias}'s total by its own {found.column.name}: a rate per {per}{found.noun}.{said}"
    return None


def _money_before(r: Reading, ch: Choice, ro: Roles, i: int) -> None:
    """ "permit value per resident": a money word right before "per" that names no column is the rows' one money
    column, totalled, in place of the row count a bare question defaults to."""
    named = any(m.start <= i - 1 < m.end for m in ch.mentions)
    money = [c for c in ch.table.columns if c.is_money and not c.is_id]
    counted = [m for m in ro.measures if m.agg == "count" and m.column is None]
    if named or r.low(i - 1) not in lx.CONCEPTS["money"] or len(money) != 1 or counted != ro.measures:
        return
    ro.measures = [Measure(agg="sum", column=ref(money[0]), alias=measure_alias("sum", money[0].name))]


def _rates(
    ro: Roles, found: GroupDivisor, explicit: bool, said: set[tuple[str, str | None]] | None = None
) -> list[Measure]:
    """The measures as rates over the group's figure; empty when none is a total or a count."""
    over = found.over()
    out: list[Measure] = []
    made = False
    figure = ref(found.column)
    # "reports per 1,000 residents": no total of residents, nor of a column the divisor's words happen to name
    said = said or set()
    measures = [
        m
        for m in ro.measures
        if m.column != figure and (m.column is None or (m.column.table, m.column.column) not in said)
    ]
    if not measures:
        counted = ro.count_noun if ro.count_noun and ro.count_noun.isalpha() else None
        measures = [Measure(agg="count", alias=measure_alias("count", None, counted or "row"))]
    for m in measures:
        plain = not (m.operands() or m.per or m.share_of or m.span or m.within or m.of_total or m.running or m.change)
        summed = m.agg in ("sum", "count") or (m.agg == "avg" and not explicit and m.column is not None)
        if not plain or not summed or (m.agg == "count" and m.column is not None):
            out.append(m)
            continue
        what = m.column.column if m.column is not None else m.alias.removesuffix("_count")
        per = f"{found.scale:.0f}_" if found.scale else ""
        alias = f"{what}_per_{per}{found.noun}"
        out.append(Measure(agg="sum" if m.column else "count", column=m.column, group_figure=over, alias=alias))
        made = True
    return out if made else []
