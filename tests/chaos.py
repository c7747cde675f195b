"""Fault scenarios against the bot as a process, on both adapters, with a table of what a
person would have seen: ``make chaos`` (``python -m tests.chaos``). tests/e2e/test_chaos.py
runs a short round of each in the suite.

Each scenario runs ``python -m bot`` on a SQLite file against the fake Bot API (tests/
fake_bot_api.py), with Telegram's real limits (30 sends a second, one a second per chat):
- kills: people write at a human pace while the process is SIGKILLed at random moments;
- malformed: updates no real client sends (null or string payloads, float ids) between
  real ones;
- slow clients: hundreds of connections trickling their headers at the webhook server;
- second process: another ``python -m bot`` on the same database;
- disk full: the database's disk fills up while people write, then frees (needs root to
  mount a small tmpfs; skipped otherwise).

The bar: nothing lost, at most one reply twice per kill, no more than 30 chat-directed calls
in any second nor one per chat beyond Telegram's burst, the log calm (a few lines a second at
most), the process alive where it should be.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import os
import random
import signal
import socket
import sqlite3
import subprocess
import sys
import tempfile
import time
from collections import Counter
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from pathlib import Path

from tests.fake_bot_api import FakeBotApi

ROOT = Path(__file__).resolve().parents[1]
ADAPTERS = ("ptb", "aiogram")
CHAT_CALLS = {
    "sendMessage",
    "editMessageText",
    "editMessageReplyMarkup",
    "deleteMessage",
    "deleteMessages",
    "sendDocument",
    "sendPhoto",
}
MALFORMED: list[dict[str, object]] = [
    {"message": None},
    {"message": "hello"},
    {"message": {"message_id": 1, "date": 1, "chat": "not a chat", "text": "hi"}},
    {"message": {"message_id": 2, "date": 1, "chat": {"id": 1.5, "type": "private"}, "text": "hi"}},
    {"callback_query": {"id": "q1", "chat_instance": "c", "data": "x"}},
    {"callback_query": "tap"},
    {"edited_message": [1, 2, 3]},
]


@dataclass(slots=True)
class Row:
    scenario: str
    adapter: str
    updates: int = 0
    lost: int = 0
    doubled: int = 0
    kills: int = 0
    busiest_second: int = 0  # chat-directed calls in the busiest sliding second
    chat_second: int = 0  # the most calls to one chat in a sliding second
    log_lines_per_s: float = 0.0  # the busiest second of the log
    notes: list[str] = field(default_factory=list)
    failed: list[str] = field(default_factory=list)

    def check(self) -> Row:
        if self.lost:
            self.failed.append(f"{self.lost} lost")
        if self.doubled > max(self.kills, 0):
            self.failed.append(f"{self.doubled} doubled for {self.kills} kills")
        if self.busiest_second > 30:
            self.failed.append(f"{self.busiest_second} calls in one second")
        if (
            self.chat_second > 4
        ):  # the limiter: a burst of three, then one a second (Telegram allows short bursts)
            self.failed.append(f"{self.chat_second} calls to one chat in one second")
        if self.log_lines_per_s > 20:
            self.failed.append(f"log at {self.log_lines_per_s:.0f} lines in one second")
        return self


def _most_in_a_second(times: list[float]) -> int:
    times = sorted(times)
    most = start = 0
    for end, t in enumerate(times):
        while t - times[start] > 1.0:
            start += 1
        most = max(most, end - start + 1)
    return most


def _limits(api: FakeBotApi, row: Row) -> None:
    calls = [(t, chat) for t, method, chat in api.timeline if method in CHAT_CALLS]
    row.busiest_second = _most_in_a_second([t for t, _ in calls])
    by_chat: dict[object, list[float]] = {}
    for t, chat in calls:
        by_chat.setdefault(chat, []).append(t)
    row.chat_second = max((_most_in_a_second(ts) for ts in by_chat.values()), default=0)


def _log_rate(path: Path) -> float:
    """The most log lines written in one second (lines start with a time stamp to the second)."""
    if not path.exists():
        return 0.0
    seconds = Counter(
        line[:19] for line in path.read_text(errors="replace").splitlines() if line[:4].isdigit()
    )
    return float(max(seconds.values(), default=0))


class Bot:
    """``python -m bot`` as a process, restartable, its log in a file."""

    def __init__(self, api: FakeBotApi, adapter: str, db: Path, log: Path, **env: str) -> None:
        self.env = {k: v for k, v in os.environ.items() if not k.startswith("BOT_")}
        self.env.update(BOT_TOKEN=api.token, BOT_API_BASE=api.url, BOT_DB=str(db), BOT_ADAPTER=adapter, **env)
        if "BOT_LOCALES_DIR" in os.environ:
            self.env["BOT_LOCALES_DIR"] = os.environ["BOT_LOCALES_DIR"]
        self.log = log
        self.process: subprocess.Popen[bytes] | None = None

    def start(self) -> subprocess.Popen[bytes]:
        with self.log.open("ab") as out:
            self.process = subprocess.Popen(
                [sys.executable, "-m", "bot"],
                cwd=ROOT,
                env=self.env,
                stdin=subprocess.DEVNULL,
                stdout=out,
                stderr=subprocess.STDOUT,
            )
        return self.process

    def kill(self) -> None:
        assert self.process is not None
        self.process.send_signal(signal.SIGKILL)
        self.process.wait(10)

    def stop(self) -> int | None:
        if self.process is None or self.process.poll() is not None:
            return self.process.returncode if self.process else None
        self.process.send_signal(signal.SIGTERM)
        try:
            return self.process.wait(30)
        except subprocess.TimeoutExpired:
            self.kill()
            return None


async def _polling(api: FakeBotApi, bot: Bot) -> None:
    before = api.calls["getUpdates"]
    for _ in range(1200):
        assert bot.process is not None
        if bot.process.poll() is not None:
            raise AssertionError(f"the bot exited: {bot.log.read_text(errors='replace')[-2000:]}")
        if api.calls["getUpdates"] > before:
            return
        await asyncio.sleep(0.05)
    raise AssertionError("the bot did not start polling")


async def _settled(db: Path, timeout: float = 60.0) -> None:
    quiet = 0
    async with asyncio.timeout(timeout):
        while quiet < 3:
            with (
                contextlib.suppress(sqlite3.Error),
                contextlib.closing(sqlite3.connect(db, timeout=5)) as conn,
            ):
                waiting = conn.execute("SELECT (SELECT count(*) FROM outbox) + (SELECT count(*) FROM inbox)")
                quiet = quiet + 1 if waiting.fetchone()[0] == 0 else 0
            await asyncio.sleep(0.05)


def _tally(api: FakeBotApi, sent: Counter[int], row: Row) -> None:
    """One reply per command: fewer is a loss, more a duplicate."""
    row.updates = sum(sent.values())
    for user, count in sent.items():
        got = len(api.sent_texts(user))
        row.lost += max(0, count - got)
        row.doubled += max(0, got - count)


async def _people_write(
    api: FakeBotApi, people: list[int], rounds: int, rng: random.Random, sent: Counter[int]
) -> None:
    async def person(user: int) -> None:
        await asyncio.sleep(rng.random() * 2)
        for i in range(rounds):
            api.user_command(user, "help" if i % 2 == 0 else "privacy")
            sent[user] += 1
            await asyncio.sleep(1.2 + rng.random() * 1.2)  # a person reads, then writes again

    await asyncio.gather(*(person(u) for u in people))


async def _all_answered(api: FakeBotApi, sent: Counter[int], timeout: float = 120.0) -> None:
    with contextlib.suppress(TimeoutError):
        async with asyncio.timeout(timeout):
            while any(len(api.sent_texts(u)) < n for u, n in sent.items()):
                await asyncio.sleep(0.1)


# -- the scenarios ----------------------------------------------------------------------------


async def kills(adapter: str, tmp: Path, *, quick: bool) -> Row:
    row = Row("kills", adapter)
    rng = random.Random(11)
    people = [7000 + i for i in range(6 if quick else 10)]
    async with FakeBotApi() as api:
        bot = Bot(api, adapter, tmp / "kills.db", tmp / f"kills-{adapter}.log")
        bot.start()
        sent: Counter[int] = Counter()
        try:
            await _polling(api, bot)

            async def killer() -> None:
                for _ in range(2 if quick else 10):
                    await asyncio.sleep(1.0 + rng.random() * 2.0)
                    bot.kill()
                    row.kills += 1
                    bot.start()

            await asyncio.gather(killer(), _people_write(api, people, 6 if quick else 12, rng, sent))
            await _all_answered(api, sent)
            await _settled(tmp / "kills.db")
            await asyncio.sleep(1)  # anything sent twice late shows too
        finally:
            bot.stop()
        _tally(api, sent, row)
        _limits(api, row)
    row.log_lines_per_s = _log_rate(bot.log)
    return row.check()


async def malformed(adapter: str, tmp: Path, *, quick: bool) -> Row:
    row = Row("malformed updates", adapter)
    rng = random.Random(12)
    people = [7100 + i for i in range(4)]
    async with FakeBotApi() as api:
        bot = Bot(api, adapter, tmp / "bad.db", tmp / f"bad-{adapter}.log")
        bot.start()
        sent: Counter[int] = Counter()
        try:
            await _polling(api, bot)

            async def poison() -> None:
                for bad in MALFORMED * (1 if quick else 3):
                    api.push_raw(bad)
                    await asyncio.sleep(0.3 + rng.random() * 0.5)

            await asyncio.gather(poison(), _people_write(api, people, 4 if quick else 8, rng, sent))
            await _all_answered(api, sent)
            await _settled(tmp / "bad.db")
            alive = bot.process is not None and bot.process.poll() is None
            with contextlib.closing(sqlite3.connect(tmp / "bad.db")) as conn:
                aside = conn.execute("SELECT count(*) FROM dead_letters").fetchone()[0]
        finally:
            code = bot.stop()
        _tally(api, sent, row)
        _limits(api, row)
        row.notes.append(f"{aside} set aside of {len(MALFORMED) * (1 if quick else 3)}")
        if not alive:
            row.failed.append("the process died")
        if code != 0:
            row.failed.append(f"SIGTERM exit {code}")
    row.log_lines_per_s = _log_rate(bot.log)
    return row.check()


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _descriptors(pid: int) -> int:
    with contextlib.suppress(OSError):
        return len(os.listdir(f"/proc/{pid}/fd"))
    return 0


async def slow_clients(adapter: str, tmp: Path, *, quick: bool) -> Row:
    """Connections that trickle their headers, one byte a second, while people write."""
    row = Row("slow clients", adapter)
    rng = random.Random(13)
    people = [7200 + i for i in range(4)]
    port = _free_port()
    async with FakeBotApi() as api:
        bot = Bot(
            api,
            adapter,
            tmp / "slow.db",
            tmp / f"slow-{adapter}.log",
            BOT_WEBHOOK_URL=f"http://127.0.0.1:{port}/hook",
            BOT_WEBHOOK_SECRET="s3cret",
            BOT_WEBHOOK_PORT=str(port),
        )
        process = bot.start()
        sent: Counter[int] = Counter()
        writers: list[asyncio.StreamWriter] = []
        most_fds = 0
        try:
            await api.wait_for(lambda: api.webhook is not None, timeout=60, message="no webhook set")

            async def attack() -> None:
                for _ in range(300 if quick else 1200):
                    with contextlib.suppress(OSError):
                        _, writer = await asyncio.open_connection("127.0.0.1", port)
                        writer.write(b"POST /hook HTTP/1.1\r\nHost: x\r\n")
                        writers.append(writer)
                    await asyncio.sleep(0.005)
                for _ in range(12):
                    for writer in writers:
                        with contextlib.suppress(OSError, RuntimeError):
                            writer.write(b"X")
                    await asyncio.sleep(1)

            async def deliver() -> None:
                """Telegram: post what is pending, again while it is not accepted."""
                while True:
                    if api.pending_updates:
                        with contextlib.suppress(AssertionError):
                            await api.deliver_webhook(answer_timeout=5)
                    await asyncio.sleep(0.2)

            async def watch() -> None:
                nonlocal most_fds
                while True:
                    most_fds = max(most_fds, _descriptors(process.pid))
                    await asyncio.sleep(0.2)

            background = [asyncio.create_task(deliver()), asyncio.create_task(watch())]
            await asyncio.gather(attack(), _people_write(api, people, 4 if quick else 8, rng, sent))
            await _all_answered(api, sent)
            for task in background:
                task.cancel()
        finally:
            for writer in writers:
                writer.close()
            code = bot.stop()
        _tally(api, sent, row)
        _limits(api, row)
        row.notes.append(f"at most {most_fds} descriptors open")
        if most_fds > 400:
            row.failed.append(f"{most_fds} descriptors")
        if code != 0:
            row.failed.append(f"SIGTERM exit {code}")
    row.log_lines_per_s = _log_rate(bot.log)
    return row.check()


async def second_process(adapter: str, tmp: Path, *, quick: bool) -> Row:
    row = Row("second process", adapter)
    async with FakeBotApi() as api:
        first = Bot(api, adapter, tmp / "two.db", tmp / f"two-1-{adapter}.log")
        second = Bot(api, adapter, tmp / "two.db", tmp / f"two-2-{adapter}.log")
        first.start()
        sent: Counter[int] = Counter()
        try:
            await _polling(api, first)
            proc = second.start()
            try:
                code = proc.wait(60)
            except subprocess.TimeoutExpired:
                code = None
            said = second.log.read_text(errors="replace").strip().splitlines()
            api.user_command(7300, "help")
            sent[7300] += 1
            await _all_answered(api, sent, 30)
        finally:
            second.stop()
            first.stop()
        _tally(api, sent, row)
        if code in (None, 0):
            row.failed.append("the second process ran")
        else:
            row.notes.append(f"refused ({len(said)} line): {said[-1][:70] if said else ''}")
        if len(said) > 2:
            row.failed.append(f"{len(said)} lines to refuse")
    row.log_lines_per_s = _log_rate(first.log)
    return row.check()


async def disk_full(adapter: str, tmp: Path, *, quick: bool) -> Row:
    row = Row("disk full", adapter)
    disk = tmp / f"disk-{adapter}"
    disk.mkdir()
    mount = await asyncio.create_subprocess_exec(
        "mount",
        "-t",
        "tmpfs",
        "-o",
        "size=24m",
        "tmpfs",
        str(disk),
        stdout=asyncio.subprocess.DEVNULL,
        stderr=asyncio.subprocess.DEVNULL,
    )
    if await mount.wait() != 0:
        row.notes.append("skipped: mounting a small tmpfs needs root")
        return row
    rng = random.Random(14)
    people = [7400 + i for i in range(4)]
    try:
        async with FakeBotApi() as api:
            bot = Bot(api, adapter, disk / "full.db", tmp / f"full-{adapter}.log")
            bot.start()
            sent: Counter[int] = Counter()
            try:
                await _polling(api, bot)
                await _people_write(api, people, 2, rng, sent)
                await _all_answered(api, sent, 60)
                filler = disk / "filler"
                with filler.open("wb") as out, contextlib.suppress(OSError):
                    while True:
                        out.write(b"\0" * (1 << 20))
                        out.flush()
                full_from = time.monotonic()
                before = len(api.timeline)
                await _people_write(api, people, 4 if quick else 8, rng, sent)
                during = sum(1 for t, m, _ in api.timeline[before:] if m in CHAT_CALLS)
                full_for = time.monotonic() - full_from
                filler.unlink()
                await _all_answered(api, sent)
                await _settled(disk / "full.db")
                await asyncio.sleep(1)
            finally:
                code = bot.stop()
            _tally(api, sent, row)
            _limits(api, row)
            row.notes.append(f"{during} sends in {full_for:.0f} s full")
            if code != 0:
                row.failed.append(f"SIGTERM exit {code}")
        row.log_lines_per_s = _log_rate(bot.log)
    finally:
        umount = await asyncio.create_subprocess_exec(
            "umount", "-l", str(disk), stdout=asyncio.subprocess.DEVNULL, stderr=asyncio.subprocess.DEVNULL
        )
        await umount.wait()
    return row.check()


SCENARIOS: dict[str, Callable[..., Awaitable[Row]]] = {
    "kills": kills,
    "malformed": malformed,
    "slow": slow_clients,
    "second": second_process,
    "disk": disk_full,
}


def table(rows: list[Row]) -> str:
    head = (
        "| scenario | adapter | updates | lost | doubled | kills | busiest second | chat-second "
        "| log lines/s | notes |"
    )
    lines = [head, "| --- " * 10 + "|"]
    for r in rows:
        notes = "; ".join(r.notes + [f"FAILED: {f}" for f in r.failed])
        lines.append(
            f"| {r.scenario} | {r.adapter} | {r.updates} | {r.lost} | {r.doubled} | {r.kills} "
            f"| {r.busiest_second} | {r.chat_second} | {r.log_lines_per_s:.0f} | {notes} |"
        )
    return "\n".join(lines)


async def run(names: list[str], adapters: list[str], *, quick: bool) -> list[Row]:
    rows = []
    for name in names:
        for adapter in adapters:
            with tempfile.TemporaryDirectory(prefix="candor-chaos-") as tmp:
                started = time.monotonic()
                row = await SCENARIOS[name](adapter, Path(tmp), quick=quick)
                print(f"  {name} on {adapter}: {time.monotonic() - started:.0f} s", file=sys.stderr)
                rows.append(row)
    return rows


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m tests.chaos", description=__doc__.split("\n\n")[0])
    parser.add_argument("scenarios", nargs="*", help=f"some of {', '.join(SCENARIOS)} (default: all)")
    parser.add_argument("--adapter", choices=ADAPTERS, action="append", help="default: both")
    parser.add_argument("--quick", action="store_true", help="the short round the test suite runs")
    args = parser.parse_args(argv)
    unknown = set(args.scenarios) - set(SCENARIOS)
    if unknown:
        parser.error(f"unknown scenarios: {', '.join(sorted(unknown))}")
    rows = asyncio.run(
        run(args.scenarios or list(SCENARIOS), args.adapter or list(ADAPTERS), quick=args.quick)
    )
    print(table(rows))
    return 1 if any(r.failed for r in rows) else 0


if __name__ == "__main__":
    sys.exit(main())
