"""SqliteStore: Candor's durable store on aiosqlite.

Every unit of work (one person's update, an inbox insert, an outbox change) runs whole on
aiosqlite's connection thread. Work submitted while a commit is in flight is grouped into
the next transaction, so under load many updates share one fsync; alone, each update is
one ``BEGIN IMMEDIATE ... COMMIT``. Each unit gets its own savepoint: one failing unit
rolls back alone.
"""

from __future__ import annotations

import asyncio
import contextlib
import fcntl
import logging
import os
import sqlite3
from collections.abc import Callable
from dataclasses import dataclass
from functools import partial
from importlib import resources
from pathlib import Path
from typing import Any, TypeVar

import aiosqlite

from bot.engine.clock import SystemClock
from bot.engine.ports import Clock
from bot.store.sql import PERSON_TABLES, Batch, Db, SqlStore

__all__ = ["PERSON_TABLES", "SqliteStore", "StoreError"]

T = TypeVar("T")
log = logging.getLogger(__name__)

MAX_BATCH = 256
BUSY_TIMEOUT_MS = 5000


class StoreError(RuntimeError):
    """The database could not be opened or used; the message says why in one line."""


@dataclass(slots=True)
class _Work:
    fn: Callable[[Db, Batch], Any]
    future: asyncio.Future[Any]
    write: bool = True


class SqliteStore(SqlStore):
    """The Store on an SQLite file (WAL, synchronous=FULL, secure_delete)."""

    def __init__(self, conn: aiosqlite.Connection, path: Path, clock: Clock) -> None:
        self._conn = conn
        self.path = path
        self._clock = clock
        self._pending: list[_Work] = []
        self._flusher: asyncio.Task[None] | None = None
        self._closed = False
        self._lock: int | None = None  # the file lock held while open (see _lock)

    # -- opening --------------------------------------------------------------------------

    @classmethod
    async def open(
        cls,
        path: str | Path,
        *,
        clock: Clock | None = None,
        connector: Callable[[], sqlite3.Connection] | None = None,
    ) -> SqliteStore:
        """Open (creating if needed) and migrate the database at ``path``.

        ``connector`` replaces ``sqlite3.connect`` (the encrypted store passes SQLCipher's).
        """
        if not hasattr(aiosqlite.Connection, "_execute"):
            raise StoreError("the installed aiosqlite lacks Connection._execute; use aiosqlite 0.20-0.22")
        path = Path(path)
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise StoreError(f"cannot create the folder for BOT_DB {path}: {exc.strerror}") from exc
        if connector is None:

            def connector() -> sqlite3.Connection:
                return sqlite3.connect(str(path), isolation_level=None)

        keyed = connector is not None
        lock = _lock(path)
        conn = aiosqlite.Connection(connector, iter_chunk_size=64)
        try:
            await conn
        except Exception as exc:  # noqa: BLE001 - sqlite3's or SQLCipher's errors alike
            os.close(lock)
            raise StoreError(f"cannot open BOT_DB {path}: {exc}") from None
        store = cls(conn, path, clock or SystemClock())
        store._lock = lock
        try:
            await store._on_db_thread(_prepare)
        except Exception as exc:  # noqa: BLE001 - sqlite3's or SQLCipher's errors alike
            await conn.close()
            os.close(lock)
            if "not a database" in str(exc) and keyed:
                raise StoreError(f"BOT_DB_KEY: the key does not open BOT_DB {path}") from None
            if "not a database" in str(exc):
                raise StoreError(
                    f"cannot use BOT_DB {path}: not a database (encrypted? set BOT_DB_KEY)"
                ) from None
            raise StoreError(f"cannot use BOT_DB {path}: {exc}") from None
        return store

    async def close(self) -> None:
        if self._closed:
            return
        self._closed = True
        if self._flusher is not None:
            await asyncio.shield(self._flusher)
        with contextlib.suppress(sqlite3.Error):
            await self._on_db_thread(lambda db: db.execute("PRAGMA wal_checkpoint(TRUNCATE)"))
        await self._conn.close()
        if self._lock is not None:
            os.close(self._lock)  # the next process may open the database now
            self._lock = None

    # -- the unit-of-work machinery ------------------------------------------------------

    async def _on_db_thread(self, fn: Callable[[sqlite3.Connection], T]) -> T:
        # aiosqlite runs every call on the connection's own thread; `_execute` is the
        # primitive its public methods are built on. Handing it a whole batch costs one
        # thread hop per transaction instead of one per statement (3.6x less time here).
        conn = self._conn
        result: T = await conn._execute(lambda: fn(conn._conn))  # type: ignore[no-untyped-call]  # aiosqlite leaves it unannotated
        return result

    async def _submit(self, fn: Callable[[Db, Batch], T], *, write: bool = True) -> T:
        if self._closed:
            raise StoreError("the store is closed")
        future: asyncio.Future[T] = asyncio.get_running_loop().create_future()
        self._pending.append(_Work(fn, future, write))
        if self._flusher is None:
            self._flusher = asyncio.create_task(self._flush())
        return await future

    async def _flush(self) -> None:
        try:
            while self._pending:
                batch, self._pending = self._pending[:MAX_BATCH], self._pending[MAX_BATCH:]
                try:
                    results = await self._on_db_thread(partial(_run_batch, works=batch))
                except Exception as exc:  # noqa: BLE001 - the commit failed: each caller gets the error
                    for work in batch:
                        if not work.future.done():
                            work.future.set_exception(exc)
                    continue
                for work, (ok, value) in zip(batch, results, strict=True):
                    if work.future.done():
                        continue  # the caller gave up waiting; the work is committed anyway
                    if ok:
                        work.future.set_result(value)
                    else:
                        work.future.set_exception(value)
        finally:
            self._flusher = None

    async def compact(self) -> None:
        """Copy the WAL into the database and truncate it, so no old page images linger."""

        def unit(db: sqlite3.Connection) -> None:
            db.execute("PRAGMA wal_checkpoint(TRUNCATE)")

        # Outside any transaction, after whatever is queued.
        while self._flusher is not None:
            await asyncio.shield(self._flusher)
        await self._on_db_thread(unit)


