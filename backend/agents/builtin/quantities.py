"""Physical quantities and their units: the unit a numeric column is stored in (trip_s, sizeBytes, weight_g, or a
comment saying "in seconds") and the unit a question says a figure in ("longer than 2 hours", "over 5 MB", "in km"),
so a threshold is compared in the column's unit and an answer is given in the unit asked for. Money in subunits is
`money_units`' business; this module knows time, length, mass, data size, volume, metered work (kWh), power, speed and
temperature."""

from __future__ import annotations

import re
from dataclasses import dataclass
from itertools import pairwise

from backend.agents.builtin import lexicon as lx
from backend.models.catalog import ColumnInfo


@dataclass(frozen=True, slots=True)
class Unit:
    """A unit of one dimension: a value v in it is v * factor + offset in the dimension's base unit (seconds, metres,
    grams, bytes, litres, watt hours, watts, metres a second, degrees Celsius). `label` names it in an output."""

    dimension: str
    factor: float
    label: str
    offset: float = 0.0

    def to(self, other: Unit, value: float) -> float:
        """`value` in this unit, written in `other` (same dimension)."""
        return (value * self.factor + self.offset - other.offset) / other.factor


_KIB = 1024.0
# Every spelling of a unit, lower case, as written in questions, names and comments. A single letter is a unit only
# where its place says so (after a number, at the end of a name): see `_LETTERS`.
_TIME = {
    ("ms", "msec", "msecs", "millis", "millisecond", "milliseconds"): (0.001, "ms"),
    ("s", "sec", "secs", "second", "seconds"): (1.0, "seconds"),
    ("min", "mins", "minute", "minutes"): (60.0, "minutes"),
    ("h", "hr", "hrs", "hour", "hours"): (3600.0, "hours"),
    ("day", "days"): (86400.0, "days"),
    ("week", "weeks", "wk", "wks"): (604800.0, "weeks"),
}
_LENGTH = {
    ("mm", "millimetre", "millimetres", "millimeter", "millimeters"): (0.001, "mm"),
    ("cm", "centimetre", "centimetres", "centimeter", "centimeters"): (0.01, "cm"),
    ("m", "metre", "metres", "meter", "meters"): (1.0, "m"),
    ("km", "kms", "kilometre", "kilometres", "kilometer", "kilometers"): (1000.0, "km"),
    ("mi", "mile", "miles"): (1609.344, "miles"),
    ("ft", "foot", "feet"): (0.3048, "ft"),
    ("yd", "yard", "yards"): (0.9144, "yards"),
    ("inch", "inches"): (0.0254, "inches"),
}
_MASS = {
    ("mg", "milligram", "milligrams"): (0.001, "mg"),
    ("g", "gr", "gram", "grams", "gramme", "grammes"): (1.0, "g"),
    ("kg", "kgs", "kilo", "kilos", "kilogram", "kilograms"): (1000.0, "kg"),
    ("tonne", "tonnes"): (1e6, "tonnes"),
    ("lb", "lbs", "pound", "pounds"): (453.59237, "lb"),
    ("oz", "ounce", "ounces"): (28.349523125, "oz"),
}
_DATA = {
    ("byte", "bytes"): (1.0, "bytes"),
    ("kb", "kib", "kilobyte", "kilobytes"): (_KIB, "kb"),
    ("mb", "mib", "megabyte", "megabytes"): (_KIB**2, "mb"),
    ("gb", "gib", "gigabyte", "gigabytes"): (_KIB**3, "gb"),
    ("tb", "tib", "terabyte", "terabytes"): (_KIB**4, "tb"),
}
_VOLUME = {
    ("ml", "millilitre", "millilitres", "milliliter", "milliliters"): (0.001, "ml"),
    ("l", "litre", "litres", "liter", "liters"): (1.0, "litres"),
    ("m3",): (1000.0, "m3"),
    ("gal", "gallon", "gallons"): (3.785411784, "gallons"),
}
_ENERGY = {
    ("wh",): (1.0, "wh"),
    ("kwh",): (1e3, "kwh"),
    ("mwh",): (1e6, "mwh"),
    ("gwh",): (1e9, "gwh"),
}
_POWER = {("w", "watt", "watts"): (1.0, "w"), ("kw", "kilowatt", "kilowatts"): (1e3, "kw")}
_SPEED = {("kmh", "kph"): (1 / 3.6, "kmh"), ("mph",): (0.44704, "mph"), ("knot", "knots", "kn"): (1852 / 3600, "knots")}
_TEMPERATURE: dict[tuple[str, ...], tuple[float, str, float]] = {
    ("c", "°c", "celsius", "centigrade"): (1.0, "c", 0.0),
    ("f", "°f", "fahrenheit"): (5 / 9, "f", -160 / 9),
    ("kelvin",): (1.0, "k", -273.15),
}

