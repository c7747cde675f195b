"""The screens typed words lead to: a suggestion, grounding first, and "start here"."""

from __future__ import annotations

from collections.abc import Callable

from bot.engine.flowbook import FlowBook
from bot.engine.intent.routes import GROUNDING, behaviour_preset
from bot.engine.outbound import Text
from bot.engine.turn import Nav, Turn
from bot.engine.view import Option, View

HEARD = "heard"
START_HERE = "start_here"
MENU = Option("menu", Text("heard-btn-menu"))

# (turn, choice id): take a choice at the flow step under the overlay.
Pick = Callable[[Turn, str], None]


def _data(turn: Turn) -> dict[str, object]:
    overlay = turn.session.overlay
    return overlay.data if overlay is not None else {}


def _flows(data: dict[str, object]) -> list[str]:
    raw = data.get("flows")
    return [str(f) for f in raw] if isinstance(raw, list) else []


class HeardScreen:
    """What typed words were taken to mean: the button they fit (one tap confirms), or the
    conversations that fit, each with its one-line summary."""

    name = HEARD

    def __init__(self, nav: Nav, book: FlowBook, pick: Pick) -> None:
        self._nav = nav
        self._book = book
        self._pick = pick

    def view(self, turn: Turn) -> View:
        data = _data(turn)
        parts = [Text(str(m)) for m in _ids(data.get("ack"))]
        behaviour = str(data.get("behaviour") or "none")
        if behaviour != "none":
            parts.append(
                Text("heard-behaviour", {"behaviour": Text(f"heard-behaviour-{behaviour.replace('_', '-')}")})
            )
        choice, label = data.get("choice"), data.get("label")
        if choice and label:
            parts.append(Text("heard-fits-choice", {"choice": Text(str(label))}))
            picks = [[Option("pick", Text(str(label)))], [Option("back", Text("heard-btn-other"))]]
            return View(key=f"o:heard:c:{choice}", parts=parts, rows=picks)
        flows = _flows(data)
        rows: list[list[Option]] = []
        for n, flow_id in enumerate(flows):
            if flow_id == GROUNDING:
                parts.append(Text("heard-suggest-grounding"))
                rows.append([Option("grounding", Text("heard-btn-grounding"))])
                continue
            spec = self._book.specs[flow_id]
            title, summary = Text(spec.title), Text(spec.summary)
            line = "heard-suggest" if n == 0 else "heard-suggest-second"
            parts.append(Text(line, {"title": title, "summary": summary}))
            rows.append([Option(f"f_{flow_id}", Text("heard-btn-start", {"title": title}))])
        if not flows:
            parts.append(Text("heard-not-sure"))
            rows.append([Option(START_HERE, Text("btn-start-here"))])
        rows.append([MENU])
        return View(key=f"o:heard:{'-'.join(flows)}", parts=parts, rows=rows)

    def choose(self, turn: Turn, choice: str) -> None:
        data = _data(turn)
        if choice == "pick" and data.get("choice"):
            self._nav.close(turn)
            self._pick(turn, str(data["choice"]))
        elif choice.startswith("f_") and choice[2:] in self._book.specs:
            # What they named is not asked again: the flow starts with it as its answer.
            self._nav.open_flow(turn, choice[2:], behaviour_preset(data.get("behaviour")))
        elif choice == "grounding":
            following = [f for f in _flows(data) if f != GROUNDING]
            self._nav.open(
                turn,
                GROUNDING,
                {"next": following[0] if following else None, "behaviour": data.get("behaviour")},
            )
        elif choice == START_HERE:
            self._nav.open(turn, START_HERE)
        elif choice == "menu":
            self._nav.to_menu(turn)
        else:
            self._nav.close(turn)

    def text(self, turn: Turn, text: str) -> bool:
        return False  # read again, as anywhere else


def _ids(raw: object) -> list[str]:
    return [str(x) for x in raw] if isinstance(raw, list) else []


