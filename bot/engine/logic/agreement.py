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
from bot.engine.outbound import BREAK, Text, TextList, fold
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

# Said after the groups, folded ("we never said we couldn't" only when not everything was fine).
HOW_TO_HOLD: tuple[str, ...] = ("agreement-how", "agreement-never-said")
ITEMS_PER_MESSAGE = 12


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
    """With fear or control said, safety first, in a message of its own. Then where the
    person stands, counted, on one screen; the areas group by group (a long list goes on in
    the next message); then how to hold the conversation, folded. "We never said we
    couldn't" is left out when every area placed was fine: there is no gap to close."""
    grouping = group(ctx.answers)
    parts = [Text("agreement-safety-first"), BREAK] if SAFETY_FLAG in ctx.flags else []
    parts.append(Text("agreement-summary-intro"))
    if grouping.empty:
        parts.append(Text("agreement-summary-none"))
    else:
        tally = [
            Text(f"agreement-tally-{a.replace('_', '-')}", {"n": len(grouping.of(a))})
            for a in ANSWERS
            if grouping.of(a)
        ]
        parts.append(Text("agreement-tally", {"lines": TextList(tuple(tally))}))
    room = 0  # items still fitting in the message being filled (a typed note counts for 3)
    for answer in ANSWERS:
        items = [_item(ctx.answers, answer, k) for k in grouping.of(answer)]
        while items:
            if room <= 0:
                parts.append(BREAK)
                room = ITEMS_PER_MESSAGE
            cost = [3 if i.id == "agreement-need-item" else 1 for i in items]
            take = 1
            while take < len(items) and sum(cost[: take + 1]) <= room:
                take += 1
            chunk = TextList(tuple(items[:take]))
            first = len(items) == len(grouping.of(answer))
            parts.append(
                Text(GROUP_LINES[answer], {"areas": chunk})
                if first
                else Text("list-plain", {"reasons": chunk})
            )
            room -= sum(cost[:take])
            items = items[take:]
    notes = []
    if grouping.depends:
        notes.append(Text("agreement-depends-note"))
    if grouping.unsure:
        notes.append(Text("agreement-unsure-note"))
    parts += [BREAK, fold(*notes, Text("agreement-how"))]
    if grouping.empty or any(grouping.of(a) for a in ANSWERS if a != "fine"):
        parts += [BREAK, fold(Text("agreement-never-said"))]
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
        "list-plain",
        "agreement-tally",
        *(f"agreement-tally-{a.replace('_', '-')}" for a in ANSWERS),
        *HOW_TO_HOLD,
        *GROUP_LINES.values(),
        *AREA_LINES.values(),
    }
    registry.composer("agreement_summary", compose_summary, emits)
