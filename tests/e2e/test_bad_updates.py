"""One bad update never silences the bot: malformed or poisoned updates are set aside (a dead
letter: id, kind and error class, no content), confirmed, and everyone behind them is served."""

from __future__ import annotations

import logging
import re
import sqlite3
from pathlib import Path

import aiohttp
import pytest

from bot.telegram.ingress import sort_updates
from tests.e2e.conftest import _harness, free_port
from tests.e2e.harness import Harness
from tests.fake_bot_api import FakeBotApi

ANNA = 5001
BEN = 5002

PERSON = {"id": BEN, "is_bot": False, "first_name": "Ben", "language_code": "en"}
PRIVATE = {"id": BEN, "type": "private", "first_name": "Ben"}

MALFORMED = [
    {"message": None},
    {"message": "hello"},
    {"message": {"message_id": 1, "date": 1, "chat": "not a chat", "text": "hi"}},
    {"message": {"message_id": 2, "date": 1, "chat": {"id": 1.5, "type": "private"}, "text": "hi"}},
    {"message": {"message_id": 3, "date": 1, "chat": {"id": True, "type": "private"}, "text": "hi"}},
    {"callback_query": {"id": "q1", "chat_instance": "c", "data": "x"}},  # no sender, no message
    {"callback_query": "tap"},
    {"edited_message": [1, 2, 3]},
]


@pytest.mark.parametrize("update", MALFORMED, ids=range(len(MALFORMED)))
def test_a_malformed_update_is_sorted_out_not_raised_on(update: dict[str, object]) -> None:
    items, rejected = sort_updates([{"update_id": 7, **update}], 0)
    assert items == []
    assert [(r.update_id, r.error != "") for r in rejected] == [(7, True)]


def test_an_update_id_no_database_can_hold_is_set_aside() -> None:
    good = {"update_id": 8, "message": {"chat": {"id": 1, "type": "private"}}}
    items, rejected = sort_updates([{"update_id": 2**64, "message": {}}, "junk", good], 0)
    assert [i.update_id for i in items] == [8]
    assert [r.update_id for r in rejected] == [None, None]


async def test_malformed_updates_are_set_aside_and_the_next_person_is_served(
    tg: Harness, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.INFO)
    tg.api.known_user(BEN)
    for update in MALFORMED:
        await tg._push(tg.api.push_raw(update))
    # A tap whose message is not a message: the library cannot read it, so after its retries
    # it is set aside and the sender gets a short apology.
    await tg._push(
        tg.api.push_raw(
            {"callback_query": {"id": "q2", "from": PERSON, "message": 5, "chat_instance": "c", "data": "x"}}
        )
    )
    await tg.command(ANNA, "start")
    await tg.settle()
    assert "I'm an automated self-help tool" in tg.last(ANNA)
    store = tg.service.core.store  # type: ignore[union-attr]
    dead = await store.dead_letters(100)
    assert len(dead) == len(MALFORMED) + 1
    assert {d.kind for d in dead} >= {"message", "callback_query", "edited_message"}
    assert await store.inbox_pending(10) == []
    assert tg.api.pending_updates == []  # every one confirmed
    assert any("Something went wrong" in t for t in tg.api.sent_texts(BEN))
    # one line each, no tracebacks
    assert not [r for r in caplog.records if r.exc_info and r.name.startswith("bot.")]
    # and the bot goes on serving
    await tg.tap(ANNA, "18 or older")
    assert "What would you like to look at?" in tg.last(ANNA)


async def _health(port: int) -> tuple[int, str, str]:
    async with (
        aiohttp.ClientSession() as session,
        session.get(f"http://127.0.0.1:{port}/healthz") as response,
    ):
        return response.status, await response.text(), response.headers.get("Server", "")


async def test_health_tells_the_truth(tmp_path: Path, api: FakeBotApi) -> None:
    """Healthy when serving; 503 with the reason when the database refuses updates or polling
    has gone quiet; never the versions of Python or aiohttp."""
    port = free_port()
    h = await _harness(tmp_path, api, "ptb", "polling", health_port=port)
    try:
        status, body, server = await _health(port)
        assert (status, body, server) == (200, "ok\n", "candor")
        store = h.service.core.store  # type: ignore[union-attr]
        original = store.inbox_add

        async def full(*args, **kwargs):  # type: ignore[no-untyped-def]
            raise sqlite3.OperationalError("database or disk is full")

        store.inbox_add = full  # type: ignore[method-assign]
        api.user_command(ANNA, "start")
        await h.wait(lambda: h.service._polling.refusing)  # type: ignore[union-attr]
        status, body, _ = await _health(port)
        assert status == 503
        assert "inbox: the database refuses new updates" in body
        store.inbox_add = original  # type: ignore[method-assign]
        await h.wait(lambda: "automated self-help tool" in h.last(ANNA), timeout=15)
        status, body, _ = await _health(port)
        assert (status, body) == (200, "ok\n")
        url = f"http://127.0.0.1:{port}/metrics"
        async with aiohttp.ClientSession() as session, session.get(url) as response:
            assert response.status == 200
            metrics = await response.text()
        assert "candor_updates_handled_total 1.0" in metrics
        assert "candor_replies_sent_total" in metrics
        assert 'candor_update_seconds_bucket{le="+Inf"} 1.0' in metrics
        assert "candor_healthy 1.0" in metrics
        labels = re.findall(r"\{([^}]*)\}", metrics)
        assert all(re.fullmatch(r'(le|kind)="[^"]*"', label) for label in labels)  # never a person
        h.service._polling.last_poll -= 1000  # type: ignore[union-attr]  # as if polling hung
        status, body, _ = await _health(port)
        assert status == 503
        assert "polling: no answer from getUpdates" in body
    finally:
        await h.stop()
