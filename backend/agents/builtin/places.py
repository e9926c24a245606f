"""Places said one way and stored the other: a nation or a province named where its ISO 3166 code is stored
("sales from Vanuatu" over nation_iso = 'VU'), or a code typed where names are stored ("sales in VU" over Nation =
'Vanuatu'). Names and codes come from pycountry's ISO 3166 data, shipped with the package; whether a column holds
places, and of which kind, is read from its values, never from its name."""

from __future__ import annotations

import unicodedata
from collections import Counter
from collections.abc import Container, Iterable
from dataclasses import dataclass
from functools import lru_cache
from typing import Protocol, cast

import pycountry

from backend.agents.builtin import lexicon as lx
from backend.agents.builtin.models import Decision, QueryDecision, ValueLookup
from backend.agents.builtin.nation_words import DEMONYMS, EVERYDAY_NAMES
from backend.models.catalog import ColumnInfo

Form = tuple[str, ...]

PLACE_SHARE = 0.9  # a column holds places when at least this share of its values are places of one kind
MIN_PLACES = 3  # fewer values say too little (an in / out pair of codes is no pair of nations)
LONGEST_NAME = 6  # words of the longest place name looked for in a question
# A column of nations too long to list holds at most every nation once (the distinct count is approximate).
MOST_NATIONS = 300
# Words before a place written in lower case that say it is a place ("parcels shipped to vanuatu").
PLACE_CUES = frozenset({"in", "from", "to", "at", "within", "outside"})
_JOINERS = frozenset({"and", "or", "vs", "versus", "&", ","})  # between two demonyms of one noun


@dataclass(frozen=True, slots=True)
class Gazetteer:
    """ISO 3166 names and codes, indexed for reading: built once per process."""

    nation_forms: dict[Form, str]  # name words → alpha-2: ("vanuatu",) → VU
    alpha3: dict[str, str]  # VUT → VU
    initials: dict[str, str]  # the initials of an everyday name of several words that no code takes
    shown: dict[str, str]  # alpha-2 or subdivision code → the name shown in a note
    subdivision_forms: dict[str, dict[Form, str]]  # nation → name words → subdivision code
    suffixes: dict[str, dict[str, str]]  # nation → the code after its dash → subdivision code (MB of Manitoba)
    suffix_nations: dict[str, frozenset[str]]  # the code after the dash → the nations that have it
    name_nations: dict[Form, frozenset[str]]  # a subdivision's name words → the nations that have it
    joining: frozenset[str]  # words the names write in lower case between capitalised ones ("Isle of Man")
    everyday: dict[Form, str]  # names ISO 3166 does not give: ("holland",) → NL
    demonyms: dict[Form, str]  # ("dutch",) → NL
    names: dict[str, tuple[str, ...]]  # alpha-2 → every name of the nation, to look a stored one up


class _Subdivision(Protocol):
    """What is read of a pycountry subdivision record."""

    code: str
    country_code: str
    name: str


def _form(name: str) -> Form:
    """The lower-case words of a name as a question's tokens would be, accents left out."""
    plain = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode()
    return tuple(t.lower for t in lx.tokenize(plain))


def _nation_names(c: object) -> list[str]:
    """A nation's names, the everyday one first; "Bolivia, Plurinational State of" read as "Bolivia" too."""
    names = [getattr(c, a, None) for a in ("common_name", "name", "official_name")]
    out = [n for n in names if isinstance(n, str)]
    return out + [n.split(",")[0] for n in out if "," in n]


def _initials(name: str) -> str:
    """ "United Arab Emirates" → UAE: the first letters of a name of several capitalised words."""
    words = [w for w in name.split() if w[:1].isupper()]
    return "".join(w[0] for w in words) if len(words) >= 2 and "," not in name else ""


