"""The cost of a quantity priced by a rate kept elsewhere: "labour cost by technician" is each job's hours times its
technician's hourly rate, "energy cost by site" each reading's kWh times its site's tariff per kWh — the rows hold
the quantity in a unit, the main table or a table they reference the price of one such unit."""

from __future__ import annotations

from backend.agents.builtin.catalog_index import CatalogIndex, ColumnEntry, raw_words
from backend.agents.builtin.choice import Choice
from backend.agents.builtin.models import Agg, Measure
from backend.agents.builtin.quantities import UNITS, divisor, priced_unit
from backend.agents.builtin.reading import Reading
from backend.agents.builtin.role_model import Roles, ref

_COST_NOUNS = frozenset({"cost", "costs", "expense", "expenses"})
_KEPT_AGGS: frozenset[Agg] = frozenset({"sum", "avg", "median", "min", "max"})


def _quantity(c: ColumnEntry) -> bool:
    return c.info.kind == "numeric" and c.unit is not None and not (c.is_money or c.is_id or c.is_year)


def _price(c: ColumnEntry) -> bool:
    return c.info.kind == "numeric" and not c.is_id and priced_unit(c.name) is not None


def _prices(idx: CatalogIndex, ch: Choice, q: ColumnEntry) -> list[ColumnEntry]:
    """The columns of the main table or a table it reaches holding a price of one unit of q's dimension."""
    out: list[ColumnEntry] = []
    for name in [ch.table.info.name, *ch.parents, *ch.paths]:
        for c in idx.tables[name].columns:
            unit = priced_unit(c.name) if _price(c) else None
            if unit is not None and q.unit is not None and unit.dimension == q.unit.dimension:
                out.append(c)
    return out


def priced_cost(r: Reading, idx: CatalogIndex, ch: Choice, ro: Roles) -> str | None:
    """ "labour cost of jobs by fitter": the quantity named before the cost noun (or after "cost of") times its price
    per unit, summed unless another aggregate was asked. Returns the thought."""
    main = ch.table
    for k, t in enumerate(r.tokens):
        if t.lower not in _COST_NOUNS:
            continue
        spans = [(m.start, m.end, idx.tables[m.table].col(m.column or "")) for m in ch.mentions if m.kind == "column"]
        # A cost noun that names a column of its own (not a price of a unit) is that column.
        if any(s <= k < e and c is not None and not _price(c) for s, e, c in spans):
            continue
        beside = [c for s, e, c in spans if c is not None and (e == k or (s == k + 2 and r.low(k + 1) == "of"))]
        if any(not _quantity(c) for c in beside):
            continue  # "parts cost": a figure of its own, not a quantity to price
        named = [c for c in beside if c.table == main.info.name]
        if len({c.name for c in named}) != 1:
            continue
        q = named[0]
        prices = _prices(idx, ch, q)
        if len(prices) != 1 or q.unit is None:
            continue
        price = prices[0]
        unit = priced_unit(price.name)
        scale = divisor(q.unit, unit) if unit is not None else None
        quantity = ref(q).model_copy(update={"scale": scale}) if scale else ref(q)
        asked: list[Agg] = [m.agg for m in ro.measures if m.column == ref(q) and ro.measure_explicit_agg]
        agg: Agg = asked[0] if asked and asked[0] in _KEPT_AGGS else "sum"
        written = raw_words(q.name)
        words = written[:-1] if len(written) > 1 and UNITS.get(written[-1]) == q.unit else written
        alias = "_".join([*words, "cost"]) if agg == "sum" else f"{agg}_{'_'.join(words)}_cost"
        made = Measure(agg=agg, column=quantity, times=ref(price), alias=alias)
        counted = all(m.agg == "count" and m.column is None for m in ro.measures)
        gone = (ref(q), ref(price))
        ro.measures = [made] + ([] if counted else [m for m in ro.measures if m.column not in gone])
        ro.numeric_cols = [c for c in ro.numeric_cols if c not in gone]
        ro.money_hint = None
        return f"The cost is {q.name} times {price.name} (the price of one {unit.label if unit else 'unit'})."
    return None
