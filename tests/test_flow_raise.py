"""Raise it without an accusation spiral: the opener composer, walks through the flow, and
its guarantees (safety first when flagged, every rehearsal reachable, a way on at the end).
"""

from __future__ import annotations

import itertools
import re

import pytest
import yaml

from bot.config import PROJECT_ROOT
from bot.engine.flowspec import FlowSpec
from bot.engine.logic import default_registry
from bot.engine.logic.common import SAFETY_FLAG
from bot.engine.logic.raise_it import (
    ACCUSING,
    ACCUSING_GENERAL,
    FEELING,
    MISREAD_ROOM,
    NOTICED,
    OWN_WORDS,
    ROOM,
    UNDERSTAND,
    build_opener,
    compose_misread,
    compose_opener,
    compose_safety_reminder,
    compose_start,
)
from bot.engine.outbound import BREAK, FOLD, Text, nested
from bot.engine.registry import FlowContext
from bot.engine.schema import read
from bot.engine.view import View, with_breaks
from bot.i18n.translator import Translator
from tests.chatdriver import ChatDriver

FLOW_FILE = PROJECT_ROOT / "flows" / "raise.yaml"
TEXT_FILE = PROJECT_ROOT / "locales" / "en" / "raise.ftl"
REHEARSALS = ("never_touched", "defensive", "turned_around")
REHEARSAL_LABELS = {
    "never_touched": "we never touched",
    "defensive": "They get defensive",
    "turned_around": "They turn it around",
}


def spec() -> FlowSpec:
    return read(FlowSpec, yaml.safe_load(FLOW_FILE.read_text(encoding="utf-8")))


@pytest.fixture(scope="module")
def english() -> Translator:
    return Translator(PROJECT_ROOT / "locales")


def ctx(answers: dict[str, str], flags: frozenset[str] = frozenset()) -> FlowContext:
    return FlowContext(answers, flags)


def render(tr: Translator, parts: list[Text]) -> str:
    return "\n\n".join(tr.render("en", p) for p in parts)


def ids_of(parts: list[Text]) -> list[str]:
    return [t.id for p in parts if p != BREAK for t in nested(p)]


def messages(parts: list[Text]) -> list[list[Text]]:
    kept, breaks = with_breaks(parts)
    return View("raise", kept, breaks=breaks).messages()


# -- the opener, as a pure function of the answers --------------------------------------

BUTTONS = {"noticed": "name_often", "feeling": "left_out", "understand": "what_it_means"}
TYPED = {
    "noticed": OWN_WORDS,
    "noticed_text": "you've been going to the climbing gym twice a week with Sam",
    "feeling": OWN_WORDS,
    "feeling_text": "like a spare part",
    "understand": OWN_WORDS,
    "understand_text": "where Sam fits in your life",
}


