"""What the safety screen answers: the right question for who is at risk, the emergency number
first when it is happening now, every kind of text screened, a check the next day only when
asked, help lines that fit the reason, and the truthful answer to "are you a person?" in
every language."""

from __future__ import annotations

from datetime import timedelta

import pytest

from bot.app import Core
from bot.config import PROJECT_ROOT
from bot.engine.clock import ManualClock
from bot.engine.events import ReminderIn, TextIn
from bot.engine.logic.common import SAFETY_FLAG
from bot.engine.outbound import Text
from bot.engine.safety.helplines import Helplines
from bot.engine.safety.normalize import screen_tokens
from bot.engine.safety.screens import LINE_ORDER, lines_for
from bot.engine.safety.translit import latin_to_cyrillic, reads_as_english
from bot.engine.session import Overlay
from bot.telegram.mapping import from_message
from tests.chatdriver import ChatDriver


async def _person(chat: ChatDriver):  # type: ignore[no-untyped-def]
    return await chat.core.store.run(chat.user_id, lambda tx: tx.load())


@pytest.mark.parametrize(
    ("text", "question"),
    [
        (
            "i keep thinking everyone would be better off if i just wasnt here anymore",
            "safety-check-self-harm",
        ),
        ("he says he'll kill himself if I ever leave him, so I stay", "safety-check-partner-threat"),
        ("she threatened to take her own life when I asked for a break", "safety-check-partner-threat"),
        ("he came at me with a knife last week when i asked about her", "safety-check-danger"),
        ("he made me sleep with him even though i kept saying no", "safety-check-sexual"),
        ("he goes through my phone every night and tracks where I am", "safety-check-control"),
        ("i keep picturing hurting her, actually hurting her, and it scares me", "safety-check-harm-others"),
    ],
)
async def test_the_question_fits_who_is_at_risk(chat: ChatDriver, text: str, question: str) -> None:
    await chat.begin()
    said = await chat.text(text)
    assert said[-1].ids[0] == question


async def test_a_victim_is_never_asked_whether_they_might_hurt_someone(chat: ChatDriver) -> None:
    await chat.begin()
    for text in (
        "he held a knife to my throat",
        "he's outside my door with a knife and he's drunk",
        "he said he'd kill me if i talk to her again",
        # "I want to end it" speaks as the one who acts, but what is feared is done to them
        "i want to end it but i keep picturing what he'll do to me when i say it",
    ):
        said = await chat.text(text)
        assert "safety-check-harm-others" not in said[-1].ids
        await chat.command("menu")


async def test_the_harm_others_question_can_be_turned_round_to_the_writers_safety(chat: ChatDriver) -> None:
    """Should the screen take someone being hurt for someone who might hurt, one tap says so,
    and they get the lines and the safety-first conversations meant for them."""
    await chat.begin()
    said = await chat.text("i keep picturing hurting her, actually hurting her, and it scares me")
    assert said[-1].ids[0] == "safety-check-harm-others"
    said = await chat.tap("other way round")
    assert said[0].ids[0] == "sos-reason-danger"
    person = await _person(chat)
    assert person.session.overlay.data["reason"] == "danger"
    assert SAFETY_FLAG in person.session.flags  # the conversations put safety first from here


@pytest.mark.parametrize(
    ("text", "label", "reason"),
    [
        (
            "i keep thinking everyone would be better off if i just wasnt here anymore",
            "not safe right now",
            "self-harm",
        ),
        ("he came at me with a knife last week when i asked about her", "not safe right now", "danger"),
        (
            "i keep picturing hurting her, actually hurting her, and it scares me",
            "hurt someone right now",
            "harm-others",
        ),
    ],
)
async def test_the_gentle_check_lets_a_person_say_it_is_happening_now(
    chat: ChatDriver, text: str, label: str, reason: str
) -> None:
    """The screen may miss that it is happening now; the check's first answer says so, and the
    emergency number comes before anything else, as when the screen had read it."""
    await chat.begin()
    said = await chat.text(text)
    assert said[-1].labels[0].endswith(label.split()[-1])
    said = await chat.tap(label)
    assert said[0].ids[0] == "sos-now"
    overlay = (await _person(chat)).session.overlay
    assert overlay.data["reason"] == reason
    assert overlay.data["now"] is True


async def test_only_the_harm_others_question_offers_to_turn_round(chat: ChatDriver) -> None:
    await chat.begin()
    said = await chat.text("he came at me with a knife last week when i asked about her")
    assert said[-1].ids[0] == "safety-check-danger"
    assert not [label for label in said[-1].labels if "other way round" in label]


