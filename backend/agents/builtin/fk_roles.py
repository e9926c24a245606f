"""Several foreign keys from one table to another (origin and destination, seller and buyer): the question's words
name the role, and that key is the one to join along."""

from __future__ import annotations

from backend.agents.builtin import lexicon as lx
from backend.agents.builtin.catalog_index import CatalogIndex, shared_prefix
from backend.agents.builtin.direction import FROM_COLS, TO_COLS, Direction, verb_direction, word_direction
from backend.agents.builtin.models import ColumnRef
from backend.agents.builtin.naming import plain_words
from backend.agents.builtin.people_keys import REPORTS_TO
from backend.agents.builtin.reading import Reading
from backend.models.catalog import ForeignKey

_GROUP_CUES = frozenset({"by", "per", "each", "across"})


def role_words(idx: CatalogIndex, fk: ForeignKey) -> frozenset[str]:
    """Words of a key column that say which role the referenced row plays: xfer_src_dept_id → {src}."""
    main, ref = idx.tables[fk.table], idx.tables[fk.ref_table]
    prefix = shared_prefix(main.info)
    ref_words = set(ref.words) | {prefix or ""} | {w for w in (shared_prefix(ref.info),) if w}
    words = set(plain_words(fk.column, idx.type_tags)) - lx.ID_WORDS - set(main.words) - ref_words
    # A key word written short (cd ↔ code, nbr ↔ number) says it is a key, not whose.
    return frozenset(w for w in words if not w.isdigit() and not any(lx.abbreviates(w, i) for i in lx.ID_WORDS))


_VERB_ENDINGS = ("ing", "ed", "ers", "er", "ors", "or")


# Words naming one role of a party to a sale, in the question or in a key's name: a bill-to customer is the billed
# one, a ship-to customer the delivery one, a buyer the purchaser, a seller the vendor.
_ROLE_KIN = (
    frozenset({"bill", "billed", "invoiced", "invoicing"}),
    frozenset(
        {"ship", "shipping", "shipped", "delivery", "deliver", "delivered", "consignee", "sent", "mailed", "dispatched"}
    ),
    frozenset({"buyer", "purchaser"}),
    frozenset({"seller", "vendor"}),
)
# Role words of the party who pays, whose key a figure follows when the question names no role ("revenue by the
# customer's manager" over orders billed to one customer and shipped to another: the billed customer's manager).
PAYING_ROLES = frozenset({"bill", "billed", "buyer", "purchaser", "payer", "sold", "invoiced"})


def paying(roles: frozenset[str]) -> bool:
    """Role words of the party who pays, written whole or longer (bill, billed, invoicing; never a payee)."""
    return any(w == p or lx.abbreviates(p, w) for w in roles for p in PAYING_ROLES)


_KIN_OF = {w: kin for kin in _ROLE_KIN for w in kin}


def _kin(word: str, role: str) -> bool:
    """Two words naming one role of a party to a sale (delivery ↔ ship, purchaser ↔ buyer)."""
    kin = _KIN_OF.get(role)
    return kin is not None and (word in kin or lx.stem(word) in kin)


def _names(word: str, role: str) -> bool:
    """The question word names the role word: equal, or one abbreviates the other (src ↔ source); a verb or
    agent noun names it by its root too (apprv ↔ approved, approving; orig ↔ originators)."""
    if word == role or lx.abbreviates(role, word) or lx.abbreviates(word, role) or lx.stem(word) == role:
        return True
    if _kin(word, role):
        return True
    return any(a == b or lx.abbreviates(b, a) for a in _roots(word) for b in _roots(role))


def names_role(word: str, role: str) -> bool:
    """A word of the question names a role word of a name: delivered ↔ ship, billed ↔ bill, src ↔ source."""
    return _names(word, role)


def patient(word: str, names: tuple[str, ...]) -> bool:
    """ "trainees" of a trainer key, "mentees" of a mentor key: the noun in -ee names the rows whose key names
    their agent (-or, -er), so those rows are counted, not the agents."""
    w = word.lower()
    stem = w[:-3] if w.endswith("ees") else w[:-2] if w.endswith("ee") else ""
    if len(stem) < 3:
        return False
    return any(n.endswith(("or", "er")) and len(n) > 4 and n[:-2].rstrip("e") == stem.rstrip("e") for n in names)


def _roots(word: str) -> set[str]:
    return {word} | {word[: -len(e)] for e in _VERB_ENDINGS if word.endswith(e) and len(word) - len(e) >= 4}


