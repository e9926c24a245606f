"""Token-level normalisation before reading: business phrases rewritten, typos of known words corrected."""

from __future__ import annotations

from dataclasses import replace
from functools import lru_cache

from backend.agents.builtin import lexicon as lx
from backend.agents.builtin.catalog_index import CatalogIndex
from backend.agents.builtin.places import place_words


def _distance(a: str, b: str, limit: int) -> int:
    """Optimal-string-alignment edit distance, giving up (limit + 1) once it exceeds limit."""
    if abs(len(a) - len(b)) > limit:
        return limit + 1
    prev2: list[int] = []
    prev = list(range(len(b) + 1))
    for i in range(1, len(a) + 1):
        cur = [i] + [0] * len(b)
        for j in range(1, len(b) + 1):
            cost = 0 if a[i - 1] == b[j - 1] else 1
            cur[j] = min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + cost)
            if i > 1 and j > 1 and a[i - 1] == b[j - 2] and a[i - 2] == b[j - 1]:
                cur[j] = min(cur[j], prev2[j - 2] + 1)
        if min(cur) > limit:
            return limit + 1
        prev2, prev = prev, cur
    return prev[-1]


@lru_cache(maxsize=4096)
def _nearest(word: str, candidates: frozenset[str]) -> str | None:
    """The closest candidate within 1 edit (words of 5–7 letters) or 2 edits (8+), if unambiguous enough; never a
    candidate two letters shorter than the word, since a slip drops or swaps letters far more often than it adds two.

    A word built like a real one (a root and a derivational ending: resolution, shipment, payable) is corrected by
    one edit only, and never in its first two letters: "resolution" is no typo of "evolution", "managment" is one
    of "management".
    """
    formed = word.endswith(lx.DERIVATIONAL_ENDINGS)
    limit = 1 if len(word) < 8 or formed else 2
    best: tuple[int, int, str] | None = None
    for c in candidates:
        if abs(len(c) - len(word)) > limit or (c[0] != word[0] and c[-1] != word[-1]):
            continue
        if len(word) - len(c) >= 2:
            continue  # two letters more than the name are another word, not a slip: a word with an ending added is another word
        if formed and c[:2] != word[:2]:
            continue
        d = _distance(word, c, limit)
        if d == 1 and len(word) < 7 and len(c) == len(word) and sorted(c) != sorted(word):
            continue  # one substituted letter in a short word is as likely another real word (order/older)
        if d <= limit and (best is None or (d, -len(c), c) < best):
            best = (d, -len(c), c)
    return best[2] if best else None


def _known(idx: CatalogIndex) -> tuple[frozenset[str], frozenset[str]]:
    """(words to leave alone, correction targets) for a catalog, kept on its index."""
    if idx.spelling is not None:
        return idx.spelling
    names = {w for t in idx.tables.values() for w in (*t.words, *(x for c in t.columns for x in c.words))}
    names |= {t.lower() for t in idx.tables}
    names |= {w for k in idx.synonyms for w in k}
    targets = frozenset(w for w in names | lx.LEXICON_TERMS if len(w) >= 4 and w.isalpha())
    keep = frozenset(targets | {lx.stem(w) for w in targets} | idx.vocab | idx.value_words | lx.STOPWORDS)
    idx.spelling = (keep, targets)
    return keep, targets


@lru_cache(maxsize=4096)
def _inflected(word: str, keep: frozenset[str]) -> bool:
    """A known word with an inflection ("hired", "sells", "earning", "recorded"): its root, without the ending,
    is a known word or begins one (sell → sellers). Such a word is spelled right, whatever its ending."""
    for ending in lx.INFLECTIONS:
        base = word.removesuffix(ending)
        if base == word or len(base) < 4:
            continue
        for root in {base, base + "e"}:
            if root in keep or any(k.startswith(root) for k in keep if len(k) > len(root)):
                return True
    return False


# The regular differences of national spellings, each way: (ending, other ending).
_SPELLINGS = (("led", "lled"), ("ling", "lling"), ("ler", "ller"), ("lation", "llation"), ("or", "our"),
              ("ors", "ours"), ("ize", "ise"), ("ized", "ised"), ("izes", "ises"), ("izing", "ising"),
              ("ization", "isation"), ("yze", "yse"), ("yzed", "ysed"), ("er", "re"), ("ers", "res"), ("og", "ogue"),
              ("ogs", "ogues"), ("ense", "ence"))  # fmt: skip


@lru_cache(maxsize=4096)
def _other_spelling(word: str, keep: frozenset[str]) -> str | None:
    """The one known word that is `word` in the other national spelling (labeled ↔ labelled, color ↔ colour,
    center ↔ centre, organize ↔ organise); None when none or several are known."""
    found: set[str] = set()
    for a, b in _SPELLINGS:
        for mine, theirs in ((a, b), (b, a)):
            if word.endswith(mine) and len(word) - len(mine) >= 3:
                other = word[: len(word) - len(mine)] + theirs
                if other in keep and other != word:
                    found.add(other)
    return found.pop() if len(found) == 1 else None


# Words business people write short, when no name of the catalog is written so.
_SHORT_FORMS = {"qtrly": "quarterly", "qtr": "quarter", "qtrs": "quarters", "mthly": "monthly", "wkly": "weekly",
                "yrly": "yearly", "rev": "revenue", "revs": "revenues", "qty": "quantity", "qtys": "quantities",
                "amt": "amount", "amts": "amounts"}  # fmt: skip


