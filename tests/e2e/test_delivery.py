"""No lost update: webhook semantics, offsets, restarts, and a crash at the worst moments."""

from __future__ import annotations

import asyncio
import contextlib
import json
import os
import signal
import sqlite3
import subprocess
import sys
from pathlib import Path

import aiohttp
import pytest

from tests.e2e.harness import SECRET, TOKEN, Harness
from tests.fake_bot_api import FakeBotApi

ANNA = 5001
ROOT = Path(__file__).resolve().parents[2]


async def _post(tg: Harness, payload: dict, secret: str = SECRET) -> int:  # type: ignore[type-arg]
    assert tg.settings.webhook_url
    async with (
        aiohttp.ClientSession() as session,
        session.post(
            tg.settings.webhook_url,
            data=json.dumps(payload),
            headers={"X-Telegram-Bot-Api-Secret-Token": secret, "Content-Type": "application/json"},
        ) as response,
    ):
        return response.status


def _update(tg: Harness, text: str) -> dict:  # type: ignore[type-arg]
    update_id = tg.api.user_text(ANNA, text)
    return next(u for u in tg.api.pending_updates if u["update_id"] == update_id)


@pytest.fixture(params=["ptb", "aiogram"])
async def hook(request: pytest.FixtureRequest, tmp_path: Path, api: FakeBotApi):  # type: ignore[no-untyped-def]
    from tests.e2e.conftest import _harness

    h = await _harness(tmp_path, api, request.param, "webhook")
    yield h
    await h.stop()


async def test_wrong_webhook_secret_is_refused_before_parsing(hook: Harness) -> None:
    assert await _post(hook, {"update_id": 1, "garbage": True}, secret="wrong") == 401
    assert await _post(hook, {"update_id": 1}, secret="") == 401
    assert await hook.service.core.store.inbox_pending(10) == []


async def test_duplicate_webhook_delivery_is_handled_once(hook: Harness) -> None:
    update = _update(hook, "/start")
    update["message"]["entities"] = [{"type": "bot_command", "offset": 0, "length": 6}]
    assert await _post(hook, update) == 200
    assert await _post(hook, update) == 200
    await hook.settle()
    assert sum("I'm an automated self-help tool" in t for t in hook.api.sent_texts(ANNA)) == 1


async def test_webhook_answers_503_when_the_commit_fails(hook: Harness) -> None:
    store = hook.service.core.store
    original = store.inbox_add
    calls = 0

    async def failing(*args, **kwargs):  # type: ignore[no-untyped-def]
        nonlocal calls
        calls += 1
        if calls == 1:
            raise OSError("disk full")
        return await original(*args, **kwargs)

    store.inbox_add = failing  # type: ignore[method-assign]
    update_id = hook.api.user_command(ANNA, "start")
    assert await hook.api.deliver_webhook(update_id) == 503
    assert await hook.api.deliver_webhook(update_id) == 200  # Telegram delivers again
    await hook.settle()
    assert sum("I'm an automated self-help tool" in t for t in hook.api.sent_texts(ANNA)) == 1


async def test_polling_confirms_only_after_commit(tg_polling: Harness) -> None:
    store = tg_polling.service.core.store
    original = store.inbox_add
    calls = 0

    async def failing(*args, **kwargs):  # type: ignore[no-untyped-def]
        nonlocal calls
        calls += 1
        if calls <= 2:
            raise OSError("database is locked")
        return await original(*args, **kwargs)

    store.inbox_add = failing  # type: ignore[method-assign]
    tg_polling.api.user_command(ANNA, "start")
    await tg_polling.wait(lambda: calls >= 2)  # two commits failed; the next try is a second away
    assert tg_polling.api.pending_updates, "not confirmed while not committed"
    await tg_polling.settle(timeout=15)
    assert sum("I'm an automated self-help tool" in t for t in tg_polling.api.sent_texts(ANNA)) == 1


