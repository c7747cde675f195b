"""Ingress that loses nothing: an update is committed to the inbox before Telegram is told
it arrived (the next getUpdates offset, or the webhook's 200)."""

from __future__ import annotations

import asyncio
import contextlib
import hmac
import logging
import time
from collections.abc import Awaitable, Callable, Sequence
from dataclasses import dataclass
from typing import TypeVar

from aiohttp import web

from bot.engine.ports import Clock
from bot.store.base import InboxItem, InboxStore
from bot.telegram.botapi import BotApi, BotApiError
from bot.telegram.updates import kind_of, ordering_key, problem_of, update_id_of

log = logging.getLogger(__name__)
T = TypeVar("T")

KEEP_SEEN = 48 * 3600 + 600  # duplicates are dropped by update_id for at least 48 hours
MAX_BODY = 1 << 20
BODY_SECONDS = 10.0  # the longest a webhook body may take to arrive

Submit = Callable[[Sequence[InboxItem]], None]


ISOLATE_AFTER = 3  # failed commits of one batch before each update is tried alone


@dataclass(frozen=True, slots=True)
class Rejected:
    update_id: int | None
    kind: str
    error: str


def sort_updates(updates: Sequence[object], now: int) -> tuple[list[InboxItem], list[Rejected]]:
    """Updates that can be queued, and those that cannot (set aside, never raised on)."""
    items: list[InboxItem] = []
    rejected: list[Rejected] = []
    for update in updates:
        update_id = update_id_of(update)
        if not isinstance(update, dict) or update_id is None:
            rejected.append(Rejected(None, "unreadable", "no valid update_id"))
            continue
        problem = problem_of(update)
        if problem is not None:
            rejected.append(Rejected(update_id, kind_of(update), problem))
        else:
            items.append(InboxItem(update_id, ordering_key(update), update, now))
    return items, rejected


async def commit(store: InboxStore, items: Sequence[InboxItem]) -> list[InboxItem]:
    """Commit to the inbox; returns the items that were new (duplicates dropped)."""
    if not items:
        return []
    added = set(await store.inbox_add(items, keep_seen_for=KEEP_SEEN))
    return [item for item in items if item.update_id in added]


async def keep(
    store: InboxStore, items: Sequence[InboxItem], rejected: Sequence[Rejected], *, isolate: bool
) -> tuple[list[InboxItem], int]:
    """Commit what can be kept and set aside what cannot; returns the new items. Raises only
    when the database refuses even that (then nothing may be confirmed to Telegram). Also
    returns how many were set aside.

    ``isolate`` (after the batch has failed several times): commit each update alone, so one
    the database refuses is set aside instead of holding back everyone behind it."""
    for r in rejected:
        await store.inbox_reject(r.update_id, r.kind, r.error)
        log.error("an update was set aside: %s (%s)", r.kind, r.error)
    if not isolate:
        return await commit(store, items), len(rejected)
    new: list[InboxItem] = []
    set_aside = len(rejected)
    for item in items:
        try:
            new += await commit(store, [item])
        except Exception as exc:  # noqa: BLE001 - this one update is refused; the rest go on
            await store.inbox_reject(item.update_id, kind_of(item.payload), type(exc).__name__)
            log.error("an update could not be stored (%s); set aside", type(exc).__name__)
            set_aside += 1
    return new, set_aside


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
        self.last_poll: float = time.monotonic()  # when getUpdates last answered (for health)
        self.refusing = False  # the database refused the last batch (for health)
        self.set_aside = 0  # updates kept as dead letters (for metrics)

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
            except Exception as exc:  # noqa: BLE001 - an answer we could not read: never stop polling
                log.error("getUpdates answered something unreadable (%s); retrying", type(exc).__name__)
                await _sleep_or_stop(stop, backoff)
                backoff = min(backoff * 2, 60.0)
                continue
            self.last_poll = time.monotonic()
            backoff = 1.0
            if not updates:
                continue
            if not await self._take(stop, updates):
                return

    async def _take(self, stop: asyncio.Event, updates: Sequence[object]) -> bool:
        """Keep one batch, then confirm it; False if stopping first."""
        items, rejected = sort_updates(updates, int(self._clock.now().timestamp()))
        ids = [i.update_id for i in items] + [r.update_id for r in rejected if r.update_id is not None]
        failures = 0
        while True:
            try:
                isolate = failures >= ISOLATE_AFTER
                new, set_aside = await keep(self._store, items, rejected, isolate=isolate)
                self.set_aside += set_aside
                self.refusing = False
                break
            except Exception as exc:  # noqa: BLE001 - not kept: do not confirm; try again
                self.refusing = True
                failures += 1
                if failures == 1 or failures % 60 == 0:  # a line now, then one a minute or so
                    log.error("could not commit updates to the inbox (%s); retrying", type(exc).__name__)
                await _sleep_or_stop(stop, min(1.0 * failures, 5.0))
                if stop.is_set():
                    return False
        if ids:
            self.offset = max(ids) + 1  # confirmed by the next call
        else:  # nothing here can be confirmed (no usable update_id): do not spin on it
            log.error("a batch of updates had no usable update_id")
            await _sleep_or_stop(stop, 5.0)
        self._submit(new)
        return True


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
        self._failures: dict[int | None, int] = {}  # failed commits per update, until kept
        self.refusing = False  # the database refused the last update (for health)
        self.set_aside = 0  # updates kept as dead letters (for metrics)

    def add_to(self, app: web.Application) -> None:
        app.router.add_post(self._path, self.receive)

    async def receive(self, request: web.Request) -> web.Response:
        given = request.headers.get("X-Telegram-Bot-Api-Secret-Token", "").encode()
        if not hmac.compare_digest(given, self._secret):
            return web.Response(status=401)
        try:
            update = await asyncio.wait_for(request.json(), BODY_SECONDS)
        except (ValueError, RecursionError):  # not JSON, or nested past any real update
            return web.Response(status=400)
        except TimeoutError:  # a body trickling in: Telegram sends it at once
            return web.Response(status=408)
        items, rejected = sort_updates([update], int(self._clock.now().timestamp()))
        key = items[0].update_id if items else None
        try:
            isolate = self._failures.get(key, 0) >= ISOLATE_AFTER
            new, set_aside = await keep(self._store, items, rejected, isolate=isolate)
            self.set_aside += set_aside
        except Exception as exc:  # noqa: BLE001 - not kept: Telegram delivers it again
            if key is not None:
                if len(self._failures) > 10_000:
                    self._failures.clear()
                self._failures[key] = self._failures.get(key, 0) + 1
            log.error("could not commit a webhook update (%s)", type(exc).__name__)
            self.refusing = True
            return web.Response(status=503)
        self.refusing = False
        self._failures.pop(key, None)
        self._submit(new)
        return web.Response(status=200)
