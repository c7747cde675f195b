"""The dealbreaker reading: a pure function of the answers, never a verdict."""

from __future__ import annotations

import pytest

from bot.app import Content
from bot.config import PROJECT_ROOT
from bot.engine.logic.common import SAFETY_FLAG
from bot.engine.logic.dealbreaker import Leaning, compose_reading, read
from bot.engine.outbound import BREAK, Text, nested
from bot.engine.registry import FlowContext
from bot.i18n.translator import Translator
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
    # The first message, on its own: what was asked about, then which way it leans.
    assert [p.id for p in parts[: parts.index(BREAK)]] == ["dealbreaker-about", line]
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
    # The one thing, on its own, beside what was asked about.
    assert said[0].ids == [
        "dealbreaker-about",
        "behaviour-short-dating-app",
        "dealbreaker-leaning-dealbreaker",
    ]
    assert said[0].body.startswith("You asked about: a dating-app profile.")
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


# -- several small things ------------------------------------------------------------------


def test_several_behaviours_count_toward_the_pattern() -> None:
    one = answers()
    two = answers(also="flirting")
    three = answers(also="flirting", also_2="coworker")
    assert "dealbreaker-factor-several" not in read(one).dealbreaker
    assert read(two).dealbreaker == ("dealbreaker-factor-several",)
    # Beside the pattern's own reason, before what was hidden.
    both = read(answers(pattern="unchanged", concealment="extensive", also="flirting"))
    assert both.dealbreaker == (
        "dealbreaker-factor-pattern",
        "dealbreaker-factor-several",
        "dealbreaker-factor-concealment",
    )
    # Two things weigh less than three: with a lot hidden, three tip it; two leave it mixed.
    assert read(answers(concealment="extensive", also="flirting")).leaning is Leaning.MIXED
    assert (
        read(answers(concealment="extensive", also="flirting", also_2="coworker")).leaning
        is Leaning.DEALBREAKER
    )
    assert read(three).leaning is Leaning.MIXED  # three small things alone are not a verdict


@pytest.mark.parametrize(
    "extra",
    [
        {},  # a session from before several could be named
        {"also": "none"},
        {"also": "texting"},  # the same one again
        {"also": "texting", "also_2": "none"},
        {"behaviour": "several"},  # "Several of these", before the first was picked
    ],
)
def test_one_behaviour_is_not_a_pattern(extra: dict[str, str]) -> None:
    assert "dealbreaker-factor-several" not in read(answers(**extra)).dealbreaker


def test_the_first_message_names_every_behaviour_briefly() -> None:
    tr = Translator(PROJECT_ROOT / "locales")
    given = answers(behaviour="flirting", also="texting", also_2="secret_plans", pattern="unchanged")
    parts = compose_reading(FlowContext(given, frozenset({SAFETY_FLAG})))
    assert parts[:2] == [Text("dealbreaker-safety-first"), BREAK]
    first = parts[2 : parts.index(BREAK, 2)]
    about = first[0]
    assert about.id == "dealbreaker-about"
    assert [t.id for t in about.params["behaviours"].items] == [  # type: ignore[union-attr]
        "behaviour-short-flirting",
        "behaviour-short-texting",
        "behaviour-short-secret-plans",
    ]
    assert tr.render("en", about) == (
        "You asked about: flirting past friendly; close texting with someone; hidden plans to meet."
    )
    # Every behaviour at its longest beside the longest leaning, in every language.
    for names in (
        ("texting", "intimate_sharing", "secret_ex"),
        ("hidden_accounts", "coworker", "secret_plans"),
    ):
        for line in ("dealbreaker-leaning-mixed-dealbreaker", "dealbreaker-leaning-workable"):
            a = answers(behaviour=names[0], also=names[1], also_2=names[2])
            about = compose_reading(FlowContext(a))[0]
            for locale in tr.locales:
                assert len(tr.render_parts(locale, [about, Text(line)])) <= 400, (locale, names, line)