@lru_cache(maxsize=1)
def gazetteer() -> Gazetteer:
    """ISO 3166 nations and subdivisions from pycountry, indexed once."""
    forms: dict[Form, str] = {}
    taken: dict[Form, set[str]] = {}
    alpha3: dict[str, str] = {}
    shown: dict[str, str] = {}
    initials: dict[str, set[str]] = {}
    every: dict[str, list[str]] = {}
    numeric: dict[str, str] = {}
    for c in pycountry.countries:
        a2, a3 = str(c.alpha_2), str(c.alpha_3)
        alpha3[a3] = a2
        numeric[str(c.numeric)] = a2
        names = _nation_names(c)
        shown[a2] = names[0]
        every[a2] = names
        initials.setdefault(_initials(names[0]), set()).add(a2)  # the everyday name's only, not the official one's
        for n in names:
            taken.setdefault(_form(n), set()).add(a2)
    for form, codes in taken.items():
        if len(codes) == 1 and form:
            forms[form] = next(iter(codes))
    codes = set(shown) | set(alpha3)
    unique = {k: next(iter(v)) for k, v in initials.items() if k and len(v) == 1 and k not in codes}
    sub_forms: dict[str, dict[Form, str]] = {}
    suffixes: dict[str, dict[str, str]] = {}
    # "of", "and", and the d' of "Côte d'Ivoire" (its own tokens)
    joining = {t.lower for n in shown.values() for t in lx.tokenize(n) if not t.text[:1].isupper()}
    for sub in cast(Iterable[_Subdivision], pycountry.subdivisions):
        code, nation, name = str(sub.code), str(sub.country_code), str(sub.name)
        shown[code] = name
        sub_forms.setdefault(nation, {}).setdefault(_form(name), code)
        suffixes.setdefault(nation, {})[code.split("-", 1)[1]] = code
    by_suffix: dict[str, set[str]] = {}
    by_name: dict[Form, set[str]] = {}
    for nation, codes_of in suffixes.items():
        for suffix in codes_of:
            by_suffix.setdefault(suffix, set()).add(nation)
        for form in sub_forms[nation]:
            by_name.setdefault(form, set()).add(nation)
    return Gazetteer(
        forms,
        alpha3,
        unique,
        shown,
        sub_forms,
        suffixes,
        {k: frozenset(v) for k, v in by_suffix.items()},
        {k: frozenset(v) for k, v in by_name.items()},
        frozenset(joining),
        _coded(EVERYDAY_NAMES, numeric),
        _coded(DEMONYMS, numeric),
        _lookup_names(every, numeric),
    )


def _coded(words: dict[str, str], numeric: dict[str, str]) -> dict[Form, str]:
    """Words naming nations by their numeric codes ("Dutch": 528), by their forms, to the alpha-2 codes."""
    return {_form(w): numeric[code] for w, code in words.items() if code in numeric}


def _lookup_names(every: dict[str, list[str]], numeric: dict[str, str]) -> dict[str, tuple[str, ...]]:
    """Every name of each nation, its everyday names last, each once."""
    for name, code in EVERYDAY_NAMES.items():
        every[numeric[code]].append(name)
    return {code: tuple(dict.fromkeys(names)) for code, names in every.items()}


@lru_cache(maxsize=1)
def place_words() -> frozenset[str]:
    """Every word of a nation's name, everyday name or demonym ("ivory", "coast"): no typo of another word."""
    g = gazetteer()
    return frozenset(w for forms in (g.nation_forms, g.everyday, g.demonyms) for form in forms for w in form)


@dataclass(frozen=True, slots=True)
class PlaceColumn:
    """A text column whose values are places of one kind: codes or names, of nations or of one nation's
    subdivisions."""

    table: str
    column: str
    national: bool  # its places are nations, else subdivisions of the nations in `scope`
    coded: bool  # its values are codes (a name said is matched to one), else names (a code said is matched to one)
    stored: dict[str, str]  # alpha-2 or subdivision code → the value as stored
    scope: frozenset[str] = frozenset()  # the nations of a column of subdivisions
    open: bool = False  # names of nations too many to list: a name not in `stored` is looked up in the data


def _best(scores: list[tuple[int, bool, bool, dict[str, str], frozenset[str]]], n: int) -> PlaceColumn | None:
    """The kind most values are read as (nations before subdivisions on a tie), when nearly all are."""
    if not scores:
        return None
    hits, national, coded, stored, scope = max(scores, key=lambda s: s[0])
    if hits < max(MIN_PLACES, PLACE_SHARE * n):
        return None
    return PlaceColumn("", "", national, coded, stored, scope)


