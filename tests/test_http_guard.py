"""The webhook server's guard: slow and idle connections closed, open connections capped."""

from __future__ import annotations

import asyncio
import socket
import time

import pytest
from aiohttp import ClientSession, web

from bot.http_guard import ConnectionGuard


async def _ok(request: web.Request) -> web.Response:
    return web.Response(text="ok\n")


async def _slow(request: web.Request) -> web.Response:
    await asyncio.sleep(0.6)  # a handler that takes longer than the header timeout
    return web.Response(text="done\n")


@pytest.fixture
async def served():
    app = web.Application()
    app.router.add_get("/healthz", _ok)
    app.router.add_get("/slow", _slow)
    guard = ConnectionGuard(limit=4, header_seconds=0.3)
    runner, server = await guard.serve(app, "127.0.0.1", 0)
    port = server.sockets[0].getsockname()[1]
    yield guard, port
    server.close()
    await runner.cleanup()


async def _closed_within(reader: asyncio.StreamReader, seconds: float) -> float:
    start = time.monotonic()
    data = await asyncio.wait_for(reader.read(), seconds)
    assert data == b""  # closed without an answer
    return time.monotonic() - start


async def test_a_trickling_request_is_closed_and_health_still_answers(served) -> None:
    guard, port = served
    reader, writer = await asyncio.open_connection("127.0.0.1", port)
    writer.write(b"GET /healthz HTTP/1.1\r\nHost: x\r\n")  # the headers never finish
    await writer.drain()
    waited = await _closed_within(reader, 3)
    assert waited < 1.5
    assert guard.closed_slow == 1
    writer.close()
    async with ClientSession() as http, http.get(f"http://127.0.0.1:{port}/healthz") as resp:
        assert resp.status == 200


async def test_an_idle_connection_is_closed(served) -> None:
    guard, port = served
    reader, writer = await asyncio.open_connection("127.0.0.1", port)
    await _closed_within(reader, 3)
    writer.close()
    assert not guard.open


async def test_a_request_being_handled_is_not_cut_off(served) -> None:
    _, port = served
    async with ClientSession() as http, http.get(f"http://127.0.0.1:{port}/slow") as resp:
        assert resp.status == 200
        assert await resp.text() == "done\n"


async def test_past_the_limit_new_connections_are_closed_at_once(served, caplog) -> None:
    guard, port = served
    held = [socket.create_connection(("127.0.0.1", port)) for _ in range(4)]
    try:
        for _ in range(50):
            if len(guard.open) == 4:
                break
            await asyncio.sleep(0.01)
        reader, writer = await asyncio.open_connection("127.0.0.1", port)
        await _closed_within(reader, 1)
        writer.close()
        assert guard.refused == 1
        assert sum("connections open" in r.message for r in caplog.records) == 1
        # once the idle ones are closed by the timeout, the server answers again
        await asyncio.sleep(0.8)
        async with ClientSession() as http, http.get(f"http://127.0.0.1:{port}/healthz") as resp:
            assert resp.status == 200
    finally:
        for s in held:
            s.close()
