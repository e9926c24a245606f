"""The key shown beside a name from another table: it keeps namesakes apart, and a short code people use (a course
code, a department code) is how the rows are known besides their name."""

from __future__ import annotations

from backend.agents.builtin import lexicon as lx
from backend.agents.builtin.catalog_index import CatalogIndex, ColumnEntry
from backend.agents.builtin.models import ColumnRef
from backend.models.catalog import ForeignKey

NAME_SHARE = 0.95  # a name column with fewer distinct values than this share of its rows may repeat a name
_CODE_WORDS = ("code", "abbreviation")
_KEY_WORDS = frozenset({"key"})
CODE_LENGTH = 12  # the longest value of a code people write by hand; longer keys are machine ids (a hash, a GUID)


def readable_code(c: ColumnEntry) -> bool:
    """Is the column a short written code with letters in it ('KT-7', 'NB'), not a machine id or a number?"""
    if c.info.kind != "text" or not c.words:
        return False
    seen = [str(v) for v in [*(c.info.values or []), *c.info.samples] if v is not None]
    if not seen or any(len(v) > CODE_LENGTH for v in seen):
        return False
    # Named a code; an id or a guid is a machine's handle, however short its values, and so is a key unless every
    # value is a word of capitals alone ('NORTH', 'QA'): a mnemonic people write.
    if any(c.words[-1] == w or lx.abbreviates(c.words[-1], w) for w in _CODE_WORDS):
        return any(ch.isalpha() for v in seen for ch in v)
    return c.words[-1] in _KEY_WORDS and all(v.isalpha() and v.isupper() and len(v) >= 2 for v in seen)


def member_key(
    idx: CatalogIndex,
    main: str,
    parents: dict[str, ForeignKey],
    paths: dict[str, tuple[ForeignKey, ...]],
    label: ColumnEntry,
) -> ColumnRef | None:
    """The key that tells apart the rows a name column of another table labels, when two of them may share a name:
    the main table's key to that table (no extra join), else that table's own key at the end of the path to it. A
    type 2 dimension repeats a member's name across its versions on purpose: its name is the member. The main
    table's key is kept too when it is a code people write, names repeated or not."""
    table = idx.tables[label.table]
    if label.table == main or table.label is not label or table.current is not None:
        return None
    fk = parents.get(label.table)
    path = paths.get(label.table)
    # the main table's own key to that table (a key met on the way, through another table, is that table's business)
    own = next((c for c in idx.tables[main].columns if fk is not None and c.info.name == fk.column), None)
    if fk is not None and own is not None and readable_code(own):
        return ColumnRef(table=main, column=fk.column)
    rows = table.info.row_count
    listed = label.info.values
    repeats = len(listed) < rows if listed is not None else (label.info.distinct_count or rows) < NAME_SHARE * rows
    # A code repeated as often as the name (a renovated hotel's two versions keep both) says the rows sharing a name
    # are one member.
    codes = [c for c in table.columns if c.is_id and c.info.kind == "text" and c is not label and c.info.values]
    if not repeats or any(len(c.info.values or []) <= len(listed or []) for c in codes):
        return None
    if fk is not None:
        return ColumnRef(table=main, column=fk.column)
    return ColumnRef(table=label.table, column=path[-1].ref_column) if path else None
