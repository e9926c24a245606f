"""Keys to people a catalog implies by a role where no name of a table does: a whole-number column called after the
role a person plays for the row (sales_rep_id, approvedBy, loanOfficerId, reportsTo) references the catalog's one
table of people (staff, employees, agents, users), whose own key holds its values; in that table itself such a
column (manager_id, supervisorId) references its own rows, as a parent_id does in any table."""

from __future__ import annotations

from backend.agents.builtin import lexicon as lx
from backend.agents.builtin.naming import KIMBALL_WORDS, Naming, plain_words
from backend.models.catalog import Catalog, ColumnInfo, ForeignKey, TableInfo

# Nouns of a table whose rows are people who work for the catalog's owner.
PEOPLE_NOUNS = frozenset({"staff", "employee", "agent", "user", "worker", "personnel", "people", "person", "colleague", "emp", "crew", "member", "teammate", "operator", "rep"})  # fmt: skip
# Roles a person plays for a row ("sales rep", "ferry purser"), or for another person ("manager", "reports to").
ROLE_NOUNS = frozenset({"manager", "mgr", "supervisor", "boss", "lead", "leader", "head", "mentor", "coach", "rep",
                        "representative", "agent", "officer", "approver", "reviewer", "assignee", "owner", "handler",
                        "clerk", "salesperson", "adviser", "consultant", "planner", "recruiter",
                        "inspector", "auditor", "author", "creator", "editor", "dispatcher", "technician",
                        "engineer", "processor", "underwriter", "coordinator", "superior", "chief",
                        "foreman", "captain", "trainer", "buyer", "seller", "salesman", "banker",
                        "counsellor", "counselor", "nurse", "physician"})  # fmt: skip
# The person a role between people points at, when the key says it by a verb ("reportsTo").
SUPERIOR_WORDS = frozenset({"manager", "supervisor", "boss", "superior"})
REPORTS_TO = ("report", "to")  # a name's words, stemmed
# A participle before one of these names who did something to the row: approved_by, assigned_to, reportsTo.
_AGENT_PARTICLES = frozenset({"by", "to"})
# A row's parent of its own kind (a category's parent category): the same table in any catalog.
_PARENT_WORDS = frozenset({"parent"})
_INTEGER = ("INT", "BIGINT", "SMALLINT", "TINYINT", "HUGEINT", "UBIGINT", "UINTEGER", "USMALLINT", "UTINYINT")
KEY_SHARE = 0.8  # a table's own key: about one value per row (distinct counts are estimates)


def _whole(c: ColumnInfo) -> bool:
    return c.kind == "numeric" and c.type.upper().startswith(_INTEGER)


def _own_key(t: TableInfo, naming: Naming) -> ColumnInfo | None:
    """A whole-number column with an id word and about one value per row: the table's own key."""
    for c in t.columns:
        words = naming.column_words(c.name)
        if _whole(c) and set(words) & lx.ID_WORDS and (c.distinct_count or 0) >= KEY_SHARE * max(t.row_count, 1):
            return c
    return None


def _table_words(t: TableInfo, naming: Naming) -> tuple[str, ...]:
    words = plain_words(t.name, naming.tables, naming.squashed)
    return words[1:] if len(words) > 1 and words[0] in KIMBALL_WORDS else words


def _role(words: tuple[str, ...], own: set[str]) -> bool:
    """The column's words say a role a person plays: a role noun before an id word (loan_officer_id, rep_id), or a
    participle before "by"/"to" (approved_by, assigned_to)."""
    rest = [w for w in words if w not in own]
    if len(rest) >= 2 and rest[-1] in lx.ID_WORDS and any(w in ROLE_NOUNS for w in rest[:-1]):
        return True
    # "reports to" is stemmed to report: the one verb of a person over another not written as a participle
    return len(rest) == 2 and rest[1] in _AGENT_PARTICLES and (rest[0].endswith("ed") or tuple(rest) == REPORTS_TO)


def _covers(key: ColumnInfo, c: ColumnInfo) -> bool:
    """The key's range holds every value of the column."""
    lo, hi, klo, khi = c.min, c.max, key.min, key.max
    nums = all(isinstance(v, int | float) for v in (lo, hi, klo, khi))
    return nums and klo <= lo and hi <= khi  # type: ignore[operator]


def people_keys(catalog: Catalog, naming: Naming, known: list[ForeignKey]) -> list[ForeignKey]:
    """Keys from columns named after a person's role to the catalog's one table of people (the table's own rows for
    a role between people: manager_id in staff), and from a parent_id to its own table; columns already keys, and
    values beyond the people's key, are left alone."""
    taken = {(fk.table, fk.column) for fk in known}
    keys = {t.name: k for t in catalog.tables if (k := _own_key(t, naming)) is not None}
    people = [t for t in catalog.tables if t.name in keys and set(_table_words(t, naming)) & PEOPLE_NOUNS]
    out: list[ForeignKey] = []
    for t in catalog.tables:
        own = set(_table_words(t, naming))
        for c in t.columns:
            if (t.name, c.name) in taken or c is keys.get(t.name) or not _whole(c):
                continue
            words = naming.column_words(c.name)
            parent = bool(set(words) & _PARENT_WORDS) and words[-1] in lx.ID_WORDS
            if (t in people and _role(words, own)) or (parent and t.name in keys):
                targets = [t]  # a role between rows of one table: a person's manager, a category's parent
            elif _role(words, own):
                targets = [p for p in people if p.name != t.name]
            else:
                continue
            fits = [p for p in targets if _covers(keys[p.name], c)]
            if len(fits) == 1:
                ref = fits[0]
                out.append(ForeignKey(table=t.name, column=c.name, ref_table=ref.name, ref_column=keys[ref.name].name))
    return out
