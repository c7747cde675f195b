"""What a platform's adapter gives the pipeline: it feeds one raw update through its library's
dispatcher and reports the outcome; its handlers pass events to the sink."""

from __future__ import annotations

import contextvars
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from typing import Any, Protocol

from bot.delivery.transport import Transport
from bot.engine.events import Inbound

Sink = Callable[[Inbound, int], Awaitable[None]]


@dataclass(slots=True)
class Outcome:
    """Filled by the handler that took the update (if any) while the library dispatches it."""

    handled: bool = False
    error: BaseException | None = None


CURRENT: contextvars.ContextVar[Outcome] = contextvars.ContextVar("candor_outcome")


async def deliver(sink: Sink, event: Inbound, update_id: int) -> None:
    """Called by adapter handlers: pass the event on and record what happened.

    Libraries route handler errors to their own error handlers; recording them here lets the
    pipeline retry the update instead of losing it to a log line.
    """
    outcome = CURRENT.get()
    try:
        await sink(event, update_id)
        outcome.handled = True
    except Exception as exc:  # noqa: BLE001 - handed to the pipeline, which retries the update
        outcome.error = exc


class Adapter(Protocol):
    @property
    def transport(self) -> Transport:
        """The calls the sender makes through this adapter's library."""
        ...

    username: str | None  # the bot's @username, known after start()

    async def start(self) -> None:
        """Connect (getMe) and be ready to dispatch."""
        ...

    async def dispatch(self, update: dict[str, Any]) -> Outcome:
        """Feed one raw update through the library's own dispatcher."""
        ...

    async def close(self) -> None: ...
