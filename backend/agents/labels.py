"""Readable labels for column names: `body_mass_g` → `body mass (g)` (the frontend kit mirrors this)."""

from __future__ import annotations

import re

# Trailing name tokens that are units. Generic units only, no dataset vocabulary.
UNITS: dict[str, str] = {
    "g": "g", "kg": "kg", "mg": "mg", "lb": "lb", "lbs": "lb", "mm": "mm", "cm": "cm", "km": "km",
    "mi": "mi", "ms": "ms", "sec": "s", "secs": "s", "seconds": "s", "min": "min", "mins": "min",
    "minutes": "min", "hrs": "h", "hours": "h", "usd": "USD", "eur": "EUR", "gbp": "GBP", "pct": "%",
    "percent": "%", "mph": "mph", "kmh": "km/h", "kwh": "kWh", "mw": "MW", "gwh": "GWh", "ppm": "ppm",
}  # fmt: skip


def words_with_unit(name: str) -> str:
    """Identifier as lower-case words with a trailing unit in parentheses: `beak_length_mm` → `beak length (mm)`."""
    # camelCase and PascalCase split too: tripsLastYear → trips Last Year, HTTPStatus → HTTP Status.
    spaced = re.sub(r"(?<=[a-z0-9])(?=[A-Z])|(?<=[A-Z])(?=[A-Z][a-z])", " ", name)
    parts = [p for p in re.split(r"[^A-Za-z0-9%]+", spaced) if p]
    parts = parts[:1] + [p.lower() if p.istitle() and p.isalpha() else p for p in parts[1:]]
    if len(parts) > 1 and parts[-1].lower() in UNITS:
        unit = UNITS[parts.pop().lower()]
        return f"{' '.join(parts)} ({unit})"
    return " ".join(parts) if parts else name


# Leading aggregate abbreviations in column aliases (`avg_price` → "Average price").
PREFIXES: dict[str, str] = {
    "avg": "average", "mean": "average", "sum": "total", "min": "minimum", "max": "maximum",
    "med": "median", "cnt": "number of", "num": "number of", "n": "number of", "pct": "share of",
}  # fmt: skip


def readable(name: str) -> str:
    """A column label: `avg_body_mass_g` → `Average body mass (g)`, `total_amount` → `Total amount`."""
    text = words_with_unit(name).strip()
    first, _, rest = text.partition(" ")
    if rest and first.lower() in PREFIXES:
        text = f"{PREFIXES[first.lower()]} {rest}"
    return text[:1].upper() + text[1:] if text else name
