"""Keeping to the platform's pace (Telegram's: about one message a second per chat, and a
total rate), counting every call made to a chat."""

from __future__ import annotations

import asyncio
import time
from collections.abc import Callable, Sequence

from bot.delivery.transport import Folds, Keyboard, Transport

# Chats with a bucket in hand before the first sweep for refilled ones (a few hundred KB).
SWEEP_FROM = 2048


class TokenBucket:
    __slots__ = ("_capacity", "_level", "_rate", "_stamp")

    def __init__(self, rate: float, capacity: float, now: float) -> None:
        self._rate = rate
        self._capacity = capacity
        self._level = capacity
        self._stamp = now

    def wait_for(self, now: float) -> float:
        """Seconds until one token is available (0 if now)."""
        self._level = min(self._capacity, self._level + (now - self._stamp) * self._rate)
        self._stamp = now
        return 0.0 if self._level >= 1 else (1 - self._level) / self._rate

    def take(self) -> None:
        self._level -= 1

    def full(self, now: float) -> bool:
        """Refilled to capacity by ``now``: no different from a new bucket."""
        return self._level + (now - self._stamp) * self._rate >= self._capacity


class RateLimiter:
    """A global bucket and one per chat. ``pause_until`` holds everything after a 429."""

    def __init__(
        self,
        total_per_second: float,
        *,
        per_chat: float = 1.0,
        chat_burst: float = 3.0,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self._clock = clock
        # A full bucket of C tokens refilled at r a second lets C + r through in one second:
        # a fifth of a second's worth in hand keeps every sliding second within 1.2 r.
        self._total = TokenBucket(total_per_second, max(1.0, total_per_second / 5), clock())
        self._per_chat = per_chat
        self._burst = chat_burst
        self._chats: dict[int, TokenBucket] = {}
        self._sweep_at = SWEEP_FROM
        self._paused_until = 0.0

    def delay(self, chat_id: int) -> float:
        """Seconds to wait before the next message to this chat may go (0: go now)."""
        now = self._clock()
        bucket = self._chats.get(chat_id)
        if bucket is None:
            if len(self._chats) >= self._sweep_at:
                self._sweep(now)
            bucket = self._chats[chat_id] = TokenBucket(self._per_chat, self._burst, now)
        return max(self._paused_until - now, bucket.wait_for(now), self._total.wait_for(now))

    def _sweep(self, now: float) -> None:
        """Forget the chats whose buckets have refilled (a new one starts full anyway): only
        the chats written to in the last few seconds stay. The next sweep waits until the
        map has doubled, so sweeping costs a constant share of the work however busy."""
        self._chats = {k: v for k, v in self._chats.items() if not v.full(now)}
        self._sweep_at = max(SWEEP_FROM, 2 * len(self._chats))

    @property
    def chats_held(self) -> int:
        return len(self._chats)

    def take(self, chat_id: int) -> None:
        self._chats[chat_id].take()
        self._total.take()

    def pause(self, seconds: float) -> None:
        self._paused_until = max(self._paused_until, self._clock() + seconds)


class Paced:
    """A transport whose every call to a chat (sends, edits, keyboard clears, deletes) waits
    its turn in the limiter: Telegram counts them all."""

    def __init__(self, transport: Transport, limiter: RateLimiter) -> None:
        self._transport = transport
        self._limiter = limiter
        self.limits = transport.limits

    async def _turn(self, chat_id: int) -> None:
        while (delay := self._limiter.delay(chat_id)) > 0:  # noqa: ASYNC110 - a timed wait
            await asyncio.sleep(delay)
        self._limiter.take(chat_id)

    async def send_text(
        self, chat_id: int, text: str, keyboard: Keyboard | None, *, silent: bool, folds: Folds = ()
    ) -> int:
        await self._turn(chat_id)
        return await self._transport.send_text(chat_id, text, keyboard, silent=silent, folds=folds)

    async def edit_text(
        self, chat_id: int, message_id: int, text: str, keyboard: Keyboard | None, *, folds: Folds = ()
    ) -> None:
        await self._turn(chat_id)
        await self._transport.edit_text(chat_id, message_id, text, keyboard, folds=folds)

    async def clear_keyboard(self, chat_id: int, message_id: int) -> None:
        await self._turn(chat_id)
        await self._transport.clear_keyboard(chat_id, message_id)

    async def send_document(self, chat_id: int, filename: str, data: bytes, caption: str) -> int:
        await self._turn(chat_id)
        return await self._transport.send_document(chat_id, filename, data, caption)

    async def send_photo(self, chat_id: int, data: bytes, caption: str) -> int:
        await self._turn(chat_id)
        return await self._transport.send_photo(chat_id, data, caption)

    async def delete_messages(self, chat_id: int, message_ids: Sequence[int]) -> None:
        await self._turn(chat_id)
        await self._transport.delete_messages(chat_id, message_ids)

    async def leave_chat(self, chat_id: int) -> None:
        await self._turn(chat_id)
        await self._transport.leave_chat(chat_id)

    async def set_commands(self, commands: Sequence[tuple[str, str]], language: str | None) -> None:
        await self._transport.set_commands(commands, language)
