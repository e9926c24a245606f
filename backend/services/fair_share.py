"""Per-client concurrency limits: one client cannot take every worker from the others."""

from __future__ import annotations

import asyncio
import contextlib
import fcntl
import hashlib
import os
from pathlib import Path

from backend.models.errors import TooManyRequestsError


class Slot:
    """One unit of a client's allowance, an exclusive lock on one of its slot files; `release()`
    gives it back (idempotent)."""

    def __init__(self, fd: int) -> None:
        self._fd: int | None = fd

    def release(self) -> None:
        """Return the slot; later calls do nothing."""
        if self._fd is not None:
            fd, self._fd = self._fd, None
            os.close(fd)  # closing the descriptor drops its lock

    def __enter__(self) -> Slot:
        return self

    def __exit__(self, *_: object) -> None:
        self.release()


class ClientSlots:
    """At most `limit` concurrent `kind` per client; the next one is refused with 429 and `Retry-After`.

    The count holds across the server's worker processes (`VIZ_WORKERS` > 1), which share `directory`:
    a client has `limit` slot files there, and a held slot is an exclusive `flock` on one of them. A
    worker that dies drops its locks with its descriptors, so a crash never leaks a slot. Acquiring
    is a few non-blocking system calls, done on the event loop.
    """

    def __init__(self, kind: str, limit: int, retry_after_s: int, directory: Path) -> None:
        self.kind = kind
        self.limit = limit
        self.retry_after_s = retry_after_s
        self.directory = directory / kind
        self.directory.mkdir(parents=True, exist_ok=True)

    def acquire(self, client: str) -> Slot:
        """A slot for `client`, or `TooManyRequestsError` when it already holds `limit` of them."""
        # Hashed: a client key (an address, "token") becomes a safe file name of fixed length.
        name = hashlib.sha256(client.encode()).hexdigest()[:32]
        for n in range(self.limit):
            fd = os.open(self.directory / f"{name}.{n}", os.O_RDWR | os.O_CREAT, 0o600)
            try:
                fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
            except BlockingIOError:
                os.close(fd)
                continue
            except BaseException:
                os.close(fd)
                raise
            return Slot(fd)
        raise TooManyRequestsError(
            f"this client already has {self.limit} {self.kind} running; wait for one to finish "
            f"(retry after {self.retry_after_s} s)",
            retry_after=self.retry_after_s,
        )

    def in_use(self, client: str) -> int:
        """Slots `client` holds now, in every worker process."""
        held = 0
        name = hashlib.sha256(client.encode()).hexdigest()[:32]
        for n in range(self.limit):
            path = self.directory / f"{name}.{n}"
            if not path.exists():
                continue
            fd = os.open(path, os.O_RDWR)
            try:
                fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
            except BlockingIOError:
                held += 1
            finally:
                with contextlib.suppress(OSError):
                    os.close(fd)
        return held


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
