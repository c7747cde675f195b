"""Logic of the after-the-conversation repair flow: pure functions of the answers.

The person picks a role (``did``, ``affected`` or ``together``) and, optionally, one part of
the repair to look at more closely (``focus``). The texts for each pair live in tables, so
a wrong pairing is a table lookup away from being found, and tests read the same tables.

A closer look fits a screen: its title and first point come first, on their own; the rest
(``<id>-more``) follows folded. With fear or control said, the safety line comes before it,
in a message of its own (the step's lead).
"""

from __future__ import annotations

from collections.abc import Mapping

from bot.engine.logic.common import SAFETY_FLAG
from bot.engine.outbound import BREAK, Text, fold
from bot.engine.registry import FlowContext, Registry, answer_is

ROLES = ("did", "affected", "together")

# (role, focus) -> the closer look at that part of the repair.
PRACTICE: Mapping[tuple[str, str], str] = {
    ("did", "steady"): "repair-practice-did-steady",
    ("did", "volunteer"): "repair-practice-did-volunteer",
    ("did", "again"): "repair-practice-did-again",
    ("did", "contact"): "repair-practice-did-contact",
    ("did", "why"): "repair-practice-did-why",
    ("affected", "name_help"): "repair-practice-affected-name-help",
    ("affected", "reassurance"): "repair-practice-affected-reassurance",
    ("affected", "weapon"): "repair-practice-affected-weapon",
    ("affected", "support"): "repair-practice-affected-support",
    ("together", "steady"): "repair-practice-together-steady",
    ("together", "hurt"): "repair-practice-together-hurt",
    ("together", "ask"): "repair-practice-together-ask",
}
PRACTICE_FALLBACK = "repair-practice-fallback"  # one line: nothing more to fold
MORE = "-more"  # the id of the rest of a closer look: "<id>-more"

# What the daily check-in will ask this role about (the check-in's middle question).
CHECKIN_ROLE_LINES: Mapping[str, str] = {
    "did": "repair-checkin-did",
    "affected": "repair-checkin-affected",
    "together": "repair-checkin-together",
}

END_ROLE_LINES: Mapping[str, str] = {
    "did": "repair-end-did",
    "affected": "repair-end-affected",
    "together": "repair-end-together",
}


def role_of(answers: Mapping[str, str]) -> str:
    """The chosen role; ``together`` (both sides) when none is known."""
    role = answers.get("role", "together")
    return role if role in ROLES else "together"


def practice_text(answers: Mapping[str, str]) -> str:
    return PRACTICE.get((role_of(answers), answers.get("focus", "")), PRACTICE_FALLBACK)


def compose_practice(ctx: FlowContext) -> list[Text]:
    """The closer look: its title and first point on their own, the rest folded."""
    head = practice_text(ctx.answers)
    if head == PRACTICE_FALLBACK:
        return [Text(head)]
    return [Text(head), BREAK, fold(Text(head + MORE))]


def compose_practice_safety(ctx: FlowContext) -> list[Text]:
    """With fear or control said, the closer look is led by a safety line of its own."""
    return [Text("repair-practice-safety")] if SAFETY_FLAG in ctx.flags else []


def compose_checkin(ctx: FlowContext) -> list[Text]:
    role = role_of(ctx.answers)
    return [
        Text("repair-checkin-intro"),
        Text(CHECKIN_ROLE_LINES[role]),
        Text("repair-checkin-promise"),
    ]


def compose_end(ctx: FlowContext) -> list[Text]:
    """The closing words; with fear or control said, safety is said first."""
    parts = [Text("repair-end-safety")] if SAFETY_FLAG in ctx.flags else []
    parts += [Text(END_ROLE_LINES[role_of(ctx.answers)]), Text("repair-end-next")]
    return parts


def _no_safety_concern(ctx: FlowContext) -> bool:
    return SAFETY_FLAG not in ctx.flags


def _did_no_safety_concern(ctx: FlowContext) -> bool:
    """The one who did it, with no fear noted: owning it (the acknowledgement) comes next."""
    return role_of(ctx.answers) == "did" and SAFETY_FLAG not in ctx.flags


def register(registry: Registry) -> None:
    registry.composer(
        "repair_practice",
        compose_practice,
        {*PRACTICE.values(), *(i + MORE for i in PRACTICE.values()), PRACTICE_FALLBACK},
    )
    registry.composer("repair_practice_safety", compose_practice_safety, {"repair-practice-safety"})
    registry.composer(
        "repair_checkin",
        compose_checkin,
        {"repair-checkin-intro", "repair-checkin-promise", *CHECKIN_ROLE_LINES.values()},
    )
    registry.composer(
        "repair_end",
        compose_end,
        {"repair-end-safety", "repair-end-next", *END_ROLE_LINES.values()},
    )
    registry.condition("repair_role_did", answer_is("role", "did"))
    registry.condition("repair_role_affected", answer_is("role", "affected"))
    registry.condition("repair_no_safety_concern", _no_safety_concern)
    registry.condition("repair_did_no_safety_concern", _did_no_safety_concern)
