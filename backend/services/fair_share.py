"""Per-client concurrency limits: one client cannot take every worker from the others."""

from __future__ import annotations

import asyncio
from collections import Counter

from backend.models.errors import TooManyRequestsError


class Slot:
    """One unit of a client's allowance; `release()` gives it back (idempotent)."""

    def __init__(self, owner: ClientSlots, client: str) -> None:
        self._owner = owner
        self._client = client
        self._held = True

    def release(self) -> None:
        """Return the slot; later calls do nothing."""
        if self._held:
            self._held = False
            self._owner.give_back(self._client)


class ClientSlots:
    """At most `limit` concurrent `kind` per client; the next one is refused with 429 and `Retry-After`.

    Used from the event loop only (acquire and release are synchronous), so no lock is needed.
    """

    def __init__(self, kind: str, limit: int, retry_after_s: int) -> None:
        self.kind = kind
        self.limit = limit
        self.retry_after_s = retry_after_s
        self._in_use: Counter[str] = Counter()

    def acquire(self, client: str) -> Slot:
        """A slot for `client`, or `TooManyRequestsError` when it already holds `limit` of them."""
        if self._in_use[client] >= self.limit:
            raise TooManyRequestsError(
                f"this client already has {self.limit} {self.kind} running; wait for one to finish "
                f"(retry after {self.retry_after_s} s)",
                retry_after=self.retry_after_s,
            )
        self._in_use[client] += 1
        return Slot(self, client)

    def give_back(self, client: str) -> None:
        """Called by `Slot.release`."""
        self._in_use[client] -= 1
        if self._in_use[client] <= 0:
            del self._in_use[client]

    def in_use(self, client: str) -> int:
        """Slots `client` holds now."""
        return self._in_use[client]


class ActiveTurns:
    """At most `limit` turns of the built-in analyst run at once, across clients; the others wait their turn.

    The built-in analyst's turn is CPU work on the event loop from start to end (the agent's run, the
    parser, the SQL guard): with fifty at once every loop iteration runs fifty slices and any short
    request waits behind all of them. Bounding them keeps each iteration short, at the same throughput
    (the loop's CPU was the bottleneck anyway). A remote model's turn mostly waits on the network and
    is not bounded here (the per-client limit still holds).
    """

    def __init__(self, limit: int) -> None:
        self.limit = limit
        self._slots = asyncio.Semaphore(limit)

    async def acquire(self, *, cpu_bound: bool) -> TurnSlot:
        """Wait for a slot when the turn is `cpu_bound` (cancellable: a client that leaves while waiting
        takes none); other turns get a slot that holds nothing."""
        if not cpu_bound:
            return TurnSlot(None)
        await self._slots.acquire()
        return TurnSlot(self._slots)


class TurnSlot:
    """A held slot of `ActiveTurns`; `release()` gives it back (idempotent)."""

    def __init__(self, slots: asyncio.Semaphore | None) -> None:
        self._slots = slots

    def release(self) -> None:
        """Return the slot; later calls do nothing."""
        if self._slots is not None:
            self._slots.release()
            self._slots = None
