"""Electing one holder per role (``bot.delivery.roles.Roles``) among workers sharing a PostgreSQL database.

Each role is a session advisory lock held on a connection of its own: the worker that takes
it runs the role; the others try again every ``RETRY`` seconds. PostgreSQL releases the lock
when the holder's connection ends, so a crashed worker's role is taken over within about
``RETRY`` seconds (a vanished machine: after the keepalives give up, ~15 s). A holder checks
its connection every ``CHECK`` seconds and stops the role if it is gone, before anyone else
can have taken it for longer than that.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections.abc import Callable, Coroutine
from typing import Any

from bot.store.postgres import LOCK_NAMESPACE, connect_kwargs

log = logging.getLogger(__name__)

RETRY = 1.0
CHECK = 1.0
# The roles of bot.delivery.roles, each with its lock's second key (a test holds them equal).
ROLE_KEYS = {"polling": 10, "sender": 11, "background": 12}
Run = Callable[[asyncio.Event], Coroutine[Any, Any, None]]


class PostgresRoles:
    def __init__(self, dsn: str, *, retry: float = RETRY, check: float = CHECK) -> None:
        self._dsn = dsn
        self._held: set[str] = set()
        self._retry = retry
        self._check = check

    def leading(self, role: str) -> bool:
        return role in self._held

    async def lead(self, role: str, run: Run, stop: asyncio.Event) -> None:
        key = (LOCK_NAMESPACE, ROLE_KEYS[role])
        while not stop.is_set():
            conn = await self._take(key)
            if conn is None:
                await _sleep_or_stop(stop, self._retry)
                continue
            self._held.add(role)
            log.info("this worker now holds the %s role", role)
            inner = asyncio.Event()
            task = asyncio.create_task(run(inner), name=f"{role}-run")
            try:
                while not stop.is_set() and not task.done():
                    await _sleep_or_stop(stop, self._check)
                    if not await asyncio.to_thread(_alive, conn):
                        log.error("lost the database connection holding the %s role; stepping down", role)
                        break
            finally:
                self._held.discard(role)
                inner.set()
                with contextlib.suppress(Exception):
                    await task
                await asyncio.to_thread(_close, conn)

    async def _take(self, key: tuple[int, int]) -> Any:
        def take() -> Any:
            import psycopg

            try:
                conn = psycopg.connect(self._dsn, **connect_kwargs())
            except psycopg.Error as exc:
                log.warning("could not reach the database to take a role (%s)", type(exc).__name__)
                return None
            row = conn.execute("SELECT pg_try_advisory_lock(%s, %s)", key).fetchone()
            if row and row[0]:
                return conn
            conn.close()
            return None

        return await asyncio.to_thread(take)


def _alive(conn: Any) -> bool:
    try:
        conn.execute("SELECT 1")
        return True
    except Exception:  # noqa: BLE001 - any failure means the lock may be gone
        return False


def _close(conn: Any) -> None:
    with contextlib.suppress(Exception):
        conn.close()


async def _sleep_or_stop(stop: asyncio.Event, seconds: float) -> None:
    with contextlib.suppress(TimeoutError):
        await asyncio.wait_for(stop.wait(), timeout=seconds)
