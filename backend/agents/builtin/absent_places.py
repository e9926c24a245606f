"""Nations a question names that the data does not hold: a nation ISO 3166 knows that no column of nations stores
("GDP of Vanuatu and Fiji" where Fiji is not in the table), or a name listed beside a nation the data holds that is
no nation at all ("Vanuatu and Narnia"). The answer says so rather than dropping them silently, and says when, with
nothing else to filter on, it covers every nation instead."""

from __future__ import annotations

from backend.agents.builtin import lexicon as lx
from backend.agents.builtin.catalog_index import CatalogIndex
from backend.agents.builtin.models import Decision, QueryDecision
from backend.agents.builtin.places import LONGEST_NAME, gazetteer
from backend.agents.builtin.reading import Reading

_LISTING = frozenset({"and", "or", "vs", "versus", "nor"})
_OF_PLACE = frozenset({"of", "in", "for", "from"})


def absent_places(r: Reading, idx: CatalogIndex, decision: Decision) -> list[str]:
    """The nations named that no listed column of nations of the answer's tables holds, and the capitalised names
    listed next to a nation it holds that name nothing the catalog knows."""
    if not isinstance(decision, QueryDecision):
        return []
    tables = {decision.plan.table, *(j.ref_table for j in decision.plan.joins)}
    columns = [p for p in idx.places if p.national and not p.open and p.table in tables]
    if not columns:
        return []
    held = {k for p in columns for k in p.stored}
    taken = {k for m in r.mentions for k in range(m.start, m.end)}
    tokens = r.tokens
    out: list[str] = []
    i = 0
    while i < len(tokens):
        found = None if i in taken else _nation_at(r, i, held, taken)
        if found is not None:
            out.append(" ".join(t.text for t in tokens[i:found]))
            i = found
            continue
        if i not in taken and _listed_unknown(r, idx, i, taken):
            out.append(tokens[i].text)
        i += 1
    return list(dict.fromkeys(out))


def _nation_at(r: Reading, i: int, held: set[str], taken: set[int]) -> int | None:
    """Where a nation's name, written as a name, that the data does not hold ends, when one starts at i."""
    g = gazetteer()
    tokens = r.tokens
    for j in range(min(len(tokens), i + LONGEST_NAME), i, -1):
        words = tokens[i:j]
        if any(k in taken for k in range(i, j)) or not all(
            t.text[:1].isupper() for t in words if t.lower not in g.joining
        ):
            continue
        form = tuple(t.lower for t in words)
        code = g.nation_forms.get(form) or g.everyday.get(form)
        if code is not None and code not in held and words[-1].lower not in g.joining:
            return j
    return None


def _listed_unknown(r: Reading, idx: CatalogIndex, i: int, taken: set[int]) -> bool:
    """A capitalised word listed with "and"/"or" beside a nation the data holds, that the catalog does not know."""
    t = r.tokens[i]
    if i == 0 or not (t.text[:1].isupper() and t.text.isalpha()) or t.lower in lx.STOPWORDS or r.words[i] is None:
        return False  # a date's month, a number's unit: read already
    if t.lower in idx.vocab or t.lower in idx.value_words or t.stem in idx.vocab or t.stem in idx.value_words:
        return False
    nations = {(p.table, p.column) for p in idx.places if p.national}
    placed = {
        k for m in r.mentions if m.kind == "value" and (m.table, m.column) in nations for k in range(m.start, m.end)
    }
    before = r.low(i - 1) in _LISTING and i - 2 in placed
    after = r.low(i + 1) in _LISTING and i + 2 in placed
    # "GDP of Narnia": the one place the question names, where a place is said
    alone = not placed and r.low(i - 1) in _OF_PLACE and (i + 1 == len(r.tokens) or r.words[i + 1] is None)
    return before or after or alone


def with_absent_note(decision: Decision, absent: list[str], alone: bool) -> Decision:
    """The answer says which nations named it could not find, after its filters (`alone`: no other nation was
    named, so the answer is over every nation the data holds)."""
    if not isinstance(decision, QueryDecision) or not absent:
        return decision
    names = ", ".join(absent)
    verb = "is" if len(absent) == 1 else "are"
    rest = "covers every nation it holds instead" if alone else f"leaves {'it' if len(absent) == 1 else 'them'} out"
    note = f"{names} {verb} not in the data, so the answer {rest}."
    thoughts = list(decision.thoughts)
    at = next((k + 1 for k, t in enumerate(thoughts) if t.startswith("Filtered to")), len(thoughts))
    thoughts[at:at] = [note]
    return decision.model_copy(update={"thoughts": thoughts[:4]})


def nothing_left(r: Reading, idx: CatalogIndex, absent: list[str]) -> bool:
    """Every nation the question names is absent: no nation of the data is left to answer about."""
    nations = {(p.table, p.column) for p in idx.places if p.national}
    return bool(absent) and not any(m.kind == "value" and (m.table, m.column) in nations for m in r.mentions)
