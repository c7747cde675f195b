"""The sender under a database that refuses writes (a full disk): it holds instead of
flooding, never sends one message twice, and says so in a few log lines."""

from __future__ import annotations

import asyncio
import logging
import sqlite3
from collections.abc import Sequence
from pathlib import Path

import pytest

from bot.app import Core
from bot.delivery.limiter import RateLimiter
from bot.delivery.sender import Sender
from bot.delivery.transport import ErrorKind, Folds, Keyboard, SendError
from bot.engine.outbound import Button, Reply, Text
from bot.telegram.errors import LIMITS


class CountingTransport:
    """Delivers instantly and remembers every call."""

    limits = LIMITS

    def __init__(self) -> None:
        self.sent: list[tuple[int, str]] = []
        self._next = 100

    async def send_text(
        self, chat_id: int, text: str, keyboard: Keyboard | None, *, silent: bool, folds: Folds = ()
    ) -> int:
        self.sent.append((chat_id, text))
        self._next += 1
        return self._next

    async def edit_text(
        self, chat_id: int, message_id: int, text: str, keyboard: Keyboard | None, *, folds: Folds = ()
    ) -> None:
        self.sent.append((chat_id, text))

    async def clear_keyboard(self, chat_id: int, message_id: int) -> None: ...

    async def send_document(self, chat_id: int, filename: str, data: bytes, caption: str) -> int:
        return 1

    async def send_photo(self, chat_id: int, data: bytes, caption: str) -> int:
        return 1

    async def delete_messages(self, chat_id: int, message_ids: Sequence[int]) -> None: ...

    async def leave_chat(self, chat_id: int) -> None: ...

    async def set_commands(self, commands: Sequence[tuple[str, str]], language: str | None) -> None: ...


async def _blocked(chat_id: int) -> None:
    return None