async def test_several_behaviours_through_the_buttons(chat: ChatDriver) -> None:
    await chat.begin()
    await chat.tap("workable")
    await chat.tap("start")
    await chat.tap("nothing like that")
    said = await chat.tap("Several of these")
    assert said[-1].ids == ["dealbreaker-q-several"]
    said = await chat.tap("Flirting")
    assert said[-1].ids == ["dealbreaker-q-also"]
    assert not any(label.startswith("Flirting") for label in chat.last.labels)
    said = await chat.tap("Frequent texting")
    assert said[-1].ids == ["dealbreaker-q-also-2"]
    assert not any(label.startswith(("Flirting", "Frequent texting")) for label in chat.last.labels)
    said = await chat.tap("Making plans")
    assert said[-1].ids == ["dealbreaker-q-response"]
    for label in (
        "owned it honestly",
        "want to understand",
        "First time",
        "Some of it",
        "No, it hasn't",
        "Committed",
    ):
        await chat.tap(label)
    said = await chat.tap("Time,")
    assert said[0].body.startswith(
        "You asked about: flirting past friendly; close texting with someone; hidden plans to meet."
    )
    assert "dealbreaker-factor-several" in [i for s in said for i in s.ids]
    assert "It wasn't one thing but several" in "\n".join(s.body for s in said)


async def test_several_can_stop_at_two(chat: ChatDriver) -> None:
    await chat.begin()
    await chat.tap("workable")
    await chat.tap("start")
    await chat.tap("nothing like that")
    await chat.tap("Several of these")
    await chat.tap("coworker")
    await chat.tap("Following an ex")
    said = await chat.tap("That's all")
    assert said[-1].ids == ["dealbreaker-q-response"]


# -- the one who did it --------------------------------------------------------------------


async def test_the_one_who_did_it_is_never_asked_how_their_partner_responded(chat: ChatDriver) -> None:
    await chat.begin()
    said = await chat.tap("workable")
    assert "I'm the one who did it" in said[-1].labels
    assert said[-1].labels[0] == "Let's start"  # the check's own audience first
    said = await chat.tap("I'm the one who did it")
    assert said[-1].ids == ["dealbreaker-did"]
    labels = said[-1].labels
    assert labels[0] == "Owning what I did"
    assert "Check where a behaviour sits" in labels
    # Nothing offered here is written for the other side.
    for other_side in ("Prepare how to raise it", "Work through it together", "If I'm thinking of leaving"):
        assert other_side not in labels
    said = await chat.tap("Owning what I did")
    assert "owning-intro" in said[-1].ids
    asked = {i for s in chat.history for i in s.ids}
    assert "dealbreaker-q-response" not in asked
    assert "dealbreaker-q-willing" not in asked


def test_no_path_from_the_doers_screen_reaches_a_question_about_the_partner(content: Content) -> None:
    spec = content.book.specs["dealbreaker"]
    seen, todo = set(), ["did"]
    while todo:
        step = todo.pop()
        if step in seen:
            continue
        seen.add(step)
        todo += spec.exits_to(step)
    assert seen == {"did"}  # it leads only out of the check: owning, the spectrum, learn, menu
    leaves = {c.flow or c.screen or ("menu" if c.menu else None) for c in spec.steps["did"].choices}
    assert leaves == {"sos", "owning", "spectrum", "learn", "menu"}


async def test_the_doers_screen_leads_with_safety_once_fear_was_said(chat: ChatDriver) -> None:
    await chat.begin()
    await chat.text("she checks my phone every night")
    await chat.tap("that's what's happening")
    await chat.command("menu")
    await chat.tap("workable")
    said = await chat.tap("I'm the one who did it")
    assert said[0].ids == ["safety-lead"]
    assert said[-1].labels[0] == "Show me safety resources"
    assert "dealbreaker-did" in said[-1].ids
