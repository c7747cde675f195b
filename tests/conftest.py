from __future__ import annotations

from collections.abc import AsyncIterator
from pathlib import Path

import pytest

from bot.app import Core, build_core
from bot.config import Settings
from bot.engine.clock import ManualClock
from bot.store.memory import InMemoryStore
from bot.store.sqlite import SqliteStore
from tests.chatdriver import ChatDriver


@pytest.fixture
def clock() -> ManualClock:
    return ManualClock()


@pytest.fixture
def settings(tmp_path: Path) -> Settings:
    return Settings(db=tmp_path / "candor.db", token=None)


@pytest.fixture
async def memory_core(settings: Settings, clock: ManualClock) -> AsyncIterator[Core]:
    core = await build_core(settings, store=InMemoryStore(clock), clock=clock)
    yield core
    await core.close()


@pytest.fixture
async def sqlite_core(settings: Settings, clock: ManualClock) -> AsyncIterator[Core]:
    store = await SqliteStore.open(settings.db, clock=clock)
    core = await build_core(settings, store=store, clock=clock)
    yield core
    await core.close()


@pytest.fixture(params=["memory", "sqlite"])
async def core(request: pytest.FixtureRequest, settings: Settings, clock: ManualClock) -> AsyncIterator[Core]:
    if request.param == "memory":
        store = InMemoryStore(clock)
    else:
        store = await SqliteStore.open(settings.db, clock=clock)
    built = await build_core(settings, store=store, clock=clock)
    yield built
    await built.close()


@pytest.fixture
def chat(memory_core: Core) -> ChatDriver:
    return ChatDriver(memory_core)
