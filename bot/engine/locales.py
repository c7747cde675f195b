"""Choosing a person's language from what Telegram tells us."""

from __future__ import annotations

from collections.abc import Sequence

DEFAULT_LOCALE = "en"


def pick_locale(hint: str | None, supported: Sequence[str]) -> str:
    """A supported language for a hint like ``pt-BR``; English when none fits."""
    if hint:
        base = hint.replace("_", "-").split("-", 1)[0].lower()
        if base in supported:
            return base
    return DEFAULT_LOCALE