def _nation_kinds(values: list[str], g: Gazetteer) -> list[tuple[int, bool, bool, dict[str, str], frozenset[str]]]:
    """How many values are alpha-2 codes, alpha-3 codes and names of nations."""
    a2: dict[str, str] = {}
    a3: dict[str, str] = {}
    named: dict[str, str] = {}
    for v in values:
        up = v.upper()
        if len(v) == 2 and v.isalpha() and up in g.shown:
            a2.setdefault(up, v)
        if len(v) == 3 and v.isalpha() and up in g.alpha3:
            a3.setdefault(g.alpha3[up], v)
        if (code := _nation_named(v, g)) is not None:
            named.setdefault(code, v)
    return [
        (len(a2), True, True, a2, frozenset()),
        (len(a3), True, True, a3, frozenset()),
        (len(named), True, False, named, frozenset()),
    ]


def _nation_named(value: str, g: Gazetteer) -> str | None:
    """The nation a stored name names; a name written the data offices' way, its qualifier after a comma
    ("Korea, Rep.", "Egypt, Arab Rep.", "Gambia, The"), by the words before it."""
    for name in (value, value.split(",")[0]):
        if (code := g.nation_forms.get(_form(name)) or g.everyday.get(_form(name))) is not None:
            return code
    return None


def _subdivision_kinds(values: list[str], g: Gazetteer) -> list[tuple[int, bool, bool, dict[str, str], frozenset[str]]]:
    """How many values are full subdivision codes (a nation's code, a dash, MB), and the nation whose short codes
    (MB) or names (Manitoba) most values are."""
    full: dict[str, str] = {v.upper(): v for v in values if v.upper() in g.shown and "-" in v}
    nations = frozenset(k.split("-")[0] for k in full)
    out: list[tuple[int, bool, bool, dict[str, str], frozenset[str]]] = [(len(full), False, True, full, nations)]
    short: Counter[str] = Counter()
    named: Counter[str] = Counter()
    forms = {v: _form(v) for v in values}
    for v in values:
        short.update(g.suffix_nations.get(v.upper(), ()) if v.isalpha() else ())
        named.update(g.name_nations.get(forms[v], ()))
    for counts, coded in ((short, True), (named, False)):
        top = counts.most_common(2)
        if not top or (len(top) > 1 and top[0][1] == top[1][1]):
            continue  # no nation, or two as likely: which one is not known
        nation, hits = top[0]
        stored: dict[str, str] = {}
        for v in values:
            code = g.suffixes[nation].get(v.upper()) if coded else g.subdivision_forms[nation].get(forms[v])
            if code is not None and (not coded or v.isalpha()):
                stored.setdefault(code, v)
        out.append((hits, False, coded, stored, frozenset({nation})))
    return out


def place_column(table: str, col: ColumnInfo) -> PlaceColumn | None:
    """The kind of places a text column's listed values are, if nearly all of them are places of one kind; a column
    of too many values to list is read from its samples, when every one is a code of one kind."""
    if col.kind != "text":
        return None
    listed = col.values is not None
    raw = col.values if col.values is not None else [v for v in col.samples if isinstance(v, str)]
    values = list(dict.fromkeys(v.strip() for v in raw if v.strip()))
    if len(values) < MIN_PLACES:
        return None
    g = gazetteer()
    kinds = _nation_kinds(values, g)
    found = _best(kinds + _subdivision_kinds(values, g), len(values))
    if found is None:
        return _mixed(table, col, kinds, len(values)) if listed else None
    if not listed and len(found.stored) < len(values):
        return None
    if not listed and not found.coded:  # nations by name: those not sampled are looked up in the data
        fits = found.national and (col.distinct_count or 0) <= MOST_NATIONS
        return PlaceColumn(table, col.name, True, False, found.stored, open=True) if fits else None
    stored = found.stored
    if not listed:
        stored = _every_code(found, values, g)
        if (col.distinct_count or 0) > len(stored):
            return None
    return PlaceColumn(table, col.name, found.national, found.coded, stored, found.scope)


MIXED_SHARE = 0.5  # a listed column holds some nations among other places when at least this share of its values are


