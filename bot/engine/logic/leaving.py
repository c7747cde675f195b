"""Thinking about leaving: the reflection after "what can I live with, what do I deserve".

A pure function of two answers. It says which way they tend, in the person's own terms, and
always that staying and leaving are both valid; it never decides. With fear or control in
the picture it never suggests testing the partner with a request.

It fits a screen: which way the answers lean and that the choice is theirs come first, on
their own (the one place the leaving conversation says "a reflection, not a verdict"); what
was said about what they need, and that people go both ways, follow folded. With fear in the
picture and nothing asked for yet, that safety comes first is said before all of it.
"""

from __future__ import annotations

from collections.abc import Mapping

from bot.engine.logic.common import SAFETY_FLAG
from bot.engine.outbound import BREAK, Text, fold
from bot.engine.registry import FlowContext, Registry

# The first line: which way the two answers lean together.
TOWARD_LEAVING = "leaving-decision-toward-leaving"
STAYS_WITH_YOU = "leaving-decision-stays-with-you"
ROOM = "leaving-decision-room"
BETWEEN = "leaving-decision-between"

# What the person said about what they need and whether it is offered.
DESERVE_LINES: Mapping[str, str] = {
    "offered": "leaving-deserve-offered",
    "partly": "leaving-deserve-partly",
    "not_offered": "leaving-deserve-not-offered",
    "not_asked": "leaving-deserve-not-asked",
}
NOT_ASKED_SAFETY = "leaving-deserve-not-asked-safety"
YOURS = "leaving-decision-yours"  # a reflection, not a verdict: the choice and its timing are theirs
BOTH_VALID = "leaving-decision-both-valid"


def leaning(answers: Mapping[str, str]) -> str:
    live_with = answers.get("live_with")
    deserve = answers.get("deserve")
    if live_with == "carry":
        return TOWARD_LEAVING if deserve in ("partly", "not_offered") else STAYS_WITH_YOU
    if live_with == "fade" and deserve == "offered":
        return ROOM
    return BETWEEN


def compose_decision(ctx: FlowContext) -> list[Text]:
    deserve = ctx.answers.get("deserve", "")
    parts: list[Text] = []
    details: list[Text] = []
    if deserve == "not_asked" and SAFETY_FLAG in ctx.flags:
        parts += [Text(NOT_ASKED_SAFETY), BREAK]  # safety first, in a message of its own
    elif deserve in DESERVE_LINES:
        details.append(Text(DESERVE_LINES[deserve]))
    details.append(Text(BOTH_VALID))
    return [*parts, Text(leaning(ctx.answers)), Text(YOURS), BREAK, fold(*details)]


def register(registry: Registry) -> None:
    emits = {TOWARD_LEAVING, STAYS_WITH_YOU, ROOM, BETWEEN, NOT_ASKED_SAFETY, YOURS, BOTH_VALID}
    emits |= set(DESERVE_LINES.values())
    registry.composer("leaving_decision", compose_decision, emits)
