"""One ``transitions`` machine per flow, shared by every person.

A person's step is set on a scratch model for the length of one trigger; nothing about a
person stays attached to the machine between updates.
"""

from __future__ import annotations

import threading
from collections.abc import Mapping
from typing import Any, cast

from transitions import EventData, Machine

from bot.engine.flowspec import FlowSpec, Route
from bot.engine.registry import Condition, FlowContext

TEXT_TRIGGER = "text"


def choice_trigger(choice_id: str) -> str:
    return f"pick_{choice_id}"


class _Cursor:
    """The scratch model: holds one person's step and context during one trigger."""

    state: str
    context: FlowContext


class FlowMachine:
    def __init__(self, spec: FlowSpec, conditions: Mapping[str, Condition]) -> None:
        self.spec = spec
        self._cursor = _Cursor()
        self._lock = threading.Lock()  # the stores may run decisions on their own thread
        self._machine = Machine(
            model=self._cursor,
            states=list(spec.steps),
            initial=spec.start,
            auto_transitions=False,
            send_event=True,
        )
        for step_id, step in spec.steps.items():
            for choice in step.choices:
                self._add(choice_trigger(choice.id), step_id, choice.routes, conditions)
            if step.text is not None:
                self._add(TEXT_TRIGGER, step_id, step.text.routes, conditions)

    def _add(
        self, trigger: str, source: str, routes: list[Route], conditions: Mapping[str, Condition]
    ) -> None:
        for route in routes:
            checks: list[Any] = []
            if route.when is not None:
                checks.append(_bind(conditions[route.when]))
            self._machine.add_transition(trigger, source, route.to, conditions=checks)

    def advance(self, step: str, trigger: str, context: FlowContext) -> str | None:
        """The step after ``trigger`` fires at ``step``; None if no transition applies."""
        with self._lock:
            cursor = self._cursor
            self._machine.set_state(step, model=cursor)
            cursor.context = context
            try:
                moved = self._machine.events[trigger].trigger(cursor)
            finally:
                del cursor.context
            return cursor.state if moved else None


def _bind(condition: Condition) -> Any:
    def check(event: EventData) -> bool:
        return condition(cast(_Cursor, event.model).context)

    return check
