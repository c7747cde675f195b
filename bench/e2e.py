"""End to end, per adapter: people go through the dealbreaker check (taps, some typed text)
against a fake Bot API; the same load is given to plain framework bots and a raw loop."""

from __future__ import annotations

import asyncio
import os
import random
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

from bench.fakeapi import BenchApi
from bench.measure import cpu_seconds, percentile

ROOT = Path(__file__).resolve().parent.parent
TOKEN = "424242:BENCH-token-aaaaaaaaaaaaaaaaaaaaaaaa"

VARIANTS = {
    "candor-ptb": ["-m", "bot"],
    "plain-ptb": [str(ROOT / "bench" / "baselines" / "ptb_plain.py")],
    "candor-aiogram": ["-m", "bot"],
    "plain-aiogram": [str(ROOT / "bench" / "baselines" / "aiogram_plain.py")],
    "raw-aiohttp": [str(ROOT / "bench" / "baselines" / "raw_aiohttp.py")],
}


@dataclass
class E2eResult:
    variant: str
    updates: int
    seconds: float
    cpu_us_per_update: float
    p50_ms: float
    p99_ms: float
    paced_p50_ms: float | None = None
    paced_p99_ms: float | None = None

    @property
    def per_second(self) -> float:
        return self.updates / self.seconds


def _spawn(variant: str, api: BenchApi, db: Path) -> subprocess.Popen[bytes]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("BOT_")}
    env.update(TOKEN=TOKEN, API=api.url, PYTHONPATH=str(ROOT))
    if variant.startswith("candor"):
        env.update(
            BOT_TOKEN=TOKEN,
            BOT_API_BASE=api.url,
            BOT_DB=str(db),
            BOT_ADAPTER=variant.split("-")[1],
            BOT_SEND_RATE="100000",  # the fake has no rate limits; Candor's limiter is lifted too
            BOT_CHAT_RATE="1000",
            BOT_LOG_LEVEL="WARNING",
        )
    return subprocess.Popen(
        [sys.executable, *VARIANTS[variant]],
        cwd=ROOT,
        env=env,
        stdin=subprocess.DEVNULL,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )


async def _ready(api: BenchApi, process: subprocess.Popen[bytes]) -> None:
    for _ in range(1200):
        if process.poll() is not None:
            raise RuntimeError(
                f"bot exited: {process.stderr.read().decode()[-2000:] if process.stderr else ''}"
            )
        if api.calls["getUpdates"] > 0:
            return
        await asyncio.sleep(0.05)
    raise RuntimeError("bot did not start polling")


def _next_update(api: BenchApi, uid: int, step: int) -> int:
    """What a person does next: start, then mostly tap the first option on screen, now and
    then type something where a button was expected."""
    if step == 0:
        return api.user_command(uid, "start")
    if step % 7 == 3:
        return api.user_text(uid, "I'm not sure what to press")
    for message in reversed(api.chat(uid)):
        markup = message.reply_markup
        if markup and markup.get("inline_keyboard"):
            buttons = [b for row in markup["inline_keyboard"] for b in row if not b["text"].startswith("←")]
            return api.user_tap(uid, message.message_id, buttons[0]["callback_data"])
    return api.user_command(uid, "menu")


async def drive(api: BenchApi, people: int, per_person: int, concurrency: int, first_uid: int) -> list[float]:
    latencies: list[float] = []
    slots = asyncio.Semaphore(concurrency)

    async def person(uid: int) -> None:
        async with slots:
            for step in range(per_person):
                reply = api.expect_reply(uid)
                _next_update(api, uid, step)
                offered = time.perf_counter()
                arrived = await asyncio.wait_for(reply, 60)
                latencies.append(arrived - offered)

    await asyncio.gather(*(person(first_uid + i) for i in range(people)))
    return latencies


async def run_variant(
    variant: str, people: int, per_person: int, concurrency: int, *, paced: int = 0
) -> E2eResult:
    """The flood (``people``, ``concurrency`` at a time), then, if ``paced``, that many people
    at human pace on the same process (one start-up for both)."""
    with tempfile.TemporaryDirectory() as tmp:
        async with BenchApi(TOKEN) as api:
            process = _spawn(variant, api, Path(tmp) / "bench.db")
            try:
                await _ready(api, process)
                await drive(api, 20, 7, 20, 9_000_000)  # warm up: imports, caches, first connections, and
                # a typed message (the safety model and intents load when someone first types)
                api.forget_history()
                cpu0, t0 = cpu_seconds(process.pid), time.perf_counter()
                latencies = await drive(api, people, per_person, concurrency, 1_000_000)
                seconds = time.perf_counter() - t0
                cpu = cpu_seconds(process.pid) - cpu0
                at_pace = await drive_paced(api, paced, 10) if paced else []
            finally:
                process.terminate()
                try:
                    process.wait(30)
                except subprocess.TimeoutExpired:
                    process.kill()
    updates = people * per_person
    return E2eResult(
        variant,
        updates,
        seconds,
        cpu / updates * 1e6,
        percentile(latencies, 0.50) * 1000,
        percentile(latencies, 0.99) * 1000,
        percentile(at_pace, 0.50) * 1000 if at_pace else None,
        percentile(at_pace, 0.99) * 1000 if at_pace else None,
    )


async def drive_paced(api: BenchApi, people: int, per_person: int, think: float = 1.0) -> list[float]:
    """Latency as people experience it: ``people`` at once, each reading for about ``think``
    seconds before the next tap (the load of real people, not a flood)."""
    rng = random.Random(7)
    latencies: list[float] = []

    async def person(uid: int) -> None:
        await asyncio.sleep(rng.uniform(0, think))
        for step in range(per_person):
            reply = api.expect_reply(uid)
            _next_update(api, uid, step)
            offered = time.perf_counter()
            latencies.append(await asyncio.wait_for(reply, 60) - offered)
            await asyncio.sleep(rng.uniform(think * 0.5, think * 1.5))

    await asyncio.gather(*(person(3_000_000 + i) for i in range(people)))
    return latencies
