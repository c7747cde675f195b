"""Serving Telegram: the parts the composition root (``bot/app.py``) builds, started in order
and run until SIGTERM, with the Bot API's own set-up (webhook or polling, the command menu)."""

from __future__ import annotations

import asyncio
import contextlib
import gc
import importlib
import logging
import signal
import time
from collections.abc import Iterator, Sequence
from typing import TYPE_CHECKING
from urllib.parse import urlsplit

from aiohttp import web

from bot.app import Core, background, build_core, build_delivery, load_content, make_adapter, make_roles
from bot.config import ConfigError, Settings
from bot.delivery.roles import BACKGROUND, POLLING, SENDER
from bot.delivery.transport import SendError
from bot.engine.events import BlockedIn
from bot.engine.locales import DEFAULT_LOCALE
from bot.engine.outbound import Text
from bot.http_guard import ConnectionGuard
from bot.store.base import InboxItem
from bot.telegram.botapi import BotApi, BotApiError
from bot.telegram.ingress import MAX_BODY, PollingIngress, WebhookIngress

if TYPE_CHECKING:
    from prometheus_client.metrics_core import Metric

log = logging.getLogger(__name__)

DRAIN_SECONDS = 20.0
POLL_STALE = 90.0  # seconds without an answer to getUpdates (a long poll lasts 25)
SWEEP_EVERY = 2.0  # seconds between looks for updates a vanished worker left (PostgreSQL)
# The library each adapter loads (imported off the event loop while polling starts).
ADAPTER_MODULES = {"aiogram": "bot.telegram.aiogram_adapter", "ptb": "bot.telegram.ptb_adapter"}
ORPHAN_AFTER = 5  # seconds an update may wait in the inbox before any worker takes it up


