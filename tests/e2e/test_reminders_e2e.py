"""Daily check-ins through an adapter: the controls, /progress as a picture, and 10,000 due at once."""

from __future__ import annotations

import asyncio
import time
from datetime import UTC, datetime
from pathlib import Path

import pytest

from bot.engine.clock import ManualClock
from bot.engine.reminders.model import Reminder
from bot.engine.session import Person
from tests.e2e.harness import Harness, loaded, make_settings
from tests.fake_bot_api import FakeBotApi, FakeUpload

ANNA = 5001


@pytest.fixture(params=["ptb", "aiogram"])
async def tgc(request: pytest.FixtureRequest, tmp_path: Path, api: FakeBotApi):  # type: ignore[no-untyped-def]
    clock = ManualClock(datetime(2026, 1, 5, 12, 0, tzinfo=UTC))
    h = Harness(api, make_settings(tmp_path, api, request.param, "polling"), "polling", clock)
    await h.start(loaded=loaded())
    yield h
    await h.stop()


async def set_up(tg: Harness) -> None:
    await tg.command(ANNA, "start")
    await tg.tap(ANNA, "18 or older")
    await tg.command(ANNA, "reminders")
    await tg.tap(ANNA, "working on it together")
    await tg.tap(ANNA, "20:00")
    await tg.text(ANNA, "UTC")
    await tg.tap(ANNA, "Yes, that's right")
    await tg.tap(ANNA, "No quiet hours")
    await tg.tap(ANNA, "2 weeks")
    assert "Every day at 20:00 (UTC)" in tg.last(ANNA)


async def fire(tg: Harness, when: datetime) -> None:
    tg.clock.set(when)  # type: ignore[union-attr]
    await tg.service.background.reminders.run_once()  # type: ignore[union-attr]
    tg.service.sender.poke()  # type: ignore[union-attr]
    await tg.settle()


async def test_check_in_snooze_skip_pause_stop_and_plan_end(tgc: Harness) -> None:
    await set_up(tgc)
    await fire(tgc, datetime(2026, 1, 5, 20, 0, tzinfo=UTC))
    note = tgc.api.chat(ANNA)[-1]
    assert note.text == "Your evening check-in is ready, whenever you have a minute."
    assert not note.disable_notification  # a reminder rings (unless set silent)
    await tgc.tap(ANNA, "In an hour")
    assert "I'll come back at 21:00" in tgc.texts(ANNA)[-1]
    await fire(tgc, datetime(2026, 1, 5, 21, 0, tzinfo=UTC))
    await tgc.tap(ANNA, "Open it")
    await tgc.tap(ANNA, "Good")
    await tgc.tap(ANNA, "Yes")
    await tgc.tap(ANNA, "Time together")
    good = ("It's good to hear today felt steadier", "A steadier day is worth noticing", "Glad today held up")
    assert any(line in tgc.last(ANNA) for line in good)  # one of the good day's closings
    await fire(tgc, datetime(2026, 1, 6, 20, 0, tzinfo=UTC))
    await tgc.tap(ANNA, "Not today")
    assert tgc.api.chat(ANNA)[-1].text == "No problem. See you tomorrow."
    await fire(tgc, datetime(2026, 1, 7, 20, 0, tzinfo=UTC))
    await tgc.tap(ANNA, "Pause for a few days")
    assert "January 10, 2026" in tgc.api.chat(ANNA)[-1].text
    for day in range(8, 10):
        await fire(tgc, datetime(2026, 1, day, 20, 0, tzinfo=UTC))
    assert tgc.api.chat(ANNA)[-1].text.startswith("Paused")
    for day in range(10, 19):
        await fire(tgc, datetime(2026, 1, day, 20, 0, tzinfo=UTC))
        assert tgc.api.chat(ANNA)[-1].text.startswith("Your evening check-in"), day
    await fire(tgc, datetime(2026, 1, 19, 20, 0, tzinfo=UTC))
    assert tgc.api.chat(ANNA)[-1].text == "A note from Candor is ready, whenever you have a minute."
    await tgc.tap(ANNA, "Open it")
    assert "Your check-in plan has come to its end" in tgc.last(ANNA)
    await tgc.tap(ANNA, "Stop here")
    await fire(tgc, datetime(2026, 1, 20, 20, 0, tzinfo=UTC))
    assert "check-ins are stopped" in tgc.last(ANNA)


