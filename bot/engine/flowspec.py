"""Flows as data: the typed model of ``flows/*.yaml``.

The YAML holds states, choices, transitions, condition names and message ids; logic stays
in code (see :mod:`bot.engine.registry`) and words stay in ``locales/``.
"""

from __future__ import annotations

import re
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator

from bot.engine.tokens import MAX_CHOICE_ID

SCHEMA_VERSION = 1
_NAME = re.compile(r"^[a-z][a-z0-9_]*$")
_MSG_ID = re.compile(r"^[a-zA-Z][a-zA-Z0-9_-]*$")


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


def _check_msg_id(value: str) -> str:
    if not _MSG_ID.match(value):
        raise ValueError(f"{value!r} is not a valid message id")
    return value


class Route(_Model):
    """Go to ``to`` if the named condition holds (or always, without ``when``)."""

    to: str
    when: str | None = None


class Choice(_Model):
    """A button. It leads to a step of this flow (``to``), or leaves it: another flow,
    the menu, or a system screen such as ``sos``."""

    id: str = Field(max_length=MAX_CHOICE_ID)
    label: str
    when: str | None = None  # shown only when this condition holds
    to: str | list[Route] | None = None
    flow: str | None = None
    menu: bool = False
    screen: str | None = None

    _check_label = field_validator("label")(_check_msg_id)

    @field_validator("id")
    @classmethod
    def _id_shape(cls, value: str) -> str:
        if not _NAME.match(value):
            raise ValueError(f"choice id {value!r} must be lower_snake_case")
        return value

    @model_validator(mode="after")
    def _one_target(self) -> Choice:
        targets = [self.to is not None, self.flow is not None, self.menu, self.screen is not None]
        if sum(targets) != 1:
            raise ValueError("a choice needs exactly one of: to, flow, menu, screen")
        return self

    @property
    def routes(self) -> list[Route]:
        if self.to is None:
            return []
        return [Route(to=self.to)] if isinstance(self.to, str) else list(self.to)


class TextInput(_Model):
    """The step accepts free text, kept under ``answer`` until the flow ends."""

    answer: str
    to: str | list[Route]
    max_chars: int = Field(default=600, ge=20, le=3500)

    @property
    def routes(self) -> list[Route]:
        return [Route(to=self.to)] if isinstance(self.to, str) else list(self.to)


class TypedAnswer(_Model):
    """Typed words at a button step are taken as the choice ``choice`` (say, "it depends"),
    the words kept under ``note`` beside it until the flow ends."""

    choice: str
    note: str


class Step(_Model):
    # What comes before the step's own words: a composer that may say nothing (the safety
    # line that leads every result once fear or control was said).
    lead: str | None = None
    say: list[str] = Field(default_factory=list)
    # Said after ``say``, each in a message of its own, folded (the longer read).
    fold: list[str] = Field(default_factory=list)
    compose: str | None = None
    recap: str | None = None
    answer: str | None = None
    choices: list[Choice] = Field(default_factory=list)
    text: TextInput | None = None
    typed: TypedAnswer | None = None
    columns: int = Field(default=1, ge=1, le=4)
    terminal: bool = False
    keep: bool = False
    on_enter: list[str] = Field(default_factory=list)

    @field_validator("say", "fold")
    @classmethod
    def _say_ids(cls, value: list[str]) -> list[str]:
        for msg_id in value:
            _check_msg_id(msg_id)
        return value

    @model_validator(mode="after")
    def _unique_choices(self) -> Step:
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
        return self


class FlowSpec(_Model):
    schema_version: Literal[1]
    id: str
    title: str
    summary: str
    order: int = 100
    start: str
    recap: str
    steps: dict[str, Step]

    @field_validator("id")
    @classmethod
    def _id_shape(cls, value: str) -> str:
        if not _NAME.match(value):
            raise ValueError(f"flow id {value!r} must be lower_snake_case")
        return value

    def exits_to(self, step_id: str) -> list[str]:
        """The steps of this flow directly reachable from ``step_id``."""
        step = self.steps[step_id]
        targets = [r.to for c in step.choices for r in c.routes]
        if step.text:
            targets += [r.to for r in step.text.routes]
        return targets
