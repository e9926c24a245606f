"""The built-in analyst's code names no table, column or value of the demo catalog or of the newer eval catalogs: it must read the user's catalog."""

from __future__ import annotations

import io
import re
import tokenize
from pathlib import Path

import duckdb
import pytest

from backend.core.catalog import build_catalog
from backend.models.catalog import Catalog
from scripts.build_eval_catalogs import CATALOGS

ROOT = Path(__file__).resolve().parents[2]
DEMO = ROOT / "data" / "demo.duckdb"
PARSER = ROOT / "backend" / "agents" / "builtin"

# Ordinary English words of analytics questions that happen to be whole demo names too. Each one is grammar the
# parser needs for any catalog (time units, what names a row, direction, generic business nouns), never a noun
# chosen because the demo has it. Keep this list short; a word belongs here only if a question about an
# unrelated schema would use it with the same meaning.
LANGUAGE_WORDS = frozenset({
    "date", "day", "month", "year",  # time grammar: by day/month/year
    "night",  # the unit a stay is counted in (a stay's length is its nights), as a day is of time
    "name", "title", "id",  # what names or identifies a row
    "amount", "quantity", "price", "sales",  # generic commerce nouns: revenue, units, unit price
    "category",  # "by category", "kind of"
    "distance",  # what "farthest", "nearest" and "miles" measure
    "origin", "destination", "source",  # direction of a from/to pair of columns
    "entity", "cluster", "state",  # the parser's own terms: the ranked entity, the table cluster, role state
    # Short or common English words that are also demo values (value lists are data, these are grammar).
    "in", "or", "as", "me", "none", "open", "small", "unknown", "business", "hi", "fl", "other", "all",
    "al",  # the English ending -al (referral ↔ referring), stripped to find a word's family
    "nd",  # the English ordinal ending of "2nd" (dates.py: "on April 2nd"), a state code in the demo, a code elsewhere
    "mi", "ms",  # unit abbreviations (miles, milliseconds: quantities.UNITS), two-letter codes there
    "mo",  # the month's abbreviation (a MoSold column, "$9/mo"), a state code in the demo
})  # fmt: skip


def _catalog(path: Path) -> Catalog:
    con = duckdb.connect(str(path), read_only=True)
    try:
        return build_catalog(con)
    finally:
        con.close()


def _parser_hits(names: set[str], values: set[str]) -> dict[str, list[str]]:
    """Per parser file (code and data), the names and values it holds in strings and comments."""
    return {p.name: sorted(h) for p in sorted(PARSER.rglob("*")) if p.is_file() and p.suffix in (".py", ".json")
            if (h := _hits(_text_of(p) if p.suffix == ".py" else p.read_text().lower(), names, values))}  # fmt: skip


def _demo_names() -> tuple[set[str], set[str]]:
    catalog = _catalog(DEMO)
    names = {t.name.lower() for t in catalog.tables} | {c.name.lower() for t in catalog.tables for c in t.columns}
    values = {v.lower() for t in catalog.tables for c in t.columns for v in c.values or [] if len(v) >= 2}
    return names - LANGUAGE_WORDS, values - LANGUAGE_WORDS


def _text_of(path: Path) -> str:
    """String literals and comments of a module (docstrings and examples included), lower-cased."""
    parts: list[str] = []
    for tok in tokenize.generate_tokens(io.StringIO(path.read_text()).readline):
        if tok.type in (tokenize.STRING, tokenize.COMMENT) or tok.type == getattr(tokenize, "FSTRING_MIDDLE", -1):
            parts.append(tok.string)
    return "\n".join(parts).lower()


def _hits(text: str, names: set[str], values: set[str]) -> set[str]:
    words = set(re.findall(r"[a-z0-9_]+", text))
    found = words & names
    for v in values:
        if re.search(r"(?<![a-z0-9_])" + re.escape(v) + r"(?![a-z0-9_])", text):
            found.add(v)
    return found


@pytest.mark.skipif(not DEMO.exists(), reason="data/demo.duckdb not built (make data)")
def test_parser_code_names_no_demo_table_column_or_value() -> None:
    assert _parser_hits(*_demo_names()) == {}


def test_the_check_sees_names_in_strings_and_comments(tmp_path: Path) -> None:
    code = 'X = {"flights": 1}  # the longest flights\n"""Docstring naming miles_per_gallon."""\n'
    (tmp_path / "m.py").write_text(code)
    text = _text_of(tmp_path / "m.py")
    assert _hits(text, {"flights", "miles_per_gallon", "x"}, {"seattle"}) == {"flights", "miles_per_gallon"}


