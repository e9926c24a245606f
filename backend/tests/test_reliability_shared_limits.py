"""Reliability (issue 16, finding 2): per-client limits hold across worker processes (`VIZ_WORKERS` > 1).

Each worker has its own `ClientSlots`; they share the results directory, where a held slot is a
`flock` on one of the client's slot files. A second process is a real one here: the lock it takes is
seen by this one, and its slots come back when it dies.
"""

from __future__ import annotations

import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from backend.models.errors import TooManyRequestsError
from backend.services.fair_share import ClientSlots
from backend.settings import REPO_ROOT

HOLD = textwrap.dedent(
    """
    import sys, time
    from pathlib import Path
    from backend.services.fair_share import ClientSlots
    slots = ClientSlots("queries", 2, 1, Path(sys.argv[1]))
    held = [slots.acquire("forwarded:10.0.0.1") for _ in range(int(sys.argv[2]))]
    print("held", flush=True)
    time.sleep(600)
    """
)


def test_two_workers_share_one_allowance(tmp_path: Path) -> None:
    first = ClientSlots("queries", 2, 3, tmp_path)
    second = ClientSlots("queries", 2, 3, tmp_path)  # another worker's view of the same directory
    a = first.acquire("forwarded:10.0.0.1")
    b = second.acquire("forwarded:10.0.0.1")
    with pytest.raises(TooManyRequestsError) as refused:
        first.acquire("forwarded:10.0.0.1")
    assert refused.value.retry_after == 3
    with pytest.raises(TooManyRequestsError):
        second.acquire("forwarded:10.0.0.1")
    assert first.in_use("forwarded:10.0.0.1") == 2
    other = second.acquire("forwarded:10.0.0.2")  # another client has its own allowance
    b.release()
    b.release()  # idempotent
    c = first.acquire("forwarded:10.0.0.1")
    for slot in (a, c, other):
        slot.release()
    assert first.in_use("forwarded:10.0.0.1") == 0


def test_a_slot_held_by_another_process_counts_and_comes_back_when_it_dies(tmp_path: Path) -> None:
    holder = subprocess.Popen(
        [sys.executable, "-c", HOLD, str(tmp_path), "2"], cwd=REPO_ROOT, stdout=subprocess.PIPE, text=True
    )
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "held"
        here = ClientSlots("queries", 2, 1, tmp_path)
        with pytest.raises(TooManyRequestsError):
            here.acquire("forwarded:10.0.0.1")
        holder.kill()  # a worker that crashes holding slots
        holder.wait(timeout=30)
        slot = here.acquire("forwarded:10.0.0.1")
        slot.release()
    finally:
        holder.kill()
        holder.wait(timeout=30)
