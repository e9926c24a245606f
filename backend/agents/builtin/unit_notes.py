"""What a threshold said in another unit than its column's reads as: "longer than 10 miles" on kilometres is compared
with 16.09 km, and the thoughts say "10 miles = 16.09 km" so the user sees the conversion; "more than 100 miles in
total" is one condition on a total, its "in total" no aggregate of its own."""

from __future__ import annotations

from backend.agents.builtin.quantities import Unit


def figure(v: float) -> str:
    """A number as a person writes it: at most two decimals, no trailing zeros, thousands grouped."""
    text = f"{v:,.2f}".rstrip("0").rstrip(".")
    return text if text not in ("", "-0") else "0"


def conversion_note(said: Unit | None, stored: Unit | None, values: tuple[float, ...], read: list[float]) -> str:
    """ "10 miles = 16.09 km" when a question's numbers were written in `said` and compared in the column's `stored`
    unit (`values` as written, `read` in the column's unit); empty when nothing was converted."""
    if said is None or stored is None or said.dimension != stored.dimension or said == stored:
        return ""
    pairs = [f"{figure(a)} {said.label} = {figure(b)} {stored.label}" for a, b in zip(values, read, strict=False)]
    return "; ".join(pairs)


# Words after a quantity saying it is a total over the subject's rows: "more than 100 miles in total".
_TOTAL_TAILS = (("in", "total"), ("altogether",), ("combined",), ("all", "told"), ("overall",), ("total",))


def total_tail(lows: list[str], end: int) -> range:
    """The positions of "in total" (altogether, combined) right after a comparison ending at `end`, else empty."""
    for tail in _TOTAL_TAILS:
        if tuple(lows[end : end + len(tail)]) == tail:
            return range(end, end + len(tail))
    return range(0)
