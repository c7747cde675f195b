"""PostgreSQL-only behaviour, against a real server (tests/pg_server.py): updates claimed once
and in order by whichever worker holds them, one holder per role with take-over, the pairing
reveal exactly once when both partners finish at the same moment, and the settings."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from typing import Any

import pytest

from bot.app import Content, Core, build_core
from bot.config import ConfigError, Settings, load_settings
from bot.delivery.roles import BACKGROUND, POLLING, SENDER
from bot.engine.clock import ManualClock
from bot.engine.outbound import Reply, Text
from bot.store.base import EarlierFirst, HandledElsewhere, InboxItem
from bot.store.pg_roles import ROLE_KEYS, PostgresRoles
from bot.store.postgres import PostgresStore
from tests.chatdriver import ChatDriver
from tests.pg_server import PgServer
from tests.test_pairing import accept, invite

ANNA, BEN = 7101, 7102


@pytest.fixture
def dsn(postgres: PgServer) -> str:
    return postgres.new_database()


@pytest.fixture
async def store(dsn: str, clock: ManualClock) -> AsyncIterator[PostgresStore]:
    s = await PostgresStore.open(dsn, clock=clock, size=4)
    yield s
    await s.close()


def _item(update_id: int, user_id: int) -> InboxItem:
    return InboxItem(update_id, user_id, {"update_id": update_id}, 0)


async def test_an_update_is_handled_once_and_after_the_persons_earlier_ones(store: PostgresStore) -> None:
    await store.inbox_add([_item(1, 5), _item(2, 5), _item(3, 6)], keep_seen_for=60)

    def reply(tx: Any) -> None:
        tx.send([Reply(parts=(Text("m"),))], "en")

    with pytest.raises(EarlierFirst):  # update 1 of the same person is still waiting
        await store.run(5, reply, ack=2)
    await store.run(6, reply, ack=3)  # another person is not held up
    await store.run(5, reply, ack=1)
    await store.run(5, reply, ack=2)
    with pytest.raises(HandledElsewhere):  # a second worker holding update 2 does nothing
        await store.run(5, reply, ack=2)
    assert [i.chat_id for i in await store.outbox_for_chat(5)] == [5, 5]
    assert await store.inbox_pending(10) == []
    assert [i.update_id for i in await store.inbox_before(5, 99)] == []


@pytest.mark.parametrize("load_first", [True, False], ids=["read-with-the-claim", "read-later"])
async def test_one_persons_units_take_turns_across_workers(
    store: PostgresStore, dsn: str, clock: ManualClock, load_first: bool
) -> None:
    """Read-modify-write of the same row by two workers racing for the same updates, from
    many connections at once: each update is applied once, none is lost. Read first, the
    person's row comes in the claim's round trip; read later, on its own."""

    def bump(tx: Any) -> None:
        if not load_first:
            tx.drop_reminder()  # any write before the read
        person = tx.load()
        person.prefs["n"] = person.prefs.get("n", 0) + 1
        tx.save(person)

    from bot.engine.session import Person

    other = await PostgresStore.open(dsn, clock=clock, size=4)
    await store.run(9, lambda tx: tx.save(Person(user_id=9, created_at=0, active_at=0)))
    await store.inbox_add([_item(100 + i, 9) for i in range(20)], keep_seen_for=60)
    # Twenty updates of one person, each submitted to both workers at once: each must wait
    # for its turn (EarlierFirst) and be applied by one of them (HandledElsewhere).
    pending = list(range(100, 120))
    applied: list[int] = []

    async def handle(worker: PostgresStore, update_id: int) -> None:
        while True:
            try:
                await worker.run(9, bump, ack=update_id)
                applied.append(update_id)
                return
            except EarlierFirst:
                await asyncio.sleep(0.005)
            except HandledElsewhere:
                return

    try:
        await asyncio.gather(*(handle(w, u) for u in reversed(pending) for w in (store, other)))
    finally:
        await other.close()
    person = await store.run(9, lambda tx: tx.load())
    assert person.prefs["n"] == 20
    assert sorted(applied) == pending


async def test_a_statement_failing_at_the_server_rolls_the_unit_back(store: PostgresStore) -> None:
    """Statements travel together at the unit's end: a failure there still undoes the unit's
    earlier writes, and the connection serves the next unit."""
    from bot.engine.session import Person

    def fails(db: Any, batch: Any) -> None:
        db.execute("INSERT INTO meta (key, value) VALUES (?, ?)", ("k", "v"))
        db.execute("INSERT INTO meta (key, value) VALUES (?, ?)", ("k", "again"))  # the same key

    import psycopg

    for _ in range(6):  # more than the pool's connections: each is left usable
        with pytest.raises(psycopg.errors.UniqueViolation):
            await store._submit(fails)
    assert await store.secret("k", lambda: "fresh") == "fresh"
    await store.run(3, lambda tx: tx.save(Person(user_id=3, created_at=0, active_at=0)))
    assert await store.people_count() == 1


async def test_a_batch_whose_queued_statement_fails_is_run_again_a_statement_at_a_time(
    store: PostgresStore,
) -> None:
    """A batch's savepoints travel with its other statements; when one of them fails at the
    server, the batch is undone and run again carefully, so only the failing person's part
    is undone and everyone else's commits."""
    from bot.engine.session import Person

    def ok(uid: int):  # type: ignore[no-untyped-def]
        return lambda tx: tx.save(Person(user_id=uid, created_at=0, active_at=0))

    def clash(tx: Any) -> None:
        tx.db.execute("INSERT INTO meta (key, value) VALUES (?, ?)", ("clash", "a"))
        tx.db.execute("INSERT INTO meta (key, value) VALUES (?, ?)", ("clash", "b"))  # the same key

    import psycopg

    results = await store.run_each([(1, ok(1)), (2, clash), (3, ok(3))])
    assert results[0] is None
    assert results[2] is None
    assert isinstance(results[1], psycopg.errors.UniqueViolation)
    assert await store.people_count() == 2
    assert await store.secret("clash", lambda: "fresh") == "fresh"  # person 2's part was undone


