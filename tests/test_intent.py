"""Typed words are met: the recogniser, where it leads, and the screens it opens."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.config import PROJECT_ROOT
from bot.engine.intent.routes import behaviour_preset, fitting_choice
from bot.engine.intent.rules import Recogniser
from bot.engine.intent.screens import route
from bot.engine.logic.words import own_words
from bot.engine.outbound import Text
from tests.chatdriver import ChatDriver


@pytest.fixture(scope="module")
def recogniser() -> Recogniser:
    return Recogniser.load(PROJECT_ROOT / "locales")


def _label(chat: ChatDriver, msg_id: str, **params: object) -> str:
    return chat.core.translator.render("en", Text(msg_id, dict(params)))  # type: ignore[arg-type]


# -- the recogniser ----------------------------------------------------------------------


def test_the_issue_message_reads_as_found_out_and_overwhelmed_about_a_dating_app(
    recogniser: Recogniser,
) -> None:
    reading = recogniser.read("I just found out he's been on Tinder for months and I can't stop crying", "en")
    assert set(reading.intents[:2]) == {"found_out", "overwhelmed"}
    assert reading.behaviour == "dating_app"


@pytest.mark.parametrize(
    ("text", "lang", "intent", "behaviour"),
    [
        (
            "how do I bring this up with my girlfriend without it turning into a fight",
            "en",
            "bring_up",
            "none",
        ),
        ("is it cheating if my husband has a tindr account", "en", "is_normal", "dating_app"),  # a typo
        ("ya uznala chto on perepisyvaetsya s byvshei", "ru", "found_out", "ex"),  # Latin letters
        ("quiero dejarlo, ya no puedo más con sus mentiras", "es", "leave", "none"),
        ("a gente quer combinar regras sobre ex", "pt", "agree_rules", "ex"),
        ("ПОМОГИТЕ, меня трясёт", "ru", "overwhelmed", "none"),  # case
    ],
)
def test_unseen_wordings(recogniser: Recogniser, text: str, lang: str, intent: str, behaviour: str) -> None:
    reading = recogniser.read(text, lang)
    assert intent in reading.intents[:2], reading
    assert reading.behaviour == behaviour, reading


def test_a_language_compiled_on_first_use_reads_the_same(recogniser: Recogniser) -> None:
    lazy = Recogniser.load(PROJECT_ROOT / "locales", eager=False)
    assert lazy.locales == recogniser.locales
    for text, lang in [
        ("quiero dejarlo, ya no puedo más con sus mentiras", "es"),
        ("a gente quer combinar regras sobre ex", "pt"),
        ("ya uznala chto on perepisyvaetsya s byvshei", "ru"),
        ("I found out he is on tinder", "en"),
    ]:
        assert lazy.read(text, lang) == recogniser.read(text, lang)


def test_typed_answers_are_recognised_and_a_negation_is_not_a_yes(recogniser: Recogniser) -> None:
    assert recogniser.read("honestly it depends on who the friend is", "en").answers[0] == "depends"
    assert recogniser.read("yeah", "en").answers[0] == "yes"
    assert "yes" not in recogniser.read("not sure", "en").answers
    assert recogniser.read("nada bien, la verdad", "es").answers[0] == "not_fine"


def test_nothing_to_go_on_gives_no_intent(recogniser: Recogniser) -> None:
    reading = recogniser.read("hmm", "en")
    assert reading.intents == ()
    assert reading.behaviour == "none"
    assert not reading.sure


def test_a_fitting_choice_must_be_offered_and_unambiguous() -> None:
    assert fitting_choice(["fine", "depends"], ("depends",), "none") == "depends"
    assert fitting_choice(["texting", "dating_app"], (), "dating_app") == "dating_app"
    assert fitting_choice(["ex_online", "secret_ex"], (), "ex") is None  # two buttons fit: ask
    assert fitting_choice(["yes", "no"], (), "dating_app") is None


def test_start_here_routes() -> None:
    assert route("found", "partner") == "dealbreaker"
    assert route("found", "mine") == "owning"
    assert route("noticed", "partner") == "raise"
    assert route("did", "") == "owning"
    assert route("rules", "partner") == "agreement"  # whose does not matter there


def test_own_words_sit_inside_a_sentence() -> None:
    assert own_words("He said I was crazy.") == "he said I was crazy"
    assert own_words("I felt small.") == "I felt small"
    assert own_words("  WhatsApp calls at night. ") == "WhatsApp calls at night"
    assert own_words("Why now?") == "why now?"


# -- where typed words lead ----------------------------------------------------------------


async def test_typing_at_the_menu_suggests_the_conversation_with_its_summary(chat: ChatDriver) -> None:
    await chat.begin()
    said = await chat.text("I just found out he has a secret Tinder profile, is this a dealbreaker?")
    last = said[-1]
    assert last.ids[0] == "heard-ack-found-out"
    assert {"heard-behaviour", "heard-behaviour-dating-app"} <= set(last.ids)
    assert {"heard-suggest", "dealbreaker-summary"} <= set(last.ids)
    assert "heard-suggest-grounding" in last.ids  # or first take a moment
    assert "tap one of the options" not in last.body
    await chat.tap(_label(chat, "heard-btn-start", title=Text("dealbreaker-title")))
    assert "dealbreaker-intro" in chat.last.ids


async def test_typing_something_unclear_at_the_menu_offers_start_here(chat: ChatDriver) -> None:
    await chat.begin()
    said = await chat.text("hello?")
    assert said[-1].ids == ["heard-ack", "heard-not-sure"]
    await chat.tap("Start here")
    assert "start-here-q-what" in chat.last.ids


async def test_someone_flooded_gets_grounding_first(chat: ChatDriver) -> None:
    await chat.begin()
    said = await chat.text("I can't stop crying, my head is spinning")
    assert said[-1].ids[:3] == ["heard-ack-overwhelmed", "grounding-lead", "sos-grounding"]
    assert any("help me find where to start" in label for label in said[-1].labels)


async def test_a_safety_hit_never_reaches_the_intents(chat: ChatDriver) -> None:
    await chat.begin()
    said = await chat.text("he threatened to hurt me if I leave him")
    assert not any(i.startswith("heard-") for i in said[-1].ids)


async def test_typing_at_a_button_step_suggests_the_choice_it_fits(chat: ChatDriver) -> None:
    await chat.begin()
    await chat.tap("workable")
    await chat.tap(_label(chat, "dealbreaker-begin"))
    await chat.tap(_label(chat, "safety-answer-no"))
    assert "dealbreaker-q-what" in chat.last.ids
    said = await chat.text("she had a bumble profile the whole time")
    assert "heard-fits-choice" in said[-1].ids
    await chat.tap(_label(chat, "behaviour-dating-app"))
    assert "dealbreaker-q-response" in chat.last.ids


async def test_a_wrong_guess_leads_back_to_the_question(chat: ChatDriver) -> None:
    await chat.begin()
    await chat.tap("workable")
    await chat.tap(_label(chat, "dealbreaker-begin"))
    await chat.tap(_label(chat, "safety-answer-no"))
    await chat.text("tinder")
    await chat.tap(_label(chat, "heard-btn-other"))
    assert "dealbreaker-q-what" in chat.last.ids


async def test_typed_nuance_in_the_agreement_is_kept_as_it_depends_until_the_summary(
    chat: ChatDriver,
) -> None:
    await chat.begin()
    await chat.tap("agreements")
    await chat.tap(_label(chat, "agreement-begin"))
    said = await chat.text("Honestly it depends on who the friend is.")
    assert said[-1].ids[0] == "heard-typed-kept"
    assert "“honestly it depends on who the friend is”" in said[-1].body
    assert "agreement-q-ex-contact" in said[-1].ids
    summary = ""
    for _ in range(40):  # every other area answered with a tap, through to the summary
        labels = chat.last.labels
        if any("agreement-summary-intro" in m.ids for m in said):
            summary = "\n".join(m.body for m in said)  # the summary's messages
            break
        pick = next(
            (
                x
                for x in labels
                if x in (_label(chat, "agreement-fine"), _label(chat, "agreement-see-summary"))
            ),
            None,
        ) or next(x for x in labels if x not in ("← Back", "Menu"))
        said = await chat.tap(pick)
    assert "honestly it depends on who the friend is" in summary


async def test_start_here_takes_three_taps_to_the_right_conversation(chat: ChatDriver) -> None:
    await chat.begin()
    said = chat.last  # the menu, "Start here" first
    assert said.labels[0] == _label(chat, "btn-start-here")
    assert {"menu-flows", "raise-summary"} <= set(said.ids)
    await chat.tap("Start here")
    await chat.tap(_label(chat, "start-here-what-noticed"))
    await chat.tap(_label(chat, "start-here-whose-partner"))
    await chat.tap(_label(chat, "start-here-how-shaken"))
    assert chat.last.ids[:2] == ["start-here-fits", "raise-title"] or "raise-intro" in chat.last.ids


async def test_start_here_when_overwhelmed_leads_to_grounding_then_the_conversation(chat: ChatDriver) -> None:
    await chat.begin()
    await chat.tap("Start here")
    await chat.tap(_label(chat, "start-here-what-leaving"))
    await chat.tap(_label(chat, "start-here-how-flooded"))
    assert "sos-grounding" in chat.last.ids
    await chat.tap(_label(chat, "grounding-btn-ready", title=Text("leaving-title")))
    assert chat.last.ids[0].startswith("leaving-")


def test_rules_files_exist_for_every_language() -> None:
    assert {p.parent.name for p in Path(PROJECT_ROOT / "locales").glob("*/intent.yaml")} == {
        "en",
        "es",
        "pt",
        "ru",
    }


async def test_the_dealbreaker_reading_quotes_a_behaviour_typed_in_own_words(chat: ChatDriver) -> None:
    await chat.begin()
    await chat.tap("workable")
    await chat.tap(_label(chat, "dealbreaker-begin"))
    await chat.tap(_label(chat, "safety-answer-no"))
    await chat.tap(_label(chat, "behaviour-other"))
    said = await chat.text("He said I was crazy for asking about the gym girl.")
    for _ in range(10):
        if any("dealbreaker-about-own" in m.ids for m in said):
            break
        said = await chat.tap_index(0)
    first = next(m for m in said if "dealbreaker-about-own" in m.ids)
    assert "“he said I was crazy for asking about the gym girl”" in first.body


# -- a behaviour named at the menu is not asked again -------------------------------------


async def _flow_state(chat: ChatDriver) -> tuple[str | None, str | None, dict[str, str]]:
    person = await chat.core.store.run(chat.user_id, lambda tx: tx.load())
    assert person is not None
    session = person.session
    progress = session.progress
    return session.flow, progress.step if progress else None, dict(progress.answers) if progress else {}


async def _walk_to_the_end(chat: ChatDriver) -> list[str]:
    """Tap the first answer of every question until the flow shows its result; the bodies of
    the result's messages."""
    flow, _, _ = await _flow_state(chat)
    assert flow is not None
    spec = chat.core.engine.book.specs[flow]
    for _ in range(30):
        _, step, _ = await _flow_state(chat)
        assert step is not None
        if spec.steps[step].terminal:
            break
        said = await chat.tap_index(0)
    else:
        raise AssertionError("no result after 30 taps")
    return [s.body for s in said]


