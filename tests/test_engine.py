"""The engine through its front door: events in, message ids and buttons out."""

from __future__ import annotations

from bot.engine.outbound import Reply, Text
from tests.chatdriver import ChatDriver


async def test_first_use_shows_the_disclosure_and_asks_for_age(chat: ChatDriver) -> None:
    said = await chat.command("start")
    assert said[-1].ids[:2] == ["welcome-disclosure", "welcome-age"]
    assert "not a person" in said[-1].body
    assert "not therapy" in said[-1].body
    assert "not a crisis service" in said[-1].body
    assert len(chat.buttons) == 2


async def test_no_flow_before_the_age_confirmation(chat: ChatDriver) -> None:
    await chat.command("start")
    said = await chat.command("menu")
    assert said[-1].ids[0] == "notice-consent-first"
    assert "welcome-age" in said[-1].ids
    said = await chat.text("I just want to talk")
    assert "welcome-age" in said[-1].ids


async def test_the_disclosure_is_said_once_and_start_says_it_again(chat: ChatDriver) -> None:
    await chat.command("start")
    said = await chat.text("are you a real person?")
    assert said[-1].ids[-1] == "welcome-age"
    assert "welcome-disclosure" not in [i for s in said for i in s.ids]  # the answer says it
    assert "not a person" in " ".join(s.body for s in said)
    said = await chat.command("menu")
    assert said[-1].ids == ["notice-consent-first", "welcome-age"]
    assert len(chat.buttons) == 2
    said = await chat.command("start")
    assert said[-1].ids[:2] == ["welcome-disclosure", "welcome-age"]
    await chat.tap("18 or older")  # the age question asked again still takes the answer
    said = await chat.command("menu")
    assert said[-1].ids[0] == "menu-intro"


async def test_under_18_gets_no_flow(chat: ChatDriver) -> None:
    await chat.command("start")
    said = await chat.tap("under 18")
    assert said[-1].ids == ["under18-info"]
    said = await chat.command("menu")
    assert "welcome-age" in said[-1].ids
    assert not chat.core.engine.runner.book.specs.keys() & set(said[-1].labels)


async def test_consent_leads_to_the_menu_with_every_flow(chat: ChatDriver) -> None:
    said = await chat.begin()
    assert said[-1].ids[:2] == ["welcome-thanks", "menu-intro"]
    titles = [chat.core.translator.render("en", Text(s.title)) for s in chat.core.engine.book]
    for title in titles:
        assert title in said[-1].labels


async def test_free_text_where_a_button_was_expected_is_met_with_the_question_in_short(
    chat: ChatDriver,
) -> None:
    await chat.begin()
    await chat.tap("workable")
    before = list(chat.buttons)
    said = await chat.text("hmm, let me think")
    assert said[-1].ids == ["heard-again-here"]  # an introduction is not said again
    assert [b[0] for b in chat.buttons] == [b[0] for b in before]
    assert said[-1].message.remove_keyboard
    await chat.tap("Let's start")
    said = await chat.text("hmm, let me think")
    assert said[-1].ids == ["heard-again", "safety-question-early"]  # a question, in short


async def test_same_screen_keeps_its_buttons_valid(chat: ChatDriver) -> None:
    await chat.begin()
    await chat.tap("workable")
    old = chat.find("start")
    await chat.text("hmm")
    said = await chat.token(old)
    assert "safety-question-early" in said[-1].ids


async def test_stale_button_says_the_question_moved_on(chat: ChatDriver) -> None:
    await chat.begin()
    await chat.tap("workable")
    stale = chat.find("start")
    await chat.tap("start")
    said = await chat.token(stale)
    assert said[-1].ids[0] == "notice-moved-on"
    assert "safety-question-early" in said[-1].ids


async def test_forged_button_is_treated_like_a_stale_one(chat: ChatDriver) -> None:
    await chat.begin()
    for forged in ("1.begin.AAAAAAAA", "nonsense", "", "9" * 64, "1.begin"):
        said = await chat.token(forged)
        assert said[-1].ids[0] == "notice-moved-on"
        assert "menu-intro" in said[-1].ids


async def test_a_tap_replaces_the_previous_message(chat: ChatDriver) -> None:
    await chat.begin()
    said = await chat.tap("workable")
    assert isinstance(said[-1].message, Reply)
    assert said[-1].message.replace_previous
    said = await chat.text("typed")
    assert not said[-1].message.replace_previous


async def test_back_returns_to_the_previous_question_and_drops_its_answer(chat: ChatDriver) -> None:
    await chat.begin()
    await chat.tap("workable")
    await chat.tap("start")
    await chat.tap("nothing like that")
    await chat.tap("dating-app")
    said = await chat.command("back")
    assert "dealbreaker-q-what" in said[-1].ids
    person = await _person(chat)
    assert "behaviour" not in person.session.flows["dealbreaker"].answers
    await chat.tap("dating-app")
    assert (await _person(chat)).session.flows["dealbreaker"].answers["behaviour"] == "dating_app"


async def test_back_with_nowhere_to_go(chat: ChatDriver) -> None:
    await chat.begin()
    said = await chat.command("back")
    assert said[-1].ids[0] == "notice-nothing-back"