async def test_a_batch_part_failing_after_a_read_is_undone_alone(store: PostgresStore) -> None:
    """A person's part that fails after its statements went out with a read cannot be dropped
    from the queue: the batch runs again carefully, and only that part is undone."""
    from bot.engine.session import Person

    def ok(uid: int):  # type: ignore[no-untyped-def]
        return lambda tx: tx.save(Person(user_id=uid, created_at=0, active_at=0))

    def fails_late(tx: Any) -> None:
        tx.save(Person(user_id=2, created_at=0, active_at=0))
        tx.pairing()  # not read ahead: the save goes out with this read
        raise ValueError("after the read")

    results = await store.run_each([(1, ok(1)), (2, fails_late), (3, ok(3))])
    assert results[0] is None
    assert results[2] is None
    assert isinstance(results[1], ValueError)
    assert await store.run(2, lambda tx: tx.load()) is None
    assert await store.people_count() == 2


async def test_two_stores_on_one_database_share_the_secret(dsn: str, clock: ManualClock) -> None:
    first, second = await asyncio.gather(
        PostgresStore.open(dsn, clock=clock, size=1), PostgresStore.open(dsn, clock=clock, size=1)
    )
    try:
        a, b = await asyncio.gather(
            first.secret("k", lambda: "from-first"), second.secret("k", lambda: "from-second")
        )
        assert a == b
    finally:
        await first.close()
        await second.close()


