"""Verbs that name the measure of a superlative: "who spent the most", "which supplier sold the fewest", "who bought the
most last year". A verb of paying names the money a sale takes in, a verb of buying the same money (the units when the
catalog keeps no money), a verb of selling the units sold (the lexicon's quantity words already say so); "who" asks for
the people on the paying side of the rows the measure adds up (the selling side for a verb of selling)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from backend.agents.builtin import lexicon as lx
from backend.agents.builtin.catalog_index import CatalogIndex, Mention, TableEntry
from backend.agents.builtin.people_keys import PEOPLE_NOUNS

# Verbs of paying and of buying, their forms as written; what they stand for is a word the matching stage reads as
# money taken in ("spend") or as units sold ("sold").
PAY_VERBS = frozenset({"spent", "spend", "spends", "paid", "pay", "pays"})
BUY_VERBS = frozenset({"bought", "buy", "buys", "purchased", "purchase"})
SELL_VERBS = frozenset({"sold", "sell", "sells"})
# Verbs that name a measure of the row itself ("which employee earns the most", "which parcel weighs the most", "which
# flat rents for the most"): the words its column may be called by, the first a column of the catalog is called by
# taken for the verb (else the first, which the matching stage reads by its concept).
EARN_VERBS = frozenset({"earn", "earns", "earned"})
COST_VERBS = frozenset({"cost", "costs"})
WEIGH_VERBS = frozenset({"weigh", "weighs", "weighed"})
# Verbs of a sale or a hire followed by "for": the price ("which cottage sold for the most").
FOR_VERBS = frozenset({"sell", "sells", "sold", "go", "goes", "went", "rent", "rents", "rented", "hire", "hires",
                       "hired", "lease", "leases", "leased", "list", "lists", "listed"})  # fmt: skip
_PAY_WORDS = ("salary", "income", "earnings", "pay", "wage", "wages", "compensation")
_PRICE_WORDS = ("price", "cost", "fee", "rent", "charge")
_WEIGHT_WORDS = ("weight", "mass")
# "is paid the most": paying done to the row's own people, their pay.
_PASSIVE = frozenset({"is", "are", "was", "were", "gets", "get", "got", "being", "been"})
_MONEY_WORD = "spend"  # in lexicon.TAKINGS: read as money taken in
_UNITS_WORD = "sold"  # in the lexicon's quantity concept: read as units
_RANK_WORDS = frozenset({"most", "least", "fewest"})
# Words after the superlative that leave the verb its measure: a period, a place, nothing at all, or money said plainly.
_TRAILING = frozenset({"money", "overall", "altogether", "ever"})
# Columns that say a table's rows are people: parts of a name, a birth date, an age.
_PERSON_WORDS = frozenset({"first", "last", "surname", "given", "age"}) | lx.BIRTH_WORDS


def verb_superlative(tokens: Sequence[lx.Token], words: Sequence[str | None]) -> int | None:
    """Where a verb of paying, buying or selling governs a counting superlative ("spent the most", "sold the fewest",
    "bought most"), nothing naming another measure after it; else None."""
    for i in range(len(tokens)):
        k = _verb_before(tokens, i)
        if k is not None and lx.low_at(tokens, k) == "for" and lx.low_at(tokens, k - 1) in FOR_VERBS:
            k -= 1  # "sold for the most": the verb before "for"
        elif k is None or lx.low_at(tokens, k) not in PAY_VERBS | BUY_VERBS | SELL_VERBS | _OWN_MEASURE_VERBS:
            continue
        nxt = words[i + 1] if i + 1 < len(words) else None
        if nxt is None or nxt in lx.STOPWORDS or nxt in _TRAILING:
            return k
    return None


def _verb_before(tokens: Sequence[lx.Token], i: int) -> int | None:
    """The word before a counting superlative at i ("spent (the) most"): the verb that says what is counted."""
    if lx.low_at(tokens, i) not in _RANK_WORDS:
        return None
    k = i - 1 - (lx.low_at(tokens, i - 1) == "the")
    return k if k >= 1 else None


def verb_word(idx: CatalogIndex, verb: str, before: str = "", after: str = "") -> str | None:
    """The word a verb stands for: for paying, money taken in; for buying, the same money, or the units bought when no
    table keeps money; for selling, the units sold (its own word, the lexicon's), or the money taken in when no table
    counts units. A verb of the row's own measure (earning, costing, weighing, being paid, selling for) stands for
    that measure's word."""
    own = _own_measure(idx, verb, before, after)
    if own is not None:
        return own
    columns = [c for t in idx.tables.values() for c in t.columns if c.additive and not c.is_id]
    money = any(c.is_money for c in columns)
    units = any("quantity" in lx.concept_of(w) for c in columns for w in c.key_words | c.expanded)
    if verb in PAY_VERBS or (verb in BUY_VERBS and money):
        return _MONEY_WORD
    if verb in BUY_VERBS:
        return _UNITS_WORD
    return None if units or not money else _MONEY_WORD


_OWN_MEASURE_VERBS = EARN_VERBS | COST_VERBS | WEIGH_VERBS


def _own_measure(idx: CatalogIndex, verb: str, before: str, after: str) -> str | None:
    """The measure a verb names of its own subject: "earns"/"is paid" its pay, "costs"/"sells for" its price,
    "weighs" its weight — the first of the kind's words a numeric column of the catalog is called by."""
    if verb in EARN_VERBS or (verb in PAY_VERBS and before in _PASSIVE):
        kind = _PAY_WORDS
    elif verb in COST_VERBS or (verb in FOR_VERBS and after == "for"):
        kind = _PRICE_WORDS
    elif verb in WEIGH_VERBS:
        kind = _WEIGHT_WORDS
    else:
        return None
    named = {w for w in kind for c in idx.by_word.get(w, []) if c.info.kind == "numeric" and not c.is_id}
    return next((w for w in kind if w in named), kind[0])


def people_table(t: TableEntry) -> bool:
    """A table whose rows are people: a name in parts, a birth date, an age, or a noun of staff."""
    if t.name_parts or set(t.words) & PEOPLE_NOUNS:
        return True
    return any(set(c.words) & _PERSON_WORDS for c in t.columns)


def _sellers(t: TableEntry) -> bool:
    """People who work for the catalog's owner (staff, agents, reps): the selling side."""
    return bool(set(t.words) & PEOPLE_NOUNS)


def who_mention(
    idx: CatalogIndex, tokens: Sequence[lx.Token], mentions: list[Mention], verb_at: int | None
) -> Mention | None:
    """ "who spent the most", "who placed the most orders": a mention of the people behind the rows ranked, at "who" —
    the table the measure's table points at, directly or through one table between (buyers for paying and buying, the
    owner's people for selling; for other verbs the one such table of people, or of named rows when none holds people).
    The measure is the verb's (`verb_at`) or named right after the superlative ("the most orders")."""
    if lx.low_at(tokens, 0) != "who":
        return None
    rank = next((i for i in range(len(tokens)) if _verb_before(tokens, i) is not None), None)
    if rank is None:
        return None
    verb = lx.low_at(tokens, _verb_before(tokens, rank) or 0)
    at = verb_at if verb_at is not None else rank + 1
    tables = {m.table for m in mentions if m.start == at and m.kind in ("column", "table")}
    parents: dict[str, int] = {}
    frontier = set(tables)
    for depth in (1, 2):
        nxt: set[str] = set()
        for fk in idx.foreign_keys:
            if fk.table in frontier and fk.ref_table != fk.table and fk.ref_table not in tables:
                parents.setdefault(fk.ref_table, depth)
                nxt.add(fk.ref_table)
        frontier = nxt
    named = [n for n in parents if idx.tables[n].label is not None]
    people = [n for n in named if people_table(idx.tables[n])]
    selling = verb in SELL_VERBS
    buying = verb in PAY_VERBS | BUY_VERBS
    side = [n for n in people if _sellers(idx.tables[n]) == selling] if selling or buying else []
    pool = side or ([] if selling else people) or (named if len(named) == 1 and not selling else [])
    if not pool:
        return None
    best = min(pool, key=lambda n: (parents[n], n))
    return Mention(0, 1, "table", best, None, 3.0, via="who", spec=1.0)


def verb_measures(mentions: list[Mention], verb_at: int) -> list[Mention]:
    """The measures a verb names ("spent" → the money taken in) are named as plainly as by the measure's own word: as
    specific as a name, the best of them scored as a concept matched in full, the others in proportion."""
    at = [m for m in mentions if m.start == verb_at and m.end == verb_at + 1 and m.kind == "column"]
    top = max((m.score for m in at), default=0.0)
    if top <= 0:
        return mentions
    full = 3.0 * lx.CONCEPT_WEIGHT
    return [replace(m, score=max(m.score, full * m.score / top), spec=1.0) if m in at else m for m in mentions]


# Participles of paying that stand where a measure is named: "total spent", "amount paid", "money spent".
_PAID_FORMS = frozenset({"spent", "paid"})
# Words before such a participle that make it the measure: "total spent", "the amount paid", "money spent".
_PAID_HEADS = frozenset({"total", "amount", "money", "sum"})
_RELATIVES = frozenset({"who", "that", "which"})
_MORE_LESS = frozenset({"more", "less", "over", "under", "above", "below", "at"})


def paid_condition(low: Sequence[str], k: int) -> bool:
    """ "customers who spent more than 45": a participle of paying after a relative pronoun and before a comparison
    (each customer's total is compared, not one sale's)."""
    return 0 < k < len(low) - 1 and low[k] in _PAID_FORMS and low[k - 1] in _RELATIVES and low[k + 1] in _MORE_LESS


def paid_measures(idx: CatalogIndex, tokens: Sequence[lx.Token], words: list[str | None]) -> None:
    """ "top customers by total spent", "best customers by amount paid", "how much has each customer spent",
    "customers who spent more than 45": a participle of paying where a measure stands names the money taken in
    (`_MONEY_WORD`), unless a column's own name says it (amount_paid). A verb with its own subject ("they spent
    more than planned") is left alone."""
    low = [t.lower for t in tokens]
    asked = any(low[k : k + 2] == ["how", "much"] for k in range(len(low)))
    for k, w in enumerate(words):
        if w not in _PAID_FORMS or idx.by_word.get(w):
            continue
        if (k > 0 and low[k - 1] in _PAID_HEADS) or asked or paid_condition(low, k):
            words[k] = _MONEY_WORD