async def test_a_behaviour_named_at_the_menu_answers_the_dealbreaker_question(chat: ChatDriver) -> None:
    """Issue 15: "You mentioned a dating app", and then "What happened?" from scratch."""
    await chat.begin()
    await chat.text("I just found out he's been on Tinder for months")
    await chat.tap(_label(chat, "heard-btn-start", title=Text("dealbreaker-title")))
    await chat.tap(_label(chat, "dealbreaker-begin"))
    said = await chat.tap(_label(chat, "safety-answer-no"))  # safety is still asked first
    ids = [i for s in said for i in s.ids]
    assert "dealbreaker-q-what" not in ids
    assert ids[:3] == ["heard-preset-taken", "behaviour-dating-app", "dealbreaker-q-response"]
    assert "/back" in said[-1].body
    assert (await _flow_state(chat))[2]["behaviour"] == "dating_app"
    # /back reaches the question to change it, and then it is asked like any other.
    said = await chat.command("back")
    assert said[-1].ids == ["dealbreaker-q-what"]
    assert "behaviour" not in (await _flow_state(chat))[2]
    await chat.tap(_label(chat, "behaviour-coworker"))
    assert "dealbreaker-q-response" in chat.last.ids
    assert (await _flow_state(chat))[2]["behaviour"] == "coworker"
    await chat.command("back")
    await chat.tap(_label(chat, "behaviour-dating-app"))
    await _walk_to_the_end(chat)
    _, step, answers = await _flow_state(chat)
    assert step == "reading"
    assert answers["behaviour"] == "dating_app"  # the reading is read from it


