"""Reminder dispatch: 100,000 people due in the same minute, and finding what is due among
1,000,000 scheduled across the day."""

from __future__ import annotations

import asyncio
import sqlite3
import tempfile
import time
from datetime import UTC, datetime
from pathlib import Path

from bot.app import Content, build_core, reminder_dispatcher
from bot.config import Settings
from bot.engine.clock import ManualClock
from bot.engine.session import Person, Session
from bot.store.base import person_row
from bot.store.sqlite import SqliteStore

DAY = datetime(2026, 3, 2, tzinfo=UTC)


def _fill(
    path: Path, people: int, spread_seconds: int, first_uid: int = 1, *, today: int | None = None
) -> None:
    """Bulk-load people active ``today`` (a timestamp) with a daily reminder each, the first due
    that day at 20:00 and the rest spread over ``spread_seconds`` (plain sqlite3: set-up, not
    the thing measured)."""
    day = int(DAY.timestamp()) if today is None else today - today % 86400
    start = day + 20 * 3600
    db = sqlite3.connect(path)
    db.execute("PRAGMA synchronous = OFF")
    rows, rems = [], []
    for i in range(people):
        uid = first_uid + i
        person = Person(
            user_id=uid,
            created_at=day,
            active_at=day,
            locale="en",
            consented_at=0,
            session=Session(at="menu"),
        )
        rows.append(person_row(person))
        due = start + (i * spread_seconds // max(1, people))
        local = (due % 86400) // 60
        rems.append((uid, "UTC", local, None, None, "did", None, "2026-03-01", due, 0, None))
        if len(rows) >= 20_000:
            _flush(db, rows, rems)
            rows, rems = [], []
    _flush(db, rows, rems)
    db.close()


def _flush(db: sqlite3.Connection, rows: list, rems: list) -> None:  # type: ignore[type-arg]
    with db:
        db.executemany(
            "INSERT INTO people (user_id, locale, consented_at, state, prefs, created_at, active_at, "
            "inactive) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            rows,
        )
        db.executemany(
            "INSERT INTO reminders (user_id, tz, local_time, quiet_start, quiet_end, role, plan_days, "
            "started_on, next_due, snoozed, paused_until) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            rems,
        )


async def claim(content: Content, people: int) -> dict[str, float]:
    """All due in the same minute: claim every one and write their prompts to the outbox."""
    with tempfile.TemporaryDirectory(dir=Path.home()) as tmp:
        path = Path(tmp) / "due.db"
        store = await SqliteStore.open(path)  # creates and migrates the schema
        await store.close()
        _fill(path, people, 59)
        clock = ManualClock(DAY.replace(hour=20, minute=1))
        store = await SqliteStore.open(path, clock=clock)
        core = await build_core(Settings(db=path, token=None), store=store, clock=clock, loaded=content)
        t0 = time.perf_counter()
        handled = await reminder_dispatcher(core, batch=2000).run_once()
        seconds = time.perf_counter() - t0
        queued = await store._on_db_thread(lambda db: db.execute("SELECT count(*) FROM outbox").fetchone()[0])
        await core.close()
    return {
        "people": people,
        "handled": handled,
        "queued": queued,
        "seconds": seconds,
        "per_second": handled / seconds,
    }


async def find_due(scheduled: int, repeats: int = 21) -> dict[str, float]:
    """1,000,000 reminders spread over the next 24 hours: how long finding the ones due in the
    current minute takes (the index makes it cost what is due, not what is scheduled)."""
    with tempfile.TemporaryDirectory(dir=Path.home()) as tmp:
        path = Path(tmp) / "day.db"
        store = await SqliteStore.open(path)
        await store.close()
        _fill(path, scheduled, 86_400)
        store = await SqliteStore.open(path)
        now = int(DAY.timestamp()) + 20 * 3600 + 60  # one minute after the first is due
        times, found = [], 0
        for _ in range(repeats):
            t0 = time.perf_counter()
            due = await store.reminders_due(now, 100_000)
            times.append(time.perf_counter() - t0)
            found = len(due)
        await store.close()
    times.sort()
    return {"scheduled": scheduled, "median_ms": times[len(times) // 2] * 1000, "due_found": found}


def run_claim(content: Content, people: int) -> dict[str, float]:
    return asyncio.run(claim(content, people))
