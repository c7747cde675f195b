"""The storage contract shared by every store, and the row codec they use."""

from __future__ import annotations

import json
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any, Protocol, TypeVar

from bot.engine.outbound import Outbound, from_json
from bot.engine.ports import PersonTx
from bot.engine.session import Person, Session

T = TypeVar("T")


@dataclass(frozen=True, slots=True)
class InboxItem:
    """One raw update from Telegram, kept only until it has been handled."""

    update_id: int
    user_id: int | None
    payload: dict[str, Any]
    received_at: int


@dataclass(frozen=True, slots=True)
class OutboxItem:
    """A reply decided and committed, waiting to be delivered."""

    id: int
    chat_id: int
    locale: str
    message: Outbound
    created_at: int
    attempts: int = 0
    keyboard: int | None = None  # the chat's message with buttons, as read with the outbox page


@dataclass(frozen=True, slots=True)
class OutboxRow:
    """An outbox row as stored, its message still JSON (decoded only if it is sent now), and
    the chat's message that has buttons now (what :meth:`OutboxStore.last_keyboard` reads),
    read in the same statement so the sender needs no second read to replace or clear it."""

    id: int
    chat_id: int
    locale: str
    payload: str
    created_at: int
    attempts: int
    not_before: int
    keyboard: int | None = None

    def item(self) -> OutboxItem:
        return OutboxItem(
            self.id,
            self.chat_id,
            self.locale,
            from_json(json.loads(self.payload)),
            self.created_at,
            self.attempts,
            self.keyboard,
        )


DEAD_LETTER_DAYS = 30


@dataclass(frozen=True, slots=True)
class Sent:
    """A delivered outbox row, to retire: ``record`` keeps its message ids (for editing and
    hiding); ``keyboard``: its last message carries buttons."""

    item_id: int
    chat_id: int
    message_ids: Sequence[int]
    keyboard: bool
    record: bool = True


class HandledElsewhere(Exception):
    """The update is no longer in the inbox: another worker has handled it."""


class PersonBusy(Exception):
    """Another worker is handling this person right now: their turn comes again shortly."""


class EarlierFirst(Exception):
    """An earlier update of the same person is still waiting: it must be handled first."""


@dataclass(frozen=True, slots=True)
class DeadLetter:
    update_id: int | None
    kind: str
    error: str
    at: int


class PeopleStore(Protocol):
    """The person's unit of work: one person's work runs as one transaction."""

    async def run(self, user_id: int, work: Callable[[PersonTx], T], *, ack: int | None = None) -> T:
        """Run ``work`` on the person's data in one transaction; ``ack`` removes that
        update from the inbox in the same commit."""
        ...

    async def run_each(self, units: Sequence[tuple[int, Callable[[PersonTx], T]]]) -> list[T | Exception]:
        """Run many people's work at once, each as if by :meth:`run`: one person's failure
        undoes only that person's changes and comes back in its place in the list."""
        ...

    async def secret(self, name: str, make: Callable[[], str]) -> str:
        """A value created once and kept (the button-token key)."""
        ...


class InboxStore(Protocol):
    """Raw updates, committed before they are confirmed to the platform."""

    async def inbox_add(self, items: Sequence[InboxItem], *, keep_seen_for: int) -> list[int]:
        """Keep new updates (an update seen within ``keep_seen_for`` seconds is not kept
        again); returns the ids that were new."""
        ...

    async def inbox_pending(self, limit: int) -> list[InboxItem]: ...

    async def inbox_before(self, user_id: int, update_id: int) -> list[InboxItem]:
        """A person's updates still waiting that came before ``update_id``, in order (when
        several workers share the inbox, the one holding an update hands these first)."""
        ...

    async def inbox_drop(self, update_id: int) -> None: ...

    async def inbox_reject(self, update_id: int | None, kind: str, error: str) -> None:
        """Set an update aside for good: a dead letter (its id, kind and error class; no
        content) is kept for ``DEAD_LETTER_DAYS``, the update leaves the inbox, and a second
        delivery of it is dropped as seen."""
        ...

    async def dead_letters(self, limit: int) -> list[DeadLetter]:
        """The newest dead letters first."""
        ...


class OutboxStore(Protocol):
    """Replies waiting to be sent, and what was sent (to edit, clear or hide it later)."""

    async def outbox_page(self, after: int, limit: int) -> list[OutboxRow]:
        """Rows in id order after ``after``, each with its chat's :meth:`last_keyboard` as it
        was when the page was read."""
        ...

    async def outbox_for_chat(self, chat_id: int) -> list[OutboxItem]:
        """A chat's waiting messages, oldest first (the console prints them)."""
        ...

    async def outbox_depth(self, limit: int) -> int:
        """How many rows are waiting, counted up to ``limit`` (a bounded read)."""
        ...

    async def outbox_sent(
        self, item_id: int, chat_id: int, message_ids: Sequence[int], *, keyboard: bool, record: bool = True
    ) -> None:
        """Retire a delivered row; ``record`` keeps its message ids (for editing and hiding)."""
        ...

    async def outbox_sent_many(self, sent: Sequence[Sent]) -> None:
        """Retire several delivered rows in one commit (:meth:`outbox_sent` for each, in order)."""
        ...

    async def outbox_retry(self, item_id: int, not_before: int) -> None: ...

    async def outbox_drop(self, item_id: int) -> None: ...

    async def outbox_drop_chat(self, chat_id: int) -> int: ...

    async def last_keyboard(self, chat_id: int) -> int | None: ...

    async def keyboard_cleared(self, chat_id: int, message_id: int) -> None: ...

    async def recent_messages(self, chat_id: int, since: int) -> list[int]: ...

    async def forget_messages(self, chat_id: int, message_ids: Sequence[int]) -> None: ...


class ReminderStore(Protocol):
    """Who is due, found through an index on the next due instant."""

    async def reminders_due(self, now: int, limit: int) -> list[int]: ...

    async def next_reminder_at(self) -> int | None: ...


class MaintenanceStore(PeopleStore, Protocol):
    """Forgetting what is only kept for a while."""

    async def forget_prompts(self, before_day: str) -> int: ...

    async def forget_old_messages(self, before: int) -> int: ...

    async def inactive_people(self, before: int, limit: int) -> list[int]: ...

    async def compact(self) -> None:
        """Leave nothing deleted readable in the backend's files (SQLite: truncate the WAL)."""
        ...


class Store(InboxStore, OutboxStore, ReminderStore, MaintenanceStore, Protocol):
    """Everything the bot persists: each role above, and closing."""

    async def close(self) -> None: ...


def dumps(value: Any) -> str:
    return json.dumps(value, separators=(",", ":"), ensure_ascii=False)


def person_row(p: Person) -> tuple[Any, ...]:
    return (
        p.user_id,
        p.locale,
        p.consented_at,
        dumps(p.session.to_json()),
        dumps(p.prefs),
        p.created_at,
        p.active_at,
        int(p.inactive),
    )


def person_from_row(row: Sequence[Any]) -> Person:
    user_id, locale, consented_at, state, prefs, created_at, active_at, inactive = row
    return Person(
        user_id=user_id,
        locale=locale,
        consented_at=consented_at,
        session=Session.from_json(json.loads(state)),
        prefs=json.loads(prefs),
        created_at=created_at,
        active_at=active_at,
        inactive=bool(inactive),
    )
