"""Privacy and discretion: what is kept (and written down), erasure that erases, export,
retention, /hide and the discretion settings."""

from __future__ import annotations

import asyncio
import json
import re
import sqlite3
from datetime import UTC, datetime, timedelta
from pathlib import Path

from bot.app import Core, console_chat, maintenance, reminder_dispatcher
from bot.config import PROJECT_ROOT
from bot.engine.clock import ManualClock
from bot.engine.outbound import Export, HideRecent, Reply
from bot.i18n.export import render_export
from bot.store.sqlite import PERSON_TABLES
from tests.chatdriver import ChatDriver

CANARY = "CANARY-5d1e-she-kept-the-app"


def readme_columns() -> set[tuple[str, str]]:
    text = (PROJECT_ROOT / "README.md").read_text(encoding="utf-8")
    section = text.split("## What Candor keeps", 1)[1].split("\n## ", 1)[0]
    found: set[tuple[str, str]] = set()
    for line in section.splitlines():
        cells = [c.strip() for c in line.strip().strip("|").split("|")]
        if len(cells) >= 4 and cells[0] not in ("table", "---"):
            for column in cells[1].split(","):
                found.add((cells[0], column.strip()))
    return found


async def test_readme_lists_exactly_the_columns_of_the_schema(sqlite_core: Core) -> None:
    schema = await sqlite_core.store._on_db_thread(  # type: ignore[attr-defined]
        lambda db: {
            (t, c[1])
            for (t,) in db.execute(
                "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
            )
            for c in db.execute(f"PRAGMA table_info({t})").fetchall()
        }
    )
    assert readme_columns() == schema


async def walk_everything(chat: ChatDriver, clock: ManualClock) -> None:
    """Every flow, free text where allowed, a reminder set and a check-in made."""
    await chat.begin()
    await chat.tap("workable")
    await chat.tap("start")
    await chat.tap("nothing like that")
    await chat.tap("Something else")
    await chat.text(f"{CANARY} dealbreaker")
    for label in (
        "owned",
        "want to understand",
        "First time",
        "out in the open",
        "hasn't gone that far",
        "Committed",
        "Time,",
    ):
        await chat.tap(label)
    await chat.command("menu")
    await chat.tap("Raise it")
    await chat.tap("start")
    await chat.tap("nothing like that")
    await chat.tap("own words")
    await chat.text(f"{CANARY} raise")
    await chat.command("menu")
    await chat.tap("agreements")
    await chat.command("menu")
    await chat.tap("behaviour sit")
    await chat.command("menu")
    await chat.tap("Rebuilding trust")
    await chat.command("reminders")
    await chat.tap("one who was hurt")
    await chat.tap("20:00")
    await chat.text("Lisbon")
    await chat.tap("Yes, that's right")
    await chat.tap("No quiet hours")
    await chat.tap("4 weeks")
    clock.set(clock.now().replace(hour=20, minute=0))
    await reminder_dispatcher(chat.core).run_once()
    await chat.drain()
    await chat.tap("Open it")
    await chat.tap("Heavy")
    await chat.tap("Yes")
    await chat.tap("Some reassurance")
    await chat.command("sos")
    await chat.tap("Make a safety plan")
    for _ in range(4):
        await chat.text(f"{CANARY} plan")
    await chat.tap("Keep it for me")


def scan(path: Path, *needles: bytes) -> list[str]:
    hits = []
    for file in path.parent.glob(path.name + "*"):
        data = file.read_bytes()
        hits += [f"{file.name}: {n!r}" for n in needles if n in data]
    return hits


async def test_delete_leaves_nothing_in_the_file(sqlite_core: Core, clock: ManualClock) -> None:
    chat = ChatDriver(sqlite_core, user_id=987654321)
    neighbour = ChatDriver(sqlite_core, user_id=11111)
    await neighbour.begin()
    await walk_everything(chat, clock)
    db = sqlite_core.store.path  # type: ignore[attr-defined]
    assert scan(db, CANARY.encode())  # it was really there
    await chat.command("delete")
    said = await chat.tap("Yes, erase everything")
    assert said[-1].ids == ["delete-done"]
    await chat.command("delete")  # harmless the second time (a new person, erased again)
    await chat.tap("Yes, erase everything")
    with sqlite3.connect(db) as conn:
        for table, column in PERSON_TABLES:
            assert (
                conn.execute(f"SELECT count(*) FROM {table} WHERE {column} = ?", (987654321,)).fetchone()[0]
                == 0
            )
    assert scan(db, CANARY.encode(), b"987654321", b"Europe/Lisbon") == []
    person = await sqlite_core.store.run(11111, lambda tx: tx.load())
    assert person is not None
    assert person.consented


