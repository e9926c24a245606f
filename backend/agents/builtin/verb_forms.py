"""A verb said of the rows is no category they fall in: "parcels shipped by TRUCK" asks for the mode TRUCK, not for the
mode SHIP the verb is spelled like, and "items shipped late" asks for no breakdown by a ship_mode column."""

from __future__ import annotations

from collections.abc import Sequence

from backend.agents.builtin import lexicon as lx
from backend.agents.builtin.catalog_index import CatalogIndex, Mention
from backend.agents.builtin.coded_states import STATE_NOUNS

_VERB_ENDINGS = ("ed", "ing")
_CATEGORY_NOUNS = STATE_NOUNS | lx.KIND_STEMS  # columns whose values are what a row is, as a participle says it


def verb_not_value(idx: CatalogIndex, written: str, value_word: str) -> bool:
    """A verb form read onto a value made of its base ("shipped", "shipping" onto the mode SHIP): the verb says what was
    done to the rows, never which means it was done by, unless a column of states or kinds holds the value."""
    if written == value_word or not written.endswith(_VERB_ENDINGS):
        return False
    holders = {(t, c) for t, c, _ in idx.values.get((value_word,), [])}
    return not any(set(col.words) & _CATEGORY_NOUNS for t, c in holders if (col := idx.tables[t].col(c)) is not None)


def verbs_not_columns(
    idx: CatalogIndex, tokens: Sequence[lx.Token], words: Sequence[str | None], mentions: list[Mention]
) -> list[Mention]:
    """The mentions without a text column read from a verb form alone ("shipped" → ship_mode, "returned" →
    return_flag): a category is named by its noun (mode, flag), the verb says what happened to the rows."""
    verbs = {
        k for k, t in enumerate(tokens) if t.lower.endswith(_VERB_ENDINGS) and words[k] not in (None, t.lower, t.stem)
    }
    dated = {(m.start, m.end, m.table) for m in mentions if _dated(idx, m)}
    done = {k for k, t in enumerate(tokens) if t.lower.endswith("ed") and words[k] is not None}
    return [m for m in mentions if not _verb_named(idx, m, verbs, words) and not _beside_its_date(idx, m, done, dated)]


def _dated(idx: CatalogIndex, m: Mention) -> bool:
    c = idx.tables[m.table].col(m.column or "") if m.kind == "column" else None
    return c is not None and c.info.kind == "temporal"


def _beside_its_date(idx: CatalogIndex, m: Mention, verbs: set[int], dated: set[tuple[int, int, str]]) -> bool:
    """ "voyages finished per month" where the verb's noun names a kind column and a date column of the rows alike
    (a finishing's kind and its date): the verb says when it happened, so the date is meant; the kind column is named
    by its own noun ("by resolution kind")."""
    if m.kind != "column" or not verbs & set(range(m.start, m.end)) or (m.start, m.end, m.table) not in dated:
        return False
    c = idx.tables[m.table].col(m.column or "")
    return c is not None and c.info.kind == "text" and c.flag is None


def _verb_named(idx: CatalogIndex, m: Mention, verbs: set[int], words: Sequence[str | None]) -> bool:
    """A mention of a column of states or of means over a verb form, without the noun its name ends on; a yes/no
    column stays (the verb says its yes: "were broken" of broken_yn)."""
    if m.kind != "column" or m.column is None or not verbs & set(range(m.start, m.end)):
        return False
    c = idx.tables[m.table].col(m.column)
    said = {words[k] for k in range(m.start, m.end)}
    if c is None or c.info.kind != "text" or c.flag is not None or c.head in said:
        return False
    # A column of states, or one holding the verb's base as a value (ship_mode's SHIP); "planned" stays a rate plan.
    held = any((m.table, c.name) == (t, col) for k in verbs for t, col, _ in idx.values.get((words[k] or "",), []))
    return held or bool(set(c.words) & STATE_NOUNS)


# "how many refunds did we issue": the words asking what the asker did, and who did it.
_ASKED_DID = frozenset({"did", "do", "does", "have", "has", "had"})
_DOERS = frozenset({"we", "you", "they", "i"})
_VERB_WORDS = 2  # "process", "win back": a verb and its particle


def done_to_counted(tokens: Sequence[lx.Token], mentions: list[Mention]) -> list[Mention]:
    """ "how many payments did we process in 2024": the verb after the doer says what was done to the rows counted,
    so a column that only its comment ties to the verb (a processing fee) is neither measured nor grouped."""
    low = [t.lower for t in tokens]
    if low[:2] != ["how", "many"]:
        return mentions
    at = next((k for k in range(3, len(low) - 2) if low[k] in _ASKED_DID and low[k + 1] in _DOERS), None)
    if at is None or not any(m.kind == "table" and 2 <= m.start < at for m in mentions):
        return mentions
    verb = range(at + 2, at + 2 + _VERB_WORDS)
    return [m for m in mentions if not (m.kind == "column" and m.via == "comment" and m.start in verb)]
