"""The dealbreaker reading: a pure function of the answers, never a verdict."""

from __future__ import annotations

import pytest

from bot.engine.logic.common import SAFETY_FLAG
from bot.engine.logic.dealbreaker import Leaning, compose_reading, read
from bot.engine.outbound import Text, nested
from bot.engine.registry import FlowContext
from tests.chatdriver import ChatDriver

BASE = {
    "behaviour": "texting",
    "willing": "unsure",
    "pattern": "unsure",
    "concealment": "unsure",
    "affair": "unsure",
    "commitment": "unsure",
    "need": "unsure",
}


def answers(**changes: str) -> dict[str, str]:
    return {**BASE, "response": "not_raised", **changes}


@pytest.mark.parametrize(
    ("given", "leaning"),
    [
        # honest ownership + first time + willing
        (answers(response="owned", pattern="first", willing="yes"), Leaning.WORKABLE),
        (answers(response="owned", pattern="changed", willing="yes", concealment="open"), Leaning.WORKABLE),
        # denial or anger + a pattern raised before without change
        (answers(response="denied", pattern="unchanged"), Leaning.DEALBREAKER),
        (answers(response="angry", pattern="unchanged"), Leaning.DEALBREAKER),
        (
            answers(
                response="denied",
                pattern="unchanged",
                commitment="committed",
                affair="no",
                concealment="open",
            ),
            Leaning.DEALBREAKER,
        ),
        # extensive concealment + emotional affair
        (answers(concealment="extensive", affair="yes"), Leaning.DEALBREAKER),
        (answers(response="minimised", concealment="extensive", affair="yes"), Leaning.DEALBREAKER),
        # mixed answers
        (answers(response="owned", pattern="first", concealment="extensive"), Leaning.MIXED),
        (
            answers(response="owned", willing="yes", pattern="first", concealment="extensive", affair="yes"),
            Leaning.MIXED,
        ),
        (answers(response="deflected", willing="yes", commitment="committed"), Leaning.MIXED),
        # too little to go on either way
        (answers(), Leaning.MIXED),
        # the person's own limit counts
        (answers(need="cannot", pattern="unchanged"), Leaning.DEALBREAKER),
    ],
)
def test_reading_table(given: dict[str, str], leaning: Leaning) -> None:
    assert read(given).leaning is leaning


def test_mixed_reading_shows_both_sides_with_their_reasons() -> None:
    given = answers(response="owned", pattern="first", concealment="extensive")
    reading = read(given)
    assert reading.workable == ("dealbreaker-factor-owned", "dealbreaker-factor-first-time")
    assert reading.dealbreaker == ("dealbreaker-factor-concealment",)
    ids = _ids(compose_reading(FlowContext(given)))
    assert "dealbreaker-toward-workable" in ids
    assert "dealbreaker-toward-dealbreaker" in ids
    assert ids[-2:] == ["dealbreaker-both-valid", "dealbreaker-where-next"]


def _ids(parts: list[Text]) -> list[str]:
    return [t.id for part in parts for t in nested(part)]


@pytest.mark.parametrize(
    ("given", "line", "lists"),
    [
        (answers(response="owned", concealment="extensive"), "dealbreaker-leaning-mixed", 2),
        (answers(pattern="first"), "dealbreaker-leaning-mixed-workable", 1),
        (answers(response="minimised"), "dealbreaker-leaning-mixed-dealbreaker", 1),
        (answers(), "dealbreaker-leaning-mixed-none", 0),
    ],
)
def test_a_mixed_reading_points_only_at_the_lists_there_are(
    given: dict[str, str], line: str, lists: int
) -> None:
    """No "worth looking at both lists below" when the reasons are on one side only."""
    assert read(given).leaning is Leaning.MIXED
    parts = compose_reading(FlowContext(given))
    assert parts[0].id == line  # the first message, on its own
    ids = _ids(parts)
    assert sum(i in ("dealbreaker-toward-workable", "dealbreaker-toward-dealbreaker") for i in ids) == lists


def test_not_raised_says_the_response_is_still_missing() -> None:
    ids = _ids(compose_reading(FlowContext(answers())))
    assert "dealbreaker-response-unknown" in ids
    ids = _ids(compose_reading(FlowContext(answers(response="owned"))))
    assert "dealbreaker-response-matters" in ids


