"""What only the SQLite store promises: durability settings, migrations, real erasure."""

from __future__ import annotations

import sqlite3
from dataclasses import replace
from pathlib import Path

import pytest

from bot.engine.clock import ManualClock
from bot.engine.outbound import Reply, Text
from bot.engine.session import FlowProgress, Person
from bot.store.sqlite import PERSON_TABLES, SqliteStore, StoreError, _migrations


async def test_connection_settings(tmp_path: Path, clock: ManualClock) -> None:
    store = await SqliteStore.open(tmp_path / "a.db", clock=clock)
    try:
        pragmas = await store._on_db_thread(
            lambda db: {
                name: db.execute(f"PRAGMA {name}").fetchone()[0]
                for name in ("journal_mode", "synchronous", "secure_delete", "busy_timeout", "foreign_keys")
            }
        )
    finally:
        await store.close()
    assert pragmas == {
        "journal_mode": "wal",
        "synchronous": 2,
        "secure_delete": 1,
        "busy_timeout": 5000,
        "foreign_keys": 1,
    }


async def test_migrations_are_numbered_and_applied_once(tmp_path: Path, clock: ManualClock) -> None:
    numbers = [n for n, _ in _migrations()]
    assert numbers == sorted(numbers) == list(range(1, len(numbers) + 1))
    path = tmp_path / "m.db"
    for _ in range(2):
        store = await SqliteStore.open(path, clock=clock)
        await store.close()
    with sqlite3.connect(path) as db:
        assert db.execute("PRAGMA user_version").fetchone()[0] == numbers[-1]


async def test_state_survives_a_restart(tmp_path: Path, clock: ManualClock) -> None:
    path = tmp_path / "r.db"
    store = await SqliteStore.open(path, clock=clock)
    p = Person(user_id=9, created_at=1, active_at=2, locale="en", consented_at=1)
    p.session.flows["dealbreaker"] = FlowProgress("what", {"x": "y"}, ["intro"])

    def work(tx):  # type: ignore[no-untyped-def]
        tx.save(p)
        tx.send([Reply(parts=(Text("hello"),))], "en")

    await store.run(9, work)
    await store.close()
    again = await SqliteStore.open(path, clock=clock)
    try:
        assert await again.run(9, lambda tx: tx.load()) == p
        assert len(await again.outbox_for_chat(9)) == 1
    finally:
        await again.close()


async def test_every_table_with_a_person_column_is_erased(tmp_path: Path, clock: ManualClock) -> None:
    store = await SqliteStore.open(tmp_path / "t.db", clock=clock)
    try:
        tables = await store._on_db_thread(
            lambda db: {
                t: [c[1] for c in db.execute(f"PRAGMA table_info({t})").fetchall()]
                for (t,) in db.execute("SELECT name FROM sqlite_master WHERE type = 'table'").fetchall()
            }
        )
    finally:
        await store.close()
    person_columns = {"user_id", "chat_id", "inviter", "a", "b"}
    holding = {t for t, cols in tables.items() if person_columns & set(cols)}
    assert holding == {t for t, _ in PERSON_TABLES}
    for table, column in PERSON_TABLES:
        assert column in tables[table]


async def test_erased_text_is_gone_from_the_file_and_wal(tmp_path: Path, clock: ManualClock) -> None:
    path = tmp_path / "scan.db"
    store = await SqliteStore.open(path, clock=clock)
    canary = "CANARY-a7f3-trust-was-broken"
    try:
        for uid in range(1, 30):  # neighbours whose data must stay
            await store.run(uid, lambda tx, u=uid: tx.save(Person(user_id=u, created_at=1, active_at=1)))
        p = Person(user_id=424242, created_at=1, active_at=1, locale="en")
        p.session.flows["raise"] = FlowProgress("opener", {"noticed": canary})

        def work(tx):  # type: ignore[no-untyped-def]
            tx.save(p)
            tx.send([Reply(parts=(Text("x", {"said": canary}),))], "en")

        await store.run(424242, work)
        for _ in range(3):
            await store.run(424242, lambda tx: tx.save(tx.load()))
        await store.run(424242, lambda tx: tx.erase())
    finally:
        await store.close()
    for file in path.parent.glob("scan.db*"):
        assert canary.encode() not in file.read_bytes(), file.name


async def test_unusable_path_gives_one_clear_line(tmp_path: Path, clock: ManualClock) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("x")
    with pytest.raises(StoreError, match="BOT_DB"):
        await SqliteStore.open(blocker / "sub" / "c.db", clock=clock)
    not_db = tmp_path / "junk.db"
    not_db.write_bytes(b"this is not a database" * 100)
    with pytest.raises(StoreError, match="BOT_DB"):
        await SqliteStore.open(not_db, clock=clock)


async def test_concurrent_work_is_grouped_into_few_transactions(tmp_path: Path, clock: ManualClock) -> None:
    import asyncio

    store = await SqliteStore.open(tmp_path / "g.db", clock=clock)
    commits = 0
    original = store._on_db_thread

    async def counting(fn):  # type: ignore[no-untyped-def]
        nonlocal commits
        commits += 1
        return await original(fn)

    store._on_db_thread = counting  # type: ignore[method-assign]
    try:
        await asyncio.gather(
            *(
                store.run(u, lambda tx, u=u: tx.save(Person(user_id=u, created_at=1, active_at=1)))
                for u in range(500)
            )
        )
        assert await store.people_count() == 500
    finally:
        await store.close()
    assert commits <= 10  # 500 units, at most a few hundred per transaction


async def test_encrypted_database_keeps_no_readable_text(tmp_path: Path, clock: ManualClock) -> None:
    pytest.importorskip("sqlcipher3")
    from bot.app import open_store
    from bot.config import Secret, Settings

    settings = Settings(db=tmp_path / "enc.db", db_key="correct horse battery 'staple'", token=None)
    store = await open_store(settings, clock)
    canary = "CANARY-encrypted-3b7c"
    p = Person(user_id=5, created_at=1, active_at=1)
    p.session.flows["raise"] = FlowProgress("opener", {"noticed": canary})
    await store.run(5, lambda tx: tx.save(p))
    await store.close()
    for file in tmp_path.glob("enc.db*"):
        assert canary.encode() not in file.read_bytes()
        assert b"SQLite format 3" not in file.read_bytes()[:16]
    again = await open_store(settings, clock)
    assert (await again.run(5, lambda tx: tx.load())).session.flows["raise"].answers["noticed"] == canary
    await again.close()
    wrong = replace(settings, db_key=Secret("wrong"))
    with pytest.raises(StoreError, match="BOT_DB_KEY: the key does not open"):
        await open_store(wrong, clock)
    plain = replace(settings, db_key=None)
    with pytest.raises(StoreError, match="encrypted"):
        await open_store(plain, clock)
