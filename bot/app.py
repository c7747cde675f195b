"""The composition root: every long-lived object is built here, for every mode (console,
polling, webhook, benchmarks), and nowhere at import time. Consumers are handed what they use.

    platform -> ingress -> inbox -> workers -> pipeline -> engine -> outbox -> sender -> platform
    clock -> reminder dispatcher, maintenance ---------> engine
"""

from __future__ import annotations

import asyncio
import secrets
from collections.abc import Awaitable, Callable, Sequence
from dataclasses import dataclass
from functools import partial
from typing import Any

from bot.config import ConfigError, Settings
from bot.console.chat import ConsoleChat
from bot.delivery.adapter import Adapter, Sink
from bot.delivery.limiter import RateLimiter
from bot.delivery.pipeline import Pipeline
from bot.delivery.roles import OneProcess, Roles
from bot.delivery.sender import Sender
from bot.delivery.workers import Workers
from bot.engine import learn
from bot.engine.clock import SystemClock
from bot.engine.coach import CoachOptions
from bot.engine.engine import Engine, EngineOptions
from bot.engine.events import Inbound
from bot.engine.flowbook import FlowBook, load_flows
from bot.engine.intent.rules import Recogniser
from bot.engine.locales import DEFAULT_LOCALE
from bot.engine.logic import default_registry
from bot.engine.outbound import Outbound
from bot.engine.ports import Clock, PersonTx
from bot.engine.safety.helplines import Helplines
from bot.engine.safety.screen import IdentityGuard, Models, PhraseBook, SafetyScreen
from bot.engine.tokens import TokenSigner
from bot.i18n.translator import Translator
from bot.runtime.maintenance import Maintenance
from bot.runtime.reminders import ReminderDispatcher
from bot.store.base import Store
from bot.store.sqlite import SqliteStore

# System screens a flow may open with `screen:` (built in code by the engine).
FLOW_SCREENS = ("sos", "safety_plan", "professional_help", "reminders", "pair_invite", *learn.SCREENS)


def load_texts_and_flows(settings: Settings, *, eager: bool = True) -> tuple[Translator, FlowBook]:
    """Parse and cross-check every locale and flow; raises on the first broken file set."""
    translator = Translator(settings.locales_dir, eager=eager)
    book = load_flows(
        settings.flows_dir,
        default_registry(),
        lambda msg_id: translator.has(DEFAULT_LOCALE, msg_id),
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
    intents: Recogniser


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
        Recogniser.load(settings.locales_dir, eager=eager),
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
        return await self.store.run_each([(e.user_id, partial(_decide, engine, e)) for e in events])

    async def close(self) -> None:
        await self.store.close()


def _decide(engine: Engine, event: Inbound, tx: PersonTx) -> list[Outbound]:
    return engine.handle(tx, event)


async def open_store(settings: Settings, clock: Clock) -> Store:
    if settings.postgres is not None:
        if settings.db_key is not None:
            raise ConfigError(
                "BOT_DB_KEY: encrypts an SQLite file; PostgreSQL is encrypted at rest by its own "
                "storage (see README, Running several workers)"
            )
        from bot.store.postgres import PostgresStore  # psycopg is imported only when used

        return await PostgresStore.open(settings.postgres, clock=clock)
    if settings.db_key is None:
        return await SqliteStore.open(settings.db_path, clock=clock)
    return await SqliteStore.open(settings.db_path, clock=clock, connector=sqlcipher_connector(settings))


def sqlcipher_connector(settings: Settings):  # type: ignore[no-untyped-def]
    """Open BOT_DB through SQLCipher with BOT_DB_KEY (encryption at rest)."""
    try:
        import sqlcipher3  # type: ignore[import-untyped]  # it ships no type information
    except ImportError:
        raise ConfigError(
            "BOT_DB_KEY: encryption needs the sqlcipher3 package (pip install 'candor[encrypted]')"
        ) from None
    assert settings.db_key is not None
    quoted = settings.db_key.get_secret_value().replace("'", "''")
    path = str(settings.db_path)

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
        recogniser=content.intents,
    )
    return Core(settings, store, engine, translator, clock)


# -- what runs beside the people's own messages, in every mode ------------------------------


def reminder_dispatcher(
    core: Core, *, on_sent: Callable[[], None] | None = None, paced: bool = False, **options: int
) -> ReminderDispatcher:
    """``paced``: a sender drains the outbox, so check-ins wait while replies queue behind it
    (the console prints only its own chat, and a claim alone sends nothing: neither paces)."""
    backlog = core.store.outbox_depth if paced else None
    return ReminderDispatcher(
        core.store, core.handle_each, core.clock, on_sent=on_sent, backlog=backlog, **options
    )


def maintenance(core: Core) -> Maintenance:
    return Maintenance(core.store, core.engine.erase, core.clock, core.settings.retention_days)


@dataclass(slots=True)
class Background:
    """Check-ins falling due and housekeeping: the same in every mode."""

    reminders: ReminderDispatcher
    maintenance: Maintenance

    def start(self, stop: asyncio.Event) -> list[asyncio.Task[None]]:
        """Run until ``stop`` is set."""
        return [
            asyncio.create_task(self.reminders.run(stop), name="reminders"),
            asyncio.create_task(self.maintenance.run(stop), name="maintenance"),
        ]


def background(core: Core, *, on_sent: Callable[[], None] | None = None, paced: bool = False) -> Background:
    """``on_sent`` is told when reminders were committed (the console prints them, the
    sender sends them without waiting for its next look); ``paced`` as for the dispatcher."""
    return Background(reminder_dispatcher(core, on_sent=on_sent, paced=paced), maintenance(core))


def console_chat(core: Core, **options: Any) -> ConsoleChat:
    """The console chat on this core (``options``: out, read_line, user_id, lang)."""
    return ConsoleChat(core.handle, core.store, core.translator, **options)


# -- delivery to a messaging platform --------------------------------------------------------


def make_adapter(settings: Settings, sink: Sink) -> Adapter:
    """Import only the library that was chosen (aiogram alone takes seconds to import)."""
    if settings.token is None:
        raise ConfigError("BOT_TOKEN: required to serve Telegram")
    token = settings.token.get_secret_value()
    if settings.adapter == "aiogram":
        from bot.telegram.aiogram_adapter import AiogramAdapter

        return AiogramAdapter(token, settings.api_base, sink)
    from bot.telegram.ptb_adapter import PtbAdapter

    return PtbAdapter(token, settings.api_base, sink)


def make_roles(settings: Settings) -> Roles:
    """Who polls, sends and runs the background: this process alone (SQLite), or one elected
    worker per role among those sharing a PostgreSQL database."""
    if settings.postgres is None:
        return OneProcess()
    from bot.store.pg_roles import PostgresRoles

    return PostgresRoles(settings.postgres)


@dataclass(slots=True)
class Delivery:
    """From an inbox item to the person's screen: workers -> pipeline -> (engine) -> sender."""

    sender: Sender
    pipeline: Pipeline
    workers: Workers


def build_delivery(core: Core, adapter: Adapter, *, on_blocked: Callable[[int], Awaitable[None]]) -> Delivery:
    settings = core.settings
    sender = Sender(
        core.store,
        core.translator,
        adapter.transport,
        core.clock,
        RateLimiter(settings.send_rate, per_chat=settings.chat_rate),
        on_blocked=on_blocked,
        on_erased=core.store.compact,
    )
    pipeline = Pipeline(core.handle, core.store, adapter, sender.poke)
    return Delivery(sender, pipeline, Workers(pipeline.handle))