@pytest.mark.parametrize(
    ("locale", "text"),
    [
        ("es", "quiero dejarlo pero me imagino lo que me haga cuando se entere, no duermo"),
        ("pt", "quero terminar mas tenho pavor do que ele vai fazer comigo quando souber"),
        ("ru", "хочу уйти, но боюсь даже представить что он со мной сделает"),
        # "I said I'd tell his wife": the writer acts only in words; what follows is done to them
        (
            "en",
            "i told him i will tell his wife everything and he said then i'll regret it, "
            "and he sent me my address",
        ),
        (
            "ru",
            "я ему написала что все расскажу его жене, "
            "а он ответил что у меня будут проблемы и прислал мой адрес",
        ),
    ],
)
def test_the_writer_as_the_one_harmed_is_asked_about_their_safety(locale: str, text: str) -> None:
    from tests.safety_metrics import build

    finding = build()[0].find(text, locale)
    assert finding is not None
    assert finding.group != "harm-others"


@pytest.mark.parametrize(
    "text",
    [
        "I already took the whole bottle of pills",
        "he's outside my door right now with a knife",
        "im on the bridge right now",
        "he is hitting me right now, i'm locked in the bathroom",
    ],
)
async def test_danger_now_gets_the_emergency_number_before_any_question(chat: ChatDriver, text: str) -> None:
    await chat.begin()
    said = await chat.text(text)
    first = said[-1]
    assert first.ids[0] in ("sos-now", "sos-now-country")
    assert "112" in first.body or "911" in first.body
    assert not any(i.startswith("safety-check-") for i in first.ids)  # no question first
    assert "I'm not in danger right now" in first.labels


async def test_danger_now_uses_the_country_the_person_picked_before(chat: ChatDriver) -> None:
    await chat.begin()
    await chat.command("sos")
    await chat.tap("United Kingdom")
    await chat.command("menu")
    said = await chat.text("i took all my pills just now")
    assert said[-1].ids[0] == "sos-now-country"
    assert "999" in said[-1].body.split("\n")[0]
    assert "Samaritans" in said[-1].body


async def test_not_in_danger_now_hands_the_text_back(chat: ChatDriver) -> None:
    await chat.begin()
    await chat.text("he's outside my door right now with a knife")
    said = await chat.tap("I'm not in danger right now")
    assert said[-1].ids[0] == "safety-check-thanks"


@pytest.mark.parametrize(
    "text",
    [
        "he has never been violent with me, he just lies",
        "nobody threatened me, I just feel stupid",
        "I'm not under 18, I'm 24",
        "my phone died right when I was reading her messages",
        "I'm not scared of him, I'm angry",
    ],
)
async def test_negation_does_not_trigger(chat: ChatDriver, text: str) -> None:
    await chat.begin()
    said = await chat.text(text)
    assert not any(i.startswith(("safety-check-", "sos-")) for s in said for i in s.ids)


async def test_an_edit_is_screened_and_never_taken_as_a_new_answer(chat: ChatDriver) -> None:
    await chat.begin()
    await chat.tap("workable")
    person = await _person(chat)
    said = await chat.send(TextIn(user_id=chat.user_id, text="all good, never mind", edited=True))
    assert said == []
    assert (await _person(chat)).session.to_json() == person.session.to_json()
    said = await chat.send(TextIn(user_id=chat.user_id, text="i dont want to be alive anymore", edited=True))
    assert said[-1].ids[0] == "safety-check-self-harm"


def test_captions_are_read_as_text_and_voice_notes_as_media() -> None:
    caption = from_message(7, "en", None, "he did this to my arm last night", None, {"photo"})
    assert isinstance(caption, TextIn)
    assert caption.text == "he did this to my arm last night"
    edited = from_message(7, "en", None, "new caption", None, {"photo"}, edited=True)
    assert isinstance(edited, TextIn)
    assert edited.edited
    assert from_message(7, "en", None, None, None, {"photo"}, edited=True) is None
    voice = from_message(7, "en", None, None, None, {"voice"})
    assert getattr(voice, "kind", None) == "voice"
    forwarded = from_message(7, "en", "forwarded words", None, None, set())
    assert isinstance(forwarded, TextIn)
    command = from_message(7, "en", "/sos", None, 4, set(), edited=True)
    assert isinstance(command, TextIn)  # an edited command is not run again


