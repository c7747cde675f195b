"""Flow logic in code: the conditions, composers and actions flows refer to by name."""

from __future__ import annotations

from bot.engine.logic import agreement, common, dealbreaker, leaving, owning, raise_it, repair, spectrum
from bot.engine.registry import Registry


def default_registry() -> Registry:
    registry = Registry()
    for module in (common, dealbreaker, raise_it, repair, agreement, spectrum, owning, leaving):
        module.register(registry)
    return registry
