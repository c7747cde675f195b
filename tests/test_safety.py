"""Safety before routing: the screen in every state, honest answers, SOS and the safety plan."""

from __future__ import annotations

import random
from dataclasses import replace

import pytest

from bot.engine.logic.common import SAFETY_FLAG
from bot.engine.outbound import Text
from bot.engine.safety.normalize import tokens, within_one_edit
from tests.chatdriver import ChatDriver


def test_normalisation_folds_the_usual_tricks() -> None:
    assert tokens("K I L L   myself!!") == tokens("kill myself")
    assert tokens("k1ll mys3lf") == tokens("kill myself")
    assert tokens("kiiiill myself") == tokens("kill myself")
    assert tokens("Suicídio") == tokens("suicidio")
    assert tokens("I'm 16") == ["im", "16"]
    assert within_one_edit("checks", "chekcs")
    assert within_one_edit("suicide", "suicde")
    assert not within_one_edit("suicide", "succeed")


async def _at_some_step(chat: ChatDriver, rng: random.Random) -> list[str]:
    """Walk into a random flow for a few random taps; return the step's message ids."""
    await chat.begin()
    flows = [s for s in chat.core.engine.book]
    spec = rng.choice(flows)
    await chat.tap(chat.core.translator.render("en", Text(spec.title)))
    for _ in range(rng.randrange(0, 6)):
        choices = [(label, tok) for label, tok in chat.buttons if label not in ("← Back", "Menu")]
        if not choices:
            break
        _label, token = rng.choice(choices)
        said = await chat.token(token)
        if "sos-directory" in said[-1].ids:  # safety resources opened (safety comes early in flows)
            await chat.tap("Back to where I was")
            break
        if chat.core.engine.book.specs.get(spec.id) is None:
            break
    person = await chat.core.store.run(chat.user_id, lambda tx: tx.load())
    if person.session.overlay is not None:
        # A tap opened a screen over the flow (help, a piece to read): back to the step, the
        # place this test resumes. The screens' own safety answers are tested with them.
        await chat.command("back")
    return chat.last.ids


def _place(person) -> tuple[object, ...]:  # type: ignore[no-untyped-def]
    s = person.session
    step = s.flows[s.flow].step if s.flow in s.flows else None
    return (s.at, s.flow, step, s.overlay.screen if s.overlay else None)


@pytest.mark.parametrize("seed", range(16))
async def test_a_crisis_message_at_any_step_gets_the_check_then_resumes(chat: ChatDriver, seed: int) -> None:
    rng = random.Random(seed)
    await _at_some_step(chat, rng)
    labels_before = chat.last.labels
    person = await chat.core.store.run(chat.user_id, lambda tx: tx.load())
    place_before = _place(person)
    takes_text = chat.core.engine.current_view(_turn(person)).accepts_text
    phrase = rng.choice(
        [
            "I want to kill myself",
            "he hits me when he's drunk",
            "she checks my phone every night",
            "i dont want to be alive anymore",
            "He THREATENED to kill me",
        ]
    )
    said = await chat.text(phrase)
    if said[-1].ids[0].startswith("sos-now"):  # read as happening now: the number comes first
        said = await chat.tap("not in danger right now")
    else:
        assert said[-1].ids[0].startswith("safety-check-")
        said = await chat.tap("I'm okay")
    assert said[-1].ids[0] == "safety-check-thanks"
    if not takes_text:  # the same step again, with its buttons
        person = await chat.core.store.run(chat.user_id, lambda tx: tx.load())
        assert _place(person) == place_before
        assert chat.last.labels == labels_before


def _turn(person):  # type: ignore[no-untyped-def]
    from bot.engine.events import TextIn
    from bot.engine.turn import Turn

    return Turn(person, TextIn(user_id=person.user_id, text=""), 0)


async def test_yes_to_danger_opens_sos_and_flags_the_session(chat: ChatDriver) -> None:
    await chat.begin()
    said = await chat.text("I'm scared of my partner")
    assert said[-1].ids == ["safety-check-danger"]
    said = await chat.tap("Yes, that's what's happening")
    assert said[-1].ids[0] == "sos-reason-danger"
    person = await chat.core.store.run(chat.user_id, lambda tx: tx.load())
    assert SAFETY_FLAG in person.session.flags


async def test_self_harm_yes_shows_lines_for_a_country(chat: ChatDriver) -> None:
    await chat.begin()
    await chat.text("i want to die")
    said = await chat.tap("Yes")
    assert said[-1].ids[0] == "sos-reason-self-harm"
    said = await chat.tap("United Kingdom")
    body = said[-1].body
    assert "116 123" in body
    assert "999" in body
    said = await chat.tap("Another country")
    assert "Brazil" in said[-1].labels
    said = await chat.tap("Brazil")
    assert "188" in said[-1].body
    said = await chat.tap("Back to where I was")
    assert "menu-intro" in said[-1].ids


async def test_no_to_the_check_keeps_the_text_as_the_answer(chat: ChatDriver) -> None:
    await chat.begin()
    await chat.tap("Raise it")
    await chat.tap("start")
    await chat.tap("nothing like that")
    await chat.tap("own words")
    said = await chat.text("you threatened me when I asked about her")
    assert said[-1].ids[0].startswith("safety-check-")
    said = await chat.tap("I'm okay")
    assert "raise-q-feeling" in said[-1].ids  # the typed answer was kept and used


