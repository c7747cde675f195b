"""Logic of the 'raise it without an accusation spiral' flow.

The opener is a pure function of three answers: what the person noticed, how it made them
feel, and what they want to understand. Each is a button (a fragment from the tables
below) or the person's own words, which go into the opener as they typed them. Beside it
stands an accusing version of the same moment, so the difference is easy to see.

The opener fits a screen: it comes first, on its own (with fear or control said, the safety
reminder leads it, as the step's lead). Each part has its room there (``ROOM``): the buttons'
fragments are written to fit it, and typed words share the room of the parts that were
typed, the short whole and the long with words left out of their middle. Then how it was
built, with the accusing version and why the opener goes better, folded; then, when any
typed words were shortened, all of them in full, folded, so nothing the person wrote is lost.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from bot.engine.logic.common import SAFETY_FLAG
from bot.engine.logic.words import cut, elide, own_words, share
from bot.engine.outbound import BREAK, Param, Text, TextList, fold
from bot.engine.registry import FlowContext, Registry

OWN_WORDS = "own_words"


@dataclass(frozen=True, slots=True)
class Part:
    """One piece of the opener: the button answer key, the key of typed text, and the
    fragment each button stands for."""

    answer: str
    typed: str
    fragments: Mapping[str, str]
    fallback: str  # used when the person chose to type but left nothing


NOTICED = Part(
    answer="noticed",
    typed="noticed_text",
    fragments={
        "late_messages": "raise-noticed-late-messages",
        "name_often": "raise-noticed-name-often",
        "guarded_phone": "raise-noticed-guarded-phone",
        "unmentioned_time": "raise-noticed-unmentioned-time",
        "online": "raise-noticed-online",
        "elsewhere": "raise-noticed-elsewhere",
    },
    fallback="raise-noticed-fallback",
)

FEELING = Part(
    answer="feeling",
    typed="feeling_text",
    fragments={
        "uneasy": "raise-feeling-uneasy",
        "hurt": "raise-feeling-hurt",
        "left_out": "raise-feeling-left-out",
        "anxious": "raise-feeling-anxious",
        "confused": "raise-feeling-confused",
        "lonely": "raise-feeling-lonely",
    },
    fallback="raise-feeling-fallback",
)

UNDERSTAND = Part(
    answer="understand",
    typed="understand_text",
    fragments={
        "how_close": "raise-understand-how-close",
        "what_it_means": "raise-understand-what-it-means",
        "same_page": "raise-understand-same-page",
        "their_side": "raise-understand-their-side",
        "us": "raise-understand-us",
    },
    fallback="raise-understand-fallback",
)

PARTS = (NOTICED, FEELING, UNDERSTAND)
# Characters each part of the opener takes at most in its first message (answer key -> room).
ROOM: Mapping[str, int] = {"noticed": 85, "feeling": 40, "understand": 50}

# What someone might blurt out instead, for each thing noticed: the sentence the opener
# replaces. Typed observations get a general one.
ACCUSING: Mapping[str, str] = {
    "late_messages": "raise-accusing-late-messages",
    "name_often": "raise-accusing-name-often",
    "guarded_phone": "raise-accusing-guarded-phone",
    "unmentioned_time": "raise-accusing-unmentioned-time",
    "online": "raise-accusing-online",
    "elsewhere": "raise-accusing-elsewhere",
}
ACCUSING_GENERAL = "raise-accusing-general"

# The longer misreadings: one line with the opener's point, the rest (``<id>-more``) folded.
MISREAD_MORE = frozenset({"raise-misread-my-worry", "raise-misread-never-agreed"})
MISREAD_ROOM = 110  # characters of typed words shown back in the first message
MISREAD: Mapping[str, str] = {
    "simple_reason": "raise-misread-simple-reason",
    "my_worry": "raise-misread-my-worry",
    "their_life": "raise-misread-their-life",
    "never_agreed": "raise-misread-never-agreed",
    "cant_see": "raise-misread-cant-see",
}

# Trailing punctuation is dropped from typed text, so "I feel hurt." doesn't end in "..".
_TRAILING = " \t\n.,;:!?"


def typed(answers: Mapping[str, str], part: Part) -> str | None:
    """The person's own words for this part, if they chose to type them."""
    if answers.get(part.answer) != OWN_WORDS:
        return None
    text = own_words(answers.get(part.typed, "")).rstrip(_TRAILING)
    return text or None


