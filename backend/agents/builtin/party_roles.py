"""A party named by the role a key gives it: "revenue by bill-to state" is the state of the customer each order is billed
to, "sales by sales rep" groups by the employee each order names as its rep, "top ship-to customers" ranks the
customers orders are shipped to. The role words (bill-to, shipping, delivery, buyer, seller, sales rep, a
manager…) say which key of several to the same table the figure follows (`fk_roles.pick_key`); here they stop being a
grouping of their own: before a column of the table the key reaches, they qualify it; alone after a grouping word, or
before the name of the referenced table, they are the key itself (the party's name is shown), and a stored value
spelled like the role ('Sales Rep' as a job title) is not a filter."""

from __future__ import annotations

from backend.agents.builtin import lexicon as lx
from backend.agents.builtin.catalog_index import CatalogIndex, Mention
from backend.agents.builtin.fk_roles import ancestors_of, parents_of, paying, role_positions, role_words
from backend.agents.builtin.models import AnalysisPlan
from backend.agents.builtin.naming import plain_words
from backend.agents.builtin.reading import Reading
from backend.models.catalog import ForeignKey

# Words inside a role written apart ("bill to", "ship-to"): part of the role, never a role alone.
_CONNECTORS = frozenset({"to", "from", "of", "by", "for"})
_ARTICLES = frozenset({"the", "a", "an", "each", "every"})


def _role_keys(idx: CatalogIndex) -> list[ForeignKey]:
    """Keys to another table whose names say a role beside that table's name (bill_to_customer_id, SellerID)."""
    return [
        fk
        for fk in idx.foreign_keys
        if fk.table in idx.tables
        and fk.ref_table in idx.tables
        and fk.table != fk.ref_table
        and not idx.tables[fk.ref_table].calendar  # a date's role (ship date key): `role_times` and date keys
        and role_words(idx, fk)
    ]


def _timed(r: Reading, idx: CatalogIndex, mentions: list[Mention], start: int, end: int) -> bool:
    """A time bucket after the role ("by departure hour") or a timestamp read for it: the time of that role."""
    if lx.bucket_of(r.low(end)) is not None or lx.bucket_of(r.tokens[end].stem if end < len(r.tokens) else ""):
        return True
    return any(
        _within(m, start, end)
        and (c := idx.tables[m.table].col(m.column or "")) is not None
        and c.info.kind == "temporal"
        for m in mentions
        if m.kind == "column"
    )


def _spans(r: Reading, idx: CatalogIndex, fk: ForeignKey) -> list[tuple[int, int]]:
    """Runs of question words naming the key's role ("bill to", "sales rep"), with the key's other words beside them
    ("sales person" of SalesPersonID); a run is never a connector alone ("to" of both bill_to and ship_to)."""
    at = set(role_positions(r, idx, fk))
    own = set(plain_words(fk.column, idx.type_tags)) - lx.ID_WORDS
    spans: list[tuple[int, int]] = []
    k = 0
    while k < len(r.tokens):
        if k not in at or r.low(k) in _CONNECTORS:
            k += 1
            continue
        start, end = k, k + 1
        while start > 0 and _said(r, start - 1, own - _CONNECTORS):
            start -= 1
        while end < len(r.tokens) and (end in at or _said(r, end, own)):
            end += 1
        spans.append((start, end))
        k = end
    return spans


def _said(r: Reading, k: int, words: set[str]) -> bool:
    return r.low(k) in words or r.tokens[k].stem in words


def _grouped(r: Reading, start: int) -> bool:
    """A grouping word before the role: "by seller", "per sales rep", "for each manager"."""
    k = start - 1 - (r.low(start - 1) in _ARTICLES)
    return r.low(k) in lx.GROUPING_WORDS or (r.low(k) in ("each", "every") and r.low(k - 1) == "for")


def _reached(idx: CatalogIndex, fk: ForeignKey) -> set[str]:
    """The table the key references and those further up it."""
    ref = fk.ref_table
    return {ref, *parents_of(idx, ref), *ancestors_of(idx, ref)}


