"""Generic vocabulary: stop words, number words, aggregates, time words, business synonyms."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import Protocol, TypeVar

from backend.agents.builtin.models import Agg, Bucket

STOPWORDS = frozenset([
    "a", "an", "the", "of", "for", "in", "on", "at", "to", "from", "with", "and", "or", "by", "per", "each",
    "every", "is", "are", "was", "were", "be", "been", "show", "me", "give", "list", "display", "what",
    "which", "who", "whom", "how", "many", "much", "do", "does", "did", "i", "we", "you", "it", "its", "this",
    "that", "these", "those", "there", "their", "please", "can", "could", "would", "should", "tell", "find",
    "get", "see", "plot", "chart", "graph", "draw", "visualize", "visualise", "make", "create", "all", "any",
    "some", "as", "about", "into", "than", "then", "over", "under", "between", "data", "table", "value",
    "values", "'s", "my", "our", "your", "let", "lets", "just", "only", "also", "other", "others", "vs",
    "versus", "across", "among", "within", "during", "when", "where", "why", "while", "up", "down", "out",
    "off", "has", "have", "had", "not", "no", "none", "one"
])  # fmt: skip

NUMBER_WORDS = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
    "ten": 10, "eleven": 11, "twelve": 12, "fifteen": 15, "twenty": 20, "thirty": 30, "fifty": 50,
    "hundred": 100, "dozen": 12,
}  # fmt: skip

# Aggregate words; multi-word phrases are matched on token sequences.
AGG_PHRASES: dict[tuple[str, ...], Agg] = {
    ("how", "many"): "count", ("number", "of"): "count", ("count",): "count", ("count", "of"): "count",
    ("total",): "sum", ("sum",): "sum", ("sum", "of"): "sum", ("overall",): "sum", ("cumulative",): "sum",
    ("average",): "avg", ("avg",): "avg", ("mean",): "avg", ("typical",): "avg",
    ("minimum",): "min", ("min",): "min", ("smallest",): "min", ("least",): "min",
    ("maximum",): "max", ("max",): "max", ("largest",): "max", ("biggest",): "max", ("highest",): "max",
    ("lowest",): "min", ("median",): "median", ("peak",): "max", ("standard", "deviation"): "stddev",
    ("stddev",): "stddev", ("std",): "stddev", ("variability",): "stddev",
}  # fmt: skip
AVERAGE_WORDS = frozenset(k[0] for k, agg in AGG_PHRASES.items() if agg == "avg" and len(k) == 1)
DISTINCT_WORDS = frozenset({"distinct", "unique", "different"})
# Words before a column that say whose it is: "below their reorder point", "sort names by their age".
OWNER_WORDS = frozenset({"the", "their", "its", "his", "her"})
# What is left of the money coming in after the money going out: the difference of an income and a cost column.
DIFFERENCE_NOUNS = frozenset({"profit", "profits", "margin", "margins"})
DERIVED_WORDS = DIFFERENCE_NOUNS | {"minus", "difference", "running", "cumulative", "cumulatively", "individual",
                                    "various", "bubble", "sized"}  # fmt: skip

BUCKET_WORDS: dict[str, Bucket] = {
    "day": "day", "daily": "day", "date": "day", "week": "week", "weekly": "week", "month": "month",
    "monthly": "month", "quarter": "quarter", "quarterly": "quarter", "year": "year", "yearly": "year",
    "annual": "year", "annually": "year", "decade": "decade", "decades": "decade",
    "weekday": "weekday", "weekdays": "weekday",
}  # fmt: skip
# Hours are a bucket only where the question groups by them ("by hour"): as a word everywhere else a column may
# count hours. Over more than a week of data they are the hour of the day.
HOUR_WORDS = frozenset({"hour", "hourly"})
# A month column's own words (MoSold, month_no): the month of the year, 1 to 12.
MONTH_WORDS = frozenset({"month", "months", "mo", "mon"})


def bucket_of(word: str) -> Bucket | None:
    """The time bucket a word asks for: "monthly" → month, "hour" → hour."""
    return BUCKET_WORDS.get(word) or ("hour" if word in HOUR_WORDS else None)


TREND_WORDS = frozenset({"trend", "trends", "trending", "evolution", "evolve", "evolved", "timeline", "history"})

MONTHS = {
    "jan": 1, "january": 1, "feb": 2, "february": 2, "mar": 3, "march": 3, "apr": 4, "april": 4, "may": 5,
    "jun": 6, "june": 6, "jul": 7, "july": 7, "aug": 8, "august": 8, "sep": 9, "sept": 9, "september": 9,
    "oct": 10, "october": 10, "nov": 11, "november": 11, "dec": 12, "december": 12,
}  # fmt: skip

# Concepts of generic business/analytics words → words that column names commonly contain.
# A question word in a concept matches columns whose name contains one of the concept's words. Only words of
# the language of analysis live here; a catalog's own terms come from its names, comments and synonyms file.
CONCEPTS: dict[str, tuple[str, ...]] = {
    "money": ("revenue", "sales", "sale", "amount", "income", "earnings", "turnover", "gross", "spend",
              "spending", "value", "profit", "margin", "payment", "paid", "salary", "wage", "pay", "budget", "money",
              "dollars", "usd", "eur", "wealth"),
    "price": ("price", "cost", "fee", "charge", "expensive", "cheap", "costly"),
    "quantity": ("quantity", "units", "unit", "items", "item", "volume", "count", "pieces", "sold", "selling",
                 "sells", "sell"),
    "date": ("date", "time", "day", "when", "timestamp", "datetime", "period"),
    "rating": ("rating", "score", "stars", "rank", "grade", "review", "rated"),
    "size": ("size", "length", "width", "height", "area", "weight", "mass"),
    "people": ("population", "people", "inhabitants", "headcount", "employees", "staff", "workers", "personnel"),
    "kind": ("category", "type", "kind", "class", "group", "genre", "segment", "family"),
    "name": ("name", "title", "label"),
    # The job a person holds: "hours by role", "average rate by position" read a job title kept under any of these.
    "job": ("job", "role", "position", "title", "occupation", "designation"),
    "cost": ("cost", "costs", "expense", "expenses", "loss", "losses"),
    # Leaving: a yes/no column named for it (attrition, churn, exited) is what "employees who left" asks about; no
    # abbreviation in a column name stands for them (a short prefix of one is some other word).
    "leaving": ("attrition", "churn", "churned", "left", "leaver", "leavers", "quit", "exited", "exit", "resigned"),
}  # fmt: skip
# "order value", "basket size": the money column averaged per row.
PER_ROW_MONEY = frozenset({("order", "value"), ("basket", "size"), ("order", "size"), ("ticket", "size"),
                           ("transaction", "value"), ("cart", "value"), ("basket", "value"), ("deal", "size"),
                           ("order", "amount"), ("invoice", "value")})  # fmt: skip
# Measures that adjectives and units talk about: "heaviest" → a weight column, "150 minutes" → a duration.
MEASURE_WORDS: dict[str, frozenset[str]] = {
    "weight": frozenset({"weight", "mass", "lbs", "lb", "kg", "heavy", "weigh"}),
    "temperature": frozenset({"temperature", "heat", "hot", "warm"}),
    "price": frozenset({"price", "cost", "fee", "charge", "budget"}),
    "length": frozenset({"length", "duration", "running", "runtime", "minutes", "minute", "min", "hours", "long"}),
    "distance": frozenset({"distance", "mile", "miles", "km", "kilometers", "kilometres"}),
    "date": frozenset({"date", "year", "time", "day", "released", "release"}),
    "size": frozenset({"size", "area", "amount", "volume", "quantity", "population", "mass", "weight"}),
    "speed": frozenset({"speed", "velocity", "knots", "mph", "fast"}),
    "height": frozenset({"height", "elevation", "altitude", "tall"}),
    "people": frozenset({"population", "people", "inhabitants"}),
    "money": frozenset({"revenue", "amount", "gross", "income", "sales", "earnings", "profit", "salary", "budget",
                        "wealth"}),
    "rating": frozenset({"rating", "score", "stars", "grade"}),
    "age": frozenset({"age"}),
    # What a person earns ("employees who earn over 5000"): their pay, else money paid to them.
    "pay": frozenset({"salary", "wage", "wages", "pay", "income", "earnings", "compensation", "money"}),
}  # fmt: skip
# Superlative adjectives → (measure concept, descending). "most"/"least" + a COMPARABLE word works the same way.
SUPERLATIVES: dict[str, tuple[str, bool]] = {
    "heaviest": ("weight", True), "lightest": ("weight", False), "hottest": ("temperature", True),
    "warmest": ("temperature", True), "coldest": ("temperature", False), "coolest": ("temperature", False),
    "cheapest": ("price", False), "priciest": ("price", True), "costliest": ("price", True),
    "longest": ("length", True), "shortest": ("length", False), "farthest": ("distance", True),
    "furthest": ("distance", True), "nearest": ("distance", False), "closest": ("distance", False),
    "oldest": ("date", False), "earliest": ("date", False), "newest": ("date", True), "latest": ("date", True),
    "youngest": ("date", True), "biggest": ("size", True), "largest": ("size", True), "smallest": ("size", False),
    "fastest": ("speed", True), "slowest": ("speed", False), "quickest": ("speed", True),
    "tallest": ("height", True), "richest": ("money", True), "wealthiest": ("money", True),
    "poorest": ("money", False), "best": ("rating", True), "worst": ("rating", False),
}  # fmt: skip
# Concepts of a figure each thing has (its price, its weight), not one that adds up over things (money, size, people):
# a group is ranked by the average of such a figure ("the most expensive makes").
INTENSIVE_CONCEPTS = frozenset({"price", "weight", "temperature", "length", "speed", "height", "rating", "age"})
COMPARABLE: dict[str, str] = {"expensive": "price", "populous": "people", "recent": "date", "recently": "date",
                              "profitable": "money", "popular": "rating", "wealthy": "money", "rich": "money"}  # fmt: skip
# Comparative adjectives and units of a numeric condition: "longer than 150 minutes", "heavier than 3000".
COMPARATIVES: dict[str, str] = {
    "longer": "length", "shorter": "length", "heavier": "weight", "lighter": "weight", "weigh": "weight",
    "weighs": "weight", "weighing": "weight", "older": "age", "younger": "age", "newer": "date", "hotter": "temperature",
    "warmer": "temperature", "colder": "temperature", "cheaper": "price", "costlier": "price", "faster": "speed",
    "slower": "speed", "taller": "height", "cost": "price", "costs": "price", "costing": "price", "priced": "price",
    "minutes": "length", "minute": "length", "mins": "length", "min": "length", "hours": "length",
    "miles": "distance", "mile": "distance", "km": "distance", "kilometers": "distance", "lbs": "weight",
    "pounds": "weight", "kg": "weight", "grams": "weight", "g": "weight", "degrees": "temperature",
    "earn": "pay", "earns": "pay", "earned": "pay", "earning": "pay",
}  # fmt: skip
# A column named like "<x> type" / "kind of <x>": these words only say "the categories of".
KIND_WORDS = frozenset({"type", "types", "kind", "kinds", "category", "categories", "sort", "sorts", "class"})
COMPARE_WORDS = frozenset({"compare", "comparing", "compared", "comparison", "vs", "versus"})
UNIT_WORDS = frozenset({"mm", "cm", "m", "km", "g", "kg", "lb", "lbs", "usd", "eur", "pct", "ft", "c", "f", "%",
                        "degrees", "miles", "minutes", "hours", "percent", "dollars", "units"})  # fmt: skip
# Units of electricity or heat metered over an interval: a column measured in them (kWh used per hour) adds up like an amount.
# Units of a level (degrees, percent, volts, kW of power) do not, nor a unit written after another one: the divisor of a
# rate (a tariff in euros per kWh).
ACCUMULATING_UNITS = frozenset({"wh", "kwh", "mwh", "gwh", "twh", "kvah", "kvarh", "mj", "gj", "therm", "therms"})
KIND_STEMS = frozenset({"type", "kind", "category", "sort", "class"})
# "wait time", "visit length": a duration noun after a column's words names that column when it counts time units.
DURATION_NOUNS = frozenset({"time", "duration", "length"})
TIME_UNIT_STEMS = frozenset({"second", "sec", "minute", "min", "hour", "hr", "hrs", "day", "week"})
# How strongly a concept matches, relative to an exact column-name match.
CONCEPT_WEIGHT = 0.55

# Money-like column words: the target of "revenue"/"sales" and summed by default.
MONEY_WORDS = frozenset({"revenue", "sale", "sales", "amount", "income", "earning", "earnings", "turnover", "gross",
                         "profit", "payment", "spend", "spending", "total", "cost", "price", "value", "fee",
                         "salary", "wage", "budget"})  # fmt: skip
# Money units a money column's name may end on ("box_office_usd"): the column holds money in them.
CURRENCY_WORDS = frozenset({"usd", "eur", "gbp", "chf", "jpy", "cad", "aud", "inr", "cny", "dollars", "euros"})
# Columns whose values add up meaningfully (sum by default); everything else is averaged. A numeric column named
# by a plural count noun ("visits", "returns") adds up too (catalog_index decides that from the name).
ADDITIVE_WORDS = frozenset({"revenue", "sale", "sales", "amount", "income", "earning", "earnings", "turnover",
                            "gross", "profit", "payment", "spend", "spending", "total", "quantity", "unit",
                            "units", "count", "volume", "sold", "cost", "fee", "budget", "hours", "minutes",
                            "population", "people", "net", "charge", "surcharge", "commission", "fare",
                            "paid", "billed", "tip", "extended"})  # fmt: skip
# Words of a rate, a share or an average ("rebate_pct", "cost_per_unit", "hourly_rate"): such a column never adds
# up, whatever amount it is a rate of.
RATE_WORDS = frozenset({"pct", "percent", "percentage", "rate", "ratio", "per", "avg", "average", "mean"})
# A column holding a threshold for another of the same row ("reorder level", "credit limit", "target yield").
THRESHOLD_WORDS = frozenset(
    {"level", "limit", "threshold", "target", "minimum", "min", "maximum", "max", "quota", "budget", "capacity", "par",
     "point", "goal", "cap", "allowance", "planned", "plan", "expected", "promised", "required", "due", "budgeted",
     "estimated", "estimate", "forecast", "projected", "scheduled", "allocated", "allotted"}
)  # fmt: skip
# Columns that identify rows rather than measure anything.
ID_WORDS = frozenset({"id", "uuid", "guid", "key", "code", "zip", "sku", "isbn", "no", "nr", "num"})
LABEL_WORDS = ("name", "title", "label", "description")
# Text written about a row (a comment, a note): it never names the row, however many values it has.
NOTE_WORDS = frozenset({"comment", "note", "remark", "memo", "annotation", "observation"})

SHARE_WORDS = frozenset({"share", "proportion", "breakdown", "composition", "percentage", "percent", "fraction",
                         "mix", "portion"})  # fmt: skip
# Nouns of a part of a whole ("share of revenue", "percentage of orders"); "%" counts when "of" follows it.
SHARE_NOUNS = frozenset({"share", "percentage", "percent", "proportion", "fraction", "pct"})
# Money a row records that was not taken in: a tax, a carrier's charge, a tip, pay for staff, or a
# figure planned rather than earned (a quota, a target, a budget). A question about revenue or sales never means these,
# even when their names end in a money word ("tax amount", "sales quota").
NOT_TAKINGS = frozenset({"tax", "vat", "gst", "duty", "freight", "shipping", "postage", "handling", "tip",
                         "gratuity", "surcharge", "commission", "bonus", "salary", "wage", "refund", "deposit",
                         "deductible", "levy", "quota", "target", "budget", "forecast", "estimate", "estimated",
                         "projected", "planned", "goal"})  # fmt: skip
# The last word of money charged for a service (a freight charge, a shipping fee): summed over the rows like takings.
CHARGE_WORDS = frozenset({"charge", "charges", "fee", "fees"})
# Verbs of an explicit order, followed by "by" and the column: "ordered by age", "sorted by capacity".
ORDER_VERBS = frozenset({"ordered", "sorted", "order", "sort", "arranged", "ranked", "rank"})
# Aggregates that take a figure's numbers (no engine takes the average or the total of text).
NUMERIC_AGGS = frozenset({"sum", "avg", "median", "stddev"})
TOP_WORDS = frozenset({"top", "best", "highest", "most", "largest", "biggest", "leading", "greatest"})
BOTTOM_WORDS = frozenset({"bottom", "worst", "lowest", "least", "smallest", "fewest"})
NEGATION_WORDS = frozenset({"excluding", "exclude", "except", "without", "not", "excluded", "but", "besides"})
# Kinds of chart named before "chart"/"plot"/"graph" ("bar chart"): a request for that chart.
CHART_KINDS = frozenset({"bar", "bars", "line", "area", "pie", "donut", "doughnut", "scatter", "bubble", "column",
                         "histogram", "box", "boxplot", "whisker"})  # fmt: skip
SCATTER_WORDS = frozenset({"vs", "versus", "against", "relationship", "correlation", "correlate", "correlated",
                           "relation", "scatter", "bubble"})  # fmt: skip
# Words that ask for two measures of each row plotted against each other (a scatter needs both).
PAIR_WORDS = frozenset({"scatter", "scatterplot", "bubble", "correlation", "correlate", "correlated", "relationship"})
DISTRIBUTION_WORDS = frozenset({"distribution", "histogram", "distributed", "spread", "frequency", "frequencies"})
# A negation of the participle that follows, and the words that may stand between: "haven't been returned".
DENIALS = frozenset({"not", "never", "non", "t", "nt", "un", "no", "without"})
# Words that say a yes/no property is false: "late trips" are the ones not on time.
ANTONYMS: dict[str, tuple[str, ...]] = {
    "late": ("on", "time"), "tardy": ("on", "time"), "overdue": ("on", "time"), "absent": ("present",),
    "invalid": ("valid",), "unverified": ("verified",), "incomplete": ("complete",), "unsuccessful": ("successful",),
    "unpaid": ("paid",), "unresolved": ("resolved",), "unread": ("read",), "open": ("closed",),
}  # fmt: skip
# Verbs a yes/no column's name may start with before its property: is_shut, WasPaid.
_FLAG_VERBS = frozenset({"is", "was", "has"})


class _Named(Protocol):
    @property
    def words(self) -> tuple[str, ...]: ...
    @property
    def flag(self) -> object: ...


_C = TypeVar("_C", bound=_Named)


def opposed_flags(by_word: Mapping[str, Sequence[_C]], word: str) -> list[_C]:
    """The yes/no columns a word of ANTONYMS says false of ("open" of a closed flag, "late" of on_time): named by
    the opposite property, alone or after its verb."""
    said = ANTONYMS.get(word)
    if said is None:
        return []
    return [
        c
        for c in by_word.get(said[-1], [])
        if c.flag is not None
        and (c.words == said or (len(c.words) == len(said) + 1 and c.words[0] in _FLAG_VERBS and c.words[1:] == said))
    ]


AUXILIARIES = frozenset({"be", "been", "being", "is", "are", "was", "were", "has", "have", "had", "haven", "hasn",
                         "hadn", "isn", "aren", "wasn", "weren", "didn", "don", "doesn", "did", "do", "does", "get",
                         "got", "yet", "ever", "'", "-", "that", "which", "who", "still", "under", "on", "a", "an"})  # fmt: skip
# Dates of a row compared with each other: "shipped after the due date", "returned before it was due".
AFTER_WORDS = frozenset({"after", "past", "beyond"})
BEFORE_WORDS = frozenset({"before"})
DETERMINERS = frozenset({"the", "a", "an", "their", "its", "his", "her", "our", "my", "your", "this", "that"})
# Nouns that follow a date column's own name without naming another column: "the due date", "its ship day".
DATE_NOUNS = frozenset({"date", "day", "time", "timestamp"})
# A row's event after (before) the date it was planned for: "late deliveries", "overdue loans", "early returns".
LATE_WORDS = frozenset({"late", "overdue", "belated"})
EARLY_WORDS = frozenset({"early", "ahead"})
# A date of the row's person, no event of the row.
BIRTH_WORDS = frozenset({"birth", "born", "birthday", "birthdate"})
AGE_ADJECTIVES = frozenset({"oldest", "youngest"})  # of people: by their birth dates or their ages
# Endings of words built from a root ("resolution", "shipment", "payable"): such a word is likely spelled right.
DERIVATIONAL_ENDINGS = ("tion", "sion", "ment", "ness", "ity", "ance", "ence", "able", "ible", "ive", "ous", "ful",
                        "less", "ship", "ism", "ist", "ure", "ing", "ed", "ly", "al")  # fmt: skip
# Inflections a known root takes ("hired", "sells", "earning"): such a word is spelled right.
INFLECTIONS = ("ing", "ers", "es", "ed", "er", "s", "d")
# The two values of a yes/no column, lower-case: ("y", "n") holds for "Y"/"N".
YES_NO_VALUES = (("y", "n"), ("yes", "no"), ("t", "f"), ("true", "false"))
# Words for money taken in: what a sale's money adds up to ("revenue", "how much did they spend").
TAKINGS = frozenset({"revenue", "sales", "sale", "spend", "spending", "spent", "turnover", "income", "takings",
                     "earnings", "grossed"})  # fmt: skip
# Plural nouns that count goods ("units sold", "how many items"): the quantity of a line, not a price per unit nor the
# units in stock, unless the question says the rest of such a name.
COUNT_NOUNS = frozenset({"units", "items", "pieces"})
ROW_WORDS = frozenset({"list", "rows", "records", "raw", "details", "individual", "entries", "examples"})
# Participles of verbs whose agent "by" may name (with those ending in -ed): "parcels sent by courier", "bouts won by".
# The past participle of a verb whose forms differ by more than an ending, by its base and its other forms: a column
# named by the participle (is_won, units_sold) is what "win rate" or "how many did we sell" asks about.
IRREGULAR_PARTICIPLES: dict[str, str] = {
    **dict.fromkeys(("win", "wins", "winning"), "won"),
    **dict.fromkeys(("lose", "loses", "losing"), "lost"),
    **dict.fromkeys(("sell", "sells", "selling"), "sold"),
    **dict.fromkeys(("buy", "buys", "buying"), "bought"),
    **dict.fromkeys(("pay", "pays", "paying"), "paid"),
    **dict.fromkeys(("send", "sends", "sending"), "sent"),
    **dict.fromkeys(("break", "breaks", "breaking"), "broken"),
    **dict.fromkeys(("write", "writes", "writing"), "written"),
    **dict.fromkeys(("hold", "holds", "holding"), "held"),
    **dict.fromkeys(("give", "gives", "giving"), "given"),
    **dict.fromkeys(("take", "takes", "taking"), "taken"),
}
PARTICIPLES = frozenset({"won", "lost", "beaten", "drawn", "played", "scored", "sent", "made", "taken", "done", "sold",
                         "paid", "held", "run", "written", "given", "bought", "brought", "taught", "caught", "driven",
                         "flown", "ridden", "seen", "kept", "led", "met", "built", "shown", "chosen"})  # fmt: skip
# Words that ask for one group per value of what follows ("by", "per each", "across"); with "every" ("for every
# depot"), what opens a grouping; with words setting groups side by side, what groups an aggregate (no listing of rows).
GROUPING_WORDS = frozenset({"by", "per", "each", "across"})


def past_form(word: str) -> bool:
    """A past form of a verb: "placed", "sold", "held"."""
    return word.endswith("ed") or word in PARTICIPLES


GROUP_OPENERS = GROUPING_WORDS | {"every"}
GROUP_WORDS = GROUP_OPENERS | {"vs", "versus", "breakdown"}
# A listing of rows: its question words, verbs and the fillers between a verb and the rows' noun ("show me all").
ROW_ASKS = frozenset({"which", "what", "list", "name", "who"})
LISTING_VERBS = frozenset({"list", "show", "give", "find", "get", "display", "see", "fetch", "pull", "return"})
LISTING_FILLERS = frozenset({"me", "us", "all", "the", "of", "every", "any", "our", "my", "those", "these"})
# A request's polite opening: "can you list …", "I'd like to see …", "please show …", "kindly give …".
COURTESY_WORDS = frozenset({"can", "could", "would", "will", "you", "please", "kindly", "i", "we", "want", "like",
                            "to", "need", "d"})  # fmt: skip
UNSUPPORTED_VERBS = frozenset({"delete", "drop", "remove", "insert", "update", "truncate", "alter", "create",
                               "modify", "erase", "wipe", "destroy", "overwrite", "grant", "shutdown",
                               "attach", "install", "copy", "write"})  # fmt: skip
# Change verbs that also name a past deed the data records: "how many posts did users write" asks about rows.
RECORDED_VERBS = frozenset({"write", "create", "make", "post", "add"})
# Openings of a question that reads rows ("how many", "which", "what"), never of a command.
ASKING_OPENERS = frozenset({"how", "which", "what", "who", "whose", "number", "count", "when", "where"})
FUTURE_WORDS = frozenset({"tomorrow", "forecast", "predict", "prediction", "will", "future", "next"})


# Words of measures a column name may abbreviate (qty → quantity, amt → amount, hc → headcount); dates,
# names and kinds are found by column type, not by spelling.
ANALYSIS_TERMS = frozenset(
    ADDITIVE_WORDS
    | MONEY_WORDS
    | {w for k, ws in MEASURE_WORDS.items() if k != "date" for w in ws}
    | {w for k, ws in CONCEPTS.items() if k not in ("date", "name", "kind", "leaving", "job") for w in ws}
)


_MORE_KNOWN = frozenset({"more", "less", "fewer", "greater", "higher", "lower", "bigger", "larger", "smaller",
                          "longer", "shorter", "heavier", "lighter", "older", "younger", "cheaper", "above", "below",
                          "exceeding", "compare", "compared", "changed", "change", "over", "since", "between",
                          "people", "which", "where", "there", "their", "these", "those", "whose", "about",
                          "order", "orders", "sells", "sold", "worse", "better", "leader", "ranked", "cities",
                          "including", "include", "instead", "rather", "split", "broken", "colored", "coloured",
                          "sorted", "ascending", "descending", "alphabetical", "alphabetically", "stacked", "break", "later", "earlier",
                          "record", "records"})  # fmt: skip

# Verbs and nouns of a row's first event ("opened", "registration"): its start date, never a state it is in.
START_WORDS = frozenset({"create", "created", "creation", "open", "opened", "opening", "start", "started", "begin",
                         "order", "ordered", "placed", "place", "submit", "submitted", "request", "requested",
                         "apply", "applied", "application", "register", "registered", "registration", "receive",
                         "received", "book", "schedule", "scheduled", "sign", "signup", "join", "joined",
                         "issue", "issued", "raise", "raised", "report", "reported", "log", "logged", "post",
                         "posted", "enrol", "enroll", "admit", "admitted", "since", "hire", "hired",
                         "check", "checked", "borrow", "borrowed", "rent", "rented", "depart", "departed",
                         "departure", "pickup", "picked", "dispatch", "dispatched", "sent", "send"})  # fmt: skip

# Cues of a part of a text value ("name starting with A", "containing the word Hey"): known, so never "corrected".
PATTERN_WORDS = frozenset({"contains", "contain", "containing", "includes", "starts", "start", "starting", "started",
                           "begins", "begin", "beginning", "ends", "end", "ending", "letter", "letters", "substring",
                           "phrase", "word", "words"})  # fmt: skip


def _lexicon_terms() -> frozenset[str]:
    """Every generic word the parser understands (targets for typo correction)."""
    words: set[str] = set(_MORE_KNOWN)
    words |= {w for k in AGG_PHRASES for w in k}
    words |= TOP_WORDS | BOTTOM_WORDS | TREND_WORDS | SHARE_WORDS | DISTRIBUTION_WORDS
    words |= SCATTER_WORDS | ROW_WORDS | set(SUPERLATIVES) | set(COMPARABLE) | set(COMPARATIVES)
    words |= DERIVED_WORDS | NEGATION_WORDS | UNSUPPORTED_VERBS | FUTURE_WORDS | DISTINCT_WORDS | UNIT_WORDS
    words |= set(BUCKET_WORDS) | set(MONTHS) | set(NUMBER_WORDS) | KIND_WORDS | COMPARE_WORDS
    words |= LATE_WORDS | EARLY_WORDS | AFTER_WORDS | BEFORE_WORDS | LISTING_VERBS | GROUP_WORDS | _MORE_KNOWN
    words |= PATTERN_WORDS
    for ws in (*CONCEPTS.values(), *MEASURE_WORDS.values()):
        words |= set(ws)
    return frozenset(w for w in words if w.isalpha())


LEXICON_TERMS = _lexicon_terms()


@dataclass(frozen=True, slots=True)
class Token:
    """A question word: original text, lower-case form, stem and position."""

    text: str
    lower: str
    stem: str
    pos: int
    number: float | None = None
    owner: bool = False  # written with 's: it owns the noun after it


def word_token(text: str, pos: int = 0) -> Token:
    """A token for a word the parser writes into a question itself (a rewrite's "number of", a fixed spelling)."""
    low = text.lower()
    return Token(text, low, stem(low), pos, parse_number(low))


def renumbered(tokens: Sequence[Token]) -> list[Token]:
    """The tokens with their positions counted again from 0, once words were put in or taken out."""
    return [Token(t.text, t.lower, t.stem, p, t.number, t.owner) for p, t in enumerate(tokens)]


_TOKEN_RE = re.compile(
    r"\d{4}-\d{2}-\d{2}|\d{3}0s\b|\d+\+(?![\w+])|(?:(?<![\w.,-])-)?\$?\d+(?:,\d{3}(?!\d))*(?:\.\d+)?(?:[kmb]\b)?%?|[a-z][a-z0-9]*(?:'s)?|[<>]=?|[\"'$%]|(?<=\d)[-–](?=\d)|#(?=\s*[a-z])|(?<=\s)[+/](?=\s)",
    re.IGNORECASE,
)
_SUFFIX = {"k": 1e3, "m": 1e6, "b": 1e9}


def stem(word: str) -> str:
    """Light plural stemming, applied identically to questions and catalog names.

    Plurals in -ies and singulars in -ie meet on -y ("categories", "category"; "cookies", "cookie"), so the
    stem never needs a list of exceptions.
    """
    w = word.lower()
    if len(w) <= 3 or w.endswith(("ss", "us", "is", "ics")):
        return w
    if w.endswith("ie"):
        return w[:-2] + "y"
    if w.endswith("ies") and len(w) > 4:
        return w[:-3] + "y"
    if w.endswith(("ches", "shes", "xes", "sses")):
        return w[:-2]
    if w.endswith("s"):
        return w[:-1]
    return w


def parse_number(text: str) -> float | None:
    """Numeric value of a token such as 1,000, $50, 2.5k or 10%."""
    t = text.lower().lstrip("$").rstrip("%").replace(",", "")
    mult = 1.0
    if t and t[-1] in _SUFFIX:
        mult, t = _SUFFIX[t[-1]], t[:-1]
    try:
        return float(t) * mult
    except ValueError:
        return float(NUMBER_WORDS[t]) if t in NUMBER_WORDS else None


def tokenize(question: str) -> list[Token]:
    """Split a question into tokens; quotes, $ and comparison symbols are kept as tokens."""
    tokens: list[Token] = []
    for m in _TOKEN_RE.finditer(unaccented(question)):
        text = m.group(0)
        if text == "#":  # "by # children", "# of stays": the number of
            then = question[m.end() :].lstrip().lower()
            words = ("number",) if then.startswith("of ") else ("number", "of")
            tokens.extend(Token(w, w, w, len(tokens) + k) for k, w in enumerate(words))
            continue
        if len(text) > 1 and text.endswith("+"):  # "3+ late gizmos": at least 3 (a lone "+" adds)
            text = text[:-1]
            tokens.extend(Token(w, w, w, len(tokens) + k) for k, w in enumerate(("at", "least")))
            tokens.append(Token(text, text, text, len(tokens), parse_number(text)))
            continue
        owner = text.lower().endswith("'s")
        if owner:
            text = text[:-2]
        lower = text.lower().replace("–", "-")  # a range dash between numbers: 2017–2019
        if lower[0] == "$" and len(lower) > 1:
            tokens.append(Token("$", "$", "$", len(tokens)))
            text, lower = text[1:], lower[1:]
        num = None if re.fullmatch(r"\d{4}-\d{2}-\d{2}", lower) else parse_number(lower)
        tokens.append(Token(text, lower, stem(lower), len(tokens), num, owner))
    # "refunds by month in $", "$ written off by year": a dollar sign before no figure is the word for money.
    return [
        Token(t.text, "dollars", stem("dollars"), t.pos) if t.lower == "$" and _no_figure_after(tokens, t.pos) else t
        for t in tokens
    ]


def _no_figure_after(tokens: Sequence[Token], i: int) -> bool:
    return i + 1 >= len(tokens) or tokens[i + 1].number is None


def share_noun_at(tokens: Sequence[Token], i: int) -> bool:
    """A noun of a part of a whole at i: "share", "percentage" ..., or "%" written as one ("% of revenue"), which after
    a number ("10 % of") is that number's unit."""
    low = low_at(tokens, i)
    if low == "%":
        return low_at(tokens, i + 1) == "of" and (i == 0 or tokens[i - 1].number is None)
    return low in SHARE_NOUNS


def low_at(tokens: Sequence[Token], i: int) -> str:
    """Lower-case token at i, or '' outside the question."""
    return tokens[i].lower if 0 <= i < len(tokens) else ""


def name_words(name: str) -> list[str]:
    """Stemmed words of an identifier or value: snake_case, camelCase, spaces and digits split."""
    return list(_name_words(name))


def unaccented(text: str) -> str:
    """The text with accents left out of its letters ("Curaçao" → "Curacao"): a word typed with or without them is
    one word."""
    if text.isascii():
        return text
    return "".join(ch for ch in unicodedata.normalize("NFKD", text) if not unicodedata.combining(ch))


def spaced_name(name: str) -> str:
    """A name with its words spaced where the case or a version number says one ends: OrderLine → Order Line, and a
    number after a word of 3 or more letters stands apart (Widget2Id → Widget 2 Id, address1 → address 1;
    ab1, mp3 stay whole). A short tag after a double underscore ends no word of it: Colour__c, score__x are a
    vendor's marks of a custom field, named by what comes before."""
    spaced = re.sub(r"([a-z])([A-Z])", r"\1 \2", re.sub(r"(?<=[A-Za-z0-9])__[A-Za-z]{1,3}$", "", name))
    return re.sub(r"(?<![A-Za-z])([A-Za-z]{3,})([0-9]+)(?![0-9])", r"\1 \2 ", spaced)


@lru_cache(maxsize=1 << 16)
def _name_words(name: str) -> tuple[str, ...]:
    # Every turn splits the same catalog names again (table choice, key roles): split each name once.
    spaced = spaced_name(unaccented(name))
    return tuple(stem(w) for w in re.split(r"[^a-z0-9]+", spaced.lower()) if w)


@lru_cache(maxsize=4096)
def shared_first_word(names: tuple[str, ...]) -> str | None:
    """A first word every name starts with, each name having more words (wrk_id, wrk_name → wrk): the table's tag."""
    firsts = {_name_words(n)[:1] for n in names}
    if len(names) < 2 or len(firsts) != 1:
        return None
    (first,) = firsts
    return first[0] if first and all(len(_name_words(n)) > 1 for n in names) else None


_CONCEPT_INDEX: dict[str, frozenset[str]] = {}
for _concept, _words in CONCEPTS.items():
    for _w in _words:
        for _form in (_w, stem(_w)):
            _CONCEPT_INDEX[_form] = _CONCEPT_INDEX.get(_form, frozenset()) | {_concept}


def concept_of(word: str) -> frozenset[str]:
    """Concepts a (stemmed) word belongs to."""
    return _CONCEPT_INDEX.get(word, frozenset())


_VOWELS = frozenset("aeiou")


def skeleton(word: str) -> str:
    """First letter plus the consonants, doubled letters once: quantity → qnty, department → dprtmnt."""
    out = word[:1]
    for ch in word[1:]:
        if ch not in _VOWELS and ch != out[-1]:
            out += ch
    return out


def abbreviates(short: str, word: str) -> bool:
    """True when `short` abbreviates `word`: its prefix (dept, emp, desc) or its consonant skeleton (qty, amt, mgr).

    A skeleton abbreviation keeps the first and last letters of the skeleton and picks the others in order, so
    qty ↔ quantity, amt ↔ amount, mgr ↔ manager, dept ↔ department; two letters must be the whole skeleton
    (yr ↔ year), and a skeleton keeps vowels of one syllable only (depot is no short form of deposit).
    """
    x_at = short.find("x")
    if len(short) >= 2 and word.startswith("trans") and x_at in (0, 1) and short[:x_at] == word[:x_at]:
        # The written convention x = "trans", first letter kept or not: xfer ↔ transfer, txn ↔ transaction.
        spelled = "trans" + short[x_at + 1 :]
        return spelled == word or abbreviates(spelled, word)
    if len(short) < 2 or len(short) >= len(word) or short[0] != word[0] or not short.isalpha():
        return False
    if len(short) >= 3 and word.startswith(short):
        return True
    sk, mine = skeleton(word), skeleton(short)
    letters = iter(word)
    if len(mine) == 2:
        # Two letters are too few to pick from a long word: yr ↔ year, not dt ↔ dividend; and the short form's
        # vowels are the word's too: till is no abbreviation of total.
        return sk == mine and all(ch in letters for ch in short) and _whole_sounds(short, word)
    if mine[-1] != sk[-1] or len(mine) > len(sk) or _vowel_runs(short) > 1:
        return False
    it = iter(sk)
    # Every letter of the short form, vowels too, appears in order in the word: tray is no abbreviation of territory.
    return all(ch in it for ch in mine) and all(ch in letters for ch in short) and _whole_sounds(short, word)


def _vowel_runs(word: str) -> int:
    """How many runs of vowels a word has. A short form picked from a word's letters keeps vowels of its first
    syllable only (recv, dept, govt); one that keeps a later vowel too is a word of its own (depot ≠ deposit)."""
    return sum(1 for k, ch in enumerate(word) if ch in _VOWELS and (k == 0 or word[k - 1] not in _VOWELS))


def _runs(word: str) -> list[str]:
    """The word cut into its runs of vowels and single other letters: steam → s, t, ea, m."""
    out: list[str] = []
    for ch in word:
        if out and ch in _VOWELS and out[-1][-1] in _VOWELS:
            out[-1] += ch
        else:
            out.append(ch)
    return out


def _whole_sounds(short: str, word: str) -> bool:
    """Each vowel the short form keeps is a whole vowel sound of the word, in order: dept keeps department's e and
    recv receive's e, but stem keeps half of steam's ea (a different word, not its short form)."""
    want, have = _runs(short), _runs(word)
    k = 0
    for part in want:
        while k < len(have) and have[k] != part:
            k += 1
        if k == len(have):
            return False
        k += 1
    return True


def edit1(a: str, b: str) -> bool:
    """True when a and b differ by one insertion, deletion, substitution or transposition."""
    if a == b or abs(len(a) - len(b)) > 1:
        return a == b
    if len(a) == len(b):
        diff = [i for i in range(len(a)) if a[i] != b[i]]
        if len(diff) == 1:
            return True
        return len(diff) == 2 and diff[1] == diff[0] + 1 and a[diff[0]] == b[diff[1]] and a[diff[1]] == b[diff[0]]
    short, long_ = (a, b) if len(a) < len(b) else (b, a)
    i = 0
    while i < len(short) and short[i] == long_[i]:
        i += 1
    return short[i:] == long_[i + 1 :]


def plural(word: str) -> str:
    """A noun's plural by its ending: reply → replies, box → boxes, day → days, order → orders."""
    if len(word) > 2 and word.endswith("y") and word[-2] not in "aeiou":
        return word[:-1] + "ies"
    if word.endswith(("s", "x", "z", "ch", "sh")):
        return word + "es"
    return word + "s"


def counted(noun: str) -> str:
    """A noun as counted ("number of …"): kept when it ends in -s already (orders, sales), else its plural
    (categories, not categorys)."""
    return noun if noun.endswith("s") else plural(noun)
