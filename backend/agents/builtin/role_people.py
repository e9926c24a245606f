"""People named by the role they play rather than by their table's name: "deals owned by each sales rep",
"average score per helpdesk agent", "top 5 key-client managers by revenue". A role noun after a grouping word that no
name of the catalog says names the catalog's one table of people the rows point at (users, staff, employees); the key
the rows reach it by is chosen as for a table named outright (the owner's for "owned", else the first)."""

from __future__ import annotations

from collections.abc import Sequence

from backend.agents.builtin import lexicon as lx
from backend.agents.builtin.catalog_index import CatalogIndex, Mention
from backend.agents.builtin.people_keys import PEOPLE_NOUNS, ROLE_NOUNS
from backend.agents.builtin.verbs import people_table

# Words that may stand between a grouping word and the role noun: "each sales rep", "per senior helpdesk agent".
_MODIFIERS_MAX = 3
_LEADS = lx.GROUPING_WORDS | {"every", "top", "which", "our"}
_ROLE_SCORE = 3.0


def _referenced_people(idx: CatalogIndex) -> list[str]:
    """Tables of people some other table holds a key to: those called by a noun of staff (users, agents) when any
    is, else any table of people (named in parts, with a birth date)."""
    pointed = {fk.ref_table for fk in idx.foreign_keys if fk.table != fk.ref_table}
    people = sorted(n for n in pointed if people_table(idx.tables[n]) and idx.tables[n].label is not None)
    staff = [n for n in people if set(idx.tables[n].words) & PEOPLE_NOUNS]
    return staff or people


def role_people(idx: CatalogIndex, tokens: Sequence[lx.Token], mentions: list[Mention]) -> list[Mention]:
    """`mentions` with a mention of the people table at each role noun no table or column is named by."""
    people = _referenced_people(idx)
    if len(people) != 1 or any(m.kind == "table" and m.table == people[0] for m in mentions):
        return mentions
    out = list(mentions)
    for k, tok in enumerate(tokens):
        noun = tok.stem
        if noun not in (PEOPLE_NOUNS | ROLE_NOUNS) - {"owner", "creator", "author"} or noun in idx.vocab:
            continue
        if any(m.start <= k < m.end and m.kind in ("table", "column") for m in mentions):
            continue
        lead = next((j for j in range(k - 1, max(k - 2 - _MODIFIERS_MAX, -1), -1) if tokens[j].lower in _LEADS), None)
        if lead is None:
            continue
        # The modifiers no mention of the people's own columns reads ("helpdesk agent") are part of the role's name.
        start = min(
            (j for j in range(lead + 1, k) if not any(m.start <= j < m.end and m.table == people[0] for m in out)),
            default=k,
        )
        out.append(Mention(start, k + 1, "table", people[0], None, _ROLE_SCORE, via="role", spec=1.0))
        # "each sales rep", "per helpdesk agent": the words before the role say which people (their department or
        # title), not a value of another table.
        out = [
            m
            for m in out
            if not _verb_phrase_key(idx, tokens, m, lead)
            and not (lead < m.start and m.end <= k and m.table != people[0])
        ]
    return out


def _verb_phrase_key(idx: CatalogIndex, tokens: Sequence[lx.Token], m: Mention, lead: int) -> bool:
    """ "deals owned by each rep": the rows' noun and the participle before "by" read as one key's name
    (deal owner) are the rows and the verb, the key being said by the role; nothing of the key is counted."""
    end = m.end - 1
    if m.kind != "column" or m.column is None or m.end - m.start < 2 or not 0 < end < lead:
        return False
    c = idx.tables[m.table].col(m.column)
    return c is not None and c.is_id and lx.past_form(tokens[end].lower) and lx.low_at(tokens, end + 1) == "by"