async def test_reset_leaves_the_flow_and_clears_it(chat: ChatDriver) -> None:
    await chat.begin()
    await chat.tap("workable")
    await chat.tap("start")
    said = await chat.command("reset")
    assert said[-1].ids[0] == "notice-reset-done"
    assert "menu-intro" in said[-1].ids
    assert "dealbreaker" not in (await _person(chat)).session.flows
    said = await chat.command("reset")
    assert said[-1].ids[0] == "notice-reset-nothing"


async def test_a_flow_left_half_way_resumes_with_a_recap(chat: ChatDriver) -> None:
    await chat.begin()
    await chat.tap("workable")
    await chat.tap("start")
    await chat.tap("nothing like that")
    await chat.tap("flirting")
    said = await chat.command("menu")
    assert any(label.startswith("Continue:") for label in said[-1].labels)
    said = await chat.tap("Continue")
    assert said[-1].ids[:3] == ["flow-resume", "dealbreaker-title", "dealbreaker-recap-response"]
    assert "dealbreaker-q-response" in said[-1].ids


async def test_delete_asks_first_then_erases_everything(chat: ChatDriver) -> None:
    await chat.begin()
    await chat.tap("workable")
    said = await chat.command("delete")
    assert said[-1].ids == ["delete-confirm"]
    said = await chat.tap("No, keep it")
    assert said[-1].ids[0] == "delete-cancelled"
    assert "dealbreaker-intro" in said[-1].ids
    await chat.command("delete")
    said = await chat.tap("Yes, erase")
    assert said[-1].ids == ["delete-done"]
    assert await _person(chat) is None
    said = await chat.text("hello again")
    assert "welcome-age" in said[-1].ids


async def test_stickers_and_photos_get_a_kind_answer(chat: ChatDriver) -> None:
    await chat.begin()
    for kind in ("sticker", "photo"):
        said = await chat.media(kind)
        assert said[-1].ids[0] == "notice-media"
        assert "menu-intro" in said[-1].ids


async def test_a_message_of_only_invisible_characters_is_not_taken_as_words(chat: ChatDriver) -> None:
    await chat.begin()
    for text in ("\u200b", "\u200b\u200d \ufeff", "\u2060\n"):
        said = await chat.text(text)
        assert said[-1].ids[0] == "notice-empty-text"
        assert "menu-intro" in said[-1].ids


async def test_voice_and_video_notes_point_to_sos(chat: ChatDriver) -> None:
    """They can't be read, and may be someone in trouble: a short answer that names /sos."""
    await chat.begin()
    for kind in ("voice", "video_note"):
        said = await chat.media(kind)
        assert said[-1].ids[0] == "notice-voice"
        assert "/sos" in said[-1].body
        assert "menu-intro" in said[-1].ids


async def test_unknown_command(chat: ChatDriver) -> None:
    await chat.begin()
    menu = chat.buttons
    said = await chat.command("frobnicate")
    assert [s.ids for s in said] == [["notice-unknown-command"]]
    assert "/frobnicate" in said[-1].body
    assert not said[-1].message.remove_keyboard  # the menu above keeps its buttons
    assert chat.buttons == menu
    said = await chat.tap_index(0)  # and they still work
    assert "notice-moved-on" not in said[-1].ids


async def test_an_unknown_command_after_an_emergency_answer_does_not_repeat_it(chat: ChatDriver) -> None:
    await chat.begin()
    said = await chat.text("he's outside my door right now with a knife")
    assert said[0].ids[0] == "sos-now"
    helplines = chat.buttons
    said = await chat.command("helpp")
    assert [s.ids for s in said] == [["notice-unknown-command"]]
    assert chat.buttons == helplines


async def test_help_privacy_and_sos_work_before_consent_and_return(chat: ChatDriver) -> None:
    await chat.command("start")
    for name, msg in (("help", "help-text"), ("privacy", "privacy-text"), ("sos", "sos-immediate")):
        said = await chat.command(name)
        assert msg in said[-1].ids
        said = await chat.tap("Back to where I was")
        assert "welcome-age" in said[-1].ids


async def test_help_mid_flow_returns_to_the_same_step(chat: ChatDriver) -> None:
    await chat.begin()
    await chat.tap("workable")
    await chat.tap("start")
    await chat.command("help")
    said = await chat.tap("Back to where I was")
    assert "safety-question-early" in said[-1].ids


async def test_a_very_long_message_is_answered_not_dropped(chat: ChatDriver) -> None:
    await chat.begin()
    await chat.tap("workable")
    await chat.tap("start")
    await chat.tap("nothing like that")
    await chat.tap("Something else")
    said = await chat.text("x" * 5000)
    assert said[-1].ids[0] == "notice-text-too-long"
    assert "5000" in said[-1].body.replace(",", "")
    assert "dealbreaker-q-what-other" in said[-1].ids
    said = await chat.text("They kept a second phone.")
    assert "dealbreaker-q-response" in said[-1].ids


async def test_language_hint_picks_a_supported_locale(memory_core) -> None:  # type: ignore[no-untyped-def]
    driver = ChatDriver(memory_core, user_id=77, lang="xx-YY")
    await driver.command("start")
    assert (await _person(driver)).locale == "en"


async def _person(chat: ChatDriver):  # type: ignore[no-untyped-def]
    return await chat.core.store.run(chat.user_id, lambda tx: tx.load())
