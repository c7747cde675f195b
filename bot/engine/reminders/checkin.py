"""The daily check-in itself: three taps, kept as three numbers for that day, and an answer
that responds to them.

What the answer holds, decided by :func:`respond` from the three taps alone:
- a very hard day leads with grounding and the help lines (/sos), a tap away each;
- not feeling heard (or, by role, not open / not connected) brings the short practice for
  that, and so does asking for reassurance; the first of them comes as its own message right
  after the answer (which stays short), the others a tap away;
- each week of the plan has one new short practice for the person's role, a tap away, said
  to be new on the week's first check-in;
- a closing line by how the day went, never the same one twice in a row: picked by how many
  check-ins came before (already stored), so it needs no state of its own;
- coming back to the answer from a practice doesn't say the closing line again.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date, timedelta

from bot.engine.outbound import Reply, Text
from bot.engine.reminders.model import NEEDS, Checkin, Reminder
from bot.engine.turn import Nav, Turn
from bot.engine.view import Option, View

ROLE_QUESTION = {
    "did": "checkin-q-open-did",
    "affected": "checkin-q-met-affected",
    "together": "checkin-q-close-together",
}

VERY_HARD = 1  # the lowest answer to "How did today feel?"
NOT_MET = 1  # "Not really" to the role's own question
REASSURANCE = NEEDS.index("reassurance")

# The role's own question answered "Not really": not heard (the one hurt), not open (the one
# who did it), not connected (both together).
NOT_MET_PRACTICE: Mapping[str, str] = {
    "did": "checkin-practice-open",
    "affected": "checkin-practice-heard",
    "together": "checkin-practice-connect",
}
REASSURANCE_PRACTICE: Mapping[str, str] = {
    "did": "checkin-practice-reassurance-did",
    "affected": "checkin-practice-reassurance-affected",
    "together": "checkin-practice-reassurance-together",
}
# The button that opens a practice when it isn't said in the answer itself.
PRACTICE_BUTTONS: Mapping[str, str] = {
    **dict.fromkeys(NOT_MET_PRACTICE.values(), "checkin-btn-not-met"),
    **dict.fromkeys(REASSURANCE_PRACTICE.values(), "checkin-btn-reassurance"),
}

WEEKS = 8  # one practice a week for the longest plan; an open-ended plan starts over
WEEK_BUTTON = "checkin-btn-week"

# Closing lines by how the day went; consecutive check-ins never end the same way.
CLOSINGS: Mapping[str, tuple[str, ...]] = {
    mood: (f"checkin-thanks-{mood}", *(f"checkin-thanks-{mood}-{n}" for n in range(2, 6)))
    for mood in ("hard", "mixed", "good")
}
# Said instead of the closing line when the person comes back to the answer from a practice.
ANYTHING_ELSE = "checkin-anything-else"
# A pref earlier versions kept (the closing said last time); dropped when next seen.
OLD_LAST_CLOSING = "last_close"


def mood_of(feel: int) -> str:
    if feel <= 2:
        return "hard"
    return "mixed" if feel == 3 else "good"


def week_practice(role: str, week: int) -> str:
    """The practice for the plan's ``week`` (0 is the first), for this role."""
    return f"checkin-week-{role}-{week % WEEKS + 1}"


