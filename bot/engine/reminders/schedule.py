"""When a check-in falls due: pure functions of the schedule and the clock.

Each day's instant is computed from the local time in the person's zone, so a change of
daylight-saving time keeps the local time. A local time that does not exist on a given day
(the hour skipped in spring) moves forward by the gap; one that happens twice (autumn)
uses the first.
"""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta
from functools import lru_cache
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from bot.engine.reminders.model import Reminder

NEVER = 2**53  # "no reminder scheduled" that still sorts last in the due index
DAY = 24 * 60


@lru_cache(maxsize=512)
def zone(name: str) -> ZoneInfo:
    return ZoneInfo(name)


def is_zone(name: str) -> bool:
    try:
        zone(name)
    except (ZoneInfoNotFoundError, ValueError):
        return False
    return True


def local(instant: int, tz: str) -> datetime:
    return datetime.fromtimestamp(instant, UTC).astimezone(zone(tz))


def local_day(instant: int, tz: str) -> date:
    return local(instant, tz).date()


def minutes_of(instant: int, tz: str) -> int:
    moment = local(instant, tz)
    return moment.hour * 60 + moment.minute


def occurrence(day: date, minutes: int, tz: str) -> int:
    """The UTC instant of ``minutes`` after midnight on ``day`` in ``tz``."""
    wall = datetime.combine(day, time(minutes // 60, minutes % 60), tzinfo=zone(tz))
    # Through UTC and back: a wall time in a spring-forward gap comes out shifted forward.
    return int(wall.astimezone(UTC).timestamp())


def in_quiet(minutes: int, start: int | None, end: int | None) -> bool:
    """Whether a local time falls in quiet hours (which may run past midnight)."""
    if start is None or end is None or start == end:
        return False
    if start < end:
        return start <= minutes < end
    return minutes >= start or minutes < end


def plan_end(rem: Reminder) -> date | None:
    """The first local day after the plan, or None for an open-ended one."""
    if rem.plan_days is None:
        return None
    return date.fromisoformat(rem.started_on) + timedelta(days=rem.plan_days)


def next_due(rem: Reminder, after: int) -> int:
    """The first daily check-in strictly after ``after`` (and not before a pause ends).

    When the plan has run its course, the instant of the end-of-plan reflection: the usual
    time on the first day after the plan.
    """
    start = after
    if rem.paused_until is not None and rem.paused_until > start:
        start = rem.paused_until - 1
    day = local_day(start, rem.tz)
    end = plan_end(rem)
    for offset in range(0, 3):
        candidate_day = day + timedelta(days=offset)
        due = occurrence(candidate_day, rem.local_time, rem.tz)
        if due > start:
            if end is not None and candidate_day > end:
                return occurrence(end, rem.local_time, rem.tz)
            return due
    raise AssertionError("a daily time always recurs within three days")


def is_plan_end(rem: Reminder, due: int) -> bool:
    end = plan_end(rem)
    return end is not None and local_day(due, rem.tz) >= end


def snooze_until(rem: Reminder, now: int, minutes: int) -> int | None:
    """When a snoozed check-in comes back; None if that would fall in quiet hours on a later
    day (then today's check-in is simply skipped)."""
    target = now + minutes * 60
    today = local_day(now, rem.tz)
    if in_quiet(minutes_of(target, rem.tz), rem.quiet_start, rem.quiet_end):
        assert rem.quiet_end is not None
        end_day = local_day(target, rem.tz)
        target = occurrence(end_day, rem.quiet_end, rem.tz)
        if target <= now:
            target = occurrence(end_day + timedelta(days=1), rem.quiet_end, rem.tz)
    return target if local_day(target, rem.tz) == today else None


def part_of_day(minutes: int) -> str:
    if minutes < 12 * 60:
        return "morning"
    if minutes < 18 * 60:
        return "afternoon"
    return "evening"


def fmt_time(minutes: int) -> str:
    return f"{minutes // 60:02d}:{minutes % 60:02d}"


def parse_time(text: str) -> int | None:
    """Minutes after midnight from "20:30", "8.15", "0930", "7pm", "7:30 am"."""
    raw = text.strip().lower().replace(" ", "")
    for spoken, mark in (("p.m.", "pm"), ("a.m.", "am"), ("p.m", "pm"), ("a.m", "am")):
        raw = raw.replace(spoken, mark)
    raw = raw.replace(".", ":").replace("h", ":")
    suffix = None
    for mark in ("am", "pm"):
        if raw.endswith(mark):
            suffix, raw = mark, raw[: -len(mark)]
    raw = raw.rstrip(":")
    if ":" in raw:
        hours_s, _, mins_s = raw.partition(":")
    elif raw.isdigit() and len(raw) in (3, 4):
        hours_s, mins_s = raw[:-2], raw[-2:]
    else:
        hours_s, mins_s = raw, "0"
    if not (hours_s.isdigit() and mins_s.isdigit()):
        return None
    hours, mins = int(hours_s), int(mins_s)
    if suffix:
        if not 1 <= hours <= 12:
            return None
        hours = hours % 12 + (12 if suffix == "pm" else 0)
    if not (0 <= hours < 24 and 0 <= mins < 60):
        return None
    return hours * 60 + mins