async def test_progress_arrives_as_a_picture(tgc: Harness) -> None:
    await set_up(tgc)
    for day, feel in ((5, "Heavy"), (6, "Good")):
        await fire(tgc, datetime(2026, 1, day, 20, 0, tzinfo=UTC))
        await tgc.tap(ANNA, "Open it")
        await tgc.tap(ANNA, feel)
        await tgc.tap(ANNA, "Somewhat")
        await tgc.tap(ANNA, "Some reassurance")
    await tgc.command(ANNA, "progress")
    photos = [m for m in tgc.api.chat(ANNA) if m.kind == "photo"]
    assert len(photos) == 1
    assert "2 check-ins" in (photos[0].text or "")
    params = next(p for m, p in tgc.api.requests if m == "sendPhoto")
    uploads = [v for v in params.values() if isinstance(v, FakeUpload)]
    assert uploads
    assert uploads[0].data[:8] == b"\x89PNG\r\n\x1a\n"


@pytest.mark.slow
async def test_ten_thousand_due_in_the_same_minute(tmp_path: Path, api: FakeBotApi) -> None:
    people = 10_000
    rate = 2_000.0
    clock = ManualClock(datetime(2026, 1, 5, 19, 0, tzinfo=UTC))
    settings = make_settings(tmp_path, api, "ptb", "polling", send_rate=rate)
    tg = Harness(api, settings, "polling", clock)
    await tg.start(loaded=loaded())
    try:
        store = tg.service.core.store  # type: ignore[union-attr]
        blocked = set(range(100_000, 100_000 + people, 97))  # about 100 who blocked the bot
        due = int(datetime(2026, 1, 5, 20, 0, tzinfo=UTC).timestamp())

        def setup(uid: int):  # type: ignore[no-untyped-def]
            def work(tx):  # type: ignore[no-untyped-def]
                # active today: the retention sweep (which runs at start) leaves them be
                now = int(clock.now().timestamp())
                tx.save(Person(user_id=uid, created_at=now, active_at=now, locale="en", consented_at=now))
                rem = Reminder(
                    user_id=uid,
                    tz="UTC",
                    local_time=20 * 60,
                    role="did",
                    started_on="2026-01-05",
                    next_due=due + uid % 60,
                )
                tx.save_reminder(rem)

            return work

        uids = list(range(100_000, 100_000 + people))
        for uid in uids:
            api.known_user(uid, blocked=uid in blocked)
        await asyncio.gather(*(store.run(uid, setup(uid)) for uid in uids))
        await tg.service.background.reminders.run_once()  # type: ignore[union-attr]
        await tg.settle()
        assert api.calls["sendMessage"] == 0  # none before its time
        clock.set(datetime(2026, 1, 5, 20, 1, tzinfo=UTC))
        started = time.monotonic()
        # (the service's own dispatcher loop runs too: both may claim, neither sends twice)
        await tg.service.background.reminders.run_once()  # type: ignore[union-attr]
        tg.service.sender.poke()  # type: ignore[union-attr]
        expected = people - len(blocked)
        await tg.wait(lambda: api.calls["sendMessage"] >= expected, timeout=120)
        await tg.settle(timeout=60)
        elapsed = time.monotonic() - started
        await tg.service.background.reminders.run_once()  # type: ignore[union-attr]  # nothing twice
        await tg.settle()
        for uid in uids:
            chat = api.chat(uid)
            if uid in blocked:
                assert chat == []
            else:
                assert len(chat) == 1, uid
                assert chat[0].text.startswith("Your evening check-in")
        for uid in list(blocked)[:5]:
            person = await store.run(uid, lambda tx: tx.load())
            assert person.inactive
            assert await store.run(uid, lambda tx: tx.reminder()) is None
        assert elapsed >= people / rate * 0.9  # the limiter held the pace
    finally:
        await tg.stop()
