"""Recognises a message that is itself SQL, so it is run (through the guard) rather than parsed as English."""

from __future__ import annotations

import re

import sqlglot
from sqlglot import exp
from sqlglot.errors import SqlglotError

# Write/admin statements count as SQL only with the keyword that makes them real SQL; English such as
# "delete everything" or "update the chart" goes to the analyst instead.
_STATEMENT_KEYWORDS: dict[type[exp.Expr], str] = {
    exp.Drop: r"\b(table|view|schema|database|index|macro)\b",
    exp.Insert: r"\binto\b",
    exp.Delete: r"\bfrom\b",
    exp.Update: r"\bset\b",
    exp.Copy: r"\b(to|from)\b",
    exp.Create: r"\b(table|view|schema|macro|secret|index|sequence)\b",
    exp.Alter: r"\btable\b",
    exp.Pragma: r".",
    exp.Attach: r"'",
    exp.Install: r"^\s*install\s+\w+\s*$",
}

_FIRST_WORDS = frozenset(
    [
        "select",
        "with",
        "from",
        "values",
        "table",
        "drop",
        "insert",
        "delete",
        "update",
        "copy",
        "create",
        "alter",
        "pragma",
        "attach",
        "detach",
        "install",
        "load",
        "call",
        "export",
        "import",
        "pivot",
        "unpivot",
    ]
)

# Statements sqlglot leaves unparsed, recognised by their unmistakable shape.
_COMMAND = re.compile(
    r"^\s*(attach\s+'|install\s+\w+\s*$|load\s+\w+\s*$|call\s+\w+\s*\(|export\s+database\s|import\s+database\s)",
    re.IGNORECASE,
)


def looks_like_sql(message: str) -> bool:
    """True when the whole message parses as one or more SQL statements (not English)."""
    text = message.strip().rstrip(";").strip()
    words = text.split()
    if len(words) < 2 or words[0].lower() not in _FIRST_WORDS:
        return False
    try:
        statements = [s for s in sqlglot.parse(text, read="duckdb") if s is not None]
    except SqlglotError:
        return False
    if not statements:
        return False
    for statement in statements:
        if isinstance(statement, exp.Command):
            if not _COMMAND.match(str(statement.sql(dialect="duckdb"))):
                return False
            continue
        if isinstance(statement, exp.Query):
            continue
        pattern = next((p for t, p in _STATEMENT_KEYWORDS.items() if isinstance(statement, t)), None)
        if pattern is None or not re.search(pattern, text, re.IGNORECASE):
            return False
    return True
