"""Logic of 'owning it', the conversation for the one who did it: pure functions of the answers.

The acknowledgement is built like the raise-it opener: three parts (what I did, what I'm
taking responsibility for, what I'm offering), each a button's fragment or the person's own
words as they typed them. Everything the person reads about their side comes from the
tables below, so a test can read the same tables. With fear or control noted, nothing here
builds words for the partner: the flow skips those steps and the end leads with safety.

The acknowledgement fits a screen: it comes first, on its own, each part within its room
(``ROOM``; typed words share it, shortened in their middle); then how it was built and what
it leaves out; then, when typed words were shortened, the same acknowledgement with all of
them, folded.
"""

from __future__ import annotations

from collections.abc import Mapping

from bot.engine.logic.common import SAFETY_FLAG
from bot.engine.logic.raise_it import Part, fit, piece
from bot.engine.outbound import BREAK, Param, Text, fold
from bot.engine.registry import ActionContext, FlowContext, Registry

# The role the daily check-in takes for this person (see bot/engine/reminders/model.py).
CHECKIN_ROLE = "did"

# The thought that makes it smaller -> a plainer way of seeing it.
SHRINK: Mapping[str, str] = {
    "just_talking": "owning-shrink-just-talking",
    "never_touched": "owning-shrink-never-touched",
    "never_said": "owning-shrink-never-said",
    "attention": "owning-shrink-attention",
    "everyone": "owning-shrink-everyone",
    "none": "owning-shrink-none",
}
NAME_PLAIN = "owning-name-plain"

# The need it may have served -> a closer look (the seed's drivers, never a diagnosis).
NEEDS: Mapping[str, str] = {
    "validation": "owning-need-validation",
    "options": "owning-need-options",
    "missing": "owning-need-missing",
    "novelty": "owning-need-novelty",
    "habit": "owning-need-habit",
    "unsure": "owning-need-unsure",
}
NEED_FALLBACK = "owning-need-unsure"

WHAT = Part(
    answer="what",
    typed="what_text",
    fragments={
        "texting": "owning-what-texting",
        "ex_online": "owning-what-ex-online",
        "secret_ex": "owning-what-secret-ex",
        "dating_app": "owning-what-dating-app",
        "flirting": "owning-what-flirting",
        "hidden_accounts": "owning-what-hidden-accounts",
        "coworker": "owning-what-coworker",
        "intimate_sharing": "owning-what-intimate-sharing",
        "sexting": "owning-what-sexting",
        "secret_plans": "owning-what-secret-plans",
    },
    fallback="owning-what-fallback",
)

OWN = Part(
    answer="own",
    typed="own_text",
    fragments={
        "hid": "owning-own-hid",
        "agreement": "owning-own-agreement",
        "closeness": "owning-own-closeness",
        "kept_on": "owning-own-kept-on",
    },
    fallback="owning-own-fallback",
)

OFFER = Part(
    answer="offer",
    typed="offer_text",
    fragments={
        "ending": "owning-offer-ending",
        "questions": "owning-offer-questions",
        "why": "owning-offer-why",
        "time": "owning-offer-time",
    },
    fallback="owning-offer-fallback",
)

PARTS = (WHAT, OWN, OFFER)
# Characters each part of the acknowledgement takes at most in its first message.
ROOM: Mapping[str, int] = {"what": 70, "own": 60, "offer": 75}

CONTACT: Mapping[str, str] = {
    "ended": "owning-contact-ended",
    "still": "owning-contact-still",
    "unavoidable": "owning-contact-unavoidable",
    "reaching": "owning-contact-reaching",
}
CONTACT_AFTER = "owning-contact-letting-go"


def plain_text(answers: Mapping[str, str]) -> str:
    return SHRINK.get(answers.get("shrink", ""), SHRINK["none"])


def need_text(answers: Mapping[str, str]) -> str:
    return NEEDS.get(answers.get("need", ""), NEED_FALLBACK)


def sentence(words: Param) -> Param:
    """Typed words that start a sentence of the acknowledgement, with a capital letter."""
    return words[:1].upper() + words[1:] if isinstance(words, str) else words


def parts_of(answers: Mapping[str, str]) -> dict[str, Param]:
    return {part.answer: sentence(piece(answers, part)) for part in PARTS}


def build_acknowledgement(answers: Mapping[str, str]) -> Text:
    """The acknowledgement with every word as given."""
    return Text("owning-ack", parts_of(answers))


def compose_plain(ctx: FlowContext) -> list[Text]:
    return [Text(plain_text(ctx.answers)), Text(NAME_PLAIN)]


def compose_need(ctx: FlowContext) -> list[Text]:
    return [Text(need_text(ctx.answers))]


def compose_ack(ctx: FlowContext) -> list[Text]:
    """The acknowledgement on its own; then how it was built and what it leaves out; then,
    if typed words were shortened to fit, the whole of it with all of them, folded."""
    head, whole = fit(parts_of(ctx.answers), ROOM)
    parts = [Text("owning-ack", head), BREAK, Text("owning-ack-intro"), Text("owning-ack-after")]
    if whole:
        parts += [BREAK, fold(Text("owning-ack-whole", {"ack": build_acknowledgement(ctx.answers)}))]
    return parts


def compose_contact(ctx: FlowContext) -> list[Text]:
    first = CONTACT.get(ctx.answers.get("contact", ""), CONTACT["still"])
    return [Text(first), Text(CONTACT_AFTER)]


def compose_end(ctx: FlowContext) -> list[Text]:
    """With fear or control noted the end says safety first, and only that."""
    if SAFETY_FLAG in ctx.flags:
        return [Text("owning-end-safety")]
    return [Text("owning-end")]


def note_checkin_role(ctx: ActionContext) -> None:
    """The reminders screen reads the role from the flow that offered it."""
    ctx.answers["role"] = CHECKIN_ROLE


def _no_safety_concern(ctx: FlowContext) -> bool:
    return SAFETY_FLAG not in ctx.flags


def register(registry: Registry) -> None:
    fragments = {i for part in PARTS for i in (*part.fragments.values(), part.fallback)}
    registry.composer("owning_plain", compose_plain, {*SHRINK.values(), NAME_PLAIN})
    registry.composer("owning_need", compose_need, {*NEEDS.values(), NEED_FALLBACK})
    registry.composer(
        "owning_ack",
        compose_ack,
        {"owning-ack-intro", "owning-ack", "owning-ack-whole", "owning-ack-after", *fragments},
    )
    registry.composer("owning_contact", compose_contact, {*CONTACT.values(), CONTACT_AFTER})
    registry.composer("owning_end", compose_end, {"owning-end", "owning-end-safety"})
    registry.action("owning_checkin_role", note_checkin_role)
    registry.condition("owning_no_safety_concern", _no_safety_concern)
