"""Daily check-ins: the clock, the schedule in the database, and every control."""

from __future__ import annotations

import asyncio
import io
from datetime import UTC, date, datetime, timedelta

import pytest

from bot.app import Core, build_core, console_chat, reminder_dispatcher
from bot.engine.clock import ManualClock
from bot.engine.outbound import Chart, Reply
from bot.engine.reminders import schedule
from bot.engine.reminders.checkin import CLOSINGS
from bot.engine.reminders.model import Reminder
from bot.store.sqlite import SqliteStore
from tests.chatdriver import ChatDriver


def rem(tz: str, hhmm: str, **kw: object) -> Reminder:
    h, m = map(int, hhmm.split(":"))
    base = {
        "user_id": 1,
        "tz": tz,
        "local_time": h * 60 + m,
        "role": "did",
        "started_on": "2026-01-01",
        "next_due": 0,
    }
    return Reminder(**{**base, **kw})  # type: ignore[arg-type]


def utc(text: str) -> int:
    return int(datetime.fromisoformat(text).replace(tzinfo=UTC).timestamp())


def iso(instant: int) -> str:
    return datetime.fromtimestamp(instant, UTC).strftime("%Y-%m-%d %H:%M")


@pytest.mark.parametrize(
    ("tz", "hhmm", "after", "expected_utc"),
    [
        # a zone with DST: Madrid is UTC+1 in winter, UTC+2 from 29 March 2026
        ("Europe/Madrid", "20:00", "2026-03-27 12:00", "2026-03-27 19:00"),
        (
            "Europe/Madrid",
            "20:00",
            "2026-03-28 20:00",
            "2026-03-29 18:00",
        ),  # same local time after the change
        ("Europe/Madrid", "20:00", "2026-10-24 19:00", "2026-10-25 19:00"),  # and back on 25 October
        # the chosen hour does not exist on the day clocks jump (02:30 in Madrid): moved forward
        ("Europe/Madrid", "02:30", "2026-03-28 12:00", "2026-03-29 01:30"),
        # the chosen hour happens twice when clocks go back: the first one
        ("Europe/Madrid", "02:30", "2026-10-24 12:00", "2026-10-25 00:30"),
        # New York changes on another date
        ("America/New_York", "08:00", "2026-03-07 14:00", "2026-03-08 12:00"),
        # a zone without DST
        ("Asia/Tokyo", "21:30", "2026-07-01 00:00", "2026-07-01 12:30"),
        # UTC+05:45
        ("Asia/Kathmandu", "07:15", "2026-01-10 00:00", "2026-01-10 01:30"),
        ("Asia/Kathmandu", "07:15", "2026-01-10 01:30", "2026-01-11 01:30"),
    ],
)
def test_next_due_keeps_the_local_time(tz: str, hhmm: str, after: str, expected_utc: str) -> None:
    assert iso(schedule.next_due(rem(tz, hhmm), utc(after))) == expected_utc


def test_pause_and_plan_end() -> None:
    r = rem("UTC", "09:00", paused_until=utc("2026-01-05 10:00"))
    assert iso(schedule.next_due(r, utc("2026-01-02 00:00"))) == "2026-01-06 09:00"
    r = rem("UTC", "09:00", plan_days=14)  # 1..14 January, then the end-of-plan note on the 15th
    due = schedule.next_due(r, utc("2026-01-14 10:00"))
    assert iso(due) == "2026-01-15 09:00"
    assert schedule.is_plan_end(r, due)
    assert not schedule.is_plan_end(r, utc("2026-01-14 09:00"))


def test_quiet_hours_and_snooze() -> None:
    assert schedule.in_quiet(23 * 60, 22 * 60, 8 * 60)
    assert schedule.in_quiet(7 * 60, 22 * 60, 8 * 60)
    assert not schedule.in_quiet(12 * 60, 22 * 60, 8 * 60)
    assert not schedule.in_quiet(12 * 60, None, None)
    r = rem("UTC", "20:00", quiet_start=22 * 60, quiet_end=8 * 60)
    assert iso(schedule.snooze_until(r, utc("2026-01-05 20:00"), 60)) == "2026-01-05 21:00"
    assert schedule.snooze_until(r, utc("2026-01-05 20:30"), 180) is None  # lands in quiet hours: skipped


@pytest.mark.parametrize(
    ("text", "minutes"),
    [
        ("19:30", 1170),
        ("7pm", 1140),
        ("7:05 am", 425),
        ("0930", 570),
        ("21.15", 1275),
        ("9", 540),
        ("25:00", None),
        ("soon", None),
    ],
)
def test_parse_time(text: str, minutes: int | None) -> None:
    assert schedule.parse_time(text) == minutes


# -- end to end on the engine -----------------------------------------------------------


