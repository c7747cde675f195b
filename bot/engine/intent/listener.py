"""Meets typed words wherever a button was expected: a short acknowledgement that shows
they were read, then the best next step. Never only "tap a button".

- at a button step: the offered choice the words clearly fit (one tap confirms); a step
  that keeps typed nuance (``typed`` in the flow) takes the words as that answer; someone
  flooded is offered grounding first; otherwise the question again, in fewer words;
- anywhere else (the menu, an information screen): the conversation that fits, with its
  one-line summary, a second one when unsure, or "start here" when nothing fits.

Only text the safety screen let through reaches this (the engine screens first).
"""

from __future__ import annotations

from bot.engine.flowbook import FlowBook
from bot.engine.flowrunner import FlowRunner
from bot.engine.intent.routes import (
    BEHAVIOUR_ONLY,
    GROUNDING,
    INTENT_FLOWS,
    OVERWHELMED,
    fitting_choice,
)
from bot.engine.intent.rules import NONE, Reading, Recogniser
from bot.engine.intent.screens import HEARD, Pick
from bot.engine.locales import DEFAULT_LOCALE
from bot.engine.logic.words import own_words
from bot.engine.outbound import Text
from bot.engine.session import AT_FLOW
from bot.engine.turn import Nav, Turn
from bot.engine.view import View

# What found_out leads to besides the reading: "or first take a moment".
GROUNDING_BESIDE = frozenset({"found_out"})


class Listener:
    def __init__(
        self, recogniser: Recogniser, book: FlowBook, runner: FlowRunner, nav: Nav, pick: Pick
    ) -> None:
        self._recogniser = recogniser
        self._book = book
        self._runner = runner
        self._nav = nav
        self._pick = pick

    def read(self, text: str, locale: str) -> Reading:
        return self._recogniser.read(text, locale)

    def meet(self, turn: Turn, text: str) -> None:
        reading = self.read(text, turn.person.locale or DEFAULT_LOCALE)
        session = turn.session
        if (
            session.overlay is not None
            and session.overlay.screen == HEARD
            and session.overlay.data.get("choice")
        ):
            self._nav.close(turn)  # typed again instead of confirming: read it at the step
        if not turn.person.consented:
            turn.notice(Text("heard-welcome"))
        elif session.overlay is None and session.at == AT_FLOW and session.flow is not None:
            self._at_step(turn, session.flow, text, reading)
        else:
            self.suggest(turn, reading)

    def suggest(self, turn: Turn, reading: Reading) -> None:
        """The conversations that fit what was typed (or "start here"), as a screen."""
        intents = [i for i in reading.intents if i == OVERWHELMED or i in INTENT_FLOWS]
        flows: list[str] = []
        if intents and intents[0] == OVERWHELMED:
            if len(intents) == 1:  # only flooded: steadying comes first, the rest can wait
                self._nav.open(turn, GROUNDING, {"next": None})
                turn.notice(Text("heard-ack-overwhelmed"))
                return
            flows = [INTENT_FLOWS[intents[1]], GROUNDING]  # what fits, or first a moment
        elif intents:
            flows.append(INTENT_FLOWS[intents[0]])
            if not reading.sure and len(intents) > 1:
                flows.append(GROUNDING if intents[1] == OVERWHELMED else INTENT_FLOWS[intents[1]])
            elif intents[0] in GROUNDING_BESIDE:
                flows.append(GROUNDING)
        elif reading.behaviour != NONE:  # only a behaviour named: where it sits
            flows.append(INTENT_FLOWS[BEHAVIOUR_ONLY])
        ack = [f"heard-ack-{intents[0].replace('_', '-')}"] if intents else ["heard-ack"]
        data: dict[str, object] = {"ack": ack, "flows": flows, "behaviour": reading.behaviour}
        self._nav.open(turn, HEARD, data)

    def _at_step(self, turn: Turn, flow_id: str, text: str, reading: Reading) -> None:
        view = self._runner.view(turn, flow_id)
        offered = [o.id for row in view.rows for o in row]
        choice = fitting_choice(offered, reading.answers, reading.behaviour)
        typed = self._runner.typed_choice(turn, flow_id)
        if choice is not None and choice != typed:
            data: dict[str, object] = {
                "ack": ["heard-ack-step"],
                "choice": choice,
                "label": _label(view, choice),
            }
            self._nav.open(turn, HEARD, data)
            return
        if typed is not None:
            words = turn.fitting_text(text, self._runner.TYPED_MAX)
            if words is not None:
                self._runner.take_typed(turn, flow_id, words)
                turn.notice(
                    Text("heard-typed-kept", {"words": own_words(words), "choice": Text(_label(view, typed))})
                )
            return
        if reading.top == OVERWHELMED and reading.sure:
            self._nav.open(turn, GROUNDING, {"next": flow_id})  # then back to this conversation
            turn.notice(Text("heard-ack-overwhelmed"))
            return
        turn.notice(Text("heard-again" if self._runner.asks_now(turn, flow_id) else "heard-again-here"))
        turn.brief = True


def _label(view: View, choice: str) -> str:
    return next(o.label.id for row in view.rows for o in row if o.id == choice)
