from __future__ import annotations

import socket
from collections.abc import AsyncIterator
from dataclasses import replace
from pathlib import Path

import pytest

from bot.engine.clock import SystemClock
from tests.e2e.harness import TOKEN, Harness, loaded, make_settings
from tests.fake_bot_api import FakeBotApi


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@pytest.fixture
async def api() -> AsyncIterator[FakeBotApi]:
    async with FakeBotApi(TOKEN) as server:
        yield server


async def _harness(tmp_path: Path, api: FakeBotApi, adapter: str, mode: str, **extra: object) -> Harness:
    settings = make_settings(tmp_path, api, adapter, mode, **extra)
    if mode == "webhook":
        port = free_port()
        settings = replace(settings, webhook_url=f"http://127.0.0.1:{port}/tg/hook", webhook_port=port)
    h = Harness(api, settings, mode, SystemClock())
    await h.start(loaded=loaded())
    return h


@pytest.fixture(
    params=[("ptb", "polling"), ("aiogram", "polling"), ("ptb", "webhook"), ("aiogram", "webhook")],
    ids=lambda p: f"{p[0]}-{p[1]}",
)
async def tg(request: pytest.FixtureRequest, tmp_path: Path, api: FakeBotApi) -> AsyncIterator[Harness]:
    adapter, mode = request.param
    h = await _harness(tmp_path, api, adapter, mode)
    yield h
    await h.stop()


@pytest.fixture(params=["ptb", "aiogram"])
async def tg_polling(
    request: pytest.FixtureRequest, tmp_path: Path, api: FakeBotApi
) -> AsyncIterator[Harness]:
    h = await _harness(tmp_path, api, request.param, "polling")
    yield h
    await h.stop()
