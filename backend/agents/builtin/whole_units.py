"""A plan's money in subunits read in whole ones (see `money_units`): its figures, comparisons, groups and listed
columns divide the stored cents by 100, and the results are named without the unit (total_fare, not
total_fare_cents). A count of such a column counts rows, and a histogram keeps the stored units its bins were
sized in."""

from __future__ import annotations

from backend.agents.builtin.catalog_index import CatalogIndex
from backend.agents.builtin.models import AnalysisPlan, ColumnRef, Dimension, Filter, Intent, Measure
from backend.agents.builtin.role_model import measure_alias

_COMPARED = frozenset({">", ">=", "<", "<=", "between", "=", "!="})


def _whole(ref: ColumnRef, idx: CatalogIndex) -> ColumnRef:
    """The reference read in whole units when its column holds money in subunits."""
    if ref.scale or ref.parts:
        return ref
    table = idx.tables.get(ref.table)
    entry = table.col(ref.column) if table else None
    if entry is None or entry.subunit is None:
        return ref
    scale, shown = entry.subunit
    return ref.model_copy(update={"scale": scale, "shown": shown if shown != ref.column else None})


def _maybe(ref: ColumnRef | None, idx: CatalogIndex) -> ColumnRef | None:
    return _whole(ref, idx) if ref is not None else None


def _measure(m: Measure, idx: CatalogIndex) -> Measure:
    if m.agg in ("count", "count_distinct") or m.column is None:
        return m
    column = _whole(m.column, idx)
    update: dict[str, object] = {
        "column": column,
        "minus": _maybe(m.minus, idx),
        "times": _maybe(m.times, idx),
        "over": _maybe(m.over, idx),
        "plus": [_whole(p, idx) for p in m.plus],
    }
    if column.shown and m.alias == measure_alias(m.agg, m.column.column):
        update["alias"] = measure_alias(m.agg, column.shown)
    return m.model_copy(update=update)


def _filter(f: Filter, idx: CatalogIndex) -> Filter:
    numbers = all(isinstance(v, int | float) and not isinstance(v, bool) for v in f.values)
    compared = (f.op in _COMPARED and numbers) or f.than_agg is not None or f.than_column is not None
    update: dict[str, object] = {"having": _measure(f.having, idx) if f.having is not None else None}
    if compared and f.having is None:
        update |= {"column": _whole(f.column, idx), "than_column": _maybe(f.than_column, idx)}
    return f.model_copy(update=update)


def whole_units(plan: AnalysisPlan, idx: CatalogIndex) -> AnalysisPlan:
    """`plan` reading money stored in subunits in whole ones."""
    if plan.kind == Intent.HISTOGRAM:
        return plan
    measures = [_measure(m, idx) for m in plan.measures]
    renames = {a.alias: b.alias for a, b in zip(plan.measures, measures, strict=True) if a.alias != b.alias}
    dims: list[Dimension] = []
    for d in plan.dimensions:
        column = _whole(d.column, idx) if d.bucket is None else d.column
        alias = column.shown if column.shown and d.alias == d.column.column else d.alias
        if alias != d.alias:
            renames[d.alias] = alias
        dims.append(d.model_copy(update={"column": column, "alias": alias}))
    order = [o.model_copy(update={"alias": renames.get(o.alias, o.alias)}) for o in plan.order]
    columns = [_whole(c, idx) for c in plan.columns]
    filters = [_filter(f, idx) for f in plan.filters]
    return plan.model_copy(
        update={"measures": measures, "dimensions": dims, "order": order, "columns": columns, "filters": filters}
    )


# The subunit as a thought says it, by a word of the column's name, else by the scale it divides by.
_SUBUNIT_WORDS = {"cent": "cents", "cents": "cents", "pence": "pence", "penny": "pence", "micro": "micros"}
_BY_SCALE = {100: "cents", 1_000_000: "micros"}


def subunit_note(plan: AnalysisPlan, idx: CatalogIndex) -> str:
    """ " fare_cents is stored in cents; shown in whole units (divided by 100).": said when the plan reads money
    stored in subunits, so a figure a hundred times smaller than the column's values is explained."""
    refs = [m.column for m in plan.measures if m.column is not None and m.agg not in ("count", "count_distinct")]
    refs += [d.column for d in plan.dimensions] + plan.columns
    said: dict[str, tuple[int, str]] = {}
    for ref in refs:
        table = idx.tables.get(ref.table)
        entry = table.col(ref.column) if table else None
        if entry is not None and entry.subunit is not None and ref.scale == entry.subunit[0]:
            scale = entry.subunit[0]
            unit = next(
                (_SUBUNIT_WORDS[w] for w in entry.words if w in _SUBUNIT_WORDS), _BY_SCALE.get(scale, "subunits")
            )
            said.setdefault(ref.column, (scale, unit))
    if not said:
        return ""
    scale, unit = next(iter(said.values()))
    verb = "are" if len(said) > 1 else "is"
    return f" {' and '.join(said)} {verb} stored in {unit}; shown in whole units (divided by {scale:,})."
