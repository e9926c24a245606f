"""Health checks run in the background; `GET /health` answers with the latest report at once.

Checking live inside the request made `/health` as slow as the busiest moment of the event loop: the
probes (engine, app database, result directory, model) each need several trips through the loop, and
under fifty concurrent chat turns every trip waits behind dozens of turn slices (p95 712 ms). Checked
here every `refresh_s`, the request only copies the report: one pass through the loop, whatever the
load. The report says how old it is (`age_s`).

Checks run only while someone asks (for `watch_s` after the last `/health`): the model probe may cost
a provider request, which an idle server must not spend. A report older than two refreshes (nobody
asked for a while) is not served: the request waits for a fresh one.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Awaitable, Callable

from backend.core.engine import Engine
from backend.models.health import HealthResponse

log = logging.getLogger("viz.health")

Probe = Callable[[], Awaitable[str]]


async def check(probe: Probe, timeout_s: float) -> str:
    """`ok` or the reason the probe failed; a probe slower than `timeout_s` is reported, not awaited."""
    # A slow probe answers "no answer" now but is not cut off: it finishes in the background, so a
    # probe that caches its answer (the model ping) has it ready for the next check.
    task = asyncio.ensure_future(probe())
    try:
        return await asyncio.wait_for(asyncio.shield(task), timeout_s)
    except TimeoutError:
        task.add_done_callback(_retrieve)
        return f"error: no answer within {timeout_s:g} s"
    except Exception as exc:  # a probe failure is a status, not a crash
        return f"error: {exc}"


def _retrieve(task: asyncio.Future[str]) -> None:
    if not task.cancelled():
        task.exception()


class HealthMonitor:
    """Runs every check every `refresh_s` and keeps the latest report."""

    def __init__(
        self,
        engines: Callable[[], dict[str, Engine]],
        probes: dict[str, Probe],
        *,
        timeout_s: float,
        refresh_s: float,
        watch_s: float = 300.0,
        engine_error: str | None = None,
    ) -> None:
        self.engines = engines
        self.probes = probes
        self.timeout_s = timeout_s
        self.refresh_s = refresh_s
        self.watch_s = watch_s
        self.engine_error = engine_error
        self._latest: tuple[HealthResponse, float] | None = None
        self._round_done = asyncio.Event()  # replaced by a new one after each round
        self._asked = asyncio.Event()
        self._watch_until = 0.0
        self._task: asyncio.Task[None] | None = None

    async def check_now(self) -> HealthResponse:
        """Every component checked at once, each within its time bound (engines one by one)."""
        engines = self.engines()
        names = list(engines)
        engine_answers, answers = await asyncio.gather(
            asyncio.gather(*(check(engines[n].health, self.timeout_s) for n in names)),
            asyncio.gather(*(check(probe, self.timeout_s) for probe in self.probes.values())),
        )
        states = dict(zip(names, engine_answers, strict=True))
        bad = {k: v for k, v in states.items() if v != "ok"}
        if not states:
            summary = self.engine_error or "no engine configured"
        else:
            summary = "ok" if not bad else "; ".join(f"{k}: {v}" for k, v in bad.items())
        checks: dict[str, str] = {"engines": summary, **dict(zip(self.probes, answers, strict=True))}
        status = "ok" if all(v == "ok" for v in checks.values()) else "degraded"
        return HealthResponse(status=status, checks=checks, engines=states)

    def start(self) -> None:
        """Begin checking in the background (the first report is ready as soon as its checks answer)."""
        self._task = asyncio.create_task(self._run(), name="health-monitor")

    async def close(self) -> None:
        """Stop checking."""
        if self._task is not None:
            self._task.cancel()
            await asyncio.gather(self._task, return_exceptions=True)

    async def latest(self) -> HealthResponse:
        """The latest report with its age; without a recent one, waits for the next round."""
        loop = asyncio.get_running_loop()
        self._watch_until = loop.time() + self.watch_s
        self._asked.set()
        if self._latest is None or loop.time() - self._latest[1] > 2 * self.refresh_s:
            await self._round_done.wait()
        assert self._latest is not None
        report, checked_at = self._latest
        return report.model_copy(update={"age_s": round(max(0.0, loop.time() - checked_at), 3)})

    async def _run(self) -> None:
        loop = asyncio.get_running_loop()
        while True:
            if loop.time() > self._watch_until:  # nobody asked lately: idle until someone does
                self._asked.clear()
                await self._asked.wait()
            started = loop.time()
            try:
                self._latest = (await self.check_now(), loop.time())
            except Exception:  # each check reports its own failure; this is a bug, and the next round retries
                log.exception("health check round failed")
            done, self._round_done = self._round_done, asyncio.Event()
            done.set()
            await asyncio.sleep(max(0.0, self.refresh_s - (loop.time() - started)))