async def test_a_full_disk_holds_the_sender_and_nothing_is_sent_twice(
    sqlite_core: Core, tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    store = sqlite_core.store
    await store.run(7, lambda tx: tx.send([Reply(parts=(Text("error-generic"),))], "en"))
    refusals = 0
    recorded = store.outbox_sent_many

    async def full_disk(*args, **kwargs):  # type: ignore[no-untyped-def]
        nonlocal refusals
        if refusals < 4:
            refusals += 1
            raise sqlite3.OperationalError("database or disk is full")
        return await recorded(*args, **kwargs)

    store.outbox_sent_many = full_disk  # type: ignore[method-assign]
    transport = CountingTransport()
    sender = Sender(
        store,
        sqlite_core.translator,
        transport,
        sqlite_core.clock,
        RateLimiter(1000),
        on_blocked=_blocked,
        hold_first=0.01,
    )
    stop = asyncio.Event()
    caplog.set_level(logging.INFO)
    running = asyncio.create_task(sender.run(stop))
    async with asyncio.timeout(30):
        while await store.outbox_page(0, 1):
            await asyncio.sleep(0.02)
    stop.set()
    await running
    assert len(transport.sent) == 1  # delivered once, recorded on the fifth try
    assert refusals == 4
    assert sender.sent == 1
    assert not sender.held
    lines = [r for r in caplog.records if r.name == "bot.delivery.sender"]
    assert len(lines) == 1
    assert "held" in lines[0].getMessage()


def _sliding_max(stamps: list[float]) -> int:
    """The most events in any one-second window."""
    best, start = 0, 0
    for end, t in enumerate(stamps):
        while t - stamps[start] >= 1.0:
            start += 1
        best = max(best, end - start + 1)
    return best


@pytest.mark.parametrize("chats", [1, 100])
def test_no_sliding_second_exceeds_the_limits_even_at_start(chats: int) -> None:
    now = 0.0
    limiter = RateLimiter(25, per_chat=1.0, chat_burst=3.0, clock=lambda: now)
    taken: dict[int, list[float]] = {c: [] for c in range(chats)}
    every: list[float] = []
    for step in range(10_000):  # 10 seconds in milliseconds, everyone always waiting
        now = step / 1000
        for chat in range(chats):
            if limiter.delay(chat) == 0:
                limiter.take(chat)
                taken[chat].append(now)
                every.append(now)
    assert _sliding_max(every) <= 30  # Telegram's limit per bot
    assert max(_sliding_max(t) for t in taken.values()) <= 4  # a burst of three, then one a second
    assert len(every) >= (10 * 25 * 0.95 if chats > 1 else 10)  # and no slower than asked


async def test_every_call_to_a_chat_counts() -> None:
    """A reply in two pieces after clearing the previous keyboard is three calls, three turns."""
    from bot.delivery.limiter import Paced

    class Counting(RateLimiter):
        def __init__(self) -> None:
            super().__init__(1000, per_chat=1000)
            self.turns = 0

        def take(self, chat_id: int) -> None:
            self.turns += 1
            super().take(chat_id)

    limiter = Counting()
    paced = Paced(CountingTransport(), limiter)
    await paced.clear_keyboard(7, 1)
    await paced.send_text(7, "one", None, silent=True)
    await paced.edit_text(7, 2, "two", None)
    await paced.delete_messages(7, [1, 2])
    assert limiter.turns == 4


class EditingTransport(CountingTransport):
    """Remembers which message each edit and keyboard clear went to."""

    def __init__(self) -> None:
        super().__init__()
        self.edits: list[int] = []
        self.cleared: list[int] = []

    async def edit_text(
        self, chat_id: int, message_id: int, text: str, keyboard: Keyboard | None, *, folds: Folds = ()
    ) -> None:
        self.edits.append(message_id)

    async def clear_keyboard(self, chat_id: int, message_id: int) -> None:
        self.cleared.append(message_id)


async def _drain(core: Core, transport: CountingTransport) -> None:
    sender = Sender(
        core.store, core.translator, transport, core.clock, RateLimiter(1000), on_blocked=_blocked
    )
    stop = asyncio.Event()
    running = asyncio.create_task(sender.run(stop))
    async with asyncio.timeout(30):
        while await core.store.outbox_page(0, 1):
            await asyncio.sleep(0.02)
    stop.set()
    await running


@pytest.mark.parametrize("resent", [False, True])
async def test_a_tap_never_leaves_a_stale_screen_below_the_new_one(sqlite_core: Core, resent: bool) -> None:
    """After a crash the last screen may go out twice (sent, not yet recorded). A tap on the
    first copy then replaces the newest copy, and the tapped one loses its buttons."""
    store = sqlite_core.store
    await store.outbox_sent(0, 7, [101], keyboard=True)  # the screen the person tapped
    if resent:
        await store.outbox_sent(0, 7, [102], keyboard=True)  # its copy, resent after a restart
    button = Button(Text("btn-skip"), "t")
    reply = Reply(
        parts=(Text("error-generic"),), buttons=((button,),), replace_previous=True, edit_message=101
    )
    await store.run(7, lambda tx: tx.send([reply], "en"))
    transport = EditingTransport()
    await _drain(sqlite_core, transport)
    if resent:
        assert transport.edits == [102]  # the newest screen became the new one
        assert transport.cleared == [101]  # and the tapped copy above it has no buttons left
    else:
        assert transport.edits == [101]
        assert transport.cleared == []
    assert transport.sent == []  # edited in place: nothing new below
    assert await store.last_keyboard(7) == (102 if resent else 101)


class GoneTransport(EditingTransport):
    """The message to edit is gone (deleted, or too old to edit)."""

    async def edit_text(
        self, chat_id: int, message_id: int, text: str, keyboard: Keyboard | None, *, folds: Folds = ()
    ) -> None:
        self.edits.append(message_id)
        raise SendError(ErrorKind.GONE, detail="message to edit not found")


@pytest.mark.parametrize("older", [False, True])
async def test_an_edit_of_a_gone_screen_is_sent_anew_without_a_second_read(
    sqlite_core: Core, older: bool
) -> None:
    """The chat's message with buttons comes with the outbox page: replacing or clearing it asks
    the store nothing more, and once this send has cleared it, it is not cleared again."""
    store = sqlite_core.store
    if older:  # buttons on an older message than the tapped one (which has none on record)
        await store.outbox_sent(0, 7, [100], keyboard=True)
        await store.outbox_sent(0, 7, [101], keyboard=False)
    else:
        await store.outbox_sent(0, 7, [101], keyboard=True)
    button = Button(Text("btn-skip"), "t")
    reply = Reply(
        parts=(Text("error-generic"),), buttons=((button,),), replace_previous=True, edit_message=101
    )
    await store.run(7, lambda tx: tx.send([reply], "en"))

    async def no_read(chat_id: int) -> int | None:
        raise AssertionError("the sender read last_keyboard")

    store.last_keyboard = no_read  # type: ignore[method-assign]
    transport = GoneTransport()
    await _drain(sqlite_core, transport)
    assert transport.edits == [101]
    assert transport.cleared == ([100] if older else [])  # 101 was the one; it is gone
    assert len(transport.sent) == 1  # sent anew
    del store.last_keyboard
    assert await store.last_keyboard(7) == transport._next


async def test_a_page_read_while_a_send_is_recorded_does_not_send_it_again(memory_core: Core) -> None:
    """A page may be answered from before the commit of a send that ended while it was read
    (PostgreSQL's pool): that chat waits for the next look, so nothing goes out twice."""
    store = memory_core.store
    await store.run(7, lambda tx: tx.send([Reply(parts=(Text("error-generic"),))], "en"))
    release = asyncio.Event()
    armed = False
    page = store.outbox_page

    async def stale_page(after: int, limit: int):  # type: ignore[no-untyped-def]
        rows = await page(after, limit)
        if armed and not release.is_set():
            release.set()
            await asyncio.sleep(0.1)  # the send ends and is recorded meanwhile
        return rows

    class Slow(CountingTransport):
        async def send_text(self, chat_id, text, keyboard, *, silent, folds=()):  # type: ignore[no-untyped-def]
            nonlocal armed
            armed = True
            await release.wait()
            return await super().send_text(chat_id, text, keyboard, silent=silent, folds=folds)

    store.outbox_page = stale_page  # type: ignore[method-assign]
    transport = Slow()
    sender = Sender(
        store, memory_core.translator, transport, memory_core.clock, RateLimiter(1000), on_blocked=_blocked
    )
    stop = asyncio.Event()
    running = asyncio.create_task(sender.run(stop))
    async with asyncio.timeout(30):
        while not release.is_set() or await page(0, 1):
            await asyncio.sleep(0.02)
        await asyncio.sleep(0.3)  # a look or two more
    stop.set()
    await running
    assert len(transport.sent) == 1


def test_the_limiter_forgets_chats_once_their_buckets_refill() -> None:
    """A chat's bucket is kept only while it matters (it is not yet full again): a day of
    100,000 different chats holds a few thousand buckets, not 100,000."""
    now = 0.0
    limiter = RateLimiter(30, per_chat=1.0, chat_burst=3.0, clock=lambda: now)
    held = 0
    for chat in range(100_000):
        now = chat / 30  # one new chat every message, at the bot's whole rate
        assert limiter.delay(chat) == 0
        limiter.take(chat)
        held = max(held, limiter.chats_held)
    assert held <= 4096
    # A chat that just had its burst still waits: nothing it had in hand was forgotten.
    for _ in range(3):
        limiter.take(99_999)
    assert limiter.delay(99_999) > 0
