"""One contract, run against every Store implementation."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from pathlib import Path

import pytest

from bot.engine.clock import ManualClock
from bot.engine.outbound import Reply, Text
from bot.engine.pairing.model import Invite
from bot.engine.reminders.model import Reminder
from bot.engine.session import FlowProgress, Person, Session
from bot.store.base import InboxItem
from bot.store.memory import InMemoryStore
from bot.store.postgres import PostgresStore
from bot.store.sqlite import SqliteStore


@pytest.fixture(params=["memory", "sqlite", "postgres"])
async def store(request: pytest.FixtureRequest, tmp_path: Path, clock: ManualClock) -> AsyncIterator[object]:
    if request.param == "memory":
        s: object = InMemoryStore(clock)
    elif request.param == "sqlite":
        s = await SqliteStore.open(tmp_path / "contract.db", clock=clock)
    else:
        server = request.getfixturevalue("postgres")
        s = await PostgresStore.open(server.new_database(), clock=clock, size=2)
    yield s
    await s.close()  # type: ignore[attr-defined]


def person(uid: int = 5) -> Person:
    session = Session(seq=3, at="flow", flow="dealbreaker")
    session.flows["dealbreaker"] = FlowProgress("response", {"behaviour": "texting"}, ["intro", "what"])
    return Person(
        user_id=uid,
        created_at=100,
        active_at=200,
        locale="es",
        consented_at=150,
        session=session,
        prefs={"silent": True},
    )


def reply(i: int) -> Reply:
    return Reply(parts=(Text("m", {"n": i}),))


async def test_a_person_round_trips(store) -> None:  # type: ignore[no-untyped-def]
    assert await store.run(5, lambda tx: tx.load()) is None
    await store.run(5, lambda tx: tx.save(person()))
    loaded = await store.run(5, lambda tx: tx.load())
    assert loaded == person()


async def test_state_and_outbox_commit_together(store) -> None:  # type: ignore[no-untyped-def]
    def work(tx):  # type: ignore[no-untyped-def]
        tx.save(person())
        tx.send([reply(1), reply(2)], "es")
        return "done"

    assert await store.run(5, work) == "done"
    items = await store.outbox_for_chat(5)
    assert [i.message for i in items] == [reply(1), reply(2)]
    assert {i.locale for i in items} == {"es"}


async def test_a_failing_unit_changes_nothing(store) -> None:  # type: ignore[no-untyped-def]
    def work(tx):  # type: ignore[no-untyped-def]
        tx.save(person())
        tx.send([reply(1)], "en")
        raise RuntimeError("boom")

    with pytest.raises(RuntimeError, match="boom"):
        await store.run(5, work)
    assert await store.run(5, lambda tx: tx.load()) is None
    assert await store.outbox_for_chat(5) == []


async def test_concurrent_units_for_many_people_all_commit(store) -> None:  # type: ignore[no-untyped-def]
    def work(uid: int):  # type: ignore[no-untyped-def]
        def inner(tx):  # type: ignore[no-untyped-def]
            p = tx.load() or person(uid)
            p.session.seq += 1
            tx.save(p)
            tx.send([reply(uid)], "en")

        return inner

    await asyncio.gather(*(store.run(uid, work(uid)) for uid in range(1, 201)))
    await asyncio.gather(*(store.run(uid, work(uid)) for uid in range(1, 201)))
    for uid in (1, 100, 200):
        assert (await store.run(uid, lambda tx: tx.load())).session.seq == 5
        assert len(await store.outbox_for_chat(uid)) == 2


async def test_one_failure_in_a_group_commit_leaves_the_others(store) -> None:  # type: ignore[no-untyped-def]
    def ok(uid: int):  # type: ignore[no-untyped-def]
        return lambda tx: tx.save(person(uid))

    def bad(tx):  # type: ignore[no-untyped-def]
        tx.save(person(99))
        raise ValueError("bad unit")

    results = await asyncio.gather(
        store.run(1, ok(1)), store.run(99, bad), store.run(2, ok(2)), return_exceptions=True
    )
    assert isinstance(results[1], ValueError)
    assert await store.run(1, lambda tx: tx.load()) is not None
    assert await store.run(2, lambda tx: tx.load()) is not None
    assert await store.run(99, lambda tx: tx.load()) is None


async def test_run_each_undoes_only_the_failing_person(store) -> None:  # type: ignore[no-untyped-def]
    def ok(uid: int):  # type: ignore[no-untyped-def]
        def work(tx):  # type: ignore[no-untyped-def]
            tx.save(person(uid))
            tx.send([reply(uid)], "en")
            return uid

        return work

    def bad(tx):  # type: ignore[no-untyped-def]
        tx.save(person(99))
        tx.send([reply(99)], "en")
        raise ValueError("bad unit")

    results, alone = await asyncio.gather(
        store.run_each([(1, ok(1)), (99, bad), (2, ok(2))]), store.run(3, ok(3))
    )
    assert (results[0], results[2], alone) == (1, 2, 3)
    assert isinstance(results[1], ValueError)
    assert await store.run(99, lambda tx: tx.load()) is None
    assert {row.chat_id for row in await store.outbox_page(0, 10)} == {1, 2, 3}


async def test_a_batch_reads_what_each_person_wrote_before(store) -> None:  # type: ignore[no-untyped-def]
    """A batch reads its people's rows ahead (bot.store.ahead): a person still reads their own
    writes, a day is prompted once, and a partner written earlier in the batch is read afresh."""
    from bot.engine.reminders.model import Checkin

    for uid in (1, 2):
        await store.run(
            uid, lambda tx, uid=uid: tx.save_reminder(Reminder(uid, "UTC", 1200, "did", "2026-03-01", 10))
        )

    def first(tx):  # type: ignore[no-untyped-def]
        seen = [tx.reminder().next_due]
        tx.save_reminder(Reminder(1, "UTC", 1200, "did", "2026-03-01", 99))
        seen.append(tx.reminder().next_due)
        seen += [tx.mark_prompted("2026-03-02"), tx.mark_prompted("2026-03-02")]
        tx.save_checkin(Checkin("2026-03-02", 4, 2, 1))
        seen.append([c.day for c in tx.checkins("2026-03-01")])
        tx.set_revisit(500)
        seen.append(tx.revisit())
        tx.other(2).save(person(2))  # a partner's row, written before their turn in this batch
        return seen

    def second(tx):  # type: ignore[no-untyped-def]
        return [tx.load() == person(2), tx.reminder().next_due, tx.mark_prompted("2026-03-02")]

    assert await store.run_each([(1, first), (2, second)]) == [
        [10, 99, True, False, ["2026-03-02"], 500],
        [True, 10, True],
    ]
    assert await store.run(1, lambda tx: tx.mark_prompted("2026-03-02")) is False


async def test_reminders_due_merges_check_ins_and_revisits_earliest_first(store) -> None:  # type: ignore[no-untyped-def]
    def schedule(uid: int, check_in: int | None, revisit: int | None):  # type: ignore[no-untyped-def]
        def work(tx):  # type: ignore[no-untyped-def]
            if check_in is not None:
                tx.save_reminder(Reminder(uid, "UTC", 1200, "did", "2026-03-01", check_in))
            if revisit is not None:
                tx.set_revisit(revisit)

        return work

    for uid, check_in, revisit in [
        (1, 500, None),
        (2, None, 100),
        (3, 300, 200),  # both: counted once, at the earlier
        (4, 2000, None),  # not due yet
        (5, None, 400),
        (6, 700, 50_000),
    ]:
        await store.run(uid, schedule(uid, check_in, revisit))
    assert await store.reminders_due(1000, 10) == [2, 3, 5, 1, 6]
    assert await store.reminders_due(1000, 3) == [2, 3, 5]
    assert await store.reminders_due(99, 10) == []


async def test_erase_removes_every_row_of_the_person(store) -> None:  # type: ignore[no-untyped-def]
    def setup(tx):  # type: ignore[no-untyped-def]
        tx.save(person())
        tx.send([reply(1)], "en")

    await store.run(5, setup)
    await store.run(6, lambda tx: tx.save(person(6)))
    await store.inbox_add([InboxItem(10, 5, {"text": "x"}, 1)], keep_seen_for=172800)
    items = await store.outbox_for_chat(5)
    await store.outbox_sent(items[0].id, 5, [501], keyboard=True)

    def erase(tx):  # type: ignore[no-untyped-def]
        tx.erase()

    await store.run(5, erase)
    await store.run(5, erase)  # harmless the second time
    assert await store.run(5, lambda tx: tx.load()) is None
    assert await store.outbox_for_chat(5) == []
    assert await store.inbox_pending(10) == []
    assert await store.last_keyboard(5) is None
    assert await store.run(6, lambda tx: tx.load()) is not None


async def test_inbox_drops_duplicates_by_update_id(store, clock: ManualClock) -> None:  # type: ignore[no-untyped-def]
    from datetime import timedelta

    first = [InboxItem(1, 5, {"a": 1}, 0), InboxItem(2, 5, {"a": 2}, 0)]
    assert await store.inbox_add(first, keep_seen_for=172800) == [1, 2]
    assert await store.inbox_add(
        [InboxItem(2, 5, {"a": 2}, 0), InboxItem(3, 6, {}, 0)], keep_seen_for=172800
    ) == [3]
    pending = await store.inbox_pending(10)
    assert [i.update_id for i in pending] == [1, 2, 3]
    assert pending[0].payload == {"a": 1}
    await store.run(5, lambda tx: None, ack=1)
    await store.inbox_drop(2)
    assert [i.update_id for i in await store.inbox_pending(10)] == [3]
    # Handled updates still count as seen for the whole window...
    assert await store.inbox_add([InboxItem(1, 5, {}, 0)], keep_seen_for=172800) == []
    clock.advance(timedelta(hours=49))
    # ...and are forgotten after it.
    assert await store.inbox_add([InboxItem(1, 5, {}, 0)], keep_seen_for=172800) == [1]


async def test_ack_is_rolled_back_with_a_failing_unit(store) -> None:  # type: ignore[no-untyped-def]
    await store.inbox_add([InboxItem(7, 5, {}, 0)], keep_seen_for=100)

    def bad(tx):  # type: ignore[no-untyped-def]
        raise RuntimeError("no")

    with pytest.raises(RuntimeError):
        await store.run(5, bad, ack=7)
    assert [i.update_id for i in await store.inbox_pending(10)] == [7]


async def test_outbox_keeps_each_chats_order_and_honours_retry_times(store) -> None:  # type: ignore[no-untyped-def]
    await store.run(1, lambda tx: tx.send([reply(1), reply(2)], "en"))
    await store.run(2, lambda tx: tx.send([reply(3)], "en"))
    rows = await store.outbox_page(0, 10)
    assert [(r.chat_id, r.item().message) for r in rows] == [(1, reply(1)), (1, reply(2)), (2, reply(3))]
    assert [r.id for r in await store.outbox_page(rows[0].id, 10)] == [r.id for r in rows[1:]]
    await store.outbox_retry(rows[0].id, not_before=2_000_000_000_000)
    again = await store.outbox_page(0, 10)
    assert [r.id for r in again] == [r.id for r in rows]  # a retry keeps its place in the chat's order
    assert (again[0].not_before, again[0].attempts) == (2_000_000_000_000, 1)
    await store.outbox_drop(again[0].id)
    assert [i.message for i in await store.outbox_for_chat(1)] == [reply(2)]
    assert await store.outbox_drop_chat(1) == 1


async def test_outbox_depth_counts_what_waits_up_to_a_limit(store) -> None:  # type: ignore[no-untyped-def]
    assert await store.outbox_depth(10) == 0
    await store.run(1, lambda tx: tx.send([reply(1), reply(2)], "en"))
    await store.run(2, lambda tx: tx.send([reply(3)], "en"))
    assert await store.outbox_depth(10) == 3
    assert await store.outbox_depth(2) == 2
    first = (await store.outbox_page(0, 1))[0]
    await store.outbox_sent(first.id, 1, [10], keyboard=False)
    assert await store.outbox_depth(10) == 2


async def test_sent_messages_track_the_last_keyboard(store) -> None:  # type: ignore[no-untyped-def]
    await store.run(1, lambda tx: tx.send([reply(1), reply(2), reply(3)], "en"))
    a, b, c = await store.outbox_for_chat(1)
    await store.outbox_sent(a.id, 1, [10], keyboard=True)
    assert await store.last_keyboard(1) == 10
    await store.outbox_sent(b.id, 1, [11, 12], keyboard=True)
    assert await store.last_keyboard(1) == 12
    await store.keyboard_cleared(1, 12)
    assert await store.last_keyboard(1) is None
    await store.outbox_sent(c.id, 1, [13], keyboard=False, record=False)
    assert await store.recent_messages(1, since=0) == [10, 11, 12]
    await store.forget_messages(1, [10])
    assert await store.recent_messages(1, since=0) == [11, 12]


async def test_several_sends_retire_in_one_commit_as_one_by_one(store) -> None:  # type: ignore[no-untyped-def]
    from bot.store.base import Sent

    await store.run(1, lambda tx: tx.send([reply(1), reply(2), reply(3)], "en"))
    await store.run(2, lambda tx: tx.send([reply(4)], "en"))
    a, b, c = await store.outbox_for_chat(1)
    (d,) = await store.outbox_for_chat(2)
    await store.outbox_sent_many(
        [
            Sent(a.id, 1, [10], keyboard=True),
            Sent(b.id, 1, [11, 12], keyboard=True),  # the newer keyboard clears the older
            Sent(d.id, 2, [20], keyboard=False),
            Sent(c.id, 1, [13], keyboard=False, record=False),
        ]
    )
    assert await store.outbox_depth(10) == 0
    assert await store.last_keyboard(1) == 12
    assert await store.last_keyboard(2) is None
    assert await store.recent_messages(1, since=0) == [10, 11, 12]
    assert await store.recent_messages(2, since=0) == [20]


async def test_an_outbox_page_carries_each_chats_last_keyboard(store) -> None:  # type: ignore[no-untyped-def]
    """What ``last_keyboard`` reads comes with the page (the sender makes no second read)."""
    await store.run(1, lambda tx: tx.send([reply(1), reply(2), reply(3)], "en"))
    await store.run(2, lambda tx: tx.send([reply(4)], "en"))
    a, b, c = await store.outbox_for_chat(1)
    await store.outbox_sent(a.id, 1, [10], keyboard=True)
    await store.outbox_sent(b.id, 1, [11, 12], keyboard=True)
    await store.outbox_sent(0, 2, [20], keyboard=True)
    await store.outbox_sent(0, 2, [21], keyboard=False)  # a message without buttons after it
    rows = await store.outbox_page(0, 10)
    assert [(r.chat_id, r.keyboard) for r in rows] == [(1, 12), (2, 20)]
    assert rows[0].item().keyboard == 12
    await store.keyboard_cleared(1, 12)
    await store.run(3, lambda tx: tx.send([reply(5)], "en"))
    assert [(r.chat_id, r.keyboard) for r in await store.outbox_page(0, 10)] == [
        (1, None),
        (2, 20),
        (3, None),
    ]
    assert await store.outbox_page(c.id, 10) == (await store.outbox_page(0, 10))[1:]


async def test_secret_is_created_once(store) -> None:  # type: ignore[no-untyped-def]
    first = await store.secret("k", lambda: "one")
    assert await store.secret("k", lambda: "two") == first == "one"


async def test_an_inviters_open_invite_is_found_and_dropped(store) -> None:  # type: ignore[no-untyped-def]
    invite = Invite("h1", 5, "Anna", {"area": "fine"}, 1_000)
    await store.run(5, lambda tx: tx.save_invite(invite))
    assert await store.run(5, lambda tx: tx.my_invite()) == invite
    assert await store.run(6, lambda tx: tx.my_invite()) is None
    await store.run(5, lambda tx: tx.drop_invite("h1"))
    assert await store.run(5, lambda tx: tx.my_invite()) is None
