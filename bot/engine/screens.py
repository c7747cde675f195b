"""System screens built in code: welcome and age gate, menu, help, privacy, erasure."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from bot.engine import privacy
from bot.engine.events import CommandIn
from bot.engine.flowbook import FlowBook
from bot.engine.flowrunner import FlowRunner
from bot.engine.outbound import Text, TextList
from bot.engine.turn import Nav, Turn
from bot.engine.view import Option, View

BACK = Option("back", Text("btn-back-to-where"))


class InfoScreen:
    """Words to read and one button back to where the person was."""

    def __init__(
        self,
        name: str,
        parts: list[str],
        nav: Nav,
        *,
        keep: bool = False,
        params: dict[str, int] | None = None,
    ) -> None:
        self.name = name
        self._parts = [Text(p, dict(params or {})) for p in parts]
        self._nav = nav
        self._keep = keep

    def view(self, turn: Turn) -> View:
        return View(key=f"o:{self.name}", parts=list(self._parts), rows=[[BACK]], keep=self._keep)

    def choose(self, turn: Turn, choice: str) -> None:
        self._nav.close(turn)

    def text(self, turn: Turn, text: str) -> bool:
        return False


class WelcomeScreen:
    """First use: what Candor is and is not, and the confirmation of being an adult. A
    feature may put a line above it (an invitation says who sent it and what it is for)."""

    name = "welcome"

    def __init__(self, nav: Nav, leads: Sequence[Callable[[Turn], list[Text]]] = ()) -> None:
        self._nav = nav
        self._leads = leads

    def view(self, turn: Turn) -> View:
        parts = [text for lead in self._leads for text in lead(turn)]
        # The disclosure is said once: asked again (after an answer to something typed, a
        # sticker, a command that needs the confirmation first), only the age question is;
        # /start says it all again.
        again = turn.session.last == self.name and not (
            isinstance(turn.event, CommandIn) and turn.event.name == "start"
        )
        if not again:
            parts.append(Text("welcome-disclosure"))
        return View(
            key="welcome",
            parts=[*parts, Text("welcome-age")],
            rows=[[Option("adult", Text("btn-adult"))], [Option("minor", Text("btn-under18"))]],
            keep=True,
        )

    def choose(self, turn: Turn, choice: str) -> None:
        if choice == "adult":
            turn.person.consented_at = turn.now
            turn.notice(Text("welcome-thanks"))
            self._nav.to_menu(turn)
            if turn.session.pending:
                self._nav.open(turn, "pair_accept", {"token": turn.session.pending})
                turn.session.pending = None
        else:
            self._nav.open(turn, "under18")

    def text(self, turn: Turn, text: str) -> bool:
        return False


class Under18Screen(InfoScreen):
    def __init__(self, nav: Nav) -> None:
        super().__init__("under18", ["under18-info"], nav)

    def view(self, turn: Turn) -> View:
        return View(
            key="o:under18",
            parts=list(self._parts),
            rows=[[Option("youth", Text("btn-youth-lines"))], [Option("back", Text("btn-wrong-age"))]],
        )

    def choose(self, turn: Turn, choice: str) -> None:
        if choice == "youth":  # the lines the answer promises: youth lines first
            self._nav.open(turn, "sos", {"reason": "minor"})
        else:
            self._nav.close(turn)


class MenuScreen:
    name = "menu"

    def __init__(self, book: FlowBook, runner: FlowRunner, nav: Nav, *, coach: bool = False) -> None:
        self._book = book
        self._runner = runner
        self._nav = nav
        self._coach = coach

    def view(self, turn: Turn) -> View:
        unfinished = self._runner.resumable(turn)
        rows: list[list[Option]] = [[Option("start_here", Text("btn-start-here"))]]
        rows += [
            [Option(f"f_{spec.id}", Text("menu-continue", {"title": Text(spec.title)}))]
            for spec in unfinished
        ]
        rows += [[Option(f"f_{spec.id}", Text(spec.title))] for spec in self._book if spec not in unfinished]
        rows.append([Option("learn", Text("btn-learn"))])
        rows.append([Option("sos", Text("btn-sos"))])
        if self._coach:
            rows.append([Option("coach", Text("btn-coach"))])
        rows.append([Option("help", Text("btn-help")), Option("privacy", Text("btn-privacy"))])
        lines = tuple(
            Text("menu-flow-line", {"title": Text(spec.title), "summary": Text(spec.summary)})
            for spec in self._book
        )
        return View(
            key="menu", parts=[Text("menu-intro"), Text("menu-flows", {"flows": TextList(lines)})], rows=rows
        )

    def choose(self, turn: Turn, choice: str) -> None:
        if choice.startswith("f_"):
            self._nav.open_flow(turn, choice[2:])
        else:
            self._nav.open(turn, choice)

    def text(self, turn: Turn, text: str) -> bool:
        return False


class ConfirmDeleteScreen:
    name = "confirm_delete"

    def __init__(self, nav: Nav) -> None:
        self._nav = nav

    def view(self, turn: Turn) -> View:
        return View(
            key="o:confirm_delete",
            parts=[Text("delete-confirm")],
            rows=[
                [Option("yes", Text("btn-delete-yes"))],
                [Option("clear", Text("btn-delete-and-clear"))],
                [Option("no", Text("btn-delete-no"))],
            ],
        )

    def choose(self, turn: Turn, choice: str) -> None:
        if choice in ("yes", "clear"):
            privacy.erase(turn, clear_chat=choice == "clear")
            return
        turn.notice(Text("delete-cancelled"))
        self._nav.close(turn)

    def text(self, turn: Turn, text: str) -> bool:
        return False


class LanguageScreen:
    """``/language``: pick the language Candor speaks; the current step is shown again in it."""

    name = "language"

    def __init__(self, nav: Nav, locales: tuple[str, ...]) -> None:
        self._nav = nav
        self._locales = locales

    def view(self, turn: Turn) -> View:
        rows = [[Option(f"l_{code}", Text(f"language-name-{code}"))] for code in self._locales]
        rows.append([Option("back", Text("btn-back-to-where"))])
        return View(key="o:language", parts=[Text("language-choose")], rows=rows)

    def choose(self, turn: Turn, choice: str) -> None:
        overlay = turn.session.overlay
        back = overlay.data.get("back") if overlay is not None else None
        if choice.startswith("l_") and choice[2:] in self._locales:
            turn.person.locale = choice[2:]
            turn.person.prefs["lc"] = 1  # chosen: no longer follows Telegram's language
            turn.notice(Text("language-changed"))
        if back:
            self._nav.open(turn, str(back))
        else:
            self._nav.close(turn)

    def text(self, turn: Turn, text: str) -> bool:
        return False
