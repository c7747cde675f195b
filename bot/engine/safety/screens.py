"""Safety screens: the gentle confirmation, the SOS view, and the person's own safety plan."""

from __future__ import annotations

from bot.engine.locales import DEFAULT_LOCALE
from bot.engine.logic.common import SAFETY_FLAG
from bot.engine.outbound import Text, TextList
from bot.engine.safety.helplines import Helplines, Line
from bot.engine.safety.screen import FOLLOW_UP, GROUPS, SAFETY_FIRST
from bot.engine.turn import Nav, Turn
from bot.engine.view import Option, View, rows_of

BACK = Option("back", Text("btn-back-to-where"))
# How long after a "yes" the discreet check on the person comes, if they ask for it.
FOLLOWUP_AFTER = 24 * 3600
NOW = "now"  # "it is happening right now": the emergency-first answer
TURNED = "turned"  # on the harm-others question: "no, I'm the one in danger"


class SafetyCheckScreen:
    """Asks before assuming: "it sounded like ... is that right?", in the words that fit who
    is at risk (the writer, the writer at someone else's hands, someone the writer might hurt,
    a partner's self-harm threat used as control, a minor)."""

    name = "safety_check"

    def __init__(self, nav: Nav) -> None:
        self._nav = nav

    def view(self, turn: Turn) -> View:
        group = _group(_data(turn))
        if group == "minor":
            rows = [[Option("yes", Text("safety-minor-yes"))], [Option("no", Text("safety-minor-no"))]]
        else:
            # The screen may miss that it is happening now: the first answer says so, and
            # brings the emergency number before anything else.
            now = "safety-now-harm-others" if group == "harm-others" else "safety-now"
            rows = [
                [Option(NOW, Text(now))],
                [Option("yes", Text("safety-yes"))],
                [Option("lines", Text("safety-show-lines"))],
                [Option("no", Text("safety-no"))],
            ]
            if group == "harm-others":
                # The screen can take someone being hurt for someone who might hurt: one tap
                # turns the question round, to their own safety.
                rows.insert(2, [Option(TURNED, Text("safety-turned-round"))])
        return View(key=f"o:safety_check:{group}", parts=[Text(f"safety-check-{group}")], rows=rows)

    def choose(self, turn: Turn, choice: str) -> None:
        data = _data(turn)
        group = _group(data)
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
        if choice == TURNED:
            group = "danger"  # not the one who might hurt: the one in danger
        _flag(turn, group)
        offer = choice in ("yes", NOW, TURNED) and group in FOLLOW_UP
        self._nav.open(turn, "sos", {"reason": group, "offer": offer, "now": choice == NOW})

    def text(self, turn: Turn, text: str) -> bool:
        # Words typed instead of a tap (and not a risk themselves: the guards read them
        # first): the question stays, with its buttons, rather than giving way to a suggestion.
        turn.notice(Text("safety-check-typed"))
        return True


def _group(data: dict[str, object]) -> str:
    group = data.get("group")
    if isinstance(group, str) and group in REASONS:
        return group
    category = data.get("category")  # a check opened before groups were kept
    return GROUPS.get(category, "danger") if isinstance(category, str) else "danger"


def _flag(turn: Turn, group: str) -> None:
    """Fear or control said: flows put safety first from here on."""
    if group in SAFETY_FIRST and SAFETY_FLAG not in turn.session.flags:
        turn.session.flags = sorted({*turn.session.flags, SAFETY_FLAG})


def _data(turn: Turn) -> dict[str, object]:
    overlay = turn.session.overlay
    return overlay.data if overlay is not None else {}


# Which lines come first, by why the SOS view opened.
LINE_ORDER = {
    "self-harm": ("crisis", "lgbtq", "men", "domestic_violence", "sexual_violence"),
    "harm-others": ("crisis", "men", "domestic_violence"),
    "danger": ("domestic_violence", "crisis", "lgbtq", "men", "sexual_violence"),
    "control": ("domestic_violence", "crisis", "lgbtq", "men"),
    "partner-threat": ("domestic_violence", "crisis", "lgbtq", "men"),
    "sexual": ("sexual_violence", "domestic_violence", "crisis", "lgbtq"),
    "minor": ("youth", "crisis"),
    "": ("crisis", "domestic_violence", "sexual_violence", "lgbtq", "men"),
}
REASONS = tuple(r for r in LINE_ORDER if r)
FIRST_LINES = 4  # the first screen; the rest are a tap away
ALL_KINDS = ("crisis", "domestic_violence", "sexual_violence", "youth", "lgbtq", "men")


def lines_for(lines: list[Line], reason: str, *, every: bool = False) -> list[Line]:
    """The country's lines that fit the reason, most fitting first; ``every`` gives all the
    country's lines in that order (the "more lines" tap)."""
    order = LINE_ORDER.get(reason, LINE_ORDER[""])
    if every:
        order = (*order, *(k for k in ALL_KINDS if k not in order))
    rank = {kind: i for i, kind in enumerate(order)}
    fitting = sorted((line for line in lines if line.kind in rank), key=lambda line: rank[line.kind])
    return fitting if every else fitting[:FIRST_LINES]


