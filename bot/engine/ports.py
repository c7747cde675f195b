"""What the engine needs from the world, as Protocols. Implementations live elsewhere."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from typing import Protocol

from bot.engine.outbound import Outbound
from bot.engine.reminders.model import Checkin, Reminder
from bot.engine.session import Person


class Clock(Protocol):
    def now(self) -> datetime:
        """The current time, timezone-aware, in UTC."""
        ...


class PersonTx(Protocol):
    """One person's data inside one store transaction.

    Methods are synchronous on purpose: the store runs the whole unit of work (load, decide,
    save, queue replies) on its database thread in one transaction.
    """

    @property
    def user_id(self) -> int: ...

    def load(self) -> Person | None: ...

    def save(self, person: Person) -> None: ...

    def send(self, messages: Sequence[Outbound], locale: str) -> None:
        """Queue replies in the outbox, committed together with the new state."""
        ...

    def erase(self) -> None:
        """Remove every row that belongs to this person."""
        ...

    def reminder(self) -> Reminder | None: ...

    def save_reminder(self, reminder: Reminder) -> None: ...

    def drop_reminder(self) -> None: ...

    def mark_prompted(self, day: str) -> bool:
        """Record that the day's check-in prompt went out; False if it already had."""
        ...

    def save_checkin(self, checkin: Checkin) -> bool:
        """Keep a day's check-in; False if that day already has one."""
        ...

    def checkins(self, since: str) -> list[Checkin]: ...


class Catalog(Protocol):
    """The texts the engine may name (implemented by the Fluent translator)."""

    def has(self, locale: str, msg_id: str) -> bool: ...
