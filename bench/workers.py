"""Several workers on PostgreSQL beside one on SQLite: the same flood and the same people at
human pace (bench.e2e's drivers), CPU summed over every worker process; and claiming 100,000
due reminders on PostgreSQL (bench.reminders does SQLite's).

Polling: one worker polls and handles what it fetched; the others stand by, take over within
about a second when it dies, and take up what it left. More workers buy availability, not
Telegram throughput (the bot's send limit is the bottleneck long before CPU is)."""

from __future__ import annotations

import asyncio
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from bench.e2e import ROOT, TOKEN, _ready, drive, drive_paced
from bench.fakeapi import BenchApi
from bench.measure import cpu_seconds, percentile
from tests.pg_server import PgServer

VARIANTS = (("sqlite", 1), ("postgres", 1), ("postgres", 2), ("postgres", 3))


def _spawn(api: BenchApi, db: str) -> subprocess.Popen[bytes]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("BOT_")}
    env.update(
        BOT_TOKEN=TOKEN,
        BOT_API_BASE=api.url,
        BOT_DB=db,
        BOT_SEND_RATE="100000",
        BOT_CHAT_RATE="1000",
        BOT_LOG_LEVEL="WARNING",
    )
    return subprocess.Popen(
        [sys.executable, "-m", "bot"],
        cwd=ROOT,
        env=env,
        stdin=subprocess.DEVNULL,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )


async def run_variant(
    server: PgServer | None, backend: str, workers: int, people: int, per_person: int, paced: int
) -> dict[str, float | int | str]:
    with tempfile.TemporaryDirectory() as tmp:
        db = server.new_database() if backend == "postgres" and server else str(Path(tmp) / "bench.db")
        async with BenchApi(TOKEN) as api:
            processes = [_spawn(api, db) for _ in range(workers)]
            try:
                await _ready(api, processes[0])
                await asyncio.sleep(1.0)  # the standby workers are up too
                await drive(api, 20, 7, 20, 9_000_000)  # warm up, a typed message included (bench.e2e)
                cpu0 = sum(cpu_seconds(p.pid) for p in processes)
                t0 = time.perf_counter()
                await drive(api, people, per_person, 50, 1_000_000)
                seconds = time.perf_counter() - t0
                cpu = sum(cpu_seconds(p.pid) for p in processes) - cpu0
                at_pace = await drive_paced(api, paced, 10)
            finally:
                for p in processes:
                    p.terminate()
                for p in processes:
                    try:
                        p.wait(30)
                    except subprocess.TimeoutExpired:
                        p.kill()
    updates = people * per_person
    return {
        "variant": f"{backend} x{workers}",
        "updates_per_second": updates / seconds,
        "cpu_us_per_update": cpu / updates * 1e6,
        "paced_p50_ms": percentile(at_pace, 0.50) * 1000,
        "paced_p99_ms": percentile(at_pace, 0.99) * 1000,
    }


async def run_all(server: PgServer, people: int, per_person: int, paced: int, log) -> list[dict]:  # type: ignore[no-untyped-def,type-arg]
    out = []
    for backend, workers in VARIANTS:
        result = await run_variant(server, backend, workers, people, per_person, paced)
        log(
            f"  workers {result['variant']}: {result['updates_per_second']:.0f} updates/s, "
            f"{result['cpu_us_per_update']:.0f} us CPU/update, at pace p50 "
            f"{result['paced_p50_ms']:.1f} ms, p99 {result['paced_p99_ms']:.1f} ms"
        )
        out.append(result)
    return out


async def claim_postgres(server: PgServer, content, people: int) -> dict[str, float]:  # type: ignore[no-untyped-def]
    """bench.reminders.claim on PostgreSQL: everyone due in the same minute, claimed and their
    prompts written to the outbox."""
    import psycopg

    from bench.reminders import DAY
    from bot.app import build_core, reminder_dispatcher
    from bot.config import Settings
    from bot.engine.clock import ManualClock
    from bot.engine.session import Person, Session
    from bot.store.base import person_row
    from bot.store.postgres import PostgresStore

    dsn = server.new_database()
    store = await PostgresStore.open(dsn)  # creates the schema
    await store.close()
    day = int(DAY.timestamp())
    start = day + 20 * 3600
    with psycopg.connect(dsn) as conn, conn.cursor() as cur:
        with cur.copy(
            "COPY people (user_id, locale, consented_at, state, prefs, created_at, active_at, inactive) "
            "FROM STDIN"
        ) as copy:
            for uid in range(1, people + 1):
                person = Person(
                    user_id=uid,
                    created_at=day,
                    active_at=day,
                    locale="en",
                    consented_at=0,
                    session=Session(at="menu"),
                )
                copy.write_row(person_row(person))
        with cur.copy(
            "COPY reminders (user_id, tz, local_time, quiet_start, quiet_end, role, plan_days, "
            "started_on, next_due, snoozed, paused_until) FROM STDIN"
        ) as copy:
            for i in range(people):
                due = start + i * 59 // max(1, people)
                copy.write_row(
                    (i + 1, "UTC", (due % 86400) // 60, None, None, "did", None, "2026-03-01", due, 0, None)
                )
    clock = ManualClock(DAY.replace(hour=20, minute=1))
    store = await PostgresStore.open(dsn, clock=clock)
    core = await build_core(Settings(db=dsn, token=None), store=store, clock=clock, loaded=content)
    t0 = time.perf_counter()
    handled = await reminder_dispatcher(core, batch=2000).run_once()
    seconds = time.perf_counter() - t0
    await core.close()
    return {"people": people, "handled": handled, "seconds": seconds}
