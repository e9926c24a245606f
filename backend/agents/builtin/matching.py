"""Question → table/column/value mentions, driven only by catalog metadata."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from backend.agents.builtin import lexicon as lx
from backend.agents.builtin.catalog_index import (
    UNIT_WORDS,
    CatalogIndex,
    ColumnEntry,
    Mention,
    TableEntry,
    is_month,
    raw_words,
)
from backend.agents.builtin.line_items import line_pair, price_columns, said_words
from backend.agents.builtin.quantities import UNITS, name_unit, unit_nouns
from backend.agents.builtin.sold_prices import sale_prices


def correct(idx: CatalogIndex, word: str) -> str:
    """A catalog word within edit distance 1 of a long unknown word, else the word itself."""
    if len(word) < 5 or word in idx.vocab or word in lx.STOPWORDS or lx.concept_of(word):
        return word
    for cand in idx.vocab:
        if len(cand) >= 5 and abs(len(cand) - len(word)) <= 1 and lx.edit1(word, cand):
            return cand
    return word


MENTION_SPAN = 5  # the most words one mention spans


def find_mentions(idx: CatalogIndex, words: Sequence[str | None], stems: Sequence[str] | None = None) -> list[Mention]:
    """All candidate mentions; `words` holds the normalised word per token position, None where already consumed.

    Values are matched on the question's own stems (`stems`, default `words`): a word that also abbreviates a
    name ("district" ↔ dstrct, and a role value "District Head") names the table, and the value as written.
    """
    out: list[Mention] = []
    n = len(words)
    asked = frozenset(b for w in words if w and (b := lx.bucket_of(w)))  # "per year", "by month" anywhere
    if any(w is None for w in words):
        asked |= {"year"}  # a date ("in 2008", "after 2000") is read on a year column before a month one
    for i in range(n):
        for j in range(i + 1, min(n, i + MENTION_SPAN) + 1):
            span = words[i:j]
            if any(w is None for w in span):
                break
            ws = [w for w in span if w is not None]
            raw = tuple(stems[i:j]) if stems is not None else tuple(ws)
            if j - i >= 2 or (raw[0] not in lx.STOPWORDS):
                # A value may start or end with a stop word when it has more words: "no-fault", "pay as you go".
                out.extend(_value_mentions(idx, i, j, raw))
            if ws[0] in lx.STOPWORDS and len(ws) >= 2 and ws[-1] not in lx.STOPWORDS:
                # "list price": a column's whole name that begins with a word a question also uses alone.
                whole = tuple(ws)
                out.extend(
                    Mention(i, j, "column", c.table, c.name, FULL_NAME, via="name")
                    for c in idx.by_word.get(ws[-1], [])
                    if c.words == whole
                )
            if j - i == 1 and ws[0] in lx.ANTONYMS:
                # "late trips" for an OnTime flag: the flag's rows where it is false (roles.yes_no)
                out.extend(
                    Mention(i, j, "column", c.table, c.name, FULL_NAME, via="antonym")
                    for c in lx.opposed_flags(idx.by_word, ws[0])
                )
            if j - i == 1 and ws[0] in lx.STOPWORDS and i and words[i - 1] in _GROUP_CUES:
                # "by show", "per list": a column named by a word that is otherwise a command, after a grouping cue.
                out.extend(
                    Mention(i, j, "column", c.table, c.name, FULL_NAME, via="name")
                    for c in idx.by_word.get(ws[0], [])
                    if c.words == (ws[0],) and not c.is_id
                )
            if ws[0] in lx.STOPWORDS or ws[-1] in lx.STOPWORDS or "by" in ws[1:-1]:
                continue  # "loans by approver" groups loans by the approver, it is no name of approved_by
            out.extend(_name_mentions(idx, i, j, ws, words[i - 1] if i else None, words[j] if j < n else None, asked))
            if j - i == 1:
                # "max rpm" for revolutions_per_minute: the initials the question writes say the whole name
                out.extend(
                    Mention(i, j, "column", c.table, c.name, FULL_NAME, via="name")
                    for c in idx.by_word.get(raw[0], [])
                    if raw[0] == _initials(c) and not c.is_id
                )
            if j - i == 1:
                # A table name of several words written as one: "salesperson" → SalesPerson.
                for name in idx.squeezed.get(ws[0], []):
                    out.append(Mention(i, j, "table", name, None, FULL_NAME, via="compound"))
                for c in idx.squeezed_columns.get(ws[0], []):
                    out.append(Mention(i, j, "column", c.table, c.name, FULL_NAME, via="compound"))
            # A table's model name in an `<app>_<model>` catalog: "memberships", "class types" ↔ <app>_classtype.
            out.extend(
                Mention(i, j, "table", name, None, FULL_NAME + 0.5 * (j - i - 1), via="compound")
                for name in idx.models.get("".join(ws), [])
            )
            if j - i >= 2:
                # A table name written as separate words: "order lines" → orderlines.
                for name in idx.compounds.get("".join(ws), []):
                    if len(idx.tables[name].words) < j - i:
                        out.append(Mention(i, j, "table", name, None, 3.0, via="compound"))
                # A column name written as one word that the catalog could not read as words: "orchard block" →
                # orchardblock.
                for c in idx.joined.get("".join(ws), []):
                    out.append(Mention(i, j, "column", c.table, c.name, FULL_NAME, via="compound"))
    return out


TIMED_BONUS = 0.5
MODIFIER_SHARE = 0.5  # what a table mention on a money word that only qualifies its noun keeps of its score
FULL_NAME = 3.0  # the score of a mention naming a table by all its words
_BUCKET_CUES = frozenset({"per", "by", "each", "every", "a"})
_GROUP_CUES = frozenset({"per", "by", "each", "every"})


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
            elif c.info.kind == "numeric" and (said := set(c.words) | c.expanded | unit_nouns(c.name, c.unit)) & stems:
                hit = said & stems  # a name that is its unit (Milliseconds) is the figure it measures (a length)
                fit = len(hit) / max(len(c.key_words | (set(c.words) & stems)), 1)
                fit = max(fit, 0.5) + (0.1 if c.is_money and concept in ("size", "money") else 0.0)
            else:
                continue
            out.append((c, fit))
    out.sort(key=lambda cf: -cf[1])
    return out


def adjective_mentions(idx: CatalogIndex, start: int, end: int, concept: str, aged: bool = False) -> list[Mention]:
    """Column mentions for a superlative adjective's measure ("heaviest" → weight_kg); of an age ("oldest",
    "youngest": `aged`), a birth date before any other date."""
    hits = measure_columns(idx, concept)
    if aged:
        hits = [(c, fit + 0.3 if set(c.words) & lx.BIRTH_WORDS else fit) for c, fit in hits]
        # An age in years ranks people too, before any date but a birth date (the planner turns its direction).
        hits = sorted([*hits, *((c, fit + 0.2) for c, fit in measure_columns(idx, "age"))], key=lambda cf: -cf[1])
    tables = {c.table for c, _ in hits}
    # "the longest trips": a table without a length ranks by its distance (and the other way round).
    near = [(c, fit * 0.8) for c, fit in measure_columns(idx, _NEAR.get(concept, "")) if c.table not in tables]
    return [
        Mention(start, end, "column", c.table, c.name, 1.0 + 2.0 * fit, "adjective", spec=0.6) for c, fit in hits + near
    ]


_NEAR = {"length": "distance", "distance": "length"}
_SHORTEST_STEM = 3  # the shortest last word of a value a question may write longer ("out" of "outages")


def _value_mentions(idx: CatalogIndex, i: int, j: int, key: tuple[str, ...]) -> list[Mention]:
    """Spans equal to a known value of a low-cardinality column."""
    hits = idx.values.get(key, [])
    if not hits and key[-1].endswith("s") and len(key[-1]) > 3:
        hits = idx.values.get((*key[:-1], key[-1][:-1]), [])  # "vaccines" for the value "Vaccine"
    if not hits and len(key) == 2 and key[0] == "on" and key[1].isalpha():
        # "on loan": the state the noun's participle names (a value "loaned")
        hits = idx.values.get((key[1] + "d",), []) or idx.values.get((key[1] + "ed",), [])
    score = 2.6 + 0.4 * (len(key) - 1)
    inner = tuple(w for w in key if w not in lx.STOPWORDS)
    if not hits and len(key) >= 3 and 2 <= len(inner) < len(key) and inner[0] == key[0] and inner[-1] == key[-1]:
        # "dismissed on appeal" for the code a comment explains as "D = dismissed on appeal" (its meaning is kept
        # without its stop words); a stored value keeps them, so only codes are found so.
        hits = [(t, c, v) for t, c, v in idx.values.get(inner, []) if (t, c, v) in idx.meanings]
    if not hits and len(key) == 1 and key[0] in idx.value_heads and not lx.bucket_of(key[0]):
        # ("per month" asks for time buckets, never every value ending in the word: 'two_per_month', 'trial_month')
        # "leaves" for the values "paid leave" and "unpaid leave" of one column: all of them.
        heads = idx.value_heads[key[0]]
        if len(heads) >= 2 and len({(t, c) for t, c, _ in heads}) == 1 and key[0] not in idx.vocab:
            t, c, v = heads[0]
            return [Mention(i, j, "value", t, c, 2.4, "head", v)]  # the roles stage takes every value of the head
    if not hits and len(key) >= 2 and _unknown(idx, key[-1]):
        # "signal failures" for the value "Signal Fail": a value of several words whose last one the
        # question writes longer (the words before it the same, the one it writes no catalog word)
        hits = [
            h
            for words, found in idx.values.items()
            if len(words) == len(key)
            and words[:-1] == key[:-1]
            and len(words[-1]) >= _SHORTEST_STEM
            and key[-1].startswith(words[-1])
            for h in found
        ]
        hits = hits if len({v for _, _, v in hits}) == 1 else []
    if not hits and len(key) == 1 and _unknown(idx, key[0]):
        # "horti" for the value Horticulture: the beginning of one value's only word, when the word is nothing else.
        hits = idx.value_prefixes.get(key[0], [])
        score = 2.2 if len({v for _, _, v in hits}) == 1 else 0.0
        hits = hits if score else []
    # A value spelled like a time word ("Day") is weak evidence: "per day" is about time buckets.
    spec = 0.0 if all(w in lx.BUCKET_WORDS for w in key) else 1.0
    return [Mention(i, j, "value", t, c, score, "value", v, spec) for t, c, v in hits]


def _unknown(idx: CatalogIndex, word: str) -> bool:
    """A word that is no catalog word, value word, concept or function word of the language."""
    known = word in idx.vocab or word in idx.value_words or word in lx.STOPWORDS or bool(lx.concept_of(word))
    return not known and word.isalpha() and word not in lx.LEXICON_TERMS


def _name_mentions(
    idx: CatalogIndex,
    i: int,
    j: int,
    ws: list[str],
    prev: str | None = None,
    nxt: str | None = None,
    asked: frozenset[str] = frozenset(),
) -> list[Mention]:
    """Spans naming a table, a column (optionally qualified by its table's words), or a column concept."""
    out: list[Mention] = []
    content = [w for w in ws if w not in lx.STOPWORDS]
    wset = set(ws)  # every word must belong to the name: "salary by grade" is two mentions, not one
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
        # "contract type", "type of contract": the kind word only says "the categories of" the column.
        wset = set(content) - kinds
    for t in idx.tables.values():
        tw = set(t.words)
        if wset <= tw and not stripped:
            # A full multi-word name ("order status") outweighs its words read separately; a money word that only
            # qualifies the table's noun ("sales" of SalesRep, a rep) names money more than that table.
            score = 3.0 * len(wset) if wset == tw else 3.0 * len(wset) / len(tw)
            if wset != tw and wset & _TAKEN_IN and t.words[-1] not in wset:
                score *= MODIFIER_SHARE
            out.append(Mention(i, j, "table", t.info.name, None, score, spec=spec))
    cands: dict[int, ColumnEntry] = {}
    for w in content:
        for c in idx.by_word.get(w, []):
            cands[id(c)] = c
    timed = len(content) > 1 and content[-1] in lx.DURATION_NOUNS
    if timed:
        # "track length", "episode duration": the table's own noun before a span word names the column that only
        # says it is a span in a unit of time (tracks.duration_ms); "flipper length" names no span of a dive.
        for t in idx.tables.values():
            if set(content[:-1]) <= set(t.words):
                cands |= {id(c): c for c in t.columns if _span_only(c)}
    for c in cands.values():
        tw = set(idx.tables[c.table].words)
        head = set(content[:-1])
        # "number of trees" names number_trees whole (a count kept in a number column; a text "number" such as a
        # part number is the row's code, and "number of parts" counts the rows)
        numbered = "of" in wset and "number" in c.words and c.info.kind == "numeric" and not c.is_id
        cw = set(content) if numbered and set(content) <= set(c.words) else wset
        cw = spelled_out(c, cw)
        spanned = head <= tw and _span_only(c)
        if timed and head <= set(c.words) | tw and (head & set(c.words) or spanned) and _in_time_unit(c):
            # "cooldown time" for cooldown_minutes, "gate open time" for gate_open_s: the duration noun says the
            # unit, so the other words name the figure whole.
            keys = c.key_words - _unit_words(c) or c.key_words
            covered = 1.0 if spanned and not head & set(c.words) else len(head & keys) / max(len(keys), 1)
            whole = 1.0 if covered == 1 else spec  # the name said whole with its unit: nothing else it could mean
            out.append(Mention(i, j, "column", c.table, c.name, 1.5 + 2.0 * covered, "duration", spec=whole))
            continue
        if not cw <= (set(c.words) | tw) or not cw & set(c.words):
            money_date = bool(cw & _TAKEN_IN) and c.info.kind == "temporal"  # "for sale" in a date's comment
            if cw <= (c.aliases | tw) and cw & c.aliases and not cw <= lx.KIND_STEMS and not money_date:
                # The column's comment names it in the owner's words ("people killed" for fatalities). A word that is
                # another table's whole name ("due to the customer") names that table first.
                share = len(cw & c.aliases) / max(len(c.aliases), 1)
                other = any(set(t.words) == cw and t.info.name != c.table for t in idx.tables.values())
                # A bare key word its comment says ("key of the parent job") names a key to another row, not the
                # row's own key that the word alone means.
                score = 1.0 if other or cw <= lx.ID_WORDS else 1.5 + 1.5 * share
                out.append(Mention(i, j, "column", c.table, c.name, score, "comment", spec=spec))
            continue
        if cw & _TAKEN_IN and ((c.key_words - cw) & lx.NOT_TAKINGS or (c.is_id and cw <= _TAKEN_IN)):
            continue  # "revenue" alone never names a revenue target, nor "sales" a sales tax or (alone) a SalesRepID
        named = set(content) if stripped and set(content) <= set(c.words) | tw else cw
        # "fuel type" names fuel_type whole: its kind word is part of the name, not a hint.
        # Words said together name the column by its own words, not the initials added to a long name (ds_availqty).
        keys = said_words(c) if len(content) > 1 else c.key_words
        covered = len(named & keys) / max(len(keys), 1)
        qualifier = 0.3 if cw & (tw - set(c.words)) else 0.0
        if (stripped and c.info.kind == "numeric") or cw <= UNIT_WORDS:
            continue  # a unit alone ("30 mm") names no column
        if prev in _BUCKET_CUES and content and all(w in lx.BUCKET_WORDS for w in content) and covered < 1:
            continue  # "per year" is a time bucket, not years_in_service: only a column named "year" is meant
        if _dated(idx, prev, c.table) and content and all(w in lx.BUCKET_WORDS for w in content) and covered < 1:
            continue  # "by close month": the close date's month, not contract_term_months
        # "order quarter", "ship year": a date column named right before a time bucket.
        timely = (
            TIMED_BONUS if nxt not in (None, "date") and lx.bucket_of(nxt or "") and c.info.kind == "temporal" else 0.0
        )
        if (asked & {"year", "decade"} and c.is_year) or ("month" in asked and is_month(c)):
            timely = TIMED_BONUS  # "houses sold per year": of YrSold and MoSold, the year the sale happened
        if asked and prev not in _GROUP_CUES and nxt != "by" and _dated_participle(idx, c, content):
            timely += PARTICIPLE_DATE_BONUS

        out.append(Mention(i, j, "column", c.table, c.name, 1.0 + 2.0 * covered + qualifier + timely, spec=spec))
    if len(content) == 1 and j - i == 1:
        out.extend(_concept_mentions(idx, i, content[0]))
    return out


PARTICIPLE_DATE_BONUS = 0.25


def _dated(idx: CatalogIndex, word: str | None, table: str) -> bool:
    """The word names a date column of the table ("ship" of ship_date)."""
    return word is not None and any(c.table == table and c.info.kind == "temporal" for c in idx.by_word.get(word, []))


def _dated_participle(idx: CatalogIndex, c: ColumnEntry, content: list[str]) -> bool:
    """A past participle alone ("created") that names both a date of the table and a key to the person who did it
    (a created date and a created-by key): "rows created per quarter" asks when, so it names the date; "created by
    each user" still follows the key through the role word, the date only being said by the verb. After a grouping
    word the word is a noun read as its verb ("by creator"), the person, no date; before "by" it may name its agent,
    and without a period asked ("conversion rate") it asks for no date: the caller leaves those out."""
    if len(content) != 1 or c.info.kind != "temporal" or not lx.past_form(content[0]) or content[0] not in c.words:
        return False
    return any(o.is_id and content[0] in o.words for o in idx.tables[c.table].columns)


def spelled_out(c: ColumnEntry, words: set[str]) -> set[str]:
    """Words the column's comment spells out, or its abbreviations stand for, and its name abbreviates
    ("temperature" for a temp_f commented "oven temperature", "quantity" for avail_qty), read as the name's own
    words: the name says them."""
    if not words & (c.aliases | c.expanded):
        return words
    return {next((n for n in c.words if w in c.aliases | c.expanded and lx.abbreviates(n, w)), w) for w in words}


# Words for money taken in, and the words of a name that is plainly money (a "Total", a "total_cost", an "amount_paid";
# not the price of one item, a salary or a compensation).
_TAKINGS = frozenset({"revenue", "sales", "sale", "spend", "spending", "turnover", "income", "takings"})
# What a business takes in; "income" is also a person's pay (a salary), so it is left out.
_TAKEN_IN = _TAKINGS - {"income"}
_PLAIN_MONEY = frozenset({"total", "amount", "cost", "value", "paid", "due", "net", "gross", "grand", "sum", "charged",
                          "billed", "spent", "sub", "subtotal", "line", "order", "invoice", "item", "extended"})  # fmt: skip


# Words that make a price the money of a whole line or order (an extended price, a total price), not of one unit.
_TOTALLING = frozenset({"total", "extended", "line", "net", "gross", "grand", "sub", "subtotal", "order", "invoice"})


def _own_money(word: str, t: TableEntry, c: ColumnEntry) -> bool:
    """ "spend" on a table of jobs: its job_cost, money named by nothing but the table's own noun and a money word
    (what is spent on the rows; money taken in, "revenue", is never a cost)."""
    rest = c.key_words - set(t.words)
    return word in _SPEND and bool(rest) and rest <= _PLAIN_MONEY and rest != c.key_words


_SPEND = frozenset({"spend", "spending"})


def _initials(c: ColumnEntry) -> str:
    """The initials of a name of three words or more, when the index added them as its last word (rpm of
    revolutions_per_minute); empty otherwise."""
    spelled = c.words[:-1]
    return c.words[-1] if len(spelled) >= 3 and c.words[-1] == "".join(w[0] for w in spelled) else ""


def _plain_money(c: ColumnEntry) -> bool:
    """Money named as nothing else: a "Total", a total_cost, an extended price (the price of a whole line)."""
    said = c.key_words - {_initials(c)}  # cost_per_unit's "cpu" says nothing more
    priced = said - {"price"}
    return c.key_words <= _PLAIN_MONEY or (bool(priced) and "price" in said and priced <= _TOTALLING)


def _concept_mentions(idx: CatalogIndex, i: int, word: str) -> list[Mention]:
    """A generic business word ("revenue") matched to columns whose names share its concept ("amount")."""
    concepts = lx.concept_of(word)
    if not concepts:
        return []
    out: list[Mention] = []
    # Words for people ("headcount", "staff") name a table of people (wrkr, employees): its rows are counted.
    people = lx.CONCEPTS["people"] if "people" in concepts else ()
    members = {f for w in people if w != word for f in (w, lx.stem(w))}
    for t in idx.tables.values():
        if (
            members
            and t.words
            and word not in t.words
            and all(any(w == m or lx.abbreviates(w, m) for m in members) for w in t.words)
        ):
            out.append(Mention(i, i + 1, "table", t.info.name, None, 3.0 * lx.CONCEPT_WEIGHT, "concept", spec=0.5))
        for c in t.columns:
            if word in c.words or c.is_id or (word in _TAKEN_IN | lx.DIFFERENCE_NOUNS and c.key_words & lx.NOT_TAKINGS):
                continue  # "revenue" or "profit" is never a tax, a tip or a refund
            if word in lx.DIFFERENCE_NOUNS and (c.key_words | c.expanded) & _COSTS:
                continue  # nor is a profit the cost it is taken after
            shared = [w for w in c.key_words | c.expanded if lx.concept_of(w) & concepts]
            if shared and c.flag is None and all(lx.concept_of(w) & concepts <= {"leaving"} for w in shared):
                continue  # leaving names a yes/no column ("who left"), never an exit time or gate
            if shared and word in lx.MEASURE_WORDS["people"] and (c.flag is not None or c.info.kind == "boolean"):
                continue  # "people" are all the rows, never those a yes/no column marks (its staff, its workers)
            if shared and concepts == frozenset({"money"}) and c.info.kind == "text":
                continue  # money's words ("margin") name amounts, never a text column that holds kinds of payment
            if shared:
                bonus = 0.2 if ("money" in concepts and c.is_money) else 0.0
                score = 3.0 * lx.CONCEPT_WEIGHT * len(shared) / len(c.key_words) + bonus
                out.append(Mention(i, i + 1, "column", t.info.name, c.name, score, "concept", spec=0.5))
    if word in lx.DIFFERENCE_NOUNS:  # "margin by depot": the money of rows that carry both it and a cost
        out = _earned(idx, i, word, out)
    if word in _TAKINGS:  # "revenue" of a table of tickets: the price each was sold for, as strong as an amount
        sold = 3.0 * lx.CONCEPT_WEIGHT * 0.5 + 0.2
        out.extend(Mention(i, i + 1, "column", c.table, c.name, sold, "concept", spec=0.5) for c in sale_prices(idx))
    if word in _TAKINGS and not any(m.kind == "column" for m in out):
        # "sales" where no name says sales, revenue or amount: money named as nothing else ("Total", total_cost), weaker.
        for t in idx.tables.values():
            out.extend(
                Mention(i, i + 1, "column", t.info.name, c.name, 3.0 * lx.CONCEPT_WEIGHT * 0.6, "concept", spec=0.5)
                for c in t.columns
                if c.is_money and c.additive and not c.is_id and _plain_money(c)
            )
            # weaker still: money named by the table's own noun ("spend" on job_cost of a table of jobs)
            out.extend(
                Mention(i, i + 1, "column", t.info.name, c.name, 3.0 * lx.CONCEPT_WEIGHT * 0.4, "concept", spec=0.5)
                for c in t.columns
                if c.is_money and c.additive and not c.is_id and not _plain_money(c) and _own_money(word, t, c)
            )
        # Lines of goods sold with a price of one unit and a quantity: the price stands for the line's money (the
        # plan multiplies it by the quantity), weaker still than money named as nothing else.
        weak = 3.0 * lx.CONCEPT_WEIGHT * 0.5
        out.extend(Mention(i, i + 1, "column", c.table, c.name, weak, "concept", spec=0.5) for c in price_columns(idx))
    if word in _TAKINGS and not any(m.kind == "column" for m in out):
        # A carrier's own books: where no money is taken in but what it charges for carrying ("freight charge", a
        # shipping fee of each shipment), that charge is its revenue (a shop's freight stays out: it has sales).
        # (as strong as money its concept names: nothing else in the catalog is the money taken in)
        full = 3.0 * lx.CONCEPT_WEIGHT
        out.extend(Mention(i, i + 1, "column", c.table, c.name, full, "concept", spec=0.5) for c in _charges(idx))
    return out


_CARRIAGE = frozenset({"freight", "shipping", "postage", "handling", "delivery", "haulage", "carriage"})


def _charges(idx: CatalogIndex) -> list[ColumnEntry]:
    """Additive figures charged for carrying goods (haulageCharge, postage_charge): a charge word last, a carriage word
    before it and nothing else."""
    return [
        c
        for t in idx.tables.values()
        for c in t.columns
        if c.info.kind == "numeric"
        and c.additive
        and not c.is_id
        and len(c.words) >= 2
        and c.words[-1] in lx.CHARGE_WORDS
        and set(c.words[:-1]) <= _CARRIAGE
    ]


_COSTS = frozenset(lx.CONCEPTS["cost"])


def _earned(idx: CatalogIndex, i: int, word: str, out: list[Mention]) -> list[Mention]:
    """ "profit", "margin": of a table whose rows carry money taken and a cost, the money taken (the profit is it less
    the cost), as strong as money named by a word of its concept — where no column is named by the word itself."""
    strong = 3.0 * lx.CONCEPT_WEIGHT + 0.2
    for t in idx.tables.values():
        if any(word in c.words for c in t.columns):
            continue
        money = [c for c in t.columns if c.info.kind == "numeric" and c.is_money and not c.is_id]
        costs = [c for c in money if (set(c.words) | c.expanded) & _COSTS]
        taken = [
            c
            for c in money
            if c.additive and c not in costs and not (c.key_words | c.expanded) & (lx.NOT_TAKINGS | {"price", "unit"})
        ]
        if not costs or not taken:
            continue
        col = taken[0].name
        if not any(m.table == t.info.name and m.column == col for m in out):
            out.append(Mention(i, i + 1, "column", t.info.name, col, strong, "concept", spec=0.5))
        else:
            out = [
                replace(m, score=max(m.score, strong)) if (m.table, m.column) == (t.info.name, col) else m for m in out
            ]
    return out


def _goods_named(idx: CatalogIndex, table: str, stem: str) -> bool:
    """The word is the last of the table's name (its rows' noun), and the table is no lines of goods sold."""
    t = idx.tables[table]
    return bool(t.words) and t.words[-1] == stem and line_pair(idx, t) is None


def count_noun_mentions(idx: CatalogIndex, mentions: list[Mention], token: lx.Token) -> list[Mention]:
    """ "units", "items": a plural noun counting goods names the catalog's quantity (qty) as plainly as its name
    would, and a name it fills only in part (a price per unit, the units in stock) less than that."""
    if token.lower not in lx.COUNT_NOUNS:
        return mentions
    at = [m for m in mentions if m.start <= token.pos < m.end]
    if any(m.kind == "table" and m.score >= FULL_NAME for m in at) or any(
        m.kind == "column" and m.via == "name" and m.end - m.start > 1 for m in at
    ):
        return mentions  # "items" naming an item table, "units in stock" naming units_in_stock: names, said in full
    if any(m.kind == "table" and _goods_named(idx, m.table, token.stem) for m in at):
        return mentions  # "top 5 items by revenue" naming stock_items: the goods, not the units on a line
    out: list[Mention] = []
    for m in mentions:
        col = idx.tables[m.table].col(m.column) if m.kind == "column" and m.column else None
        if col is None or m.end - m.start != 1 or m.start != token.pos:
            out.append(m)
        elif m.via == "concept":
            shared = [w for w in col.key_words | col.expanded if "quantity" in lx.concept_of(w)]
            out.append(replace(m, score=1.0 + 2.0 * min(len(shared) / len(col.key_words), 1.0), spec=1.0))
        elif m.via == "name" and not col.key_words <= {token.stem}:
            out.append(replace(m, score=m.score - 1.0))
        else:
            out.append(m)
    return out


_RESTATING = frozenset({"money", "price", "cost"})  # concepts of nouns that restate a measure: charge, fee, amount


_SPAN_NAMES = frozenset({"duration", "length", "runtime"})


def _span_only(c: ColumnEntry) -> bool:
    """A figure whose name says only that it is a span, in a unit of time (duration_ms, LengthSec, runtime_min)."""
    said = c.key_words - _unit_words(c)
    return bool(said) and said <= _SPAN_NAMES and _in_time_unit(c) and not c.is_id


def _in_time_unit(c: ColumnEntry) -> bool:
    """A figure counted in a unit of time, by a unit word of its name (queue_minutes, gate_open_s)."""
    return bool(set(c.words) & lx.TIME_UNIT_STEMS) or (c.unit is not None and c.unit.dimension == "time")


def _unit_words(c: ColumnEntry) -> set[str]:
    """The words of a figure's name that only say its unit of time (minutes, s, hrs)."""
    last = raw_words(c.name)[-1].lower() if name_unit(c.name) is not None else ""
    return (set(c.words) & lx.TIME_UNIT_STEMS) | ({last, lx.stem(last)} if last else set())


def restated_measures(idx: CatalogIndex, mentions: list[Mention], tokens: Sequence[lx.Token]) -> list[Mention]:
    """ "freight charge", "delivery fee": a money noun after a word naming a measure whole restates that measure (the
    freight is a charge); the pair is one mention of it, unless a column is named by both words."""
    out = list(mentions)
    for m in mentions:
        col = idx.tables[m.table].col(m.column) if m.kind == "column" and m.column else None
        if col is None or m.via != "name" or col.info.kind != "numeric" or col.is_id or m.end >= len(tokens):
            continue
        nxt = tokens[m.end]
        if not set(col.key_words) <= {t.stem for t in tokens[m.start : m.end]}:
            continue  # the word names only part of the measure
        if not lx.concept_of(nxt.stem) & _RESTATING or nxt.stem in col.words:
            continue
        if any(o.kind == "column" and o.start <= m.start and o.end > m.end and o.via == "name" for o in mentions):
            continue
        out.append(replace(m, end=m.end + 1, score=m.score + 0.5))
    return out


RATE_PENALTY = 0.5


def unit_figures(idx: CatalogIndex, mentions: list[Mention], tokens: Sequence[lx.Token]) -> list[Mention]:
    """ "total kWh": a unit said alone names the figures counted in it (heat_kwh) before a rate per that unit whose
    name ends on it too (price_gbp_kwh, a price per kWh)."""

    def in_unit(m: Mention) -> bool:
        col = idx.tables[m.table].col(m.column) if m.kind == "column" and m.column else None
        unit = UNITS.get(tokens[m.start].stem)
        return col is not None and unit is not None and col.unit is not None and col.unit.label == unit.label

    counted = {(m.start, m.end) for m in mentions if m.end - m.start == 1 and in_unit(m)}
    out: list[Mention] = []
    for m in mentions:
        col = idx.tables[m.table].col(m.column) if m.kind == "column" and m.column else None
        rate = col is not None and col.info.kind == "numeric" and col.unit is None and m.via == "name"
        out.append(replace(m, score=m.score - RATE_PENALTY) if rate and (m.start, m.end) in counted else m)
    return out
