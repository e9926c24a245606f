"""In-memory index of text values: which column holds "Europe", "Honda" or "SFO"."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from backend.core.catalog import SqlReader, quote_ident
from backend.core.json_keys import column_sql
from backend.core.list_values import elements, list_format
from backend.models.catalog import Catalog, ValueMatch

# Columns with more distinct values than this are not indexed (free text, ids).
MAX_DISTINCT = 5000
_WORD = re.compile(r"[a-z0-9]+")


def _words(text: str) -> list[str]:
    return _WORD.findall(text.lower())


@dataclass
class ValueIndex:
    """Distinct text values per (table, column), searchable by whole value or by word."""

    columns: dict[tuple[str, str], list[str]] = field(default_factory=dict[tuple[str, str], list[str]])
    _exact: dict[str, list[tuple[str, str, str]]] = field(default_factory=dict[str, list[tuple[str, str, str]]])
    _by_word: dict[str, set[tuple[str, str]]] = field(default_factory=dict[str, set[tuple[str, str]]])

    def add(self, table: str, column: str, values: list[str]) -> None:
        """Index the values of one column; a column of several values per row ('<python><pandas>') by its elements."""
        fmt = list_format(values)
        if fmt is not None:
            values = elements(values, fmt)
        self.columns[(table, column)] = values
        for value in values:
            self._exact.setdefault(value.strip().lower(), []).append((table, column, value))
            for word in set(_words(value)):
                self._by_word.setdefault(word, set()).add((table, column))

    def lookup(self, term: str, *, limit: int = 10) -> list[ValueMatch]:
        """Columns holding `term`: exact (case-insensitive) value matches first, then whole-word matches.

        A word match carries the term itself as `value` and a lower score: the caller filters with
        a containment test (cars.name contains "honda") rather than equality.
        """
        key = term.strip().lower()
        if not key:
            return []
        matches = [ValueMatch(table=t, column=c, value=v, score=1.0) for t, c, v in self._exact.get(key, [])]
        words = _words(key)
        if words:
            sets = [self._by_word.get(w, set[tuple[str, str]]()) for w in words]
            candidates: set[tuple[str, str]] = sets[0].intersection(*sets[1:])
            exact_cols = {(m.table, m.column) for m in matches}
            for table, column in sorted(candidates - exact_cols):
                hits = sum(1 for v in self.columns[(table, column)] if key in v.lower())
                if hits:
                    score = 0.6 if hits > 1 else 0.8
                    matches.append(ValueMatch(table=table, column=column, value=term.strip(), score=score))
        matches.sort(key=lambda m: -m.score)
        return matches[:limit]


def build_value_index(conn: SqlReader, catalog: Catalog) -> ValueIndex:
    """Read the distinct values of every text column with a manageable number of them."""
    index = ValueIndex()
    for table in catalog.tables:
        for column in table.columns:
            if column.kind != "text":
                continue
            if column.values is not None:
                index.add(table.name, column.name, column.values)
                continue
            if (column.distinct_count or 0) > MAX_DISTINCT:
                continue
            c, t = column_sql(column), quote_ident(table.name)
            rows = conn.execute(
                f"SELECT DISTINCT {c} FROM {t} WHERE {c} IS NOT NULL LIMIT {MAX_DISTINCT + 1}"
            ).fetchall()
            if len(rows) <= MAX_DISTINCT:
                index.add(table.name, column.name, [str(r[0]) for r in rows])
    return index