async def test_a_check_the_next_day_only_when_asked_and_gone_once_sent(
    core: Core, clock: ManualClock
) -> None:
    chat = ChatDriver(core)
    await chat.begin()
    await chat.text("i dont want to be alive anymore")
    said = await chat.tap("Yes")
    assert "Check on me tomorrow" in said[-1].labels
    assert await core.store.run(chat.user_id, lambda tx: tx.safety_followup()) is None  # offered, not imposed
    said = await chat.tap("Check on me tomorrow")
    assert said[-1].ids[0] == "safety-follow-up-set"
    assert "Check on me tomorrow" not in said[-1].labels
    due = await core.store.run(chat.user_id, lambda tx: tx.safety_followup())
    assert due is not None
    clock.advance(timedelta(hours=23))
    assert await core.store.reminders_due(int(clock.now().timestamp()), 10) == []
    clock.advance(timedelta(hours=1))
    assert await core.store.reminders_due(int(clock.now().timestamp()), 10) == [chat.user_id]
    said = await chat.send(ReminderIn(user_id=chat.user_id))
    assert said[-1].ids == ["safety-follow-up-check"]
    assert "Still hard" in said[-1].labels
    assert await core.store.run(chat.user_id, lambda tx: tx.safety_followup()) is None
    said = await chat.tap("Still hard")
    assert said[-1].ids[0] == "safety-follow-up-hard-reply"
    assert "sos-grounding" in said[-1].ids


async def test_the_next_day_check_is_neutral_when_asked_for(chat: ChatDriver, clock: ManualClock) -> None:
    await chat.begin()
    person = await _person(chat)
    person.prefs["neutral"] = True
    await chat.core.store.run(chat.user_id, lambda tx: tx.save(person))
    await chat.text("he hit me last month when he was drunk")
    await chat.tap("Yes")
    await chat.tap("Check on me tomorrow")
    clock.advance(timedelta(days=1))
    said = await chat.send(ReminderIn(user_id=chat.user_id))
    assert said[-1].ids == ["notify-neutral"]


def test_lines_come_in_the_order_of_the_reason() -> None:
    lines = Helplines.load(PROJECT_ROOT / "locales" / "helplines.yaml")
    gb = lines.countries["GB"].lines
    assert lines_for(gb, "self-harm")[0].kind == "crisis"
    assert lines_for(gb, "danger")[0].kind == "domestic_violence"
    assert lines_for(gb, "sexual")[0].kind == "sexual_violence"
    assert lines_for(gb, "minor")[0].kind == "youth"
    assert all(line.kind in ("youth", "crisis") for line in lines_for(gb, "minor"))
    for code, country in lines.countries.items():
        for reason in LINE_ORDER:
            shown = lines_for(country.lines, reason)
            assert shown or reason == "minor", (code, reason)


def test_help_line_holes_are_filled() -> None:
    lines = Helplines.load(PROJECT_ROOT / "locales" / "helplines.yaml")
    kinds = {code: {line.kind for line in c.lines} for code, c in lines.countries.items()}
    for code in ("NZ", "MX"):
        assert "domestic_violence" in kinds[code]
    for code in ("AR", "CO"):
        assert "crisis" in kinds[code]
    assert sum("youth" in k for k in kinds.values()) >= 12
    assert any(line.sms and not line.call for c in lines.countries.values() for line in c.lines)  # text-first
    assert any("men" in k for k in kinds.values())
    assert any("lgbtq" in k for k in kinds.values())
    for country in lines.countries.values():
        for line in country.lines:
            assert line.source.startswith("https://")


async def test_under_18_answer_leads_to_youth_lines(chat: ChatDriver) -> None:
    await chat.command("start")
    await chat.tap("I'm under 18")
    said = await chat.tap("Lines for young people")
    assert said[-1].ids[0] == "sos-reason-minor"
    said = await chat.tap("United Kingdom")
    assert "Childline" in said[-1].body


async def test_every_sos_screen_fits_a_phone_screen(core: Core) -> None:
    """Every country, reason and language: no message over 1,000 characters."""
    lines = Helplines.load(PROJECT_ROOT / "locales" / "helplines.yaml")
    for n, locale in enumerate(core.translator.locales):
        chat = ChatDriver(core, user_id=5000 + n, lang=locale)
        await chat.command("start")
        await chat.tap_index(0)  # the adult confirmation, in any language
        for reason in [r for r in LINE_ORDER if r]:
            for code in lines.countries:
                person = await _person(chat)
                person.prefs["country"] = code
                await core.store.run(chat.user_id, lambda tx, p=person: tx.save(p))
                for now in (False, True):
                    person = await _person(chat)
                    person.session.overlay = Overlay("sos", {"reason": reason, "now": now, "text": "x"})
                    await core.store.run(chat.user_id, lambda tx, p=person: tx.save(p))
                    said = await chat.media("sticker")  # the screen shown again, under a notice
                    notice = core.translator.render(locale, Text("notice-media"))
                    body = said[-1].body.removeprefix(notice).strip()
                    assert len(body) <= 1000, (locale, reason, code, now, len(body))


