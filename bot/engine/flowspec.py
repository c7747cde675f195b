"""Flows as data: the typed model of ``flows/*.yaml`` (read with :func:`bot.engine.schema.read`).

The YAML holds states, choices, transitions, condition names and message ids; logic stays
in code (see :mod:`bot.engine.registry`) and words stay in ``locales/``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Annotated, Literal

from bot.engine.schema import within
from bot.engine.tokens import MAX_CHOICE_ID

SCHEMA_VERSION = 1
_NAME = re.compile(r"^[a-z][a-z0-9_]*$")
_MSG_ID = re.compile(r"^[a-zA-Z][a-zA-Z0-9_-]*$")


def _msg_id(value: str) -> str:
    if not _MSG_ID.match(value):
        raise ValueError(f"{value!r} is not a valid message id (a letter, then letters, digits, _ or -)")
    return value


def _choice_id(value: str) -> str:
    if len(value) > MAX_CHOICE_ID:
        raise ValueError(f"choice id {value!r} is longer than {MAX_CHOICE_ID} characters")
    if not _NAME.match(value):
        raise ValueError(f"choice id {value!r} must be lower_snake_case")
    return value


def _flow_id(value: str) -> str:
    if not _NAME.match(value):
        raise ValueError(f"flow id {value!r} must be lower_snake_case")
    return value


MsgId = Annotated[str, _msg_id]


@dataclass(frozen=True, slots=True, kw_only=True)
class Route:
    """Go to ``to`` if the named condition holds (or always, without ``when``)."""

    to: str
    when: str | None = None


@dataclass(frozen=True, slots=True, kw_only=True)
class Choice:
    """A button. It leads to a step of this flow (``to``), or leaves it: another flow,
    the menu, or a system screen such as ``sos``."""

    id: Annotated[str, _choice_id]
    label: MsgId
    when: str | None = None  # shown only when this condition holds
    to: str | list[Route] | None = None
    flow: str | None = None
    menu: bool = False
    screen: str | None = None

    def __post_init__(self) -> None:
        targets = [self.to is not None, self.flow is not None, self.menu, self.screen is not None]
        if sum(targets) != 1:
            raise ValueError("a choice needs exactly one of: to, flow, menu, screen")

    @property
    def routes(self) -> list[Route]:
        if self.to is None:
            return []
        return [Route(to=self.to)] if isinstance(self.to, str) else list(self.to)


@dataclass(frozen=True, slots=True, kw_only=True)
class TextInput:
    """The step accepts free text, kept under ``answer`` until the flow ends."""

    answer: str
    to: str | list[Route]
    max_chars: Annotated[int, within(20, 3500)] = 600

    @property
    def routes(self) -> list[Route]:
        return [Route(to=self.to)] if isinstance(self.to, str) else list(self.to)


@dataclass(frozen=True, slots=True, kw_only=True)
class TypedAnswer:
    """Typed words at a button step are taken as the choice ``choice`` (say, "it depends"),
    the words kept under ``note`` beside it until the flow ends."""

    choice: str
    note: str


@dataclass(frozen=True, slots=True, kw_only=True)
class Step:
    # What comes before the step's own words: a composer that may say nothing (the safety
    # line that leads every result once fear or control was said).
    lead: str | None = None
    say: list[MsgId] = field(default_factory=list)
    # Said after ``say``, each in a message of its own, folded (the longer read).
    fold: list[MsgId] = field(default_factory=list)
    compose: str | None = None
    recap: str | None = None
    answer: str | None = None
    choices: list[Choice] = field(default_factory=list)
    text: TextInput | None = None
    typed: TypedAnswer | None = None
    columns: Annotated[int, within(1, 4)] = 1
    terminal: bool = False
    keep: bool = False
    on_enter: list[str] = field(default_factory=list)

    def __post_init__(self) -> None:
        seen: set[str] = set()
        for choice in self.choices:
            if choice.id in seen:
                raise ValueError(f"choice id {choice.id!r} is used twice")
            seen.add(choice.id)
        if not self.say and not self.compose:
            raise ValueError("a step must say something (say or compose)")
        if self.typed is not None and (
            self.typed.choice not in seen or not self.answer or self.text is not None
        ):
            raise ValueError("typed: needs an answer key, no text input, and one of the step's choices")


@dataclass(frozen=True, slots=True, kw_only=True)
class FlowSpec:
    schema_version: Literal[1]
    id: Annotated[str, _flow_id]
    title: str
    summary: str
    order: int = 100
    start: str
    recap: str
    steps: dict[str, Step]

    def exits_to(self, step_id: str) -> list[str]:
        """The steps of this flow directly reachable from ``step_id``."""
        step = self.steps[step_id]
        targets = [r.to for c in step.choices for r in c.routes]
        if step.text:
            targets += [r.to for r in step.text.routes]
        return targets
