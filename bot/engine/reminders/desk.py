"""Reminders as they happen: the discreet notification, its own buttons, the end of a plan,
and ``/progress``."""

from __future__ import annotations

from datetime import date, timedelta

from bot.engine.outbound import Button, Chart, Day, Reply, Text, TextList
from bot.engine.reminders import schedule
from bot.engine.reminders.checkin import had_gap
from bot.engine.reminders.model import Reminder
from bot.engine.reminders.setup import pause
from bot.engine.tokens import TokenSigner
from bot.engine.turn import Nav, Turn

SNOOZES = {"snooze1": 60, "snooze3": 180}
PROGRESS_DAYS = 28
# A day's prompt stays usable this long; an older notification's buttons say it has passed.
PROMPT_LIFE_DAYS = 1


def _scope(kind: str, day: date) -> str:
    return f"{kind}{day.toordinal():x}"


def _day_of(scope: str) -> date | None:
    try:
        return date.fromordinal(int(scope[1:], 16))
    except ValueError:
        return None


class ReminderDesk:
    def __init__(self, signer: TokenSigner, nav: Nav, grace_seconds: int) -> None:
        self._signer = signer
        self._nav = nav
        self._grace = grace_seconds

    # -- the schedule fires ------------------------------------------------------------

    def due(self, turn: Turn) -> None:
        """A reminder may be due: send it, or move it on without sending (late, quiet, done)."""
        tx = turn.tx
        assert tx is not None
        rem = tx.reminder()
        now = turn.now
        if rem is None or rem.next_due > now:
            return
        if turn.person.inactive:
            tx.drop_reminder()
            return
        due = rem.next_due
        snoozed = rem.snoozed
        if now - due > self._grace:
            # Missed while the bot was down: skip it, never send a burst. Today's own time
            # may still be inside the grace window, though.
            snoozed = False
            due = schedule.next_due(rem, now - self._grace - 1)
            if due > now:
                rem.next_due, rem.snoozed = due, False
                tx.save_reminder(rem)
                return
        if schedule.is_plan_end(rem, due):
            rem.next_due, rem.snoozed = schedule.NEVER, False
            tx.save_reminder(rem)
            self._notify(turn, rem, "e", schedule.local_day(due, rem.tz), ("open",))
            return
        rem.snoozed = False
        rem.next_due = schedule.next_due(rem, now)
        tx.save_reminder(rem)
        if schedule.in_quiet(schedule.minutes_of(now, rem.tz), rem.quiet_start, rem.quiet_end):
            return  # late, and it is now quiet hours: skipped
        day = schedule.local_day(due, rem.tz).isoformat()
        if any(c.day == day for c in tx.checkins(day)):
            return  # already checked in today
        if not snoozed and not tx.mark_prompted(day):
            return  # the database says today's prompt already went out
        self._notify(
            turn, rem, "r", date.fromisoformat(day), ("start", "snooze1", "snooze3", "skip", "pause", "stop")
        )

    def _notify(self, turn: Turn, rem: Reminder, kind: str, day: date, actions: tuple[str, ...]) -> None:
        signer = self._signer.scoped(turn.person.user_id, _scope(kind, day))
        buttons = tuple((Button(Text(f"reminder-btn-{a}"), signer.sign(a)),) for a in actions)
        part = schedule.part_of_day(rem.local_time)
        text = "reminder-plan-end-notify" if kind == "e" else f"checkin-notify-{part}"
        if turn.person.prefs.get("neutral"):
            text = "notify-neutral"
        turn.out.append(
            Reply(parts=(Text(text),), buttons=buttons, notify=not turn.person.prefs.get("silent"))
        )
        turn.quiet = True

    # -- the reminder's own buttons -------------------------------------------------------

    def action(self, turn: Turn, scope: str, choice: str, message_id: int | None) -> None:
        tx = turn.tx
        assert tx is not None
        day = _day_of(scope)
        rem = tx.reminder()
        today = schedule.local_day(turn.now, rem.tz) if rem else None
        if day is None or rem is None or today is None:
            self._answer(turn, message_id, Text("reminder-gone"))
            return
        if scope.startswith("e"):
            self._plan_end(turn, rem, choice, message_id)
            return
        if (today - day).days > PROMPT_LIFE_DAYS:
            self._answer(turn, message_id, Text("checkin-passed"))
            return
        if choice == "start":
            # The check-in itself answers the tap (taking the notification's place when it
            # can); no bare "Opened." before it.
            self._nav.open(turn, "checkin", {"day": day.isoformat(), "gap": had_gap(turn, day.isoformat())})
            return
        if choice in SNOOZES:
            until = schedule.snooze_until(rem, turn.now, SNOOZES[choice])
            if until is None:
                self._answer(turn, message_id, Text("reminder-snooze-quiet"))
                return
            rem.next_due, rem.snoozed = until, True
            tx.save_reminder(rem)
            self._answer(
                turn,
                message_id,
                Text("reminder-snoozed", {"time": schedule.fmt_time(schedule.minutes_of(until, rem.tz))}),
            )
        elif choice == "skip":
            self._answer(turn, message_id, Text("reminder-skipped"))
        elif choice == "pause":
            pause(turn, rem)
            self._answer(turn, message_id, *turn.notices)
            turn.notices.clear()
        elif choice == "stop":
            tx.drop_reminder()
            self._answer(turn, message_id, Text("reminder-stopped"))

    def _plan_end(self, turn: Turn, rem: Reminder, choice: str, message_id: int | None) -> None:
        tx = turn.tx
        assert tx is not None
        if choice == "open":
            start = date.fromisoformat(rem.started_on)
            done = len(tx.checkins(start.isoformat()))
            self._nav.open(turn, "plan_end", {"count": done})
            return
        self._answer(turn, message_id, Text("reminder-gone"))

    def _answer(self, turn: Turn, message_id: int | None, *parts: Text) -> None:
        """Turn the notification into a short confirmation, and leave the person's place be."""
        turn.out.append(Reply(parts=parts, replace_previous=True, edit_message=message_id))
        turn.quiet = True

    # -- /progress ------------------------------------------------------------------------

    def progress(self, turn: Turn) -> None:
        tx = turn.tx
        assert tx is not None
        rem = tx.reminder()
        tz = rem.tz if rem else "UTC"
        today = schedule.local_day(turn.now, tz)
        first = today - timedelta(days=PROGRESS_DAYS - 1)
        entries = {c.day: c for c in tx.checkins(first.isoformat())}
        if not entries:
            turn.notice(Text("progress-empty"))
            return
        days = tuple((first + timedelta(days=i)).isoformat() for i in range(PROGRESS_DAYS))
        feel = tuple(entries[d].feel if d in entries else None for d in days)
        met = tuple(entries[d].met if d in entries else None for d in days)
        weeks = []
        for w in range(PROGRESS_DAYS // 7):
            span = [entries[d] for d in days[w * 7 : w * 7 + 7] if d in entries]
            label = Text(
                "progress-week-label",
                {"start": Day(days[w * 7], "short"), "end": Day(days[w * 7 + 6], "short")},
            )
            if not span:
                weeks.append(Text("progress-week-none", {"week": label}))
                continue
            avg = sum(c.feel for c in span) / len(span)
            mood = (
                "progress-mood-hard"
                if avg < 2.5
                else "progress-mood-mixed"
                if avg < 3.5
                else "progress-mood-steady"
            )
            weeks.append(Text("progress-week", {"week": label, "count": len(span), "mood": Text(mood)}))
        summary = Text("progress-summary", {"weeks": TextList(tuple(weeks))})
        turn.out.append(
            Chart(
                series=(("feel", feel), ("met", met)),
                days=days,
                caption=Text("progress-caption"),
                fallback=summary,
            )
        )
        turn.notice(summary)
