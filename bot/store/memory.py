"""InMemoryStore: the same contract as SqliteStore, for tests and experiments.

A unit of work runs on a copy of the data and replaces it only if it finishes without an
exception, like a committed transaction; nothing is awaited inside a unit, so units are
atomic on the event loop.
"""

from __future__ import annotations

import copy
import json
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any, TypeVar

from bot.engine.clock import SystemClock
from bot.engine.outbound import Outbound, from_json, to_json
from bot.engine.pairing.model import ENDED, Invite, Pairing
from bot.engine.ports import Clock
from bot.engine.reminders.model import Checkin, Reminder
from bot.engine.session import Person
from bot.store.base import (
    DEAD_LETTER_DAYS,
    DeadLetter,
    InboxItem,
    OutboxItem,
    OutboxRow,
    Sent,
    person_from_row,
    person_row,
)

T = TypeVar("T")
PEOPLE_COLUMNS = (
    "user_id",
    "locale",
    "consented_at",
    "state",
    "prefs",
    "created_at",
    "active_at",
    "inactive",
)


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
class _Data:
    """Everything the store holds; a unit of work gets a copy."""

    people: dict[int, tuple[Any, ...]] = field(default_factory=dict)
    reminders: dict[int, Reminder] = field(default_factory=dict)
    prompted: set[tuple[int, str]] = field(default_factory=set)
    checkins: dict[tuple[int, str], Checkin] = field(default_factory=dict)
    invites: dict[str, Invite] = field(default_factory=dict)
    pairings: dict[int, Pairing] = field(default_factory=dict)
    revisits: dict[int, int] = field(default_factory=dict)
    safety_followups: dict[int, int] = field(default_factory=dict)
    inbox: dict[int, InboxItem] = field(default_factory=dict)
    seen: dict[int, int] = field(default_factory=dict)
    dead: list[DeadLetter] = field(default_factory=list)
    outbox: dict[int, _Row] = field(default_factory=dict)
    sent: dict[tuple[int, int], tuple[int, bool]] = field(default_factory=dict)
    meta: dict[str, str] = field(default_factory=dict)
    next_outbox: int = 1
    next_pairing: int = 1


