"""Tables in long format: one row per thing, figure and period, the figure's name in a column and its number in one
value column (nation, indicator, year, value; sensor, metric, time, reading). Such a table has many measures, but
none of them is a column: "unemployment rate in Vanuatu over time" names a value of the figure-name column
('Unemployment rate (% of labour force)'), and the number asked for is the value column on the rows of that figure.

Found from the catalog's shape alone, at index time: a table with a date or year and exactly one plain numeric column,
and a text column (its own, or of a table it points at) that names figures: named for what is measured (indicator,
metric, series), or holding names of several words beside a value column named so (value, reading). A figure's name is found from its leading words, before any parenthesis or comma
("life expectancy" for 'Life expectancy at birth (years)'), when they name one figure only."""

from __future__ import annotations

import re
from dataclasses import dataclass

from backend.agents.builtin import lexicon as lx

# Words a column is named by when it holds what is measured on each row.
_FIGURE_NAMES = frozenset({"indicator", "measure", "metric", "series", "variable", "statistic", "kpi", "element"})
_NAME_WORDS = 3.0  # names of figures have several words on average ("GDP per capita", "Population, total")
_MIN_FIGURES = 3  # fewer distinct names are categories of a row, not figures
_HEAD_END = re.compile(r"[(,;:\[]| - ")
_VALUE_WORDS = frozenset({"value", "val", "reading", "observation", "obs", "figure"})
_SUMMED = frozenset({"total", "population", "number", "count", "sum"})  # a figure that adds up across things
_AVERAGED = frozenset({"rate", "per", "average", "mean", "index", "ratio", "share", "percent", "percentage", "pct"})
# A figure counted in years of a life or a stay is a level ("Life expectancy at birth, total (years)").
_LEVELS = frozenset({"expectancy", "years", "age"})


@dataclass(frozen=True, slots=True)
class Column:
    """What the shape test needs of a column."""

    table: str
    name: str
    words: tuple[str, ...]
    values: tuple[str, ...]  # its listed values (empty when too many to list)
    text: bool
    figure: bool  # a plain number: no key, no year
    period: bool  # a date or a year


@dataclass(frozen=True, slots=True)
class LongFormat:
    """A long table: its value column, and the column naming each row's figure (its own or a parent's)."""

    table: str
    value: str
    names_table: str
    names: str


def long_formats(columns: list[Column], parents: dict[str, list[str]]) -> dict[str, LongFormat]:
    """Table name → its long format, for every table shaped so (`parents`: the tables each table's keys point at)."""
    by_table: dict[str, list[Column]] = {}
    for c in columns:
        by_table.setdefault(c.table, []).append(c)
    out: dict[str, LongFormat] = {}
    for table, cols in by_table.items():
        figures = [c for c in cols if c.figure]
        if len(figures) != 1 or not any(c.period for c in cols):
            continue
        valued = bool(set(figures[0].words) & _VALUE_WORDS)  # obs_value, Value, reading
        near = [table, *(p for p in parents.get(table, []) if p != table)]
        names = [c for t in near for c in by_table.get(t, []) if _names_figures(c, valued)]
        if len(names) == 1:
            out[table] = LongFormat(table, figures[0].name, names[0].table, names[0].name)
    return out


def _names_figures(c: Column, valued: bool) -> bool:
    """A text column naming figures: named for what is measured, or, beside a column named a value, holding names
    of several words."""
    if not c.text or len(c.values) < _MIN_FIGURES or set(c.words) & lx.ID_WORDS:
        return False
    if set(c.words) & _FIGURE_NAMES:
        return True
    return valued and sum(len(lx.name_words(v)) for v in c.values) / len(c.values) >= _NAME_WORDS


def figure_head(value: str) -> tuple[str, ...]:
    """A figure name's words before any parenthesis or comma ("Unemployment rate (%)" → unemployment, rate), as
    written (not stemmed)."""
    return tuple(w for w in re.split(r"[^A-Za-z0-9]+", _HEAD_END.split(value)[0]) if w)


def figure_leads(values: tuple[str, ...]) -> dict[tuple[str, ...], str]:
    """The leading words of each figure name that name it alone → the stored name ("life expectancy" → 'Life
    expectancy at birth (years)'). The words before a parenthesis or a comma, and each shorter run of them that
    starts the name of no other figure."""
    heads = {v: tuple(lx.name_words(_HEAD_END.split(v)[0])) for v in values}
    counts: dict[tuple[str, ...], int] = {}
    for words in heads.values():
        for k in range(1, len(words) + 1):
            counts[words[:k]] = counts.get(words[:k], 0) + 1
    out: dict[tuple[str, ...], str] = {}
    for value, words in heads.items():
        for k in range(1, len(words) + 1):
            lead = words[:k]
            if counts[lead] == 1 and lead[-1] not in lx.STOPWORDS and (k > 1 or len(lead[0]) >= 3):
                out[lead] = value
    return out


def summed(name: str) -> bool:
    """A figure that adds up across things and periods' parts ("Population, total"); rates and levels average."""
    words: set[str] = set(lx.name_words(name))
    if "%" in name:
        words.add("percent")
    return bool(words & _SUMMED) and not words & (_AVERAGED | _LEVELS)