def _mixed(
    table: str, col: ColumnInfo, kinds: list[tuple[int, bool, bool, dict[str, str], frozenset[str]]], n: int
) -> PlaceColumn | None:
    """A listed column storing nations each its own way beside other places (a code for one, a name for another, a
    continent for the rest): the nations it stores, by name or code, so a demonym ("japanese models") or another name
    of one of them reads its stored value; a place it does not store is no value of it."""
    stored: dict[str, str] = {}
    for _, _, _, found, _ in kinds:
        for code, v in found.items():
            stored.setdefault(code, v)
    if len(stored) < 2 or len(stored) < MIXED_SHARE * n:
        return None
    return PlaceColumn(table, col.name, True, False, stored)


def _every_code(found: PlaceColumn, samples: list[str], g: Gazetteer) -> dict[str, str]:
    """Every code of the kind the samples are, written in their case: the codes a column too long to list may hold."""
    sample = samples[0]
    if found.national:
        codes = {k: k for k in g.shown if len(k) == 2} if len(sample) == 2 else {a2: a3 for a3, a2 in g.alpha3.items()}
    elif "-" in sample:
        codes = {code: code for nation in found.scope for code in g.suffixes[nation].values()}
    else:
        codes = {code: suffix for nation in found.scope for suffix, code in g.suffixes[nation].items()}
    lower = all(v.islower() for v in samples)
    return {k: v.lower() if lower else v for k, v in codes.items()}


def _keys(col: PlaceColumn, form: Form, code: str | None, g: Gazetteer) -> list[str]:
    """The places (alpha-2 or subdivision codes) the words said name, of the column's kind."""
    if col.national:
        if code is not None:
            hit = code if len(code) == 2 and code in g.shown else g.alpha3.get(code) or g.initials.get(code)
            return [hit] if hit else []
        hit = g.nation_forms.get(form)
        return [hit] if hit else []
    out: list[str] = []
    for nation in sorted(col.scope):
        hit = g.suffixes.get(nation, {}).get(code) if code is not None else g.subdivision_forms[nation].get(form)
        out += [hit] if hit else []
    return out


def _stored(col: PlaceColumn, key: str, lookup: ValueLookup | None, g: Gazetteer) -> str | None:
    """The value the column stores a place as: listed, or, in a column of names too many to list, the first of the
    nation's names the data holds in it."""
    if key in col.stored or not col.open or lookup is None or key not in g.names:
        return col.stored.get(key)
    for name in g.names[key]:
        for m in lookup(name):
            if m.table == col.table and m.column == col.column and m.score >= 0.99:
                return m.value
    return None


def same_words(a: str, b: str) -> bool:
    """Two writings of one name, accents and case aside ("Curacao", "Curaçao")."""
    return _form(a) == _form(b)


@dataclass(frozen=True, slots=True)
class PlaceSaid:
    """A place the question names, and the value a column stores it as."""

    start: int
    end: int
    table: str
    column: str
    value: str
    said: str
    read_as: str | None = None  # the nation a demonym or an everyday name is read as ("Dutch")
    rivals: tuple[str, ...] = ()  # other nations stored under a name the words start, left aside

    def note(self) -> str | None:
        """What the user sees: "Vanuatu is stored as 'VU' in nation_iso"; nothing for a code typed as stored."""
        if self.read_as is not None and self.rivals:
            others = " or ".join(f"'{v}'" for v in self.rivals)
            return (
                f"{self.said} alone most often means {self.read_as}: I took '{self.value}' in {self.column},"
                f" not {others}."
            )
        if self.read_as is not None:
            return f"{self.said} is read as {self.read_as}, stored as '{self.value}' in {self.column}."
        return None if self.said == self.value else f"{self.said} is stored as '{self.value}' in {self.column}."


def _written_as_name(tokens: list[lx.Token], i: int, j: int, joining: frozenset[str]) -> bool:
    """The words read as a name: capitalised where a name is ("Solomon Islands", "Isle of Man"), or after a word
    that says a place follows ("shipped to vanuatu")."""
    capital = all(t.text[:1].isupper() for t in tokens[i:j] if t.lower not in joining)
    last = tokens[j - 1].lower not in joining and tokens[i].lower not in joining
    cued = i > 0 and tokens[i - 1].lower in PLACE_CUES and all(len(t.lower) >= 4 for t in tokens[i:j])
    return last and (capital or cued)


