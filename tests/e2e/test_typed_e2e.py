"""Hidden personas who type instead of tapping, end to end through both adapters: each one
reaches a sensible next step, never only "tap a button"."""

from __future__ import annotations

from tests.e2e.harness import Harness

MAYA, LEO, RITA, IVAN = 8201, 8202, 8203, 8204


async def begin(tg: Harness, user: int, lang: str = "en") -> None:
    await tg.command(user, "start", lang=lang)
    await tg.tap(user, "18 or older" if lang == "en" else tg.buttons(user)[0], lang=lang)


async def test_maya_types_at_the_menu_and_is_offered_the_check(tg_polling: Harness) -> None:
    await begin(tg_polling, MAYA)
    await tg_polling.text(MAYA, "I just found out he's been on Tinder for months and I can't stop crying")
    text = tg_polling.last(MAYA)
    assert "tap one of the options" not in text
    assert "Is this workable, or a dealbreaker?" in text
    assert "First, take a moment" in tg_polling.buttons(MAYA)
    await tg_polling.tap(MAYA, "First, take a moment")
    assert "Breathe out slowly" in tg_polling.last(MAYA)


async def test_leo_types_at_a_button_step_and_confirms_with_one_tap(tg_polling: Harness) -> None:
    await begin(tg_polling, LEO)
    await tg_polling.tap(LEO, "Is this workable, or a dealbreaker?")
    await tg_polling.tap(LEO, tg_polling.buttons(LEO)[0])  # begin
    await tg_polling.tap(LEO, "No, nothing like that")
    await tg_polling.text(LEO, "his ex keeps texting him and he hides it")
    await tg_polling.text(LEO, "she has a bumble profile")
    assert "Tap it to confirm" in tg_polling.last(LEO)
    await tg_polling.tap(LEO, tg_polling.buttons(LEO)[0])
    assert "how did your partner respond?" in tg_polling.last(LEO)


async def test_rita_types_nuance_in_the_agreement_conversation(tg_polling: Harness) -> None:
    await begin(tg_polling, RITA)
    await tg_polling.tap(RITA, "Say your agreements out loud")
    await tg_polling.tap(RITA, tg_polling.buttons(RITA)[0])  # begin
    await tg_polling.text(RITA, "honestly it depends on who the friend is")
    text = tg_polling.last(RITA)
    assert "“honestly it depends on who the friend is”" in text
    assert "It depends" in text


async def test_ivan_types_in_russian_latin_letters_at_the_menu(tg_polling: Harness) -> None:
    await begin(tg_polling, IVAN, "ru")
    await tg_polling.text(IVAN, "hochu ujti ot nego, kak eto sdelat", lang="ru")
    assert "думаете о том, чтобы уйти" in tg_polling.last(IVAN)
    assert any("Начать" in b for b in tg_polling.buttons(IVAN))
