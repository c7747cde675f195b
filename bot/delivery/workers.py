"""Ordered, concurrent handling: one update of a chat at a time and in order; different
chats in parallel, up to a bound."""

from __future__ import annotations

import asyncio
import logging
from collections import deque
from collections.abc import Awaitable, Callable, Sequence

from bot.store.base import InboxItem

log = logging.getLogger(__name__)


class Workers:
    def __init__(self, handle: Callable[[InboxItem], Awaitable[None]], *, concurrency: int = 64) -> None:
        self._handle = handle
        self._queues: dict[int, deque[InboxItem]] = {}
        self._known: set[int] = set()
        self._tasks: set[asyncio.Task[None]] = set()
        self._slots = asyncio.Semaphore(concurrency)
        self._idle = asyncio.Event()
        self._idle.set()

    def submit(self, items: Sequence[InboxItem]) -> None:
        for item in items:
            if item.update_id in self._known:
                continue  # already queued (a restart found it in the inbox too)
            self._known.add(item.update_id)
            # Updates without a chat get a queue of their own.
            key = item.user_id if item.user_id is not None else -(10**15) - item.update_id
            queue = self._queues.get(key)
            if queue is None:
                queue = self._queues[key] = deque()
                task = asyncio.create_task(self._drain(key, queue))
                self._tasks.add(task)
                task.add_done_callback(self._tasks.discard)
                self._idle.clear()
            queue.append(item)

    async def _drain(self, key: int, queue: deque[InboxItem]) -> None:
        try:
            while queue:
                item = queue[0]
                async with self._slots:
                    try:
                        await self._handle(item)
                    except Exception:
                        log.exception("an update could not be handled")
                queue.popleft()
                self._known.discard(item.update_id)
        finally:
            del self._queues[key]
            if not self._queues:
                self._idle.set()

    @property
    def busy(self) -> int:
        return sum(len(q) for q in self._queues.values())

    async def join(self) -> None:
        """Wait until everything submitted has been handled."""
        await self._idle.wait()