def piece(answers: Mapping[str, str], part: Part) -> Param:
    """The words for one part of the opener: typed text as it is, or a button's fragment."""
    own = typed(answers, part)
    if own is not None:
        return own
    return Text(part.fragments.get(answers.get(part.answer, ""), part.fallback))


def fit(params: dict[str, Param], room: Mapping[str, int]) -> tuple[dict[str, Param], dict[str, str]]:
    """Each part's words (by answer key) for a first message that must fit a screen, and the
    typed words that were shortened there, in full. The typed parts share their rooms; words
    are left out of their middle, so each still ends where the person ended it."""
    own = {key: words for key, words in params.items() if isinstance(words, str)}
    fitted, whole = dict(params), {}
    shortened = share(list(own.values()), sum(room[k] for k in own), elide)
    for key, short in zip(own, shortened, strict=True):
        if short != own[key]:
            fitted[key], whole[key] = short, own[key]
    return fitted, whole


def build_opener(answers: Mapping[str, str]) -> Text:
    return Text(
        "raise-opener",
        {
            "noticed": piece(answers, NOTICED),
            "feeling": piece(answers, FEELING),
            "understand": piece(answers, UNDERSTAND),
        },
    )


def accusing_example(answers: Mapping[str, str]) -> str:
    return ACCUSING.get(answers.get(NOTICED.answer, ""), ACCUSING_GENERAL)


def compose_opener(ctx: FlowContext) -> list[Text]:
    """The opener on its own; then how it was built, with the accusing version it replaces
    and why the opener goes better, folded; then any typed words it had to cut, in full."""
    params, whole = fit({part.answer: piece(ctx.answers, part) for part in PARTS}, ROOM)
    example = Text("raise-accusing-intro", {"example": Text(accusing_example(ctx.answers))})
    parts = [
        Text("raise-opener", params),
        BREAK,
        Text("raise-opener-intro"),
        fold(example, Text("raise-why-better")),
    ]
    if whole:
        words = TextList(tuple(Text(f"raise-opener-words-{key}", {"words": w}) for key, w in whole.items()))
        parts += [BREAK, fold(Text("raise-opener-words", {"words": words}))]
    return parts


def compose_start(ctx: FlowContext) -> list[Text]:
    """With a safety concern noted, safety comes first and nothing urges the talk."""
    if SAFETY_FLAG in ctx.flags:
        return [Text("raise-safety-first")]
    return [Text("raise-intro")]


def compose_misread(ctx: FlowContext) -> list[Text]:
    """What they allowed they might be missing, and why staying open helps, on one screen;
    the rest of a longer reading, or typed words cut to fit, follow folded."""
    own = ""
    if ctx.answers.get("misread") == OWN_WORDS:
        own = ctx.answers.get("misread_text", "").strip()
    more: list[Text] = []
    if own:
        first = Text("raise-misread-own", {"missing": cut(own, MISREAD_ROOM)})
        if len(own) > MISREAD_ROOM:
            more.append(Text("raise-misread-words", {"missing": own}))
    else:
        line = MISREAD.get(ctx.answers.get("misread", ""), "raise-misread-cant-see")
        first = Text(line)
        if line in MISREAD_MORE:
            more.append(Text(line + "-more"))
    return [first, Text("raise-misread-open"), *([BREAK, fold(*more)] if more else [])]


def compose_safety_reminder(ctx: FlowContext) -> list[Text]:
    return [Text("raise-safety-reminder")] if SAFETY_FLAG in ctx.flags else []


def no_safety_concern(ctx: FlowContext) -> bool:
    return SAFETY_FLAG not in ctx.flags


def register(registry: Registry) -> None:
    fragments = {i for part in PARTS for i in (*part.fragments.values(), part.fallback)}
    registry.composer(
        "raise_opener",
        compose_opener,
        {
            "raise-opener-intro",
            "raise-opener",
            "raise-opener-words",
            *(f"raise-opener-words-{part.answer}" for part in PARTS),
            "raise-accusing-intro",
            "raise-why-better",
            ACCUSING_GENERAL,
            *ACCUSING.values(),
            *fragments,
        },
    )
    registry.composer("raise_start", compose_start, {"raise-intro", "raise-safety-first"})
    registry.composer(
        "raise_misread",
        compose_misread,
        {
            "raise-misread-own",
            "raise-misread-words",
            "raise-misread-open",
            *MISREAD.values(),
            *(i + "-more" for i in MISREAD_MORE),
        },
    )
    registry.composer("raise_safety_reminder", compose_safety_reminder, {"raise-safety-reminder"})
    registry.condition("raise_no_safety_concern", no_safety_concern)
