"""The reminder dispatcher: wakes when the next check-in is due and hands each due person to
the engine, which decides (in that person's transaction) whether to send, skip or move on."""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections.abc import Awaitable, Callable, Sequence

from bot.engine.events import Inbound, ReminderIn
from bot.engine.outbound import Outbound
from bot.engine.ports import Clock
from bot.store.base import PersonBusy, ReminderStore

# Decide many people's events, each in its own unit; a failure comes back in its place.
DecideEach = Callable[[Sequence[Inbound]], Awaitable[list[list[Outbound] | Exception]]]

log = logging.getLogger(__name__)

# Replies waiting in the outbox above which no more reminders are decided: about ten seconds
# of sending at Telegram's pace, so someone answering while thousands of check-ins fall due
# waits seconds, not minutes, behind them. The people held back stay due and go next.
MAX_BACKLOG = 300

# People decided in one database unit. Small enough that a person answering mid-burst waits
# one chunk (tens of milliseconds) for the write lock, not the whole batch.
CHUNK = 100


class ReminderDispatcher:
    def __init__(
        self,
        store: ReminderStore,
        decide_each: DecideEach,
        clock: Clock,
        *,
        batch: int = 500,
        max_sleep: float = 10.0,
        on_sent: Callable[[], None] | None = None,
        backlog: Callable[[int], Awaitable[int]] | None = None,
        max_backlog: int = MAX_BACKLOG,
    ) -> None:
        self._store = store
        self._decide_each = decide_each
        self._clock = clock
        self.batch = batch
        self.max_sleep = max_sleep
        self._on_sent = on_sent  # tell whoever delivers that replies were committed
        self._backlog = backlog  # how many replies wait to be sent (None: nobody sends, e.g. tests)
        self.max_backlog = max_backlog

    def _now(self) -> int:
        return int(self._clock.now().timestamp())

    async def run_once(self) -> int:
        """Hand every person due now to the engine; returns how many were handled."""
        now = self._now()
        handled = 0
        failed: set[int] = set()
        while True:
            batch = self.batch
            if self._backlog is not None:
                batch = min(batch, self.max_backlog - await self._backlog(self.max_backlog))
                if batch <= 0:
                    return handled  # the rest stay due: run() looks again in half a second
            due = [
                uid for uid in await self._store.reminders_due(now, batch + len(failed)) if uid not in failed
            ]
            if not due:
                return handled
            todo = due[:batch]
            chunks = [todo[i : i + CHUNK] for i in range(0, len(todo), CHUNK)]
            handled_chunks = await asyncio.gather(
                *(self._decide_each([ReminderIn(user_id=uid) for uid in chunk]) for chunk in chunks),
                return_exceptions=True,
            )
            results: list[object] = []
            for chunk, outcome in zip(chunks, handled_chunks, strict=True):
                # a whole chunk fails only if its commit did: every person in it failed
                results += outcome if isinstance(outcome, list) else [outcome] * len(chunk)
            for uid, result in zip(todo, results, strict=True):
                if isinstance(result, PersonBusy):
                    failed.add(uid)  # another worker has them now; still due, tried again shortly
                elif isinstance(result, Exception):
                    failed.add(uid)
                    log.error("a reminder failed: %s", type(result).__name__, exc_info=result)
                else:
                    handled += 1
            if handled and self._on_sent is not None:
                self._on_sent()
            if len(due) < batch:
                return handled

    async def run(self, stop: asyncio.Event) -> None:
        while not stop.is_set():
            try:
                await self.run_once()
                upcoming = await self._store.next_reminder_at()
            except Exception:
                log.exception("reminder dispatch failed; retrying")
                upcoming = None
            delay = self.max_sleep
            if upcoming is not None:
                delay = min(self.max_sleep, max(0.5, upcoming - self._now()))
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(stop.wait(), delay)