async def set_up(
    chat: ChatDriver, clock: ManualClock, zone_text: str = "Lisbon", *, begin: bool = True
) -> None:
    if begin:
        await chat.begin()
    await chat.command("reminders")
    await chat.tap("one who was hurt")
    await chat.tap("20:00")
    said = await chat.text(zone_text)
    assert "reminders-q-zone-confirm" in said[-1].ids
    local_now = schedule.fmt_time(schedule.minutes_of(int(clock.now().timestamp()), "Europe/Lisbon"))
    assert local_now in said[-1].body  # the person sees their own current time
    await chat.tap("Yes, that's right")
    await chat.tap("22:00")
    said = await chat.tap("4 weeks")
    assert said[-1].ids[:2] == ["reminders-done", "reminders-summary"]
    assert "Every day at 20:00 (Europe/Lisbon)" in said[-1].body


async def due_now(chat: ChatDriver, clock: ManualClock) -> list:  # type: ignore[type-arg]
    await reminder_dispatcher(chat.core).run_once()
    return await chat.drain()


@pytest.fixture
def start_clock(clock: ManualClock) -> ManualClock:
    clock.set(datetime(2026, 1, 5, 12, 0, tzinfo=UTC))  # Lisbon is UTC+0 in January
    return clock


async def test_set_up_receive_and_check_in(chat: ChatDriver, start_clock: ManualClock) -> None:
    await set_up(chat, start_clock)
    assert await due_now(chat, start_clock) == []  # not yet
    start_clock.set(datetime(2026, 1, 5, 20, 0, 30, tzinfo=UTC))
    said = await due_now(chat, start_clock)
    assert len(said) == 1
    note = said[0]
    assert isinstance(note.message, Reply)
    assert note.message.notify
    assert note.ids == ["checkin-notify-evening"]
    for word in ("partner", "repair", "cheat", "trust", "hurt"):
        assert word not in note.body.lower()
    assert note.labels == [
        "Open it",
        "In an hour",
        "In three hours",
        "Not today",
        "Pause for a few days",
        "Stop these",
    ]
    assert await due_now(chat, start_clock) == []  # never twice
    said = await chat.tap("Open it")
    # Issue 15: a bare "Opened." came first. The check-in itself answers the tap, in the
    # notification's place (which loses its buttons).
    assert len(said) == 1
    assert said[0].ids == ["checkin-intro-affected", "checkin-q-day"]
    assert said[0].message.replace_previous
    await chat.tap("Up and down")
    said = await chat.tap("Somewhat")
    assert said[-1].ids == ["checkin-q-tomorrow"]
    said = await chat.tap("Time to talk")
    assert said[-1].ids[0] in CLOSINGS["mixed"]
    said = await chat.tap("Done for today")
    assert "menu-intro" in said[-1].ids  # back where they were
    checkins = await chat.core.store.run(chat.user_id, lambda tx: tx.checkins("2026-01-01"))
    assert [(c.day, c.feel, c.met, c.need) for c in checkins] == [("2026-01-05", 3, 2, 2)]


async def test_snooze_skip_pause_stop(chat: ChatDriver, start_clock: ManualClock) -> None:
    await set_up(chat, start_clock)
    start_clock.set(datetime(2026, 1, 5, 20, 0, tzinfo=UTC))
    await due_now(chat, start_clock)
    said = await chat.tap("In an hour")
    assert said[-1].ids == ["reminder-snoozed"]
    assert said[-1].message.replace_previous
    start_clock.advance(timedelta(minutes=59))
    assert await due_now(chat, start_clock) == []
    start_clock.advance(timedelta(minutes=1))
    said = await due_now(chat, start_clock)
    assert said[0].ids == ["checkin-notify-evening"]
    said = await chat.tap("Not today")
    assert said[-1].ids == ["reminder-skipped"]
    start_clock.set(datetime(2026, 1, 6, 20, 0, tzinfo=UTC))
    await due_now(chat, start_clock)
    said = await chat.tap("Pause")
    assert said[-1].ids == ["reminder-paused"]
    assert "January 9, 2026" in said[-1].body
    for day in (7, 8):
        start_clock.set(datetime(2026, 1, day, 20, 0, tzinfo=UTC))
        assert await due_now(chat, start_clock) == []
    start_clock.set(datetime(2026, 1, 9, 20, 0, tzinfo=UTC))
    said = await due_now(chat, start_clock)
    assert said[0].ids == ["checkin-notify-evening"]
    said = await chat.tap("Stop these")
    assert said[-1].ids == ["reminder-stopped"]
    assert await chat.core.store.run(chat.user_id, lambda tx: tx.reminder()) is None
    start_clock.set(datetime(2026, 1, 10, 20, 0, tzinfo=UTC))
    assert await due_now(chat, start_clock) == []


