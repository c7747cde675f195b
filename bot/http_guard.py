"""What aiohttp's server leaves out: a header timeout and a cap on open connections.

A client that opens a connection and trickles its request line or headers in (or just sits on
an idle keep-alive connection) holds a file descriptor for as long as it likes; enough of them
exhaust the process's descriptors and take ``/healthz`` down with the webhook. The guard wraps
the server's protocol factory: a connection with no request being handled is closed once it has
been quiet for ``header_seconds``, and past ``limit`` open connections new ones are closed at
once (logged at most once a minute). Telegram opens a new connection when it needs one.
"""

from __future__ import annotations

import asyncio
import logging
import time
from collections.abc import Awaitable, Callable

from aiohttp import web

log = logging.getLogger(__name__)

HEADER_SECONDS = 10.0
CONNECTION_LIMIT = 256
WARN_EVERY = 60.0

Handler = Callable[[web.Request], Awaitable[web.StreamResponse]]


class ConnectionGuard:
    """A protocol factory around ``web.Server`` (``runner.server``), and the middleware that
    tells it when a connection is busy with a request."""

    def __init__(self, *, limit: int = CONNECTION_LIMIT, header_seconds: float = HEADER_SECONDS) -> None:
        self.factory: Callable[[], asyncio.Protocol] | None = None  # the runner's server, once set up
        self.limit = limit
        self.header_seconds = header_seconds
        self.open: dict[asyncio.BaseTransport, _Guarded] = {}
        self.closed_slow = 0  # connections closed for trickling or idling (for tests and logs)
        self.refused = 0  # connections closed at once because too many were open
        self._warned = -WARN_EVERY

    def __call__(self) -> asyncio.Protocol:
        assert self.factory is not None, "serve() sets the factory"
        return _Guarded(self, self.factory())

    async def serve(self, app: web.Application, host: str, port: int) -> tuple[web.AppRunner, asyncio.Server]:
        """Set ``app`` up and listen on ``host:port`` through the guard."""
        app.middlewares.append(self.middleware)
        runner = web.AppRunner(app, access_log=None)
        await runner.setup()
        self.factory = runner.server  # type: ignore[assignment]
        server = await asyncio.get_running_loop().create_server(self, host, port, reuse_address=True)
        return runner, server

    @web.middleware
    async def middleware(self, request: web.Request, handler: Handler) -> web.StreamResponse:
        conn = self.open.get(request.transport) if request.transport is not None else None
        if conn is None:
            return await handler(request)
        conn.busy += 1
        try:
            return await handler(request)
        finally:
            conn.busy -= 1
            conn.last = time.monotonic()

    def _over_limit(self) -> None:
        self.refused += 1
        now = time.monotonic()
        if now - self._warned >= WARN_EVERY:
            self._warned = now
            log.warning("webhook: %d connections open, closing new ones until some end", len(self.open))


class _Guarded(asyncio.Protocol):
    """One connection: aiohttp's handler inside, a timer beside it."""

    def __init__(self, guard: ConnectionGuard, inner: asyncio.Protocol) -> None:
        self._guard = guard
        self._inner = inner
        self._transport: asyncio.BaseTransport | None = None
        self._timer: asyncio.TimerHandle | None = None
        self.busy = 0
        self.last = time.monotonic()

    def connection_made(self, transport: asyncio.BaseTransport) -> None:
        guard = self._guard
        if len(guard.open) >= guard.limit:
            guard._over_limit()
            transport.abort()  # type: ignore[attr-defined]
            return
        self._transport = transport
        guard.open[transport] = self
        self._inner.connection_made(transport)
        self._arm(guard.header_seconds)

    def _arm(self, delay: float) -> None:
        self._timer = asyncio.get_running_loop().call_later(delay, self._check)

    def _check(self) -> None:
        if self._transport is None:
            return
        quiet = time.monotonic() - self.last
        if self.busy == 0 and quiet >= self._guard.header_seconds:
            self._guard.closed_slow += 1
            self._transport.abort()  # type: ignore[attr-defined]
            return
        self._arm(
            max(0.5, self._guard.header_seconds - quiet) if self.busy == 0 else self._guard.header_seconds
        )

    def data_received(self, data: bytes) -> None:
        self._inner.data_received(data)

    def eof_received(self) -> bool | None:
        return self._inner.eof_received()

    def pause_writing(self) -> None:
        self._inner.pause_writing()

    def resume_writing(self) -> None:
        self._inner.resume_writing()

    def connection_lost(self, exc: Exception | None) -> None:
        if self._timer is not None:
            self._timer.cancel()
        if self._transport is None:
            return  # refused at the door: aiohttp never saw it
        self._guard.open.pop(self._transport, None)
        self._transport = None
        self._inner.connection_lost(exc)
