"""Figures recorded for one repetition: a log whose rows hold a weight and how many times it was lifted (a set of 8
reps at 60 kg), or sets of repetitions at a load. The amount done in full ("total weight lifted", "who lifted the
most", "weight moved by truck") is the figure times its repetitions, added up; the figure alone added up would count a
set of ten as one. An average or a level ("average weight", "heaviest set") stays the figure itself."""

from __future__ import annotations

from backend.agents.builtin import lexicon as lx
from backend.agents.builtin.catalog_index import CatalogIndex, ColumnEntry, TableEntry
from backend.agents.builtin.models import Agg, Measure
from backend.agents.builtin.role_model import Roles, measure_alias, ref

# Verbs of an amount done in full: what was lifted, moved, carried or hauled, counted once per repetition.
_DONE_VERBS = frozenset({"lift", "lifted", "lifting", "lifts", "move", "moved", "moving", "moves", "carry",
                         "carried", "carrying", "carries", "haul", "hauled", "hauling", "hauls", "shifted"})  # fmt: skip
# Words of a column counting repetitions of the row's figure: reps, sets, repetitions, or a quantity (qty, count).
_REPEAT_WORDS = frozenset({"rep", "reps", "repetition", "repetitions", "set", "sets", "round", "rounds"})
# The dimensions whose figure of one repetition adds up to an amount done: a weight, a distance, a volume.
_DONE_DIMENSIONS = frozenset({"mass", "length", "volume"})
# Words asking for the level of one repetition rather than the amount done ("heaviest weight lifted", "max load").
_LEVEL_WORDS = frozenset({"heaviest", "lightest", "max", "maximum", "min", "minimum", "highest", "lowest", "biggest",
                          "largest", "smallest", "best", "record", "longest", "shortest", "farthest", "furthest",
                          "typical", "mean", "median"})  # fmt: skip


def _repeats(c: ColumnEntry) -> bool:
    """A whole number of repetitions: every word of its name says reps, sets or a quantity, and it has no unit."""
    if c.info.kind != "numeric" or c.is_id or c.is_money or c.is_year or c.unit is not None:
        return False
    if "INT" not in c.info.type.upper():
        return False
    return bool(c.words) and all(w in _REPEAT_WORDS or "quantity" in lx.concept_of(w) for w in c.words)


def repeat_columns(table: TableEntry) -> list[ColumnEntry]:
    """The table's columns counting how many times its figure was done (sets, then reps)."""
    return [c for c in table.columns if _repeats(c)]


def _figure(c: ColumnEntry) -> bool:
    return c.info.kind == "numeric" and c.unit is not None and c.unit.dimension in _DONE_DIMENSIONS and not c.is_money


def done_verb(words: list[str]) -> str | None:
    """The verb saying an amount was done in full ("lifted", "moved"), unless a level of one repetition is asked
    ("heaviest weight lifted")."""
    verb = next((w for w in words if w in _DONE_VERBS), None)
    return None if verb is None or _LEVEL_WORDS & set(words) else verb


def repeated_total(words: list[str], idx: CatalogIndex, ro: Roles) -> str | None:
    """ "total weight lifted", "which member lifted the most weight": a figure of one repetition (a weight in kg) on a
    table that counts its repetitions (reps, sets) is that figure times the repetitions, summed, when the question
    says the amount was done (lifted, moved, carried) and asks no other aggregate than a total. `words` are the
    question's words in lower case. Returns the thought to show."""
    verb = done_verb(words)
    if verb is None:
        return None
    for k, m in enumerate(ro.measures):
        if m.column is None or m.operands() or m.per or m.of_each or m.share_of or m.of_total:
            continue
        if m.agg != "sum" and ro.measure_explicit_agg:
            continue  # "average weight lifted": the weight of a set, as asked
        table = idx.tables.get(m.column.table)
        c = table.col(m.column.column) if table is not None else None
        if table is None or c is None or not _figure(c):
            continue
        repeats = repeat_columns(table)
        if not repeats:
            continue
        agg: Agg = "sum"
        name = m.column.column
        ro.measures[k] = Measure(
            agg=agg,
            column=m.column,
            times=ref(repeats[0]),
            also_times=[ref(r) for r in repeats[1:]],
            alias=measure_alias(agg, name),
        )
        product = " × ".join([name, *(r.name for r in repeats)])
        each = " and ".join(r.name for r in repeats)
        return (
            f"{table.info.name} records {name} for one repetition and how many were done ({each}), so the amount "
            f"{verb} is {product}, added up."
        )
    return None