class TelegramService:
    def __init__(self, settings: Settings, core: Core | None = None) -> None:
        if settings.token is None:
            raise ConfigError("BOT_TOKEN: required to serve Telegram")
        self.settings = settings
        self.core = core
        self.stop_event = asyncio.Event()
        self._tasks: list[asyncio.Task[None]] = []
        self._runner: web.AppRunner | None = None
        self._listener: asyncio.Server | None = None
        self.guard: ConnectionGuard | None = None
        self._polling: PollingIngress | None = None
        self._webhook: WebhookIngress | None = None
        self._waiting: list[InboxItem] | None = None  # updates kept until the workers exist

    async def start(self) -> None:
        settings = self.settings
        if self.core is None:
            # Other languages' texts and safety screens are built when someone first uses
            # them: an operator whose people all speak one language never pays for four.
            self.core = await build_core(settings, loaded=load_content(settings, eager=False))
        core = self.core
        self.api = BotApi(settings.api_base, settings.token.get_secret_value())  # type: ignore[union-attr]
        self.roles = roles = make_roles(settings)
        # What was committed but not handled before a restart comes first; updates arriving
        # while the library loads are committed to the inbox and wait here (in order).
        self._waiting = list(await core.store.inbox_pending(1_000_000))
        if not settings.webhook_url:
            # Polling needs only Candor's own Bot API client: it starts now, and the library
            # (aiogram takes seconds to import) loads beside it, off the event loop.
            await self.api.delete_webhook()
            self._polling = PollingIngress(self.api, core.store, core.clock, self._submit)
            self._tasks.append(
                asyncio.create_task(roles.lead(POLLING, self._polling.run, self.stop_event), name="polling")
            )
        await asyncio.to_thread(importlib.import_module, ADAPTER_MODULES[settings.adapter])
        self.adapter = make_adapter(settings, self._sink)
        try:
            await self.adapter.start()
        except Exception as exc:  # noqa: BLE001 - any failure here is reported as one line
            raise ConfigError(
                f"BOT_TOKEN or BOT_API_BASE: the Bot API did not accept us ({type(exc).__name__})"
            ) from None
        core.engine.set_bot_username(self.adapter.username)
        delivery = build_delivery(core, self.adapter, on_blocked=self._blocked)
        self.sender, self.pipeline, self.workers = delivery.sender, delivery.pipeline, delivery.workers
        self._sender_stop = asyncio.Event()
        await self._set_commands()
        waiting, self._waiting = self._waiting, None
        self.workers.submit(waiting or [])
        self._tasks.append(
            asyncio.create_task(roles.lead(SENDER, self.sender.run, self._sender_stop), name="sender")
        )
        self.background = background(core, on_sent=self.sender.poke, paced=True)
        self._tasks.append(
            asyncio.create_task(
                roles.lead(BACKGROUND, self._run_background, self.stop_event), name="reminders"
            )
        )
        if settings.postgres is not None:  # several workers may share the inbox and the outbox
            core.store.listen(self.sender.poke)  # type: ignore[attr-defined]  # PostgresStore's
            self._tasks.append(asyncio.create_task(self._sweep(), name="sweeper"))
        if settings.webhook_url:
            await self._start_webhook()
        elif settings.health_port:
            await self._serve(self._web_app(), settings.webhook_host, settings.health_port)
        # Everything built so far (the libraries' models, the texts, the safety index) lives
        # as long as the process: frozen, the garbage collector stops walking it on every
        # full collection (with aiogram, 130 ms each, several a second under load).
        gc.freeze()
        log.info(
            "serving Telegram with %s by %s",
            settings.adapter,
            "webhook" if settings.webhook_url else "polling",
        )

    async def _run_background(self, stop: asyncio.Event) -> None:
        await asyncio.gather(*self.background.start(stop))

    async def _sweep(self) -> None:
        """Several workers: updates another worker committed and then died holding are taken
        up here after ``ORPHAN_AFTER`` seconds (each is still handled once, in order)."""
        assert self.core is not None
        store, clock = self.core.store, self.core.clock
        while not self.stop_event.is_set():
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(self.stop_event.wait(), timeout=SWEEP_EVERY)
            try:
                cutoff = int(clock.now().timestamp()) - ORPHAN_AFTER
                waiting = [i for i in await store.inbox_pending(1000) if i.received_at <= cutoff]
            except Exception as exc:  # noqa: BLE001 - the database: try again at the next sweep
                log.warning("could not look for waiting updates (%s)", type(exc).__name__)
                continue
            self.workers.submit(waiting)

    def _submit(self, items: Sequence[InboxItem]) -> None:
        """New updates from the ingress: to the workers, or kept until they exist."""
        if self._waiting is not None:
            self._waiting.extend(items)
        else:
            self.workers.submit(items)

    async def _sink(self, event, update_id: int) -> None:  # type: ignore[no-untyped-def]
        await self.pipeline.sink(event, update_id)

    async def _blocked(self, chat_id: int) -> None:
        assert self.core is not None
        await self.core.handle(BlockedIn(user_id=chat_id))

    async def _set_commands(self) -> None:
        core = self.core
        assert core is not None
        listed = [c for c in core.engine.commands if c.listed]
        for locale in core.translator.locales:
            # read and let go: a language is loaded when its first person writes
            described = core.translator.render_once(locale, [Text(c.description) for c in listed])
            commands = [(c.name, text[:256]) for c, text in zip(listed, described, strict=True)]
            try:
                await self.adapter.transport.set_commands(
                    commands, None if locale == DEFAULT_LOCALE else locale
                )
            except SendError as exc:
                log.warning("setMyCommands failed for %s (%s)", locale, exc.kind.value)

    async def _start_webhook(self) -> None:
        settings = self.settings
        assert settings.webhook_url is not None
        assert self.core is not None
        secret = settings.webhook_secret_value()
        path = urlsplit(settings.webhook_url).path or "/"
        self._webhook = WebhookIngress(path, secret, self.core.store, self.core.clock, self._submit)
        app = self._web_app()
        self._webhook.add_to(app)
        await self._serve(app, settings.webhook_host, settings.webhook_port)
        try:
            await self.api.set_webhook(settings.webhook_url, secret)
        except BotApiError as exc:
            raise ConfigError(f"BOT_WEBHOOK_URL: Telegram refused the webhook ({exc.description})") from None

    # -- health -------------------------------------------------------------------------

    def problems(self) -> list[str]:
        """What keeps the bot from serving people right now (empty: healthy)."""
        found = []
        by_name = {task.get_name(): task for task in self._tasks}
        for name in ("polling", "sender", "reminders"):
            task = by_name.get(name)
            if task is not None and task.done() and not self.stop_event.is_set():
                found.append(f"{name} has stopped")
        if self._polling is not None and self.roles.leading(POLLING):
            silent = time.monotonic() - self._polling.last_poll
            if silent > POLL_STALE:
                found.append(f"polling: no answer from getUpdates for {silent:.0f} s")
        if (self._polling is not None and self._polling.refusing) or (
            self._webhook is not None and self._webhook.refusing
        ):
            found.append("inbox: the database refuses new updates")
        if self.sender.held:
            found.append("sender: the database refuses writes; sending is held")
        return found

    async def _health(self, request: web.Request) -> web.Response:
        problems = self.problems()
        if problems:
            return web.Response(status=503, text="unhealthy\n" + "\n".join(problems) + "\n")
        return web.Response(text="ok\n")

    async def _metrics(self, request: web.Request) -> web.Response:
        from prometheus_client import CONTENT_TYPE_LATEST, CollectorRegistry, generate_latest

        registry = CollectorRegistry(auto_describe=False)
        registry.register(_Collector(self))
        body = generate_latest(registry)
        return web.Response(body=body, headers={"Content-Type": CONTENT_TYPE_LATEST})

    def _web_app(self) -> web.Application:
        app = web.Application(client_max_size=MAX_BODY)
        app.router.add_get("/healthz", self._health)
        app.router.add_get("/metrics", self._metrics)
        app.on_response_prepare.append(_no_versions)
        return app

    async def _serve(self, app: web.Application, host: str, port: int) -> None:
        self.guard = ConnectionGuard()
        self._runner, self._listener = await self.guard.serve(app, host, port)

    async def stop(self) -> None:
        """Finish what is in flight, then stop cleanly."""
        self.stop_event.set()
        if self._listener is not None:
            self._listener.close()  # no new webhook deliveries
        if self._runner is not None:
            await self._runner.cleanup()
        with contextlib.suppress(TimeoutError):
            await asyncio.wait_for(self.workers.join(), DRAIN_SECONDS)
        self._sender_stop.set()
        for task in self._tasks:
            with contextlib.suppress(asyncio.CancelledError, TimeoutError):
                await asyncio.wait_for(task, DRAIN_SECONDS)
        await self.adapter.close()
        await self.api.close()
        assert self.core is not None
        await self.core.close()

    async def run(self) -> int:
        loop = asyncio.get_running_loop()
        for sig in (signal.SIGTERM, signal.SIGINT):
            loop.add_signal_handler(sig, self.stop_event.set)
        await self.start()
        await self.stop_event.wait()
        log.info("stopping: finishing updates in flight")
        await self.stop()
        return 0


