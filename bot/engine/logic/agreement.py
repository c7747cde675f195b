"""Logic of the agreement conversation flow.

The summary is a pure function of the answers: the nine areas grouped by how the person
answered them, then how to hold the real conversation. It never turns an answer into a
rule to enforce on a partner.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from bot.engine.logic.common import SAFETY_FLAG
from bot.engine.outbound import Text, TextList
from bot.engine.registry import FlowContext, Registry

# The areas, in the order the flow asks them. Each key is both the step id and the answer
# key; a later feature pairs two partners' answers by these exact keys.
AREAS: tuple[str, ...] = (
    "friendships",
    "ex_contact",
    "ex_online",
    "dating_apps",
    "flirting",
    "private_messages",
    "coworker",
    "intimate_sharing",
    "secret_plans",
)

AREA_LINES: Mapping[str, str] = {key: f"agreement-area-{key.replace('_', '-')}" for key in AREAS}

# The four answers every area offers, in the order the summary lists their groups.
ANSWERS: tuple[str, ...] = ("fine", "not_fine", "unsure", "talk")

GROUP_LINES: Mapping[str, str] = {
    "fine": "agreement-group-fine",
    "not_fine": "agreement-group-not-fine",
    "unsure": "agreement-group-unsure",
    "talk": "agreement-group-talk",
}

# Said after the groups, always, in this order.
HOW_TO_HOLD: tuple[str, ...] = ("agreement-how", "agreement-never-said")


@dataclass(frozen=True, slots=True)
class Grouping:
    """Area keys per answer, each in the order the flow asks them."""

    fine: tuple[str, ...] = ()
    not_fine: tuple[str, ...] = ()
    unsure: tuple[str, ...] = ()
    talk: tuple[str, ...] = ()

    def of(self, answer: str) -> tuple[str, ...]:
        by_answer = {
            "fine": self.fine,
            "not_fine": self.not_fine,
            "unsure": self.unsure,
            "talk": self.talk,
        }
        return by_answer[answer]

    @property
    def empty(self) -> bool:
        return not any(self.of(a) for a in ANSWERS)


def group(answers: Mapping[str, str]) -> Grouping:
    """Sort the answered areas by answer. Unanswered areas and unknown answers are left out."""
    buckets: dict[str, list[str]] = {a: [] for a in ANSWERS}
    for key in AREAS:
        answer = answers.get(key)
        if answer in buckets:
            buckets[answer].append(key)
    return Grouping(**{a: tuple(keys) for a, keys in buckets.items()})


def compose_summary(ctx: FlowContext) -> list[Text]:
    grouping = group(ctx.answers)
    parts = [Text("agreement-summary-intro")]
    if grouping.empty:
        parts.append(Text("agreement-summary-none"))
    for answer in ANSWERS:
        keys = grouping.of(answer)
        if keys:
            items = TextList(tuple(Text("list-item", {"item": Text(AREA_LINES[k])}) for k in keys))
            parts.append(Text(GROUP_LINES[answer], {"areas": items}))
    if grouping.unsure:
        parts.append(Text("agreement-unsure-note"))
    parts += [Text(msg_id) for msg_id in HOW_TO_HOLD]
    if SAFETY_FLAG in ctx.flags:
        parts.append(Text("agreement-safety-first"))
    parts.append(Text("agreement-summary-next"))
    return parts


def register(registry: Registry) -> None:
    """Register this flow's composer."""
    emits = {
        "agreement-summary-intro",
        "agreement-summary-none",
        "agreement-unsure-note",
        "agreement-safety-first",
        "agreement-summary-next",
        "list-item",
        *HOW_TO_HOLD,
        *GROUP_LINES.values(),
        *AREA_LINES.values(),
    }
    registry.composer("agreement_summary", compose_summary, emits)
