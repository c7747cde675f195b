"""The spectrum check's placement: where one behaviour sits, as a pure function of the answers.

Three places on the spectrum: clearly within bounds, the gray zone, and clearly
objectionable to most partners. The placement says where most couples would put the
behaviour given the answers, shows every reason that moved or held it, and always explains
that the couple's own agreements decide much of it. It is never a verdict.

Answers (keys set by ``flows/spectrum.yaml``):
    role        doing | noticing | wondering           (only changes who a note speaks to)
    topic       attraction | people | exes | messages | other
    behaviour   a choice id from ``BASE`` (missing when "Something else" was picked on topic)
    behaviour_note  the person's own words for "Something else" (optional, shown verbatim)
    hidden      open | private | partly | hidden | unsure
    discomfort  no | somewhat | yes | nothing_to_show | unsure
    function    no | some | yes | unsure
    agreement   agreed_ok | agreed_not | never_talked | unsure

The rules, in order:
 1. Start from the behaviour's base position (``BASE``): the five examples the seed calls
    ordinary are within bounds, the gray-zone examples are gray, the ones most partners
    object to are objectionable. "Something else" starts in the gray zone.
 2. Push up one place for each of these (capped at objectionable):
      • it is kept from the partner on purpose (hidden = hidden): the effort of hiding is
        itself a signal;
      • the person doing it would be uncomfortable showing the partner the conversation
        (discomfort = yes); not counted for "conversations that would feel uncomfortable
        to show the partner", whose base already holds that discomfort;
      • it goes against what the two agreed (agreement = agreed_not).
    "Private, nothing hidden" is not concealment: an inner life is not a secret.
 3. A friendship with an ex that is kept hidden on purpose is no longer the open kind: it
    is placed like keeping in touch with an ex behind the partner's back (objectionable).
 4. A gray-zone behaviour that nothing pushed up, that the partner fully knows about,
    that holds nothing uncomfortable to show, that both agreed is fine and that does not
    (even partly) fill a romantic or emotional gap at home, is within bounds *for this
    couple*, by their agreement.
 5. A behaviour most partners object to never moves down. If it is open and agreed, the
    placement says so: an honest agreement between two people counts.
 6. When the behaviour is one of the ordinary ones and it stays within bounds, the
    placement says so plainly; for the one noticing it, a gentle note adds that keeping
    watch over such things usually comes from anxiety or control rather than a real
    violation, without shaming anyone. (Not for the one doing it or wondering: nobody
    spoke of keeping watch.)
 7. A behaviour with nothing to show (a crush on a celebrity, noticing that someone is
    attractive) is never asked "picture the partner reading those messages".

The placement fits a screen: what was asked about and where it sits come first, on their
own; the reasons follow folded.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from enum import IntEnum

from bot.engine.logic.common import SAFETY_FLAG
from bot.engine.logic.words import cut, own_words
from bot.engine.outbound import BREAK, Text, TextList, fold
from bot.engine.registry import FlowContext, Registry


class Level(IntEnum):
    WITHIN = 0
    GRAY = 1
    OBJECTIONABLE = 2


# Where a behaviour sits on its own, before the answers move it.
BASE: Mapping[str, Level] = {
    # Clearly within bounds: ordinary parts of a life with an inner world and other people.
    "celebrity": Level.WITHIN,
    "noticing": Level.WITHIN,
    "attention": Level.WITHIN,
    "unmet_friends": Level.WITHIN,
    "ex_friend_open": Level.WITHIN,
    # The gray zone.
    "texting": Level.GRAY,
    "ex_online": Level.GRAY,
    "flirting": Level.GRAY,
    "coworker": Level.GRAY,
    "complaining": Level.GRAY,
    "basically_single": Level.GRAY,
    "uncomfortable_chats": Level.GRAY,
    "other": Level.GRAY,
    # Clearly objectionable to most partners.
    "dating_app": Level.OBJECTIONABLE,
    "secret_ex": Level.OBJECTIONABLE,
    "hidden_accounts": Level.OBJECTIONABLE,
    "intimate_sharing": Level.OBJECTIONABLE,
    "sexting": Level.OBJECTIONABLE,
    "secret_plans": Level.OBJECTIONABLE,
}

# The button label of each behaviour, shown back in the placement.
LABELS: Mapping[str, str] = {
    "celebrity": "spectrum-behaviour-celebrity",
    "noticing": "spectrum-behaviour-noticing",
    "attention": "spectrum-behaviour-attention",
    "unmet_friends": "spectrum-behaviour-unmet-friends",
    "ex_friend_open": "spectrum-behaviour-ex-friend-open",
    "texting": "behaviour-texting",
    "ex_online": "behaviour-ex-online",
    "flirting": "behaviour-flirting",
    "coworker": "behaviour-coworker",
    "complaining": "spectrum-behaviour-complaining",
    "basically_single": "spectrum-behaviour-basically-single",
    "uncomfortable_chats": "spectrum-behaviour-uncomfortable-chats",
    "other": "behaviour-other",
    "dating_app": "behaviour-dating-app",
    "secret_ex": "behaviour-secret-ex",
    "hidden_accounts": "behaviour-hidden-accounts",
    "intimate_sharing": "behaviour-intimate-sharing",
    "sexting": "behaviour-sexting",
    "secret_plans": "behaviour-secret-plans",
}

BASE_OTHER = "spectrum-base-other"  # "Something else": the base is a starting guess
BASE_LINES: Mapping[Level, str] = {
    Level.WITHIN: "spectrum-base-within",
    Level.GRAY: "spectrum-base-gray",
    Level.OBJECTIONABLE: "spectrum-base-objectionable",
}

# A few behaviours carry a sentence of their own about why they sit where they do.
BEHAVIOUR_LINES: Mapping[str, str] = {
    "dating_app": "spectrum-about-dating-app",
    "hidden_accounts": "spectrum-about-hidden-accounts",
    "coworker": "spectrum-about-coworker",
    "flirting": "spectrum-about-flirting",
}

# (question, answer) -> the reason line it adds. Pushes are decided in ``place``.
ANSWER_LINES: Mapping[tuple[str, str], str] = {
    ("hidden", "open"): "spectrum-reason-open",
    ("hidden", "private"): "spectrum-reason-private",
    ("hidden", "partly"): "spectrum-reason-partly",
    ("hidden", "hidden"): "spectrum-reason-hidden",
    ("hidden", "unsure"): "spectrum-reason-hidden-unsure",
    ("discomfort", "no"): "spectrum-reason-comfortable",
    ("discomfort", "somewhat"): "spectrum-reason-somewhat",
    ("discomfort", "yes"): "spectrum-reason-uncomfortable",
    ("discomfort", "unsure"): "spectrum-reason-discomfort-unsure",
    ("function", "some"): "spectrum-reason-function-some",
    ("function", "yes"): "spectrum-reason-function-yes",
    ("agreement", "agreed_ok"): "spectrum-reason-agreed-ok",
    ("agreement", "agreed_not"): "spectrum-reason-agreed-not",
    ("agreement", "never_talked"): "spectrum-reason-never-talked",
    ("agreement", "unsure"): "spectrum-reason-agreement-unsure",
}
QUESTIONS: tuple[str, ...] = ("hidden", "discomfort", "function", "agreement")

LEVEL_LINES: Mapping[Level, str] = {
    Level.WITHIN: "spectrum-level-within",
    Level.GRAY: "spectrum-level-gray",
    Level.OBJECTIONABLE: "spectrum-level-objectionable",
}
WITHIN_BY_AGREEMENT = "spectrum-level-within-agreed"
EX_HIDDEN = "spectrum-reason-ex-hidden"
UNSPOKEN_HIDDEN = "spectrum-reason-unspoken-hidden"
OWN_AGREEMENT = "spectrum-own-agreement"
AGREEMENTS_DECIDE = "spectrum-agreements-decide"
MORE = "spectrum-placement-more"

POLICING_NOTICING = "spectrum-policing-noticing"
# Behaviours with no conversation or message to show: the discomfort question is skipped.
NOTHING_TO_SHOW = frozenset({"celebrity", "noticing"})
# Own words shown back in the first message are cut to this many characters.
OWN_WORDS_HEAD = 100
REASONS_PER_MESSAGE = 4


@dataclass(frozen=True, slots=True)
class Placement:
    level: Level
    base: Level
    by_agreement: bool  # a gray-zone behaviour placed within bounds by the couple's agreement
    own_agreement: bool  # objectionable to most, but open and agreed between these two
    policing_note: bool  # an ordinary behaviour that stays within bounds
    reasons: tuple[str, ...]  # message ids, in the order of the questions


def behaviour_of(answers: Mapping[str, str]) -> str:
    """The behaviour's id; "other" when it was described (or skipped) instead of picked."""
    picked = answers.get("behaviour")
    if picked is not None and picked in BASE:
        return picked
    return "other"