@pytest.mark.parametrize(
    ("locale", "text"),
    [
        ("es", "¿eres una persona de verdad o un bot?"),
        ("es", "oye, ¿hay alguien real leyendo esto?"),
        ("pt", "to falando com um humano ou com um robô?"),
        ("pt", "você é uma pessoa de verdade?"),
        ("ru", "ты живой человек?"),
        ("ru", "я с ботом разговариваю?"),
        ("ru", "ty bot ili chelovek?"),
        # asked in another language than the chat's
        ("en", "eres una persona real?"),
        ("en", "ты бот?"),
        ("es", "você é humano?"),
        ("pt", "ты живой человек?"),
        ("ru", "eres un bot?"),
    ],
)
async def test_are_you_a_person_in_every_language(core: Core, locale: str, text: str) -> None:
    chat = ChatDriver(core, lang=locale)
    await chat.command("start")
    said = await chat.text(text)
    assert said[-1].ids[0] == "identity-answer"


async def test_russian_in_latin_letters_is_screened(core: Core) -> None:
    chat = ChatDriver(core, lang="ru")
    await chat.command("start")
    await chat.tap_index(0)  # the adult confirmation comes first
    said = await chat.text("ya ne hochu bolshe zhit, vse bessmyslenno")
    assert said[-1].ids[0].startswith(("safety-check-", "sos-"))


@pytest.mark.parametrize(
    ("locale", "text", "question"),
    [
        ("ru", "i want to die", "safety-check-self-harm"),
        ("es", "he choked me last night and i'm scared to go home", "safety-check-danger"),
        ("pt", "he reads all my messages and won't let me see my friends", "safety-check-control"),
        ("es", "he raped me", "safety-check-sexual"),
        ("ru", "he hit me", "safety-check-danger"),
    ],
)
async def test_english_in_another_language_s_chat_is_read_as_english(
    core: Core, locale: str, text: str, question: str
) -> None:
    """Read by the chat's own model, these were missed (the Russian one reads them as Russian
    in Latin letters): English from the development sets, typed in the other chats, was caught
    3-7% of the time. The last two are too short for the language test."""
    chat = ChatDriver(core, lang=locale)
    await chat.command("start")
    if locale == "ru":
        await chat.tap_index(0)  # the adult confirmation comes first
    said = await chat.text(text)
    assert said[-1].ids[0] == question


@pytest.mark.parametrize(
    ("text", "english"),
    [
        ("i want to die", True),
        ("are you a bot?", True),
        ("he hit me", False),  # too short to tell: the screen reads it both ways
        ("ya ne hochu zhit", False),
        ("he he spasibo", False),  # laughter, then Russian
        ("do zavtra", False),
        ("le di like a su foto a las 2am", False),
        ("se eu for embora ele some com as crianças", False),
        ("até amanhã", False),
        ("он сказал what the hell", False),  # Cyrillic: the Russian model reads it
    ],
)
def test_english_is_told_from_other_languages_in_latin_letters(text: str, english: bool) -> None:
    assert reads_as_english(text) is english


def test_latin_letters_become_cyrillic() -> None:
    assert latin_to_cyrillic("ya boyus ego") == "я боюс его"
    assert latin_to_cyrillic("on menya b'et") == "он меня бьет"
    assert latin_to_cyrillic("zhit ne hochu") == "жит не хочу"
    assert latin_to_cyrillic("moy muzh") == "мой муж"
    assert latin_to_cyrillic("sleduet za mnoi, domoi boyus") == "следует за мной, домой боюс"
    assert latin_to_cyrillic("u svoei materi") == "у своей матери"
    # a verb's "-tsya" is "-тся", not "-ця"; "-tsa" stays "-ца" ("bolnitsa")
    assert latin_to_cyrillic("on lomitsya v dver") == "он ломится в двер"
    assert latin_to_cyrillic("krov ne ostanavlivaetsja, bolnitsa") == "кров не останавливается, болница"
    # quotation marks are not soft signs; an apostrophe after a letter still is
    assert latin_to_cyrillic("ya v 8 'B' klasse") == "я в 8 б классе"
    assert latin_to_cyrillic("skazal 'ya tebya ub'yu'") == "сказал я тебя убью"
    assert latin_to_cyrillic("napisal 'nu zhdi vecherom'") == "написал ну жди вечером"
    assert latin_to_cyrillic("ne hochu zhit'") == "не хочу жить"


def test_spoken_spellings_of_what_are_read_as_the_word() -> None:
    """ "шо" and "чо" (in Cyrillic or Latin letters) are read as "что" in Russian, and only there."""
    assert screen_tokens("шо толку дальше жить", "ru") == ["что", "толку", "дальше", "жить"]
    assert screen_tokens("sho tolku, chto tolku, чо, шоб", "ru")[:4] == ["что", "толку", "что", "толку"]
    assert screen_tokens("чо, шоб", "ru") == ["что", "чтоб"]
    assert screen_tokens("che guevara", "es") == ["che", "guevara"]
