"""The library: short pieces to read, each in under a minute.

Reached from the menu, from ``/learn``, or from a button at the moment a piece matters (a
flow's ``screen: learn_<piece>``). A piece is one page, or two with "read on" between them;
"back to where I was" returns to the step or result it was opened from. The words live in
``locales/*/learn.ftl``: ``learn-<piece>`` (the first page), ``learn-<piece>-more`` (the
second, for pieces in :data:`TWO_PAGES`) and ``learn-<piece>-title`` (its button).
"""

from __future__ import annotations

from bot.engine.outbound import Text
from bot.engine.turn import Nav, Turn
from bot.engine.view import Option, View

INDEX = "learn"
PIECES: tuple[str, ...] = (
    "what",
    "spectrum",
    "why",
    "symptom",
    "cycle",
    "never_touched",
    "never_said",
)
TWO_PAGES = frozenset({"what", "why", "cycle"})
BACK = Option("back", Text("btn-back-to-where"))


def screen_name(piece: str) -> str:
    return f"{INDEX}_{piece}"


def message_id(piece: str, suffix: str = "") -> str:
    return f"learn-{piece.replace('_', '-')}{suffix}"


# Every screen of the library, for flows to open with `screen:`.
SCREENS: tuple[str, ...] = (INDEX, *(screen_name(p) for p in PIECES))


class LibraryScreen:
    """The list of pieces."""

    name = INDEX

    def __init__(self, nav: Nav) -> None:
        self._nav = nav

    def view(self, turn: Turn) -> View:
        rows = [[Option(f"p_{piece}", Text(message_id(piece, "-title")))] for piece in PIECES]
        rows.append([BACK])
        return View(key="o:learn", parts=[Text("learn-intro")], rows=rows)

    def choose(self, turn: Turn, choice: str) -> None:
        piece = choice[2:] if choice.startswith("p_") else None
        if piece in PIECES:
            self._nav.open(turn, screen_name(piece))
        else:
            self._nav.close(turn)

    def text(self, turn: Turn, text: str) -> bool:
        return False


class PieceScreen:
    """One piece, page by page, with a way to the rest of the library and one back."""

    def __init__(self, nav: Nav, piece: str) -> None:
        self.name = screen_name(piece)
        self.piece = piece
        self._nav = nav

    def view(self, turn: Turn) -> View:
        overlay = turn.session.overlay
        second = overlay is not None and overlay.data.get("page") == 2 and self.piece in TWO_PAGES
        parts = [Text(message_id(self.piece, "-more" if second else ""))]
        rows: list[list[Option]] = []
        if self.piece in TWO_PAGES and not second:
            rows.append([Option("more", Text("learn-read-on"))])
        rows.append([Option("index", Text("learn-other-pieces"))])
        rows.append([BACK])
        return View(key=f"o:{self.name}:{2 if second else 1}", parts=parts, rows=rows, keep=True)

    def choose(self, turn: Turn, choice: str) -> None:
        overlay = turn.session.overlay
        if choice == "more" and overlay is not None:
            overlay.data["page"] = 2
        elif choice == "index":
            self._nav.open(turn, INDEX)
        else:
            self._nav.close(turn)

    def text(self, turn: Turn, text: str) -> bool:
        return False


def screens(nav: Nav) -> list[LibraryScreen | PieceScreen]:
    return [LibraryScreen(nav), *(PieceScreen(nav, piece) for piece in PIECES)]