def place(answers: Mapping[str, str]) -> Placement:
    """Apply the rules in the module docstring."""
    behaviour = behaviour_of(answers)
    base = BASE[behaviour]
    hidden = answers.get("hidden")
    discomfort = answers.get("discomfort", "nothing_to_show" if behaviour in NOTHING_TO_SHOW else None)
    function = answers.get("function")
    agreement = answers.get("agreement")

    reasons: list[str] = []
    if behaviour in BEHAVIOUR_LINES:
        reasons.append(BEHAVIOUR_LINES[behaviour])
    for question in QUESTIONS:
        line = ANSWER_LINES.get((question, answers.get(question, "")))
        if line:
            reasons.append(line)

    push = 0
    if hidden == "hidden":
        push += 1
    if discomfort == "yes" and behaviour != "uncomfortable_chats":
        push += 1
    if agreement == "agreed_not":
        push += 1
    level = Level(min(base + push, Level.OBJECTIONABLE))

    if behaviour == "ex_friend_open" and hidden == "hidden":
        level = Level.OBJECTIONABLE
        reasons.insert(0, EX_HIDDEN)
    if hidden == "hidden" and agreement in ("never_talked", "unsure"):
        reasons.append(UNSPOKEN_HIDDEN)

    fully_open = hidden == "open" and discomfort in ("no", "nothing_to_show")
    by_agreement = (
        base == Level.GRAY
        and push == 0
        and fully_open
        and agreement == "agreed_ok"
        and function in ("no", "unsure")
    )
    if by_agreement:
        level = Level.WITHIN
    own_agreement = base == Level.OBJECTIONABLE and fully_open and agreement == "agreed_ok"
    policing_note = base == Level.WITHIN and level == Level.WITHIN
    return Placement(level, base, by_agreement, own_agreement, policing_note, tuple(reasons))


