"""JSON text of result rows with decimals as exact JSON numbers.

`json` and Pydantic write a `decimal.Decimal` as a string or, through float, rounded
(`12345678901234567890.123456789` came back as `12345678901234567000.0`). Here each decimal is written
with its own digits as a JSON number: a browser's `JSON.parse` reads the nearest double (what a chart
draws), a decimal-aware reader (`json.loads(text, parse_float=Decimal)`) the exact value.
"""

from __future__ import annotations

import decimal
import json
import re
import secrets
from typing import Any

from pydantic import BaseModel


def dumps(value: Any, *, compact: bool = True) -> str:
    """`value` as JSON text (compact, or with `json`'s default spaces); decimals as JSON numbers with their
    exact digits."""
    # Decimals go through `default` as strings tagged with a random marker no stored text can predict
    # (the encoder writes its NUL as \\u0000), then the quoted marker is replaced by the bare number.
    marker = f"\x00{secrets.token_hex(8)}"

    def tagged(item: Any) -> str:
        if isinstance(item, decimal.Decimal) and item.is_finite():
            return marker + format(item, "f")
        raise TypeError(f"{type(item).__name__} is not JSON serialisable")

    text = json.dumps(
        value, default=tagged, ensure_ascii=False, allow_nan=False, separators=(",", ":") if compact else None
    )
    if "\\u0000" not in text:
        return text
    quoted = re.escape(json.dumps(marker)[1:-1])
    return re.sub(f'"{quoted}(-?[0-9.]+)"', r"\1", text)


def model_bytes(model: BaseModel, rows: list[list[Any]]) -> bytes:
    """A response model (its `rows` left empty) with `rows` encoded by `dumps`, fields in declared order."""
    fields = model.model_dump(mode="json", by_alias=True)
    fields["rows"] = rows
    return dumps(fields).encode()
