"""Logic of the agreement conversation flow.

The summary is a pure function of the answers: the areas grouped by how the person
answered them (with their own words where they said what they need), then how to hold
the real conversation. It never turns an answer into a rule to enforce on a partner.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from bot.engine.logic.common import SAFETY_FLAG
from bot.engine.logic.words import own_words
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
    "sexting",
    "private_messages",
    "coworker",
    "complaining",
    "basically_single",
    "intimate_sharing",
    "emotional_dependency",
    "secret_plans",
)

AREA_LINES: Mapping[str, str] = {key: f"agreement-area-{key.replace('_', '-')}" for key in AREAS}

# The answers every area offers, in the order the summary lists their groups. "need" is
# the person saying what they need there, in their own words (kept under NEED_PREFIX+area,
# never compared or shared with a partner).
ANSWERS: tuple[str, ...] = ("fine", "not_fine", "depends", "unsure", "talk", "need")
NEED_PREFIX = "need_"
# Words typed at an area instead of a button: taken as "it depends", kept beside it.
DEPENDS_PREFIX = "depends_"

GROUP_LINES: Mapping[str, str] = {
    "fine": "agreement-group-fine",
    "not_fine": "agreement-group-not-fine",
    "depends": "agreement-group-depends",
    "unsure": "agreement-group-unsure",
    "talk": "agreement-group-talk",
    "need": "agreement-group-need",
}

# Said after the groups, always, in this order.
HOW_TO_HOLD: tuple[str, ...] = ("agreement-how", "agreement-never-said")


@dataclass(frozen=True, slots=True)
class Grouping:
    """Area keys per answer, each in the order the flow asks them."""

    fine: tuple[str, ...] = ()
    not_fine: tuple[str, ...] = ()
    depends: tuple[str, ...] = ()
    unsure: tuple[str, ...] = ()
    talk: tuple[str, ...] = ()
    need: tuple[str, ...] = ()

    def of(self, answer: str) -> tuple[str, ...]:
        by_answer = {
            "fine": self.fine,
            "not_fine": self.not_fine,
            "depends": self.depends,
            "unsure": self.unsure,
            "talk": self.talk,
            "need": self.need,
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


def _item(answers: Mapping[str, str], answer: str, key: str) -> Text:
    """One area in its group; under "need" and "it depends", with the person's own words
    when they gave some."""
    area = Text(AREA_LINES[key])
    prefix = {"need": NEED_PREFIX, "depends": DEPENDS_PREFIX}.get(answer)
    own = own_words(answers.get(prefix + key) or "") if prefix else ""
    if own:
        return Text("agreement-need-item", {"area": area, "need": own})
    return Text("list-item", {"item": area})


def compose_summary(ctx: FlowContext) -> list[Text]:
    """The summary; with fear or control said, safety is the first thing it says."""
    grouping = group(ctx.answers)
    parts = [Text("agreement-safety-first")] if SAFETY_FLAG in ctx.flags else []
    parts.append(Text("agreement-summary-intro"))
    if grouping.empty:
        parts.append(Text("agreement-summary-none"))
    for answer in ANSWERS:
        keys = grouping.of(answer)
        if keys:
            items = TextList(tuple(_item(ctx.answers, answer, k) for k in keys))
            parts.append(Text(GROUP_LINES[answer], {"areas": items}))
    if grouping.depends:
        parts.append(Text("agreement-depends-note"))
    if grouping.unsure:
        parts.append(Text("agreement-unsure-note"))
    parts += [Text(msg_id) for msg_id in HOW_TO_HOLD]
    parts.append(Text("agreement-summary-next"))
    return parts


def register(registry: Registry) -> None:
    """Register this flow's composer."""
    emits = {
        "agreement-summary-intro",
        "agreement-summary-none",
        "agreement-unsure-note",
        "agreement-depends-note",
        "agreement-need-item",
        "agreement-safety-first",
        "agreement-summary-next",
        "list-item",
        *HOW_TO_HOLD,
        *GROUP_LINES.values(),
        *AREA_LINES.values(),
    }
    registry.composer("agreement_summary", compose_summary, emits)
