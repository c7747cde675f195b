"""Records of delivered messages, written together: sends that end while a record is being
written share the next commit, so a busy sender writes one store unit for many replies, not
one each, and a quiet one writes each record at once."""

from __future__ import annotations

import asyncio

from bot.store.base import OutboxStore, Sent


class Records:
    def __init__(self, store: OutboxStore) -> None:
        self._store = store
        self._waiting: list[tuple[Sent, asyncio.Future[None]]] = []
        self._writing = False
        self._commit_task: asyncio.Future[None] | None = None

    async def write(self, sent: Sent) -> None:
        """Returns once ``sent`` is committed; raises what the store raised for its commit."""
        future: asyncio.Future[None] = asyncio.get_running_loop().create_future()
        self._waiting.append((sent, future))
        if not self._writing:
            self._writing = True
            asyncio.get_running_loop().call_soon(self._next)  # sends ending this moment join
        await future

    def _next(self) -> None:
        group, self._waiting = self._waiting, []
        if not group:
            self._writing = False
            return
        self._commit_task = asyncio.ensure_future(self._commit(group))

    async def _commit(self, group: list[tuple[Sent, asyncio.Future[None]]]) -> None:
        try:
            await self._store.outbox_sent_many([sent for sent, _ in group])
        except Exception as exc:  # noqa: BLE001 - each waiting send gets it, and is held
            for _, future in group:
                if not future.done():
                    future.set_exception(exc)
        else:
            for _, future in group:
                if not future.done():
                    future.set_result(None)
        self._next()  # those that arrived meanwhile: one commit for all of them