UNITS: dict[str, Unit] = {}
for _dim, _table in (("time", _TIME), ("length", _LENGTH), ("mass", _MASS), ("data", _DATA), ("volume", _VOLUME),
                     ("watt_hours", _ENERGY), ("power", _POWER), ("speed", _SPEED)):  # fmt: skip
    for _spellings, (_factor, _label) in _table.items():
        UNITS.update(dict.fromkeys(_spellings, Unit(_dim, _factor, _label)))
for _spellings, (_factor, _label, _offset) in _TEMPERATURE.items():
    UNITS.update(dict.fromkeys(_spellings, Unit("temperature", _factor, _label, _offset)))

# Letters and short words that are a unit only in a unit's place: after a number, or last in a name after another word.
_LETTERS = frozenset({"s", "h", "m", "g", "c", "f", "l", "w", "mi", "gr", "kn", "min", "day", "week", "second",
                      "minute", "hour", "pound", "pounds", "foot", "kilo", "watt", "degree"})  # fmt: skip
# Last words of names that are a place in a cycle or a point in time rather than a length of time (pickup_hour,
# start_day, birth_week): only a plural or an abbreviation of a time unit measures a length.
_POINT_WORDS = frozenset({"second", "minute", "hour", "day", "week"})
# Words of a rate: the unit after them is a divisor (price_per_l, eurPerGb), not the column's unit.
_RATE_WORDS = frozenset({"per", "a", "each", "pct", "percent", "rate"})
# Currencies written before a unit make the column a price for one unit (price_usd_kwh).
_CURRENCIES = lx.CURRENCY_WORDS | frozenset({"sek", "nok", "dkk", "pln", "cent", "cents", "pence", "dollar", "euro",
                                            "price", "cost", "rate", "tariff", "fee"})  # fmt: skip
# Words of a length of time: "m" after them is minutes, not metres (wait_m).
_TIME_WORDS = frozenset({"duration", "time", "elapsed", "wait", "waiting", "idle", "lag", "runtime", "uptime",
                         "downtime", "dwell", "session", "length", "open", "ack", "response", "travel"})  # fmt: skip


# Unit words that are also money ("over 50 pounds"): they say no kind of quantity by themselves.
MONEY_UNITS = frozenset({"lb"})


def _raw_words(name: str) -> list[str]:
    """An identifier's words, lower case and unstemmed (plurals kept: a plural unit measures a length of time)."""
    spaced = re.sub(r"([a-z0-9])([A-Z])", r"\1 \2", name)
    return [w for w in re.split(r"[^a-z0-9°]+", spaced.lower()) if w]


# Words of money: "m" after them is millions (revenue_m), not metres.
_MONEY_WORDS = frozenset({"amount", "amt", "revenue", "sales", "value", "cost", "price", "budget", "income", "profit",
                          "spend", "gdp", "turnover", "usd", "eur", "gbp"})  # fmt: skip


def _leading_unit(words: list[str]) -> Unit | None:
    """The unit a name starts with when the rest says what was done for that long or that far (ms_played, km_driven,
    hrs_worked): a unit of two or more letters before a participle; "min" and "max" lead a lowest or highest figure."""
    first, last = words[0], words[-1]
    unit = UNITS.get(first)
    if unit is None or len(first) < 2 or not unit_word(first) or first in MONEY_UNITS or last in UNITS:
        return None
    return unit if last.endswith(("ed", "en", "wn")) and len(last) > 3 else None


def unit_word(word: str, longer: str = "") -> bool:
    """True for a word that is a unit (ms, kg, km) and so abbreviates no `longer` word, unless that is a spelling of
    the same unit (hr → hours): ms is no "mass". "min" and "max" are a lowest and a highest as often as minutes."""
    return word in UNITS and word not in {"min", "max"} and UNITS.get(longer) != UNITS[word]