def _written_as_code(tokens: list[lx.Token], i: int, shouting: bool, known: Container[str]) -> str | None:
    """An upper-case code of two or three letters ("VU", "VUT") that is no word of the question's language or of the
    catalog's names (in, or, id stay words), nor a unit after a number."""
    t = tokens[i]
    if shouting or not (t.text.isalpha() and t.text.isupper() and 2 <= len(t.text) <= 3):
        return None
    if t.lower in lx.STOPWORDS or t.lower in lx.ID_WORDS or t.lower in known:
        return None
    if i > 0 and tokens[i - 1].number is not None:
        return None
    return t.text


@dataclass(frozen=True, slots=True)
class _Question:
    """A question as read for places: its words, the catalog's own words, and the data's values."""

    tokens: list[lx.Token]
    known: Container[str]  # words of the catalog's names and listed values
    lookup: ValueLookup | None
    dashed: frozenset[str]  # subdivision codes written whole: "AU-NSW"
    shouting: bool  # written all in capitals: no word is a code
    placed: frozenset[str] = frozenset()  # words of the nations the place columns store ("korea" of 'Korea, Rep.')

    def uses(self, t: lx.Token) -> bool:
        """The catalog uses the word otherwise than in a nation it stores (a "German" value of a language)."""
        return (t.lower in self.known or t.stem in self.known) and t.lower not in self.placed


Found = tuple[int, list[PlaceSaid]]  # where the words read end, and the places they name (none: no place, read)


def _named_at(q: _Question, i: int, columns: list[PlaceColumn], g: Gazetteer) -> Found | None:
    """A place's ISO name or code from i on, the longest name first ("Solomon Islands" before "Islands")."""
    tokens = q.tokens
    for j in range(min(len(tokens), i + LONGEST_NAME), i, -1):
        code = _written_as_code(tokens, i, q.shouting, q.known) if j == i + 1 else None
        if code is None and not _written_as_name(tokens, i, j, g.joining):
            continue
        form = tuple(t.lower for t in tokens[i:j])
        said = " ".join(t.text for t in tokens[i:j])
        hits = [
            PlaceSaid(i, j, c.table, c.column, v, said if said != said.lower() else g.shown[k])
            for c in columns
            for k in _keys(c, form, code, g)
            if (v := _stored(c, k, q.lookup, g)) is not None
            and (code is not None or c.open or v.lower() != said.lower())
        ]
        if hits:
            return j, hits
    return None


def _dashed_at(q: _Question, i: int, columns: list[PlaceColumn], g: Gazetteer) -> Found | None:
    """A subdivision's full code ("AU-NSW", "CH-ZH") over a column storing its short code or its name; read, and no
    nation, even where no column holds it."""
    if i + 1 >= len(q.tokens) or (code := f"{q.tokens[i].text}-{q.tokens[i + 1].text}") not in q.dashed:
        return None
    return i + 2, [
        PlaceSaid(i, i + 2, c.table, c.column, c.stored[code], code)
        for c in columns
        if not c.national and code in c.stored and code in g.shown
    ]


def _spoken_written(q: _Question, i: int, j: int, demonym: bool) -> bool:
    """Words of a demonym or an everyday name read as a place: capitalised ("Dutch", "the States"), a lower-case
    demonym before a noun of the catalog ("dutch suppliers"), a lower-case name after a word saying a place follows
    ("shipped to holland"); never a word the catalog itself uses (a "German" value of a language), nor the last
    word of a longer name."""
    words = [t for t in q.tokens[i:j] if t.lower != "the"]
    if i > 1 and q.tokens[i - 1].text[:1].isupper():
        return False  # the last word of a longer name, a part of a continent named after it
    capital = all(t.text[:1].isupper() for t in words)
    if capital and q.tokens[i].lower == "the":
        return True  # "the States" is the nation even where the catalog has states
    if len(words) == 1 and q.uses(words[0]):
        return False
    if capital:
        return True
    if q.tokens[i].lower == "the" or any(q.uses(t) for t in words):
        return False
    after = q.tokens[j] if j < len(q.tokens) else None
    if demonym and after is not None and after.lower in _JOINERS and j + 2 <= len(q.tokens):
        # "danish vs dutch bikes", "german and french customers": the noun after the last one is theirs too.
        g = gazetteer()
        nxt = q.tokens[j + 1]
        if (nxt.lower,) in g.demonyms or (nxt.stem,) in g.demonyms:
            return _spoken_written(q, j + 1, j + 2, True)
    if demonym:
        return after is not None and (after.lower in q.known or after.stem in q.known)
    return i > 0 and q.tokens[i - 1].lower in PLACE_CUES and all(len(t.lower) >= 4 for t in words)


