"""Logic shared by several flows."""

from __future__ import annotations

from bot.engine.outbound import Text
from bot.engine.registry import ActionContext, FlowContext, Registry, has_flag

SAFETY_FLAG = "safety_concern"

# Said first on a result once fear or control was said, before anything about the partner.
SAFETY_LEAD = "safety-lead"


def note_safety_concern(ctx: ActionContext) -> None:
    """The person said fear, threats or control are part of this: flows speak accordingly."""
    ctx.flags.add(SAFETY_FLAG)


def safety_lead(ctx: FlowContext) -> list[Text]:
    return [Text(SAFETY_LEAD)] if SAFETY_FLAG in ctx.flags else []


def no_safety_concern(ctx: FlowContext) -> bool:
    return SAFETY_FLAG not in ctx.flags


def register(registry: Registry) -> None:
    registry.action("note_safety_concern", note_safety_concern)
    registry.condition("safety_concern", has_flag(SAFETY_FLAG))
    registry.condition("no_safety_concern", no_safety_concern)
    registry.composer("safety_lead", safety_lead, {SAFETY_LEAD})
