"""The daily check-in itself: three taps, kept as three numbers for that day."""

from __future__ import annotations

from datetime import date, timedelta

from bot.engine.outbound import Text
from bot.engine.reminders.model import NEEDS, Checkin
from bot.engine.turn import Nav, Turn
from bot.engine.view import Option, View

ROLE_QUESTION = {
    "did": "checkin-q-open-did",
    "affected": "checkin-q-met-affected",
    "together": "checkin-q-close-together",
}


def thanks_for(feel: int) -> str:
    if feel <= 2:
        return "checkin-thanks-hard"
    if feel == 3:
        return "checkin-thanks-mixed"
    return "checkin-thanks-good"


class CheckinScreen:
    name = "checkin"

    def __init__(self, nav: Nav) -> None:
        self._nav = nav

    def _role(self, turn: Turn) -> str:
        rem = turn.tx.reminder() if turn.tx is not None else None
        return rem.role if rem is not None and rem.role in ROLE_QUESTION else "together"

    def view(self, turn: Turn) -> View:
        assert turn.session.overlay is not None
        data = turn.session.overlay.data
        role = self._role(turn)
        if "feel" not in data:
            parts: list[Text] = []
            if data.get("gap"):
                parts.append(Text("checkin-missed-ok"))
            parts += [Text(f"checkin-intro-{role}"), Text("checkin-q-day")]
            options = [Option(f"feel_{n}", Text(f"checkin-day-{n}")) for n in range(1, 6)]
            return View(key="o:checkin:feel", parts=parts, rows=[[o] for o in options])
        if "met" not in data:
            options = [Option(f"met_{n}", Text(f"checkin-scale-{n}")) for n in range(1, 4)]
            return View(key="o:checkin:met", parts=[Text(ROLE_QUESTION[role])], rows=[options])
        options = [Option(f"need_{i}", Text(f"checkin-need-{need}")) for i, need in enumerate(NEEDS)]
        return View(key="o:checkin:need", parts=[Text("checkin-q-tomorrow")], rows=[[o] for o in options])

    def choose(self, turn: Turn, choice: str) -> None:
        overlay = turn.session.overlay
        assert overlay is not None
        kind, _, value = choice.partition("_")
        overlay.data[kind] = int(value)
        if kind != "need":
            return
        checkin = Checkin(
            str(overlay.data["day"]), int(overlay.data["feel"]), int(overlay.data["met"]), int(value)
        )
        if turn.tx is not None and not turn.tx.save_checkin(checkin):
            turn.notice(Text("checkin-already"))
        else:
            turn.notice(Text(thanks_for(checkin.feel)))
        self._nav.close(turn)

    def text(self, turn: Turn, text: str) -> bool:
        return False


def had_gap(turn: Turn, day: str) -> bool:
    """Whether days went by without a check-in (said kindly, never counted against anyone)."""
    if turn.tx is None:
        return False
    today = date.fromisoformat(day)
    recent = turn.tx.checkins((today - timedelta(days=14)).isoformat())
    if not recent:
        return False
    return (today - date.fromisoformat(recent[-1].day)).days > 2