def _spoken_at(q: _Question, i: int, columns: list[PlaceColumn], g: Gazetteer) -> Found | None:
    """A demonym ("German", "Dutch") or an everyday name ("Holland", "the States") from i on, over columns of
    nations; a word the data holds as a value stays that value."""
    for j in range(min(len(q.tokens), i + 3), i, -1):
        form = tuple(t.lower for t in q.tokens[i:j])
        code = g.everyday.get(form)
        demonym = code is None
        if code is None:
            code = g.demonyms.get(form) or g.demonyms.get((*form[:-1], q.tokens[j - 1].stem))
        if code is None or not _spoken_written(q, i, j, demonym):
            continue
        said = " ".join(t.text for t in q.tokens[i:j])
        said = said if said != said.lower() else said.title()
        if q.lookup is not None and any(m.score >= 0.99 for m in q.lookup(said)):
            return None
        hits = [
            PlaceSaid(i, j, c.table, c.column, v, said, g.shown[code], _rivals(c, code, form))
            for c in columns
            if c.national and (v := _stored(c, code, q.lookup, g)) is not None
        ]
        return (j, hits) if hits else None
    return None


def _rivals(col: PlaceColumn, code: str, form: Form) -> tuple[str, ...]:
    """The other nations the column stores under a name the words said also start ("Korea": "Korea, Dem. People's
    Rep." beside 'Korea, Rep.'), which an everyday name leaves aside."""
    return tuple(v for k, v in col.stored.items() if k != code and _form(v)[: len(form)] == form)


def places_said(
    tokens: list[lx.Token],
    columns: list[PlaceColumn],
    known: Container[str],
    lookup: ValueLookup | None = None,
    dashed: frozenset[str] = frozenset(),
) -> list[PlaceSaid]:
    """The places the question names the other way than a place column stores them: a name where codes are stored, a
    code where names are, a subdivision's full code, a demonym or an everyday name of a nation."""
    if not columns:
        return []
    g = gazetteer()
    placed = frozenset(w for c in columns if c.national and not c.coded for v in c.stored.values() for w in _form(v))
    q = _Question(tokens, known, lookup, dashed, not any(ch.islower() for t in tokens for ch in t.text), placed)
    out: list[PlaceSaid] = []
    i = 0
    while i < len(tokens):
        found = _dashed_at(q, i, columns, g) or _named_at(q, i, columns, g) or _spoken_at(q, i, columns, g)
        end, hits = found or (i + 1, [])
        out += hits
        i = max(end, i + 1)
    return out


def with_place_notes(decision: Decision, places: list[PlaceSaid]) -> Decision:
    """A query filtered on a place said the other way than stored says so after its filters ("Vanuatu is stored as
    'VU' in nation_iso"), within the four thoughts shown."""
    if not isinstance(decision, QueryDecision) or not places:
        return decision
    kept = {(f.column.table, f.column.column, str(v)) for f in decision.plan.filters for v in f.values}
    notes = [n for p in places if (p.table, p.column, p.value) in kept and (n := p.note()) is not None]
    if not notes:
        return decision
    thoughts = list(decision.thoughts)
    at = next((k + 1 for k, t in enumerate(thoughts) if t.startswith("Filtered to")), len(thoughts))
    thoughts[at:at] = [" ".join(dict.fromkeys(notes))]
    return decision.model_copy(update={"thoughts": thoughts[:4]})
