"""Logic shared by several flows."""

from __future__ import annotations

from bot.engine.registry import ActionContext, Registry, has_flag

SAFETY_FLAG = "safety_concern"


def note_safety_concern(ctx: ActionContext) -> None:
    """The person said fear, threats or control are part of this: flows speak accordingly."""
    ctx.flags.add(SAFETY_FLAG)


def register(registry: Registry) -> None:
    registry.action("note_safety_concern", note_safety_concern)
    registry.condition("safety_concern", has_flag(SAFETY_FLAG))