def _read_already(mentions: list[Mention], fk: ForeignKey, start: int, end: int) -> bool:
    """The key's own name already read over the role and the words after it ("target department" of a
    tgt_dept_id): nothing to add."""
    return any(
        m.kind == "column" and (m.table, m.column) == (fk.table, fk.column) and m.start <= start and m.end > end
        for m in mentions
    )


def _plain(idx: CatalogIndex, m: Mention) -> bool:
    """A column a role can qualify: no key of its table (a party's state, not its id)."""
    c = idx.tables[m.table].col(m.column or "")
    return c is not None and not c.is_id


def _within(m: Mention, start: int, end: int) -> bool:
    return start <= m.start and m.end <= end


def party_mentions(r: Reading, idx: CatalogIndex, mentions: list[Mention]) -> list[Mention]:
    """Mentions with each role of a party read as the key that gives it: merged into the column it qualifies
    ("bill-to state" → the billed customer's state), or the key itself ("by seller", "ship-to customers")."""
    out = list(mentions)
    for fk in _role_keys(idx):
        for start, end in _spans(r, idx, fk):
            if _timed(r, idx, out, start, end) or _read_already(out, fk, start, end):
                continue
            after = [m for m in out if m.start == end and m.kind in ("column", "table")]
            qualified = [m for m in after if m.kind == "column" and m.table in _reached(idx, fk) and _plain(idx, m)]
            named = [m for m in after if m.kind == "table" and m.table == fk.ref_table]
            if qualified:  # "bill-to state": the state of the billed party
                top = max(qualified, key=lambda m: m.score)
                merged = Mention(
                    start, top.end, "column", top.table, top.column, top.score + 1.0, top.via, None, top.spec
                )
                out = [*(m for m in out if m is not top and not _within(m, start, end)), merged]
            elif named or (not after and _grouped(r, start)):  # "ship-to customers", "by sales rep"
                stop = named[0].end if named else end
                kept = [m for m in out if not _within(m, start, stop)]
                score = max([3.0, *(m.score for m in out if _within(m, start, stop))])
                key = Mention(start, stop, "column", fk.table, fk.column, score, "name", None, 1.0)
                out = [*kept, key]
    return out if out == mentions else sorted(out, key=lambda m: (m.start, m.end))


def party_note(r: Reading, idx: CatalogIndex, plan: AnalysisPlan) -> str | None:
    """Which key of several to one table the plan joins along, and why: the role the question names, or the paying
    party when it names none ("customers are those each order is billed to: bill_to_customer_id")."""
    for j in plan.joins:
        if j.alias is not None:
            continue
        keys = [fk for fk in idx.foreign_keys if fk.table == j.table and fk.ref_table == j.ref_table]
        used = next((fk for fk in keys if fk.column == j.column), None)
        if used is None or len(keys) < 2 or j.table == j.ref_table:
            continue
        others = " or ".join(fk.column for fk in keys if fk is not used)
        said = [k for k in role_positions(r, idx, used) if not all(k in role_positions(r, idx, o) for o in keys)]
        if said:
            words = " ".join(r.tokens[k].text for k in sorted(said))
            return f"“{words}” names the role: the {j.ref_table} row is the one {j.table}.{j.column} points at, not {others}."
        if paying(role_words(idx, used)):
            return (
                f"No role is named, so the {j.ref_table} row is the paying party's, the one {j.table}.{j.column} "
                f"points at (not {others})."
            )
    return None


def with_party_note(r: Reading, idx: CatalogIndex, plan: AnalysisPlan, notes: list[str]) -> list[str]:
    """The thoughts with the party's role said in the first (the one the user sees beside the figures' own)."""
    said = party_note(r, idx, plan)
    if said is None:
        return notes
    return [" ".join((notes[0], said)), *notes[1:]] if notes else [said]