def described_as(answers: Mapping[str, str]) -> Text:
    """How the placement names the behaviour: the person's own words (cut short to fit the
    first message), or its label. A friendship with an ex kept hidden on purpose is named for
    what it is then, not as the kind the partner knows about."""
    note = own_words(answers.get("behaviour_note") or "")
    behaviour = behaviour_of(answers)
    if behaviour == "other":
        if note:
            return Text("spectrum-placement-about-own", {"behaviour": cut(note, OWN_WORDS_HEAD)})
        return Text("spectrum-placement-about-unnamed")
    if behaviour == "ex_friend_open" and answers.get("hidden") == "hidden":
        behaviour = "secret_ex"
    return Text("spectrum-placement-about", {"behaviour": Text(LABELS[behaviour])})


def compose_placement(ctx: FlowContext) -> list[Text]:
    """What was asked about and where it sits, on its own; then the reasons, folded."""
    answers = ctx.answers
    placement = place(answers)
    if placement.by_agreement:
        level_line = WITHIN_BY_AGREEMENT
    elif placement.own_agreement:
        level_line = OWN_AGREEMENT  # said where it sits: the agreement is part of the answer
    else:
        level_line = LEVEL_LINES[placement.level]
    base_line = BASE_OTHER if behaviour_of(answers) == "other" else BASE_LINES[placement.base]
    reasons = [Text(base_line), *(Text(r) for r in placement.reasons)]
    parts = [described_as(answers), Text(level_line)]
    # A long list of reasons goes on over a few folded messages, each one screen at most.
    for start in range(0, len(reasons), REASONS_PER_MESSAGE):
        chunk = TextList(tuple(reasons[start : start + REASONS_PER_MESSAGE]))
        parts += [BREAK, fold(Text("spectrum-reasons" if start == 0 else "list-plain", {"reasons": chunk}))]
    closing = [Text(AGREEMENTS_DECIDE)]
    if placement.policing_note and answers.get("role") == "noticing":
        closing.insert(0, Text(POLICING_NOTICING))
    return [*parts, BREAK, fold(*closing), Text(MORE)]


def offers_owning(ctx: FlowContext) -> bool:
    """The one doing it, with a behaviour placed beyond clearly within bounds: next steps are
    written for their side (owning it), never the ones that ask how their partner responded."""
    return ctx.answers.get("role") == "doing" and place(ctx.answers).level > Level.WITHIN


def for_the_other_side(ctx: FlowContext) -> bool:
    """Raising it and the dealbreaker check speak to the one noticing, not the one doing it."""
    return ctx.answers.get("role") != "doing"


def nothing_to_show(ctx: FlowContext) -> bool:
    return behaviour_of(ctx.answers) in NOTHING_TO_SHOW


def raise_fits(ctx: FlowContext) -> bool:
    """Preparing to raise it: for the one noticing, and never once fear or control was said."""
    return for_the_other_side(ctx) and SAFETY_FLAG not in ctx.flags


def register(registry: Registry) -> None:
    registry.condition("spectrum_raise_fits", raise_fits)
    registry.condition("spectrum_offers_owning", offers_owning)
    registry.condition("spectrum_not_doing", for_the_other_side)
    registry.condition("spectrum_nothing_to_show", nothing_to_show)
    emits = {
        "spectrum-placement-about",
        "spectrum-placement-about-own",
        "spectrum-placement-about-unnamed",
        "spectrum-reasons",
        "list-plain",
        BASE_OTHER,
        WITHIN_BY_AGREEMENT,
        EX_HIDDEN,
        UNSPOKEN_HIDDEN,
        OWN_AGREEMENT,
        AGREEMENTS_DECIDE,
        MORE,
        *LEVEL_LINES.values(),
        *BASE_LINES.values(),
        *BEHAVIOUR_LINES.values(),
        *ANSWER_LINES.values(),
        POLICING_NOTICING,
        *LABELS.values(),
    }
    registry.composer("spectrum_placement", compose_placement, emits)
