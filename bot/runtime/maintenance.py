"""Housekeeping on a timer: forget what is only kept for a while."""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections.abc import Callable
from datetime import timedelta

from bot.engine.ports import Clock, PersonTx
from bot.store.base import MaintenanceStore, PersonBusy

log = logging.getLogger(__name__)

MESSAGE_IDS_FOR = 48 * 3600  # Telegram lets bots delete their messages for 48 hours
PROMPT_DAYS_FOR = 7


class Maintenance:
    def __init__(
        self,
        store: MaintenanceStore,
        erase: Callable[[PersonTx], None],
        clock: Clock,
        retention_days: int,
        *,
        every: float = 3600.0,
    ) -> None:
        self._store = store
        self._erase = erase  # the engine's erasure, as /delete does it, in the person's unit
        self._clock = clock
        self._retention_days = retention_days
        self.every = every

    async def run_once(self, stop: asyncio.Event | None = None) -> None:
        now = self._clock.now()
        store = self._store
        await self.retention(int(now.timestamp()), stop)
        await store.forget_old_messages(int(now.timestamp()) - MESSAGE_IDS_FOR)
        await store.forget_prompts((now - timedelta(days=PROMPT_DAYS_FOR)).date().isoformat())
        await store.compact()

    async def retention(self, now: int, stop: asyncio.Event | None = None) -> int:
        """Erase everyone inactive for longer than the retention period, as /delete would,
        200 at a time; a stop ends the sweep between batches (the next run goes on)."""
        before = now - self._retention_days * 86400
        erased = 0
        while not (stop and stop.is_set()) and (ids := await self._store.inactive_people(before, 200)):

            def unit(tx):  # type: ignore[no-untyped-def]
                person = tx.load()
                if person is not None and person.active_at < before:  # still inactive
                    self._erase(tx)
                    return 1
                return 0

            results = await self._store.run_each([(uid, unit) for uid in ids])
            counts = []
            for result in results:
                if isinstance(result, PersonBusy):
                    continue  # in use on another worker right now: not inactive after all
                if isinstance(result, Exception):
                    raise result  # the others are erased; the next run tries this one again
                counts.append(result)
            erased += sum(counts)
            if len(ids) < 200 or not any(counts):
                break
        if erased:
            log.info("retention: erased %d inactive people", erased)
        return erased

    async def run(self, stop: asyncio.Event) -> None:
        while not stop.is_set():
            try:
                await self.run_once(stop)
            except Exception:
                log.exception("maintenance failed; trying again later")
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(stop.wait(), self.every)
