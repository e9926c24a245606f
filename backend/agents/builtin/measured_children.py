"""Members kept by a total said with a unit and a verb of their own ("couriers who drove more than 3000 km", "drivers
with over 500 miles in 2024", "crews that worked more than 40 hours"): the members' own table measures nothing in that
unit, but the one table whose rows point at them does, so the question is restated on that table's column as a total
("couriers with total distance km more than 3000 km") and read again; the threshold is then compared with each
member's sum in the column's own unit."""

from __future__ import annotations

from backend.agents.builtin.catalog_index import CatalogIndex, ColumnEntry, raw_words
from backend.agents.builtin.comparisons import Comparison
from backend.agents.builtin.effects import Restated
from backend.agents.builtin.matching import measure_columns
from backend.agents.builtin.quantities import MONEY_UNITS
from backend.agents.builtin.reading import Reading

_SUBJECT_GAP = 3  # "couriers who drove", "drivers that have logged": words between the members and their condition
_TIES = frozenset({"with", "having", "have", "has", "had", "who", "that", "which", "whose"})


def measured_children(r: Reading, idx: CatalogIndex) -> Restated | None:
    """The question restated on the one column of the members' referencing rows measured in the unit said, when the
    members' own table (and those it points at) measure nothing in it."""
    for comp in r.comparisons:
        u = comp.unit
        if u is None or u.label in MONEY_UNITS or len(comp.values) < 1 or comp.vs_agg is not None or comp.money:
            continue
        subject = [m for m in r.mentions if m.kind == "table" and m.end <= comp.start and m.start <= 2]
        if len(subject) != 1 or comp.start - subject[0].end > _SUBJECT_GAP:
            continue
        if not {r.low(k) for k in range(subject[0].end, comp.start)} & _TIES:
            continue
        parent = subject[0].table
        if _measures(idx, parent, comp):
            continue
        col = _child_column(idx, parent, comp)
        if col is None:
            continue
        words = " ".join(w for w in raw_words(col.name) if w.isalpha())
        head = [t.text for t in r.tokens[: subject[0].end]]
        text = " ".join([*head, "with total", words, *(t.text for t in r.tokens[comp.start :])])
        said = " ".join(t.text for t in r.tokens[comp.start : comp.end])
        unit = col.unit.label if col.unit is not None else u.label
        note = f"I read “{said}” as the total {col.name} of the {col.table} of each {parent} row, in {unit}."
        return Restated(question=text, note=note)
    return None


def _measures(idx: CatalogIndex, table: str, comp: Comparison) -> bool:
    """The table, or one it points at, has a column measured in the comparison's kind of unit."""
    owners = {table} | {fk.ref_table for fk in idx.foreign_keys if fk.table == table}
    return any(_in_unit(c, comp) for t in owners for c in idx.tables[t].columns)


def _in_unit(c: ColumnEntry, comp: Comparison) -> bool:
    return (
        c.info.kind == "numeric"
        and not c.is_id
        and c.unit is not None
        and comp.unit is not None
        and c.unit.dimension == comp.unit.dimension
    )


def _child_column(idx: CatalogIndex, parent: str, comp: Comparison) -> ColumnEntry | None:
    """The one column of the tables pointing at the parent measured in the comparison's kind of unit (the one its
    comparative names, when there are several)."""
    kids = sorted({fk.table for fk in idx.foreign_keys if fk.ref_table == parent and fk.table != parent})
    cols = [c for t in kids for c in idx.tables[t].columns if _in_unit(c, comp)]
    if len(cols) > 1:
        named = {
            (c.table, c.name) for k in kids for concept in comp.concepts for c, _ in measure_columns(idx, concept, k)
        }
        cols = [c for c in cols if (c.table, c.name) in named]
    return cols[0] if len(cols) == 1 else None
