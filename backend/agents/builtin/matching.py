"""Catalog index and question → table/column/value mentions, driven only by catalog metadata."""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Literal

from backend.agents.builtin import lexicon as lx
from backend.models.catalog import Catalog, ColumnInfo, TableInfo

MentionKind = Literal["table", "column", "value"]
_UNIT_WORDS = frozenset({"mm", "cm", "m", "km", "g", "kg", "lb", "lbs", "usd", "eur", "pct", "in", "ft", "c", "f"})


@dataclass(slots=True)
class ColumnEntry:
    """A column with its precomputed words and roles."""

    table: str
    info: ColumnInfo
    words: tuple[str, ...]
    key_words: frozenset[str]
    is_id: bool
    is_money: bool
    additive: bool
    is_year: bool

    @property
    def name(self) -> str:
        """Column name."""
        return self.info.name


@dataclass(slots=True)
class TableEntry:
    """A table with its columns and the columns that play special roles."""

    info: TableInfo
    words: tuple[str, ...]
    columns: list[ColumnEntry]
    label: ColumnEntry | None = None
    date: ColumnEntry | None = None
    year: ColumnEntry | None = None

    def col(self, name: str) -> ColumnEntry | None:
        """The column called `name`."""
        return next((c for c in self.columns if c.name == name), None)


@dataclass(slots=True)
class Mention:
    """A span of question tokens that names a table, a column or a value."""

    start: int
    end: int
    kind: MentionKind
    table: str
    column: str | None
    score: float
    via: str = "name"
    value: str | None = None
    spec: float = 1.0  # how specific the words are to this table (idf), for table choice


@dataclass(slots=True)
class CatalogIndex:
    """Everything the parser needs from a catalog, computed once per catalog."""

    catalog: Catalog
    tables: dict[str, TableEntry] = field(default_factory=dict[str, TableEntry])
    by_word: dict[str, list[ColumnEntry]] = field(default_factory=dict[str, list[ColumnEntry]])
    values: dict[tuple[str, ...], list[tuple[str, str, str]]] = field(
        default_factory=dict[tuple[str, ...], list[tuple[str, str, str]]]
    )
    idf: dict[str, float] = field(default_factory=dict[str, float])
    vocab: set[str] = field(default_factory=set[str])
    value_words: set[str] = field(default_factory=set[str])
    compounds: dict[str, list[str]] = field(default_factory=dict[str, list[str]])  # "birdstrike" → [birdstrikes]


def _column_entry(table: TableInfo, col: ColumnInfo, fk_cols: set[tuple[str, str]]) -> ColumnEntry:
    """Derive the words and roles of one column."""
    words = tuple(lx.name_words(col.name))
    if len(words) >= 3:
        words += ("".join(w[0] for w in words),)  # initialism: miles_per_gallon → mpg
    key = frozenset(w for w in words[: len(words) - (len(words) >= 4)] if w not in _UNIT_WORDS) or frozenset(words)
    is_id = (
        bool(set(words) & lx.ID_WORDS) or (table.name, col.name) in fk_cols or col.name.lower() in {"id", "pk"}
    ) and not (col.kind == "numeric" and bool(set(words) & lx.ADDITIVE_WORDS))
    numeric = col.kind == "numeric"
    is_year = (
        numeric
        and bool(words)
        and words[-1] in {"year", "yr"}
        and isinstance(col.min, int | float)
        and isinstance(col.max, int | float)
        and 1000 <= col.min <= col.max <= 3000
    )
    return ColumnEntry(
        table=table.name,
        info=col,
        words=words,
        key_words=key,
        is_id=is_id,
        is_money=numeric and bool(set(words) & lx.MONEY_WORDS) and not is_id,
        additive=numeric and bool(set(words) & lx.ADDITIVE_WORDS) and not is_id,
        is_year=is_year,
    )


def _pick_label(entry: TableEntry) -> ColumnEntry | None:
    """The column that names a row (name/title), used when a question names the table as a dimension."""
    texts = [c for c in entry.columns if c.info.kind == "text"]
    for word in lx.LABEL_WORDS:
        for c in texts:
            if word in c.words:
                return c
    rows = max(entry.info.row_count, 1)
    unique = [c for c in texts if (c.info.distinct_count or 0) >= 0.5 * rows and not c.is_id]
    return unique[0] if unique else None


def _pick_date(entry: TableEntry) -> ColumnEntry | None:
    """The table's main date column: prefer one called *date*, else the first temporal column."""
    temporal = [c for c in entry.columns if c.info.kind == "temporal"]
    for c in temporal:
        if "date" in c.words:
            return c
    return temporal[0] if temporal else None