@dataclass(slots=True)
class _PersonTx:
    data: _Data
    user_id: int
    now: int
    erased: bool = False

    def load(self) -> Person | None:
        row = self.data.people.get(self.user_id)
        return person_from_row(row) if row is not None else None

    def save(self, person: Person) -> None:
        self.data.people[self.user_id] = person_row(person)

    def send(self, messages: Sequence[Outbound], locale: str) -> None:
        for message in messages:
            n = self.data.next_outbox
            self.data.outbox[n] = _Row(n, self.user_id, locale, to_json(message), self.now)
            self.data.next_outbox += 1

    def erase(self) -> None:
        d, uid = self.data, self.user_id
        for p in d.pairings.values():
            if p.a == uid:
                p.a, p.a_answers, p.status = None, None, ENDED
            if p.b == uid:
                p.b, p.b_answers, p.status = None, None, ENDED
        d.pairings = {k: p for k, p in d.pairings.items() if p.a is not None or p.b is not None}
        d.people.pop(uid, None)
        d.reminders.pop(uid, None)
        d.revisits.pop(uid, None)
        d.safety_followups.pop(uid, None)
        d.prompted = {k for k in d.prompted if k[0] != uid}
        d.checkins = {k: v for k, v in d.checkins.items() if k[0] != uid}
        d.invites = {k: v for k, v in d.invites.items() if v.inviter != uid}
        d.inbox = {k: v for k, v in d.inbox.items() if v.user_id != uid}
        d.outbox = {k: v for k, v in d.outbox.items() if v.chat_id != uid}
        d.sent = {k: v for k, v in d.sent.items() if k[0] != uid}
        self.erased = True

    def reminder(self) -> Reminder | None:
        return copy.copy(self.data.reminders.get(self.user_id))

    def save_reminder(self, reminder: Reminder) -> None:
        self.data.reminders[self.user_id] = copy.copy(reminder)

    def drop_reminder(self) -> None:
        self.data.reminders.pop(self.user_id, None)

    def mark_prompted(self, day: str) -> bool:
        key = (self.user_id, day)
        if key in self.data.prompted:
            return False
        self.data.prompted.add(key)
        return True

    def save_checkin(self, checkin: Checkin) -> bool:
        key = (self.user_id, checkin.day)
        if key in self.data.checkins:
            return False
        self.data.checkins[key] = checkin
        return True

    def checkins(self, since: str) -> list[Checkin]:
        return [
            c for (uid, day), c in sorted(self.data.checkins.items()) if uid == self.user_id and day >= since
        ]

    def other(self, user_id: int) -> _PersonTx:
        return _PersonTx(self.data, user_id, self.now)

    def save_invite(self, invite: Invite) -> None:
        self.data.invites = {k: v for k, v in self.data.invites.items() if v.inviter != invite.inviter}
        self.data.invites[invite.token_hash] = copy.deepcopy(invite)

    def find_invite(self, token_hash: str) -> Invite | None:
        return copy.deepcopy(self.data.invites.get(token_hash))

    def drop_invite(self, token_hash: str) -> None:
        self.data.invites.pop(token_hash, None)

    def my_invite(self) -> Invite | None:
        mine = [v for v in self.data.invites.values() if v.inviter == self.user_id]
        return copy.deepcopy(mine[0]) if mine else None

    def pairing(self) -> Pairing | None:
        mine = [p for p in self.data.pairings.values() if self.user_id in (p.a, p.b) and p.status != ENDED]
        return copy.deepcopy(max(mine, key=lambda p: p.id)) if mine else None

    def save_pairing(self, pairing: Pairing) -> int:
        if not pairing.id:
            pairing.id = self.data.next_pairing
            self.data.next_pairing += 1
        self.data.pairings[pairing.id] = copy.deepcopy(pairing)
        return pairing.id

    def revisit(self) -> int | None:
        return self.data.revisits.get(self.user_id)

    def safety_followup(self) -> int | None:
        return self.data.safety_followups.get(self.user_id)

    def set_safety_followup(self, due_at: int | None) -> None:
        if due_at is None:
            self.data.safety_followups.pop(self.user_id, None)
        else:
            self.data.safety_followups[self.user_id] = due_at

    def set_revisit(self, due_at: int | None) -> None:
        if due_at is None:
            self.data.revisits.pop(self.user_id, None)
        else:
            self.data.revisits[self.user_id] = due_at

    def recent_messages(self, since: int) -> list[int]:
        return sorted(k[1] for k, (at, _) in self.data.sent.items() if k[0] == self.user_id and at >= since)

    def dump(self) -> dict[str, list[dict[str, object]]]:
        d, uid = self.data, self.user_id
        out: dict[str, list[dict[str, object]]] = {}
        if uid in d.people:
            out["people"] = [dict(zip(PEOPLE_COLUMNS, d.people[uid], strict=True))]
        if uid in d.reminders:
            rem = d.reminders[uid]
            out["reminders"] = [{k: getattr(rem, k) for k in rem.__slots__}]
        prompted = sorted(day for u, day in d.prompted if u == uid)
        if prompted:
            out["reminder_sent"] = [{"user_id": uid, "day": day} for day in prompted]
        checkins = [c for (u, _), c in sorted(d.checkins.items()) if u == uid]
        if checkins:
            out["checkins"] = [
                {"user_id": uid, "day": c.day, "feel": c.feel, "met": c.met, "need": c.need} for c in checkins
            ]
        sent: list[dict[str, object]] = [
            {"chat_id": k[0], "message_id": k[1], "sent_at": at, "keyboard": int(kb)}
            for k, (at, kb) in d.sent.items()
            if k[0] == uid
        ]
        if sent:
            out["sent_messages"] = sent
        invites = [v for v in d.invites.values() if v.inviter == uid]
        if invites:
            out["pair_invites"] = [
                {
                    "token_hash": v.token_hash,
                    "inviter": uid,
                    "shown_name": v.shown_name,
                    "answers": v.answers,
                    "expires_at": v.expires_at,
                }
                for v in invites
            ]
        pairings = []
        for p in d.pairings.values():
            if uid in (p.a, p.b):
                side = "a" if p.a == uid else "b"
                pairings.append(
                    {
                        "id": p.id,
                        side: uid,
                        "shown_name": p.shown_name,
                        f"{side}_answers": p.answers_of(uid),
                        "status": p.status,
                        "created_at": p.created_at,
                    }
                )
        if pairings:
            out["pairings"] = pairings
        if uid in d.revisits:
            out["revisits"] = [{"user_id": uid, "due_at": d.revisits[uid]}]
        if uid in d.safety_followups:
            out["safety_followups"] = [{"user_id": uid, "due_at": d.safety_followups[uid]}]
        return out