def test_fear_or_control_puts_safety_first() -> None:
    ids = _ids(compose_reading(FlowContext(answers(), frozenset({SAFETY_FLAG}))))
    assert ids[0] == "dealbreaker-safety-first"
    assert ids.count("dealbreaker-safety-first") == 1
    ids = _ids(compose_reading(FlowContext(answers())))
    assert "dealbreaker-safety-first" not in ids


def test_the_reading_is_never_a_verdict(chat: ChatDriver) -> None:
    tr = chat.core.translator
    for msg_id in (
        "dealbreaker-leaning-workable",
        "dealbreaker-leaning-mixed",
        "dealbreaker-leaning-dealbreaker",
        "dealbreaker-both-valid",
    ):
        text = tr.render("en", Text(msg_id)).lower()
        for verdict in ("you should leave", "you must", "you should stay", "it's over", "break up"):
            assert verdict not in text
    both = tr.render("en", Text("dealbreaker-both-valid"))
    assert "not overreacting" in both
    assert "valid" in both


async def test_whole_check_through_the_buttons(chat: ChatDriver) -> None:
    await chat.begin()
    await chat.tap("workable")
    said = await chat.tap("start")
    assert said[-1].ids == ["safety-question-early"]  # the first question, before any other
    await chat.tap("nothing like that")
    await chat.tap("dating-app")
    await chat.tap("denied")
    await chat.tap("won't go there")
    await chat.tap("nothing changed")
    await chat.tap("A lot")
    await chat.tap("feels like that")
    await chat.tap("fully in it")
    said = await chat.tap("carry this")
    assert said[0].ids == ["dealbreaker-leaning-dealbreaker"]  # the one thing, on its own
    ids = [i for s in said for i in s.ids]
    assert "dealbreaker-factor-denied" in ids
    labels = said[-1].labels
    assert "Work through it together" in labels
    assert "Talk about our agreements" in labels
    assert "Finding professional help" in labels
    assert "Prepare how to raise it" not in labels  # it was raised already


async def test_not_raised_offers_the_raise_flow(chat: ChatDriver) -> None:
    await chat.begin()
    await chat.tap("workable")
    await chat.tap("start")
    await chat.tap("nothing like that")
    await chat.tap("flirting")
    said = await chat.tap("haven't raised")
    assert said[-1].ids[0] == "dealbreaker-not-raised"
    said = await chat.tap("prepare to raise")
    assert said[-1].ids[0].startswith("raise-")
    # the check waits, resumable from the menu
    said = await chat.command("menu")
    assert any("Continue: Is this workable" in label for label in said[-1].labels)


async def test_safety_yes_offers_resources_before_the_reading(chat: ChatDriver) -> None:
    await chat.begin()
    await chat.tap("workable")
    await chat.tap("start")
    said = await chat.tap("some of that is happening")
    assert said[-1].ids == ["safety-answer-thanks", "dealbreaker-safety-yes"]
    assert said[-1].labels[0] == "Show me safety resources"
    said = await chat.tap("safety resources")
    assert "sos-directory" in said[-1].ids
    await chat.tap("Back to where I was")
    said = await chat.tap("Go on with the questions")
    assert "dealbreaker-q-what" in said[-1].ids
    await chat.tap("flirting")
    said = await chat.tap("haven't raised")
    # Not raised yet, but with fear in the picture nothing offers to prepare the talk.
    assert said[-1].labels[0] == "Show me safety resources"
    assert not any("raise" in label.lower() for label in said[-1].labels)
    await chat.tap("Carry on")
    for label in ("First time", "out in the open", "hasn't gone that far", "Committed"):
        await chat.tap(label)
    said = await chat.tap("Time,")
    reading = said[-1]
    assert said[0].ids == ["dealbreaker-safety-first"]  # a message of its own, the first
    assert reading.labels[0] == "Show me safety resources"
    assert "Prepare how to raise it" not in reading.labels
    assert len(chat.core.translator.render("en", Text("dealbreaker-safety-first"))) <= 400


async def test_a_concern_said_earlier_skips_the_question_and_leads_the_reading(chat: ChatDriver) -> None:
    await chat.begin()
    said = await chat.text("she checks my phone every night")
    assert said[-1].ids[0] == "safety-check-control"
    said = await chat.tap("that's what's happening")
    assert "sos-directory" in said[-1].ids
    await chat.command("menu")
    await chat.tap("workable")
    said = await chat.tap("start")
    assert "dealbreaker-q-what" in said[-1].ids  # asked once is enough