async def test_each_role_has_one_holder_and_is_taken_over(dsn: str) -> None:
    assert set(ROLE_KEYS) == {POLLING, SENDER, BACKGROUND}
    running: list[str] = []
    stops = [asyncio.Event(), asyncio.Event()]
    workers = [PostgresRoles(dsn, retry=0.1, check=0.1) for _ in stops]

    def runner(name: str):  # type: ignore[no-untyped-def]
        async def run(stop: asyncio.Event) -> None:
            running.append(name)
            await stop.wait()
            running.remove(name)

        return run

    tasks = [
        asyncio.create_task(roles.lead(SENDER, runner(f"w{i}"), stop))
        for i, (roles, stop) in enumerate(zip(workers, stops, strict=True))
    ]
    for _ in range(50):
        await asyncio.sleep(0.05)
        if running:
            break
    await asyncio.sleep(0.3)
    assert len(running) == 1  # never two senders
    holder = int(running[0][1])
    assert workers[holder].leading(SENDER)
    assert not workers[1 - holder].leading(SENDER)
    stops[holder].set()  # the holder stops: its lock goes with its connection
    await tasks[holder]
    for _ in range(50):
        await asyncio.sleep(0.05)
        if running:
            break
    assert running == [f"w{1 - holder}"]
    stops[1 - holder].set()
    await tasks[1 - holder]


async def _to_last_tap(chat: ChatDriver) -> str:
    """Through the agreement conversation up to its last tap; that tap's token."""
    await chat.tap("Let's go through")
    while not any("Show my summary" in label for label, _ in chat.buttons):
        await chat.tap_index(0)
    await chat.tap("Show my summary")
    return chat.find("nothing like that")  # the safety question comes before the summary


async def test_partners_finishing_at_the_same_moment_both_get_one_reveal(
    dsn: str, clock: ManualClock, content: Content
) -> None:
    """Anna goes over her answers again while Ben gives his: both last taps land at once, on
    two connections, and each gets one reveal. (The race is narrow, so this walk seldom loses
    without the lock; the test below holds the lock itself deterministically.)"""
    settings = Settings(db=dsn, token=None)
    store = await PostgresStore.open(dsn, clock=clock, size=4)
    core: Core = await build_core(settings, store=store, clock=clock, loaded=content)
    try:
        anna, ben = ChatDriver(core, user_id=ANNA), ChatDriver(core, user_id=BEN)
        payload = await invite(anna)
        await accept(ben, payload)
        await ben.tap("Yes, I'll answer")
        await anna.drain()
        await anna.command("menu")
        await anna.tap("agreements out loud")
        last_anna, last_ben = await _to_last_tap(anna), await _to_last_tap(ben)
        await asyncio.gather(anna.token(last_anna), ben.token(last_ben))
        await anna.drain()
        for chat in (anna, ben):
            assert sum("pair-reveal-intro" in s.ids for s in chat.history) == 1, chat.user_id
        pairing = await store.run(ANNA, lambda tx: tx.pairing())
        assert pairing.status == "revealed"
    finally:
        await core.close()


def test_bot_db_takes_a_postgresql_url() -> None:
    settings = load_settings(db="postgresql://candor@db.internal/candor", token=None)
    assert settings.postgres == "postgresql://candor@db.internal/candor"
    with pytest.raises(ConfigError, match="BOT_DB: a PostgreSQL URL"):
        _ = settings.db_path


async def test_an_unreachable_server_is_one_clear_line(clock: ManualClock) -> None:
    from bot.store.sqlite import StoreError

    with pytest.raises(StoreError, match=r"^cannot use BOT_DB \(PostgreSQL\): "):
        await PostgresStore.open("postgresql://nobody@127.0.0.1:1/none", clock=clock)