def name_unit(name: str) -> Unit | None:
    """The unit a column's name ends on (trip_s, sizeBytes, labour_hrs, weight_kg), not a rate's divisor (eur_per_l,
    price_usd_kwh), a point in a cycle (pickup_hour) nor a tag (Salesforce's Amount__c)."""
    words = _raw_words(name)
    if not words or name.endswith("__c"):
        return None
    last = words[-1]
    if len(words) == 1:
        return UNITS.get(last) if last not in _LETTERS and last not in _POINT_WORDS else None
    leading = _leading_unit(words)
    if leading is not None:
        return leading
    before = words[-2]
    joined = UNITS.get(before + last)
    if joined is not None and joined.dimension == "speed":
        return joined  # speed_km_h
    unit = UNITS.get(last)
    if unit is None or last in _POINT_WORDS or before in _RATE_WORDS or before in _CURRENCIES or before in UNITS:
        return None
    if last == "min" and not set(words[:-1]) & _TIME_WORDS:
        return None  # a daily low's _min: the lowest, not minutes
    if last == "m" and set(words[:-1]) & _TIME_WORDS:
        return UNITS["min"]  # wait_m, duration_m: minutes
    if last == "m" and set(words[:-1]) & _MONEY_WORDS:
        return None  # revenue_m: millions
    return unit


# Adverbs of time a price is charged by (hourly_rate, daily_fee).
_PER_TIME = {"hourly": "hour", "daily": "day", "weekly": "week"}


def priced_unit(name: str) -> Unit | None:
    """The unit a price column charges for: the unit after a money or a rate word (rate_gbp_mwh → MWh, price_per_l →
    litres) or an adverb of time beside one (daily_fee_usd → days); None for any other name."""
    words = _raw_words(name)
    if not set(words) & (_CURRENCIES | {"per"}):
        return None
    timed = next((_PER_TIME[w] for w in words if w in _PER_TIME), None)
    if timed is not None:
        return UNITS[timed]
    after = [w for before, w in pairwise(words) if before in _CURRENCIES | {"per"} and w in UNITS]
    return UNITS[after[0]] if len(after) == 1 and after[0] not in MONEY_UNITS else None


# A unit in a comment: after "in" ("length of the session in seconds"), first ("seconds the door stood open"), or
# after a comma or an opening bracket up to the end of the clause ("used during the hour, kWh").
_COMMENT_TOKEN = re.compile(r"[a-z0-9]+|[,;()]")
_DEGREES = frozenset({"degree", "degrees", "deg"})
_ENDS = frozenset({",", ";", ")"})


def comment_unit(comment: str) -> Unit | None:
    """The unit a column's comment says its figures are in, else None (a count of seconds since an epoch is a time)."""
    if "epoch" in comment.lower():
        return None
    toks = _COMMENT_TOKEN.findall(comment.lower().replace("°", " degrees "))
    for k, w in enumerate(toks):
        unit = _unit_phrase(toks, k)
        if unit is None:
            continue
        size = 2 if w in _DEGREES and k + 1 < len(toks) and toks[k + 1] in UNITS else 1
        bracketed = k > 0 and toks[k - 1] == "(" and k + 1 < len(toks) and toks[k + 1] == ")"
        if w in _LETTERS and w not in _DEGREES and not bracketed:
            continue  # a letter or a singular time word in running text ("C = critical", "during the hour")
        first = k == 0
        after_in = k > 0 and toks[k - 1] in ("in", "as")
        clause = k > 0 and toks[k - 1] in (",", "(") and (k + size == len(toks) or toks[k + size] in _ENDS)
        if first or after_in or clause:
            return unit
    return None


def _unit_phrase(toks: list[str], k: int) -> Unit | None:
    """The unit written at k: a word, or "degrees" with the scale after it ("degrees Celsius")."""
    if toks[k] in _DEGREES:
        scale = UNITS.get(toks[k + 1]) if k + 1 < len(toks) else None
        return scale if scale is not None and scale.dimension == "temperature" else None
    return UNITS.get(toks[k])


def column_unit(col: ColumnInfo) -> Unit | None:
    """The unit a numeric column's figures are in, from its name, else its comment."""
    if col.kind != "numeric":
        return None
    return name_unit(col.name) or comment_unit(col.comment or "")


