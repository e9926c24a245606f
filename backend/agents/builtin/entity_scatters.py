"""A scatter of one figure of a row against a figure of the rows that point at it ("scatter venue capacity vs tickets
sold", "maker's founding year vs total order value", "number of orders against customer age"): one point per parent
row, its own column beside the total (or the count) of its child rows, not one point per child row."""

from __future__ import annotations

from backend.agents.builtin import lexicon as lx
from backend.agents.builtin.catalog_index import CatalogIndex
from backend.agents.builtin.choice import Choice
from backend.agents.builtin.member_keys import member_key
from backend.agents.builtin.models import AnalysisPlan, ColumnRef, Dimension, Filter, Intent, Measure
from backend.agents.builtin.reading import Reading
from backend.agents.builtin.role_model import Roles, measure_alias, ref
from backend.agents.builtin.table_roles import own_key


def entity_scatter(
    r: Reading, idx: CatalogIndex, ch: Choice, ro: Roles, filters: list[Filter]
) -> tuple[AnalysisPlan, str] | None:
    """The plan of one point per parent row (its name, its own figure, its child rows' figure) and the thought that
    says so, when a scatter sets a column of a table the rows point at against a figure of the rows themselves."""
    if "scatter" not in r.flags:
        return None
    main = ch.table.info.name
    own = [c for c in ro.numeric_cols if c.table != main and c.table in idx.tables and ch.reaches(c.table)]
    figures = [c for c in ro.numeric_cols if c.table == main]
    # "seats taken": a whole-number column read as a grouping is a figure when set against another one
    figures += [d.column for d in ro.dims if d.bucket is None and d.column.table == main and _figure(idx, d.column)]
    counted = [m for m in ro.measures if m.agg == "count" and m.column is None]
    if len(own) != 1 or len(figures) + len(counted) != 1 or len([c for c in ro.numeric_cols if c not in figures]) > 1:
        return None
    attr = _longest_said(r, idx, ch) or own[0]
    parent = idx.tables[attr.table]
    name = parent.label or own_key(parent)
    if name is None:
        return None
    label = ref(name)
    key = member_key(idx, main, ch.parents, ch.paths, name) if parent.label is not None else None
    alias = "_".join(parent.words) or attr.table
    if figures:
        fig = figures[0]
        said = next((m.agg for m in ro.measures if m.column == fig and ro.measure_explicit_agg), None)
        agg = said if said in ("sum", "avg", "min", "max", "median") else "avg" if _averaged(idx, fig) else "sum"
        figure = Measure(agg=agg, column=fig, alias=measure_alias(agg, fig.column))
    else:
        figure = counted[0]
    # One value per parent row: its largest is itself.
    shown = Measure(agg="max", column=attr, alias=attr.column if attr.column != alias else f"{alias}_{attr.column}")
    dim = Dimension(
        column=label,
        alias=alias,
        key=key,
        key_alias=f"{alias}_{key.column}" if key is not None else None,
    )
    plan = AnalysisPlan(
        kind=Intent.AGGREGATE,
        table=main,
        measures=[shown, figure],
        dimensions=[dim],
        filters=filters,
        chart_hint="scatter",
    )
    what = figure.alias.replace("_", " ")
    note = (
        f"One point per {alias.replace('_', ' ')}: its {attr.column} against the {what} of its {main} rows,"
        " not one point per row."
    )
    return plan, note


def _figure(idx: CatalogIndex, c: ColumnRef) -> bool:
    """A numeric column that is no key, no year and no flag: a quantity."""
    e = idx.tables[c.table].col(c.column)
    return e is not None and e.info.kind == "numeric" and not e.is_id and not e.is_year and e.flag is None


# A rate, a rating or a price of each row does not add up over a row's child rows: their average is its figure.
_AVERAGED = lx.RATE_WORDS | frozenset(lx.CONCEPTS["rating"]) | frozenset(lx.CONCEPTS["price"]) - {"cost"}


def _averaged(idx: CatalogIndex, c: ColumnRef) -> bool:
    """The child rows' figure is averaged, not summed (a rating, a rate, a price)."""
    e = idx.tables[c.table].col(c.column)
    return e is not None and not e.additive and bool(set(e.words) & _AVERAGED)


def _longest_said(r: Reading, idx: CatalogIndex, ch: Choice) -> ColumnRef | None:
    """A figure of another table named with that table's word before it, the longest such phrase, over a column one
    word names alone (a word that a concept ties to some other table's figure)."""
    main = ch.table.info.name
    said = [
        m
        for m in r.mentions
        if m.kind == "column" and m.column and m.table != main and ch.reaches(m.table) and m.end - m.start > 1
    ]
    said = [m for m in said if (c := idx.tables[m.table].col(m.column or "")) is not None and _figure(idx, ref(c))]
    best = max(said, key=lambda m: (m.end - m.start, m.score), default=None)
    return ColumnRef(table=best.table, column=best.column) if best is not None and best.column else None