@pytest.mark.parametrize(
    ("answers", "fragments", "accusing"),
    [
        (
            BUTTONS,
            [
                "raise-noticed-name-often",
                "raise-feeling-left-out",
                "raise-understand-what-it-means",
            ],
            "raise-accusing-name-often",
        ),
        (
            {"noticed": "late_messages", "feeling": "hurt", "understand": "how_close"},
            ["raise-noticed-late-messages", "raise-feeling-hurt", "raise-understand-how-close"],
            "raise-accusing-late-messages",
        ),
        (
            {"noticed": "guarded_phone", "feeling": "anxious", "understand": "us"},
            ["raise-noticed-guarded-phone", "raise-feeling-anxious", "raise-understand-us"],
            "raise-accusing-guarded-phone",
        ),
        (
            TYPED,
            [],
            ACCUSING_GENERAL,
        ),
        # Typed only for one part: the other two still come from the buttons.
        (
            {**BUTTONS, "feeling": OWN_WORDS, "feeling_text": "invisible"},
            ["raise-noticed-name-often", "raise-understand-what-it-means"],
            "raise-accusing-name-often",
        ),
        # Chose to type, then left nothing: a gentle fallback, never a blank.
        (
            {"noticed": OWN_WORDS, "feeling": OWN_WORDS, "understand": OWN_WORDS},
            ["raise-noticed-fallback", "raise-feeling-fallback", "raise-understand-fallback"],
            ACCUSING_GENERAL,
        ),
        (
            {},
            ["raise-noticed-fallback", "raise-feeling-fallback", "raise-understand-fallback"],
            ACCUSING_GENERAL,
        ),
    ],
    ids=["buttons", "buttons-2", "buttons-3", "typed", "mixed", "typed-empty", "empty"],
)
def test_opener_table(answers: dict[str, str], fragments: list[str], accusing: str) -> None:
    parts = compose_opener(ctx(answers))
    ids = ids_of(parts)
    # The opener on its own, then how it was built, with the accusing version folded.
    head, built = messages(parts)  # short typed words: nothing left out, no third message
    assert [p.id for p in head] == ["raise-opener"]
    assert [p.id for p in built] == ["raise-opener-intro", FOLD]
    for fragment in fragments:
        assert fragment in [t.id for t in nested(head[0])]
    # The accusing version it replaces is always shown, beside the opener.
    assert accusing in ids
    assert "raise-why-better" in ids
    assert "raise-safety-reminder" not in ids  # the step's lead says it, in a message of its own


def test_buttons_only_opener_reads_as_one_piece(english: Translator) -> None:
    body = english.render("en", build_opener(BUTTONS))
    assert "{" not in body
    assert "raise-" not in body
    assert english.render("en", Text("raise-noticed-name-often")) in body
    assert english.render("en", Text("raise-feeling-left-out")) in body
    assert english.render("en", Text("raise-understand-what-it-means")) in body


def test_typed_answers_appear_verbatim(english: Translator) -> None:
    opener = build_opener(TYPED)
    assert opener.params["noticed"] == TYPED["noticed_text"]
    assert opener.params["feeling"] == TYPED["feeling_text"]
    assert opener.params["understand"] == TYPED["understand_text"]
    body = english.render("en", opener)
    for key in ("noticed_text", "feeling_text", "understand_text"):
        assert TYPED[key] in body
    # No button fragment sneaks in when the person used their own words.
    assert not any(i.startswith("raise-noticed-") for i in ids_of([opener]))


def test_typed_text_keeps_its_words_but_not_a_doubled_full_stop(english: Translator) -> None:
    answers = {**TYPED, "feeling_text": "I guess, small and on edge.  "}
    body = english.render("en", build_opener(answers))
    assert "I guess, small and on edge." in body
    assert ".." not in body


def test_stale_typed_text_is_not_used_after_picking_a_button() -> None:
    answers = {**TYPED, "noticed": "online"}
    opener = build_opener(answers)
    assert opener.params["noticed"] == Text("raise-noticed-online")


def test_every_noticed_button_has_its_own_accusing_example() -> None:
    assert set(ACCUSING) == set(NOTICED.fragments)
    assert len(set(ACCUSING.values())) == len(ACCUSING)


@pytest.mark.parametrize(
    ("noticed", "feeling", "understand"),
    list(
        itertools.product(
            [*NOTICED.fragments, OWN_WORDS],
            [*FEELING.fragments, OWN_WORDS],
            [*UNDERSTAND.fragments, OWN_WORDS],
        )
    ),
)
def test_every_combination_renders_and_is_declared(
    english: Translator, noticed: str, feeling: str, understand: str
) -> None:
    answers = {
        "noticed": noticed,
        "noticed_text": "you seem far away",
        "feeling": feeling,
        "feeling_text": "sad",
        "understand": understand,
        "understand_text": "what you need",
    }
    parts = compose_opener(ctx(answers))
    emits = default_registry().composers["raise_opener"].emits
    assert set(ids_of(parts)) - {FOLD} <= emits
    body = render(english, parts)
    assert "{" not in body
    assert "raise-" not in body