def build_index(catalog: Catalog) -> CatalogIndex:
    """Index a catalog: words → columns, value phrases → columns, idf of words across tables."""
    idx = CatalogIndex(catalog=catalog)
    fk_cols = {(fk.table, fk.column) for fk in catalog.foreign_keys}
    df: dict[str, int] = {}
    for t in catalog.tables:
        entry = TableEntry(info=t, words=tuple(lx.name_words(t.name)), columns=[])
        entry.columns = [_column_entry(t, c, fk_cols) for c in t.columns]
        entry.label, entry.date = _pick_label(entry), _pick_date(entry)
        entry.year = next((c for c in entry.columns if c.is_year), None)
        idx.tables[t.name] = entry
        table_words = set(entry.words)
        for c in entry.columns:
            table_words |= set(c.words)
            for w in set(c.words):
                idx.by_word.setdefault(w, []).append(c)
            for v in c.info.values or []:
                key = tuple(lx.name_words(v))
                if not key or (len(key) == 1 and (len(key[0]) < 2 or key[0] in lx.STOPWORDS or key[0].isdigit())):
                    continue
                idx.values.setdefault(key, []).append((t.name, c.name, v))
                idx.value_words.update(key)
        for w in table_words:
            df[w] = df.get(w, 0) + 1
        idx.vocab |= table_words
        idx.compounds.setdefault("".join(entry.words), []).append(t.name)
    n = max(len(catalog.tables), 1)
    idx.idf = {w: min(1.0, math.log(1 + n / d) / math.log(1 + n)) if n > 1 else 1.0 for w, d in df.items()}
    return idx


_CACHE: dict[int, tuple[Catalog, CatalogIndex]] = {}


def index_for(catalog: Catalog) -> CatalogIndex:
    """The cached index of a catalog (keyed by object identity; the entry keeps the catalog alive)."""
    hit = _CACHE.get(id(catalog))
    if hit is not None and hit[0] is catalog:
        return hit[1]
    if len(_CACHE) > 16:
        _CACHE.clear()
    idx = build_index(catalog)
    _CACHE[id(catalog)] = (catalog, idx)
    return idx


def correct(idx: CatalogIndex, word: str) -> str:
    """A catalog word within edit distance 1 of a long unknown word, else the word itself."""
    if len(word) < 5 or word in idx.vocab or word in lx.STOPWORDS or lx.concept_of(word):
        return word
    for cand in idx.vocab:
        if len(cand) >= 5 and abs(len(cand) - len(word)) <= 1 and lx.edit1(word, cand):
            return cand
    return word


def find_mentions(idx: CatalogIndex, words: Sequence[str | None]) -> list[Mention]:
    """All candidate mentions; `words` holds the stem per token position, None where already consumed."""
    out: list[Mention] = []
    n = len(words)
    for i in range(n):
        for j in range(i + 1, min(n, i + 5) + 1):
            span = words[i:j]
            if any(w is None for w in span):
                break
            ws = [w for w in span if w is not None]
            if ws[0] in lx.STOPWORDS or ws[-1] in lx.STOPWORDS:
                continue
            out.extend(_value_mentions(idx, i, j, tuple(ws)))
            out.extend(_name_mentions(idx, i, j, ws))
            if j - i >= 2:
                # A table name written as separate words: "bird strikes" → birdstrikes.
                for name in idx.compounds.get("".join(ws), []):
                    if len(idx.tables[name].words) < j - i:
                        out.append(Mention(i, j, "table", name, None, 3.0, via="compound"))
    return out


def measure_columns(idx: CatalogIndex, concept: str, table: str | None = None) -> list[tuple[ColumnEntry, float]]:
    """Columns a measure concept ("weight", "date") can mean, with how well their names fit (0–1], best first."""
    words = lx.MEASURE_WORDS.get(concept, frozenset())
    stems = words | {lx.stem(w) for w in words}
    out: list[tuple[ColumnEntry, float]] = []
    for t in idx.tables.values():
        if table is not None and t.info.name != table:
            continue
        for c in t.columns:
            if c.is_id:
                continue
            if concept == "date" and (c.info.kind == "temporal" or c.is_year):
                fit = 1.0 if c in (t.date, t.year) else 0.8
            elif c.info.kind == "numeric" and set(c.words) & stems:
                fit = len(set(c.words) & stems) / max(len(c.key_words | (set(c.words) & stems)), 1)
                fit = max(fit, 0.5) + (0.1 if c.is_money and concept in ("size", "money") else 0.0)
            else:
                continue
            out.append((c, fit))
    out.sort(key=lambda cf: -cf[1])
    return out


