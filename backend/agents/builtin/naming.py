"""Naming conventions a catalog follows throughout: tags before names that say what kind of thing a name is, not what
it names. Tables: one first word every table shares (t_item, t_sale; hr_) or a few kind tags (Leszynski's tblVisit,
tlkpSpecies). Columns: Hungarian type tags (lngPetID, strPetName, dtmVisitDate, curFee, ysnInsured)."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Mapping
from dataclasses import dataclass, field

from backend.agents.builtin import lexicon as lx
from backend.agents.builtin.squashed import read_squashed
from backend.models.catalog import Catalog, ColumnInfo

TAG_LETTERS = 4  # a tag is short: int, str, dtm, tbl, tlkp
TAGGED_SHARE = 0.6  # type tags are a convention when they begin at least this share of all columns
MIN_TYPE_TAGS = 3  # … and there are several of them (one per type the catalog uses)
# Words a warehouse puts before a table's name to say what kind of table it is (dim_store, FactInternetSales).
KIMBALL_WORDS = frozenset({"dim", "dimension", "fact", "fct", "bridge"})
# Words after a table's noun that say which part of a document its rows hold or that it is a table (SalesOrderHeader,
# PO_HDR, customer_master, VisitTbl): a row is still called by the noun before them (an order, a customer).
PART_WORDS = frozenset({"header", "headers", "hdr", "master", "mstr", "tbl", "table"})


def _family(c: ColumnInfo) -> str:
    """What a type tag says about a column: a date, text, or a number (a yes/no stored as a number is one too)."""
    return "numeric" if c.kind == "boolean" else c.kind


def _inner_words(catalog: Catalog) -> set[str]:
    """Words of column and table names anywhere but first: a word found there is a name, never a tag."""
    out: set[str] = set()
    for t in catalog.tables:
        out.update(lx.name_words(t.name)[1:])
        for c in t.columns:
            out.update(lx.name_words(c.name)[1:])
    return out


def _tag_like(word: str, inner: set[str]) -> bool:
    return word.isalpha() and len(word) <= TAG_LETTERS and word not in inner and word not in lx.STOPWORDS


def type_tags(catalog: Catalog) -> frozenset[str]:
    """First words of column names that say the column's type (int, str, dtm, cur): each begins columns of several
    tables that all hold one kind of value, is short, is never a word inside a name, and such words begin most
    columns of the catalog. Empty for a catalog without the convention."""
    inner = _inner_words(catalog)
    first: dict[str, list[tuple[str, ColumnInfo]]] = defaultdict(list)
    total = 0
    for t in catalog.tables:
        for c in t.columns:
            total += 1
            words = lx.name_words(c.name)
            if len(words) > 1:
                first[words[0]].append((t.name, c))
    tags = {
        w
        for w, cols in first.items()
        if _tag_like(w, inner) and len({t for t, _ in cols}) >= 2 and len({_family(c) for _, c in cols}) == 1
    }
    tagged = sum(len(first[w]) for w in tags)
    if len(tags) < MIN_TYPE_TAGS or tagged < TAGGED_SHARE * max(total, 1):
        return frozenset()
    # Where the convention holds, a tag used once (sngHeightCm, dblRatio) is a tag too.
    return frozenset(tags | {w for w, cols in first.items() if _tag_like(w, inner) and len(cols) == 1})


def table_tags(catalog: Catalog) -> frozenset[str]:
    """First words of table names that are a convention, not a name: one word every table starts with (t_item,
    t_sale → t), or a few short kind tags that begin every table and are never a word elsewhere (tbl, tlkp)."""
    firsts = [lx.name_words(t.name) for t in catalog.tables]
    if len(catalog.tables) < 3 or not all(len(w) > 1 for w in firsts):
        return frozenset()
    heads = {w[0] for w in firsts}
    if len(heads) == 1:
        return frozenset(heads)
    inner = _inner_words(catalog)
    counts = {h: sum(w[0] == h for w in firsts) for h in heads}
    if heads <= KIMBALL_WORDS:
        return frozenset()  # a warehouse's kind words are dropped from every name anyway (`name_of_table`)
    if all(_tag_like(h, inner) and n >= 2 for h, n in counts.items()):
        return frozenset(heads)
    return frozenset()


def plain_words(
    name: str, tags: frozenset[str], squashed: Mapping[str, tuple[str, ...]] | None = None
) -> tuple[str, ...]:
    """A name's words without the tag it starts with (lngPetID → pet, id); a squashed name by the words it was read
    as (harvestdate → harvest, date)."""
    pieces = (squashed or {}).get(name)
    words = tuple(lx.stem(w) for w in pieces) if pieces else tuple(lx.name_words(name))
    return words[1:] if len(words) > 1 and words[0] in tags else words


@dataclass(frozen=True, slots=True)
class Naming:
    """How a catalog's names are read: its table tags, its column type tags, and the nouns its tables are named by,
    which a column may abbreviate (chrOwnrType in a catalog with an owner table: the owner's type)."""

    tables: frozenset[str] = frozenset()
    types: frozenset[str] = frozenset()
    nouns: frozenset[str] = frozenset()
    squashed: Mapping[str, tuple[str, ...]] = field(default_factory=dict[str, tuple[str, ...]])
    # Every word of a table's name, short ones too: a table's own noun (Runs' run) abbreviates no other (runner).
    table_words: frozenset[str] = frozenset()

    def column_words(self, name: str) -> tuple[str, ...]:
        """A column name's words, its type tag left out and a table's noun spelled out where the name abbreviates
        it (ownr → owner)."""
        return tuple(self.spelled(w) for w in plain_words(name, self.types, self.squashed))

    def spelled(self, word: str) -> str:
        """The one table noun a word of a column name abbreviates, else the word."""
        if (
            word in self.nouns
            or word in self.table_words
            or len(word) < 3
            or not word.isalpha()
            or word in lx.ID_WORDS | _PREFIXES | lx.UNIT_WORDS | lx.RATE_WORDS  # pct is a percent, no product
        ):
            return word
        hits = [n for n in self.nouns if len(n) > len(word) and lx.abbreviates(word, n)]
        return hits[0] if len(hits) == 1 else word


# Prefixes written as a word of a compound name (SubTotal, PreTaxAmt, NonStockQty): themselves, never the start of a
# table's noun (sub is no subcategory).
_PREFIXES = frozenset({"sub", "pre", "post", "non", "semi", "multi", "inter", "intra", "super", "mid"})
NOUN_LETTERS = 4  # a table noun short enough (a tag, an abbreviation itself) is no full form of anything


def read_naming(catalog: Catalog) -> Naming:
    """The catalog's naming conventions and table nouns."""
    tables = table_tags(catalog)
    squashed = read_squashed(catalog)
    words = {w for t in catalog.tables for w in plain_words(t.name, tables, squashed) if w.isalpha()}
    nouns = {w for w in words if len(w) >= NOUN_LETTERS and w not in KIMBALL_WORDS}
    return Naming(
        tables=tables, types=type_tags(catalog), nouns=frozenset(nouns), squashed=squashed, table_words=frozenset(words)
    )
