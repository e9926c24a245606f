"""Happenings named by another verb or noun than the catalog's: "which tracks were listened to the most" over a table
of plays, "top 5 artists by streams", "most watched videos" over a table of views. The language has several words for
one kind of happening; when the question's word names nothing in the catalog and one table is named by another word of
the same kind, the word is read as that table's name, so its rows are what is counted."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from backend.agents.builtin import lexicon as lx
from backend.agents.builtin.catalog_index import CatalogIndex, Mention
from backend.agents.builtin.coded_states import participle_bases

# Kinds of happenings and the words (verb forms and nouns) they are said with. Only words of the language live here.
_KINDS: tuple[frozenset[str], ...] = (
    frozenset({"play", "plays", "played", "playing", "listen", "listens", "listened", "listening", "stream",
               "streams", "streamed", "streaming", "spin", "spins"}),
    frozenset({"view", "views", "viewed", "viewing", "watch", "watches", "watched", "pageview", "pageviews", "visit",
               "visits", "visited"}),
    frozenset({"comment", "comments", "commented", "reply", "replies", "replied", "response", "responses",
               "responded"}),
    frozenset({"booking", "bookings", "reservation", "reservations", "reserved"}),
    frozenset({"loan", "loans", "loaned", "borrow", "borrows", "borrowed", "borrowing", "borrowings", "checkout",
               "checkouts", "lend", "lent"}),
    frozenset({"rental", "rentals", "rented", "hire", "hires", "hired"}),
    frozenset({"download", "downloads", "downloaded", "install", "installs", "installed"}),
    frozenset({"click", "clicks", "clicked", "tap", "taps", "tapped"}),
)  # fmt: skip
_MIN_NOUN = 4  # "pay", "use": shorter nouns are too often a word of something else
_STEMS: tuple[frozenset[str], ...] = tuple(frozenset(lx.stem(w) for w in kind) | kind for kind in _KINDS)


def event_words(idx: CatalogIndex, tokens: Sequence[lx.Token], words: list[str | None]) -> None:
    """Rewrite, in place, a word of an event kind that names nothing in the catalog ("listened", "streams"), or that was
    only read as a longer name ("listens" as a listeners table), into the word of the one table named by another word
    of that kind ("play" of a plays table)."""
    for k, w in enumerate(words):
        if w is None or tokens[k].number is not None:
            continue
        phrasal = _phrasal_word(idx, tokens[k].lower)
        if phrasal is not None and w not in idx.vocab:
            words[k] = phrasal  # "signups" of a signed_up_on date: the rows that have that date
            continue
        nominal = event_noun_date(idx, tokens[k].stem, plural=tokens[k].lower != tokens[k].stem)
        if nominal is not None and tokens[k].stem not in idx.vocab:
            words[k] = nominal  # "approvals" of an approved_on date: the rows that have that date
            continue
        kind = next((s for s in _STEMS if {tokens[k].lower, tokens[k].stem} & s), None)
        if kind is None or (w in idx.vocab and (w in kind or w == tokens[k].stem)):
            continue  # the catalog's own word; a word read as another one ("listens" as listener) may be the event
        named = {word for t in idx.tables.values() for word in t.words if word in kind and word in idx.vocab}
        tables = _tables_named(idx, named)
        if len(named) == 1 and len(tables) == 1 and _corroborated(idx, tables[0], tokens, words, k):
            words[k] = next(iter(named))


_PARTICLES = ("up", "in", "out", "on", "off")
# Endings that make a noun of a verb: annul → annulment, approve → approval, install → installation, deliver → delivery.
_NOUN_ENDINGS = ("ation", "ion", "ment", "al", "y", "")


def event_noun_date(idx: CatalogIndex, noun: str, *, plural: bool) -> str | None:
    """ "approvals", "annulments", "deliveries": a noun of the verb whose participle names one date column that may be
    empty (approved_on, annulled_at, delivered_date): that participle, so the rows it happened to are what is counted,
    on that date. The verb's own form is a noun only in the plural ("refunds"; "open tickets" names a state)."""
    if len(noun) < _MIN_NOUN or not noun.isalpha():
        return None
    endings = _NOUN_ENDINGS if plural else tuple(e for e in _NOUN_ENDINGS if e)
    found: set[str] = set()
    for t in idx.tables.values():
        for c in t.columns:
            if c.info.kind != "temporal" or not c.info.nullable:
                continue
            for word in c.words:
                bases = participle_bases(word)
                if any(noun == b + end for b in bases for end in endings):
                    found.add(word)
    return next(iter(found)) if len(found) == 1 else None


