"""A state said in words where the catalog stores a one-letter code: "open orders" → status 'O', "how many items were
returned" → return_flag 'R'. The code is the word's initial, in a status or flag column that holds one-letter codes, and
the word names a state: a state word of the language, or the column's own word said as a participle."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from backend.agents.builtin import lexicon as lx
from backend.agents.builtin.catalog_index import CatalogIndex, ColumnEntry, Mention
from backend.agents.builtin.models import Decision, QueryDecision

# The nouns a column's name ends on when it records the state its row is in.
STATE_NOUNS = frozenset({"status", "state", "flag", "stat", "sts", "stage"})
# The nouns of a column that holds one of several states (a flag marks one thing, said by its own word: return_flag).
_GENERAL_STATES = frozenset({"status", "state", "stat", "sts", "stage"})
# Adjectives that name a state as they are ("how many accounts are dormant": a status coded 'D').
_STATE_ADJECTIVES = frozenset({"open", "pending", "active", "dormant", "idle", "frozen", "void", "live"})
# Words a state column's name may end on after its state noun: the value is a code (sub_stat_cd, status_code).
_CODE_ENDINGS = frozenset({"cd", "code", "cde", "ind", "indicator"})
# Verbs whose participle names the state a row is left in ("closed", "fulfilled", "returned"), by their base form.
_STATE_VERBS = frozenset({
    "close", "fill", "fulfil", "fulfill", "return", "ship", "accept", "reject", "approve", "cancel", "complete",
    "deliver", "resolve", "refund", "decline", "expire", "suspend", "settle", "finish",
})  # fmt: skip
_MOST_CODES = 12  # more one-letter values than this are no list of states
CODE_SCORE = 2.6  # as a value named in full (matching._value_mentions)
_GROUPING = frozenset({"by", "per", "each", "every"})


@dataclass(frozen=True, slots=True)
class CodeSaid:
    """A word read as the code a column stores for the state it names."""

    at: int
    word: str
    table: str
    column: str
    code: str

    def note(self) -> str:
        """What the user sees: "I read “open” as the code 'O' of o_orderstatus."."""
        return f"I read “{self.word}” as the code '{self.code}' of {self.column}."


def participle_bases(word: str) -> frozenset[str]:
    """The verb a participle in -ed may come from: returned → return, closed → close, shipped → ship; none else."""
    if not word.endswith("ed") or len(word) < 5:
        return frozenset()
    stem = word[:-2]
    undoubled = stem[:-1] if stem[-1] == stem[-2] and stem[-1] not in "aeiouy" else stem
    return frozenset({stem, word[:-1], undoubled})


def state_codes(c: ColumnEntry) -> frozenset[str]:
    """The one-letter codes of a column whose name says it records a state (status, flag), else none."""
    values = [v.strip() for v in c.info.values or []]
    named = bool(set(c.words) & STATE_NOUNS)
    coded = 2 <= len(values) <= _MOST_CODES and all(len(v) == 1 and v.isalpha() for v in values)
    return frozenset(v.upper() for v in values) if named and coded and c.flag is None else frozenset()


def _state_head(c: ColumnEntry) -> str:
    """The noun a column's name ends on, before a code word that only says its values are codes (stat of a
    sub_stat_cd)."""
    words = list(c.words)
    if len(words) >= 4 and words[-1] == "".join(w[0] for w in words[:-1]):
        words.pop()  # the initials the index adds to a name of three words or more
    while len(words) > 1 and words[-1] in _CODE_ENDINGS:
        words.pop()
    return words[-1] if words else c.head


def _own_word(idx: CatalogIndex, c: ColumnEntry, bases: frozenset[str]) -> bool:
    """The participle is of the column's own word (return_flag ↔ "returned"), not of its table's noun."""
    own = set(c.words) - STATE_NOUNS - set(idx.tables[c.table].words)
    return bool(own & bases)


def _fits(idx: CatalogIndex, word: str) -> list[ColumnEntry]:
    """The state columns whose code is the word's initial, where the word names the state; of one table's columns
    the one named by the word itself when several fit, none when that does not decide."""
    bases = participle_bases(word)
    stated = word in _STATE_ADJECTIVES or bool(bases & _STATE_VERBS)  # of a status, not of a flag of one thing
    by_table: dict[str, list[tuple[ColumnEntry, bool]]] = {}
    for t in idx.tables.values():
        for c in t.columns:
            if any((t.info.name, c.name, v) in idx.meanings for v in c.info.values or []):
                continue  # its comment says what each code means (catalog_index.coded_values): read by those words
            own = _own_word(idx, c, bases)
            general = _state_head(c) in _GENERAL_STATES
            if ((stated and general) or own) and word[:1].upper() in state_codes(c):
                by_table.setdefault(t.info.name, []).append((c, own))
    out: list[ColumnEntry] = []
    for fitting in by_table.values():
        owned = [c for c, own in fitting if own]
        out += [fitting[0][0]] if len(fitting) == 1 else owned if len(owned) == 1 else []
    return out


def coded_state_mentions(
    idx: CatalogIndex, tokens: Sequence[lx.Token], words: Sequence[str | None], mentions: list[Mention]
) -> tuple[list[Mention], list[CodeSaid]]:
    """The mentions with each state word read as its code: the word's other readings as that column (a breakdown
    by it) or as another column's value made of its verb give way; a word that is a value as written keeps it."""
    said: list[CodeSaid] = []
    for k, tok in enumerate(tokens):
        if words[k] is None or (k and tokens[k - 1].lower in _GROUPING):
            continue
        here = [m for m in mentions if m.start == k and m.end == k + 1]
        if any(m.kind == "value" and (m.value or "").lower() == tok.lower for m in here):
            continue
        for c in _fits(idx, tok.lower):
            said.append(CodeSaid(k, tok.text, c.table, c.name, _stored(c, tok.lower[0])))
    if not said:
        return mentions, said
    at = {s.at for s in said}
    kept = [m for m in mentions if not (m.start in at and m.end == m.start + 1 and m.kind != "table")]
    coded = [Mention(s.at, s.at + 1, "value", s.table, s.column, CODE_SCORE, "value", s.code) for s in said]
    return kept + coded, said


def _stored(c: ColumnEntry, initial: str) -> str:
    """The code as the column stores it (upper or lower case)."""
    return next(v.strip() for v in c.info.values or [] if v.strip().lower() == initial)


def with_code_notes(decision: Decision, said: Sequence[CodeSaid]) -> Decision:
    """A query filtered on a code read from a state word says so with its filters, within the four thoughts shown."""
    if not isinstance(decision, QueryDecision) or not said:
        return decision
    kept = {(f.column.table, f.column.column, str(v)) for f in decision.plan.filters for v in f.values}
    notes = [s.note() for s in said if (s.table, s.column, s.code) in kept]
    if not notes:
        return decision
    thoughts = list(decision.thoughts)
    note = " ".join(dict.fromkeys(notes))
    at = next((k for k, t in enumerate(thoughts) if t.startswith("Filtered to")), None)
    if at is None:
        thoughts[max(len(thoughts) - 1, 0) : max(len(thoughts) - 1, 0)] = [note]
    else:
        thoughts[at] = f"{thoughts[at]} {note}"
    return decision.model_copy(update={"thoughts": thoughts[:4]})
