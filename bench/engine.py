"""The engine alone: an inbound event to its committed state and outbox row, SQLite on disk."""

from __future__ import annotations

import asyncio
import tempfile
import time
from pathlib import Path

from bench.measure import percentile
from bot.app import Content, build_core
from bot.config import Settings
from bot.engine.events import ButtonIn, CommandIn, TextIn
from bot.engine.outbound import Reply
from bot.store.sqlite import SqliteStore


async def _person(core, uid: int, updates: int, latencies: list[float]) -> None:  # type: ignore[no-untyped-def]
    out = await core.handle(CommandIn(user_id=uid, name="start"))
    for i in range(updates):
        reply = next((m for m in reversed(out) if isinstance(m, Reply) and m.buttons), None)
        if i % 7 == 3 or reply is None:
            event = TextIn(user_id=uid, text="I'm not sure what to press")
        else:
            event = ButtonIn(user_id=uid, token=reply.buttons[0][0].token)
        t0 = time.perf_counter()
        out = await core.handle(event)
        latencies.append(time.perf_counter() - t0)


async def run(content: Content, people: int, per_person: int, concurrency: int) -> dict[str, float]:
    with tempfile.TemporaryDirectory(dir=Path.home()) as tmp:
        settings = Settings(db=Path(tmp) / "engine.db", token=None)
        store = await SqliteStore.open(settings.db)
        core = await build_core(settings, store=store, loaded=content)
        latencies: list[float] = []
        slots = asyncio.Semaphore(concurrency)

        async def one(uid: int) -> None:
            async with slots:
                await _person(core, uid, per_person, latencies)

        t0 = time.perf_counter()
        await asyncio.gather(*(one(10_000 + i) for i in range(people)))
        seconds = time.perf_counter() - t0
        await core.close()
    return {
        "median_ms": percentile(latencies, 0.5) * 1000,
        "p99_ms": percentile(latencies, 0.99) * 1000,
        "per_second": len(latencies) / seconds,
        # with many people at once, the cost of one update is the wall time over all of them
        "ms_per_update": seconds / len(latencies) * 1000,
    }