def role_positions(r: Reading, idx: CatalogIndex, fk: ForeignKey) -> list[int]:
    """Token positions of the question that name this key's role."""
    roles = role_words(idx, fk)
    # A word naming either table ("picks" of a pick table) is no role, even where it starts one (picker).
    tables = set(idx.tables[fk.table].words) | set(idx.tables[fk.ref_table].words)
    # The key's name written as one word ("salesperson" of SalesPersonID): its role, whatever the tables are called.
    own = tuple(w for w in plain_words(fk.column, idx.type_tags) if w not in lx.ID_WORDS)
    agent = roles and _selling_agent(own)
    hits: list[int] = []
    for i, t in enumerate(r.tokens):
        forms = {t.lower, t.stem, r.words[i] or ""}
        if roles and len(own) > 1 and t.lower[:2] == own[0][:2] and _spells(t.lower, own):
            hits.append(i)
            continue
        if agent and (forms & _AGENT_WORDS or (t.stem in _SALES and r.tokens[i + 1 :][:1] and _agent_at(r, i + 1))):
            hits.append(i)  # "by rep", "per sales rep", "by agent" of a salesperson's key
            continue
        if forms & tables or (t.lower in _GROUP_CUES and (t.lower not in roles or roles - _GROUP_CUES)):
            # "per" is a grouping word, not short for a person; "by" of created_by_id is the key's preposition, its
            # role is "created": "amount by user" names no role of it.
            continue
        if any(_names(w, role) for w in forms if len(w) >= 2 for role in roles):
            hits.append(i)
    return hits


# Everyday names of the person who makes a sale, said of a key named any of them (SalesPersonID, sales_rep_id, agent_id):
# "revenue by rep", "sales per sales rep", "orders by agent", "by salesman".
_AGENT_WORDS = frozenset({"rep", "representative", "agent", "salesperson", "salespeople", "salesman", "salesmen",
                          "saleswoman", "saleswomen"})  # fmt: skip
_SALES = frozenset({"sale", "sales"})


def _selling_agent(own: tuple[str, ...]) -> bool:
    """The key's own words name the person who makes a sale: a rep, an agent, a sales person."""
    rest = "".join(own[1:]) if own[:1] and own[0] in _SALES else "".join(own).removeprefix("sales")
    return "".join(own) in _AGENT_WORDS or rest in _AGENT_WORDS | {"person"}


def _agent_at(r: Reading, i: int) -> bool:
    """The question word at i names a seller ("rep" of "sales rep", "person" of "sales person")."""
    return r.tokens[i].lower in _AGENT_WORDS | {"person", "people"} or r.tokens[i].stem in _AGENT_WORDS


def _spells(word: str, words: tuple[str, ...]) -> bool:
    """The word is the given words written together, each as written or in a form stemming to it ("salesperson" ↔
    sale, person)."""
    if not words:
        return not word
    return any(
        words[0] in (word[:k], lx.stem(word[:k])) and _spells(word[k:], words[1:]) for k in range(2, len(word) + 1)
    )


def pick_key(r: Reading | None, idx: CatalogIndex, keys: list[ForeignKey]) -> ForeignKey:
    """Among keys to the same table, the one whose role the question names (after a grouping word first);
    a direction verb ("departing") picks the origin-like key; else the paying party's (bill-to, buyer), else the first
    declared."""
    if r is None or len(keys) < 2:
        return keys[0]
    best: tuple[int, int, ForeignKey] | None = None
    hits = [set(role_positions(r, idx, fk)) for fk in keys]
    # A word naming every key's role distinguishes none ("to" of bill_to and ship_to in "ship-to customers").
    common = set[int].intersection(*hits)
    for fk, at in zip(keys, hits, strict=True):
        for pos in sorted(at - common):
            cued = any(r.low(j) in _GROUP_CUES for j in range(max(pos - 3, 0), pos))
            rank = (0 if cued else 1, pos if cued else -pos)
            if best is None or rank < best[:2]:
                best = (*rank, fk)
    if best is not None:
        return best[2]
    heading = verb_direction(r) or _value_direction(r, idx, keys[0].ref_table)
    headings = [key_direction(role_words(idx, fk)) for fk in keys]
    if heading is not None and heading in headings:
        return keys[headings.index(heading)]
    return next((fk for fk in keys if paying(role_words(idx, fk))), keys[0])


def _direction(
    roles: frozenset[str], starts: frozenset[str] = FROM_COLS, ends: frozenset[str] = TO_COLS
) -> Direction | None:
    """'from' for origin-like role words (src, origin, sender), 'to' for destination-like ones (tgt, dest)."""
    for words, heading in ((starts, "from"), (ends, "to")):
        if any(role == w or lx.abbreviates(role, w) for role in roles for w in words):
            return heading  # type: ignore[return-value]
    return None


# Role words of a key saying where a journey starts or ends, beyond the words of direction: a pickup and a dropoff.
_START_ROLES = FROM_COLS | {"pickup", "pick", "boarding", "collection"}
_END_ROLES = TO_COLS | {"dropoff", "drop", "alighting", "delivery", "recipient"}


