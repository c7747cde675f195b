"""Named conditions, composers and actions that flows may refer to.

Flows name these; they never point at code by import path. A flow naming something that
is not registered here fails validation at start-up.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field

from bot.engine.outbound import Text


@dataclass(frozen=True, slots=True)
class FlowContext:
    """What a condition or composer may look at: the flow's answers and the session flags."""

    answers: Mapping[str, str]
    flags: frozenset[str] = frozenset()


@dataclass(slots=True)
class ActionContext:
    """What an on-enter action may change: the flow's answers and the session flags."""

    answers: dict[str, str]
    flags: set[str]


Condition = Callable[[FlowContext], bool]
Action = Callable[[ActionContext], None]


@dataclass(frozen=True, slots=True)
class Composer:
    """Builds texts from answers. ``emits`` lists every message id it can produce, so the
    start-up check can prove they all exist."""

    build: Callable[[FlowContext], list[Text]]
    emits: frozenset[str]


@dataclass(slots=True)
class Registry:
    conditions: dict[str, Condition] = field(default_factory=dict)
    composers: dict[str, Composer] = field(default_factory=dict)
    actions: dict[str, Action] = field(default_factory=dict)

    def condition(self, name: str, fn: Condition) -> None:
        self._fresh(name, self.conditions)
        self.conditions[name] = fn

    def composer(self, name: str, fn: Callable[[FlowContext], list[Text]], emits: Iterable[str]) -> None:
        self._fresh(name, self.composers)
        self.composers[name] = Composer(fn, frozenset(emits))

    def action(self, name: str, fn: Action) -> None:
        self._fresh(name, self.actions)
        self.actions[name] = fn

    @staticmethod
    def _fresh(name: str, table: Mapping[str, object]) -> None:
        if name in table:
            raise ValueError(f"{name!r} is registered twice")


def answer_is(key: str, *values: str) -> Condition:
    """A condition true when the answer under ``key`` is one of ``values``."""
    wanted = frozenset(values)

    def check(ctx: FlowContext) -> bool:
        return ctx.answers.get(key) in wanted

    return check


def has_flag(flag: str) -> Condition:
    def check(ctx: FlowContext) -> bool:
        return flag in ctx.flags

    return check