def test_opener_is_pure() -> None:
    answers = dict(BUTTONS)
    assert compose_opener(ctx(answers)) == compose_opener(ctx(answers))
    assert answers == BUTTONS


def test_opener_leads_with_safety_when_flagged() -> None:
    assert spec().steps["opener"].lead == "raise_safety_reminder"
    assert ids_of(compose_safety_reminder(ctx(BUTTONS, frozenset({SAFETY_FLAG})))) == [
        "raise-safety-reminder"
    ]
    assert compose_safety_reminder(ctx(BUTTONS)) == []
    assert "raise-safety-reminder" not in ids_of(compose_opener(ctx(BUTTONS, frozenset({SAFETY_FLAG}))))


LONG = {  # every typed part far longer than its room in the first message
    "noticed": OWN_WORDS,
    "noticed_text": "You've been going to the climbing gym twice a week with Sam, and you come home "
    "happier than you've been in months, and you never say much about what happens there.",
    "feeling": OWN_WORDS,
    "feeling_text": "like a spare part in my own home, and a bit ashamed of minding at all",
    "understand": OWN_WORDS,
    "understand_text": "where Sam fits in your life and whether there is something you need from me "
    "that you have stopped asking for",
}


@pytest.mark.parametrize("locale", ["en", "es", "pt", "ru"])
def test_long_typed_words_are_shortened_in_the_opener_and_kept_whole_below(locale: str) -> None:
    tr = Translator(PROJECT_ROOT / "locales")
    head, built, words = messages(compose_opener(ctx(LONG)))
    first = tr.render_parts(locale, tuple(head))
    assert len(first) <= 400, (locale, len(first), first)
    opener = head[0]
    for key in ("noticed", "feeling", "understand"):
        short = opener.params[key]
        assert isinstance(short, str)
        assert " … " in short
        whole = LONG[f"{key}_text"].rstrip(".")
        assert short.split(" … ")[1] in whole
        assert whole.endswith(short.split(" … ")[1])
    assert sum(len(str(opener.params[k])) for k in ROOM) <= sum(ROOM.values())  # the room, shared
    assert "…." not in first  # the sentence's own full stop follows their last word
    assert [p.id for p in built] == ["raise-opener-intro", FOLD]
    [folded] = words
    assert folded.id == FOLD
    shown = tr.render_parts(locale, tuple(words))
    assert len(shown) <= 1000
    for key in ("noticed", "feeling", "understand"):  # nothing the person wrote is lost
        assert LONG[f"{key}_text"].rstrip(".")[1:] in shown


def test_only_the_shortened_parts_are_given_again_in_full() -> None:
    answers = {**LONG, "feeling_text": "small"}  # short: whole in the opener
    *_, words = messages(compose_opener(ctx(answers)))
    ids = ids_of(words)
    assert "raise-opener-words-noticed" in ids
    assert "raise-opener-words-understand" in ids
    assert "raise-opener-words-feeling" not in ids
    # The room a short part leaves goes to the long ones.
    opener = messages(compose_opener(ctx(answers)))[0][0]
    assert opener.params["feeling"] == "small"
    assert len(str(opener.params["understand"])) > ROOM["understand"]


def test_start_puts_safety_first_when_flagged() -> None:
    assert [t.id for t in compose_start(ctx({}))] == ["raise-intro"]
    flagged = compose_start(ctx({}, frozenset({SAFETY_FLAG})))
    assert [t.id for t in flagged] == ["raise-safety-first"]


