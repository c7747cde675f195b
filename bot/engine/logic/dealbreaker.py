"""The dealbreaker check's reading: a pure function of the answers.

It never decides for the person. It says which way the answers tend, and shows every
reason that pointed each way, so the person can weigh them with what only they know.

Answers (keys set by ``flows/dealbreaker.yaml``): ``behaviour`` (a choice id, "other" with
``behaviour_note``, or "several" until the first of several is picked), ``also`` and
``also_2`` (more behaviours when several were named; "none" ends the list; missing in
sessions from before), then one key per question in ``FACTORS``.

Small things add up: when two or three behaviours were named, they count toward the
pattern (a reason toward dealbreaker territory beside "raised before and nothing changed":
weight 1 for two, 2 for three), and the first message of the reading names them all.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from enum import Enum

from bot.engine.logic.common import SAFETY_FLAG
from bot.engine.logic.words import cut, own_words
from bot.engine.outbound import BREAK, Text, TextList, fold
from bot.engine.registry import FlowContext, Registry, answer_is


class Leaning(Enum):
    WORKABLE = "workable"
    MIXED = "mixed"
    DEALBREAKER = "dealbreaker"


@dataclass(frozen=True, slots=True)
class Factor:
    side: str  # "workable" or "dealbreaker"
    weight: int
    message: str


# (question, answer) -> the factor it contributes. The response to being confronted weighs
# as much as the strongest signals: how someone answers for what they did tends to say
# more about repair than the behaviour itself.
FACTORS: Mapping[tuple[str, str], Factor] = {
    ("response", "owned"): Factor("workable", 2, "dealbreaker-factor-owned"),
    ("response", "minimised"): Factor("dealbreaker", 1, "dealbreaker-factor-minimised"),
    ("response", "deflected"): Factor("dealbreaker", 1, "dealbreaker-factor-deflected"),
    ("response", "turned_around"): Factor("dealbreaker", 2, "dealbreaker-factor-turned-around"),
    ("response", "denied"): Factor("dealbreaker", 2, "dealbreaker-factor-denied"),
    ("response", "angry"): Factor("dealbreaker", 2, "dealbreaker-factor-angry"),
    ("willing", "yes"): Factor("workable", 1, "dealbreaker-factor-willing"),
    ("willing", "no"): Factor("dealbreaker", 1, "dealbreaker-factor-unwilling"),
    ("pattern", "first"): Factor("workable", 1, "dealbreaker-factor-first-time"),
    ("pattern", "changed"): Factor("workable", 1, "dealbreaker-factor-changed-before"),
    ("pattern", "unchanged"): Factor("dealbreaker", 2, "dealbreaker-factor-pattern"),
    ("concealment", "open"): Factor("workable", 1, "dealbreaker-factor-open"),
    ("concealment", "extensive"): Factor("dealbreaker", 2, "dealbreaker-factor-concealment"),
    ("affair", "no"): Factor("workable", 1, "dealbreaker-factor-no-affair"),
    ("affair", "yes"): Factor("dealbreaker", 2, "dealbreaker-factor-affair"),
    ("commitment", "committed"): Factor("workable", 1, "dealbreaker-factor-committed"),
    ("commitment", "not_committed"): Factor("dealbreaker", 2, "dealbreaker-factor-not-committed"),
    ("need", "cannot"): Factor("dealbreaker", 2, "dealbreaker-factor-cannot-carry"),
}

# The behaviours this check offers, and how the reading's first message names them: briefly.
SHORT: Mapping[str, str] = {
    "texting": "behaviour-short-texting",
    "ex_online": "behaviour-short-ex-online",
    "secret_ex": "behaviour-short-secret-ex",
    "dating_app": "behaviour-short-dating-app",
    "flirting": "behaviour-short-flirting",
    "hidden_accounts": "behaviour-short-hidden-accounts",
    "coworker": "behaviour-short-coworker",
    "intimate_sharing": "behaviour-short-intimate-sharing",
    "sexting": "behaviour-short-sexting",
    "secret_plans": "behaviour-short-secret-plans",
}
BEHAVIOUR_KEYS = ("behaviour", "also", "also_2")
# Several small things together: a reason toward dealbreaker territory, counted with the
# pattern (it sits beside the pattern's own reason in the reading).
SEVERAL = "dealbreaker-factor-several"
ABOUT = "dealbreaker-about"

NEED_LINES = {
    "transparency": "dealbreaker-need-transparency",
    "time": "dealbreaker-need-time",
    "distance": "dealbreaker-need-distance",
    "support": "dealbreaker-need-support",
    "unsure": "dealbreaker-need-unsure",
    "cannot": "dealbreaker-need-cannot",
}

LEANING_LINES = {
    Leaning.WORKABLE: "dealbreaker-leaning-workable",
    Leaning.MIXED: "dealbreaker-leaning-mixed",
    Leaning.DEALBREAKER: "dealbreaker-leaning-dealbreaker",
}


@dataclass(frozen=True, slots=True)
class Reading:
    leaning: Leaning
    workable: tuple[str, ...]  # message ids of the reasons, in question order
    dealbreaker: tuple[str, ...]
    raised: bool


def behaviours_of(answers: Mapping[str, str]) -> tuple[str, ...]:
    """The named behaviours this check offers, each once, in the order picked."""
    found: list[str] = []
    for key in BEHAVIOUR_KEYS:
        value = answers.get(key)
        if value is not None and value in SHORT and value not in found:
            found.append(value)
    return tuple(found)


def several_factor(answers: Mapping[str, str]) -> Factor | None:
    """Two or three behaviours named: small things that add up, toward a pattern."""
    count = len(behaviours_of(answers))
    return Factor("dealbreaker", 1 if count == 2 else 2, SEVERAL) if count >= 2 else None


def read(answers: Mapping[str, str]) -> Reading:
    """Weigh the answers. Strong signals toward dealbreaker territory (weight 4 or more)
    lead only when they outweigh everything that points the other way."""
    workable: list[Factor] = []
    dealbreaker: list[Factor] = []
    several = several_factor(answers)
    for (question, answer), factor in FACTORS.items():
        if several is not None and question == "concealment":  # right after the pattern's
            dealbreaker.append(several)
            several = None
        if answers.get(question) == answer:
            (workable if factor.side == "workable" else dealbreaker).append(factor)
    w = sum(f.weight for f in workable)
    d = sum(f.weight for f in dealbreaker)
    if d >= 4 and d > w:
        leaning = Leaning.DEALBREAKER
    elif w >= 3 and d <= 1:
        leaning = Leaning.WORKABLE
    else:
        leaning = Leaning.MIXED
    return Reading(
        leaning,
        tuple(f.message for f in workable),
        tuple(f.message for f in dealbreaker),
        raised=answers.get("response", "not_raised") != "not_raised",
    )


def leaning_line(reading: Reading) -> str:
    """Which way the answers tend, in words that match the reasons there are: a mixed
    reading with reasons on one side only (or none) says so, and points at no second list."""
    if reading.leaning is not Leaning.MIXED:
        return LEANING_LINES[reading.leaning]
    if reading.workable and reading.dealbreaker:
        return LEANING_LINES[Leaning.MIXED]
    if reading.workable:
        return "dealbreaker-leaning-mixed-workable"
    if reading.dealbreaker:
        return "dealbreaker-leaning-mixed-dealbreaker"
    return "dealbreaker-leaning-mixed-none"


OWN_WORDS_HEAD = 100  # characters of a typed behaviour quoted in the first message


def compose_reading(ctx: FlowContext) -> list[Text]:
    """With fear or control said, safety first, in a message of its own. Then which way the
    answers tend, on its own (one screen); then the reasons each way and what the person
    needs, folded; then where to go next. "A reading, not a verdict" was said at the start."""
    reading = read(ctx.answers)
    parts = [Text("dealbreaker-safety-first"), BREAK] if SAFETY_FLAG in ctx.flags else []
    note = own_words(ctx.answers.get("behaviour_note") or "")
    named = behaviours_of(ctx.answers)
    if note and ctx.answers.get("behaviour") == "other":  # what they named, in their words
        parts.append(Text("dealbreaker-about-own", {"behaviour": cut(note, OWN_WORDS_HEAD)}))
    elif named:  # every behaviour asked about, briefly
        names = TextList(tuple(Text(SHORT[b]) for b in named), sep="; ")
        parts.append(Text(ABOUT, {"behaviours": names}))
    parts += [Text(leaning_line(reading)), BREAK]
    reasons: list[Text] = []
    if reading.workable:
        reasons.append(Text("dealbreaker-toward-workable", {"reasons": _bullets(reading.workable)}))
    if reading.dealbreaker:
        reasons.append(Text("dealbreaker-toward-dealbreaker", {"reasons": _bullets(reading.dealbreaker)}))
    reasons.append(Text("dealbreaker-response-matters" if reading.raised else "dealbreaker-response-unknown"))
    parts.append(fold(*reasons))
    after = []
    need = ctx.answers.get("need")
    if need in NEED_LINES:
        after.append(Text(NEED_LINES[need]))
    after.append(Text("dealbreaker-both-valid"))
    parts += [BREAK, fold(*after), Text("dealbreaker-where-next")]
    return parts


def _raise_offered(ctx: FlowContext) -> bool:
    """Preparing to raise it is offered when it wasn't raised yet, and never once fear or
    control was said: then safety comes before any talk."""
    return ctx.answers.get("response") == "not_raised" and SAFETY_FLAG not in ctx.flags


def offers(behaviour: str) -> Callable[[FlowContext], bool]:
    """A behaviour is offered to add unless it was already named."""

    def check(ctx: FlowContext) -> bool:
        return behaviour not in (ctx.answers.get(k) for k in BEHAVIOUR_KEYS)

    return check


def _bullets(ids: tuple[str, ...]) -> TextList:
    return TextList(tuple(Text(i) for i in ids))


def register(registry: Registry) -> None:
    emits = {
        "dealbreaker-where-next",
        "dealbreaker-leaning-mixed-workable",
        "dealbreaker-leaning-mixed-dealbreaker",
        "dealbreaker-leaning-mixed-none",
        "dealbreaker-about-own",
        "dealbreaker-toward-workable",
        "dealbreaker-toward-dealbreaker",
        "dealbreaker-response-matters",
        "dealbreaker-response-unknown",
        "dealbreaker-safety-first",
        "dealbreaker-both-valid",
        ABOUT,
        SEVERAL,
        *SHORT.values(),
        *LEANING_LINES.values(),
        *NEED_LINES.values(),
        *(f.message for f in FACTORS.values()),
    }
    registry.composer("dealbreaker_reading", compose_reading, emits)
    registry.condition("not_raised", answer_is("response", "not_raised"))
    registry.condition("raise_offered", _raise_offered)
    registry.condition("safety_yes", answer_is("safety", "yes"))
    for behaviour in SHORT:
        registry.condition(f"dealbreaker_offer_{behaviour}", offers(behaviour))
