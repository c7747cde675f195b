"""Safety screens: the gentle confirmation, the SOS view, and the person's own safety plan."""

from __future__ import annotations

from bot.engine.logic.common import SAFETY_FLAG
from bot.engine.outbound import Text, TextList
from bot.engine.safety.helplines import Helplines, Line
from bot.engine.turn import Nav, Turn
from bot.engine.view import Option, View, rows_of

BACK = Option("back", Text("btn-back-to-where"))

# Category found by the screen -> how the confirmation speaks about it.
GROUPS = {
    "self_harm": "self-harm",
    "harm_others": "harm-others",
    "fear": "danger",
    "threats": "danger",
    "violence": "danger",
    "sexual_coercion": "danger",
    "control": "control",
    "minor": "minor",
}


class SafetyCheckScreen:
    """Asks before assuming: "it sounded like ... is that right?"."""

    name = "safety_check"

    def __init__(self, nav: Nav) -> None:
        self._nav = nav

    def view(self, turn: Turn) -> View:
        group = GROUPS[_data(turn).get("category", "fear")]
        if group == "minor":
            rows = [[Option("yes", Text("safety-minor-yes"))], [Option("no", Text("safety-minor-no"))]]
        else:
            rows = [
                [Option("yes", Text("safety-yes"))],
                [Option("lines", Text("safety-show-lines"))],
                [Option("no", Text("safety-no"))],
            ]
        return View(key=f"o:safety_check:{group}", parts=[Text(f"safety-check-{group}")], rows=rows)

    def choose(self, turn: Turn, choice: str) -> None:
        data = _data(turn)
        category = data.get("category", "fear")
        group = GROUPS[category]
        text = str(data.get("text", ""))
        if choice == "no":
            turn.notice(Text("safety-check-thanks"))
            self._nav.close(turn)
            if text:
                self._nav.route_text(turn, text)
            return
        if group == "minor":
            turn.person.consented_at = None
            self._nav.to_menu(turn)
            self._nav.open(turn, "under18")
            return
        if group in ("danger", "control") and SAFETY_FLAG not in turn.session.flags:
            turn.session.flags = sorted({*turn.session.flags, SAFETY_FLAG})
        self._nav.open(turn, "sos", {"reason": group})

    def text(self, turn: Turn, text: str) -> bool:
        return False


def _data(turn: Turn) -> dict[str, object]:
    overlay = turn.session.overlay
    return overlay.data if overlay is not None else {}


class SosScreen:
    """Immediate-danger advice, lines for the person's country, grounding, a safety plan."""

    name = "sos"

    def __init__(self, nav: Nav, helplines: Helplines) -> None:
        self._nav = nav
        self._lines = helplines

    def view(self, turn: Turn) -> View:
        data = _data(turn)
        locale = turn.person.locale or "en"
        parts: list[Text] = []
        reason = data.get("reason")
        if reason:
            parts.append(Text(f"sos-reason-{reason}"))
        country = data.get("country")
        if isinstance(country, str) and country in self._lines.countries:
            info = self._lines.countries[country]
            parts.append(Text("sos-immediate-country", {"emergency": info.emergency}))
            parts.append(
                Text(
                    "sos-lines",
                    {
                        "country": Text(f"country-{country}"),
                        "lines": TextList(tuple(_line(line) for line in info.lines)),
                    },
                )
            )
        else:
            parts.append(Text("sos-immediate"))
            parts.append(Text("sos-pick-country"))
        parts.append(Text("sos-directory", {"url": self._lines.directory}))
        parts.append(Text("sos-grounding"))
        codes = sorted(self._lines.countries) if data.get("all") else self._lines.suggested(locale)
        options = [Option(f"c_{code}", Text(f"country-{code}")) for code in codes]
        rows = rows_of(options, 2)
        if not data.get("all"):
            rows.append([Option("all", Text("btn-other-country"))])
        plan = "plan_mine" if turn.person.prefs.get("safety_plan") else "plan"
        rows.append(
            [Option(plan, Text("btn-safety-plan-mine" if plan == "plan_mine" else "btn-safety-plan-make"))]
        )
        rows.append([BACK])
        return View(key="o:sos", parts=parts, rows=rows, keep=True)

    def choose(self, turn: Turn, choice: str) -> None:
        overlay = turn.session.overlay
        assert overlay is not None
        if choice.startswith("c_"):
            overlay.data["country"] = choice[2:]
            overlay.data.pop("all", None)
        elif choice == "all":
            overlay.data["all"] = True
        elif choice == "plan":
            self._nav.open(turn, "safety_plan", {"step": 0, "answers": []})
        elif choice == "plan_mine":
            self._nav.open(turn, "safety_plan", {"step": "saved"})
        else:
            self._nav.close(turn)

    def text(self, turn: Turn, text: str) -> bool:
        return False


