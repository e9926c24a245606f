"""The change of a measure between two years, per group: "which continent had the biggest increase in life expectancy
between 1952 and 2007", "change in population from 1990 to 2020 by kind" — the measure over the last year's rows
minus the same measure over the first year's, one figure per group (not a total over the years in between)."""

from __future__ import annotations

from backend.agents.builtin.catalog_index import TableEntry
from backend.agents.builtin.conditions import date_filters
from backend.agents.builtin.dates import DateExpr
from backend.agents.builtin.models import Filter
from backend.agents.builtin.role_model import Roles
from backend.agents.builtin.time_axis import is_temporal


def change_between(date: DateExpr | None, main: TableEntry, ro: Roles) -> bool:
    """Turn the compared years of `ro` into one change measure per measure (last year minus first year), the years
    no longer a grouping; False when the measures cannot be read that way."""
    if date is None or not date.periods or len(date.periods) != 2 or not ro.periods:
        return False
    plain = all(not (m.share_of or m.per or m.change or m.running or m.of_total) for m in ro.measures)
    if not ro.measures or not plain:
        return False
    ends: list[list[Filter]] = []
    for p in date.periods:
        found = date_filters(p, main, [], None).filters
        if not found:
            return False
        ends.append(list(found))
    ro.dims = [d for d in ro.dims if not is_temporal(main, d)]
    ro.periods = False
    ro.measures = [m.model_copy(update={"span": ends, "alias": f"change_{m.alias}"}) for m in ro.measures]
    return True
