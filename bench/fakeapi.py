"""The fake Bot API for benchmarks: no rate limits, and it tells the driver when a reply
reached it, so latency is measured from an update being offered to its answer arriving."""

from __future__ import annotations

import asyncio
import time
from collections import defaultdict, deque
from typing import Any

from tests.fake_bot_api import FakeBotApi

REPLIES = {"sendmessage", "editmessagetext"}


class BenchApi(FakeBotApi):
    def __init__(self, token: str) -> None:
        super().__init__(token, strict_limits=False)
        self._waiting: dict[int, deque[asyncio.Future[float]]] = defaultdict(deque)

    def expect_reply(self, chat_id: int) -> asyncio.Future[float]:
        future: asyncio.Future[float] = asyncio.get_running_loop().create_future()
        self._waiting[chat_id].append(future)
        return future

    async def _execute(self, method: str, params: dict[str, Any]) -> tuple[int, dict[str, Any]]:
        status, body = await super()._execute(method, params)
        if status == 200 and method.lower() in REPLIES:
            try:
                chat = int(params.get("chat_id", 0))
            except (TypeError, ValueError):
                chat = 0
            waiting = self._waiting.get(chat)
            while waiting:
                future = waiting.popleft()
                if not future.done():
                    future.set_result(time.perf_counter())
                    break
        return status, body

    def forget_history(self) -> None:
        """Keep memory flat over long runs: the driver needs only each chat's last messages."""
        self.requests.clear()
