"""A screen as the engine sees it before it becomes a message: texts and choices."""

from __future__ import annotations

import itertools
from dataclasses import dataclass, field

from bot.engine.outbound import BREAK, Text


@dataclass(slots=True)
class Option:
    """A choice on screen: its id (checked when the token comes back) and its label."""

    id: str
    label: Text


@dataclass(slots=True)
class View:
    """``parts`` are shown in one chat message, or in several: each index in ``breaks``
    starts a new one (a result's headline stands alone, its reasons follow); the choices go
    under the last."""

    key: str
    parts: list[Text]
    rows: list[list[Option]] = field(default_factory=list)
    accepts_text: bool = False
    keep: bool = False  # worth keeping in the chat: the next screen must not overwrite it
    breaks: tuple[int, ...] = ()

    def option_ids(self) -> set[str]:
        return {o.id for row in self.rows for o in row}

    def messages(self) -> list[list[Text]]:
        """The parts, message by message (never an empty one)."""
        cuts = [0, *sorted(b for b in set(self.breaks) if 0 < b < len(self.parts)), len(self.parts)]
        return [self.parts[a:b] for a, b in itertools.pairwise(cuts) if a < b] or [[]]


def with_breaks(parts: list[Text]) -> tuple[list[Text], tuple[int, ...]]:
    """Parts as composed, ``BREAK`` markers taken out and turned into message breaks."""
    kept: list[Text] = []
    breaks: list[int] = []
    for part in parts:
        if part == BREAK:
            breaks.append(len(kept))
        else:
            kept.append(part)
    return kept, tuple(breaks)


def rows_of(options: list[Option], columns: int) -> list[list[Option]]:
    return [options[i : i + columns] for i in range(0, len(options), columns)]