# What a figure of each dimension is called when its column is named by its unit alone (Milliseconds, Bytes, kWh).
_DIMENSION_NOUNS: dict[str, frozenset[str]] = {
    "time": frozenset({"duration", "length"}),
    "length": frozenset({"length", "distance"}),
    "mass": frozenset({"weight", "mass", "heavy"}),
    "data": frozenset({"size", "big"}),
    "volume": frozenset({"volume"}),
    "watt_hours": frozenset({"energy", "consumption", "usage"}),
    "power": frozenset({"power", "load"}),
    "speed": frozenset({"speed", "fast"}),
    "temperature": frozenset({"temperature", "warm", "hot", "cold"}),
}


def unit_nouns(name: str, unit: Unit | None) -> frozenset[str]:
    """The words a figure is called by when its column's name is its unit and nothing else (a track's Milliseconds is
    its length, a file's Bytes its size); empty for any other name."""
    words = _raw_words(name)
    if unit is not None and len(words) > 1 and _leading_unit(words) == unit:
        # ms_played: how long it played, its (listening) time
        said = frozenset({"time"}) if unit.dimension == "time" else frozenset[str]()
        return _DIMENSION_NOUNS.get(unit.dimension, frozenset[str]()) | said
    if unit is None or len(words) != 1 or words[0] in _LETTERS or UNITS.get(words[0]) != unit:
        return frozenset()  # "min" alone may be a minimum as well as minutes
    return _DIMENSION_NOUNS.get(unit.dimension, frozenset())


def question_unit(word: str, next_word: str = "") -> tuple[Unit, int] | None:
    """The unit a question's words after a number name ("5 MB", "2 hours", "-18 °C", "20 degrees Celsius") and how
    many words it takes; plain "degrees" says no scale, so it converts nothing."""
    if word in _DEGREES:
        scale = UNITS.get(next_word)
        return (scale, 2) if scale is not None and scale.dimension == "temperature" else None
    unit = UNITS.get(word)
    return (unit, 1) if unit is not None else None


def shown_name(column: str, unit: Unit, asked: Unit) -> str:
    """The column's name with its unit word replaced by the unit asked for (trip_s → trip_hours), or the unit added."""
    words = _raw_words(column)
    if words and UNITS.get(words[-1]) == unit:
        words = words[:-1]
    elif len(words) > 1 and _leading_unit(words) == unit:
        words = words[1:]  # ms_played → played_minutes
    return "_".join([*words, asked.label])


def asked_unit(words: list[str]) -> tuple[int, Unit] | None:
    """ "average trip duration in hours", "total size in GB": where the unit an answer is asked in is written (the
    position of "in") and the unit. A letter ("in m") or a word that is also money ("in pounds") says no unit, and a
    temperature is left in its own scale (its zero moves)."""
    for k in range(len(words) - 1):
        unit = UNITS.get(words[k + 1])
        if words[k] != "in" or unit is None or words[k + 1] in _LETTERS or unit.label in MONEY_UNITS:
            continue
        if unit.offset == 0.0 and unit.dimension != "temperature":
            return k, unit
    return None


def divisor(stored: Unit, asked: Unit) -> float | None:
    """What a figure stored in `stored` is divided by to read in `asked` (3600 from seconds to hours), or None when
    the two measure different things or are the same unit."""
    if stored.dimension != asked.dimension or stored.factor == asked.factor or stored.offset or asked.offset:
        return None
    return asked.factor / stored.factor


# Short forms that are other words too ("per min" may be a minimum) and units that are also money ("per pound").
_SHORT_WORDS = frozenset({"mi", "gr", "kn", "min", "pound", "pounds"})


def rate_unit(word: str) -> Unit | None:
    """The unit a word after "per" names ("per kilometre", "per tonne", "per hour"): a whole word, never a letter or
    a short form that is also another word ("per m", "per min" say no unit)."""
    unit = UNITS.get(word) if len(word) > 1 and word not in _SHORT_WORDS else None
    return unit if unit is not None and unit.dimension != "temperature" else None


def waiting_time(name: str) -> bool:
    """A column counting the time between two moments (lead_time_days, queue_mins), not an amount of time used or
    sold (run_hrs, labour_hours): nothing to charge per unit of."""
    return bool(set(_raw_words(name)) & _TIME_WORDS)


def raw_words(name: str) -> list[str]:
    """An identifier's words, lower case, plurals kept (numBales → num, bales)."""
    return _raw_words(name)