async def test_a_behaviour_named_at_the_menu_goes_straight_to_it_in_the_spectrum(chat: ChatDriver) -> None:
    await chat.begin()
    said = await chat.text("is it normal that he flirts with a coworker")
    assert "spectrum-summary" in said[-1].ids
    await chat.tap(_label(chat, "heard-btn-start", title=Text("spectrum-title")))
    await chat.tap(_label(chat, "spectrum-begin"))
    said = await chat.tap(_label(chat, "spectrum-role-noticing"))
    ids = [i for s in said for i in s.ids]
    # Neither the area nor the behaviour is asked: the coworker is what they named.
    assert "spectrum-q-topic" not in ids
    assert "spectrum-q-what" not in ids
    assert ids[:2] == ["heard-preset-taken", "behaviour-coworker"]
    _, step, answers = await _flow_state(chat)
    assert (answers["topic"], answers["behaviour"]) == ("people", "coworker")
    assert step not in ("topic", "what_people")  # the question after the behaviour
    result = "\n".join(await _walk_to_the_end(chat))
    assert "coworker" in result.lower()  # the placement names the behaviour


async def test_back_reaches_every_question_a_named_behaviour_passed(chat: ChatDriver) -> None:
    await chat.begin()
    await chat.text("is it normal that he flirts with a coworker")
    await chat.tap(_label(chat, "heard-btn-start", title=Text("spectrum-title")))
    await chat.tap(_label(chat, "spectrum-begin"))
    await chat.tap(_label(chat, "spectrum-role-noticing"))
    said = await chat.command("back")
    assert "spectrum-q-what" in said[-1].ids
    said = await chat.command("back")
    assert "spectrum-q-topic" in said[-1].ids
    await chat.tap(_label(chat, "spectrum-topic-people"))  # asked again, answered by hand
    assert "spectrum-q-what" in chat.last.ids  # the preset was used once, not again