class InMemoryStore:
    def __init__(self, clock: Clock | None = None) -> None:
        self._clock = clock or SystemClock()
        self._data = _Data()

    def _now(self) -> int:
        return int(self._clock.now().timestamp())

    async def run(self, user_id: int, work: Callable[[Any], T], *, ack: int | None = None) -> T:
        draft = copy.deepcopy(self._data)
        result = work(_PersonTx(draft, user_id, self._now()))
        if ack is not None:
            draft.inbox.pop(ack, None)
        self._data = draft
        return result

    async def run_each(self, units: Sequence[tuple[int, Callable[[Any], T]]]) -> list[T | Exception]:
        results: list[T | Exception] = []
        for user_id, work in units:
            try:
                results.append(await self.run(user_id, work))
            except Exception as exc:  # noqa: BLE001 - handed back in the person's place
                results.append(exc)
        return results

    def rows_of(self, user_id: int) -> dict[str, int]:
        """How many rows each table holds for the person (tests of erasure)."""
        d = self._data
        return {
            "people": int(user_id in d.people),
            "inbox": sum(1 for v in d.inbox.values() if v.user_id == user_id),
            "outbox": sum(1 for v in d.outbox.values() if v.chat_id == user_id),
            "sent_messages": sum(1 for k in d.sent if k[0] == user_id),
            "reminders": int(user_id in d.reminders),
            "checkins": sum(1 for k in d.checkins if k[0] == user_id),
            "pairings": sum(1 for p in d.pairings.values() if user_id in (p.a, p.b)),
        }

    async def secret(self, name: str, make: Callable[[], str]) -> str:
        if name not in self._data.meta:
            self._data.meta[name] = make()
        return self._data.meta[name]

    async def people_count(self) -> int:
        return len(self._data.people)

    async def reminders_due(self, now: int, limit: int) -> list[int]:
        due: dict[int, int] = {}
        for uid, rem in self._data.reminders.items():
            if rem.next_due <= now:
                due[uid] = rem.next_due
        for table in (self._data.revisits, self._data.safety_followups):
            for uid, at in table.items():
                if at <= now:
                    due[uid] = min(at, due.get(uid, at))
        return [uid for uid, _ in sorted(due.items(), key=lambda kv: kv[1])][:limit]

    async def next_reminder_at(self) -> int | None:
        dues = [
            *(r.next_due for r in self._data.reminders.values()),
            *self._data.revisits.values(),
            *self._data.safety_followups.values(),
        ]
        return min(dues) if dues else None

    async def forget_prompts(self, before_day: str) -> int:
        old = {k for k in self._data.prompted if k[1] < before_day}
        self._data.prompted -= old
        return len(old)

    async def inbox_add(self, items: Sequence[InboxItem], *, keep_seen_for: int) -> list[int]:
        now = self._now()
        d = self._data
        d.seen = {k: v for k, v in d.seen.items() if v >= now - keep_seen_for}
        added: list[int] = []
        for item in items:
            if item.update_id in d.seen:
                continue
            d.seen[item.update_id] = now
            d.inbox[item.update_id] = copy.deepcopy(item)
            added.append(item.update_id)
        return added

    async def inbox_reject(self, update_id: int | None, kind: str, error: str) -> None:
        now = self._now()
        d = self._data
        d.dead = [x for x in d.dead if x.at >= now - DEAD_LETTER_DAYS * 86400]
        d.dead.append(DeadLetter(update_id, kind[:64], error[:200], now))
        if update_id is not None:
            d.inbox.pop(update_id, None)
            d.seen[update_id] = now

    async def dead_letters(self, limit: int) -> list[DeadLetter]:
        return list(reversed(self._data.dead))[:limit]

    async def inbox_pending(self, limit: int) -> list[InboxItem]:
        return [self._data.inbox[k] for k in sorted(self._data.inbox)[:limit]]

    async def inbox_before(self, user_id: int, update_id: int) -> list[InboxItem]:
        inbox = self._data.inbox
        return [inbox[k] for k in sorted(inbox) if k < update_id and inbox[k].user_id == user_id]

    async def inbox_drop(self, update_id: int) -> None:
        self._data.inbox.pop(update_id, None)

    @staticmethod
    def _item(row: _Row) -> OutboxItem:
        return OutboxItem(
            row.id, row.chat_id, row.locale, from_json(row.payload), row.created_at, row.attempts
        )

    async def outbox_page(self, after: int, limit: int) -> list[OutboxRow]:
        rows = [r for k, r in sorted(self._data.outbox.items()) if k > after][:limit]
        keyboards = {chat: await self.last_keyboard(chat) for chat in {r.chat_id for r in rows}}
        return [
            OutboxRow(
                r.id,
                r.chat_id,
                r.locale,
                json.dumps(r.payload),
                r.created_at,
                r.attempts,
                r.not_before,
                keyboards[r.chat_id],
            )
            for r in rows
        ]

    async def outbox_depth(self, limit: int) -> int:
        return min(limit, len(self._data.outbox))

    async def outbox_for_chat(self, chat_id: int) -> list[OutboxItem]:
        return [self._item(r) for _, r in sorted(self._data.outbox.items()) if r.chat_id == chat_id]

    async def outbox_sent(
        self, item_id: int, chat_id: int, message_ids: Sequence[int], *, keyboard: bool, record: bool = True
    ) -> None:
        d = self._data
        d.outbox.pop(item_id, None)
        if not record:
            return
        now = self._now()
        if keyboard:
            for key, (at, kb) in list(d.sent.items()):
                if key[0] == chat_id and kb:
                    d.sent[key] = (at, False)
        for i, mid in enumerate(message_ids):
            d.sent[(chat_id, mid)] = (now, keyboard and i == len(message_ids) - 1)

    async def outbox_sent_many(self, sent: Sequence[Sent]) -> None:
        for one in sent:
            await self.outbox_sent(
                one.item_id, one.chat_id, one.message_ids, keyboard=one.keyboard, record=one.record
            )

    async def outbox_retry(self, item_id: int, not_before: int) -> None:
        row = self._data.outbox.get(item_id)
        if row is not None:
            row.not_before = not_before
            row.attempts += 1

    async def outbox_drop(self, item_id: int) -> None:
        self._data.outbox.pop(item_id, None)

    async def outbox_drop_chat(self, chat_id: int) -> int:
        keys = [k for k, v in self._data.outbox.items() if v.chat_id == chat_id]
        for key in keys:
            del self._data.outbox[key]
        return len(keys)

    async def last_keyboard(self, chat_id: int) -> int | None:
        ids = [k[1] for k, (_, kb) in self._data.sent.items() if k[0] == chat_id and kb]
        return max(ids) if ids else None

    async def keyboard_cleared(self, chat_id: int, message_id: int) -> None:
        key = (chat_id, message_id)
        if key in self._data.sent:
            self._data.sent[key] = (self._data.sent[key][0], False)

    async def recent_messages(self, chat_id: int, since: int) -> list[int]:
        return sorted(k[1] for k, (at, _) in self._data.sent.items() if k[0] == chat_id and at >= since)

    async def forget_messages(self, chat_id: int, message_ids: Sequence[int]) -> None:
        for mid in message_ids:
            self._data.sent.pop((chat_id, mid), None)

    async def forget_old_messages(self, before: int) -> int:
        keys = [k for k, (at, _) in self._data.sent.items() if at < before]
        for key in keys:
            del self._data.sent[key]
        return len(keys)

    async def inactive_people(self, before: int, limit: int) -> list[int]:
        rows = sorted((person_from_row(r).active_at, uid) for uid, r in self._data.people.items())
        return [uid for at, uid in rows if at < before][:limit]

    async def compact(self) -> None:
        return None

    async def close(self) -> None:
        return None