class SosScreen:
    """Immediate-danger advice, lines for the person's country, grounding, a safety plan."""

    name = "sos"

    def __init__(self, nav: Nav, helplines: Helplines) -> None:
        self._nav = nav
        self._lines = helplines

    def _country(self, turn: Turn) -> str | None:
        data = _data(turn)
        for country in (data.get("country"), turn.person.prefs.get("country")):
            if isinstance(country, str) and country in self._lines.countries:
                return country
        return None

    def view(self, turn: Turn) -> View:
        data = _data(turn)
        locale = turn.person.locale or DEFAULT_LOCALE
        reason = str(data.get("reason") or "")
        now = bool(data.get("now"))
        country = self._country(turn)
        info = self._lines.countries[country] if country else None
        parts: list[Text] = []
        if now:  # nothing before the emergency number
            parts.append(Text("sos-now-country", {"emergency": info.emergency}) if info else Text("sos-now"))
        elif reason:
            parts.append(Text(f"sos-reason-{reason}"))
        every = bool(data.get("more"))
        shown: list[Line] = []
        if info is not None:
            if not now and not every:
                parts.append(Text("sos-immediate-country", {"emergency": info.emergency}))
            shown = lines_for(info.lines, reason, every=every)
            parts.append(
                Text(
                    "sos-lines",
                    {
                        "country": Text(f"country-{country}"),
                        "lines": TextList(tuple(_line(x) for x in shown)),
                    },
                )
            )
        else:
            if not now:
                parts.append(Text("sos-immediate"))
            parts.append(Text("sos-pick-country"))
        parts.append(Text("sos-directory", {"url": self._lines.directory}))
        if data.get("grounding"):
            parts.append(Text("sos-grounding"))
        codes = sorted(self._lines.countries) if data.get("all") else self._lines.suggested(locale)
        options = [Option(f"c_{code}", Text(f"country-{code}")) for code in codes if code != country]
        rows = rows_of(options, 2)
        if not data.get("all"):
            rows.append([Option("all", Text("btn-other-country"))])
        if info is not None and not every and len(lines_for(info.lines, reason, every=True)) > len(shown):
            rows.append([Option("more", Text("btn-more-lines"))])
        if not data.get("grounding"):
            rows.append([Option("grounding", Text("btn-grounding"))])
        if data.get("offer"):
            rows.append([Option("follow", Text("btn-safety-follow-up"))])
        if now and data.get("text"):
            rows.append([Option("not_now", Text("btn-safety-not-now"))])
        plan = "plan_mine" if turn.person.prefs.get("safety_plan") else "plan"
        rows.append(
            [Option(plan, Text("btn-safety-plan-mine" if plan == "plan_mine" else "btn-safety-plan-make"))]
        )
        rows.append([BACK])
        return View(key=f"o:sos:{int(now)}", parts=parts, rows=rows, keep=True)

    def choose(self, turn: Turn, choice: str) -> None:
        overlay = turn.session.overlay
        assert overlay is not None
        if choice.startswith("c_"):
            overlay.data["country"] = choice[2:]
            turn.person.prefs["country"] = choice[2:]  # the lines to show first next time
            overlay.data.pop("all", None)
            overlay.data.pop("more", None)
        elif choice == "more":
            overlay.data["more"] = True
        elif choice == "grounding":
            overlay.data["grounding"] = True
        elif choice == "all":
            overlay.data["all"] = True
        elif choice == "follow":
            if turn.tx is not None:
                turn.tx.set_safety_followup(turn.now + FOLLOWUP_AFTER)
            overlay.data.pop("offer", None)
            turn.notice(Text("safety-follow-up-set"))
        elif choice == "not_now":
            text = str(overlay.data.get("text", ""))
            turn.notice(Text("safety-check-thanks"))
            self._nav.close(turn)
            if text:
                self._nav.route_text(turn, text)
        elif choice == "plan":
            self._nav.open(turn, "safety_plan", {"step": 0, "answers": []})
        elif choice == "plan_mine":
            self._nav.open(turn, "safety_plan", {"step": "saved"})
        else:
            self._nav.close(turn)

    def text(self, turn: Turn, text: str) -> bool:
        return False


def _line(line: Line) -> Text:
    how: Text | None
    if line.sms_keyword and line.sms:
        texting = Text("sos-how-keyword", {"keyword": line.sms_keyword, "sms": line.sms})
        how = Text("sos-how-call-or", {"call": line.call, "other": texting}) if line.call else texting
    elif line.call and line.sms == line.call:
        how = Text("sos-how-both", {"call": line.call, "sms": line.sms})
    elif line.call and line.sms:
        how = Text("sos-how-call-or", {"call": line.call, "other": Text("sos-how-sms", {"sms": line.sms})})
    elif line.call:
        how = Text("sos-how-call", {"call": line.call})
    elif line.sms:
        how = Text("sos-how-sms", {"sms": line.sms})
    else:
        how = None
    if line.web:
        how = (
            Text("sos-how-or-chat", {"how": how, "web": line.web})
            if how
            else Text("sos-how-chat", {"web": line.web})
        )
    assert how is not None  # a line has a number or a chat (checked when loaded)
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
        kept = data.get("answers")
        answers = [str(a) for a in kept] if isinstance(kept, list) else []
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
