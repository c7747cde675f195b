from __future__ import annotations

from collections.abc import AsyncIterator, Iterator
from pathlib import Path

import pytest

from bot.app import Content, Core, build_core, load_content
from bot.config import Settings
from bot.engine.clock import ManualClock
from bot.store.memory import InMemoryStore
from bot.store.sqlite import SqliteStore
from tests.chatdriver import ChatDriver
from tests.pg_server import PgServer, pg_server


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """Everything under tests/e2e/ is end to end (a fake Bot API, real sockets)."""
    for item in items:
        if "/e2e/" in str(item.path).replace("\\", "/"):
            item.add_marker(pytest.mark.e2e)


@pytest.fixture(scope="session")
def content() -> Content:
    """Flows, texts and the safety screen, parsed and checked once for the whole run (they are
    read-only once built)."""
    return load_content(Settings(token=None))


@pytest.fixture(scope="session")
def postgres() -> Iterator[PgServer]:
    """One throwaway PostgreSQL server for the run (each test takes a database of its own)."""
    with pg_server() as server:
        yield server


@pytest.fixture
def clock() -> ManualClock:
    return ManualClock()


@pytest.fixture
def settings(tmp_path: Path) -> Settings:
    return Settings(db=tmp_path / "candor.db", token=None)


@pytest.fixture
async def memory_core(settings: Settings, clock: ManualClock, content: Content) -> AsyncIterator[Core]:
    core = await build_core(settings, store=InMemoryStore(clock), clock=clock, loaded=content)
    yield core
    await core.close()


@pytest.fixture
async def sqlite_core(settings: Settings, clock: ManualClock, content: Content) -> AsyncIterator[Core]:
    store = await SqliteStore.open(settings.db, clock=clock)
    core = await build_core(settings, store=store, clock=clock, loaded=content)
    yield core
    await core.close()


@pytest.fixture(params=["memory", "sqlite"])
async def core(
    request: pytest.FixtureRequest, settings: Settings, clock: ManualClock, content: Content
) -> AsyncIterator[Core]:
    if request.param == "memory":
        store = InMemoryStore(clock)
    else:
        store = await SqliteStore.open(settings.db, clock=clock)
    built = await build_core(settings, store=store, clock=clock, loaded=content)
    yield built
    await built.close()


@pytest.fixture
def chat(memory_core: Core) -> ChatDriver:
    return ChatDriver(memory_core)