async def test_saying_under_18_closes_the_flows(chat: ChatDriver) -> None:
    await chat.begin()
    said = await chat.text("im 16 and my bf cheated")
    assert said[-1].ids == ["safety-check-minor"]
    said = await chat.tap("Yes, I'm under 18")
    assert said[-1].ids == ["under18-info"]
    said = await chat.command("menu")
    assert "welcome-age" in said[-1].ids


async def test_are_you_a_bot_gets_the_truth_in_any_state(chat: ChatDriver) -> None:
    said = await chat.text("are you a real person?")
    assert said[-1].ids[0] == "identity-answer"
    assert "welcome-age" in said[-1].ids
    await chat.begin()
    await chat.tap("workable")
    await chat.tap("start")
    said = await chat.text("Am I talking to a bot?")
    assert said[-1].ids[0] == "identity-answer"
    assert "safety-question-early" in said[-1].ids
    body = said[-1].body
    assert "automated self-help tool" in body
    assert "not a person" in body


async def test_safety_plan_is_kept_only_when_asked(chat: ChatDriver) -> None:
    await chat.begin()
    await chat.command("sos")
    await chat.tap("Make a safety plan")
    await chat.text("When he starts drinking")
    await chat.tap("Skip")
    await chat.text("My sister's flat")
    said = await chat.text("Phone, charger, passport")
    assert said[-1].ids[0] == "plan-summary"
    assert "My sister's flat" in said[-1].body
    said = await chat.tap("Don't keep it")
    assert said[-1].ids[0] == "plan-discarded"
    person = await chat.core.store.run(chat.user_id, lambda tx: tx.load())
    assert "safety_plan" not in person.prefs
    assert "sister" not in str(person.session.to_json())
    await chat.tap("Make a safety plan")
    for _ in range(4):
        await chat.text("something")
    await chat.tap("Keep it for me")
    person = await chat.core.store.run(chat.user_id, lambda tx: tx.load())
    assert person.prefs["safety_plan"] == ["something"] * 4
    said = await chat.tap("My safety plan")
    assert "plan-summary" in said[-1].ids
    await chat.tap("Delete my plan")
    person = await chat.core.store.run(chat.user_id, lambda tx: tx.load())
    assert "safety_plan" not in person.prefs


def test_every_helpline_country_and_kind_has_words() -> None:
    from bot.config import PROJECT_ROOT
    from bot.engine.safety.helplines import Helplines
    from bot.i18n.translator import Translator

    lines = Helplines.load(PROJECT_ROOT / "locales" / "helplines.yaml")
    tr = Translator(PROJECT_ROOT / "locales")
    for code, country in lines.countries.items():
        assert tr.has("en", f"country-{code}")
        for line in country.lines:
            assert tr.has("en", f"sos-kind-{line.kind}")


async def test_coach_absent_when_not_configured(chat: ChatDriver) -> None:
    said = await chat.begin()
    assert "Write to a human coach" not in said[-1].labels
    said = await chat.command("coach")
    assert said[-1].ids[0] == "notice-unknown-command"
    assert "coach" not in [c.name for c in chat.core.engine.commands]


async def test_coach_forwards_only_what_is_written_for_the_coach(settings, clock) -> None:  # type: ignore[no-untyped-def]
    from bot.app import build_core
    from bot.engine.events import TextIn
    from bot.engine.outbound import Forward
    from bot.store.memory import InMemoryStore

    coach = {"coach_chat_id": -555, "coach_about": "Sam, a relationship coach."}
    configured = replace(settings, **coach)
    core = await build_core(configured, store=InMemoryStore(clock), clock=clock)
    chat = ChatDriver(core)
    said = await chat.begin()
    assert "Write to a human coach" in said[-1].labels
    await chat.tap("workable")
    await chat.tap("start")
    await chat.command("coach")
    assert "Sam, a relationship coach." in chat.last.body
    await chat.tap("include my username")
    said = await chat.send(TextIn(user_id=chat.user_id, username="anna_k", text="Could we talk this week?"))
    forward = next(s for s in said if isinstance(s.message, Forward))
    assert forward.message.chat_id == -555
    assert "@anna_k" in forward.body
    assert "Could we talk this week?" in forward.body
    assert "safety-question-early" in said[-1].ids  # back where they were
    person = await core.store.run(chat.user_id, lambda tx: tx.load())
    assert "Could we talk" not in str(person.session.to_json())
    await core.close()


async def test_words_typed_at_the_check_keep_the_question(chat: ChatDriver) -> None:
    await chat.begin()
    said = await chat.text("I'm scared of my partner")
    assert said[-1].ids == ["safety-check-danger"]
    said = await chat.text("he's on his way home, I'll ask him about the messages then")
    assert said[-1].ids == ["safety-check-typed", "safety-check-danger"]  # the same question
    assert "Yes, that's what's happening" in said[-1].labels  # ... with its buttons
    said = await chat.tap("Yes, that's what's happening")
    assert said[-1].ids[0] == "sos-reason-danger"
