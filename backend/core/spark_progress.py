"""Spark Connect's own progress reports turned into `Progress`, and routed to the query they belong to.

Spark calls a session's progress handlers in the thread that consumes the query's response
stream, about every `spark.connect.progress.reportInterval`; the engine runs each query on its
own worker thread, so the thread identifies the query.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable, Iterable

from pyspark.sql.connect.shell.progress import ProgressHandler, StageInfo

from backend.core.engine import Progress

# Spark repeats an unchanged report every reportInterval (500 ms), sometimes twice at once: drop
# only the immediate duplicates so the UI still hears from a long stage at least once a second.
REPEAT_EVERY_S = 0.4


def progress_from_stages(stages: Iterable[StageInfo]) -> Progress:
    """Tasks done/total over every stage Spark reported for the query, naming the stage that runs."""
    infos = list(stages)
    done = sum(s.num_completed_tasks for s in infos)
    total = sum(s.num_tasks for s in infos)
    running = [s for s in infos if not s.done]
    finished = len(infos) - len(running)
    if not infos:
        return Progress(stage="planning", message="Spark is planning the query")
    stage = f"stage {running[-1].stage_id}" if running else "collecting"
    message = f"Spark {stage}: {done}/{total} tasks done, {finished} of {len(infos)} stages finished"
    return Progress(stage=stage, message=message, done=done, total=total)


class ProgressThrottle:
    """Passes a report on when it differs from the last one or the last one is getting old."""

    def __init__(self, sink: Callable[[Progress], None], clock: Callable[[], float] = time.monotonic) -> None:
        self._sink = sink
        self._clock = clock
        self._last: Progress | None = None
        self._last_at = 0.0

    def __call__(self, report: Progress) -> None:
        now = self._clock()
        if report == self._last and now - self._last_at < REPEAT_EVERY_S:
            return
        self._last, self._last_at = report, now
        self._sink(report)


class ThreadProgressRelay(ProgressHandler):
    """One handler per session: forwards each report to the sink its worker thread registered."""

    def __init__(self) -> None:
        self._local = threading.local()

    def attach(self, sink: Callable[[Progress], None] | None) -> None:
        """Route reports of queries run by the calling thread to `sink` (None stops routing)."""
        self._local.sink = ProgressThrottle(sink) if sink is not None else None

    def __call__(
        self,
        stages: Iterable[StageInfo] | None,
        inflight_tasks: int,
        operation_id: str | None,
        done: bool,
    ) -> None:
        sink: ProgressThrottle | None = getattr(self._local, "sink", None)
        if sink is None or done:  # the end of an operation is reported by the query's result
            return
        sink(progress_from_stages(stages or []))
