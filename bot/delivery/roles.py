"""Roles that one worker at a time must hold: polling Telegram, sending the outbox (one send
rate for the bot), and the background (reminders, retention). One process holds them all;
several processes on PostgreSQL elect a holder for each (``bot.store.pg_roles``)."""

from __future__ import annotations

import asyncio
from collections.abc import Callable, Coroutine
from typing import Any, Protocol

Run = Callable[[asyncio.Event], Coroutine[Any, Any, None]]

POLLING = "polling"
SENDER = "sender"
BACKGROUND = "background"


class Roles(Protocol):
    def leading(self, role: str) -> bool:
        """This worker holds ``role`` now."""
        ...

    async def lead(self, role: str, run: Run, stop: asyncio.Event) -> None:
        """Run ``run`` whenever this worker holds ``role``, until ``stop``; when the role is lost
        (the database connection ended), ``run``'s own stop event is set and it is awaited."""
        ...


class OneProcess:
    """The only worker (SQLite: the database file is locked to one process): every role."""

    def leading(self, role: str) -> bool:
        return True

    async def lead(self, role: str, run: Run, stop: asyncio.Event) -> None:
        await run(stop)
