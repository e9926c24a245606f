"""One catalog over every source: the bundled tables, uploads and attached databases.

Each source reports its tables under canonical names — bare for the bundled catalog and uploads
(their names are unique by construction), `source.schema.table` for attached databases. The merged
catalog gives a database table its bare name when no other table has it, else keeps it qualified,
and tells that source's engine the names it is now known by (routing matches on them).
"""

from __future__ import annotations

import logging
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from typing import Protocol

from backend.core.value_index import ValueIndex
from backend.models.catalog import Catalog, ForeignKey, TableInfo

log = logging.getLogger("viz.catalog")


class Publishing(Protocol):
    """An engine that can be told the names its tables have in the merged catalog."""

    def publish(self, catalog: Catalog) -> None: ...


@dataclass
class _Part:
    catalog: Catalog
    values: ValueIndex
    engine: Publishing | None


class CatalogService:
    """The current merged catalog and value index; rebuilt whenever a source changes."""

    def __init__(self, base: Catalog, base_values: ValueIndex) -> None:
        self._base = base
        self._base_values = base_values
        self._parts: dict[str, _Part] = {}
        self._listeners: list[Callable[[set[str]], None]] = []
        self._catalog = base
        self._values = base_values
        self._names: dict[str, str] = {}

    @property
    def catalog(self) -> Catalog:
        """Every table under the name SQL uses, with foreign keys and the bundled catalog's synonyms."""
        return self._catalog

    @property
    def values(self) -> ValueIndex:
        """Which column holds a value, over every source, keyed by the names SQL uses."""
        return self._values

    def subscribe(self, listener: Callable[[set[str]], None]) -> None:
        """Call `listener` with the engine names whose tables changed (e.g. to re-read routing tables)."""
        self._listeners.append(listener)

    def set_source(self, name: str, catalog: Catalog, values: ValueIndex, engine: Publishing | None = None) -> None:
        """Add or replace a source's tables (canonical names)."""
        self._parts[name] = _Part(catalog, values, engine)
        self._rebuild({name})

    def remove_source(self, name: str) -> None:
        """Forget a source's tables."""
        if self._parts.pop(name, None) is not None:
            self._rebuild({name})

    def source_tables(self, name: str) -> list[TableInfo]:
        """A source's tables as the merged catalog names them."""
        part = self._parts.get(name)
        if part is None:
            return []
        return [t.model_copy(update={"name": self._names.get(t.name, t.name)}) for t in part.catalog.tables]

    def bare_names(self) -> set[str]:
        """Lower-case names taken by the bundled catalog and uploads (a new upload may not reuse them)."""
        fixed = [t.name for t in self._base.tables]
        fixed += [t.name for p in self._parts.values() for t in p.catalog.tables if "." not in t.name]
        return {n.lower() for n in fixed}

    def _published_names(self) -> dict[str, str]:
        taken = self.bare_names()
        qualified = [t for p in self._parts.values() for t in p.catalog.tables if "." in t.name and t.ref]
        counts = Counter(t.ref.name.lower() for t in qualified if t.ref)
        names: dict[str, str] = {}
        for table in qualified:
            bare = table.ref.name if table.ref else table.name
            unique = counts[bare.lower()] == 1 and bare.lower() not in taken
            names[table.name] = bare if unique else table.name
        return names

    def _rebuild(self, touched: set[str]) -> None:
        previous = self._names
        names = self._published_names()
        tables: list[TableInfo] = list(self._base.tables)
        fks: list[ForeignKey] = list(self._base.foreign_keys)
        values = ValueIndex()
        for (table, column), column_values in self._base_values.columns.items():
            values.add(table, column, column_values)
        changed = set(touched)
        for source, part in self._parts.items():
            renamed = [t.model_copy(update={"name": names.get(t.name, t.name)}) for t in part.catalog.tables]
            keys = [
                fk.model_copy(
                    update={"table": names.get(fk.table, fk.table), "ref_table": names.get(fk.ref_table, fk.ref_table)}
                )
                for fk in part.catalog.foreign_keys
            ]
            tables += renamed
            fks += keys
            for (table, column), column_values in part.values.columns.items():
                values.add(names.get(table, table), column, column_values)
            if part.engine is not None:
                part.engine.publish(Catalog(tables=renamed, foreign_keys=keys))
            if any(previous.get(t.name, t.name) != names.get(t.name, t.name) for t in part.catalog.tables):
                changed.add(source)
        self._names = names
        self._catalog = Catalog(tables=tables, foreign_keys=fks, synonyms=self._base.synonyms)
        self._values = values
        for listener in self._listeners:
            listener(changed)
