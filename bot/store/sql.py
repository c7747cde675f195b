"""The SQL both stores speak: one person's rows (the engine's ``PersonTx``) and every query
of the store ports, written once for SQLite and PostgreSQL.

Statements use ``?`` placeholders and the upsert and ``RETURNING`` forms the two databases
share; each backend supplies a connection-like :class:`Db`, runs units of work in its own
transactions (:meth:`SqlStore._submit`) and claims updates in its own way (:meth:`SqlStore._claim`).
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any, Protocol, TypeVar

from bot.engine.outbound import Outbound, from_json, to_json
from bot.engine.pairing.model import Invite, Pairing
from bot.engine.ports import Clock
from bot.engine.reminders.model import Checkin, Reminder
from bot.engine.session import Person
from bot.store import ahead
from bot.store.ahead import NOT_READ, read_ahead
from bot.store.base import (
    DEAD_LETTER_DAYS,
    DeadLetter,
    InboxItem,
    OutboxItem,
    OutboxRow,
    PersonBusy,
    Sent,
    dumps,
    person_from_row,
    person_row,
)

T = TypeVar("T")

_SELECT_PERSON = f"SELECT {ahead.PERSON_COLUMNS} FROM people WHERE user_id = ?"  # noqa: S608
_UPSERT_PERSON = (
    "INSERT INTO people (user_id, locale, consented_at, state, prefs, created_at, active_at, inactive) "
    "VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (user_id) DO UPDATE SET locale = excluded.locale, "
    "consented_at = excluded.consented_at, state = excluded.state, prefs = excluded.prefs, "
    "active_at = excluded.active_at, inactive = excluded.inactive"
)

# Where a person's rows live, for erasure. Kept next to the schema it mirrors; a test
# checks that every table with a person column is named here.
PERSON_TABLES: tuple[tuple[str, str], ...] = (
    ("people", "user_id"),
    ("inbox", "user_id"),
    ("outbox", "chat_id"),
    ("sent_messages", "chat_id"),
    ("reminders", "user_id"),
    ("reminder_sent", "user_id"),
    ("checkins", "user_id"),
    ("pair_invites", "inviter"),
    ("pairings", "a"),
    ("pairings", "b"),
    ("revisits", "user_id"),
    ("safety_followups", "user_id"),
)

_SELECT_REMINDER = f"SELECT {ahead.REMINDER_COLUMNS} FROM reminders WHERE user_id = ?"  # noqa: S608
_UPSERT_REMINDER = (  # an update in place, not a delete and insert (and index churn)
    "INSERT INTO reminders (user_id, tz, local_time, quiet_start, quiet_end, role, plan_days, "
    "started_on, next_due, snoozed, paused_until) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
    "ON CONFLICT (user_id) DO UPDATE SET tz = excluded.tz, local_time = excluded.local_time, "
    "quiet_start = excluded.quiet_start, quiet_end = excluded.quiet_end, role = excluded.role, "
    "plan_days = excluded.plan_days, started_on = excluded.started_on, next_due = excluded.next_due, "
    "snoozed = excluded.snoozed, paused_until = excluded.paused_until"
)


_LAST_KEYBOARD = (
    "SELECT message_id FROM sent_messages WHERE chat_id = ? AND keyboard = 1 ORDER BY message_id DESC LIMIT 1"
)
_OUTBOX_PAGE = (
    "SELECT o.id, o.chat_id, o.locale, o.payload, o.created_at, o.attempts, o.not_before, "
    "(SELECT s.message_id FROM sent_messages s WHERE s.chat_id = o.chat_id AND s.keyboard = 1 "
    "ORDER BY s.message_id DESC LIMIT 1) FROM outbox o WHERE o.id > ? ORDER BY o.id LIMIT ?"
)


class Cursor(Protocol):
    @property
    def rowcount(self) -> int: ...

    @property
    def description(self) -> Any: ...

    def fetchone(self) -> Any: ...

    def fetchall(self) -> list[Any]: ...

    def __iter__(self) -> Any: ...


class Db(Protocol):
    """The part of a DB-API connection the queries use (sqlite3's, or psycopg's wrapped)."""

    def execute(self, sql: str, params: Sequence[Any] = ..., /) -> Cursor: ...

    def executemany(self, sql: str, params: Iterable[Sequence[Any]], /) -> Any: ...


@dataclass(slots=True)
class Batch:
    """Shared by the units of one transaction."""

    lock_rows: str = ""  # appended to a read that precedes a change (" FOR UPDATE" where it locks)
    erased: bool = False  # someone was erased: the backend may compact after the commit
    sent: bool = False  # replies were queued: the backend may wake the sender after the commit
    ahead: dict[int, dict[str, Any]] = field(default_factory=dict)  # see bot.store.ahead


def loads(text: str) -> Any:
    return json.loads(text)


@dataclass(slots=True)
class PersonRows:
    """One person's data inside a store transaction (the engine's ``PersonTx``), in SQL that
    SQLite and PostgreSQL both speak."""

    db: Db
    batch: Batch
    user_id: int
    now: int
    erased: bool = field(default=False)

    def _ahead(self, part: str) -> Any:
        """A part of this person's rows read ahead with their batch's, or ``NOT_READ``."""
        rows = self.batch.ahead.get(self.user_id)
        return NOT_READ if rows is None else rows.get(part, NOT_READ)

    def _written(self, part: str) -> None:
        rows = self.batch.ahead.get(self.user_id)
        if rows is not None:
            rows.pop(part, None)

    def load(self) -> Person | None:
        row = self._ahead(ahead.PERSON)
        if row is NOT_READ:
            row = self.db.execute(_SELECT_PERSON, (self.user_id,)).fetchone()
        return person_from_row(row) if row else None

    def save(self, person: Person) -> None:
        self._written(ahead.PERSON)
        self.db.execute(_UPSERT_PERSON, person_row(person))

    def send(self, messages: Sequence[Outbound], locale: str) -> None:
        self.db.executemany(
            "INSERT INTO outbox (chat_id, locale, payload, created_at) VALUES (?, ?, ?, ?)",
            [(self.user_id, locale, dumps(to_json(m)), self.now) for m in messages],
        )
        self.batch.sent = True

    def reminder(self) -> Reminder | None:
        row = self._ahead(ahead.REMINDER)
        if row is NOT_READ:
            row = self.db.execute(_SELECT_REMINDER, (self.user_id,)).fetchone()
        return Reminder.from_row(row) if row else None

    def save_reminder(self, reminder: Reminder) -> None:
        self._written(ahead.REMINDER)
        self.db.execute(_UPSERT_REMINDER, reminder.row())

    def drop_reminder(self) -> None:
        self._written(ahead.REMINDER)
        self.db.execute("DELETE FROM reminders WHERE user_id = ?", (self.user_id,))

    def mark_prompted(self, day: str) -> bool:
        sql = "INSERT INTO reminder_sent (user_id, day) VALUES (?, ?) ON CONFLICT DO NOTHING"
        prompted = self._ahead(ahead.PROMPTED)
        if prompted is NOT_READ:
            return bool(self.db.execute(sql, (self.user_id, day)).rowcount == 1)
        if day in prompted:
            return False
        # Known not to be there: nobody else writes this person's rows in their turn, so the
        # insert needs no answer (on PostgreSQL it travels with the unit's other writes).
        self.db.execute(sql, (self.user_id, day))
        prompted.add(day)
        return True

    def save_checkin(self, checkin: Checkin) -> bool:
        self._written(ahead.CHECKINS)
        cur = self.db.execute(
            "INSERT INTO checkins (user_id, day, feel, met, need) VALUES (?, ?, ?, ?, ?) "
            "ON CONFLICT DO NOTHING",
            (self.user_id, checkin.day, checkin.feel, checkin.met, checkin.need),
        )
        return cur.rowcount == 1

    def checkins(self, since: str) -> list[Checkin]:
        read = self._ahead(ahead.CHECKINS)
        if read is not NOT_READ:
            return [Checkin(*row) for row in read if row[0] >= since]
        rows = self.db.execute(
            "SELECT day, feel, met, need FROM checkins WHERE user_id = ? AND day >= ? ORDER BY day",
            (self.user_id, since),
        ).fetchall()
        return [Checkin(*row) for row in rows]

    # -- pairing -------------------------------------------------------------------------

    def other(self, user_id: int) -> PersonRows:
        self.batch.ahead.pop(user_id, None)  # written by this unit: what was read ahead is stale
        return PersonRows(self.db, self.batch, user_id, self.now)

    def save_invite(self, invite: Invite) -> None:
        self.db.execute("DELETE FROM pair_invites WHERE inviter = ?", (invite.inviter,))
        self.db.execute(
            "INSERT INTO pair_invites (token_hash, inviter, shown_name, answers, expires_at) "
            "VALUES (?, ?, ?, ?, ?)",
            (invite.token_hash, invite.inviter, invite.shown_name, dumps(invite.answers), invite.expires_at),
        )

    def find_invite(self, token_hash: str) -> Invite | None:
        row = self.db.execute(
            "SELECT token_hash, inviter, shown_name, answers, expires_at FROM pair_invites "
            "WHERE token_hash = ?",
            (token_hash,),
        ).fetchone()
        return Invite(row[0], row[1], row[2], loads(row[3]), row[4]) if row else None

    def drop_invite(self, token_hash: str) -> None:
        self.db.execute("DELETE FROM pair_invites WHERE token_hash = ?", (token_hash,))

    def my_invite(self) -> Invite | None:
        row = self.db.execute(
            "SELECT token_hash, inviter, shown_name, answers, expires_at FROM pair_invites WHERE inviter = ?",
            (self.user_id,),
        ).fetchone()
        return Invite(row[0], row[1], row[2], loads(row[3]), row[4]) if row else None

    def pairing(self) -> Pairing | None:
        # Locked where the backend locks rows: two partners finishing at the same moment then
        # take turns, and the second sees the first one's answers.
        sql = (
            "SELECT id, a, b, shown_name, a_answers, b_answers, status, created_at FROM pairings "
            "WHERE (a = ? OR b = ?) AND status != 'ended' ORDER BY id DESC LIMIT 1"
        )
        row = self.db.execute(sql + self.batch.lock_rows, (self.user_id, self.user_id)).fetchone()
        if row is None:
            return None
        pid, a, b, name, a_ans, b_ans, status, created = row
        return Pairing(
            pid,
            a,
            b,
            name,
            status,
            created,
            loads(a_ans) if a_ans else None,
            loads(b_ans) if b_ans else None,
        )

    def save_pairing(self, pairing: Pairing) -> int:
        values = (
            pairing.a,
            pairing.b,
            pairing.shown_name,
            dumps(pairing.a_answers) if pairing.a_answers is not None else None,
            dumps(pairing.b_answers) if pairing.b_answers is not None else None,
            pairing.status,
            pairing.created_at,
        )
        if pairing.id:
            self.db.execute(
                "UPDATE pairings SET a = ?, b = ?, shown_name = ?, a_answers = ?, b_answers = ?, status = ?, "
                "created_at = ? WHERE id = ?",
                (*values, pairing.id),
            )
            return pairing.id
        row = self.db.execute(
            "INSERT INTO pairings (a, b, shown_name, a_answers, b_answers, status, created_at) "
            "VALUES (?, ?, ?, ?, ?, ?, ?) RETURNING id",
            values,
        ).fetchone()
        pairing.id = int(row[0])
        return pairing.id

    def revisit(self) -> int | None:
        due = self._ahead(ahead.REVISIT)
        if due is not NOT_READ:
            return due  # type: ignore[no-any-return]
        row = self.db.execute("SELECT due_at FROM revisits WHERE user_id = ?", (self.user_id,)).fetchone()
        return int(row[0]) if row else None

    def set_revisit(self, due_at: int | None) -> None:
        self._written(ahead.REVISIT)
        if due_at is None:
            self.db.execute("DELETE FROM revisits WHERE user_id = ?", (self.user_id,))
        else:
            self.db.execute(
                "INSERT INTO revisits (user_id, due_at) VALUES (?, ?) "
                "ON CONFLICT (user_id) DO UPDATE SET due_at = excluded.due_at",
                (self.user_id, due_at),
            )

    def safety_followup(self) -> int | None:
        due = self._ahead(ahead.FOLLOWUP)
        if due is not NOT_READ:
            return due  # type: ignore[no-any-return]
        row = self.db.execute(
            "SELECT due_at FROM safety_followups WHERE user_id = ?", (self.user_id,)
        ).fetchone()
        return int(row[0]) if row else None

    def set_safety_followup(self, due_at: int | None) -> None:
        self._written(ahead.FOLLOWUP)
        if due_at is None:
            self.db.execute("DELETE FROM safety_followups WHERE user_id = ?", (self.user_id,))
        else:
            self.db.execute(
                "INSERT INTO safety_followups (user_id, due_at) VALUES (?, ?) "
                "ON CONFLICT (user_id) DO UPDATE SET due_at = excluded.due_at",
                (self.user_id, due_at),
            )

    def dump(self) -> dict[str, list[dict[str, object]]]:
        out: dict[str, list[dict[str, object]]] = {}
        for table, column in PERSON_TABLES:
            cursor = self.db.execute(f"SELECT * FROM {table} WHERE {column} = ?", (self.user_id,))  # noqa: S608
            names = [d[0] for d in cursor.description]
            rows = [dict(zip(names, row, strict=True)) for row in cursor.fetchall()]
            if table == "pairings":  # only this person's side: never the partner's answers or id
                side = column
                rows = [
                    {
                        k: v
                        for k, v in row.items()
                        if k not in ("a", "b", "a_answers", "b_answers") or k in (side, f"{side}_answers")
                    }
                    for row in rows
                ]
            if rows:
                out.setdefault(table, []).extend(rows)
        return out

    def recent_messages(self, since: int) -> list[int]:
        rows = self.db.execute(
            "SELECT message_id FROM sent_messages WHERE chat_id = ? AND sent_at >= ? ORDER BY message_id",
            (self.user_id, since),
        ).fetchall()
        return [int(r[0]) for r in rows]

    def erase(self) -> None:
        uid = self.user_id
        self.batch.ahead.pop(uid, None)
        # A pairing keeps the other person's own answers; only this person's side goes.
        self.db.execute(
            "UPDATE pairings SET a = NULL, a_answers = NULL, status = 'ended' WHERE a = ?", (uid,)
        )
        self.db.execute(
            "UPDATE pairings SET b = NULL, b_answers = NULL, status = 'ended' WHERE b = ?", (uid,)
        )
        self.db.execute("DELETE FROM pairings WHERE a IS NULL AND b IS NULL")
        for table, column in PERSON_TABLES:
            if table != "pairings":
                self.db.execute(f"DELETE FROM {table} WHERE {column} = ?", (uid,))  # noqa: S608
        self.batch.erased = True
        self.erased = True


class SqlStore:
    """Every store port's query, over a backend's ``_submit``."""

    _clock: Clock

    async def _submit(self, fn: Callable[[Db, Batch], T], *, write: bool = True) -> T:
        raise NotImplementedError

    def _claim(self, db: Db, user_id: int, update_id: int) -> None:
        """Inside a person's transaction, before handling ``update_id``: make sure it is this
        worker's to handle, now. One process alone (SQLite) has nothing to check."""

    def _turn(self, db: Db, user_id: int) -> None:
        """Inside a person's transaction that handles no update (a check-in, a setting): wait
        for the person's turn, so two workers never write over each other's state. One process
        alone (SQLite: one writer) has nothing to wait for."""

    def _turns(self, db: Db, user_ids: Sequence[int]) -> set[int]:
        """The same for a batch (reminders, retention), without waiting: the turns of everyone
        free are taken; those held elsewhere right now are returned. Nothing held in one
        process."""
        return set()

    def _now(self) -> int:
        return int(self._clock.now().timestamp())

    # -- people ---------------------------------------------------------------------------

    async def run(self, user_id: int, work: Callable[[Any], T], *, ack: int | None = None) -> T:
        now = self._now()

        def unit(db: Db, batch: Batch) -> T:
            if ack is not None:
                self._claim(db, user_id, ack)
            else:
                self._turn(db, user_id)
            result = work(PersonRows(db, batch, user_id, now))
            if ack is not None:
                db.execute("DELETE FROM inbox WHERE update_id = ?", (ack,))
            return result

        return await self._submit(unit)

    async def run_each(self, units: Sequence[tuple[int, Callable[[Any], T]]]) -> list[T | Exception]:
        # One unit of work for the lot: one hop to the database thread and one future, not one
        # per person (a reminder burst spent 40% of its time on those). Each person still gets
        # a savepoint of their own.
        # Everyone's turn is taken first, without waiting (a batch holding many turns and
        # waiting for one more could close a circle with another worker): a person held
        # elsewhere right now gets ``PersonBusy`` in their place, and the caller tries them
        # again shortly. Then their rows are read ahead, a query per table for the lot
        # (bot.store.ahead).
        now = self._now()

        def unit(db: Db, batch: Batch) -> list[T | Exception]:
            results: list[T | Exception] = []
            busy = self._turns(db, [user_id for user_id, _ in units])
            batch.ahead = read_ahead(db, [user_id for user_id, _ in units if user_id not in busy])
            for user_id, work in units:
                if user_id in busy:
                    results.append(PersonBusy(user_id))
                    continue
                db.execute("SAVEPOINT person")
                try:
                    results.append(work(PersonRows(db, batch, user_id, now)))
                except Exception as exc:  # noqa: BLE001 - handed back in the person's place
                    db.execute("ROLLBACK TO person")
                    results.append(exc)
                db.execute("RELEASE person")
                batch.ahead.pop(user_id, None)
            return results

        return await self._submit(unit)

    async def secret(self, name: str, make: Callable[[], str]) -> str:
        def unit(db: Db, batch: Batch) -> str:
            row = db.execute("SELECT value FROM meta WHERE key = ?", (name,)).fetchone()
            if row:
                return str(row[0])
            # Two workers starting together: the first value kept is everyone's.
            db.execute("INSERT INTO meta (key, value) VALUES (?, ?) ON CONFLICT DO NOTHING", (name, make()))
            return str(db.execute("SELECT value FROM meta WHERE key = ?", (name,)).fetchone()[0])

        return await self._submit(unit)

    async def people_count(self) -> int:
        def unit(db: Db, batch: Batch) -> int:
            return int(db.execute("SELECT count(*) FROM people").fetchone()[0])

        return await self._submit(unit, write=False)

    # -- reminders ---------------------------------------------------------------------------

    async def reminders_due(self, now: int, limit: int) -> list[int]:
        """People whose check-in time has come, oldest first (found through the index)."""

        def unit(db: Db, batch: Batch) -> list[int]:
            # Each table is read in due order through its index and stops at ``limit``; one
            # query over both grouped every due row first (100 ms with 100,000 due, each call).
            # Each table holds one row per person, so the first ``limit`` of the merge are
            # within the first ``limit`` of each.
            earliest: dict[int, int] = {}
            for sql in (
                "SELECT user_id, next_due FROM reminders WHERE next_due <= ? ORDER BY next_due LIMIT ?",
                "SELECT user_id, due_at FROM revisits WHERE due_at <= ? ORDER BY due_at LIMIT ?",
                "SELECT user_id, due_at FROM safety_followups WHERE due_at <= ? ORDER BY due_at LIMIT ?",
            ):
                for user_id, due in db.execute(sql, (now, limit)):
                    if due < earliest.get(user_id, due + 1):
                        earliest[user_id] = due
            return sorted(earliest, key=earliest.__getitem__)[:limit]

        return await self._submit(unit, write=False)

    async def next_reminder_at(self) -> int | None:
        def unit(db: Db, batch: Batch) -> int | None:
            row = db.execute(
                "SELECT min(due) FROM (SELECT min(next_due) AS due FROM reminders "
                "UNION ALL SELECT min(due_at) FROM revisits "
                "UNION ALL SELECT min(due_at) FROM safety_followups) AS due_times"
            ).fetchone()
            return int(row[0]) if row and row[0] is not None else None

        return await self._submit(unit, write=False)

    async def forget_prompts(self, before_day: str) -> int:
        def unit(db: Db, batch: Batch) -> int:
            return db.execute("DELETE FROM reminder_sent WHERE day < ?", (before_day,)).rowcount

        return await self._submit(unit)

    # -- inbox ------------------------------------------------------------------------------

    async def inbox_add(self, items: Sequence[InboxItem], *, keep_seen_for: int) -> list[int]:
        """Commit new updates; drop any whose update_id was seen in the last ``keep_seen_for``
        seconds. Returns the ids of the new ones."""
        now = self._now()

        def unit(db: Db, batch: Batch) -> list[int]:
            db.execute("DELETE FROM seen_updates WHERE seen_at < ?", (now - keep_seen_for,))
            added: list[int] = []
            for item in items:
                cur = db.execute(
                    "INSERT INTO seen_updates (update_id, seen_at) VALUES (?, ?) ON CONFLICT DO NOTHING",
                    (item.update_id, now),
                )
                if cur.rowcount == 0:
                    continue
                db.execute(
                    "INSERT INTO inbox (update_id, user_id, payload, received_at) VALUES (?, ?, ?, ?)",
                    (item.update_id, item.user_id, dumps(item.payload), item.received_at),
                )
                added.append(item.update_id)
            return added

        return await self._submit(unit)

    async def inbox_reject(self, update_id: int | None, kind: str, error: str) -> None:
        now = self._now()

        def unit(db: Db, batch: Batch) -> None:
            db.execute("DELETE FROM dead_letters WHERE at < ?", (now - DEAD_LETTER_DAYS * 86400,))
            db.execute(
                "INSERT INTO dead_letters (update_id, kind, error, at) VALUES (?, ?, ?, ?)",
                (update_id, kind[:64], error[:200], now),
            )
            if update_id is not None:
                db.execute("DELETE FROM inbox WHERE update_id = ?", (update_id,))
                db.execute(
                    "INSERT INTO seen_updates (update_id, seen_at) VALUES (?, ?) "
                    "ON CONFLICT (update_id) DO UPDATE SET seen_at = excluded.seen_at",
                    (update_id, now),
                )

        await self._submit(unit)

    async def dead_letters(self, limit: int) -> list[DeadLetter]:
        def unit(db: Db, batch: Batch) -> list[DeadLetter]:
            rows = db.execute(
                "SELECT update_id, kind, error, at FROM dead_letters ORDER BY id DESC LIMIT ?", (limit,)
            ).fetchall()
            return [DeadLetter(*r) for r in rows]

        return await self._submit(unit, write=False)

    async def inbox_pending(self, limit: int) -> list[InboxItem]:
        def unit(db: Db, batch: Batch) -> list[InboxItem]:
            rows = db.execute(
                "SELECT update_id, user_id, payload, received_at FROM inbox ORDER BY update_id LIMIT ?",
                (limit,),
            ).fetchall()
            return [InboxItem(r[0], r[1], loads(r[2]), r[3]) for r in rows]

        return await self._submit(unit, write=False)

    async def inbox_before(self, user_id: int, update_id: int) -> list[InboxItem]:
        """A person's updates still waiting that came before ``update_id``, in order."""

        def unit(db: Db, batch: Batch) -> list[InboxItem]:
            rows = db.execute(
                "SELECT update_id, user_id, payload, received_at FROM inbox "
                "WHERE user_id = ? AND update_id < ? ORDER BY update_id",
                (user_id, update_id),
            ).fetchall()
            return [InboxItem(r[0], r[1], loads(r[2]), r[3]) for r in rows]

        return await self._submit(unit, write=False)

    async def inbox_drop(self, update_id: int) -> None:
        await self._submit(lambda db, b: db.execute("DELETE FROM inbox WHERE update_id = ?", (update_id,)))

    # -- outbox -----------------------------------------------------------------------------

    async def outbox_page(self, after: int, limit: int) -> list[OutboxRow]:
        """Outbox rows in order after id ``after`` (message not yet decoded): the sender takes
        the first row of each chat (its head) from such pages, in time proportional to the
        page, not to the backlog. Each row carries its chat's message with buttons (what
        :meth:`last_keyboard` reads, one index probe per row), read in the same statement."""

        def unit(db: Db, batch: Batch) -> list[OutboxRow]:
            rows = db.execute(_OUTBOX_PAGE, (after, limit)).fetchall()
            return [OutboxRow(*r) for r in rows]

        return await self._submit(unit, write=False)

    async def outbox_depth(self, limit: int) -> int:
        def unit(db: Db, batch: Batch) -> int:
            row = db.execute(
                "SELECT count(*) FROM (SELECT 1 FROM outbox LIMIT ?) AS waiting", (limit,)
            ).fetchone()
            return int(row[0])

        return await self._submit(unit, write=False)

    async def outbox_for_chat(self, chat_id: int) -> list[OutboxItem]:
        def unit(db: Db, batch: Batch) -> list[OutboxItem]:
            rows = db.execute(
                "SELECT id, chat_id, locale, payload, created_at, attempts FROM outbox "
                "WHERE chat_id = ? ORDER BY id",
                (chat_id,),
            ).fetchall()
            return [OutboxItem(r[0], r[1], r[2], from_json(loads(r[3])), r[4], r[5]) for r in rows]

        return await self._submit(unit, write=False)

    async def outbox_sent(
        self, item_id: int, chat_id: int, message_ids: Sequence[int], *, keyboard: bool, record: bool = True
    ) -> None:
        await self.outbox_sent_many([Sent(item_id, chat_id, message_ids, keyboard, record)])

    async def outbox_sent_many(self, sent: Sequence[Sent]) -> None:
        now = self._now()

        def unit(db: Db, batch: Batch) -> None:
            db.execute(
                f"DELETE FROM outbox WHERE id IN ({','.join('?' * len(sent))})",  # noqa: S608
                [one.item_id for one in sent],
            )
            for one in sent:
                if not one.record:
                    continue
                if one.keyboard:
                    db.execute(
                        "UPDATE sent_messages SET keyboard = 0 WHERE chat_id = ? AND keyboard = 1",
                        (one.chat_id,),
                    )
                last = len(one.message_ids) - 1
                db.executemany(
                    "INSERT INTO sent_messages (chat_id, message_id, sent_at, keyboard) VALUES (?, ?, ?, ?) "
                    "ON CONFLICT (chat_id, message_id) DO UPDATE SET sent_at = excluded.sent_at, "
                    "keyboard = excluded.keyboard",
                    [
                        (one.chat_id, mid, now, int(one.keyboard and i == last))
                        for i, mid in enumerate(one.message_ids)
                    ],
                )

        if sent:
            await self._submit(unit)

    async def outbox_retry(self, item_id: int, not_before: int) -> None:
        await self._submit(
            lambda db, b: db.execute(
                "UPDATE outbox SET not_before = ?, attempts = attempts + 1 WHERE id = ?",
                (not_before, item_id),
            )
        )

    async def outbox_drop(self, item_id: int) -> None:
        await self._submit(lambda db, b: db.execute("DELETE FROM outbox WHERE id = ?", (item_id,)))

    async def outbox_drop_chat(self, chat_id: int) -> int:
        def unit(db: Db, batch: Batch) -> int:
            return db.execute("DELETE FROM outbox WHERE chat_id = ?", (chat_id,)).rowcount

        return await self._submit(unit)

    # -- messages the bot sent (for editing keyboards and /hide) ---------------------------

    async def last_keyboard(self, chat_id: int) -> int | None:
        def unit(db: Db, batch: Batch) -> int | None:
            row = db.execute(_LAST_KEYBOARD, (chat_id,)).fetchone()
            return int(row[0]) if row else None

        return await self._submit(unit, write=False)

    async def keyboard_cleared(self, chat_id: int, message_id: int) -> None:
        await self._submit(
            lambda db, b: db.execute(
                "UPDATE sent_messages SET keyboard = 0 WHERE chat_id = ? AND message_id = ?",
                (chat_id, message_id),
            )
        )

    async def recent_messages(self, chat_id: int, since: int) -> list[int]:
        def unit(db: Db, batch: Batch) -> list[int]:
            rows = db.execute(
                "SELECT message_id FROM sent_messages WHERE chat_id = ? AND sent_at >= ? ORDER BY message_id",
                (chat_id, since),
            ).fetchall()
            return [int(r[0]) for r in rows]

        return await self._submit(unit, write=False)

    async def forget_messages(self, chat_id: int, message_ids: Sequence[int]) -> None:
        await self._submit(
            lambda db, b: db.executemany(
                "DELETE FROM sent_messages WHERE chat_id = ? AND message_id = ?",
                [(chat_id, m) for m in message_ids],
            )
        )

    async def inactive_people(self, before: int, limit: int) -> list[int]:
        """People with no activity since ``before`` (for the retention erasure)."""

        def unit(db: Db, batch: Batch) -> list[int]:
            rows = db.execute(
                "SELECT user_id FROM people WHERE active_at < ? ORDER BY active_at LIMIT ?", (before, limit)
            ).fetchall()
            return [int(r[0]) for r in rows]

        return await self._submit(unit, write=False)

    async def forget_old_messages(self, before: int) -> int:
        def unit(db: Db, batch: Batch) -> int:
            return db.execute("DELETE FROM sent_messages WHERE sent_at < ?", (before,)).rowcount

        return await self._submit(unit)
