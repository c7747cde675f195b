"""Text guards look at every free-text message before any flow sees it."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Protocol

from bot.engine.outbound import Text


@dataclass(frozen=True, slots=True)
class GuardHit:
    """What a guard wants instead of normal routing: a screen to open, or a notice."""

    screen: str | None = None
    data: dict[str, Any] = field(default_factory=dict)
    notice: Text | None = None
    # A safety finding: an open pairing pauses, and these session flags are set.
    safety: bool = False
    flags: tuple[str, ...] = ()


class TextGuard(Protocol):
    def inspect(self, text: str, locale: str) -> GuardHit | None: ...
