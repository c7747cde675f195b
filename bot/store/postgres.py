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
import threading
from collections.abc import Callable, Iterable, Sequence
from concurrent.futures import ThreadPoolExecutor
from functools import cache
from importlib import resources
from typing import TYPE_CHECKING, Any, TypeVar

from bot.engine.clock import SystemClock
from bot.engine.ports import Clock
from bot.store.base import EarlierFirst, HandledElsewhere
from bot.store.sql import Batch, Cursor, SqlStore
from bot.store.sqlite import StoreError

if TYPE_CHECKING:
    import psycopg
    from psycopg_pool import ConnectionPool

T = TypeVar("T")
log = logging.getLogger(__name__)

POOL_SIZE = 8
OUTBOX_CHANNEL = "candor_outbox"
# libpq keepalives: a worker whose machine vanished stops holding its locks within ~15 s.
KEEPALIVE = {"keepalives": 1, "keepalives_idle": 5, "keepalives_interval": 2, "keepalives_count": 3}
# Every lock Candor takes with two integer keys lives in this namespace (person locks use one
# bigint key: PostgreSQL keeps the two kinds apart).
LOCK_NAMESPACE = 0x43414E  # "CAN"
MIGRATION_LOCK = 1
PERSON_TABLES_TO_VACUUM = ("people", "inbox", "outbox", "sent_messages", "checkins", "pairings")


@cache
def _pg(sql: str) -> str:
    """The shared statements' ``?`` placeholders as psycopg's ``%s``."""
    return sql.replace("%", "%%").replace("?", "%s")


class _PgDb:
    """A psycopg connection speaking the shared statements (see ``bot.store.sql.Db``)."""

    __slots__ = ("_conn",)

    def __init__(self, conn: psycopg.Connection[Any]) -> None:
        self._conn = conn

    def execute(self, sql: str, params: Sequence[Any] = (), /) -> Cursor:
        return self._conn.execute(_pg(sql), params)

    def executemany(self, sql: str, params: Iterable[Sequence[Any]], /) -> Any:
        with self._conn.cursor() as cur:
            cur.executemany(_pg(sql), params)
        return None


def connect_kwargs() -> dict[str, Any]:
    return {"autocommit": True, **KEEPALIVE}


class PostgresStore(SqlStore):
    """The Store on a PostgreSQL database (``BOT_DB=postgresql://...``)."""

    def __init__(self, dsn: str, pool: ConnectionPool, clock: Clock, size: int) -> None:
        self.dsn = dsn
        self._pool = pool
        self._clock = clock
        self._threads = ThreadPoolExecutor(max_workers=size, thread_name_prefix="candor-pg")
        self._closed = False
        self._listener: threading.Thread | None = None
        self._listening = threading.Event()

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
        self._threads.shutdown(wait=False, cancel_futures=True)

    # -- units of work ------------------------------------------------------------------

    async def _submit(self, fn: Callable[[Any, Batch], T], *, write: bool = True) -> T:
        if self._closed:
            raise StoreError("the store is closed")
        loop = asyncio.get_running_loop()
        return await loop.run_in_executor(self._threads, self._unit, fn)

    def _unit(self, fn: Callable[[Any, Batch], T]) -> T:
        batch = Batch(lock_rows=" FOR UPDATE")
        with self._pool.connection() as conn, conn.transaction():
            result = fn(_PgDb(conn), batch)
            if batch.sent:
                conn.execute(f"NOTIFY {OUTBOX_CHANNEL}")  # delivered when this commits
        return result

    def _claim(self, db: Any, user_id: int, update_id: int) -> None:
        # One person's transactions take turns across every worker; inside the turn, the
        # update must still be waiting (else another worker handled it) and be the person's
        # oldest (else that one goes first).
        db.execute("SELECT pg_advisory_xact_lock(?)", (user_id,))
        row = db.execute("SELECT user_id FROM inbox WHERE update_id = ?", (update_id,)).fetchone()
        if row is None:
            raise HandledElsewhere(update_id)
        if row[0] is not None:
            earlier = db.execute(
                "SELECT 1 FROM inbox WHERE user_id = ? AND update_id < ? LIMIT 1", (row[0], update_id)
            ).fetchone()
            if earlier is not None:
                raise EarlierFirst(update_id)

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

            while self._listening.is_set():
                try:
                    with psycopg.connect(self.dsn, **connect_kwargs()) as conn:
                        conn.execute(f"LISTEN {OUTBOX_CHANNEL}")
                        while self._listening.is_set():  # a look at the flag every second
                            for _ in conn.notifies(timeout=1.0):
                                with contextlib.suppress(RuntimeError):  # the loop has closed
                                    loop.call_soon_threadsafe(wake)
                except psycopg.Error as exc:
                    log.warning("listening for new replies failed (%s); retrying", type(exc).__name__)
                    threading.Event().wait(1.0)

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
