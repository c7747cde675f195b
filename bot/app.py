"""The composition root: every long-lived object is built here, nowhere at import time."""

from __future__ import annotations

import secrets
from collections.abc import Sequence
from dataclasses import dataclass

from bot.config import ConfigError, Settings
from bot.engine.clock import SystemClock
from bot.engine.engine import CoachOptions, Engine, EngineOptions
from bot.engine.events import Inbound
from bot.engine.flowbook import FlowBook, load_flows
from bot.engine.logic import default_registry
from bot.engine.outbound import Outbound
from bot.engine.ports import Clock
from bot.engine.safety.helplines import Helplines
from bot.engine.safety.screen import IdentityGuard, Models, PhraseBook, SafetyScreen
from bot.engine.tokens import TokenSigner
from bot.i18n.translator import Translator
from bot.store.base import Store
from bot.store.sqlite import SqliteStore

# System screens a flow may open with `screen:` (built in code by the engine).
FLOW_SCREENS = ("sos", "professional_help", "reminders", "pair_invite")


def load_texts_and_flows(settings: Settings, *, eager: bool = True) -> tuple[Translator, FlowBook]:
    """Parse and cross-check every locale and flow; raises on the first broken file set."""
    translator = Translator(settings.locales_dir, eager=eager)
    book = load_flows(
        settings.flows_dir,
        default_registry(),
        lambda msg_id: translator.has("en", msg_id),
        screens=FLOW_SCREENS,
    )
    return translator, book


@dataclass(frozen=True, slots=True)
class Content:
    """Everything read from flows/ and locales/ at start-up, checked, ready to share."""

    translator: Translator
    book: FlowBook
    helplines: Helplines
    safety: SafetyScreen
    identity: IdentityGuard


def load_content(settings: Settings, *, eager: bool = True) -> Content:
    """``eager=False`` (the console chat) defers other languages until someone uses them."""
    translator, book = load_texts_and_flows(settings, eager=eager)
    phrases = PhraseBook.load(settings.locales_dir)
    models = Models(settings.locales_dir, translator.locales)
    return Content(
        translator,
        book,
        Helplines.load(settings.locales_dir / "helplines.yaml"),
        SafetyScreen(phrases, models, eager=eager),
        IdentityGuard(phrases, models),
    )


@dataclass(slots=True)
class Core:
    """The engine with its store: everything a transport needs to serve people."""

    settings: Settings
    store: Store
    engine: Engine
    translator: Translator
    clock: Clock

    async def handle(self, event: Inbound, *, ack: int | None = None) -> list[Outbound]:
        """Decide and commit one event; the replies are in the outbox when this returns."""
        return await self.store.run(event.user_id, lambda tx: self.engine.handle(tx, event), ack=ack)

    async def handle_each(self, events: Sequence[Inbound]) -> list[list[Outbound] | Exception]:
        """Decide and commit many people's events together (a reminder burst); each is its
        own unit, and a failure comes back in its place."""
        engine = self.engine
        return await self.store.run_each([(e.user_id, lambda tx, e=e: engine.handle(tx, e)) for e in events])

    async def close(self) -> None:
        await self.store.close()


async def open_store(settings: Settings, clock: Clock) -> Store:
    if settings.db_key is None:
        return await SqliteStore.open(settings.db, clock=clock)
    return await SqliteStore.open(settings.db, clock=clock, connector=sqlcipher_connector(settings))


def sqlcipher_connector(settings: Settings):  # type: ignore[no-untyped-def]
    """Open BOT_DB through SQLCipher with BOT_DB_KEY (encryption at rest)."""
    try:
        import sqlcipher3
    except ImportError:
        raise ConfigError(
            "BOT_DB_KEY: encryption needs the sqlcipher3 package (pip install 'candor[encrypted]')"
        ) from None
    assert settings.db_key is not None
    quoted = settings.db_key.get_secret_value().replace("'", "''")
    path = str(settings.db)

    def connect():  # type: ignore[no-untyped-def]
        conn = sqlcipher3.connect(path, isolation_level=None)
        conn.execute(f"PRAGMA key = '{quoted}'")
        return conn

    return connect


async def build_core(
    settings: Settings,
    *,
    store: Store | None = None,
    clock: Clock | None = None,
    loaded: Content | None = None,
) -> Core:
    """Build the core; ``loaded`` reuses content already parsed and checked."""
    clock = clock or SystemClock()
    content = loaded or load_content(settings)
    translator, book = content.translator, content.book
    store = store or await open_store(settings, clock)
    key = await store.secret("button_token_key", lambda: secrets.token_urlsafe(32))
    engine = Engine(
        book,
        TokenSigner(key.encode()),
        clock,
        content.helplines,
        EngineOptions(
            locales=translator.locales,
            reminder_grace=settings.reminder_grace_minutes * 60,
            retention_days=settings.retention_days,
            coach=CoachOptions(settings.coach_chat_id, settings.coach_about or "")
            if settings.coach_chat_id is not None
            else None,
        ),
        guards=(content.safety, content.identity),
    )
    return Core(settings, store, engine, translator, clock)