def test_misread_reflects_typed_words(english: Translator) -> None:
    words = "maybe they've been lonely since the move"
    parts = compose_misread(ctx({"misread": OWN_WORDS, "misread_text": words}))
    assert words in render(english, parts)
    assert BREAK not in parts  # short: one message
    # A longer reading: its point beside staying open, the rest folded.
    head, rest = messages(compose_misread(ctx({"misread": "my_worry"})))
    assert [p.id for p in head] == ["raise-misread-my-worry", "raise-misread-open"]
    assert ids_of(rest) == [FOLD, "raise-misread-my-worry-more"]
    assert BREAK not in compose_misread(ctx({"misread": "simple_reason"}))


@pytest.mark.parametrize("locale", ["en", "es", "pt", "ru"])
def test_misread_in_long_typed_words_fits_a_screen_and_keeps_them_whole(locale: str) -> None:
    tr = Translator(PROJECT_ROOT / "locales")
    words = LONG["understand_text"] + ", or maybe it is all in my head after a hard year at work"
    head, rest = messages(compose_misread(ctx({"misread": OWN_WORDS, "misread_text": words})))
    first = tr.render_parts(locale, tuple(head))
    assert len(first) <= 400
    assert words[: MISREAD_ROOM // 2] in first
    assert words not in first
    assert words in tr.render_parts(locale, tuple(rest))


# -- the flow's shape -------------------------------------------------------------------


def test_every_rehearsal_offers_the_others_and_a_way_to_finish() -> None:
    flow = spec()
    hub = {c.to for c in flow.steps["practise"].choices}
    assert set(REHEARSALS) <= hub
    for rehearsal in REHEARSALS:
        step = flow.steps[rehearsal]
        targets = {c.to for c in step.choices}
        assert set(REHEARSALS) - {rehearsal} <= targets
        assert "finish" in targets


def test_opener_is_kept_and_the_end_offers_what_next() -> None:
    flow = spec()
    assert flow.order == 20
    assert flow.steps["opener"].keep
    finish = flow.steps["finish"]
    assert finish.terminal
    exits = {(c.flow, c.screen, c.menu) for c in finish.choices}
    assert ("agreement", None, False) in exits
    assert ("dealbreaker", None, False) in exits
    assert (None, "professional_help", False) in exits
    assert (None, None, True) in exits


def test_every_text_step_has_a_choose_instead_path() -> None:
    for step_id, step in spec().steps.items():
        if step.text is not None:
            assert step.choices, step_id
            assert step.recap, step_id


SURVEILLANCE = re.compile(
    r"(check|go through|look through|read|unlock|search)\w* (their|your partner's|his|her) "
    r"(phone|messages|chats|email)|password|passcode|\bpin\b|track(ing)? (their|them|your partner)"
    r"|location|screenshot|spy",
    re.IGNORECASE,
)


def test_nothing_scripts_surveillance(english: Translator) -> None:
    ids = [i for i in english.ids("en") if english.file_of("en", i).endswith("raise.ftl")]
    assert ids
    for msg_id in ids:
        text = english.render(
            "en",
            Text(msg_id, {"noticed": "x", "feeling": "x", "understand": "x", "example": "x", "missing": "x"}),
        )
        assert not SURVEILLANCE.search(text), msg_id
        assert "!" not in text, msg_id
        assert "therap" not in text.lower(), msg_id


# -- walks through the flow -------------------------------------------------------------


async def open_raise(chat: ChatDriver) -> None:
    await chat.begin()
    await chat.tap("Raise it")


async def test_walk_with_buttons(chat: ChatDriver) -> None:
    await open_raise(chat)
    assert "raise-intro" in chat.last.ids
    await chat.tap("Let's start")
    assert chat.last.ids == ["safety-question-early"]  # asked before anything is prepared
    await chat.tap("nothing like that")
    assert "raise-q-noticed" in chat.last.ids
    await chat.tap("One name comes up")
    await chat.tap("Left out")
    said = await chat.tap("What it means to them")
    opener, built = said
    assert opener.ids == [
        "raise-opener",
        "raise-noticed-name-often",
        "raise-feeling-left-out",
        "raise-understand-what-it-means",
    ]
    assert "raise-accusing-name-often" in built.ids
    assert "raise-why-better" in built.ids
    await chat.tap("when and how")
    assert "raise-scope" in chat.last.ids
    await chat.tap("Continue")
    assert "raise-moment" in chat.last.ids
    assert "raise-safety-reminder" not in chat.last.ids
    await chat.tap("Continue")
    assert "raise-q-misread" in chat.last.ids
    await chat.tap("simple reason")
    assert "raise-misread-simple-reason" in chat.last.ids
    await chat.tap("Continue")
    assert "raise-q-practise" in chat.last.ids
    await chat.tap("skip this")
    end = chat.last
    assert "raise-finish" in end.ids
    assert "Show me safety resources" not in end.labels
    for label in ("agreements", "workable", "professional help", "Menu"):
        chat.find(label)


async def test_walk_with_typed_text(chat: ChatDriver) -> None:
    await open_raise(chat)
    await chat.tap("Let's start")
    await chat.tap("rather not say")
    await chat.tap("own words")
    assert "raise-q-noticed-own" in chat.last.ids
    await chat.text(TYPED["noticed_text"])
    await chat.tap("own words")
    await chat.text(TYPED["feeling_text"])
    await chat.tap("own words")
    said = await chat.text(TYPED["understand_text"])
    opener = said[-2]
    assert "raise-opener" in opener.ids
    for key in ("noticed_text", "feeling_text", "understand_text"):
        assert TYPED[key] in opener.body
    assert "raise-accusing-general" in said[-1].ids
    await chat.tap("when and how")
    await chat.tap("Continue")
    await chat.tap("Continue")
    await chat.tap("own words")
    await chat.text("they might not know it bothers me")
    assert "they might not know it bothers me" in chat.last.body
    await chat.tap("Continue")
    await chat.tap("we never touched")
    await chat.tap("done practising")
    assert "raise-finish" in chat.last.ids


async def test_choose_instead_returns_to_the_buttons(chat: ChatDriver) -> None:
    await open_raise(chat)
    await chat.tap("Let's start")
    await chat.tap("rather not say")
    await chat.tap("own words")
    await chat.tap("Choose from the list")
    assert "raise-q-noticed" in chat.last.ids
    await chat.tap("Something I saw online")
    assert "raise-q-feeling" in chat.last.ids


async def test_every_rehearsal_is_reachable(chat: ChatDriver) -> None:
    await open_raise(chat)
    await chat.tap("Let's start")
    await chat.tap("nothing like that")
    await chat.tap("Messages late")
    await chat.tap("Hurt")
    await chat.tap("How close")
    await chat.tap("when and how")
    await chat.tap("Continue")
    await chat.tap("Continue")
    await chat.tap("Nothing comes to mind")
    await chat.tap("Continue")
    assert "raise-q-practise" in chat.last.ids
    seen = []
    for rehearsal in REHEARSALS:
        await chat.tap(REHEARSAL_LABELS[rehearsal])
        seen.append(f"raise-{rehearsal.replace('_', '-')}")
        assert seen[-1] in chat.last.ids
        assert "I'm done practising" in chat.last.labels
        for other in set(REHEARSALS) - {rehearsal}:
            chat.find(REHEARSAL_LABELS[other])  # offered
    await chat.tap("done practising")
    assert "raise-finish" in chat.last.ids
    assert len(seen) == 3


async def walk_dealbreaker_with_safety_yes(chat: ChatDriver) -> None:
    await chat.begin()
    await chat.tap("workable, or a dealbreaker")
    await chat.tap("Let's start")
    await chat.tap("Yes, some of that")
    await chat.tap("Go on with the questions")
    await chat.tap("Flirting")
    await chat.tap("I haven't raised it yet")
    await chat.tap("Carry on")
    await chat.tap("First time")
    await chat.tap("Some of it")
    await chat.tap("No, it hasn't")
    await chat.tap("Committed")
    await chat.tap("Time, without")


async def test_with_safety_concern_the_first_step_is_safety(chat: ChatDriver) -> None:
    await walk_dealbreaker_with_safety_yes(chat)
    assert "Prepare how to raise it" not in chat.last.labels  # the reading offers no confrontation
    await chat.command("menu")
    await chat.tap("Raise it")
    first = chat.last
    assert first.ids == ["raise-safety-first"]
    assert "Let's start" not in first.labels
    assert first.labels[0] == "Show me safety resources"
    await chat.tap("staying safe")
    assert "raise-safety-plan" in chat.last.ids
    await chat.tap("still like to prepare")
    assert "raise-q-noticed" in chat.last.ids  # the question isn't asked twice
    await chat.tap("Time with someone")
    await chat.tap("Confused")
    said = await chat.tap("same way")
    assert said[0].ids == ["raise-safety-reminder"]  # before the opener, on its own
    assert "raise-opener" in said[1].ids
    assert chat.last.labels[0] == "Show me safety resources"
    await chat.tap("when and how")
    said = await chat.tap("Continue")
    assert said[0].ids[0] == "raise-safety-reminder"  # the first message, on its own
    await chat.tap("Continue")
    await chat.tap("worries")
    await chat.tap("Continue")
    said = await chat.tap("skip this")
    assert said[0].ids[0] == "raise-safety-reminder"
    assert chat.last.labels[0] == "Show me safety resources"


async def test_yes_to_the_first_question_puts_safety_before_the_opener(chat: ChatDriver) -> None:
    await open_raise(chat)
    await chat.tap("Let's start")
    said = await chat.tap("Yes, some of that")
    assert said[-1].ids == ["safety-answer-thanks", "raise-safety-yes"]
    assert said[-1].labels[0] == "Show me safety resources"
    person = await chat.core.store.run(chat.user_id, lambda tx: tx.load())
    assert person is not None
    assert SAFETY_FLAG in person.session.flags
    await chat.tap("still like to prepare")
    await chat.tap("One name comes up")
    await chat.tap("Left out")
    said = await chat.tap("What it means to them")
    assert said[0].ids == ["raise-safety-reminder"]
    assert "raise-opener" in said[1].ids


async def test_safety_resources_open_from_the_safety_step(chat: ChatDriver) -> None:
    await walk_dealbreaker_with_safety_yes(chat)
    await chat.tap("Menu")
    await chat.tap("Raise it")
    assert "raise-safety-first" in chat.last.ids
    said = await chat.tap("safety resources")
    assert any("sos-directory" in s.ids for s in said)


# -- shortening typed words to fit a screen --------------------------------------------


def test_elide_leaves_out_the_middle_and_keeps_how_it_ends() -> None:
    from bot.engine.logic.words import elide

    words = "for most of last year I kept a profile on an app and met people, and told you I was working late"
    short = elide(words, 70)
    assert len(short) <= 70
    head, tail = short.split(" … ")
    assert words.startswith(head)
    assert words.endswith(tail)
    assert tail == "and told you I was working late"  # the last clause whole
    assert elide("short enough", 70) == "short enough"
    assert elide(words, 8).endswith("…")  # too little room for two ends: cut at the end


def test_share_gives_what_short_words_leave_to_the_long_ones() -> None:
    from bot.engine.logic.words import cut, share

    long_a, long_b = "word " * 40, "other " * 40
    short = share(["tiny", long_a.strip(), long_b.strip()], 100)
    assert short[0] == "tiny"
    assert sum(map(len, short)) <= 100 + 2  # an ellipsis each may go one past
    assert len(short[1]) > 40
    assert len(short[2]) > 40
    assert share(["a", "b"], 10) == ["a", "b"]
    assert share([long_a], 20, cut)[0].endswith("…")
