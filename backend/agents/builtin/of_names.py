"""A column named as its two words turned around: "the name of the song" ↔ song_name, "the names of the boats" ↔
boat_name, "the year of the launch" ↔ launch_year — one mention of that column over the whole phrase, which outranks the
bare "name" column of the rows. A noun naming the column's own table ("the names of the vessels") stays the rows'
noun, and the attribute's word names their column."""

from __future__ import annotations

from collections.abc import Sequence

from backend.agents.builtin import lexicon as lx
from backend.agents.builtin.catalog_index import CatalogIndex, Mention
from backend.agents.builtin.matching import FULL_NAME

_BETWEEN = frozenset({"the", "a", "an", "its", "their", "each", "every", "all"})


def turned_names(
    idx: CatalogIndex, tokens: Sequence[lx.Token], words: Sequence[str | None], mentions: list[Mention]
) -> list[Mention]:
    """The mentions with each "<attribute> of (the) <noun>" that spells a column <noun>_<attribute> read as that column
    (the mentions inside the phrase dropped)."""
    out = list(mentions)
    for i in range(len(tokens) - 2):
        attr = words[i]
        if attr is None or tokens[i + 1].lower != "of":
            continue
        k = i + 2
        while k < len(tokens) and tokens[k].lower in _BETWEEN:
            k += 1
        noun = words[k] if k < len(tokens) else None
        if noun is None or noun == attr:
            continue
        if attr in {"number", "count"} and tokens[k].lower != noun:
            continue  # "the number of parts" counts them: no part number column
        found = [c for t in idx.tables.values() for c in t.columns if c.words[:2] == (noun, attr) and not c.is_id]
        found = [c for c in found if len(c.words) == 2 or (len(c.words) == 3 and len(c.words[2]) <= 3)]
        # "the names of the vessels" (VesselName of Vessels): the attribute's word names the rows' own column, and
        # the rows' noun stays theirs.
        own = [c for c in found if noun in idx.tables[c.table].words]
        out += [Mention(i, i + 1, "column", c.table, c.name, FULL_NAME, via="name") for c in own]
        found = [c for c in found if c not in own]
        if not found:
            continue
        out = [m for m in out if m.end <= i or m.start > k]
        out += [Mention(i, k + 1, "column", c.table, c.name, FULL_NAME + 0.5, via="compound") for c in found]
    return out