_MEAN_WORDS = frozenset({"average", "avg", "mean"})


def _rows_of(idx: CatalogIndex, noun: str) -> bool:
    """A table of the catalog whose rows the noun names ("order": a table of orders)."""
    return any(t.words == (lx.stem(noun),) for t in idx.tables.values())


def _row_value(idx: CatalogIndex, pair: tuple[str, ...]) -> bool:
    """ "payment value", "booking value": the value of a row named by its table's noun, on a table that holds money
    and names no column of its own a value; read as the money of each row, as "order value" is."""
    if len(pair) != 2 or pair[1] != "value":
        return False
    rows = [t for t in idx.tables.values() if t.words == (lx.stem(pair[0]),)]
    return (
        len(rows) == 1
        and any(c.is_money and not c.is_id for c in rows[0].columns)
        and not any("value" in c.words for c in rows[0].columns)
    )


def _capitalised(t: lx.Token) -> bool:
    return t.text[:1].isupper() and t.text[1:2].islower()


def _in_proper_name(tokens: list[lx.Token], k: int, keep: frozenset[str]) -> bool:
    """A capitalised word beside another capitalised word the catalog does not know, past the message's first word:
    part of a name written as names are ("Sevren Holt", "Marta Kowalczyk"), never corrected to a known word."""
    if k == 0 or not _capitalised(tokens[k]):
        return False
    near = (tokens[j] for j in (k - 1, k + 1) if 0 < j < len(tokens))
    return any(_capitalised(n) and n.lower not in keep for n in near)


_SELLER_NOUNS = frozenset({"seller", "sellers"})


def _best_sellers(low: list[str], keep: frozenset[str]) -> bool:
    """ "best sellers" (or "bestsellers") at the start of `low`, on a catalog that names no seller: the idiom
    for the goods sold the most, never people who sell."""
    said = low[0] in {"bestseller", "bestsellers"} or (len(low) >= 2 and low[0] == "best" and low[1] in _SELLER_NOUNS)
    return said and not _SELLER_NOUNS & keep


def normalise_tokens(tokens: list[lx.Token], idx: CatalogIndex) -> list[lx.Token]:
    """Rewrite business phrases and fix typos of catalog and lexicon words ("reveune" → revenue)."""
    keep, targets = _known(idx)
    fixed: list[lx.Token] = []
    for k, t in enumerate(tokens):
        w = t.lower
        full = _SHORT_FORMS.get(w)
        if idx.places and w in place_words():
            pass  # "Ivory Coast" over a column of nations is no typo of cost
        elif _in_proper_name(tokens, k, keep):
            pass  # "films by Sevren Holt": a person's name, no typo of seven
        elif full is not None and w not in keep and (full in lx.BUCKET_WORDS or lx.stem(full) in keep):
            t = lx.word_token(full, t.pos)  # "qtrly rev": quarterly revenue, where no name of the catalog is spelled so
        elif len(w) >= 5 and w.isalpha() and w not in keep and (other := _other_spelling(w, keep)) is not None:
            t = lx.word_token(other, t.pos)  # "labeled" where the data writes labelled, "color" for a Colour column
        elif len(w) >= 5 and w.isalpha() and w not in keep and t.stem not in keep and not _inflected(w, keep):
            near = _nearest(w, targets)
            if near is not None:
                t = lx.word_token(near, t.pos)
        fixed.append(t)
    out: list[lx.Token] = []
    i = 0
    while i < len(fixed):
        low = [t.lower for t in fixed[i : i + 4]]
        hit = next((k for k in idx.synonyms if tuple(low[: len(k)]) == k), None)
        if hit is not None:
            # The catalog's own words for its names (a synonyms file): "head count" → the words of a column name.
            base = len(out)
            out.extend([lx.word_token(w, base + k) for k, w in enumerate(idx.synonyms[hit])])
            i += len(hit)
            continue
        pair = tuple(low[:2])
        if _best_sellers(low, keep):
            # "best sellers", "bestsellers": the things sold the most, where the catalog names no sellers
            out.extend([lx.word_token("best", len(out)), lx.word_token("selling", len(out) + 1)])
            i += 1 if low[0].startswith("bestseller") else 2
            continue
        if pair in lx.PER_ROW_MONEY or _row_value(idx, pair):
            k = len(out) - 1 - (bool(out) and out[-1].lower in {"the", "an", "a", "our", "my"})
            said = out[k].lower if k >= 0 and (out[k].lower,) in lx.AGG_PHRASES else None
            if said is None and k >= 1 and (out[k - 1].lower,) in lx.AGG_PHRASES and out[k].lower.isalpha():
                said = out[k - 1].lower  # "median won deal size": the aggregate said before the deals' state
            if said is None:
                out.append(lx.word_token("average", len(out)))
            out.append(lx.word_token("revenue", len(out)))
            if (said is None or said in _MEAN_WORDS) and _rows_of(idx, pair[0]):
                # "average order value" over a table of orders: the money of each order, averaged over the orders
                out.extend([lx.word_token("per", len(out)), lx.word_token(pair[0], len(out) + 1)])
            i += 2
            continue
        out.append(replace(fixed[i], pos=len(out)))
        i += 1
    return out