async def serve(settings: Settings) -> int:
    return await TelegramService(settings).run()


async def _no_versions(request: web.Request, response: web.StreamResponse) -> None:
    """aiohttp would name itself and Python's version in every answer."""
    response.headers["Server"] = "candor"


class _Collector:
    """The service's counters in the Prometheus text format, read when /metrics is asked.
    Counts, kinds and durations only: never a label that names a person or a chat."""

    def __init__(self, service: TelegramService) -> None:
        self._service = service

    def collect(self) -> Iterator[Metric]:
        from prometheus_client.core import CounterMetricFamily, GaugeMetricFamily, HistogramMetricFamily

        svc = self._service
        stats = svc.pipeline.stats
        ingress = svc._polling or svc._webhook
        set_aside = stats.updates_set_aside + (ingress.set_aside if ingress is not None else 0)
        yield CounterMetricFamily(
            "candor_updates_handled", "Updates decided and committed", stats.updates_handled
        )
        yield CounterMetricFamily("candor_updates_set_aside", "Updates kept as dead letters", set_aside)
        yield CounterMetricFamily("candor_replies_sent", "Outbox messages delivered", svc.sender.sent)
        errors = CounterMetricFamily("candor_send_errors", "Failed platform calls by kind", labels=["kind"])
        for kind, count in sorted(svc.sender.send_errors.items()):
            errors.add_metric([kind], count)
        yield errors
        yield GaugeMetricFamily("candor_updates_waiting", "Updates queued for the workers", svc.workers.busy)
        yield GaugeMetricFamily(
            "candor_sending_held", "1 while the database refuses writes", int(svc.sender.held)
        )
        yield GaugeMetricFamily("candor_healthy", "1 when /healthz answers ok", int(not svc.problems()))
        yield HistogramMetricFamily(
            "candor_update_seconds",
            "From taking an update to its decision committed",
            buckets=stats.latency.cumulative(),
            sum_value=stats.latency.total,
        )