def adjective_mentions(idx: CatalogIndex, start: int, end: int, concept: str) -> list[Mention]:
    """Column mentions for a superlative adjective's measure ("heaviest" → weight_in_lbs)."""
    hits = measure_columns(idx, concept)
    tables = {c.table for c, _ in hits}
    # "the longest flights": a table without a length ranks by its distance (and the other way round).
    near = [(c, fit * 0.8) for c, fit in measure_columns(idx, _NEAR.get(concept, "")) if c.table not in tables]
    return [
        Mention(start, end, "column", c.table, c.name, 1.0 + 2.0 * fit, "adjective", spec=0.6) for c, fit in hits + near
    ]


_NEAR = {"length": "distance", "distance": "length"}


def _value_mentions(idx: CatalogIndex, i: int, j: int, key: tuple[str, ...]) -> list[Mention]:
    """Spans equal to a known value of a low-cardinality column."""
    hits = idx.values.get(key, [])
    score = 2.6 + 0.4 * (len(key) - 1)
    # A value spelled like a time word ("Day") is weak evidence: "per day" is about time buckets.
    spec = 0.0 if all(w in lx.BUCKET_WORDS for w in key) else 1.0
    return [Mention(i, j, "value", t, c, score, "value", v, spec) for t, c, v in hits]


def _name_mentions(idx: CatalogIndex, i: int, j: int, ws: list[str]) -> list[Mention]:
    """Spans naming a table, a column (optionally qualified by its table's words), or a column concept."""
    out: list[Mention] = []
    content = [w for w in ws if w not in lx.STOPWORDS]
    wset = set(ws)  # every word must belong to the name: "sales by region" is two mentions, not one
    spec = sum(idx.idf.get(w, 1.0) for w in content) / max(len(content), 1)
    if content and all(w in lx.BUCKET_WORDS for w in content):
        spec = 0.0  # "by month" fits any table with dates: a column called month is no evidence for its table
    kinds = set(content) & lx.KIND_STEMS
    stripped = (
        len(kinds) == 1
        and len(content) > 1
        and (
            (ws[-1] in kinds and len(content) == len(ws))
            or (ws[0] in kinds and ws[1:2] == ["of"] and len(ws) == len(content) + 1)
        )
    )
    if stripped:
        # "weather type", "type of weather": the kind word only says "the categories of" the column.
        wset = set(content) - kinds
    for t in idx.tables.values():
        tw = set(t.words)
        if wset <= tw and not stripped:
            # A full multi-word name ("seattle weather") outweighs its words read separately.
            score = 3.0 * len(wset) if wset == tw else 3.0 * len(wset) / len(tw)
            out.append(Mention(i, j, "table", t.info.name, None, score, spec=spec))
    cands: dict[int, ColumnEntry] = {}
    for w in content:
        for c in idx.by_word.get(w, []):
            cands[id(c)] = c
    for c in cands.values():
        tw = set(idx.tables[c.table].words)
        if not wset <= (set(c.words) | tw) or not wset & set(c.words):
            continue
        covered = len(wset & c.key_words) / max(len(c.key_words), 1)
        qualifier = 0.3 if wset & (tw - set(c.words)) else 0.0
        if (stripped and c.info.kind == "numeric") or wset <= _UNIT_WORDS:
            continue  # a unit alone ("30 mm") names no column
        out.append(Mention(i, j, "column", c.table, c.name, 1.0 + 2.0 * covered + qualifier, spec=spec))
    if len(content) == 1 and j - i == 1:
        out.extend(_concept_mentions(idx, i, content[0]))
    return out


def _concept_mentions(idx: CatalogIndex, i: int, word: str) -> list[Mention]:
    """A generic business word ("revenue") matched to columns whose names share its concept ("amount")."""
    concepts = lx.concept_of(word)
    if not concepts:
        return []
    out: list[Mention] = []
    for t in idx.tables.values():
        for c in t.columns:
            if word in c.words or c.is_id:
                continue
            shared = [w for w in c.key_words if lx.concept_of(w) & concepts]
            if shared:
                bonus = 0.2 if ("money" in concepts and c.is_money) else 0.0
                score = 3.0 * lx.CONCEPT_WEIGHT * len(shared) / len(c.key_words) + bonus
                out.append(Mention(i, i + 1, "column", t.info.name, c.name, score, "concept", spec=0.5))
    return out
