"""Setting up and changing the daily check-in (``/reminders``, or from a flow that offers it)."""

from __future__ import annotations

from bot.engine.locales import DEFAULT_LOCALE
from bot.engine.outbound import Day, Text
from bot.engine.reminders import schedule, zones
from bot.engine.reminders.model import ROLES, Reminder
from bot.engine.turn import Nav, Turn
from bot.engine.view import Option, View, rows_of

TIMES = (8 * 60, 12 * 60 + 30, 18 * 60, 20 * 60, 21 * 60 + 30)
QUIET = ((22 * 60, 8 * 60), (23 * 60, 7 * 60), (21 * 60, 9 * 60))
PLANS = (14, 28, 56)
PAUSE_DAYS = 3
BACK = Option("back", Text("btn-back-to-where"))


def describe(rem: Reminder) -> Text:
    """A one-paragraph summary of the schedule."""
    if rem.plan_days is None:
        plan = Text("reminders-plan-open-desc")
    else:
        plan = Text("reminders-plan-weeks-desc", {"weeks": rem.plan_days // 7})
    if rem.quiet_start is None or rem.quiet_end is None:
        quiet = Text("reminders-quiet-none-desc")
    else:
        quiet = Text(
            "reminders-quiet-desc",
            {"start": schedule.fmt_time(rem.quiet_start), "end": schedule.fmt_time(rem.quiet_end)},
        )
    return Text(
        "reminders-summary",
        {"time": schedule.fmt_time(rem.local_time), "zone": rem.tz, "plan": plan, "quiet": quiet},
    )


class RemindersScreen:
    """A small wizard: role (if unknown), time, zone (confirmed with the local time), quiet
    hours, plan length. With a schedule in place it opens on an overview instead."""

    name = "reminders"

    def __init__(self, nav: Nav) -> None:
        self._nav = nav

    # -- state --------------------------------------------------------------------------

    def _data(self, turn: Turn) -> dict[str, object]:
        overlay = turn.session.overlay
        assert overlay is not None
        data = overlay.data
        if "step" not in data:
            rem = turn.tx.reminder() if turn.tx is not None else None
            if rem is not None:
                data.update(step="overview", mode="edit")
            else:
                known = known_role(turn)
                first = "time" if known in ROLES else "role"
                data.update(mode="new", step=first, first=first)
                if known in ROLES:
                    data["role"] = known
        return data

    def _current(self, turn: Turn) -> Reminder | None:
        return turn.tx.reminder() if turn.tx is not None else None

    # -- showing ------------------------------------------------------------------------

    def view(self, turn: Turn) -> View:
        data = self._data(turn)
        step = data["step"]
        locale = turn.person.locale or DEFAULT_LOCALE
        if step == "overview":
            rem = self._current(turn)
            if rem is None:
                data.update(mode="new", step="role", first="role")
                return self.view(turn)
            rows = [
                [
                    Option("time", Text("reminders-change-time")),
                    Option("zone", Text("reminders-change-zone")),
                ],
                [
                    Option("quiet", Text("reminders-change-quiet")),
                    Option("plan", Text("reminders-change-plan")),
                ],
                [Option("pause", Text("reminders-pause", {"days": PAUSE_DAYS}))],
                [Option("stop", Text("reminders-stop"))],
                [BACK],
            ]
            return View(
                key="o:reminders:overview", parts=[Text("reminders-overview"), describe(rem)], rows=rows
            )
        if step == "role":
            options = [Option(f"role_{r}", Text(f"repair-role-{r}")) for r in ROLES]
            return View(
                key="o:reminders:role",
                parts=[*self._intro(data, "role"), Text("reminders-q-role")],
                rows=[*([o] for o in options), [BACK]],
            )
        if step == "time":
            options = [
                Option(f"t_{m}", Text("reminders-time", {"time": schedule.fmt_time(m)})) for m in TIMES
            ]
            return View(
                key="o:reminders:time",
                parts=[*self._intro(data, "time"), Text("reminders-q-time")],
                rows=[*rows_of(options, 3), [BACK]],
                accepts_text=True,
            )
        if step == "zone":
            options = [
                Option(f"z_{i}", Text("reminders-zone", {"zone": z}))
                for i, z in enumerate(zones.suggested(locale))
            ]
            return View(
                key="o:reminders:zone",
                parts=[Text("reminders-q-zone")],
                rows=[*rows_of(options, 2), [BACK]],
                accepts_text=True,
            )
        if step == "zone_confirm":
            tz = str(data["tz"])
            now_local = schedule.fmt_time(schedule.minutes_of(turn.now, tz))
            return View(
                key="o:reminders:zone_confirm",
                parts=[Text("reminders-q-zone-confirm", {"time": now_local, "zone": tz})],
                rows=[
                    [Option("zone_yes", Text("reminders-zone-yes"))],
                    [Option("zone_no", Text("reminders-zone-no"))],
                ],
            )
        if step == "quiet":
            time = _minutes(data.get("time", (self._current(turn) or _blank()).local_time))
            options = [
                Option(
                    f"q_{i}",
                    Text("reminders-quiet", {"start": schedule.fmt_time(a), "end": schedule.fmt_time(b)}),
                )
                for i, (a, b) in enumerate(QUIET)
                if not schedule.in_quiet(time, a, b)
            ]
            options.append(Option("q_none", Text("reminders-quiet-none")))
            return View(
                key="o:reminders:quiet", parts=[Text("reminders-q-quiet")], rows=[[o] for o in options]
            )
        # plan
        options = [Option(f"p_{d}", Text("reminders-plan-weeks", {"weeks": d // 7})) for d in PLANS]
        options.append(Option("p_open", Text("reminders-plan-open")))
        return View(key="o:reminders:plan", parts=[Text("reminders-q-plan")], rows=[*rows_of(options, 2)])

    @staticmethod
    def _intro(data: dict[str, object], step: str) -> list[Text]:
        return [Text("reminders-intro")] if data.get("mode") == "new" and data.get("first") == step else []

    # -- answering ----------------------------------------------------------------------

    def choose(self, turn: Turn, choice: str) -> None:
        data = self._data(turn)
        editing = data.get("mode") == "edit"
        if choice == "back":
            self._nav.close(turn)
        elif choice in ("time", "zone", "quiet", "plan"):
            data["step"] = choice
        elif choice == "pause":
            self._pause(turn)
        elif choice == "stop":
            if turn.tx is not None:
                turn.tx.drop_reminder()
            turn.notice(Text("reminder-stopped"))
            self._nav.close(turn)
        elif choice.startswith("role_"):
            data["role"] = choice[5:]
            data["step"] = "time"
        elif choice.startswith("t_"):
            self._set_time(turn, data, int(choice[2:]))
        elif choice.startswith("z_"):
            data["tz"] = zones.suggested(turn.person.locale or DEFAULT_LOCALE)[int(choice[2:])]
            data["step"] = "zone_confirm"
        elif choice == "zone_yes":
            if editing:
                self._update(turn, tz=str(data["tz"]))
            else:
                data["step"] = "quiet"
        elif choice == "zone_no":
            data["step"] = "zone"
        elif choice.startswith("q_"):
            quiet = (None, None) if choice == "q_none" else QUIET[int(choice[2:])]
            if editing:
                self._update(turn, quiet_start=quiet[0], quiet_end=quiet[1])
            else:
                data["quiet"] = list(quiet)
                data["step"] = "plan"
        elif choice.startswith("p_"):
            plan = None if choice == "p_open" else int(choice[2:])
            if editing:
                self._update(turn, plan_days=plan, restart=True)
            else:
                self._create(turn, data, plan)

    def text(self, turn: Turn, text: str) -> bool:
        data = self._data(turn)
        if data["step"] == "time":
            minutes = schedule.parse_time(text)
            if minutes is None:
                turn.notice(Text("reminders-time-invalid"))
            else:
                self._set_time(turn, data, minutes)
            return True
        if data["step"] == "zone":
            tz = zones.find_zone(text)
            if tz is None:
                turn.notice(Text("reminders-zone-unknown"))
            else:
                data["tz"] = tz
                data["step"] = "zone_confirm"
            return True
        return False

    # -- effects ------------------------------------------------------------------------

    def _set_time(self, turn: Turn, data: dict[str, object], minutes: int) -> None:
        if data.get("mode") == "edit":
            rem = self._current(turn)
            if rem is not None and schedule.in_quiet(minutes, rem.quiet_start, rem.quiet_end):
                self._update(turn, local_time=minutes, quiet_start=None, quiet_end=None)
                turn.notice(Text("reminders-quiet-cleared"))
            else:
                self._update(turn, local_time=minutes)
            return
        data["time"] = minutes
        data["step"] = "zone"

    def _create(self, turn: Turn, data: dict[str, object], plan: int | None) -> None:
        tz = str(data["tz"])
        quiet = data.get("quiet") or [None, None]
        rem = Reminder(
            user_id=turn.person.user_id,
            tz=tz,
            local_time=_minutes(data["time"]),
            role=str(data.get("role", "together")),
            started_on=schedule.local_day(turn.now, tz).isoformat(),
            next_due=0,
            quiet_start=quiet[0],  # type: ignore[index]
            quiet_end=quiet[1],  # type: ignore[index]
            plan_days=plan,
        )
        rem.next_due = schedule.next_due(rem, turn.now)
        if turn.tx is not None:
            turn.tx.save_reminder(rem)
        turn.notice(Text("reminders-done"), describe(rem))
        # Set up from a conversation that offered it: that conversation goes on from here.
        self._nav.carry_on(turn)

    def _update(self, turn: Turn, *, restart: bool = False, **changes: object) -> None:
        rem = self._current(turn)
        if rem is None or turn.tx is None:
            self._nav.close(turn)
            return
        for key, value in changes.items():
            setattr(rem, key, value)
        if restart:
            rem.started_on = schedule.local_day(turn.now, rem.tz).isoformat()
        rem.snoozed = False
        rem.next_due = schedule.next_due(rem, turn.now)
        turn.tx.save_reminder(rem)
        turn.notice(Text("reminders-updated"), describe(rem))
        assert turn.session.overlay is not None
        turn.session.overlay.data["step"] = "overview"

    def _pause(self, turn: Turn) -> None:
        rem = self._current(turn)
        if rem is None or turn.tx is None:
            return
        pause(turn, rem)
        self._nav.close(turn)


def pause(turn: Turn, rem: Reminder) -> None:
    """Pause the check-ins for a few days and say until when."""
    assert turn.tx is not None
    rem.paused_until = turn.now + PAUSE_DAYS * 86400
    rem.snoozed = False
    rem.next_due = schedule.next_due(rem, turn.now)
    turn.tx.save_reminder(rem)
    back = schedule.local(rem.next_due, rem.tz)
    turn.notice(
        Text(
            "reminder-paused",
            {"date": Day(back.date().isoformat()), "time": schedule.fmt_time(rem.local_time)},
        )
    )


def known_role(turn: Turn) -> str | None:
    """The check-in role a flow already knows: the flow that opened this screen (its ``role``
    answer), else the repair flow's; None when neither says, so the screen asks."""
    session = turn.session
    for flow_id in (session.flow, "repair"):
        progress = session.flows.get(flow_id) if flow_id else None
        role = progress.answers.get("role") if progress is not None else None
        if role in ROLES:
            return role
    return None


def _blank() -> Reminder:
    return Reminder(
        user_id=0, tz="UTC", local_time=20 * 60, role="together", started_on="1970-01-01", next_due=0
    )


class PlanEndScreen:
    """The end of a check-in plan: a short reflection, then continue, change, or stop."""

    name = "plan_end"

    def __init__(self, nav: Nav) -> None:
        self._nav = nav

    def view(self, turn: Turn) -> View:
        assert turn.session.overlay is not None
        count = int(turn.session.overlay.data.get("count", 0))
        rows = [
            [Option("again", Text("plan-end-again"))],
            [Option("open", Text("plan-end-open"))],
            [Option("change", Text("plan-end-change"))],
            [Option("stop", Text("plan-end-stop"))],
        ]
        return View(
            key="o:plan_end", parts=[Text("plan-end-reflection", {"count": count})], rows=rows, keep=True
        )

    def choose(self, turn: Turn, choice: str) -> None:
        rem = turn.tx.reminder() if turn.tx is not None else None
        if rem is None or turn.tx is None:
            self._nav.close(turn)
            return
        if choice == "stop":
            turn.tx.drop_reminder()
            turn.notice(Text("reminder-stopped"))
            self._nav.close(turn)
            return
        if choice == "change":
            self._nav.open(turn, "reminders")
            return
        if choice == "open":
            rem.plan_days = None
        rem.started_on = schedule.local_day(turn.now, rem.tz).isoformat()
        rem.paused_until = None
        rem.next_due = schedule.next_due(rem, turn.now)
        turn.tx.save_reminder(rem)
        turn.notice(Text("reminders-updated"), describe(rem))
        self._nav.close(turn)

    def text(self, turn: Turn, text: str) -> bool:
        return False


def _minutes(value: object) -> int:
    """A time kept in the setup's data (minutes after midnight, as stored)."""
    if not isinstance(value, int | str):
        raise TypeError(f"not a time: {type(value).__name__}")
    return int(value)