async def test_opening_a_check_in_below_a_kept_screen_says_nothing_before_it(
    chat: ChatDriver, start_clock: ManualClock
) -> None:
    """With a screen worth keeping on show (grounding), the check-in comes as a new message and
    the notification only loses its buttons: still no "Opened."."""
    await set_up(chat, start_clock)
    await chat.text("I can't stop crying, my head is spinning")
    assert "grounding-lead" in chat.last.ids
    start_clock.set(datetime(2026, 1, 5, 20, 0, tzinfo=UTC))
    await due_now(chat, start_clock)
    said = await chat.tap("Open it")
    assert len(said) == 1
    assert said[0].ids == ["checkin-intro-affected", "checkin-q-day"]
    assert not said[0].message.replace_previous
    assert said[0].message.remove_keyboard  # the notification's buttons go
    for locale in chat.core.translator.locales:
        assert not chat.core.translator.has(locale, "reminder-opened")


async def test_snooze_into_quiet_hours_skips_today(chat: ChatDriver, start_clock: ManualClock) -> None:
    await set_up(chat, start_clock)
    start_clock.set(datetime(2026, 1, 5, 20, 0, tzinfo=UTC))
    await due_now(chat, start_clock)
    said = await chat.tap("In three hours")
    assert said[-1].ids == ["reminder-snooze-quiet"]


async def test_plan_end_offers_to_continue(chat: ChatDriver, start_clock: ManualClock) -> None:
    await chat.begin()
    await chat.command("reminders")
    await chat.tap("together")
    await chat.tap("08:00")
    await chat.text("UTC")
    await chat.tap("Yes, that's right")
    await chat.tap("No quiet hours")
    await chat.tap("2 weeks")
    for day in range(6, 19):  # the plan covers 5-18 January (5 Jan 08:00 had passed at set-up)
        start_clock.set(datetime(2026, 1, day, 8, 0, tzinfo=UTC))
        said = await due_now(chat, start_clock)
        assert said[0].ids == ["checkin-notify-morning"], day
    start_clock.set(datetime(2026, 1, 19, 8, 0, tzinfo=UTC))
    said = await due_now(chat, start_clock)
    assert said[0].ids == ["reminder-plan-end-notify"]
    said = await chat.tap("Open it")
    assert [s.ids for s in said] == [["plan-end-reflection"]]  # nothing before it
    said = await chat.tap("no end date")
    assert "reminders-plan-open-desc" in said[-1].ids
    start_clock.set(datetime(2026, 1, 20, 8, 0, tzinfo=UTC))
    assert (await due_now(chat, start_clock))[0].ids == ["checkin-notify-morning"]


async def test_blocking_the_bot_stops_reminders(chat: ChatDriver, start_clock: ManualClock) -> None:
    from bot.engine.events import BlockedIn

    await set_up(chat, start_clock)
    await chat.send(BlockedIn(user_id=chat.user_id))
    assert await chat.core.store.run(chat.user_id, lambda tx: tx.reminder()) is None


async def test_stale_reminder_button_says_the_day_passed(chat: ChatDriver, start_clock: ManualClock) -> None:
    await set_up(chat, start_clock)
    start_clock.set(datetime(2026, 1, 5, 20, 0, tzinfo=UTC))
    await due_now(chat, start_clock)
    token = chat.find("Open it")
    start_clock.set(datetime(2026, 1, 8, 12, 0, tzinfo=UTC))
    said = await chat.token(token)
    assert said[-1].ids == ["checkin-passed"]


async def test_progress_shows_a_chart_without_streaks(chat: ChatDriver, start_clock: ManualClock) -> None:
    said = await chat.begin()
    said = await chat.command("progress")
    assert said[-1].ids[0] == "progress-empty"
    await set_up(chat, start_clock, begin=False)
    for day, feel in ((5, "Heavy"), (6, "Good"), (9, "Fairly steady")):  # 7 and 8 missed
        start_clock.set(datetime(2026, 1, day, 20, 0, tzinfo=UTC))
        await due_now(chat, start_clock)
        await chat.tap("Open it")
        await chat.tap(feel)
        await chat.tap("Yes")
        await chat.tap("Nothing in particular")
    said = await chat.command("progress")
    chart = next(s for s in said if isinstance(s.message, Chart)).message
    assert len(chart.days) == 28
    feel = dict(zip(chart.days, chart.series[0][1], strict=True))
    assert feel["2026-01-05"] == 2
    assert feel["2026-01-07"] is None  # a gap, not a zero
    text = said[-1].body
    assert "3 check-ins" in text
    assert "streak" not in text.lower()


# -- restarts: the schedule lives in the database ----------------------------------------


async def _core_on(path, clock):  # type: ignore[no-untyped-def]
    from bot.config import Settings

    store = await SqliteStore.open(path, clock=clock)
    return await build_core(Settings(db=path, token=None), store=store, clock=clock)