def plan_week(rem: Reminder | None, day: str) -> int:
    if rem is None:
        return 0
    return max(0, (date.fromisoformat(day) - date.fromisoformat(rem.started_on)).days // 7)


def closing_for(feel: int, done_before: int) -> str:
    """A closing line for this mood, by how many check-ins came before this one: the one
    before got the next line of its own mood, or a line of another mood, so no two
    check-ins in a row end the same way."""
    lines = CLOSINGS[mood_of(feel)]
    return lines[done_before % len(lines)]


@dataclass(frozen=True, slots=True)
class Response:
    grounding: bool  # a very hard day: grounding and /sos come first
    closing: str
    said: str | None  # the practice sent right after the answer
    offered: tuple[str, ...]  # practices a tap away
    week: str  # this week's practice for the role (a tap away)
    week_is_new: bool  # the week's first check-in


def respond(checkin: Checkin, role: str, week: int, first_of_week: bool, done_before: int) -> Response:
    """The answer to one check-in: a pure function of the taps and where the plan is."""
    matched: list[str] = []
    if checkin.met == NOT_MET:
        matched.append(NOT_MET_PRACTICE[role])
    if checkin.need == REASSURANCE:
        matched.append(REASSURANCE_PRACTICE[role])
    grounding = checkin.feel == VERY_HARD
    # On a very hard day the first thing is getting through it: practices wait a tap away.
    said = matched[0] if matched and not grounding else None
    offered = tuple(p for p in matched if p != said)
    return Response(
        grounding=grounding,
        closing=closing_for(checkin.feel, done_before),
        said=said,
        offered=offered,
        week=week_practice(role, week),
        week_is_new=first_of_week,
    )


def response_parts(response: Response) -> list[Text]:
    parts: list[Text] = []
    if response.grounding:
        parts.append(Text("checkin-hard-offer"))
    parts.append(Text(response.closing))
    if response.week_is_new:
        parts.append(Text("checkin-week-new"))
    return parts


def response_rows(response: Response) -> list[list[Option]]:
    rows: list[list[Option]] = []
    if response.grounding:
        rows.append([Option("grounding", Text("btn-grounding"))])
        rows.append([Option("sos", Text("checkin-btn-sos"))])
    rows += [[Option(f"p_{i}", Text(PRACTICE_BUTTONS[p]))] for i, p in enumerate(response.offered)]
    rows.append([Option("week", Text(WEEK_BUTTON))])
    rows.append([Option("done", Text("checkin-btn-done"))])
    return rows


class CheckinScreen:
    name = "checkin"

    def __init__(self, nav: Nav) -> None:
        self._nav = nav

    def _reminder(self, turn: Turn) -> Reminder | None:
        return turn.tx.reminder() if turn.tx is not None else None

    def _role(self, turn: Turn) -> str:
        rem = self._reminder(turn)
        return rem.role if rem is not None and rem.role in ROLE_QUESTION else "together"

    def view(self, turn: Turn) -> View:
        assert turn.session.overlay is not None
        data = turn.session.overlay.data
        role = self._role(turn)
        if "response" in data:
            return self._answer_view(data)
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

    def _answer_view(self, data: dict[str, object]) -> View:
        response = _response_from(data)
        shown = data.get("show")
        back = [Option("answer", Text("nav-back")), Option("done", Text("checkin-btn-done"))]
        if shown == "grounding":
            rows = [[Option("sos", Text("checkin-btn-sos"))], back]
            return View(key="o:checkin:grounding", parts=[Text("sos-grounding")], rows=rows, keep=True)
        if isinstance(shown, str) and shown in (*response.offered, response.week):
            parts = [Text("checkin-week-intro"), Text(shown)] if shown == response.week else [Text(shown)]
            return View(key=f"o:checkin:{shown}", parts=parts, rows=[back], keep=True)
        # Back from a practice: the answer's buttons again, without saying its closing twice.
        parts = [Text(ANYTHING_ELSE)] if data.get("back") else response_parts(response)
        key = "o:checkin:again" if data.get("back") else "o:checkin:answer"
        return View(key=key, parts=parts, rows=response_rows(response), keep=True)

    def choose(self, turn: Turn, choice: str) -> None:
        overlay = turn.session.overlay
        assert overlay is not None
        data = overlay.data
        if "response" in data:
            self._after(turn, data, choice)
            return
        kind, _, value = choice.partition("_")
        data[kind] = int(value)
        if kind != "need":
            return
        checkin = Checkin(str(data["day"]), int(data["feel"]), int(data["met"]), int(value))
        rem = self._reminder(turn)
        first_of_week = not _checked_in_this_week(turn, rem, checkin.day)
        done_before = len(turn.tx.checkins("")) if turn.tx is not None else 0
        if turn.tx is not None and not turn.tx.save_checkin(checkin):
            turn.notice(Text("checkin-already"))
            self._nav.close(turn)
            return
        turn.person.prefs.pop(OLD_LAST_CLOSING, None)
        response = respond(checkin, self._role(turn), plan_week(rem, checkin.day), first_of_week, done_before)
        data["response"] = _response_to(response)
        if response.said:  # its own message, after the short answer
            turn.after.append(Reply(parts=(Text(response.said),)))

    def _after(self, turn: Turn, data: dict[str, object], choice: str) -> None:
        response = _response_from(data)
        if choice == "sos":
            self._nav.open(turn, "sos", {"grounding": True})
        elif choice == "grounding":
            data["show"] = "grounding"
        elif choice == "week":
            data["show"] = response.week
        elif choice.startswith("p_") and choice[2:].isdigit() and int(choice[2:]) < len(response.offered):
            data["show"] = response.offered[int(choice[2:])]
        elif choice == "answer":
            data.pop("show", None)
            data["back"] = True
        else:
            self._nav.close(turn)

    def text(self, turn: Turn, text: str) -> bool:
        return False


def _response_to(response: Response) -> dict[str, object]:
    return {
        "g": response.grounding,
        "c": response.closing,
        "s": response.said,
        "o": list(response.offered),
        "w": response.week,
        "n": response.week_is_new,
    }


def _response_from(data: Mapping[str, object]) -> Response:
    raw = data["response"]
    assert isinstance(raw, dict)
    return Response(
        grounding=bool(raw["g"]),
        closing=str(raw["c"]),
        said=str(raw["s"]) if raw.get("s") else None,
        offered=tuple(str(p) for p in raw.get("o", [])),
        week=str(raw["w"]),
        week_is_new=bool(raw.get("n")),
    )


def _checked_in_this_week(turn: Turn, rem: Reminder | None, day: str) -> bool:
    """Whether this plan week already has a check-in (before today's is saved)."""
    if turn.tx is None or rem is None:
        return False
    start = date.fromisoformat(rem.started_on) + timedelta(days=7 * plan_week(rem, day))
    return any(c.day < day for c in turn.tx.checkins(start.isoformat()))


def had_gap(turn: Turn, day: str) -> bool:
    """Whether days went by without a check-in (said kindly, never counted against anyone)."""
    if turn.tx is None:
        return False
    today = date.fromisoformat(day)
    recent = turn.tx.checkins((today - timedelta(days=14)).isoformat())
    if not recent:
        return False
    return (today - date.fromisoformat(recent[-1].day)).days > 2