class GroundingScreen:
    """A minute to steady oneself before anything else, then the conversation that fits."""

    name = GROUNDING

    def __init__(self, nav: Nav, book: FlowBook) -> None:
        self._nav = nav
        self._book = book

    def view(self, turn: Turn) -> View:
        following = _data(turn).get("next")
        rows: list[list[Option]] = []
        if isinstance(following, str) and following in self._book.specs:
            title = Text(self._book.specs[following].title)
            rows.append([Option("ready", Text("grounding-btn-ready", {"title": title}))])
        else:
            rows.append([Option(START_HERE, Text("grounding-btn-start-here"))])
        rows.append([Option("sos", Text("grounding-btn-talk"))])
        rows.append([MENU])
        parts = [Text("grounding-lead"), Text("sos-grounding"), Text("grounding-after")]
        return View(key="o:grounding", parts=parts, rows=rows, keep=True)

    def choose(self, turn: Turn, choice: str) -> None:
        data = _data(turn)
        following = data.get("next")
        if choice == "ready" and isinstance(following, str) and following in self._book.specs:
            self._nav.open_flow(turn, following, behaviour_preset(data.get("behaviour")))
        elif choice == START_HERE:
            self._nav.open(turn, START_HERE)
        elif choice == "sos":
            self._nav.open(turn, "sos")
        else:
            self._nav.to_menu(turn)

    def text(self, turn: Turn, text: str) -> bool:
        return False


# "Start here": what happened, whose behaviour it is (when that decides), how they are now.
WHAT = ("found", "noticed", "unsure", "did", "talked", "rules", "leaving")
ASKS_WHOSE = ("found", "noticed", "unsure")
HOW = ("steady", "shaken", "flooded")
ROUTES: dict[tuple[str, str], str] = {
    ("found", "partner"): "dealbreaker",
    ("found", "mine"): "owning",
    ("noticed", "partner"): "raise",
    ("noticed", "mine"): "owning",
    ("unsure", "partner"): "spectrum",
    ("unsure", "mine"): "spectrum",
    ("did", ""): "owning",
    ("talked", ""): "repair",
    ("rules", ""): "agreement",
    ("leaving", ""): "leaving",
}


def route(what: str, whose: str) -> str:
    return ROUTES.get((what, whose if what in ASKS_WHOSE else ""), "spectrum")


class StartHereScreen:
    """For someone who doesn't know where to start: two or three taps to the right place."""

    name = START_HERE

    def __init__(self, nav: Nav, book: FlowBook) -> None:
        self._nav = nav
        self._book = book

    def view(self, turn: Turn) -> View:
        data = _data(turn)
        what, whose = data.get("what"), data.get("whose")
        back = Option("back", Text("start-here-btn-back"))
        if what is None:
            rows = [[Option(w, Text(f"start-here-what-{w}"))] for w in WHAT]
            return View(
                key="o:start:what",
                parts=[Text("start-here-intro"), Text("start-here-q-what")],
                rows=[*rows, [MENU]],
            )
        if what in ASKS_WHOSE and whose is None:
            rows = [[Option(w, Text(f"start-here-whose-{w}"))] for w in ("partner", "mine")]
            return View(key="o:start:whose", parts=[Text("start-here-q-whose")], rows=[*rows, [back]])
        rows = [[Option(h, Text(f"start-here-how-{h}"))] for h in HOW]
        return View(key="o:start:how", parts=[Text("start-here-q-how")], rows=[*rows, [back]])

    def choose(self, turn: Turn, choice: str) -> None:
        overlay = turn.session.overlay
        assert overlay is not None
        data = overlay.data
        if choice == "menu":
            self._nav.to_menu(turn)
        elif choice == "back":
            data.pop("whose" if "whose" in data else "what", None)
        elif "what" not in data and choice in WHAT:
            data["what"] = choice
        elif data["what"] in ASKS_WHOSE and "whose" not in data and choice in ("partner", "mine"):
            data["whose"] = choice
        elif choice in HOW:
            flow_id = route(str(data["what"]), str(data.get("whose", "")))
            spec = self._book.specs[flow_id]
            if choice == "flooded":
                self._nav.open(turn, GROUNDING, {"next": flow_id})
                return
            turn.notice(Text("start-here-fits", {"title": Text(spec.title), "summary": Text(spec.summary)}))
            self._nav.open_flow(turn, flow_id)

    def text(self, turn: Turn, text: str) -> bool:
        return False
