"""The reminder dispatcher: wakes when the next check-in is due and hands each due person to
the engine, which decides (in that person's transaction) whether to send, skip or move on."""

from __future__ import annotations

import asyncio
import contextlib
import logging

from bot.app import Core
from bot.engine.events import ReminderIn

log = logging.getLogger(__name__)

# People decided in one database unit. Small enough that a person answering mid-burst waits
# one chunk (tens of milliseconds) for the write lock, not the whole batch.
CHUNK = 100


class ReminderDispatcher:
    def __init__(self, core: Core, *, batch: int = 500, max_sleep: float = 10.0) -> None:
        self.core = core
        self.batch = batch
        self.max_sleep = max_sleep
        self._wake = asyncio.Event()

    def _now(self) -> int:
        return int(self.core.clock.now().timestamp())

    async def run_once(self) -> int:
        """Hand every person due now to the engine; returns how many were handled."""
        now = self._now()
        handled = 0
        failed: set[int] = set()
        while True:
            due = [
                uid
                for uid in await self.core.store.reminders_due(now, self.batch + len(failed))
                if uid not in failed
            ]
            if not due:
                return handled
            todo = due[: self.batch]
            chunks = [todo[i : i + CHUNK] for i in range(0, len(todo), CHUNK)]
            handled_chunks = await asyncio.gather(
                *(self.core.handle_each([ReminderIn(user_id=uid) for uid in chunk]) for chunk in chunks),
                return_exceptions=True,
            )
            results: list[object] = []
            for chunk, outcome in zip(chunks, handled_chunks, strict=True):
                # a whole chunk fails only if its commit did: every person in it failed
                results += outcome if isinstance(outcome, list) else [outcome] * len(chunk)
            for uid, result in zip(todo, results, strict=True):
                if isinstance(result, Exception):
                    failed.add(uid)
                    log.error("a reminder failed: %s", type(result).__name__, exc_info=result)
                else:
                    handled += 1
            if len(due) < self.batch:
                return handled

    def wake(self) -> None:
        """Look again now (a schedule changed)."""
        self._wake.set()

    async def run(self, stop: asyncio.Event) -> None:
        while not stop.is_set():
            try:
                await self.run_once()
                upcoming = await self.core.store.next_reminder_at()
            except Exception:
                log.exception("reminder dispatch failed; retrying")
                upcoming = None
            delay = self.max_sleep
            if upcoming is not None:
                delay = min(self.max_sleep, max(0.5, upcoming - self._now()))
            self._wake.clear()
            waiters = [asyncio.ensure_future(stop.wait()), asyncio.ensure_future(self._wake.wait())]
            with contextlib.suppress(TimeoutError):
                await asyncio.wait(waiters, timeout=delay, return_when=asyncio.FIRST_COMPLETED)
            for waiter in waiters:
                waiter.cancel()