async def test_a_pairing_read_for_a_change_waits_for_the_other_partners_commit(
    store: PostgresStore,
) -> None:
    """The mechanism under the reveal: a unit that read the pairing holds it until it commits;
    the partner's unit reads it after, with the change (not a stale copy to write back)."""
    import time

    from bot.engine.pairing.model import Pairing

    await store.run(ANNA, lambda tx: tx.save_pairing(Pairing(0, ANNA, BEN, "A", "answering", 0, {"x": "1"})))
    order: list[str] = []

    def anna(tx: Any) -> None:
        pairing = tx.pairing()
        order.append("anna read")
        time.sleep(0.3)  # on the database thread, inside the transaction
        pairing.status = "revealed"
        tx.save_pairing(pairing)
        order.append("anna saved")

    def ben(tx: Any) -> str:
        time.sleep(0.1)  # after Anna's read
        status: str = tx.pairing().status
        order.append("ben read")
        return status

    _, seen = await asyncio.gather(store.run(ANNA, anna), store.run(BEN, ben))
    assert order == ["anna read", "anna saved", "ben read"]
    assert seen == "revealed"


async def test_a_result_read_twice_and_in_parts(store: PostgresStore) -> None:
    """A statement's outcome stays readable after its first look (an export reads the
    columns, then the rows), and rows come one at a time as from a cursor."""
    from bot.engine.session import Person

    await store.run(4, lambda tx: tx.save(Person(user_id=4, created_at=0, active_at=0, locale="en")))
    exported = await store.run(4, lambda tx: tx.dump())
    assert [row["user_id"] for row in exported["people"]] == [4]

    def reads(db: Any, batch: Any) -> tuple[Any, ...]:
        cur = db.execute("SELECT user_id FROM people UNION ALL SELECT 5 ORDER BY 1")
        return cur.rowcount, cur.fetchone(), cur.fetchall(), cur.fetchone()

    assert await store._submit(reads, write=False) == (2, (4,), [(5,)], None)


async def test_units_without_an_update_take_the_persons_turn_too(
    store: PostgresStore, dsn: str, clock: ManualClock
) -> None:
    """A reminder batch on one worker and the person's updates on another write the same row:
    none of the writes is lost. A person held elsewhere comes back from a batch as PersonBusy
    (not waited for) and is counted once tried again."""
    from bot.engine.session import Person
    from bot.store.base import PersonBusy

    def bump(tx: Any) -> int:
        person = tx.load()
        person.prefs["n"] = person.prefs.get("n", 0) + 1
        tx.save(person)
        return 1

    other = await PostgresStore.open(dsn, clock=clock, size=4)
    await store.run(9, lambda tx: tx.save(Person(user_id=9, created_at=0, active_at=0)))
    await store.inbox_add([_item(200 + i, 9) for i in range(15)], keep_seen_for=60)
    busy = 0

    async def updates() -> None:
        for i in range(15):
            await store.run(9, bump, ack=200 + i)
        for _ in range(15):
            await store.run(9, bump)  # a setting: no update to claim, the same turn

    async def batches() -> None:
        nonlocal busy
        done = 0
        while done < 30:
            (result,) = await other.run_each([(9, bump)])
            if isinstance(result, PersonBusy):
                busy += 1
                await asyncio.sleep(0.001)
            else:
                done += 1

    try:
        await asyncio.gather(updates(), batches())
    finally:
        await other.close()
    person = await store.run(9, lambda tx: tx.load())
    assert person.prefs["n"] == 60


async def test_listening_backs_off_while_the_database_is_away(
    store: PostgresStore, caplog: pytest.LogCaptureFixture
) -> None:
    """A worker whose database went away tries to listen again after 1, 2, 4... s, up to 30 s,
    not every second (that was a warning a second for as long as the outage lasted)."""
    store.dsn = "postgresql://nobody@127.0.0.1:1/none"  # where the listener connects from now on
    caplog.set_level("WARNING", logger="bot.store.postgres")
    store.listen(lambda: None)  # stopped by the fixture's close
    for _ in range(100):  # the first three tries: at once, after 1 s, after 2 s more
        lines = [r.getMessage() for r in caplog.records if "listening" in r.getMessage()]
        if len(lines) >= 3:
            break
        await asyncio.sleep(0.1)
    assert [line.rsplit("retrying in ", 1)[-1] for line in lines[:3]] == ["1 s", "2 s", "4 s"]
