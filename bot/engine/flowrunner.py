"""Moving a person through a flow defined in ``flows/*.yaml``."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from bot.engine.flowbook import FlowBook
from bot.engine.flowspec import Choice, FlowSpec, Step
from bot.engine.machine import TEXT_TRIGGER, choice_trigger
from bot.engine.outbound import BREAK, Text, fold
from bot.engine.registry import ActionContext, FlowContext
from bot.engine.session import AT_FLOW, FlowProgress
from bot.engine.turn import Turn
from bot.engine.view import Option, View, rows_of, with_breaks

NAV_BACK = "_back"
NAV_MENU = "_menu"


@dataclass(frozen=True, slots=True)
class Exit:
    """Where a choice leads out of the flow: ``menu``, another ``flow``, or a ``screen``."""

    kind: str
    target: str = ""


class FlowRunner:
    def __init__(self, book: FlowBook) -> None:
        self.book = book

    # -- reading -------------------------------------------------------------------------

    def context(self, turn: Turn, progress: FlowProgress) -> FlowContext:
        return FlowContext(progress.answers, frozenset(turn.session.flags))

    def view(self, turn: Turn, flow_id: str) -> View:
        spec = self.book.specs[flow_id]
        progress = turn.session.flows[flow_id]
        step = spec.steps[progress.step]
        ctx = self.context(turn, progress)
        composers = self.book.registry.composers
        lead = composers[step.lead].build(ctx) if step.lead else []
        # A lead (the safety line) is its own message, the first one.
        parts = [*lead, BREAK] if lead else []
        parts += [Text(msg_id) for msg_id in step.say]
        for msg_id in step.fold:  # each in a message of its own, folded
            parts += [BREAK, fold(Text(msg_id))]
        if step.compose:
            parts += composers[step.compose].build(ctx)
        if turn.brief and parts:
            # The question alone (a step asks last); a step that asks nothing (an introduction,
            # a result) is not said again: the notice before it points to its buttons.
            parts = [p for p in parts if p != BREAK][-1:] if self.asks(step) else []
        parts, breaks = with_breaks(parts)
        options = [Option(c.id, Text(c.label)) for c in self._visible(step, ctx)]
        rows = rows_of(options, step.columns)
        nav: list[Option] = []
        if progress.history:
            nav.append(Option(NAV_BACK, Text("nav-back")))
        if not any(c.menu for c in step.choices):
            nav.append(Option(NAV_MENU, Text("nav-menu")))
        if nav:
            rows.append(nav)
        return View(
            key=f"f:{flow_id}:{progress.step}",
            parts=parts,
            rows=rows,
            accepts_text=step.text is not None,
            keep=step.keep,
            breaks=breaks,
        )

    @staticmethod
    def asks(step: Step) -> bool:
        """The step asks a question (a choice kept as an answer, or words to type)."""
        return step.answer is not None or step.text is not None

    def asks_now(self, turn: Turn, flow_id: str) -> bool:
        progress = turn.session.flows[flow_id]
        return self.asks(self.book.specs[flow_id].steps[progress.step])

    def is_finished(self, flow_id: str, progress: FlowProgress) -> bool:
        return self.book.specs[flow_id].steps[progress.step].terminal

    def resumable(self, turn: Turn) -> list[FlowSpec]:
        """Flows left half-way, in menu order."""
        flows = turn.session.flows
        return [
            spec for spec in self.book if spec.id in flows and not self.is_finished(spec.id, flows[spec.id])
        ]

    # -- moving ----------------------------------------------------------------------------

    def enter(self, turn: Turn, flow_id: str, preset: Mapping[str, Sequence[str]] | None = None) -> None:
        """Start a flow, or resume it with a one-line recap if it was left half-way.

        ``preset``: answers already given in the person's own words (the behaviour named at
        the menu), as the choice ids they may stand for, by answer key. A step asking one of
        them is passed when exactly one of its choices fits (see :meth:`_settle`)."""
        session = turn.session
        spec = self.book.specs[flow_id]
        progress = session.flows.get(flow_id)
        if progress is not None and self.is_finished(flow_id, progress):
            progress = None  # a finished flow starts afresh
        session.at, session.flow = AT_FLOW, flow_id
        fresh = progress is None
        if progress is None:
            progress = FlowProgress(step=spec.start)
            session.flows[flow_id] = progress
        for key, choices in (preset or {}).items():
            if key not in progress.answers and choices:
                progress.preset[key] = list(choices)
        if fresh:
            self._on_enter(turn, spec.steps[spec.start], progress)
        else:
            step = spec.steps[progress.step]
            turn.notice(
                Text("flow-resume", {"title": Text(spec.title)}),
                Text(step.recap or spec.recap, {"answered": len(progress.answers)}),
            )
        self._settle(turn, spec, progress)

    def choose(self, turn: Turn, choice_id: str) -> Exit | None:
        flow_id = turn.session.flow
        assert flow_id is not None
        spec = self.book.specs[flow_id]
        progress = turn.session.flows[flow_id]
        step = spec.steps[progress.step]
        if choice_id == NAV_BACK:
            self.back(turn)
            return None
        if choice_id == NAV_MENU:
            return self._leave(turn, Exit("menu"))
        choice = _find(step, choice_id)
        if step.answer:
            progress.answers[step.answer] = choice.id
        if choice.to is not None:
            self._advance(turn, spec, progress, choice_trigger(choice.id))
            return None
        if choice.flow is not None:
            return self._leave(turn, Exit("flow", choice.flow))
        if choice.screen is not None:
            return Exit("screen", choice.screen)  # an overlay: the flow stays where it is
        return self._leave(turn, Exit("menu"))

    def text(self, turn: Turn, text: str) -> bool:
        """Take free text at a step that asks for it; False if the step wants a button."""
        flow_id = turn.session.flow
        assert flow_id is not None
        spec = self.book.specs[flow_id]
        progress = turn.session.flows[flow_id]
        step = spec.steps[progress.step]
        if step.text is None:
            return False
        answer = turn.fitting_text(text, step.text.max_chars)
        if answer is None:
            return True
        progress.answers[step.text.answer] = answer
        self._advance(turn, spec, progress, TEXT_TRIGGER)
        return True

    # Typed nuance kept beside a button answer (``typed`` steps) is at most this long.
    TYPED_MAX = 300

    def typed_choice(self, turn: Turn, flow_id: str) -> str | None:
        """The choice typed words stand for at the current step, if the step keeps them."""
        step = self.book.specs[flow_id].steps[turn.session.flows[flow_id].step]
        return step.typed.choice if step.typed is not None else None

    def take_typed(self, turn: Turn, flow_id: str, words: str) -> None:
        """Typed words at a ``typed`` step: its choice, with the words kept beside it."""
        spec = self.book.specs[flow_id]
        progress = turn.session.flows[flow_id]
        step = spec.steps[progress.step]
        assert step.typed is not None
        assert step.answer is not None
        progress.answers[step.answer] = step.typed.choice
        progress.answers[step.typed.note] = words
        self._advance(turn, spec, progress, choice_trigger(step.typed.choice))

    def way_on(self, turn: Turn, screen: str) -> str | None:
        """The step's one choice that goes on in the flow, when the step offers ``screen``
        beside it (set up a check-in, or carry on): taken once that screen has done its job,
        so the step isn't shown again. None if the step doesn't offer the screen, or offers
        several ways on."""
        progress = turn.session.progress
        if progress is None or turn.session.flow is None:
            return None
        step = self.book.specs[turn.session.flow].steps[progress.step]
        visible = self._visible(step, self.context(turn, progress))
        if not any(c.screen == screen for c in visible):
            return None
        moving = [c.id for c in visible if c.to is not None]
        return moving[0] if len(moving) == 1 else None

    def back(self, turn: Turn) -> bool:
        """Go to the previous step, forgetting the answer given there and after it."""
        flow_id = turn.session.flow
        if flow_id is None or flow_id not in turn.session.flows:
            return False
        spec = self.book.specs[flow_id]
        progress = turn.session.flows[flow_id]
        if not progress.history:
            return False
        for step_id in (progress.step, progress.history[-1]):
            step = spec.steps[step_id]
            for key in (
                step.answer,
                step.text.answer if step.text else None,
                step.typed.note if step.typed else None,
            ):
                if key:
                    progress.answers.pop(key, None)
        progress.step = progress.history.pop()
        return True

    def drop(self, turn: Turn, flow_id: str) -> None:
        turn.session.flows.pop(flow_id, None)
        if turn.session.flow == flow_id:
            turn.session.flow = None

    def _leave(self, turn: Turn, exit_: Exit) -> Exit:
        flow_id = turn.session.flow
        if flow_id is not None and self.is_finished(flow_id, turn.session.flows[flow_id]):
            self.drop(turn, flow_id)  # done: its answers are no longer needed
        return exit_

    def _advance(self, turn: Turn, spec: FlowSpec, progress: FlowProgress, trigger: str) -> None:
        self._move(turn, spec, progress, trigger)
        self._settle(turn, spec, progress)

    def _move(self, turn: Turn, spec: FlowSpec, progress: FlowProgress, trigger: str) -> None:
        machine = self.book.machines[spec.id]
        target = machine.advance(progress.step, trigger, self.context(turn, progress))
        if target is None:  # validation makes every route list end unconditionally
            raise RuntimeError(f"{spec.id}: no transition for {trigger} at {progress.step}")
        progress.history.append(progress.step)
        progress.step = target
        self._on_enter(turn, spec.steps[target], progress)

    # -- answers given before the flow asked ------------------------------------------------

    def _settle(self, turn: Turn, spec: FlowSpec, progress: FlowProgress) -> None:
        """Pass the steps a preset answers, as if their button had been tapped (each stays in
        the history, so /back reaches it to change the answer): a step asking a preset key
        whose choices fit it exactly once, and a question on the way whose choices lead to
        different steps asking that key, only one of which can take it (the spectrum's
        topic before the behaviour). Anything else is asked as usual."""
        for _ in range(len(spec.steps)):  # each pass moves one step forward
            if not progress.preset:
                return
            step = spec.steps[progress.step]
            found = self._preset_choice(turn, spec, step, progress)
            if found is None:
                return
            choice, taken = found
            assert step.answer is not None
            progress.answers[step.answer] = choice.id
            if taken:
                turn.notice(Text("heard-preset-taken", {"choice": Text(choice.label)}))
            self._move(turn, spec, progress, choice_trigger(choice.id))

    def _preset_choice(
        self, turn: Turn, spec: FlowSpec, step: Step, progress: FlowProgress
    ) -> tuple[Choice, bool] | None:
        """The choice a preset makes at ``step`` and whether it is the preset answer itself
        (True) or the way to the step that asks it (False); None when the step is asked."""
        if step.answer is None or step.text is not None or step.terminal:
            return None
        ctx = self.context(turn, progress)
        moving = [c for c in self._visible(step, ctx) if c.to is not None]
        wanted = progress.preset.pop(step.answer, None)  # reached: used now, or not at all
        if wanted is not None:
            fits = [c for c in moving if c.id in wanted]
            return (fits[0], True) if len(fits) == 1 else None
        machine = self.book.machines[spec.id]
        leads = {c.id: machine.advance(progress.step, choice_trigger(c.id), ctx) for c in moving}
        for key, wanted_there in progress.preset.items():
            asking = {c: t for c, t in leads.items() if t is not None and spec.steps[t].answer == key}
            if len(set(asking.values())) < 2:
                continue  # not a fork between questions asking this key
            takers = [
                c
                for c, t in asking.items()
                if any(o.id in wanted_there for o in self._visible(spec.steps[t], ctx))
            ]
            if len(takers) == 1:
                return _find(step, takers[0]), False
        return None

    def _on_enter(self, turn: Turn, step: Step, progress: FlowProgress) -> None:
        if not step.on_enter:
            return
        flags = set(turn.session.flags)
        ctx = ActionContext(progress.answers, flags)
        for name in step.on_enter:
            self.book.registry.actions[name](ctx)
        turn.session.flags = sorted(flags)

    def _visible(self, step: Step, ctx: FlowContext) -> list[Choice]:
        conditions = self.book.registry.conditions
        return [c for c in step.choices if c.when is None or conditions[c.when](ctx)]


def _find(step: Step, choice_id: str) -> Choice:
    for choice in step.choices:
        if choice.id == choice_id:
            return choice
    raise KeyError(choice_id)
