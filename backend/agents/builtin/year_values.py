"""Years held as text ("2014" in a VARCHAR column named like a year): a year or several years named in the question
("in 2014 or 2015", "in year 2014") are those values of the column, on a table with no date or numeric year."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence

from backend.agents.builtin import lexicon as lx
from backend.agents.builtin.catalog_index import TableEntry
from backend.agents.builtin.dates import DateExpr, resolve
from backend.agents.builtin.models import ColumnRef, Dimension, Filter
from backend.agents.builtin.reading import Reading

_YEAR = re.compile(r"\d{4}")


def year_values(main: TableEntry, date: DateExpr, anchor: dt.date) -> Filter | None:
    """The years a date expression names whole (a year, a range of years, years joined by "or") as an equality or IN
    filter on the table's one text column whose name ends with "year" and whose values are all years."""
    cols = [
        c
        for c in main.columns
        if c.info.kind == "text" and lx.name_words(c.name)[-1:] in (["year"], ["yr"]) and c.info.values
        and all(_YEAR.fullmatch(str(v).strip()) for v in c.info.values)
    ]  # fmt: skip
    if len(cols) != 1:
        return None
    years = _years(date, anchor)
    if not years:
        return None
    col = cols[0]
    vals: list[str | int | float | bool] = [str(y) for y in years]
    ref = ColumnRef(table=main.info.name, column=col.name)
    if len(vals) == 1:
        return Filter(column=ref, op="=", values=vals, label=f"{col.name} is {vals[0]}")
    return Filter(column=ref, op="in", values=vals, label=f"{col.name} in {', '.join(map(str, vals))}")


def _years(date: DateExpr, anchor: dt.date) -> list[int]:
    """The whole years an expression covers, or nothing when it names a part of a year or an open range."""
    parts = date.periods if date.kind == "periods" and date.periods else [date]
    out: list[int] = []
    for p in parts:
        if p.kind not in ("year", "years"):
            return []
        rng = resolve(p, anchor)
        if rng.start is None or rng.end is None or rng.end.year - rng.start.year > 50:
            return []
        out += range(rng.start.year, rng.end.year)
    return out


def named_year(r: Reading, d: Dimension, filters: Sequence[Filter]) -> bool:
    """ "festivals in year 2014 or 2015": the text year column the years filter is named to say whose values they are,
    not to group by, unless a grouping word asks for it."""
    return (
        d.bucket is None
        and any(f.column == d.column and f.op in ("=", "in") for f in filters)
        and not any(t.lower in lx.GROUP_WORDS for t in r.tokens)
    )