def _line(line: Line) -> Text:
    if line.sms_keyword and line.sms:
        texting = Text("sos-how-keyword", {"keyword": line.sms_keyword, "sms": line.sms})
        how = Text("sos-how-call-or", {"call": line.call, "other": texting}) if line.call else texting
    elif line.call and line.sms:
        how = Text("sos-how-both", {"call": line.call, "sms": line.sms})
    elif line.call:
        how = Text("sos-how-call", {"call": line.call})
    else:
        how = Text("sos-how-sms", {"sms": line.sms or ""})
    return Text("sos-line", {"kind": Text(f"sos-kind-{line.kind}"), "name": line.name, "how": how})


PLAN_QUESTIONS = ("plan-q-signs", "plan-q-people", "plan-q-places", "plan-q-ready")
PLAN_MAX = 300


class SafetyPlanScreen:
    """A short safety plan in the person's own words, kept only if they choose to keep it."""

    name = "safety_plan"

    def __init__(self, nav: Nav) -> None:
        self._nav = nav

    def view(self, turn: Turn) -> View:
        data = _data(turn)
        step = data.get("step", 0)
        if step == "saved":
            plan = list(turn.person.prefs.get("safety_plan", []))
            return View(
                key="o:plan:saved",
                parts=[Text("plan-yours"), _summary(plan)],
                rows=[[Option("delete", Text("plan-delete"))], [Option("done", Text("btn-back-to-sos"))]],
                keep=True,
            )
        if isinstance(step, int) and step < len(PLAN_QUESTIONS):
            parts = [Text("plan-intro")] if step == 0 else []
            parts.append(Text(PLAN_QUESTIONS[step]))
            return View(
                key=f"o:plan:{step}",
                parts=parts,
                rows=[[Option("skip", Text("btn-skip"))], [Option("stop", Text("plan-stop"))]],
                accepts_text=True,
            )
        answers = [str(a) for a in data.get("answers", [])]  # type: ignore[union-attr]
        return View(
            key="o:plan:review",
            parts=[_summary(answers), Text("plan-keep-question")],
            rows=[[Option("keep", Text("plan-keep"))], [Option("discard", Text("plan-discard"))]],
        )

    def choose(self, turn: Turn, choice: str) -> None:
        overlay = turn.session.overlay
        assert overlay is not None
        data = overlay.data
        if choice == "skip":
            data["answers"] = [*data.get("answers", []), ""]
            data["step"] = int(data.get("step", 0)) + 1
        elif choice == "keep":
            turn.person.prefs["safety_plan"] = [str(a) for a in data.get("answers", [])]
            turn.notice(Text("plan-kept"))
            self._nav.open(turn, "sos")
        elif choice == "delete":
            turn.person.prefs.pop("safety_plan", None)
            turn.notice(Text("plan-deleted"))
            self._nav.open(turn, "sos")
        elif choice == "discard":
            turn.notice(Text("plan-discarded"))
            self._nav.open(turn, "sos")
        else:  # stop, done
            self._nav.open(turn, "sos")

    def text(self, turn: Turn, text: str) -> bool:
        overlay = turn.session.overlay
        assert overlay is not None
        data = overlay.data
        step = data.get("step", 0)
        if not isinstance(step, int) or step >= len(PLAN_QUESTIONS):
            return False
        answer = turn.fitting_text(text, PLAN_MAX)
        if answer is None:
            return True
        data["answers"] = [*data.get("answers", []), answer]
        data["step"] = step + 1
        return True


def _summary(answers: list[str]) -> Text:
    padded = [*answers, "", "", "", ""][: len(PLAN_QUESTIONS)]
    blank = Text("plan-blank")
    return Text(
        "plan-summary",
        {
            "signs": padded[0] or blank,
            "people": padded[1] or blank,
            "places": padded[2] or blank,
            "ready": padded[3] or blank,
        },
    )
