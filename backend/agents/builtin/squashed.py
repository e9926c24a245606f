"""Names written as one word with no separators (`harvestdate`, `cratetype`, `pickeramt`): a legacy system's
convention, read back into words by the catalog's own vocabulary, so `harvestdate` is the words harvest and date.

A catalog squashes its names when almost none of its column names has a separator (`_`, a space, a camelCase hump).
Each squashed name is split where the split covers most of it with known words: words of the language of analysis
(date, type, name, code, amount …, or their abbreviations: amt, qty), words the catalog spells elsewhere (table
names, other column names, comment and value words), and, in a second pass, the words left over by names that were
split (`pickerid` leaves picker, which then splits `pickername`). A word of the language that is no head of a name
(type, area) may start a split only when the rest is known too, so a plain word is never cut ("typeface").
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field

from backend.agents.builtin import lexicon as lx
from backend.models.catalog import Catalog

SEPARATED_SHARE = 0.2  # a catalog squashes its names when at most this share of its column names has a separator
MIN_SPLIT = 3  # a catalog squashes its names when at least this many of them read as several words
MIN_NAME = 6  # shorter names are words or abbreviations themselves (kwh, zip, rows)
MIN_PIECE = 3  # a piece of a name: three letters at least (id, no: two, only as the name's last word)
ABBREVIATION = (3, 4)  # lengths of pieces read as abbreviations of a known word (amt, est, desc)

# Words that end a name and say what it holds: the head nouns of identifiers, language words, not any catalog's.
NAME_HEADS = frozenset({
    "date", "time", "timestamp", "type", "name", "code", "num", "number", "no", "nr", "id", "key", "desc", "status",
    "flag", "count", "cnt", "total", "amount", "qty", "quantity", "rate", "pct", "percent", "level", "group",
    "category", "class", "kind", "year", "month", "week", "day", "days", "hour", "hours", "minutes", "head", "make",
    "model", "state", "zip", "address", "title", "label", "description", "value", "price",
    "cost", "fee", "score", "size", "weight", "start", "end", "first", "last", "min", "max", "avg", "planned",
    "actual", "estimated", "discount", "balance", "segment",
})  # fmt: skip
# Words a name may end on that are long enough to be misread as the full form of a short piece (piry, prio): known
# words, never the long form of an abbreviation.
NAME_WORDS = frozenset({"priority"})
_SEPARATED = re.compile(r"[^A-Za-z0-9]|[a-z][A-Z]")


# Every word a name may end on to say what it holds.
_HEADS = frozenset(NAME_HEADS | lx.ID_WORDS | set(lx.LABEL_WORDS) | set(lx.BUCKET_WORDS) | lx.DATE_NOUNS)


def says_what_it_holds(word: str) -> bool:
    """A word a name may end on to say what it holds (date, name, price, amt, qty): the head of a split to trust."""
    if word in lx.MONEY_WORDS or word in lx.ADDITIVE_WORDS:
        return True  # a squashed hire fee or a mean wage: a figure named by what it is
    return any(word == h or (len(h) > len(word) >= 3 and lx.abbreviates(word, h)) for h in _HEADS)


@dataclass(frozen=True, slots=True)
class _Vocabulary:
    """Known words a piece may be: the catalog's own (anywhere), the language's (heads end a name, terms start one)."""

    catalog: dict[str, frozenset[str]]  # word → the names that spell it ("" for comments, values, learned words)
    heads: frozenset[str]
    terms: frozenset[str]
    by_letter: dict[str, tuple[str, ...]]  # language words by their first letter, for abbreviations (amt ↔ amount)
    shorts: dict[str, bool] = field(default_factory=dict[str, bool])  # pieces already tried as abbreviations

    def spelled(self, word: str, name: str) -> bool:
        """The catalog spells the word somewhere other than in the name being split."""
        return bool(self.catalog.get(word, frozenset()) - {name})

    def kind(self, piece: str, last: bool, name: str) -> str | None:
        """How a piece is known: 'catalog', 'head', 'term', 'short' (an abbreviation) or None. A plural is known only
        at the end of a name (harvestcrates), where a plural noun stands."""
        forms = (piece, lx.stem(piece)) if last else (piece,)
        if any(self.spelled(f, name) for f in forms):
            return "catalog"
        if last and any(f in self.heads for f in forms):
            return "head"
        if any(f in self.terms for f in forms):
            return "term"
        if ABBREVIATION[0] <= len(piece) <= ABBREVIATION[1]:
            if piece not in self.shorts:
                self.shorts[piece] = any(lx.abbreviates(piece, w) for w in self.by_letter.get(piece[0], ()))
            return "short" if self.shorts[piece] else None
        return None

    def whole(self, name: str) -> bool:
        """The name is a word itself: a language word, or a word the catalog spells elsewhere (orchard, orchards)."""
        forms = {name, lx.stem(name)}
        return bool(forms & (self.heads | self.terms)) or any(self.spelled(f, name) for f in forms)


def _untagged(catalog: Catalog) -> dict[str, tuple[str, str]]:
    """Each column name → (its table's tag, the rest of the name): a tag every column of a table starts with
    (c_<x>key, c_name → c; ps_<y> → ps) is no part of the name's own words; ("", name) without one."""
    out: dict[str, tuple[str, str]] = {}
    for t in catalog.tables:
        tag = lx.shared_first_word(tuple(c.name for c in t.columns))
        for c in t.columns:
            cut = re.match(rf"{re.escape(tag)}[^A-Za-z0-9]+", c.name, re.IGNORECASE) if tag else None
            out[c.name] = (tag or "", c.name[cut.end() :]) if cut else ("", c.name)
    return out


def squashes(catalog: Catalog) -> bool:
    """True when the catalog writes its column names without separators (croptype, not crop_type), after the tag
    its table's columns all start with (o_orderdate: orderdate)."""
    names = [rest for _, rest in _untagged(catalog).values()]
    if len(names) < 5:
        return False
    separated = sum(1 for n in names if _SEPARATED.search(n))
    return separated <= SEPARATED_SHARE * len(names)


def _candidates(name: str) -> bool:
    return len(name) >= MIN_NAME and name.isalpha() and (name.islower() or name.isupper())


MAX_PIECES = 4
_WEIGHT = {"catalog": 1.0, "head": 1.0, "term": 1.0, "short": 0.6}  # an abbreviation is weaker evidence
Piece = tuple[str, str | None]


def _splits(name: str, vocab: _Vocabulary, at: int = 0) -> list[tuple[Piece, ...]]:
    """Every way to cut name[at:] into pieces of three letters or more (a two-letter id word last), with one
    unknown piece at most."""
    out: list[tuple[Piece, ...]] = []
    n = len(name)
    for end in range(at + 2, n + 1):
        piece, last = name[at:end], end == n
        if len(piece) < MIN_PIECE and not (last and piece in lx.ID_WORDS and at >= MIN_PIECE + 1):
            continue
        if n - end and n - end < 2:
            continue
        kind = "head" if len(piece) == 2 else vocab.kind(piece, last, name)
        if last:
            out.append(((piece, kind),))
            continue
        for rest in _splits(name, vocab, end):
            if len(rest) + 1 <= MAX_PIECES and sum(k is None for _, k in rest) + (kind is None) <= 1:
                out.append(((piece, kind), *rest))
    return out


def _valid(pieces: tuple[Piece, ...]) -> bool:
    """A split worth believing: two pieces or more, something known, an abbreviation only as the last word when a
    piece is unknown (fine + amt), and no bare language word before an unknown one (type + face: typeface)."""
    kinds = [k for _, k in pieces]
    if len(pieces) < 2 or all(k is None for k in kinds) or kinds.count("short") > 1:
        return False
    if kinds[-1] is None or any(k == "short" and p.endswith("s") for p, k in pieces):
        return False  # a name ends with a word it holds (touri + sts is no name of tourists)
    if None in kinds:
        if any(k == "short" for k in kinds[:-1]):
            return False
        first_unknown = kinds.index(None)
        if any(k in ("term", "head", "short") for k in kinds[:first_unknown]):
            return False
    return True


def _split(name: str, vocab: _Vocabulary) -> tuple[Piece, ...] | None:
    """The best split of a squashed name into two or more words, or None: its last word known first (a name ends
    with what it holds: crop + type), then the fewest pieces (postage + amt, not post + age + amt), then the most
    letters in known words."""
    cands = [p for p in _splits(name, vocab) if _valid(p)]
    if not cands:
        return None

    def score(pieces: tuple[Piece, ...]) -> tuple[bool, int, float]:
        known = sum(_WEIGHT.get(k or "", 0.0) * len(p) for p, k in pieces)
        return pieces[-1][1] is not None, -len(pieces), known

    return max(cands, key=score)


CATALOG_WORD = 4  # a word of a comment or a value shorter than this is too likely a piece of anything (app, car)


def _vocabulary(catalog: Catalog, learned: Iterable[str], skip: set[str]) -> _Vocabulary:
    sources: dict[str, set[str]] = {}

    def add(word: str, source: str) -> None:
        for form in {word, lx.stem(word)}:
            sources.setdefault(form, set()).add(source)

    for w in learned:
        add(w, "")
    untagged = _untagged(catalog)
    for t in catalog.tables:
        for name in (t.name, *(c.name for c in t.columns)):
            if name.lower() in skip:
                continue  # a name read as words (or not yet read) is no word of its own
            rest = untagged[name][1] if name in untagged else name
            for w in _plain(name):
                add(w, rest.lower())  # as the name being split is known: without its table's tag
        for c in t.columns:
            text = [*re.split(r"[^a-z]+", (c.comment or "").lower())]
            text += [w for v in c.values or [] for w in re.split(r"[^a-z]+", v.lower())]
            for w in text:
                if len(w) >= CATALOG_WORD and w not in lx.STOPWORDS and w not in skip:
                    add(w, "")  # a comment naming another squashed name ("see cratecodes") is no plain word
    heads = _HEADS
    terms = frozenset(w for w in lx.LEXICON_TERMS if len(w) >= MIN_PIECE) | (heads - {"no", "nr", "id"}) | NAME_WORDS
    by_letter: dict[str, list[str]] = {}
    for w in sorted(heads):  # an abbreviation in a name is of what the name holds (amt, qty, est), not of any word
        if len(w) > ABBREVIATION[1] and w.isalpha():
            by_letter.setdefault(w[0], []).append(w)
    catalog_words = {w: frozenset(s) for w, s in sources.items()}
    return _Vocabulary(catalog_words, heads, terms, {k: tuple(v) for k, v in by_letter.items()})


def _plain(name: str) -> list[str]:
    """A name's words when it has separators, else the name itself (a known word for others' splits)."""
    return [w for w in re.split(r"[^a-z]+", re.sub(r"([a-z])([A-Z])", r"\1 \2", name).lower()) if len(w) >= MIN_PIECE]


def read_squashed(catalog: Catalog) -> dict[str, tuple[str, ...]]:
    """Squashed names of the catalog (tables and columns) → their words as written, lower-case; empty for a catalog
    that separates its words."""
    if not squashes(catalog):
        return {}
    untagged = _untagged(catalog)
    whole = {t.name: ("", t.name) for t in catalog.tables} | untagged
    names = {n for n, (_, rest) in whole.items() if _candidates(rest)}
    read: dict[str, tuple[Piece, ...]] = {}
    skip = {n.lower() for n in names}  # first pass: no squashed name is a word yet
    for _ in range(2):  # the second pass knows the words the first one left over and the names it left whole
        learned = {p for split in read.values() for p, kind in split if kind is None}
        vocab = _vocabulary(catalog, learned, skip)
        read = {}
        for name in sorted(names):
            low = whole[name][1].lower()
            split = None if vocab.whole(low) else _split(low, vocab)
            if split is not None:
                read[name] = split
        skip = {n.lower() for n in read}
    if len(read) < MIN_SPLIT:
        return {}  # a few plain words (carrier, visitors) are no convention of squashing
    return {
        name: tuple(w for w in (whole[name][0].lower(),) if w) + tuple(p for p, _ in split)
        for name, split in read.items()
    }