def _phrasal_word(idx: CatalogIndex, said: str) -> str | None:
    """ "signups", "logins", "checkouts": a noun of a verb and its particle written as one word, when a date column is
    named by that verb and particle (signed_up_on, logged_in_at): the verb's word in the column's name."""
    for particle in _PARTICLES:
        if not said.endswith(particle + "s") or len(said) < len(particle) + 4:
            continue
        base = said[: -len(particle) - 1]
        forms = {base, base + "ed", base + "d", base + base[-1] + "ed"}
        for t in idx.tables.values():
            for c in t.columns:
                if c.info.kind != "temporal":
                    continue
                if any(a in forms and b == particle for a, b in zip(c.words, c.words[1:], strict=False)):
                    return next(a for a in c.words if a in forms)
    return None


def _corroborated(idx: CatalogIndex, table: str, tokens: Sequence[lx.Token], words: list[str | None], k: int) -> bool:
    """The reading is borne out by the rest of the question: another word names the table or one its keys lead to
    ("which tracks were listened to the most", "top 5 artists by listens"), or a period names when, every other word
    being the catalog's or grammar ("which weekday gets the most listens"). A word of another catalog ("most borrowed
    book titles" asked of a bank's loans) leaves the word alone, unexplained."""
    linked = _linked(idx, table)
    others = [j for j, w in enumerate(words) if j != k and w is not None]
    if any(w in idx.tables[t].words or any(w in c.words for c in idx.tables[t].columns) for t in linked
           for j in others if (w := words[j]) is not None and w not in lx.STOPWORDS):  # fmt: skip
        return True
    timed = any(lx.bucket_of(tokens[j].lower) or lx.bucket_of(tokens[j].stem) for j in others)
    return timed and all(
        w in idx.vocab or w in lx.STOPWORDS or lx.bucket_of(tokens[j].stem) or _verb_form(tokens[j])
        for j in others
        if (w := words[j]) is not None and tokens[j].number is None and tokens[j].lower.isalpha()
    )


def _verb_form(t: lx.Token) -> bool:
    """A word that reads as a verb ("gets", "had"), no noun of another catalog."""
    return (t.lower.endswith(("ed", "s")) and t.lower == t.stem) or t.lower in _AUXILIARIES


_AUXILIARIES = frozenset({"gets", "get", "got", "had", "has", "have", "sees", "saw", "receives", "received"})


def _linked(idx: CatalogIndex, table: str) -> set[str]:
    """The table and every table its many-to-one keys lead to, step by step."""
    seen = {table}
    frontier = {table}
    while frontier:
        frontier = {fk.ref_table for fk in idx.foreign_keys if fk.table in frontier} - seen
        seen |= frontier
    return {t for t in seen if t in idx.tables}


def _tables_named(idx: CatalogIndex, named: set[str]) -> list[str]:
    """The tables whose name holds one of the words."""
    return [name for name, t in idx.tables.items() if set(t.words) & named]


def row_noun(idx: CatalogIndex, table: str, said: str) -> str:
    """What a count of the table's rows is called: the question's noun ("listens" → listen), but for a verb form
    ("listened", "ordered") the table's own noun, as "number of listeneds" says nothing."""
    entry = idx.tables.get(table)
    if entry is None or not said.endswith("ed") or not entry.words or said in entry.words:
        return said
    return entry.words[-1]


def verb_and_noun(
    idx: CatalogIndex, tokens: Sequence[lx.Token], mentions: list[Mention], ranked: set[int]
) -> list[Mention]:
    """ "most commented tickets" over TicketComments and Tickets: the two words read together name the comments, but
    the ranked noun is another table's whole name and the verb before it says what happened to them. The verb alone
    names the table of what happened (its rows counted), the noun the table ranked."""
    out: list[Mention] = []
    for m in mentions:
        noun = m.end - 1
        verb = tokens[m.start].lower
        whole = any(
            x.kind == "table" and x.table != m.table and (x.start, x.end) == (noun, m.end) and x.spec > 0
            for x in mentions
        )
        if m.kind == "table" and m.end - m.start == 2 and noun in ranked and verb.endswith("ed") and whole:
            out.append(replace(m, end=m.start + 1, score=m.score / 2))
        else:
            out.append(m)
    return out
