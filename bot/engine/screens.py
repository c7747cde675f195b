"""System screens built in code: welcome and age gate, menu, help, privacy, erasure."""

from __future__ import annotations

from bot.engine.flowbook import FlowBook
from bot.engine.flowrunner import FlowRunner
from bot.engine.outbound import Reply, Text
from bot.engine.turn import Nav, Turn
from bot.engine.view import Option, View

BACK = Option("back", Text("btn-back-to-where"))


class InfoScreen:
    """Words to read and one button back to where the person was."""

    def __init__(self, name: str, parts: list[str], nav: Nav, *, keep: bool = False) -> None:
        self.name = name
        self._parts = [Text(p) for p in parts]
        self._nav = nav
        self._keep = keep

    def view(self, turn: Turn) -> View:
        return View(key=f"o:{self.name}", parts=list(self._parts), rows=[[BACK]], keep=self._keep)

    def choose(self, turn: Turn, choice: str) -> None:
        self._nav.close(turn)

    def text(self, turn: Turn, text: str) -> bool:
        return False


class WelcomeScreen:
    """First use: what Candor is and is not, and the confirmation of being an adult."""

    name = "welcome"

    def __init__(self, nav: Nav) -> None:
        self._nav = nav

    def view(self, turn: Turn) -> View:
        return View(
            key="welcome",
            parts=[Text("welcome-disclosure"), Text("welcome-age")],
            rows=[[Option("adult", Text("btn-adult"))], [Option("minor", Text("btn-under18"))]],
            keep=True,
        )

    def choose(self, turn: Turn, choice: str) -> None:
        if choice == "adult":
            turn.person.consented_at = turn.now
            turn.notice(Text("welcome-thanks"))
            self._nav.to_menu(turn)
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
            rows=[[Option("back", Text("btn-wrong-age"))]],
        )


class MenuScreen:
    name = "menu"

    def __init__(self, book: FlowBook, runner: FlowRunner, nav: Nav) -> None:
        self._book = book
        self._runner = runner
        self._nav = nav

    def view(self, turn: Turn) -> View:
        unfinished = self._runner.resumable(turn)
        rows: list[list[Option]] = [
            [Option(f"f_{spec.id}", Text("menu-continue", {"title": Text(spec.title)}))]
            for spec in unfinished
        ]
        rows += [[Option(f"f_{spec.id}", Text(spec.title))] for spec in self._book if spec not in unfinished]
        rows.append([Option("sos", Text("btn-sos"))])
        rows.append([Option("help", Text("btn-help")), Option("privacy", Text("btn-privacy"))])
        return View(key="menu", parts=[Text("menu-intro")], rows=rows)

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
            rows=[[Option("yes", Text("btn-delete-yes"))], [Option("no", Text("btn-delete-no"))]],
        )

    def choose(self, turn: Turn, choice: str) -> None:
        if choice == "yes":
            turn.erased = True
            turn.out.append(Reply(parts=(Text("delete-done"),), remove_keyboard=True, trace=False))
            return
        turn.notice(Text("delete-cancelled"))
        self._nav.close(turn)

    def text(self, turn: Turn, text: str) -> bool:
        return False
