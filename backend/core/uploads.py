"""Uploaded files (CSV, TSV, Parquet, Excel, JSON) become Parquet tables with normalised names.

DuckDB's readers detect headers and types; this module adds what a user needs when a file is bad:
one clear sentence naming the problem (empty, not UTF-8, ragged rows, not a spreadsheet, too many
columns, nested too deeply), and nothing left behind on failure.
"""

from __future__ import annotations

import codecs
import csv
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

import duckdb

from backend.core.catalog import quote_ident, quote_literal
from backend.core.duckdb_extensions import load_extensions
from backend.core.duckdb_local import clean_message, configure
from backend.core.xlsx_file import sheet_names
from backend.models.errors import UnreadableFileError

FileFormat = Literal["csv", "tsv", "parquet", "xlsx", "json"]
MAX_COLUMNS = 1000
MAX_JSON_DEPTH = 32
_SUFFIXES: dict[str, FileFormat] = {
    ".csv": "csv", ".tsv": "tsv", ".tab": "tsv", ".txt": "csv", ".parquet": "parquet", ".pq": "parquet",
    ".xlsx": "xlsx", ".json": "json", ".jsonl": "json", ".ndjson": "json",
}  # fmt: skip
_NOT_NAME = re.compile(r"[^a-z0-9]+")


def normalise_name(text: str, fallback: str = "data") -> str:
    """Like the demo's columns: lower case, runs outside [a-z0-9] become `_`, never starting with a digit."""
    name = _NOT_NAME.sub("_", text.lower()).strip("_")
    if not name:
        return fallback
    return f"t_{name}" if name[0].isdigit() else name


def file_format(filename: str, head: bytes) -> FileFormat:
    """The format a file claims by its suffix, checked against its first bytes."""
    suffix = Path(filename).suffix.lower()
    if suffix == ".xls":
        raise UnreadableFileError("old .xls workbooks are not supported: save the file as .xlsx or CSV")
    fmt = _SUFFIXES.get(suffix)
    if fmt is None:
        raise UnreadableFileError(
            f"files ending in {suffix or '(no suffix)'} are not supported: upload CSV, TSV, Parquet, .xlsx or JSON"
        )
    if fmt == "parquet" and not head.startswith(b"PAR1"):
        raise UnreadableFileError("this is not a Parquet file (it does not start with PAR1)")
    return fmt


@dataclass(frozen=True)
class ConvertedTable:
    """One table of an upload, written as Parquet."""

    name: str
    path: Path
    sheet: str | None = None


NOT_UTF8 = "this file is not UTF-8 text{where}: save it as UTF-8 and upload again"


def _check_text(path: Path) -> str:
    """The encoding DuckDB should read: UTF-8 (optionally with BOM) or UTF-16 with BOM; else refused.

    Only the first megabyte is checked here (binary files, the common wrong encodings); DuckDB's reader
    checks the rest as it converts, and its encoding error is reported in the same words.
    """
    with path.open("rb") as f:
        head = f.read(1 << 20)
    if head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return "utf-16"
    if b"\x00" in head:
        raise UnreadableFileError("this is not a text file (it contains NUL bytes): upload CSV, TSV or JSON text")
    try:
        codecs.getincrementaldecoder("utf-8")().decode(head)  # a character cut at the end is fine
    except UnicodeDecodeError as exc:
        where = f" (byte 0x{head[exc.start : exc.start + 1].hex()} at position {exc.start:,})"
        raise UnreadableFileError(NOT_UTF8.format(where=where)) from None
    return "utf-8"


def _first_line(path: Path) -> str:
    with path.open("rb") as f:
        return f.readline(4 << 20).decode("utf-8", errors="replace").lstrip("\ufeff")


def _ragged_line(path: Path, delimiter: str) -> str | None:
    """The first row whose field count differs from the header's, as a sentence."""
    with path.open(newline="", encoding="utf-8", errors="replace") as f:
        reader = csv.reader(f, delimiter=delimiter)
        header: list[str] = next(reader, list[str]())
        for row in reader:
            if row and len(row) != len(header):
                return f"line {reader.line_num} has {len(row)} fields but the header has {len(header)}"
    return None


def _csv_source(path: Path, fmt: FileFormat) -> str:
    encoding = _check_text(path)
    header = _first_line(path)
    if not header.strip():
        raise UnreadableFileError("the first line is empty: the file needs a header row or data")
    delimiter = "\t" if fmt == "tsv" else max(",;\t|", key=header.count)
    if header.count(delimiter) + 1 > MAX_COLUMNS:
        raise UnreadableFileError(f"the file has {header.count(delimiter) + 1:,} columns; the limit is {MAX_COLUMNS:,}")
    options = f"encoding = {quote_literal(encoding)}"
    if fmt == "tsv":
        options += ", delim = '\\t'"
    return f"read_csv({quote_literal(str(path))}, {options})"


def _json_source(conn: duckdb.DuckDBPyConnection, path: Path) -> str:
    _check_text(path)
    relation = f"read_json({quote_literal(str(path))}, maximum_depth = {MAX_JSON_DEPTH})"
    types = [str(t[1]) for t in conn.execute(f"DESCRIBE SELECT * FROM {relation}").fetchall()]
    if any(t.count("[]") + t.count("(") >= MAX_JSON_DEPTH - 1 for t in types):
        raise UnreadableFileError(f"this JSON nests deeper than {MAX_JSON_DEPTH} levels: flatten it first")
    return relation