def _run_batch(db: sqlite3.Connection, works: list[_Work]) -> list[tuple[bool, Any]]:
    batch = Batch()
    results: list[tuple[bool, Any]] = []
    write = any(w.write for w in works)
    db.execute("BEGIN IMMEDIATE" if write else "BEGIN")
    try:
        if len(works) == 1:
            try:
                results.append((True, works[0].fn(db, batch)))
            except Exception as exc:  # noqa: BLE001 - handed back to the unit's caller
                db.execute("ROLLBACK")
                return [(False, exc)]
        else:
            for work in works:
                db.execute("SAVEPOINT unit")
                try:
                    results.append((True, work.fn(db, batch)))
                    db.execute("RELEASE unit")
                except Exception as exc:  # noqa: BLE001 - handed back to the unit's caller
                    db.execute("ROLLBACK TO unit")
                    db.execute("RELEASE unit")
                    results.append((False, exc))
        db.execute("COMMIT")
    except BaseException:
        if db.in_transaction:
            db.execute("ROLLBACK")
        raise
    if batch.erased:
        # Erased rows are overwritten in the main file (secure_delete); truncating the
        # WAL removes the older page images that still held them.
        db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    return results


def _migrations() -> list[tuple[int, str]]:
    folder = resources.files("bot.store") / "migrations"
    found = []
    for entry in folder.iterdir():
        name = entry.name
        if name.endswith(".sql") and name[:4].isdigit():
            found.append((int(name[:4]), entry.read_text(encoding="utf-8")))
    return sorted(found)


def _prepare(db: sqlite3.Connection) -> None:
    """Settings that hold for the connection's life, then any pending migrations."""
    db.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
    mode = db.execute("PRAGMA journal_mode = WAL").fetchone()[0]
    if str(mode).lower() != "wal":
        raise sqlite3.DatabaseError(f"could not switch to WAL journal mode (got {mode})")
    db.execute("PRAGMA synchronous = FULL")
    db.execute("PRAGMA secure_delete = ON")
    db.execute("PRAGMA foreign_keys = ON")
    current = db.execute("PRAGMA user_version").fetchone()[0]
    for number, script in _migrations():
        if number <= current:
            continue
        db.execute("BEGIN IMMEDIATE")
        try:
            for statement in _statements(script):
                db.execute(statement)
            db.execute(f"PRAGMA user_version = {number}")
            db.execute("COMMIT")
        except BaseException:
            db.execute("ROLLBACK")
            raise
        log.info("database migrated to version %d", number)


def _statements(script: str) -> list[str]:
    """Split a migration into whole statements."""
    statements: list[str] = []
    buffer = ""
    for line in script.splitlines(keepends=True):
        buffer += line
        if sqlite3.complete_statement(buffer):
            statements.append(buffer.strip())
            buffer = ""
    if buffer.strip() and not all(
        ln.strip().startswith("--") or not ln.strip() for ln in buffer.splitlines()
    ):
        raise sqlite3.DatabaseError("a migration ends with an unfinished statement")
    return statements


def _lock(path: Path) -> int:
    """Hold ``<db>.lock`` for the store's life: one process per SQLite database (two would
    both send the same replies). The operating system releases it if the process dies."""
    fd = os.open(path.with_name(path.name + ".lock"), os.O_RDWR | os.O_CREAT, 0o600)
    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except OSError:
        os.close(fd)
        raise StoreError(
            f"BOT_DB {path} is in use by another Candor process; run one process per SQLite "
            "database (several processes share a PostgreSQL database instead)"
        ) from None
    return fd
