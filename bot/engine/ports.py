"""What the engine needs from the world, as Protocols. Implementations live elsewhere."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from typing import Protocol

from bot.engine.outbound import Outbound
from bot.engine.pairing.model import Invite, Pairing
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

    def dump(self) -> dict[str, list[dict[str, object]]]:
        """Every row kept about this person, by table (for /export)."""
        ...

    # -- pairing -----------------------------------------------------------------------

    def other(self, user_id: int) -> PersonTx:
        """Another person's data in the same transaction (the partner, for a pairing)."""
        ...

    def save_invite(self, invite: Invite) -> None:
        """Keep an invite; any earlier invite of the same inviter is dropped."""
        ...

    def find_invite(self, token_hash: str) -> Invite | None: ...

    def drop_invite(self, token_hash: str) -> None: ...

    def my_invite(self) -> Invite | None:
        """The invite this person made and nobody has used yet (at most one), expired or not."""
        ...

    def pairing(self) -> Pairing | None:
        """The person's latest pairing that has not ended."""
        ...

    def save_pairing(self, pairing: Pairing) -> int:
        """Insert (id 0) or update; returns the id."""
        ...

    def revisit(self) -> int | None: ...

    def set_revisit(self, due_at: int | None) -> None: ...

    def safety_followup(self) -> int | None:
        """When the check on the person they asked for after a safety "yes" is due."""
        ...

    def set_safety_followup(self, due_at: int | None) -> None: ...

    def recent_messages(self, since: int) -> list[int]:
        """Ids of the bot's messages in this person's chat sent since ``since``."""
        ...
