"""InMemoryStore: the same contract as SqliteStore, for tests and experiments.

A unit of work runs without awaiting, so it is atomic on the event loop; its writes are
buffered and applied only if it finishes without an exception, like a rolled-back
transaction.
"""

from __future__ import annotations

import copy
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any, TypeVar

from bot.engine.clock import SystemClock
from bot.engine.outbound import Outbound, from_json, to_json
from bot.engine.ports import Clock
from bot.engine.reminders.model import Checkin, Reminder
from bot.engine.session import Person
from bot.store.base import InboxItem, OutboxItem, person_from_row, person_row

T = TypeVar("T")


@dataclass(slots=True)
class _Row:
    id: int
    chat_id: int
    locale: str
    payload: dict[str, Any]
    created_at: int
    not_before: int = 0
    attempts: int = 0


@dataclass(slots=True)
class _Mine:
    """Everything of one person besides the pipeline tables; copied for a transaction."""

    reminder: Reminder | None = None
    prompted: set[str] = field(default_factory=set)
    checkins: dict[str, Checkin] = field(default_factory=dict)


@dataclass(slots=True)
class _PersonTx:
    store: InMemoryStore
    user_id: int
    now: int
    mine: _Mine
    saved: tuple[Any, ...] | None = None
    sent: list[tuple[dict[str, Any], str]] = field(default_factory=list)
    erased: bool = False

    def load(self) -> Person | None:
        row = self.saved if self.saved is not None else self.store._people.get(self.user_id)
        if self.erased and self.saved is None:
            return None
        return person_from_row(row) if row is not None else None

    def reminder(self) -> Reminder | None:
        return copy.copy(self.mine.reminder)

    def save_reminder(self, reminder: Reminder) -> None:
        self.mine.reminder = copy.copy(reminder)

    def drop_reminder(self) -> None:
        self.mine.reminder = None

    def mark_prompted(self, day: str) -> bool:
        if day in self.mine.prompted:
            return False
        self.mine.prompted.add(day)
        return True

    def save_checkin(self, checkin: Checkin) -> bool:
        if checkin.day in self.mine.checkins:
            return False
        self.mine.checkins[checkin.day] = checkin
        return True

    def checkins(self, since: str) -> list[Checkin]:
        return [c for d, c in sorted(self.mine.checkins.items()) if d >= since]

    def save(self, person: Person) -> None:
        self.saved = person_row(person)

    def send(self, messages: Sequence[Outbound], locale: str) -> None:
        self.sent += [(to_json(m), locale) for m in messages]

    def erase(self) -> None:
        self.erased = True
        self.saved = None
        self.sent.clear()
        self.mine = _Mine()


