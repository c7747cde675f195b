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
    also, also_2    other small things that go with it: ids from ``COMPANIONS``, or "none"
                (asked only after a gray-zone behaviour; missing in sessions from before)
    hidden      open | private | partly | hidden | unsure
    discomfort  no | somewhat | yes | nothing_to_show | unsure
    function    no | some | yes | unsure
    agreement   agreed_ok | agreed_not | never_talked | unsure

The three-part test (the seed's): it is hidden because the partner would object; it meets
a romantic or emotional need that is missing at home; it involves a closeness that goes
past what the couple agreed. Each part that holds moves the placement up one place, and the
placement says in plain words how many hold.

The rules, in order:
 1. Start from the behaviour's base position (``BASE``): the five examples the seed calls
    ordinary are within bounds, the gray-zone examples are gray, the ones most partners
    object to are objectionable. "Something else" starts in the gray zone.
 2. Push up one place for each of these (capped at objectionable):
      • it is kept from the partner on purpose (hidden = hidden): the effort of hiding is
        itself a signal (the test's first part);
      • the person doing it would be uncomfortable showing the partner the conversation
        (discomfort = yes); not counted for "conversations that would feel uncomfortable
        to show the partner", whose base already holds that discomfort;
      • it gives something romantic or emotional that is missing at home (function = yes:
        the test's second part). "Maybe a little" does not push on its own: a small gap
        noticed is not a need being met elsewhere; it only keeps rule 5 from applying;
      • it goes against what the two agreed (agreement = agreed_not: the third part);
      • a gray-zone behaviour is one of several small things (another gray-zone behaviour
        was named with it): small things that each look minor add up to a pattern.
    "Private, nothing hidden" is not concealment: an inner life is not a secret.
 3. A friendship with an ex that is kept hidden on purpose is no longer the open kind: it
    is placed like keeping in touch with an ex behind the partner's back (objectionable).
 4. What is fully open (the partner knows, nothing uncomfortable to show) and agreed to be
    fine is never placed past the gray zone unless its base already is: a need met or a
    pattern keeps it in the middle, worth talking about, but the couple's open agreement
    counts.
 5. A gray-zone behaviour that nothing pushed up, that the partner fully knows about,
    that holds nothing uncomfortable to show, that both agreed is fine and that does not
    (even partly) fill a romantic or emotional gap at home, is within bounds *for this
    couple*, by their agreement.
 6. A behaviour most partners object to never moves down. If it is open and agreed, the
    placement says so: an honest agreement between two people counts.
 7. When the behaviour is one of the ordinary ones and it stays within bounds, the
    placement says so plainly; for the one noticing it, a gentle note adds that keeping
    watch over such things usually comes from anxiety or control rather than a real
    violation, without shaming anyone. (Not for the one doing it or wondering: nobody
    spoke of keeping watch.)
 8. A behaviour with nothing to show (a crush on a celebrity, noticing that someone is
    attractive) is never asked "picture the partner reading those messages".

The placement fits a screen: what was asked about (every behaviour named, the others
briefly) and where it sits come first, on their own; the reasons follow folded, then the
three-part test with how many of its parts hold.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
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

# Small things that can go with a gray-zone behaviour (the ``more`` steps), and how the
# first message names them: briefly, beside the behaviour asked about.
COMPANIONS: Mapping[str, str] = {
    "texting": "behaviour-short-texting",
    "ex_online": "behaviour-short-ex-online",
    "flirting": "behaviour-short-flirting",
    "coworker": "behaviour-short-coworker",
    "complaining": "behaviour-short-complaining",
    "basically_single": "behaviour-short-basically-single",
    "uncomfortable_chats": "behaviour-short-uncomfortable-chats",
}
ALSO_KEYS = ("also", "also_2")

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

SEVERAL = "spectrum-reason-several"
WITH = "spectrum-placement-with"
THREE_PART = "spectrum-three-part"

POLICING_NOTICING = "spectrum-policing-noticing"
# Behaviours with no conversation or message to show: the discomfort question is skipped.
NOTHING_TO_SHOW = frozenset({"celebrity", "noticing"})
# Own words shown back in the first message are cut to this many characters (fewer when
# other small things are named beside them).
OWN_WORDS_HEAD = 100
OWN_WORDS_HEAD_WITH = 50
REASONS_PER_MESSAGE = 4


@dataclass(frozen=True, slots=True)
class Placement:
    level: Level
    base: Level
    by_agreement: bool  # a gray-zone behaviour placed within bounds by the couple's agreement
    own_agreement: bool  # objectionable to most, but open and agreed between these two
    policing_note: bool  # an ordinary behaviour that stays within bounds
    reasons: tuple[str, ...]  # message ids, in the order of the questions
    signs: int = 0  # how many parts of the three-part test hold (0 to 3)
    several: bool = False  # a gray-zone behaviour that is one of several small things


def behaviour_of(answers: Mapping[str, str]) -> str:
    """The behaviour's id; "other" when it was described (or skipped) instead of picked."""
    picked = answers.get("behaviour")
    if picked is not None and picked in BASE:
        return picked
    return "other"


def companions_of(answers: Mapping[str, str]) -> tuple[str, ...]:
    """The other small things named with a gray-zone behaviour, each once, in the order
    picked. Only a gray-zone behaviour is asked what goes with it (an ordinary thing is not
    made suspect by company, and one most partners object to is placed there already)."""
    if BASE[behaviour_of(answers)] != Level.GRAY:
        return ()
    main = answers.get("behaviour")
    found: list[str] = []
    for key in ALSO_KEYS:
        other = answers.get(key)
        if other is not None and other in COMPANIONS and other != main and other not in found:
            found.append(other)
    return tuple(found)


def three_part_signs(answers: Mapping[str, str]) -> int:
    """How many parts of the three-part test hold: hidden on purpose, a need met that is
    missing at home, past what the two agreed."""
    return (
        (answers.get("hidden") == "hidden")
        + (answers.get("function") == "yes")
        + (answers.get("agreement") == "agreed_not")
    )


def place(answers: Mapping[str, str]) -> Placement:
    """Apply the rules in the module docstring."""
    behaviour = behaviour_of(answers)
    base = BASE[behaviour]
    hidden = answers.get("hidden")
    discomfort = answers.get("discomfort", "nothing_to_show" if behaviour in NOTHING_TO_SHOW else None)
    function = answers.get("function")
    agreement = answers.get("agreement")

    several = bool(companions_of(answers))
    reasons: list[str] = []
    if behaviour in BEHAVIOUR_LINES:
        reasons.append(BEHAVIOUR_LINES[behaviour])
    if several:
        reasons.append(SEVERAL)
    for question in QUESTIONS:
        line = ANSWER_LINES.get((question, answers.get(question, "")))
        if line:
            reasons.append(line)

    push = 0
    if hidden == "hidden":
        push += 1
    if discomfort == "yes" and behaviour != "uncomfortable_chats":
        push += 1
    if function == "yes":
        push += 1
    if agreement == "agreed_not":
        push += 1
    if several:
        push += 1
    level = Level(min(base + push, Level.OBJECTIONABLE))

    if behaviour == "ex_friend_open" and hidden == "hidden":
        level = Level.OBJECTIONABLE
        reasons.insert(0, EX_HIDDEN)
    if hidden == "hidden" and agreement in ("never_talked", "unsure"):
        reasons.append(UNSPOKEN_HIDDEN)

    fully_open = hidden == "open" and discomfort in ("no", "nothing_to_show")
    if fully_open and agreement == "agreed_ok" and base < Level.OBJECTIONABLE:
        level = min(level, Level.GRAY)  # an open agreement holds it in the middle at most
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
    return Placement(
        level,
        base,
        by_agreement,
        own_agreement,
        policing_note,
        tuple(reasons),
        three_part_signs(answers),
        several,
    )


def described_as(answers: Mapping[str, str]) -> Text:
    """How the placement names the behaviour: the person's own words (cut short to fit the
    first message), or its label (its short name when other small things go with it). A
    friendship with an ex kept hidden on purpose is named for what it is then, not as the
    kind the partner knows about."""
    note = own_words(answers.get("behaviour_note") or "")
    behaviour = behaviour_of(answers)
    if behaviour == "other":
        if note:
            head = OWN_WORDS_HEAD_WITH if companions_of(answers) else OWN_WORDS_HEAD
            return Text("spectrum-placement-about-own", {"behaviour": cut(note, head)})
        return Text("spectrum-placement-about-unnamed")
    if behaviour == "ex_friend_open" and answers.get("hidden") == "hidden":
        behaviour = "secret_ex"
    if companions_of(answers):  # named briefly, like the small things beside it
        return Text("spectrum-placement-about", {"behaviour": Text(COMPANIONS[behaviour])})
    return Text("spectrum-placement-about", {"behaviour": Text(LABELS[behaviour])})


def named_with(answers: Mapping[str, str]) -> list[Text]:
    """The other small things named with it, briefly, on a line of their own (or nothing)."""
    others = companions_of(answers)
    if not others:
        return []
    names = TextList(tuple(Text(COMPANIONS[b]) for b in others), sep="; ")
    return [Text(WITH, {"behaviours": names})]


def compose_placement(ctx: FlowContext) -> list[Text]:
    """What was asked about (every behaviour) and where it sits, on its own; then the
    reasons, folded; then the three-part test and how many of its parts hold, folded."""
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
    parts = [described_as(answers), *named_with(answers), Text(level_line)]
    # A long list of reasons goes on over a few folded messages, each one screen at most.
    for start in range(0, len(reasons), REASONS_PER_MESSAGE):
        chunk = TextList(tuple(reasons[start : start + REASONS_PER_MESSAGE]))
        parts += [BREAK, fold(Text("spectrum-reasons" if start == 0 else "list-plain", {"reasons": chunk}))]
    if placement.policing_note and answers.get("role") == "noticing":
        parts += [BREAK, fold(Text(POLICING_NOTICING))]
    closing = [Text(THREE_PART, {"met": placement.signs}), Text(AGREEMENTS_DECIDE)]
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


def offers(behaviour: str) -> Callable[[FlowContext], bool]:
    """A small thing is offered to add unless it is the behaviour asked about or already
    added."""

    def check(ctx: FlowContext) -> bool:
        return behaviour not in (ctx.answers.get("behaviour"), *(ctx.answers.get(k) for k in ALSO_KEYS))

    return check


def raise_fits(ctx: FlowContext) -> bool:
    """Preparing to raise it: for the one noticing, and never once fear or control was said."""
    return for_the_other_side(ctx) and SAFETY_FLAG not in ctx.flags


def register(registry: Registry) -> None:
    registry.condition("spectrum_raise_fits", raise_fits)
    registry.condition("spectrum_offers_owning", offers_owning)
    registry.condition("spectrum_not_doing", for_the_other_side)
    registry.condition("spectrum_nothing_to_show", nothing_to_show)
    for behaviour in COMPANIONS:
        registry.condition(f"spectrum_offer_{behaviour}", offers(behaviour))
    emits = {
        "spectrum-placement-about",
        "spectrum-placement-about-own",
        "spectrum-placement-about-unnamed",
        "spectrum-reasons",
        "list-plain",
        WITH,
        SEVERAL,
        THREE_PART,
        *COMPANIONS.values(),
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
