"""Thinking about leaving: safety asked first, no way to tell a frightening partner face to
face, a reflection that never pushes either way, and the flow offered after every reading."""

from __future__ import annotations

import copy
import itertools

import pytest

from bot.app import Content
from bot.engine.events import ButtonIn
from bot.engine.flowspec import FlowSpec
from bot.engine.logic.common import SAFETY_FLAG
from bot.engine.logic.leaving import (
    BETWEEN,
    BOTH_VALID,
    NOT_ASKED_SAFETY,
    ROOM,
    STAYS_WITH_YOU,
    TOWARD_LEAVING,
    YOURS,
    compose_decision,
    leaning,
)
from bot.engine.outbound import FOLD, Text, nested
from bot.engine.registry import FlowContext
from bot.engine.session import Person
from bot.engine.turn import Turn
from bot.engine.view import View, with_breaks
from tests.chatdriver import ChatDriver
from tests.test_flow_paths import _engine

LOCALES = ("en", "es", "pt", "ru")
LIVE_WITH = ("fade", "carry", "unsure")
DESERVE = ("offered", "partly", "not_offered", "not_asked")
SCRIPT_STEPS = {"telling", "telling_words"}  # how to tell them: never once fear is said


@pytest.mark.parametrize(
    ("live_with", "deserve", "expected"),
    [
        ("carry", "not_offered", TOWARD_LEAVING),
        ("carry", "partly", TOWARD_LEAVING),
        ("carry", "offered", STAYS_WITH_YOU),
        ("carry", "not_asked", STAYS_WITH_YOU),
        ("fade", "offered", ROOM),
        ("fade", "partly", BETWEEN),
        ("fade", "not_offered", BETWEEN),
        ("unsure", "offered", BETWEEN),
        ("unsure", "not_asked", BETWEEN),
    ],
)
def test_the_leaning_follows_what_you_can_live_with_and_what_is_offered(
    live_with: str, deserve: str, expected: str
) -> None:
    assert leaning({"live_with": live_with, "deserve": deserve}) == expected


@pytest.mark.parametrize("flags", [frozenset(), frozenset({SAFETY_FLAG})])
@pytest.mark.parametrize(("live_with", "deserve"), list(itertools.product(LIVE_WITH, DESERVE)))
def test_every_reflection_leads_with_its_leaning_and_both_choices_valid_on_one_screen(
    content: Content, live_with: str, deserve: str, flags: frozenset[str]
) -> None:
    parts = compose_decision(FlowContext({"live_with": live_with, "deserve": deserve}, flags))
    kept, breaks = with_breaks(parts)
    every = View("leaving:decision", kept, breaks=breaks).messages()
    shown = list(every)
    safety_first = deserve == "not_asked" and bool(flags)
    if safety_first:  # with fear in the picture, never "say what you need and watch what comes back"
        assert [p.id for p in shown[0]] == [NOT_ASKED_SAFETY]
        shown = shown[1:]
    head, rest = shown
    # Which way it leans, and that the choice and its timing are theirs, on their own.
    assert [p.id for p in head] == [leaning({"live_with": live_with, "deserve": deserve}), YOURS]
    [folded] = rest
    assert folded.id == FOLD
    inner = [t.id for t in nested(folded)][1:]
    assert inner[-1] == BOTH_VALID  # people go both ways, whatever the answers
    if deserve == "not_asked":
        assert (NOT_ASKED_SAFETY in [p.id for p in parts]) == bool(flags)
        assert ("leaving-deserve-not-asked" in inner) == (not flags)
    else:
        assert inner[0] == f"leaving-deserve-{deserve.replace('_', '-')}"
    ids = [t.id for p in parts for t in nested(p)]
    assert ids.count(YOURS) == 1
    assert "verdict" not in content.translator.render("en", Text(BOTH_VALID))
    for locale in LOCALES:
        for message in every:
            size = len(content.translator.render_parts(locale, tuple(message)))
            limit = 400 if message in (every[0], head) else 1000
            assert size <= limit, (locale, [p.id for p in message], size)


def test_every_leaving_message_fits_in_every_locale(content: Content) -> None:
    translator = content.translator
    ids = {i for i in translator.ids("en") if i.startswith("leaving-")}
    assert len(ids) > 40
    for locale in LOCALES:
        for msg_id in ids:
            rendered = translator.render(locale, Text(msg_id))
            assert rendered.strip(), (locale, msg_id)
            assert len(rendered) <= 1000, (locale, msg_id, len(rendered))
        assert len(translator.render(locale, Text("leaving-end"))) <= 400


def _reachable(flags: list[str]) -> set[tuple[str, bool]]:
    """Every (step, fear said) a person can reach in the leaving flow by tapping, from the
    start with these session flags."""
    engine = _engine()
    person = Person(user_id=1, created_at=0, active_at=0, locale="en", consented_at=0)
    person.session.flags = list(flags)
    turn = Turn(person, ButtonIn(user_id=1, token=""), 0)
    engine.open_flow(turn, "leaving")
    seen: set[tuple[str, bool]] = set()
    queue = [person]
    while queue:
        here = queue.pop()
        session = here.session
        if session.flow != "leaving" or session.overlay is not None:
            continue  # left the flow, or a screen over it
        place = (session.flows["leaving"].step, SAFETY_FLAG in session.flags)
        if place in seen:
            continue
        seen.add(place)
        view = engine.current_view(Turn(here, ButtonIn(user_id=1, token=""), 0))
        for option in [o for row in view.rows for o in row if not o.id.startswith("_")]:
            nxt = copy.deepcopy(here)
            engine._choose(Turn(nxt, ButtonIn(user_id=1, token=""), 0), option.id)
            queue.append(nxt)
    return seen


