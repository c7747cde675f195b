"""A way to a human: ``/coach`` forwards only what the person writes for the coach, and their
username only if they agree."""

from __future__ import annotations

from dataclasses import dataclass

from bot.engine.outbound import Forward, Reply, Text
from bot.engine.turn import Nav, Turn
from bot.engine.view import Option, View

COACH_MAX = 1500


@dataclass(frozen=True, slots=True)
class CoachOptions:
    """A human coach people may write to: where their words go, and who the coach is."""

    chat_id: int
    about: str


class CoachScreen:
    name = "coach"

    def __init__(self, nav: Nav, options: CoachOptions | None) -> None:
        self._nav = nav
        self._options = options

    def view(self, turn: Turn) -> View:
        assert turn.session.overlay is not None
        data = turn.session.overlay.data
        if self._options is None:
            return View(
                key="o:coach:none",
                parts=[Text("coach-none")],
                rows=[[Option("back", Text("btn-back-to-where"))]],
            )
        if "share" not in data:
            rows = [
                [Option("share", Text("coach-share-username"))],
                [Option("anon", Text("coach-anonymous"))],
                [Option("back", Text("btn-back-to-where"))],
            ]
            return View(
                key="o:coach:consent",
                parts=[Text("coach-intro", {"about": self._options.about}), Text("coach-consent")],
                rows=rows,
            )
        return View(
            key="o:coach:write",
            parts=[Text("coach-write", {"max": COACH_MAX})],
            rows=[[Option("back", Text("coach-cancel"))]],
            accepts_text=True,
        )

    def choose(self, turn: Turn, choice: str) -> None:
        assert turn.session.overlay is not None
        if choice in ("share", "anon"):
            turn.session.overlay.data["share"] = choice == "share"
            return
        self._nav.close(turn)

    def text(self, turn: Turn, text: str) -> bool:
        assert turn.session.overlay is not None
        data = turn.session.overlay.data
        if self._options is None or "share" not in data:
            return False
        message = turn.fitting_text(text, COACH_MAX)
        if message is None:
            return True
        username = turn.event.username if data.get("share") else None
        sender = (
            Text("coach-from-username", {"username": f"@{username}"})
            if username
            else Text("coach-from-anonymous")
        )
        # The message goes straight to the coach's chat; Candor keeps no copy once it is sent.
        turn.out.append(
            Forward(
                chat_id=self._options.chat_id,
                text=Text("coach-forward", {"from": sender, "message": message}),
            )
        )
        turn.out.append(Reply(parts=(Text("coach-sent" if username else "coach-sent-anonymous"),)))
        self._nav.close(turn)
        return True
