"""PostgresStore: the Store on PostgreSQL (psycopg 3), for several workers sharing one bot.

The engine's unit of work is synchronous on purpose (load, decide, save and queue replies
with no await inside a transaction), so each unit runs whole on a pooled psycopg connection
in a worker thread, as SQLite's runs on aiosqlite's thread. Per person, a transaction-scoped
advisory lock makes workers take turns; an update is handled by whichever worker holds it
first, in order, exactly once (:meth:`PostgresStore._claim`). Replies committed anywhere wake
the one sender through ``NOTIFY``.

Several workers: :class:`bot.store.roles.PostgresRoles` elects one poller, one sender and one
runner of reminders and maintenance through session advisory locks, which PostgreSQL releases
when a worker's connection ends (a crash included).
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import secrets
import threading
from collections import deque
from collections.abc import Callable, Iterable, Sequence
from concurrent.futures import ThreadPoolExecutor
from functools import cache
from importlib import resources
from typing import TYPE_CHECKING, Any, TypeVar

from bot.engine.clock import SystemClock
from bot.engine.ports import Clock
from bot.store.base import EarlierFirst, HandledElsewhere, InboxItem, dumps
from bot.store.sql import _SELECT_PERSON, Batch, Cursor, SqlStore
from bot.store.sqlite import StoreError

if TYPE_CHECKING:
    import psycopg
    from psycopg_pool import ConnectionPool

T = TypeVar("T")
_Work = tuple[Callable[[Any, "Batch"], Any], bool, "asyncio.Future[Any]"]
log = logging.getLogger(__name__)

POOL_SIZE = 8
# Threads that run units at once. More than two cost CPU in this process (each hands the GIL
# back and forth around every round trip) and bought no throughput: one worker flooded with
# 300 people x 7 updates spent 1.9x SQLite's CPU an update with eight, 1.5x with two and 1.6x
# with one (medians of five runs each, alternating, 2026-12-07, bench.workers' drive). The pool
# may open more connections than that, for maintenance running beside the units.
UNIT_THREADS = 2
LISTEN_RETRY_MAX = 30.0  # seconds between tries to listen again while the database is away
OUTBOX_CHANNEL = "candor_outbox"
# libpq keepalives: a worker whose machine vanished stops holding its locks within ~15 s.
KEEPALIVE = {"keepalives": 1, "keepalives_idle": 5, "keepalives_interval": 2, "keepalives_count": 3}
# Every lock Candor takes with two integer keys lives in this namespace (person locks use one
# bigint key: PostgreSQL keeps the two kinds apart).
LOCK_NAMESPACE = 0x43414E  # "CAN"
MIGRATION_LOCK = 1
_IDLE = 0  # psycopg.pq.TransactionStatus.IDLE
PERSON_TABLES_TO_VACUUM = ("people", "inbox", "outbox", "sent_messages", "checkins", "pairings")


@cache
def _pg(sql: str) -> str:
    """The shared statements' ``?`` placeholders as psycopg's ``%s``."""
    return sql.replace("%", "%%").replace("?", "%s")


# The claim's two reads in one: the update still waiting (else another worker handled it),
# and whether one of the same person's came before it (that one goes first).
_CLAIM = (
    "SELECT user_id, EXISTS (SELECT 1 FROM inbox AS e WHERE e.user_id = i.user_id "
    "AND e.update_id < i.update_id) FROM inbox AS i WHERE i.update_id = ?"
)

# The updates not seen lately are marked seen and go to the inbox; the ids of those.
_INBOX_ADD = (
    "WITH new AS (INSERT INTO seen_updates (update_id, seen_at) SELECT unnest(?::bigint[]), ? "
    "ON CONFLICT DO NOTHING RETURNING update_id) "
    "INSERT INTO inbox (update_id, user_id, payload, received_at) "
    "SELECT * FROM unnest(?::bigint[], ?::bigint[], ?::text[], ?::bigint[]) "
    "AS u (update_id, user_id, payload, received_at) "
    "WHERE u.update_id IN (SELECT update_id FROM new) RETURNING update_id"
)


class _RunCarefully(BaseException):
    """A batch's queued statement failed: undo the unit and run it again, a statement at a
    time (a BaseException, so no person's ``except Exception`` takes it for their own)."""


_SAVEPOINT_STATEMENTS = ("SAVEPOINT", "ROLLBACK TO", "RELEASE")


class _NoRows:
    """The outcome of a statement that returns nothing and was not sent."""

    rowcount = 0
    description = None

    def fetchall(self) -> list[Any]:
        return []

    def fetchone(self) -> Any:
        return None

    def __iter__(self) -> Any:
        return iter(())


_NO_ROWS = _NoRows()


class _Result:
    """One statement's outcome, read from the server with the rest of its queue."""

    __slots__ = ("_db", "_got", "_index")

    def __init__(self, db: _PgDb, index: int) -> None:
        self._db = db
        self._index = index
        self._got: tuple[int, Any, list[Any]] | None = None

    def _outcome(self) -> tuple[int, Any, list[Any]]:
        if self._got is None:
            self._got = self._db.outcome(self._index)
        return self._got

    @property
    def rowcount(self) -> int:
        return self._outcome()[0]

    @property
    def description(self) -> Any:
        return self._outcome()[1]

    def fetchall(self) -> list[Any]:
        rows = self._outcome()[2]
        left = rows[:]
        rows.clear()  # read once, as a cursor's rows are
        return left

    def fetchone(self) -> Any:
        rows = self._outcome()[2]
        return rows.pop(0) if rows else None

    def __iter__(self) -> Any:
        return iter(self.fetchall())


class _PgDb:
    """A psycopg connection speaking the shared statements (see ``bot.store.sql.Db``), several
    statements to a round trip.

    Parameters are bound here (a ``ClientCursor``), so statements can travel together in one
    message: each waits in a queue until a result of it or of a later one is read, or the unit
    ends. A unit's writes, its ``NOTIFY`` and its ``COMMIT`` are one round trip, not one each
    (most of a worker's time went to those round trips and their thread wake-ups). An error
    in a queued statement is raised when the queue is sent, inside the same unit, and rolls the
    unit back as before.

    A unit that sets savepoints (a batch of people, each undone alone if their part fails)
    keeps them here (see ``_savepoint``). Should a queued statement fail there, nobody can tell
    whose part it was, so the unit is undone whole and run again ``careful``: real savepoints,
    and each statement sent at once after the first, failing where it stands."""

    __slots__ = (
        "_ahead",
        "_at_once",
        "_careful",
        "_conn",
        "_cur",
        "_mark",
        "_outcomes",
        "_queue",
        "_saved",
        "_sent",
    )

    def __init__(self, conn: psycopg.Connection[Any], *, careful: bool = False) -> None:
        import psycopg

        self._conn = conn
        self._cur = psycopg.ClientCursor(conn)
        self._queue: list[str] = []
        self._sent = 0  # statements sent before the queue's first
        self._outcomes: dict[int, tuple[int, Any, list[Any]]] = {}
        self._careful = careful
        self._at_once = False
        self._saved = False  # a savepoint was set
        self._mark: tuple[int, int] | None = None  # where the last savepoint stands (not careful)
        self._ahead: tuple[str, Sequence[Any], _Result] | None = None

    def execute(self, sql: str, params: Sequence[Any] = (), /) -> Cursor:
        ahead, self._ahead = self._ahead, None
        if ahead is not None and ahead[0] is sql and ahead[1] == params:
            return ahead[2]  # read ahead, in an earlier round trip (see read_ahead)
        if sql.startswith(_SAVEPOINT_STATEMENTS):
            if self._careful:
                self._at_once = True
            else:
                return self._savepoint(sql)
        if self._at_once:
            self.flush()
            return self._conn.execute(_pg(sql), params)  # prepared on the server, when repeated
        return self._queue_one(sql, params)

    def _savepoint(self, sql: str) -> Cursor:
        """A savepoint kept here, not on the server: a person's part of a batch is undone by
        dropping their statements from the queue before they are sent. (Savepoints on the
        server are subtransactions: a hundred in one transaction slow PostgreSQL down.) A part
        whose statements already went out with a read is undone by running the whole unit
        again carefully."""
        self._saved = True
        if sql.startswith("SAVEPOINT"):
            self._mark = (self._sent, len(self._queue))
        elif sql.startswith("ROLLBACK TO"):
            if self._mark is None or self._mark[0] != self._sent:
                raise _RunCarefully
            del self._queue[self._mark[1] :]
            self._ahead = None
        else:  # RELEASE
            self._mark = None
        return _NO_ROWS

    def executemany(self, sql: str, params: Iterable[Sequence[Any]], /) -> Any:
        self._ahead = None
        if self._at_once:
            self.flush()
            with self._conn.cursor() as cur:
                cur.executemany(_pg(sql), params)
            return None
        for one in params:
            self._queue_one(sql, one)
        return None

    def read_ahead(self, sql: str, params: Sequence[Any]) -> None:
        """Queue a read the unit will most likely make next: if its next statement is this
        one, it gets this result without a round trip of its own."""
        self._ahead = (sql, params, self._queue_one(sql, params))

    def _queue_one(self, sql: str, params: Sequence[Any]) -> _Result:
        self._queue.append(self._cur.mogrify(_pg(sql), params) if params else sql)
        return _Result(self, self._sent + len(self._queue) - 1)

    def outcome(self, index: int) -> tuple[int, Any, list[Any]]:
        if index >= self._sent:
            self.flush()
        return self._outcomes.pop(index)

    def flush(self) -> None:
        """Send what waits, as one message; keep each statement's outcome until it is read."""
        if not self._queue:
            return
        queue, self._queue = self._queue, []
        first, self._sent = self._sent, self._sent + len(queue)
        cur = self._cur
        try:
            cur.execute(";".join(queue))
        except Exception as exc:
            if self._saved:
                raise _RunCarefully from exc
            raise
        for index in range(first, self._sent):
            rows = cur.fetchall() if cur.description is not None else []
            self._outcomes[index] = (cur.rowcount, cur.description, rows)
            cur.nextset()
        # Outcomes no one reads (most writes') are dropped with the unit.

    def discard(self) -> None:
        """Forget what waits (the unit failed before sending it)."""
        self._queue.clear()
        self._ahead = None


def connect_kwargs() -> dict[str, Any]:
    return {"autocommit": True, **KEEPALIVE}


class PostgresStore(SqlStore):
    """The Store on a PostgreSQL database (``BOT_DB=postgresql://...``)."""

    def __init__(self, dsn: str, pool: ConnectionPool, clock: Clock, size: int) -> None:
        self.dsn = dsn
        self._pool = pool
        self._clock = clock
        self._size = min(size, UNIT_THREADS)
        self._threads = ThreadPoolExecutor(max_workers=self._size, thread_name_prefix="candor-pg")
        self._lock = threading.Lock()  # guards the three below, shared with the threads
        self._waiting: deque[_Work] = deque()
        self._draining = 0  # threads taking units from _waiting
        self._done: list[tuple[asyncio.Future[Any], bool, Any]] = []
        self._closed = False
        self._listener: threading.Thread | None = None
        self._listening = threading.Event()
        # This process's own NOTIFYs: its sender was poked already (bot.delivery.pipeline).
        self._token = secrets.token_hex(8)

    @classmethod
    async def open(cls, dsn: str, *, clock: Clock | None = None, size: int = POOL_SIZE) -> PostgresStore:
        """Connect, and bring the schema up to date (one worker at a time)."""
        try:
            import psycopg
            from psycopg_pool import ConnectionPool
        except ImportError:
            raise StoreError(
                "BOT_DB: PostgreSQL needs the psycopg packages (pip install 'candor[postgres]')"
            ) from None
        pool = ConnectionPool(dsn, min_size=1, max_size=size, kwargs=connect_kwargs(), open=False)
        try:
            await asyncio.to_thread(pool.open, wait=True, timeout=10.0)
            await asyncio.to_thread(_migrate, pool)
        except (psycopg.Error, Exception) as exc:  # noqa: BLE001 - one line names the cause
            await asyncio.to_thread(pool.close)
            raise StoreError(f"cannot use BOT_DB (PostgreSQL): {_one_line(exc)}") from None
        return cls(dsn, pool, clock or SystemClock(), size)

    async def close(self) -> None:
        if self._closed:
            return
        self._closed = True
        self._listening.clear()
        await asyncio.to_thread(self._pool.close)
        self._threads.shutdown(wait=False)  # units still waiting fail: the store is closed

    # -- units of work ------------------------------------------------------------------

    async def _submit(self, fn: Callable[[Any, Batch], T], *, write: bool = True) -> T:
        # Units wait in one queue; up to UNIT_THREADS threads take them one after another, each
        # unit its own transaction. A busy worker hands units over and gets results back in
        # batches (one thread wake-up and one loop wake-up for many units, not one each).
        if self._closed:
            raise StoreError("the store is closed")
        loop = asyncio.get_running_loop()
        future: asyncio.Future[T] = loop.create_future()
        with self._lock:
            self._waiting.append((fn, write, future))
            start = self._draining < self._size
            if start:
                self._draining += 1
        if start:
            self._threads.submit(self._drain, loop)
        return await future

    def _drain(self, loop: asyncio.AbstractEventLoop) -> None:
        while True:
            with self._lock:
                if not self._waiting:
                    self._draining -= 1
                    return
                fn, write, future = self._waiting.popleft()
            try:
                if self._closed:
                    raise StoreError("the store is closed")
                outcome = (future, True, self._unit(fn, write))
            except BaseException as exc:  # noqa: BLE001 - handed to the unit's caller
                outcome = (future, False, exc)
            with self._lock:
                self._done.append(outcome)
                wake = len(self._done) == 1
            if wake:
                with contextlib.suppress(RuntimeError):  # the loop has closed
                    loop.call_soon_threadsafe(self._deliver)

    def _deliver(self) -> None:
        with self._lock:
            done, self._done = self._done, []
        for future, ok, value in done:
            if future.done():
                continue  # its caller was cancelled; the unit ran (or failed) all the same
            if ok:
                future.set_result(value)
            else:
                future.set_exception(value)

    def _unit(self, fn: Callable[[Any, Batch], T], write: bool) -> T:
        try:
            return self._unit_once(fn, write, careful=False)
        except _RunCarefully:
            return self._unit_once(fn, write, careful=True)

    def _unit_once(self, fn: Callable[[Any, Batch], T], write: bool, *, careful: bool) -> T:
        batch = Batch(lock_rows=" FOR UPDATE")
        with self._pool.connection() as conn:
            db = _PgDb(conn, careful=careful)
            if not write:  # reads only: each statement is a transaction of its own (autocommit)
                result = fn(db, batch)
                db.flush()
                return result
            db.execute("BEGIN")
            try:
                result = fn(db, batch)
                if batch.sent:  # wakes the sender of whichever worker holds it, at the commit
                    db.execute(f"NOTIFY {OUTBOX_CHANNEL}, '{self._token}'")
                db.execute("COMMIT")
                db.flush()
            except BaseException:
                db.discard()
                if conn.info.transaction_status != _IDLE:
                    with contextlib.suppress(Exception):  # a broken connection: the pool drops it
                        conn.execute("ROLLBACK")
                raise
        return result

    def _turn(self, db: Any, user_id: int) -> None:
        # The same lock as a claim's (held until this commits): a setting and the person's
        # update in hand on another worker take turns.
        db.execute("SELECT pg_advisory_xact_lock(?)", (user_id,))

    def _turns(self, db: Any, user_ids: Sequence[int]) -> set[int]:
        # Everyone's at once, in one statement, before the first savepoint (a rollback to a
        # person's savepoint then keeps the others' turns).
        sql = "SELECT id FROM unnest(?::bigint[]) AS id WHERE NOT pg_try_advisory_xact_lock(id)"
        rows = db.execute(sql, (list(user_ids),)).fetchall()
        return {int(row[0]) for row in rows}

    def _claim(self, db: Any, user_id: int, update_id: int) -> None:
        # One person's transactions take turns across every worker (the lock is a statement
        # of its own: the claim's reads then see what the previous holder committed); inside
        # the turn, the update must still be waiting (else another worker handled it) and be
        # the person's oldest (else that one goes first). The person's row, which the unit
        # reads first, comes in the same round trip.
        db.execute("SELECT pg_advisory_xact_lock(?)", (user_id,))
        claim = db.execute(_CLAIM, (update_id,))
        db.read_ahead(_SELECT_PERSON, (user_id,))
        row = claim.fetchone()
        if row is None:
            raise HandledElsewhere(update_id)
        if row[1]:
            raise EarlierFirst(update_id)

    async def inbox_add(self, items: Sequence[InboxItem], *, keep_seen_for: int) -> list[int]:
        """As ``SqlStore.inbox_add``, with one statement for the lot, not one per update."""
        now = self._now()
        first: dict[int, InboxItem] = {}
        for item in items:
            first.setdefault(item.update_id, item)
        fresh = list(first.values())

        def unit(db: Any, batch: Batch) -> list[int]:
            db.execute("DELETE FROM seen_updates WHERE seen_at < ?", (now - keep_seen_for,))
            if not fresh:
                return []
            rows = db.execute(
                _INBOX_ADD,
                (
                    [i.update_id for i in fresh],
                    now,
                    [i.update_id for i in fresh],
                    [i.user_id for i in fresh],
                    [dumps(i.payload) for i in fresh],
                    [i.received_at for i in fresh],
                ),
            ).fetchall()
            added = {r[0] for r in rows}
            return [i.update_id for i in fresh if i.update_id in added]

        return await self._submit(unit)

    async def compact(self) -> None:
        """Erased rows leave the tables at once (DELETE); VACUUM then frees their space for
        reuse. Their bytes can linger in free space, in the write-ahead log and in backups
        until those are overwritten or expire: the README says how to encrypt them at rest."""

        def vacuum() -> None:
            with self._pool.connection() as conn:
                for table in PERSON_TABLES_TO_VACUUM:
                    conn.execute(f"VACUUM {table}")

        await asyncio.to_thread(vacuum)

    # -- waking the sender --------------------------------------------------------------

    def listen(self, wake: Callable[[], None]) -> None:
        """Call ``wake`` (on the running loop) whenever replies are committed by any worker."""
        loop = asyncio.get_running_loop()
        self._listening.set()

        def run() -> None:
            import psycopg

            pause = 1.0  # doubles while the database stays away (a line a second was a flood)
            while self._listening.is_set():
                try:
                    with psycopg.connect(self.dsn, **connect_kwargs()) as conn:
                        conn.execute(f"LISTEN {OUTBOX_CHANNEL}")
                        pause = 1.0
                        while self._listening.is_set():  # a look at the flag every second
                            for note in conn.notifies(timeout=1.0):
                                if note.payload == self._token:
                                    continue  # committed here: this worker's sender knows
                                with contextlib.suppress(RuntimeError):  # the loop has closed
                                    loop.call_soon_threadsafe(wake)
                except psycopg.Error as exc:
                    log.warning(
                        "listening for new replies failed (%s); retrying in %.0f s", type(exc).__name__, pause
                    )
                    threading.Event().wait(pause)
                    pause = min(pause * 2, LISTEN_RETRY_MAX)

        self._listener = threading.Thread(target=run, name="candor-pg-listen", daemon=True)
        self._listener.start()


def _one_line(exc: BaseException) -> str:
    text = str(exc).strip().splitlines()
    return text[0] if text else type(exc).__name__


def _migrations() -> list[tuple[int, str]]:
    folder = resources.files("bot.store") / "migrations_pg"
    found = []
    for entry in folder.iterdir():
        name = entry.name
        if name.endswith(".sql") and name[:4].isdigit():
            found.append((int(name[:4]), entry.read_text(encoding="utf-8")))
    return sorted(found)


def _migrate(pool: ConnectionPool) -> None:
    """Apply pending migrations; workers starting together wait for the first."""
    with pool.connection() as conn, conn.transaction():
        conn.execute("SELECT pg_advisory_xact_lock(%s, %s)", (LOCK_NAMESPACE, MIGRATION_LOCK))
        conn.execute("CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL)")
        row = conn.execute("SELECT max(version) FROM schema_version").fetchone()
        current = int(row[0]) if row and row[0] is not None else 0
        for number, script in _migrations():
            if number <= current:
                continue
            conn.execute(script.encode())  # several statements: the simple query protocol
            conn.execute("INSERT INTO schema_version (version) VALUES (%s)", (number,))
            log.info("database migrated to version %d", number)
