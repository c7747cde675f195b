"""Ingress that loses nothing: an update is committed to the inbox before Telegram is told
it arrived (the next getUpdates offset, or the webhook's 200)."""

from __future__ import annotations

import asyncio
import contextlib
import hmac
import logging
from collections.abc import Awaitable, Callable, Sequence
from typing import Any, TypeVar

from aiohttp import web

from bot.engine.ports import Clock
from bot.store.base import InboxItem, InboxStore
from bot.telegram.botapi import BotApi, BotApiError
from bot.telegram.updates import ordering_key

log = logging.getLogger(__name__)
T = TypeVar("T")

KEEP_SEEN = 48 * 3600 + 600  # duplicates are dropped by update_id for at least 48 hours
MAX_BODY = 1 << 20

Submit = Callable[[Sequence[InboxItem]], None]


def inbox_items(updates: Sequence[dict[str, Any]], now: int) -> list[InboxItem]:
    return [InboxItem(int(u["update_id"]), ordering_key(u), u, now) for u in updates if "update_id" in u]


async def commit(store: InboxStore, items: Sequence[InboxItem]) -> list[InboxItem]:
    """Commit to the inbox; returns the items that were new (duplicates dropped)."""
    added = set(await store.inbox_add(items, keep_seen_for=KEEP_SEEN))
    return [item for item in items if item.update_id in added]


class PollingIngress:
    def __init__(
        self, api: BotApi, store: InboxStore, clock: Clock, submit: Submit, *, timeout: int = 25
    ) -> None:
        self._api = api
        self._store = store
        self._clock = clock
        self._submit = submit
        self._timeout = timeout
        self.offset: int | None = None

    async def run(self, stop: asyncio.Event) -> None:
        backoff = 1.0
        while not stop.is_set():
            try:
                updates = await _unless_stopped(stop, self._api.get_updates(self.offset, self._timeout))
                if updates is None:
                    return  # stopping: a long poll cut short confirms nothing
            except BotApiError as exc:
                if exc.status == 401:
                    raise
                delay = exc.retry_after or backoff
                log.warning("getUpdates failed (%s); retrying in %.0f s", exc.status or "network", delay)
                await _sleep_or_stop(stop, delay)
                backoff = min(backoff * 2, 60.0)
                continue
            backoff = 1.0
            if not updates:
                continue
            items = inbox_items(updates, int(self._clock.now().timestamp()))
            while True:
                try:
                    new = await commit(self._store, items)
                    break
                except Exception:
                    # Not committed: do not confirm the offset; try again shortly.
                    log.exception("could not commit updates to the inbox; retrying")
                    await _sleep_or_stop(stop, 1.0)
                    if stop.is_set():
                        return
            self.offset = max(item.update_id for item in items) + 1  # confirmed by the next call
            self._submit(new)


async def _unless_stopped(stop: asyncio.Event, call: Awaitable[T]) -> T | None:
    task = asyncio.ensure_future(call)
    stopper = asyncio.ensure_future(stop.wait())
    try:
        await asyncio.wait([task, stopper], return_when=asyncio.FIRST_COMPLETED)
    finally:
        stopper.cancel()
    if task.done():
        return task.result()
    task.cancel()
    with contextlib.suppress(asyncio.CancelledError):
        await task
    return None


async def _sleep_or_stop(stop: asyncio.Event, delay: float) -> None:
    try:
        await asyncio.wait_for(stop.wait(), timeout=delay)
    except TimeoutError:
        return


class WebhookIngress:
    """An aiohttp endpoint: the secret header is checked in constant time before the body is
    read; 200 only after the commit, 503 if it failed (Telegram then delivers again)."""

    def __init__(self, path: str, secret: str, store: InboxStore, clock: Clock, submit: Submit) -> None:
        self._path = path
        self._secret = secret.encode()
        self._store = store
        self._clock = clock
        self._submit = submit

    def app(self) -> web.Application:
        app = web.Application(client_max_size=MAX_BODY)
        app.router.add_post(self._path, self.receive)
        app.router.add_get("/healthz", health)
        return app

    async def receive(self, request: web.Request) -> web.Response:
        given = request.headers.get("X-Telegram-Bot-Api-Secret-Token", "").encode()
        if not hmac.compare_digest(given, self._secret):
            return web.Response(status=401)
        try:
            update = await request.json()
        except ValueError:
            return web.Response(status=400)
        if not isinstance(update, dict) or not isinstance(update.get("update_id"), int):
            return web.Response(status=400)
        items = inbox_items([update], int(self._clock.now().timestamp()))
        try:
            new = await commit(self._store, items)
        except Exception:
            log.exception("could not commit a webhook update")
            return web.Response(status=503)
        self._submit(new)
        return web.Response(status=200)


async def health(request: web.Request) -> web.Response:
    return web.Response(text="ok")