# Every eval catalog but the demo (dev and blind sets), each generator of scripts/eval_catalogs/ as
# `make eval-data` builds it: their table and column names and their values must reach the parser through the
# catalog, never code (examples in comments included).
EVAL_CATALOGS = [ROOT / "data" / f"{name}.duckdb" for name in sorted(CATALOGS)]
# Ordinary words those catalogs happen to hold as names or values: calendar grammar (dim_date spells the months),
# chart, ranking and statistics words that are also codes or titles there, generic nouns that are column names.
CALENDAR_WORDS = frozenset({
    "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november",
    "december", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
})  # fmt: skip
CATALOG_LANGUAGE_WORDS = CALENDAR_WORDS | {
    "bar", "top", "legend", "outliers", "std",  # chart and statistics words: a rate plan, a channel, book titles, a room
    "period", "letter", "code", "status", "term", "level", "department", "returned",  # generic column nouns
    "app", "web", "matched", "grant",  # common words: channel codes, a book title, a surname
    "due",  # a planned date is no event of its row (catalog_index), and a loan sheet has a due date
    "qty", "sku",  # the commonest abbreviations of commerce (qty is the issue's own example of an abbreviation)
    "channel", "new", "black", "grey",  # a generic column noun, an ordinary adjective, colour words (chart colours)
    "high", "low", "standard", "south",  # comparison words, "standard deviation", a compass point (codes there)
    "manager", "loan", "fee", "txn",  # an abbreviation's long form, ordinary nouns of examples, the "trans" rule
    "delivered", "scheduled", "legal", "follow-up",  # a participle, a planned date, "transfers to Legal" grammar
    "pos",  # the code's word for a token position (a point-of-sale code there)
    "yes",  # the yes/no reading's own word (catalog_index.yes_no): a value of a yes/no column there
    "discount", "priority",  # head nouns a squashed name ends on (squashed.NAME_HEADS): columns there too
    "energy",  # what a kWh figure is called (quantities): a value of an industry column there
    # The parser's and the product's own terms, which catalogs use as names too: a question and its subject in a
    # chat with a user, the analysis plan, a key's role, the leader note, a kind of thing, a cycle of time, SQL CASE.
    "question", "subject", "chat", "user", "plan", "role", "note", "kind", "type", "cycle", "case",
    "closed", "customer",  # an ordinary participle and the commonest business noun
    "min", "monthly", "annual", "usd", "units", "miles", "green",  # aggregate, bucket, unit and colour words
    "company", "family", "lead",  # "company-wide" (a scope), a word family and "family" as a kind, lead time
    # Generic nouns the lexicon knows for any catalog: money ("budget", "salary"), people, limits to compare with.
    "budget", "salary", "employees", "personnel", "population", "capacity",
    "tax", "shipping",  # money a row records that was not taken in (lexicon.NOT_TAKINGS): revenue never means it
    "registration", "issued", "hired", "opened",  # verbs and nouns of a row's first event (durations.START_WORDS)
    "meter",  # a unit of length ("in square meters", reading._spoken_units), a column name there
    "pipeline",  # sales English for the open deals' money ("open pipeline by stage"), a forecast category there
    "lost",  # an outcome of a row between two sides (pair_roles: "matches lost"), a stage value there
    "active",  # "daily active users" (active_members): members with a row in the period; a status value there
    "deleted",  # a row deleted in place (real_rows: `deleted_at`, `IsDeleted`), a value or name there
    "pending",  # a state adjective (coded_states: "pending orders" is the code 'P' of a status), a status there
    "domain",  # the part of an address after its '@' ("users per email domain": address_parts), a value there
    # Ordinary English and business words that two catalogs use as names or values as their tools do (GitHub as
    # Airbyte lands it, QuickBooks Online as Fivetran lands it); every one was in the parser's code before those
    # catalogs were written, and their writers kept the tools' real names rather than rename ordinary words.
    "number", "member", "parent", "parents", "main", "data", "users", "size", "event", "owner", "head", "base",
    "payments", "language", "branch", "path", "description", "labels", "comments", "color", "archived", "commented",
    "default", "approved", "login", "python", "assignee", "author", "reviews", "schedule", "draft", "invalid", "pull",
    "release", "merged", "clean", "skipped", "organization", "failure", "success",
    "revenue", "payment", "income", "item", "address", "index", "non", "invoice", "class", "check", "auto", "credit",
    "service", "bill", "wages", "balance", "fuel", "vendor", "expense", "inventory", "bank", "taxes", "insurance",
    "voided", "debit",
    # Ordinary words of two more catalogs kept as their tools name them (a Q&A site's data dump, a racing results
    # database): grammar words, generic nouns and verbs, quarter codes, the nations and their people as any question
    # says them (places, nation_words); each was in the parser's code before those catalogs were written (eval/README
    # says which rules had come from outside wording about question-and-answer sites).
    "age", "answer", "close", "comment", "count", "text", "score", "tags", "views", "votes", "posts", "linked",
    "editor", "deletion", "dataset",
    "drivers", "qualifying", "races", "results", "seasons", "duration", "forename", "grid",
    "milliseconds", "points", "position", "q1", "q2", "q3", "rank", "round", "stop", "surname", "time", "wins",
    "engine", "ers", "finished", "retired", "korea", "russia", "uae",
    "american", "argentine", "australian", "austrian", "belgian", "brazilian", "british", "canadian", "chinese",
    "danish", "dutch", "finnish", "french", "german", "indian", "italian", "japanese", "malaysian", "mexican",
    "new zealander", "polish", "russian", "spanish", "swedish", "swiss", "thai", "venezuelan",
    # Identifiers the parser's comments give as examples of naming styles (output names, date roles, a person's parts).
    "total_amount", "payment_id", "due_date", "given_name",
}  # fmt: skip


def _catalog_names(path: Path) -> tuple[set[str], set[str]]:
    """Single-word names (matched as words) and phrases: names with spaces and text values (matched as text)."""
    catalog = _catalog(path)
    every = {t.name.lower() for t in catalog.tables} | {c.name.lower() for t in catalog.tables for c in t.columns}
    values = {v.lower() for t in catalog.tables for c in t.columns for v in c.values or [] if len(v) >= 3}
    words = {n for n in every if re.fullmatch(r"[a-z0-9_]+", n)}
    grammar = LANGUAGE_WORDS | CATALOG_LANGUAGE_WORDS
    figures = {n for n in every | values if n.isdigit()}  # account numbers, ids: figures, no vocabulary
    return words - grammar - figures, ((every - words) | values) - grammar - figures


@pytest.mark.parametrize("path", EVAL_CATALOGS, ids=lambda p: p.stem)
def test_parser_code_names_no_table_column_or_value_of_any_eval_catalog(path: Path) -> None:
    if not path.exists():
        pytest.skip(f"{path.name} not built (make eval-data)")
    assert _parser_hits(*_catalog_names(path)) == {}
