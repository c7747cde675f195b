"""A screen as the engine sees it before it becomes a message: texts and choices."""

from __future__ import annotations

from dataclasses import dataclass, field

from bot.engine.outbound import Text


@dataclass(slots=True)
class Option:
    """A choice on screen: its id (checked when the token comes back) and its label."""

    id: str
    label: Text


@dataclass(slots=True)
class View:
    key: str
    parts: list[Text]
    rows: list[list[Option]] = field(default_factory=list)
    accepts_text: bool = False
    keep: bool = False  # worth keeping in the chat: the next screen must not overwrite it

    def option_ids(self) -> set[str]:
        return {o.id for row in self.rows for o in row}


def rows_of(options: list[Option], columns: int) -> list[list[Option]]:
    return [options[i : i + columns] for i in range(0, len(options), columns)]
