"""JSON columns read through their keys: a column of objects (a `holder` object with its `handle`, `kind` …) is named
by the keys the catalog reads out of it (`holder handle`), never grouped or filtered as the whole object; the
column's own name says the key that names the object (a label word, a login, else its text key of most values):
"per holder" is per `holder handle`."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from backend.agents.builtin import lexicon as lx
from backend.models.catalog import ColumnInfo

# Words of a key that names what an object stands for, best first.
NAMING_KEYS = (*lx.LABEL_WORDS, "login")


@dataclass(frozen=True, slots=True)
class ObjectColumn:
    """A JSON column whose keys are columns of their own: its name, the key column that names its objects, and whether
    they are records of their own (a key holds their id: a person or a party behind the row, not details of it)."""

    column: str
    label: str | None
    record: bool = False


def object_columns(columns: Sequence[ColumnInfo], words: dict[str, tuple[str, ...]]) -> list[ObjectColumn]:
    """The table's JSON columns read through keys, each with the key column that names its objects (`words`: each
    column's name words)."""
    keys: dict[str, list[ColumnInfo]] = {}
    for c in columns:
        if c.json_path is not None:
            keys.setdefault(c.json_path[0], []).append(c)
    out: list[ObjectColumn] = []
    for column, held in keys.items():
        own = len(words.get(column, ()))
        tails = {c.name: set(words.get(c.name, ())[own:]) for c in held}
        texts = [c for c in held if c.kind == "text" and not tails[c.name] & lx.ID_WORDS]
        label = next((c.name for word in NAMING_KEYS for c in texts if word in tails[c.name]), None)
        if label is None and texts:
            label = max(texts, key=lambda c: c.distinct_count or 0).name
        record = any(tails[c.name] and tails[c.name] <= lx.ID_WORDS for c in held)
        out.append(ObjectColumn(column, label, record and label is not None))
    return out