def _select_list(conn: duckdb.DuckDBPyConnection, relation: str, *, integral_doubles: bool) -> str:
    """Columns renamed like the demo's (unique), nested values as JSON text, whole DOUBLEs as BIGINT."""
    described = conn.execute(f"DESCRIBE SELECT * FROM {relation}").fetchall()
    if not described:
        raise UnreadableFileError("the file has no columns")
    if len(described) > MAX_COLUMNS:
        raise UnreadableFileError(f"the file has {len(described):,} columns; the limit is {MAX_COLUMNS:,}")
    seen: set[str] = set()
    parts: list[str] = []
    for index, row in enumerate(described, start=1):
        original, type_name = str(row[0]), str(row[1])
        name = normalise_name(original, f"column_{index}")
        while name in seen:
            name = f"{name}_{index}"
        seen.add(name)
        col = quote_ident(original)
        expr = col
        if any(k in type_name for k in ("STRUCT", "[]", "MAP", "JSON", "UNION")):
            expr = f"CAST(to_json({col}) AS VARCHAR)"
        elif integral_doubles and type_name == "DOUBLE":
            # The excel reader returns every number as DOUBLE: a column of whole numbers is an integer.
            whole = conn.execute(
                f"SELECT bool_and({col} = trunc({col}) AND abs({col}) < 9e15) FROM {relation}"
            ).fetchone()
            if whole and whole[0]:
                expr = f"CAST({col} AS BIGINT)"
        parts.append(f"{expr} AS {quote_ident(name)}")
    return ", ".join(parts)


def _write(conn: duckdb.DuckDBPyConnection, relation: str, out: Path, *, integral_doubles: bool = False) -> None:
    select = _select_list(conn, relation, integral_doubles=integral_doubles)
    conn.execute(f"COPY (SELECT {select} FROM {relation}) TO {quote_literal(str(out))} (FORMAT parquet)")


def convert(
    path: Path, filename: str, name: str, out_dir: Path, *, memory_limit: str = "1GB", threads: int = 2
) -> list[ConvertedTable]:
    """Write the upload at `path` as Parquet file(s) `out_dir/<table>.parquet`; raises `UnreadableFileError`.

    The caller removes `out_dir` on failure, so a bad file leaves nothing behind.
    """
    if path.stat().st_size == 0:
        raise UnreadableFileError("the file is empty (0 bytes)")
    with path.open("rb") as f:
        head = f.read(8)
    fmt = file_format(filename, head)
    conn = duckdb.connect(":memory:")
    try:
        configure(conn, threads=threads, memory_limit=memory_limit)
        if fmt == "xlsx":
            return _convert_xlsx(conn, path, name, out_dir)
        if fmt == "parquet":
            relation = f"read_parquet({quote_literal(str(path))})"
        elif fmt == "json":
            relation = _json_source(conn, path)
        else:
            relation = _csv_source(path, fmt)
        out = out_dir / f"{name}.parquet"
        _write(conn, relation, out)
        if fmt in ("csv", "tsv"):
            _check_shape(conn, path, out)
        return [ConvertedTable(name, out)]
    except duckdb.Error as exc:
        if "not utf-8 encoded" in str(exc).lower():
            raise UnreadableFileError(NOT_UTF8.format(where="")) from None
        raise UnreadableFileError(f"could not read this {fmt.upper()} file: {_short(exc)}") from None
    finally:
        conn.close()


def _check_shape(conn: duckdb.DuckDBPyConnection, path: Path, out: Path) -> None:
    """A CSV the sniffer read as one column although its header has delimiters has ragged rows."""
    columns = conn.execute(f"SELECT count(*) FROM parquet_schema({quote_literal(str(out))})").fetchone()
    header = _first_line(path)
    if columns and columns[0] - 1 == 1:  # parquet_schema lists the root too
        for delimiter in (",", ";", "\t", "|"):
            if delimiter in header and (problem := _ragged_line(path, delimiter)):
                raise UnreadableFileError(f"the rows do not all have the same number of fields: {problem}")


def _convert_xlsx(conn: duckdb.DuckDBPyConnection, path: Path, name: str, out_dir: Path) -> list[ConvertedTable]:
    sheets = sheet_names(path)
    load_extensions(conn, "excel")
    tables: list[ConvertedTable] = []
    for sheet in sheets:
        relation = f"read_xlsx({quote_literal(str(path))}, header = true, sheet = {quote_literal(sheet)})"
        try:
            rows = conn.execute(f"SELECT count(*) FROM {relation}").fetchone()
        except duckdb.Error:  # an empty or chart-only sheet has no table to read
            continue
        if not rows or rows[0] == 0:
            continue
        table = name if len(sheets) == 1 else f"{name}_{normalise_name(sheet, 'sheet')}"
        out = out_dir / f"{table}.parquet"
        _write(conn, relation, out, integral_doubles=True)
        tables.append(ConvertedTable(table, out, sheet))
    if not tables:
        raise UnreadableFileError("the workbook has no sheet with data")
    return tables


def _short(exc: duckdb.Error) -> str:
    """DuckDB's first sentence, without the path of the temporary file."""
    text = clean_message(exc).split("\n")[0]
    return re.sub(r"\"?/[^\s\"]+\"?", "the file", text)[:300]