class InMemoryStore:
    def __init__(self, clock: Clock | None = None) -> None:
        self._clock = clock or SystemClock()
        self._people: dict[int, tuple[Any, ...]] = {}
        self._inbox: dict[int, InboxItem] = {}
        self._seen: dict[int, int] = {}
        self._outbox: dict[int, _Row] = {}
        self._next_id = 1
        self._sent: dict[tuple[int, int], tuple[int, bool]] = {}
        self._meta: dict[str, str] = {}
        self._mine: dict[int, _Mine] = {}

    def _now(self) -> int:
        return int(self._clock.now().timestamp())

    async def run(self, user_id: int, work: Callable[[Any], T], *, ack: int | None = None) -> T:
        tx = _PersonTx(self, user_id, self._now(), copy.deepcopy(self._mine.get(user_id, _Mine())))
        result = work(tx)
        if tx.erased:
            self._erase(user_id)
        if tx.mine.reminder or tx.mine.prompted or tx.mine.checkins:
            self._mine[user_id] = tx.mine
        else:
            self._mine.pop(user_id, None)
        if tx.saved is not None:
            self._people[user_id] = tx.saved
        for payload, locale in tx.sent:
            self._outbox[self._next_id] = _Row(self._next_id, user_id, locale, payload, tx.now)
            self._next_id += 1
        if ack is not None:
            self._inbox.pop(ack, None)
        return result

    def _erase(self, user_id: int) -> None:
        self._people.pop(user_id, None)
        self._mine.pop(user_id, None)
        for key in [k for k, v in self._inbox.items() if v.user_id == user_id]:
            del self._inbox[key]
        for key in [k for k, v in self._outbox.items() if v.chat_id == user_id]:
            del self._outbox[key]
        for key in [k for k in self._sent if k[0] == user_id]:
            del self._sent[key]

    def rows_of(self, user_id: int) -> dict[str, int]:
        """How many rows each table holds for the person (tests of erasure)."""
        return {
            "people": int(user_id in self._people),
            "inbox": sum(1 for v in self._inbox.values() if v.user_id == user_id),
            "outbox": sum(1 for v in self._outbox.values() if v.chat_id == user_id),
            "sent_messages": sum(1 for k in self._sent if k[0] == user_id),
            "reminders": int(bool(self._mine.get(user_id) and self._mine[user_id].reminder)),
            "checkins": len(self._mine[user_id].checkins) if user_id in self._mine else 0,
        }

    async def secret(self, name: str, make: Callable[[], str]) -> str:
        if name not in self._meta:
            self._meta[name] = make()
        return self._meta[name]

    async def people_count(self) -> int:
        return len(self._people)

    async def reminders_due(self, now: int, limit: int) -> list[int]:
        due = sorted(
            (m.reminder.next_due, uid)
            for uid, m in self._mine.items()
            if m.reminder and m.reminder.next_due <= now
        )
        return [uid for _, uid in due[:limit]]

    async def next_reminder_at(self) -> int | None:
        dues = [m.reminder.next_due for m in self._mine.values() if m.reminder]
        return min(dues) if dues else None

    async def forget_prompts(self, before_day: str) -> int:
        count = 0
        for mine in self._mine.values():
            old = {d for d in mine.prompted if d < before_day}
            mine.prompted -= old
            count += len(old)
        return count

    async def inbox_add(self, items: Sequence[InboxItem], *, keep_seen_for: int) -> list[int]:
        now = self._now()
        self._seen = {k: v for k, v in self._seen.items() if v >= now - keep_seen_for}
        added: list[int] = []
        for item in items:
            if item.update_id in self._seen:
                continue
            self._seen[item.update_id] = now
            self._inbox[item.update_id] = copy.deepcopy(item)
            added.append(item.update_id)
        return added

    async def inbox_pending(self, limit: int) -> list[InboxItem]:
        return [self._inbox[k] for k in sorted(self._inbox)[:limit]]

    async def inbox_drop(self, update_id: int) -> None:
        self._inbox.pop(update_id, None)

    def _item(self, row: _Row) -> OutboxItem:
        return OutboxItem(
            row.id, row.chat_id, row.locale, from_json(row.payload), row.created_at, row.attempts
        )

    async def outbox_due(self, now: int, limit: int) -> list[OutboxItem]:
        heads: dict[int, _Row] = {}
        for key in sorted(self._outbox):
            row = self._outbox[key]
            heads.setdefault(row.chat_id, row)
        due = sorted((r for r in heads.values() if r.not_before <= now), key=lambda r: r.id)
        return [self._item(r) for r in due[:limit]]

    async def outbox_for_chat(self, chat_id: int) -> list[OutboxItem]:
        return [self._item(r) for k, r in sorted(self._outbox.items()) if r.chat_id == chat_id]

    async def outbox_sent(
        self, item_id: int, chat_id: int, message_ids: Sequence[int], *, keyboard: bool, record: bool = True
    ) -> None:
        self._outbox.pop(item_id, None)
        if not record:
            return
        now = self._now()
        if keyboard:
            for key, (at, kb) in list(self._sent.items()):
                if key[0] == chat_id and kb:
                    self._sent[key] = (at, False)
        for i, mid in enumerate(message_ids):
            self._sent[(chat_id, mid)] = (now, keyboard and i == len(message_ids) - 1)

    async def outbox_retry(self, item_id: int, not_before: int) -> None:
        row = self._outbox.get(item_id)
        if row is not None:
            row.not_before = not_before
            row.attempts += 1

    async def outbox_drop(self, item_id: int) -> None:
        self._outbox.pop(item_id, None)

    async def outbox_drop_chat(self, chat_id: int) -> int:
        keys = [k for k, v in self._outbox.items() if v.chat_id == chat_id]
        for key in keys:
            del self._outbox[key]
        return len(keys)

    async def last_keyboard(self, chat_id: int) -> int | None:
        ids = [k[1] for k, (_, kb) in self._sent.items() if k[0] == chat_id and kb]
        return max(ids) if ids else None

    async def keyboard_cleared(self, chat_id: int, message_id: int) -> None:
        if (chat_id, message_id) in self._sent:
            self._sent[(chat_id, message_id)] = (self._sent[(chat_id, message_id)][0], False)

    async def recent_messages(self, chat_id: int, since: int) -> list[int]:
        return sorted(k[1] for k, (at, _) in self._sent.items() if k[0] == chat_id and at >= since)

    async def forget_messages(self, chat_id: int, message_ids: Sequence[int]) -> None:
        for mid in message_ids:
            self._sent.pop((chat_id, mid), None)

    async def forget_old_messages(self, before: int) -> int:
        keys = [k for k, (at, _) in self._sent.items() if at < before]
        for key in keys:
            del self._sent[key]
        return len(keys)

    async def checkpoint(self) -> None:
        return None

    async def close(self) -> None:
        return None
