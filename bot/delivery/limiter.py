"""Keeping to Telegram's pace: about one message a second per chat, and a total rate."""

from __future__ import annotations

import time
from collections.abc import Callable


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
        self._total = TokenBucket(total_per_second, max(1.0, total_per_second), clock())
        self._per_chat = per_chat
        self._burst = chat_burst
        self._chats: dict[int, TokenBucket] = {}
        self._paused_until = 0.0

    def delay(self, chat_id: int) -> float:
        """Seconds to wait before the next message to this chat may go (0: go now)."""
        now = self._clock()
        bucket = self._chats.get(chat_id)
        if bucket is None:
            if len(self._chats) > 50_000:  # forget idle chats; a full bucket is the default anyway
                self._chats = {k: v for k, v in self._chats.items() if v.wait_for(now) > 0}
            bucket = self._chats[chat_id] = TokenBucket(self._per_chat, self._burst, now)
        return max(self._paused_until - now, bucket.wait_for(now), self._total.wait_for(now))

    def take(self, chat_id: int) -> None:
        self._chats[chat_id].take()
        self._total.take()

    def pause(self, seconds: float) -> None:
        self._paused_until = max(self._paused_until, self._clock() + seconds)
