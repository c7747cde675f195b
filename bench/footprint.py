"""Footprint: memory with 100,000 people stored and 1,000 mid-flow, bytes per idle person,
and how fast each way of running starts."""

from __future__ import annotations

import asyncio
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from bench.e2e import ROOT, TOKEN, drive
from bench.fakeapi import BenchApi
from bench.measure import rss_mb
from bench.reminders import _fill
from bot.store.sqlite import SqliteStore


async def bytes_per_person(people: int) -> float:
    with tempfile.TemporaryDirectory(dir=Path.home()) as tmp:
        path = Path(tmp) / "size.db"
        store = await SqliteStore.open(path)
        await store.close()
        empty = path.stat().st_size
        _fill(path, people, 86_400)
        store = await SqliteStore.open(path)
        size = await store._on_db_thread(
            lambda db: (
                db.execute("PRAGMA page_count").fetchone()[0] * db.execute("PRAGMA page_size").fetchone()[0]
            )
        )
        await store.close()
    return (size - empty) / people


def console_ready_seconds() -> float:
    """From process start until the console chat prints its first prompt."""
    with tempfile.TemporaryDirectory(dir=Path.home()) as tmp:
        env = {k: v for k, v in os.environ.items() if not k.startswith("BOT_")}
        env["BOT_DB"] = str(Path(tmp) / "c.db")
        t0 = time.perf_counter()
        process = subprocess.Popen(
            [sys.executable, "-m", "bot", "console"],
            cwd=ROOT,
            env=env,
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=subprocess.DEVNULL,
        )
        assert process.stdout is not None
        seen = b""
        while b"> " not in seen:
            chunk = process.stdout.read1(4096)  # type: ignore[attr-defined]
            if not chunk:
                break
            seen += chunk
        ready = time.perf_counter() - t0
        process.communicate(b"", timeout=30)
    return ready


async def stored_people(folder: Path, stored: int) -> Path:
    """A database holding ``stored`` people, made once and copied for each adapter."""
    db = folder / "template.db"
    store = await SqliteStore.open(db)
    await store.close()
    # their day is tomorrow: none is inactive for the retention sweep and no reminder is
    # due, so memory is measured with the bot doing only what the people ask of it
    _fill(db, stored, 86_400, first_uid=50_000_000, today=int(time.time()) + 86_400)
    return db


async def adapter_start_and_memory(adapter: str, template: Path, mid_flow: int) -> dict[str, float]:
    """Start-up time to the first getUpdates, and resident memory once ``mid_flow`` people
    are part-way through a flow, with the template's people in the database."""
    import shutil

    with tempfile.TemporaryDirectory(dir=Path.home()) as tmp:
        db = Path(tmp) / "mem.db"
        shutil.copyfile(template, db)
        async with BenchApi(TOKEN) as api:
            env = {k: v for k, v in os.environ.items() if not k.startswith("BOT_")}
            env.update(
                BOT_TOKEN=TOKEN,
                BOT_API_BASE=api.url,
                BOT_DB=str(db),
                BOT_ADAPTER=adapter,
                BOT_SEND_RATE="100000",
                BOT_CHAT_RATE="1000",
                BOT_LOG_LEVEL="WARNING",
            )
            t0 = time.perf_counter()
            process = subprocess.Popen(  # noqa: ASYNC220 - started once, then only polled
                [sys.executable, "-m", "bot"],
                cwd=ROOT,
                env=env,
                stdin=subprocess.DEVNULL,
                stdout=subprocess.DEVNULL,
                stderr=subprocess.DEVNULL,
            )
            try:
                while api.calls["getUpdates"] == 0:
                    if process.poll() is not None:
                        raise RuntimeError("the bot exited")
                    await asyncio.sleep(0.01)
                started = time.perf_counter() - t0
                await drive(api, mid_flow, 4, 100, 2_000_000)  # each stops part-way through the check
                await asyncio.sleep(0.5)
                rss = rss_mb(process.pid)
            finally:
                process.terminate()
                process.wait(30)
    return {"start_seconds": started, "rss_mb": rss}


async def plain_memory(variant: str, mid_flow: int) -> dict[str, float]:
    """The same measures for a plain framework bot (``plain-aiogram``, ``plain-ptb``): the
    floor its library sets before Candor adds anything."""
    from bench.e2e import _spawn

    with tempfile.TemporaryDirectory(dir=Path.home()) as tmp:
        async with BenchApi(TOKEN) as api:
            t0 = time.perf_counter()
            process = _spawn(variant, api, Path(tmp) / "unused.db")
            try:
                while api.calls["getUpdates"] == 0:
                    if process.poll() is not None:
                        raise RuntimeError("the plain bot exited")
                    await asyncio.sleep(0.01)
                started = time.perf_counter() - t0
                await drive(api, mid_flow, 4, 100, 2_000_000)
                await asyncio.sleep(0.5)
                rss = rss_mb(process.pid)
            finally:
                process.terminate()
                process.wait(30)
    return {"start_seconds": started, "rss_mb": rss}