async def test_restart_resumes_the_outbox_with_nothing_sent_twice(tg_polling: Harness) -> None:
    await tg_polling.command(ANNA, "start")
    tg_polling.api.hang("sendMessage")
    tg_polling.api.user_tap(ANNA, *tg_polling.data_of(ANNA, "18 or older"))
    await tg_polling.wait(lambda: tg_polling.api.calls["sendMessage"] >= 2)
    stopping = asyncio.create_task(tg_polling.stop())
    await tg_polling.wait(lambda: tg_polling.service.stop_event.is_set())  # type: ignore[union-attr]
    tg_polling.api.release_hangs()  # the hung call never took effect
    await stopping
    await tg_polling.start()
    await tg_polling.wait(lambda: "What would you like to look at?" in tg_polling.last(ANNA), timeout=15)
    menus = [m for m in tg_polling.api.chat(ANNA) if "What would you like to look at?" in (m.text or "")]
    assert len(menus) == 1


# -- the bot as a process, killed with SIGKILL -------------------------------------------


def _spawn(tmp: Path, api: FakeBotApi, adapter: str, log_level: str = "INFO") -> subprocess.Popen[str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("BOT_")}
    env.update(
        BOT_TOKEN=TOKEN,
        BOT_API_BASE=api.url,
        BOT_DB=str(tmp / "crash.db"),
        BOT_ADAPTER=adapter,
        BOT_CHAT_RATE="100",
        BOT_SEND_RATE="1000",
        BOT_LOG_LEVEL=log_level,
    )
    if "BOT_LOCALES_DIR" in os.environ:
        env["BOT_LOCALES_DIR"] = os.environ["BOT_LOCALES_DIR"]
    return subprocess.Popen(
        [sys.executable, "-m", "bot"],
        cwd=ROOT,
        env=env,
        stdin=subprocess.DEVNULL,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


async def _running(api: FakeBotApi, process: subprocess.Popen[str]) -> None:
    before = api.calls["getUpdates"]
    for _ in range(600):
        if process.poll() is not None:
            raise AssertionError(f"the bot exited: {process.stderr.read() if process.stderr else ''}")
        if api.calls["getUpdates"] > before:
            return
        await asyncio.sleep(0.05)
    raise AssertionError("the bot did not start polling")


async def _settled(db: Path, timeout: float = 30.0) -> None:
    """Wait until the bot's database holds nothing waiting: every update handled, every reply
    sent and recorded (a late duplicate could only come from a row still there)."""
    quiet = 0
    async with asyncio.timeout(timeout):
        while quiet < 3:
            with contextlib.closing(sqlite3.connect(db, timeout=5)) as conn:
                waiting = conn.execute("SELECT (SELECT count(*) FROM outbox) + (SELECT count(*) FROM inbox)")
                quiet = quiet + 1 if waiting.fetchone()[0] == 0 else 0
            await asyncio.sleep(0.02)


def _kill(process: subprocess.Popen[str]) -> None:
    process.send_signal(signal.SIGKILL)
    process.wait(10)


@pytest.mark.parametrize("adapter", ["ptb", "aiogram"])
async def test_killed_in_the_middle_of_handling_an_update(
    tmp_path: Path, api: FakeBotApi, adapter: str
) -> None:
    bot = _spawn(tmp_path, api, adapter)
    try:
        await _running(api, bot)
        api.user_command(ANNA, "start")
        await api.wait_for(lambda: any("automated self-help tool" in t for t in api.sent_texts(ANNA)), 20)
        message = next(m for m in api.chat(ANNA) if m.reply_markup)
        button = message.reply_markup["inline_keyboard"][0][0]["callback_data"]
        api.hang("answerCallbackQuery")  # the handler is stuck before it decides anything
        api.user_tap(ANNA, message.message_id, button)
        await api.wait_for(lambda: api.calls["answerCallbackQuery"] >= 1, 20)
        _kill(bot)
        api.release_hangs()
        bot = _spawn(tmp_path, api, adapter)
        await api.wait_for(
            lambda: any("What would you like to look at?" in (m.text or "") for m in api.chat(ANNA)), 30
        )
        await _settled(tmp_path / "crash.db")
        menus = [
            r
            for r in api.requests
            if r[0] in ("sendMessage", "editMessageText")
            and "What would you like to look at?" in str(r[1].get("text", ""))
        ]
        assert len(menus) == 1
    finally:
        bot.send_signal(signal.SIGTERM)
        bot.wait(30)


@pytest.mark.parametrize("adapter", ["ptb", "aiogram"])
async def test_killed_after_committing_a_reply_before_sending_it(
    tmp_path: Path, api: FakeBotApi, adapter: str
) -> None:
    bot = _spawn(tmp_path, api, adapter)
    try:
        await _running(api, bot)
        api.hang("sendMessage")  # the reply is committed; the send never completes
        api.user_command(ANNA, "start")
        await api.wait_for(lambda: api.calls["sendMessage"] >= 1, 20)
        _kill(bot)
        api.release_hangs()
        bot = _spawn(tmp_path, api, adapter)
        await api.wait_for(lambda: any("automated self-help tool" in t for t in api.sent_texts(ANNA)), 30)
        await _settled(tmp_path / "crash.db")
        assert sum("automated self-help tool" in t for t in api.sent_texts(ANNA)) == 1
    finally:
        bot.send_signal(signal.SIGTERM)
        assert bot.wait(30) == 0


@pytest.mark.parametrize("adapter", ["ptb", "aiogram"])
async def test_canary_token_and_text_never_logged_or_kept(
    tmp_path: Path, api: FakeBotApi, adapter: str
) -> None:
    canary = "CANARY-7f3a-he-texted-her-again"
    bot = _spawn(tmp_path, api, adapter, log_level="DEBUG")
    try:
        await _running(api, bot)
        api.user_command(ANNA, "start")
        await api.wait_for(lambda: any("automated self-help tool" in t for t in api.sent_texts(ANNA)), 20)
        message = next(m for m in api.chat(ANNA) if m.reply_markup)
        api.user_tap(ANNA, message.message_id, message.reply_markup["inline_keyboard"][0][0]["callback_data"])
        await api.wait_for(lambda: any("What would you like" in (m.text or "") for m in api.chat(ANNA)), 20)
        api.user_text(ANNA, canary)  # free text at a button step: answered, never kept
        # the safety check holds it until answered
        api.user_text(ANNA, f"sometimes I think about killing myself {canary}")
        api.user_media(ANNA, "sticker")
        await api.wait_for(lambda: any("gently" in (m.text or "") for m in api.chat(ANNA)), 20)
        await api.wait_for(lambda: api.calls["sendMessage"] + api.calls["editMessageText"] >= 5, 20)
        checks = [m for m in api.chat(ANNA) if m.reply_markup and "gently" in (m.text or "")]
        assert checks
        keyboard = checks[-1].reply_markup["inline_keyboard"]
        okay = next(b["callback_data"] for row in keyboard for b in row if "okay" in b["text"])
        api.user_tap(ANNA, checks[-1].message_id, okay)
        await api.wait_for(lambda: any("If that changes" in (m.text or "") for m in api.chat(ANNA)), 20)
        await _settled(tmp_path / "crash.db")
    finally:
        bot.send_signal(signal.SIGTERM)
        out, err = bot.communicate(timeout=60)
    logs = out + err
    assert "DEBUG" in logs  # the run really logged at DEBUG
    assert TOKEN not in logs
    assert TOKEN.split(":")[1] not in logs
    assert canary not in logs
    assert "automated self-help tool" not in logs  # nor what Candor said to them
    assert str(ANNA) not in logs  # nor who they are
    for path in tmp_path.glob("crash.db*"):
        data = path.read_bytes()
        assert canary.encode() not in data, path.name
        assert TOKEN.encode() not in data, path.name
