"""The bot in-process against the fake Bot API, driven like people on Telegram would."""

from __future__ import annotations

import asyncio
import time
from collections.abc import Callable
from pathlib import Path

from bot.app import build_core, load_content
from bot.config import Settings
from bot.engine.clock import ManualClock, SystemClock
from bot.service import TelegramService
from bot.store.sqlite import SqliteStore
from tests.fake_bot_api import FakeBotApi, FakeMessage

TOKEN = "123456:TEST-token-aaaaaaaaaaaaaaaaaaaaaaaa"
SECRET = "webhook-secret_42"


class Harness:
    def __init__(
        self, api: FakeBotApi, settings: Settings, mode: str, clock: ManualClock | SystemClock
    ) -> None:
        self.api = api
        self.settings = settings
        self.mode = mode
        self.clock = clock
        self.service: TelegramService | None = None

    async def start(self, *, loaded: object = None) -> None:
        store = await SqliteStore.open(self.settings.db, clock=self.clock)
        core = await build_core(self.settings, store=store, clock=self.clock, loaded=loaded)  # type: ignore[arg-type]
        self.service = TelegramService(self.settings, core)
        await self.service.start()

    async def stop(self) -> None:
        if self.service is not None:
            await self.service.stop()
            self.service = None

    async def restart(self) -> None:
        await self.stop()
        await self.start()

    # -- acting as a person --------------------------------------------------------------

    async def _push(self, update_id: int) -> None:
        if self.mode == "webhook":
            status = await self.api.deliver_webhook(update_id)
            assert status == 200, status

    async def text(self, user: int, text: str, *, lang: str = "en") -> None:
        await self._push(self.api.user_text(user, text, lang=lang))
        await self.settle()

    async def command(self, user: int, command: str, args: str = "", *, lang: str = "en") -> None:
        await self._push(self.api.user_command(user, command, args, lang=lang))
        await self.settle()

    def keyboard_message(self, user: int) -> FakeMessage:
        for message in reversed(self.api.chat(user)):
            if message.reply_markup:
                return message
        raise AssertionError(f"no message with buttons in chat {user}: {self.texts(user)[-3:]}")

    def buttons(self, user: int) -> list[str]:
        markup = self.keyboard_message(user).reply_markup or {}
        return [b["text"] for row in markup.get("inline_keyboard", []) for b in row]

    def data_of(self, user: int, label: str) -> tuple[int, str]:
        message = self.keyboard_message(user)
        rows = (message.reply_markup or {}).get("inline_keyboard", [])
        buttons = [b for row in rows for b in row]
        found = [b["callback_data"] for b in buttons if label.lower() == b["text"].lower()] or [
            b["callback_data"] for b in buttons if label.lower() in b["text"].lower()
        ]
        assert len(found) == 1, f"{len(found)} buttons match {label!r}: {self.buttons(user)}"
        return message.message_id, found[0]

    async def tap(self, user: int, label: str, *, lang: str = "en") -> None:
        message_id, data = self.data_of(user, label)
        await self._push(self.api.user_tap(user, message_id, data, lang=lang))
        await self.settle()

    async def raw_tap(self, user: int, message_id: int, data: str) -> None:
        await self._push(self.api.user_tap(user, message_id, data))
        await self.settle()

    # -- reading what happened -----------------------------------------------------------

    def texts(self, user: int) -> list[str]:
        return [m.text or "" for m in self.api.chat(user)]

    def last(self, user: int) -> str:
        chat = self.api.chat(user)
        return chat[-1].text or "" if chat else ""

    async def settle(self, timeout: float = 10.0) -> None:
        """Wait until every update is handled and every reply delivered."""
        assert self.service is not None
        store = self.service.core.store  # type: ignore[union-attr]
        deadline = time.monotonic() + timeout
        quiet_rounds = 0
        while time.monotonic() < deadline:
            pending = self.mode == "polling" and bool(self.api.pending_updates)
            busy = self.service.workers.busy
            outbox = await store.outbox_page(0, 1)
            inbox = await store.inbox_pending(1)
            if not (pending or busy or outbox or inbox):
                quiet_rounds += 1
                if quiet_rounds >= 3:
                    return
            else:
                quiet_rounds = 0
            await asyncio.sleep(0.01)
        raise AssertionError("the bot did not settle in time")

    async def wait(self, predicate: Callable[[], bool], timeout: float = 10.0) -> None:
        await self.api.wait_for(predicate, timeout)


def make_settings(tmp: Path, api: FakeBotApi, adapter: str, mode: str, **extra: object) -> Settings:
    values: dict[str, object] = {
        "token": TOKEN,
        "api_base": api.url,
        "db": tmp / "bot.db",
        "adapter": adapter,
        "send_rate": 1000.0,
        "chat_rate": 100.0,
    }
    if mode == "webhook":
        values.update(
            webhook_url="http://127.0.0.1:{port}/tg/hook", webhook_secret=SECRET, webhook_host="127.0.0.1"
        )
    values.update(extra)
    return Settings(**values)  # type: ignore[arg-type]


_loaded_cache: list[object] = []


def loaded() -> object:
    if not _loaded_cache:
        _loaded_cache.append(load_content(Settings(token=None)))
    return _loaded_cache[0]