def key_direction(roles: frozenset[str]) -> Direction | None:
    """'from' for a key whose role words say a journey's start (origin, src, pickup), 'to' for its end (dest,
    dropoff)."""
    return _direction(roles, _START_ROLES, _END_ROLES)


def _value_direction(r: Reading, idx: CatalogIndex, ref_table: str) -> Direction | None:
    """ "transfers to Legal": the preposition before a value of the referenced table."""
    nouns = frozenset(w for t in idx.tables.values() for w in t.words)
    for m in r.mentions:
        if m.kind == "value" and m.table == ref_table:
            heading = word_direction(r, m.start, nouns)
            if heading is not None:
                return heading
    return None


def parents_of(idx: CatalogIndex, table: str, r: Reading | None = None) -> dict[str, ForeignKey]:
    """Tables the given table references (many-to-one, so joins never multiply rows), each along the key whose
    role the question names."""
    keys: dict[str, list[ForeignKey]] = {}
    for fk in idx.foreign_keys:
        if fk.table == table and fk.ref_table in idx.tables and fk.ref_table != table:
            keys.setdefault(fk.ref_table, []).append(fk)
    return {ref: pick_key(r, idx, fks) for ref, fks in keys.items()}


def own_keys(idx: CatalogIndex, table: str) -> list[ForeignKey]:
    """Keys from a table to its own rows: a person's manager among the same staff, a category's parent."""
    return [fk for fk in idx.foreign_keys if fk.table == table == fk.ref_table and table in idx.tables]


def own_alias(idx: CatalogIndex, fk: ForeignKey) -> str:
    """The name a key to the table's own rows joins them under: the role its words say (manager_id → manager,
    reportsTo → manager), else parent."""
    entry = idx.tables[fk.table]
    skip = lx.ID_WORDS | set(entry.words) | {shared_prefix(entry.info) or ""}
    words = [w for w in plain_words(fk.column, idx.type_tags) if w not in skip and not w.isdigit()]
    if tuple(words[-2:]) == REPORTS_TO:
        return "manager"  # reportsTo: whom each one reports to, their manager
    return "_".join(words) or "parent"


def own_key_of(idx: CatalogIndex, ref: ColumnRef) -> ForeignKey | None:
    """The key to the table's own rows that an aliased column is read through."""
    return next((fk for fk in own_keys(idx, ref.table) if ref.alias and own_alias(idx, fk) == ref.alias), None)


MAX_HOPS = 4  # four many-to-one steps, as from a sale's line to its order, buyer, buyer's place and that place's area


def _unsaid_roles(idx: CatalogIndex, r: Reading | None, path: tuple[ForeignKey, ...]) -> int:
    """Keys of a path that name a role the question does not say ("average yield by foreman" reaches foremen through
    the crew's foreman, not through the picker's mentor, unless the mentor is named)."""
    return sum(1 for fk in path if role_words(idx, fk) and not (r is not None and role_positions(r, idx, fk)))


def _said_detour(
    idx: CatalogIndex, r: Reading | None, near: tuple[ForeignKey, ...], far: tuple[ForeignKey, ...]
) -> bool:
    """A longer path whose last key's role the question names replaces a shorter one along a key whose role it does
    not name ("revenue by key manager" where customers have a key_manager_id: a line's order, its customer and that
    customer's manager, not the order's sales rep; "orders by key manager": the order's customer's, not its rep)."""
    if r is None or not role_positions(r, idx, far[-1]):
        return False
    return bool(role_words(idx, near[-1])) and not role_positions(r, idx, near[-1])


def ancestors_of(
    idx: CatalogIndex, table: str, r: Reading | None = None, parents: dict[str, ForeignKey] | None = None
) -> dict[str, tuple[ForeignKey, ...]]:
    """Tables reached from the given one through two or three many-to-one keys (order line → order → customer), each
    by its shortest path along the keys whose roles the question names; the parents are not among them, unless
    the question names the role of a longer path to one (`_said_detour`). Every step is many-to-one, so joining the
    path never multiplies the table's rows."""
    near = parents if parents is not None else parents_of(idx, table, r)
    paths: dict[str, tuple[ForeignKey, ...]] = {ref: (fk,) for ref, fk in near.items()}
    frontier = dict(paths)
    for _ in range(MAX_HOPS - 1):
        step: dict[str, tuple[ForeignKey, ...]] = {}
        for via, path in frontier.items():
            for ref, fk in parents_of(idx, via, r).items():
                if ref == table or (ref in paths and not _said_detour(idx, r, paths[ref], (*path, fk))):
                    continue
                if ref not in step or _unsaid_roles(idx, r, (*path, fk)) < _unsaid_roles(idx, r, step[ref]):
                    step[ref] = (*path, fk)
        paths |= step
        frontier = step
    return {ref: path for ref, path in paths.items() if len(path) > 1}