@pytest.mark.parametrize(("down_for", "sent"), [(timedelta(minutes=90), True), (timedelta(hours=3), False)])
async def test_due_while_down(tmp_path, start_clock: ManualClock, down_for: timedelta, sent: bool) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "r.db"
    core: Core = await _core_on(path, start_clock)
    chat = ChatDriver(core)
    await set_up(chat, start_clock)
    await core.close()
    # the bot was down at 20:00 and comes back later
    start_clock.set(datetime(2026, 1, 5, 20, 0, tzinfo=UTC) + down_for)
    core = await _core_on(path, start_clock)
    chat = ChatDriver(core)
    try:
        said = await due_now(chat, start_clock)
        assert bool(said) is sent
        assert await due_now(chat, start_clock) == []
        # either way the next day's comes as usual
        start_clock.set(datetime(2026, 1, 6, 20, 0, tzinfo=UTC))
        assert len(await due_now(chat, start_clock)) == 1
    finally:
        await core.close()


async def test_one_prompt_per_local_day_is_enforced_by_the_database(
    chat: ChatDriver, start_clock: ManualClock
) -> None:
    await set_up(chat, start_clock)
    start_clock.set(datetime(2026, 1, 5, 20, 0, tzinfo=UTC))
    assert len(await due_now(chat, start_clock)) == 1

    def rewind(tx):  # type: ignore[no-untyped-def]
        r = tx.reminder()
        r.next_due = int(datetime(2026, 1, 5, 20, 0, tzinfo=UTC).timestamp())
        tx.save_reminder(r)

    await chat.core.store.run(chat.user_id, rewind)  # as if a second dispatcher had the old row
    assert await due_now(chat, start_clock) == []


def test_checkin_days_are_iso_dates() -> None:
    assert schedule.local_day(utc("2026-01-05 23:30"), "Asia/Tokyo") == date(2026, 1, 6)


async def test_a_check_in_falling_due_appears_in_the_open_console(
    sqlite_core: Core, start_clock: ManualClock
) -> None:
    """The console runs the same reminder dispatcher as the Telegram service."""
    from bot.app import background
    from bot.console.chat import CONSOLE_USER

    driver = ChatDriver(sqlite_core, user_id=CONSOLE_USER)
    await set_up(driver, start_clock)
    start_clock.set(datetime(2026, 1, 5, 19, 59, 59, tzinfo=UTC))  # due in a second
    out = io.StringIO()

    async def read_line() -> str:
        """The person sits at the prompt until the check-in is on screen, then leaves."""
        start_clock.set(datetime(2026, 1, 5, 20, 0, 30, tzinfo=UTC))
        async with asyncio.timeout(10):
            while "evening check-in is ready" not in out.getvalue():
                await asyncio.sleep(0.01)
        return ""

    console = console_chat(sqlite_core, out=out, read_line=read_line)
    stop = asyncio.Event()
    tasks = background(sqlite_core, on_sent=console.poke).start(stop)
    try:
        await console.run()
    finally:
        stop.set()
        await asyncio.gather(*tasks)
    shown = out.getvalue()
    assert shown.index("evening check-in is ready") < shown.index("Goodbye")


class _DueList:
    """A reminder store whose due people leave the list once decided."""

    def __init__(self, due: list[int]) -> None:
        self.due = due

    async def reminders_due(self, now: int, limit: int) -> list[int]:
        return self.due[:limit]

    async def next_reminder_at(self) -> int | None:
        return 0 if self.due else None


async def test_reminders_wait_while_replies_queue_up(clock: ManualClock) -> None:
    """Thousands of check-ins falling due never bury someone's answer: no more are decided
    while the outbox holds MAX_BACKLOG replies, and the people held back go next."""
    from bot.runtime.reminders import ReminderDispatcher

    store = _DueList(list(range(1, 1001)))
    waiting = 0
    decided: list[int] = []

    async def decide_each(events):  # type: ignore[no-untyped-def]
        nonlocal waiting
        for event in events:
            store.due.remove(event.user_id)
            decided.append(event.user_id)
        waiting += len(events)  # each decision queues one reply
        return [[] for _ in events]

    async def backlog(limit: int) -> int:
        return min(limit, waiting)

    dispatcher = ReminderDispatcher(store, decide_each, clock, backlog=backlog, max_backlog=300)  # type: ignore[arg-type]
    assert await dispatcher.run_once() == 300
    assert await dispatcher.run_once() == 0  # the outbox is full: nobody more, nobody lost
    waiting = 250  # the sender delivered fifty
    assert await dispatcher.run_once() == 50
    waiting = 0
    assert await dispatcher.run_once() == 300
    assert decided == list(range(1, 651))
    assert store.due == list(range(651, 1001))
