"""A verb and its particle written apart where the catalog writes them as one noun: "never logged on" of last_logon_at,
"users who signed up in May" of signup_date, "when it was picked up" of pickup_at. The two words are read as the
catalog's one word, so the column is named (and a denial before it still says the date is empty). A verb and a plural
particle ("sign-ups") is a noun, read as its one-word spelling ("signups") whether or not the catalog writes it."""

from __future__ import annotations

from collections.abc import Sequence

from backend.agents.builtin import lexicon as lx
from backend.agents.builtin.catalog_index import CatalogIndex

PARTICLES = frozenset({"in", "on", "up", "out", "off", "down", "over", "back"})
_PLURAL_PARTICLES = frozenset(p + "s" for p in PARTICLES)  # "ups" of "sign-ups", "ins" of "check-ins"
_MIN_VERB = 2  # "log", "sign", "pick": a shorter beginning is no verb


def _bases(word: str) -> list[str]:
    """The base forms a verb form may stand for: "logged" → log, logg; "signing" → sign; "log" → log."""
    out = [word]
    for ending in ("ed", "ing"):
        if word.endswith(ending) and len(word) - len(ending) >= _MIN_VERB:
            base = word[: -len(ending)]
            out += [base, base + "e"]
            if len(base) > _MIN_VERB and base[-1] == base[-2]:
                out.append(base[:-1])  # logged → log, stopped → stop
    return out


def catalog_words(idx: CatalogIndex) -> set[str]:
    """Every word of a table's or a column's name."""
    words = {w for t in idx.tables.values() for w in t.words}
    return words | {w for t in idx.tables.values() for c in t.columns for w in c.words}


def join_phrasal(tokens: Sequence[lx.Token], idx: CatalogIndex) -> list[lx.Token]:
    """The tokens with a verb and its particle ("logged in") read as the catalog's one word for them ("login")."""
    words = catalog_words(idx)
    out: list[lx.Token] = []
    k = 0
    while k < len(tokens):
        t = tokens[k]
        nxt = tokens[k + 1].lower if k + 1 < len(tokens) else ""
        glued = (
            next((b + nxt for b in _bases(t.lower) if lx.stem(b + nxt) in words), None)
            if nxt in PARTICLES and t.lower.isalpha()
            else None
        )
        if glued is None and nxt in _PLURAL_PARTICLES and t.lower.isalpha() and len(t.lower) >= _MIN_VERB:
            # "sign-ups", "check ins": a noun made of a verb and its particle, read as the one word it also is
            # ("signups"), not as the bare verb, which names another happening ("signed" of a form signed).
            glued = t.lower + nxt
        if glued is None:
            out.append(lx.Token(t.text, t.lower, t.stem, len(out), t.number, t.owner))
            k += 1
            continue
        out.append(lx.Token(f"{t.text} {tokens[k + 1].text}", glued, lx.stem(glued), len(out)))
        k += 2
    return out
