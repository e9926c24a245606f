"""Connection strings of user sources: the form DuckDB's scanners accept, and their secrets kept out of sight.

Postgres takes libpq `key=value` strings or `postgresql://` URIs; MySQL `key=value` strings (a
`mysql://` URI is rewritten into one); SQLite a file path. Whatever the form, `secrets_of` finds the
password so that `redact` can remove it from any text before it is shown or logged.
"""

from __future__ import annotations

import re
from urllib.parse import unquote, urlsplit

_KEY_VALUE = re.compile(r"""(\w+)\s*=\s*('(?:[^'\\]|\\.)*'|"(?:[^"\\]|\\.)*"|\S*)""")
_SECRET_KEYS = frozenset({"password", "passwd", "pwd", "sslpassword"})
_URI = re.compile(r"^[a-z][a-z0-9+.-]*://", re.IGNORECASE)
MASK = "***"


def _unquote_value(value: str) -> str:
    if len(value) >= 2 and value[0] == value[-1] and value[0] in "'\"":
        return re.sub(r"\\(.)", r"\1", value[1:-1])
    return value


def key_values(dsn: str) -> dict[str, str]:
    """The `key=value` pairs of a libpq-style string (lower-case keys)."""
    return {k.lower(): _unquote_value(v) for k, v in _KEY_VALUE.findall(dsn)}


def secrets_of(dsn: str) -> list[str]:
    """Every password-like value in `dsn`, as written and decoded (longest first)."""
    found: set[str] = set()
    if _URI.match(dsn.strip()):
        parts = urlsplit(dsn.strip())
        raw = parts.netloc.rpartition("@")[0].partition(":")[2] if "@" in parts.netloc else ""
        if raw:
            found |= {raw, unquote(raw)}
        for pair in parts.query.split("&"):
            key, _, value = pair.partition("=")
            if key.lower() in _SECRET_KEYS and value:
                found |= {value, unquote(value)}
    else:
        for key, value in _KEY_VALUE.findall(dsn):
            if key.lower() in _SECRET_KEYS and value:
                found |= {value, _unquote_value(value)}
    return sorted((s for s in found if s), key=len, reverse=True)


def redact(text: str, dsn: str) -> str:
    """`text` with every secret of `dsn` replaced by ***."""
    for secret in secrets_of(dsn):
        text = text.replace(secret, MASK)
    return text


def shown_dsn(dsn: str) -> str:
    """The DSN as the UI may show it: the password replaced by ***."""
    if _URI.match(dsn.strip()):
        parts = urlsplit(dsn.strip())
        if "@" in parts.netloc:
            userinfo, _, host = parts.netloc.rpartition("@")
            user, colon, _ = userinfo.partition(":")
            netloc = f"{user}{':' + MASK if colon else ''}@{host}"
            dsn = parts._replace(netloc=netloc).geturl()
        return redact(dsn, dsn)
    return _KEY_VALUE.sub(lambda m: f"{m.group(1)}={MASK}" if m.group(1).lower() in _SECRET_KEYS else m.group(0), dsn)


def mysql_dsn(dsn: str) -> str:
    """A `mysql://user:pass@host:port/db` URI as the `key=value` string the MySQL scanner reads."""
    text = dsn.strip()
    if not _URI.match(text):
        return text
    parts = urlsplit(text)
    pairs: dict[str, str] = {}
    if parts.hostname:
        pairs["host"] = parts.hostname
    if parts.port:
        pairs["port"] = str(parts.port)
    if parts.username:
        pairs["user"] = unquote(parts.username)
    if parts.password:
        pairs["passwd"] = unquote(parts.password)
    if parts.path.strip("/"):
        pairs["database"] = unquote(parts.path.strip("/"))
    return " ".join(f"{k}={_quote(v)}" for k, v in pairs.items())


def _quote(value: str) -> str:
    if value and not re.search(r"[\s'\"\\]", value):
        return value
    return "'" + value.replace("\\", "\\\\").replace("'", "\\'") + "'"