async def test_retention_erases_the_inactive_the_same_way(sqlite_core: Core, clock: ManualClock) -> None:
    chat = ChatDriver(sqlite_core, user_id=987654321)
    await walk_everything(chat, clock)
    await chat.drain()
    fresh = ChatDriver(sqlite_core, user_id=22222)
    clock.advance(timedelta(days=60))
    await fresh.begin()
    clock.advance(timedelta(days=31))
    # reminders kept firing, but they are not activity
    assert await maintenance(sqlite_core).retention(int(clock.now().timestamp())) == 1
    db = sqlite_core.store.path  # type: ignore[attr-defined]
    assert scan(db, CANARY.encode(), b"987654321", b"Europe/Lisbon") == []
    assert await sqlite_core.store.run(22222, lambda tx: tx.load()) is not None


async def test_a_stop_ends_the_retention_sweep_between_batches(sqlite_core: Core, clock: ManualClock) -> None:
    for uid in range(1, 451):
        await ChatDriver(sqlite_core, user_id=uid).begin()
    clock.advance(timedelta(days=sqlite_core.settings.retention_days + 1))
    now = int(clock.now().timestamp())
    stop = asyncio.Event()
    stop.set()
    assert await maintenance(sqlite_core).retention(now, stop) == 0  # stopping: nothing begun
    assert await sqlite_core.store.run(1, lambda tx: tx.load()) is not None
    assert await maintenance(sqlite_core).retention(now, asyncio.Event()) == 450  # the next run goes on


async def test_delete_can_clear_the_chat_too(chat: ChatDriver) -> None:
    await chat.begin()
    store = chat.core.store
    await store.run(chat.user_id, lambda tx: tx.send([Reply(parts=())], "en"))
    item = (await store.outbox_for_chat(chat.user_id))[-1]
    await store.outbox_sent(item.id, chat.user_id, [41, 42], keyboard=True)
    await chat.command("delete")
    said = await chat.tap("clear this chat")
    hide = said[-1].message
    assert isinstance(hide, HideRecent)
    assert hide.message_ids == (41, 42)
    # (the driver has taken the goodbye from the outbox, as the sender would)
    assert set(store.rows_of(chat.user_id).values()) == {0}


async def test_export_holds_every_kept_field_explained(sqlite_core: Core, clock: ManualClock) -> None:
    chat = ChatDriver(sqlite_core, user_id=424242)
    await walk_everything(chat, clock)
    said = await chat.command("export")
    export = next(s.message for s in said if isinstance(s.message, Export))
    document = json.loads(render_export(sqlite_core.translator, "en", export))
    data = document["data"]
    exported = {(t, c) for t, rows in data.items() for row in rows for c in row}
    kept = set()
    with sqlite3.connect(sqlite_core.store.path) as conn:  # type: ignore[attr-defined]
        for table, column in PERSON_TABLES:
            cursor = conn.execute(f"SELECT * FROM {table} WHERE {column} = ?", (424242,))
            if cursor.fetchall():
                kept |= {(table, d[0]) for d in cursor.description}
    assert kept - {("outbox", c) for _, c in kept} <= exported
    for table, column in exported:
        assert document["meanings"][f"{table}.{column}"], (table, column)
    assert any(c["feel"] == 2 for c in data["checkins"])
    assert data["reminders"][0]["tz"] == "Europe/Lisbon"
    assert f"{CANARY} plan" in json.dumps(data["people"][0]["prefs"])


async def test_export_in_the_console_is_printed(memory_core: Core) -> None:
    import io

    feed = iter(["1", "/export"])

    async def read() -> str:
        return next(feed, "")

    out = io.StringIO()
    await console_chat(memory_core, out=out, read_line=read).run()
    assert '"candor_export"' in out.getvalue()


async def test_hide_asks_the_sender_and_shows_nothing_else(chat: ChatDriver) -> None:
    await chat.begin()
    said = await chat.command("hide")
    assert len(said) == 1
    assert isinstance(said[0].message, HideRecent)
    assert said[0].message.message_ids is None


async def test_settings_make_reminders_silent_and_neutral(chat: ChatDriver, clock: ManualClock) -> None:
    clock.set(datetime(2026, 1, 5, 12, 0, tzinfo=UTC))
    await chat.begin()
    await chat.command("settings")
    await chat.tap("with sound")
    await chat.tap('says "check-in"')
    assert "Check-in reminders: silent" in chat.last.labels
    assert any("neutral" in label for label in chat.last.labels)
    await chat.tap("Back to where I was")
    await chat.command("reminders")
    await chat.tap("together")
    await chat.tap("20:00")
    await chat.text("UTC")
    await chat.tap("Yes, that's right")
    await chat.tap("No quiet hours")
    await chat.tap("2 weeks")
    clock.set(datetime(2026, 1, 5, 20, 0, tzinfo=UTC))
    await reminder_dispatcher(chat.core).run_once()
    said = await chat.drain()
    assert said[0].ids == ["notify-neutral"]
    assert not said[0].message.notify  # silent


async def test_privacy_text_states_the_retention_period(chat: ChatDriver) -> None:
    said = await chat.command("privacy")
    assert re.search(r"After 90 days without any activity", said[-1].body)
