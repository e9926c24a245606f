"""The catalog as a model sees it: the tables relevant to the question, within a token budget.

A large catalog (hundreds of tables) does not fit a prompt and dilutes it. Tables are ranked by how
many of the question's words their name, columns, comments and value lists carry, plus the tables
their foreign keys reach (so joins stay possible); described in full while the budget lasts; the
rest are listed by name, reachable through `describe_table`.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable

from backend.core.json_keys import column_sql
from backend.models.catalog import Catalog, TableInfo

CHARS_PER_TOKEN = 4  # a conservative average for English text and identifiers
_WORD = re.compile(r"[A-Za-z][a-z]*|[A-Z]+(?![a-z])|\d+")
_IGNORED = frozenset(
    [
        "a",
        "an",
        "and",
        "are",
        "as",
        "at",
        "be",
        "by",
        "for",
        "from",
        "how",
        "in",
        "is",
        "it",
        "of",
        "on",
        "or",
        "per",
        "show",
        "the",
        "to",
        "was",
        "what",
        "which",
        "who",
        "with",
        "me",
        "my",
        "many",
        "much",
        "all",
        "each",
        "every",
        "over",
        "by",
        "vs",
        "versus",
        "than",
        "their",
        "there",
        "this",
        "that",
        "these",
        "those",
        "give",
    ]
)


def words(text: str) -> set[str]:
    """Lower-cased words of a name or sentence: snake_case, camelCase and plurals split and folded."""
    found: set[str] = set()
    for raw in _WORD.findall(text):
        word = raw.lower()
        if word in _IGNORED or len(word) < 2:
            continue
        found.add(word[:-1] if len(word) > 3 and word.endswith("s") and not word.endswith("ss") else word)
    return found


def _common_prefix(a: str, b: str) -> int:
    n = 0
    for x, y in zip(a, b, strict=False):
        if x != y:
            break
        n += 1
    return n


def _abbreviates(short: str, long: str) -> bool:
    """`short` is `long` abbreviated: its prefix (dept), or its first letter then a subsequence (qty, amt)."""
    if len(short) < 3 or len(short) >= len(long) or short[0] != long[0]:
        return False
    rest = iter(long[1:])
    return all(ch in rest for ch in short[1:]) if len(short) <= 4 else long.startswith(short)


def _related(a: str, b: str) -> bool:
    if a == b:
        return True
    short, long = sorted((a, b), key=len)
    # Two forms of one word share a stem (shipped / shipment, sales / salesperson).
    return _abbreviates(short, long) or _common_prefix(a, b) >= (4 if len(short) >= 6 else 5)


def _matches(question: set[str], vocabulary: set[str]) -> int:
    """Question words found in `vocabulary`: the same word, a shared stem or an abbreviation."""
    return sum(1 for q in question if q in vocabulary or any(_related(q, v) for v in vocabulary))


def _vocabulary(table: TableInfo) -> tuple[set[str], set[str]]:
    name = words(table.name) | words(table.description or "")
    columns: set[str] = set()
    for column in table.columns:
        columns |= words(column.name) | words(column.comment or "")
        for value in column.values or []:
            columns |= words(value)
    return name, columns


def rank_tables(catalog: Catalog, question: str) -> list[TableInfo]:
    """Tables most relevant to `question` first; ties keep the catalog's order."""
    asked = words(question)
    scores: dict[str, float] = {}
    for table in catalog.tables:
        name, columns = _vocabulary(table)
        scores[table.name] = 3 * _matches(asked, name) + _matches(asked, columns)
    # A table a relevant table points to (or is pointed at by) can be joined: lift it a little.
    lifted = dict(scores)
    for fk in catalog.foreign_keys:
        for a, b in ((fk.table, fk.ref_table), (fk.ref_table, fk.table)):
            if scores.get(a, 0) > 0 and b in lifted:
                lifted[b] = max(lifted[b], scores[b] + 0.5 * scores[a])
    order = {t.name: i for i, t in enumerate(catalog.tables)}
    return sorted(catalog.tables, key=lambda t: (-lifted[t.name], order[t.name]))


def describe(table: TableInfo) -> list[str]:
    """A table's lines in the prompt: columns, types and what values look like."""
    lines = [
        f"TABLE {table.name} ({table.row_count:,} rows)" + (f" -- {table.description}" if table.description else "")
    ]
    for c in table.columns:
        extra = ""
        if c.values is not None:
            extra = f" values: {json.dumps(c.values[:30])}"
        elif c.min is not None:
            extra = f" range: {c.min} .. {c.max}"
        elif c.samples:
            extra = f" e.g. {json.dumps(c.samples[:3], default=str)}"
        if c.comment:
            extra += f" -- {c.comment}"
        name = c.name if c.json_path is None else f"{column_sql(c)} (a key of {c.json_path[0]})"
        lines.append(f"  - {name} {c.type}{extra}")
    return lines


def _tokens(lines: Iterable[str]) -> int:
    return sum(len(line) + 1 for line in lines) // CHARS_PER_TOKEN + 1


def catalog_prompt(catalog: Catalog, question: str = "", budget_tokens: int | None = None) -> str:
    """Tables, columns, types, samples and foreign keys; only what fits `budget_tokens`, most relevant first."""
    ranked = rank_tables(catalog, question) if question else list(catalog.tables)
    if budget_tokens is None:
        budget_tokens = 1 << 62
    described: list[TableInfo] = []
    lines: list[str] = []
    # Room kept for the list of the tables left out and for the foreign keys.
    reserve = _tokens(t.name + " (1,000,000 rows), " for t in catalog.tables) + 16 * len(catalog.foreign_keys) // 4
    for table in ranked:
        block = describe(table)
        if described and _tokens(lines) + _tokens(block) > budget_tokens - min(reserve, budget_tokens // 3):
            continue
        described.append(table)
        lines.extend(block)
    shown = {t.name for t in described}
    for fk in catalog.foreign_keys:
        if fk.table in shown or fk.ref_table in shown:
            lines.append(f"FOREIGN KEY {fk.table}.{fk.column} -> {fk.ref_table}.{fk.ref_column}")
    rest = [t for t in ranked if t.name not in shown]
    if rest:
        lines.append(f"OTHER TABLES ({len(rest)}; call describe_table for their columns):")
        listing: list[str] = []
        for table in rest:
            entry = f"{table.name} ({table.row_count:,} rows)"
            # Room for the "CATALOG" header and the closing "... and N more" line.
            if _tokens([*lines, ", ".join([*listing, entry])]) > budget_tokens - 32:
                lines.append(", ".join(listing))
                lines.append(f"... and {len(rest) - len(listing)} more, not listed; ask describe_table by name.")
                break
            listing.append(entry)
        else:
            lines.append(", ".join(listing))
    return "\n".join(lines)
