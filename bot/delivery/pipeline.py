"""From an inbox item to a committed decision: dispatch through the adapter, retry what
failed, and never drop an update in silence."""

from __future__ import annotations

import asyncio
import logging
import time
from collections.abc import Callable
from typing import Protocol

from bot.delivery.adapter import Adapter
from bot.delivery.stats import Stats
from bot.engine.events import Inbound
from bot.engine.locales import DEFAULT_LOCALE
from bot.engine.outbound import Reply, Text
from bot.store.base import EarlierFirst, HandledElsewhere, InboxItem, InboxStore, PeopleStore

log = logging.getLogger(__name__)

ATTEMPTS = 3
WAITS = 50  # turns an update may wait for its person's earlier ones (several workers)


class Decide(Protocol):
    """Decide and commit one event; with ``ack``, the inbox row is retired in the same unit."""

    async def __call__(self, event: Inbound, *, ack: int | None = None) -> object: ...


class PipelineStore(PeopleStore, InboxStore, Protocol):
    """What the pipeline uses: retiring updates, alone or with an apology in a person's unit."""


class Pipeline:
    def __init__(
        self, decide: Decide, store: PipelineStore, adapter: Adapter, poke_sender: Callable[[], None]
    ) -> None:
        self._decide = decide
        self._store = store
        self.adapter = adapter
        self._poke = poke_sender
        self.stats = Stats()

    @property
    def handled(self) -> int:
        return self.stats.updates_handled

    async def sink(self, event: Inbound, update_id: int) -> None:
        """Where adapter handlers send events: decided and committed with the inbox ack."""
        await self._decide(event, ack=update_id)
        self._poke()

    async def handle(self, item: InboxItem, *, depth: int = 0) -> None:
        started = time.monotonic()
        error: BaseException | None = None
        attempt = waits = 0
        while attempt < ATTEMPTS:
            try:
                outcome = await self.adapter.dispatch(item.payload)
            except Exception as exc:  # noqa: BLE001 - the library could not parse it; retried below
                error = exc
            else:
                if isinstance(outcome.error, HandledElsewhere):
                    return  # another worker answered it: nothing to do, nothing to count
                if isinstance(outcome.error, EarlierFirst) and waits < WAITS and depth < 2:
                    # Several workers share the inbox: this person's earlier updates go first,
                    # here if no one else has them (each is handled once, whoever gets it).
                    waits += 1
                    earlier = await self._store.inbox_before(item.user_id or 0, item.update_id)
                    for before in earlier:
                        await self.handle(before, depth=depth + 1)
                    if not earlier:
                        await asyncio.sleep(0.02)
                    continue
                if outcome.error is None:
                    if not outcome.handled:
                        await self._store.inbox_drop(item.update_id)  # not for us (e.g. an edit)
                    self.stats.updates_handled += 1
                    self.stats.latency.observe(time.monotonic() - started)
                    return
                error = outcome.error
            log.warning("handling an update failed (%s), attempt %d", type(error).__name__, attempt + 1)
            await asyncio.sleep(0.05 * 4**attempt)
            attempt += 1
        # One line, no traceback: the error's class is what an operator needs, and a
        # traceback could quote the person's words.
        kind = next((str(k)[:32] for k in item.payload if k != "update_id"), "empty")
        log.error("gave up on an update (%s) after %d attempts: %s", kind, ATTEMPTS, type(error).__name__)
        await self._apologise(item)
        self.stats.updates_set_aside += 1
        try:
            await self._store.inbox_reject(item.update_id, kind, type(error).__name__)
        except Exception as exc:  # noqa: BLE001 - the apology is committed; the record is a nicety
            log.warning("could not record a dead letter (%s)", type(exc).__name__)

    async def _apologise(self, item: InboxItem) -> None:
        """Say something went wrong, and retire the update, in one transaction."""
        chat = item.user_id

        def work(tx):  # type: ignore[no-untyped-def]
            if chat is not None and chat > 0:
                person = tx.load()
                locale = person.locale if person is not None and person.locale else DEFAULT_LOCALE
                tx.send([Reply(parts=(Text("error-generic"),))], locale)

        try:
            await self._store.run(chat or 0, work, ack=item.update_id)
        except (HandledElsewhere, EarlierFirst):
            return  # another worker has it now
        self._poke()