def test_with_fear_said_no_step_offers_a_script_for_telling_them() -> None:
    flagged = _reachable([SAFETY_FLAG])
    assert {step for step, _ in flagged} >= {"safety_known", "parts", "telling_safe", "decision", "end"}
    assert "safety" not in {step for step, _ in flagged}  # not asked again: it's known
    assert not {step for step, fear in flagged if step in SCRIPT_STEPS}
    # Said inside this flow: from that answer on, the same holds.
    fresh = _reachable([])
    assert ("safety_first", True) in fresh
    assert not {step for step, fear in fresh if fear and step in SCRIPT_STEPS}
    assert {step for step, fear in fresh if not fear} >= SCRIPT_STEPS  # without fear, the help is there


async def test_the_safety_question_comes_before_any_part(chat: ChatDriver) -> None:
    await chat.begin()
    await chat.tap("Thinking about leaving")
    assert chat.last.ids == ["leaving-intro"]
    await chat.tap("Let's start")
    assert chat.last.ids == ["leaving-q-safety"]
    await chat.tap("Yes, some of that")
    assert chat.last.ids == ["safety-answer-thanks", "leaving-safety-first"]
    assert chat.last.labels[:2] == ["Show me safety resources", "Make a safety plan"]
    await chat.tap("Go on to the other parts")
    await chat.tap("Telling them")
    assert chat.last.ids == ["leaving-telling-safe"]
    assert "How to put it into words" not in chat.last.labels
    assert chat.last.labels[0] == "Show me safety resources"
    await chat.tap("Make a safety plan")
    assert "plan-intro" in chat.last.ids
    await chat.tap("Stop")  # the plan returns to help and support
    assert "sos-directory" in chat.last.ids
    await chat.tap("Back to where I was")
    assert chat.last.ids == ["leaving-telling-safe"]
    await chat.tap("Back to the parts")
    await chat.tap("That's enough for now")
    assert chat.last.ids == ["leaving-end"]
    assert chat.last.labels[0] == "Show me safety resources"
    assert "If we try to work through it" not in chat.last.labels


async def test_without_fear_the_parts_help_tell_them_and_decide(chat: ChatDriver) -> None:
    await chat.begin()
    await chat.tap("Thinking about leaving")
    await chat.tap("Let's start")
    await chat.tap("No, nothing like that")
    assert chat.last.ids == ["leaving-q-part"]
    await chat.tap("Telling them")
    assert chat.last.ids == ["leaving-telling"]
    assert "I'm afraid of how they'll react" in chat.last.labels
    await chat.tap("How to put it into words")
    assert chat.last.ids == ["leaving-telling-words"]
    await chat.tap("“But we never touched”")
    assert chat.last.ids == ["learn-never-touched"]
    await chat.tap("Back to where I was")
    assert chat.last.ids == ["leaving-telling-words"]
    await chat.tap("Back to the parts")
    await chat.tap("Deciding")
    assert chat.last.ids == ["leaving-q-live-with"]
    await chat.tap("every day")
    await chat.tap("No, it isn't")
    said = chat.history[-2:]
    assert said[0].ids == [TOWARD_LEAVING, YOURS]  # the leaning, on one screen
    assert "isn't an overreaction" in said[0].body
    assert said[1].ids == [FOLD, "leaving-deserve-not-offered", BOTH_VALID]  # then, folded, the rest
    for part, shown in (
        ("The people around me", "leaving-people"),
        ("Looking after myself", "leaving-self-care"),
        ("Where a professional helps", "leaving-professional"),
    ):
        await chat.tap("Back to the parts")
        await chat.tap(part)
        assert chat.last.ids == [shown]
    await chat.tap("Back to the parts")
    await chat.tap("That's enough for now")
    assert chat.last.ids == ["leaving-end"]
    assert "If we try to work through it" in chat.last.labels  # staying is offered too
    assert "Show me safety resources" not in chat.last.labels


async def test_a_concern_said_earlier_leads_with_safety_here(chat: ChatDriver) -> None:
    await chat.begin()
    said = await chat.text("she checks my phone every night")
    assert said[-1].ids[0].startswith("safety-check-")
    await chat.tap("Yes, that's what's happening")
    await chat.command("menu")
    await chat.tap("Thinking about leaving")
    await chat.tap("Let's start")
    assert chat.last.ids == ["leaving-safety-known", "leaving-safety-first"]
    assert chat.last.labels[0] == "Show me safety resources"


@pytest.mark.parametrize(
    ("flow_id", "step_id"),
    [
        ("dealbreaker", "reading"),
        ("spectrum", "placement"),
        ("repair", "end"),
        ("raise", "finish"),
    ],
)
def test_leaving_is_offered_after_every_reading(content: Content, flow_id: str, step_id: str) -> None:
    spec: FlowSpec = content.book.specs[flow_id]
    step = spec.steps[step_id]
    assert step.terminal
    offered = [c for c in step.choices if c.flow == "leaving"]
    assert offered
    # always, except to the one doing it in the spectrum check: leaving is written for the other side
    assert offered[0].when == ("spectrum_not_doing" if flow_id == "spectrum" else None)
    assert offered[0].label == "next-leaving"