async def test_an_ex_narrows_the_spectrum_to_the_ex_questions_without_guessing_which(
    chat: ChatDriver,
) -> None:
    """A behaviour alone (no question asked) suggests where it sits; "an ex" fits three
    buttons there, so the area is passed and the closest one is still asked."""
    await chat.begin()
    said = await chat.text("my partner keeps texting his ex")
    assert {"heard-behaviour-ex", "heard-suggest", "spectrum-summary"} <= set(said[-1].ids)
    assert "heard-not-sure" not in said[-1].ids
    await chat.tap(_label(chat, "heard-btn-start", title=Text("spectrum-title")))
    await chat.tap(_label(chat, "spectrum-begin"))
    said = await chat.tap(_label(chat, "spectrum-role-noticing"))
    assert said[-1].ids == ["spectrum-q-what"]  # the ex questions, no notice of a guess
    assert _label(chat, "behaviour-secret-ex") in said[-1].labels
    assert _label(chat, "behaviour-coworker") not in said[-1].labels
    assert "behaviour" not in (await _flow_state(chat))[2]


async def test_the_behaviour_also_carries_through_a_moment_of_grounding(chat: ChatDriver) -> None:
    await chat.begin()
    await chat.text("I just found out he's been on Tinder for months")
    await chat.tap(_label(chat, "heard-btn-grounding"))
    await chat.tap(_label(chat, "grounding-btn-ready", title=Text("dealbreaker-title")))
    await chat.tap(_label(chat, "dealbreaker-begin"))
    said = await chat.tap(_label(chat, "safety-answer-no"))
    assert "dealbreaker-q-response" in said[-1].ids
    assert (await _flow_state(chat))[2]["behaviour"] == "dating_app"


async def test_a_flow_started_from_the_menu_asks_everything(chat: ChatDriver) -> None:
    await chat.begin()
    await chat.tap("workable")
    await chat.tap(_label(chat, "dealbreaker-begin"))
    said = await chat.tap(_label(chat, "safety-answer-no"))
    assert said[-1].ids == ["dealbreaker-q-what"]


def test_vague_or_no_behaviour_presets_nothing() -> None:
    assert behaviour_preset("none") == {}
    assert behaviour_preset("social_media") == {}  # too vague out of a question's context
    assert behaviour_preset(None) == {}
    assert behaviour_preset("dating_app") == {"behaviour": ("dating_app", "dating_apps")}
