"""The daily check-in answers what was said: per answer, as a pure function and in the chat.

A very hard day offers grounding and /sos first; "not heard" (and, by role, "not open" or
"not connected") and "I need reassurance" bring the matching short practice; each week of
the plan has one new practice for the person's role; the closing line never repeats twice
in a row, nor when coming back to the answer from a practice.
"""

from __future__ import annotations

import itertools
import random
import re
from datetime import UTC, datetime

import pytest

from bot.config import PROJECT_ROOT
from bot.engine.clock import ManualClock
from bot.engine.outbound import Text
from bot.engine.reminders.checkin import (
    CLOSINGS,
    NOT_MET_PRACTICE,
    REASSURANCE_PRACTICE,
    WEEKS,
    closing_for,
    mood_of,
    respond,
    response_parts,
    response_rows,
    week_practice,
)
from bot.engine.reminders.model import NEEDS, ROLES, Checkin
from bot.i18n.translator import Translator
from tests.chatdriver import ChatDriver
from tests.test_reminders import due_now, set_up

# How closings begin ("Thank you."), the one part they may share.
THANKS = {"en": "Thank", "es": "Gracias", "pt": "Obrigado", "ru": "Спасибо"}
FEEL = ["Very hard", "Heavy", "Up and down", "Fairly steady", "Good"]
MET = ["Not really", "Somewhat", "Yes"]
NEED = ["Some reassurance", "A little space", "Time to talk", "Time together", "Nothing in particular"]


@pytest.fixture(scope="module")
def translator() -> Translator:
    return Translator(PROJECT_ROOT / "locales")


# -- every answer, as a pure function ---------------------------------------------------


@pytest.mark.parametrize("role", ROLES)
@pytest.mark.parametrize(
    ("feel", "met", "need"), list(itertools.product(range(1, 6), range(1, 4), range(len(NEEDS))))
)
def test_response_per_answer(role: str, feel: int, met: int, need: int) -> None:
    checkin = Checkin("2026-01-07", feel, met, need)
    response = respond(checkin, role, week=1, first_of_week=False, done_before=0)
    matched = [NOT_MET_PRACTICE[role]] if met == 1 else []
    if NEEDS[need] == "reassurance":
        matched.append(REASSURANCE_PRACTICE[role])
    # A very hard day: grounding and help come first, practices wait a tap away.
    assert response.grounding is (feel == 1)
    if feel == 1:
        assert response.said is None
        assert response.offered == tuple(matched)
    else:
        assert response.said == (matched[0] if matched else None)
        assert response.offered == tuple(matched[1:])
    assert response.closing in CLOSINGS[mood_of(feel)]
    assert response.week == f"checkin-week-{role}-2"
    parts = [t.id for t in response_parts(response)]
    rows = [o.id for row in response_rows(response) for o in row]
    if feel == 1:
        assert parts[0] == "checkin-hard-offer"
        assert rows[:2] == ["grounding", "sos"]
    else:
        assert "checkin-hard-offer" not in parts
        assert "grounding" not in rows
        assert "sos" not in rows
    assert parts[-1] == response.closing
    assert rows[-2:] == ["week", "done"]


def test_closing_is_never_the_same_twice_in_a_row() -> None:
    rng = random.Random(7)
    last: str | None = None
    for done_before in range(300):
        feel = rng.choice([1, 2, 2, 3, 3, 4, 5])
        closing = closing_for(feel, done_before)
        assert closing != last
        assert closing in CLOSINGS[mood_of(feel)]
        last = closing


def test_a_steady_run_of_days_goes_through_every_closing_before_one_comes_back() -> None:
    for feel in (1, 3, 5):
        lines = CLOSINGS[mood_of(feel)]
        assert len(lines) >= 5
        said = [closing_for(feel, n) for n in range(len(lines))]
        assert sorted(said) == sorted(lines)


def test_every_closing_reads_differently_in_every_language(translator: Translator) -> None:
    for locale in translator.locales:
        texts = [translator.render(locale, Text(c)) for lines in CLOSINGS.values() for c in lines]
        assert len(set(texts)) == len(texts), locale
        # No two closings of a mood share a sentence: the next one never sounds like a repeat.
        for lines in CLOSINGS.values():
            sentences = [
                s.strip()
                for c in lines
                for s in re.split(r"(?<=[.;:])\s", translator.render(locale, Text(c)))
                if len(s.strip()) > 12 and not s.strip().startswith(THANKS[locale])
            ]
            assert len(set(sentences)) == len(sentences), (locale, sentences)


@pytest.mark.parametrize("role", ROLES)
def test_one_new_practice_a_week_for_each_role(role: str, translator: Translator) -> None:
    weeks = [week_practice(role, w) for w in range(WEEKS)]
    assert len(set(weeks)) == WEEKS  # a new one every week of the longest plan (8 weeks)
    for other in set(ROLES) - {role}:
        assert not set(weeks) & {week_practice(other, w) for w in range(WEEKS)}
    assert week_practice(role, WEEKS) == weeks[0]  # an open-ended plan starts over
    for locale in translator.locales:
        texts = [translator.render(locale, Text(w)) for w in weeks]
        assert len(set(texts)) == WEEKS, locale


def test_every_check_in_text_fits_one_screen(translator: Translator) -> None:
    practices = [*NOT_MET_PRACTICE.values(), *REASSURANCE_PRACTICE.values()]
    practices += [week_practice(r, w) for r in ROLES for w in range(WEEKS)]
    for locale in translator.locales:
        for msg_id in practices:
            assert len(translator.render(locale, Text(msg_id))) <= 1000, (locale, msg_id)
        # The answer itself (the hard-day offer, the longest closing, the week note) stays short.
        longest = max(
            (c for lines in CLOSINGS.values() for c in lines),
            key=lambda c: len(translator.render(locale, Text(c))),
        )
        first = [Text("checkin-hard-offer"), Text(longest), Text("checkin-week-new")]
        assert len(translator.render_parts(locale, tuple(first))) <= 400, locale


# -- in the chat --------------------------------------------------------------------------


@pytest.fixture
def start_clock(clock: ManualClock) -> ManualClock:
    clock.set(datetime(2026, 1, 5, 12, 0, tzinfo=UTC))  # Lisbon is UTC+0 in January
    return clock


async def check_in(chat: ChatDriver, clock: ManualClock, day: int, feel: str, met: str, need: str) -> list:  # type: ignore[type-arg]
    clock.set(datetime(2026, 1, day, 20, 0, tzinfo=UTC))
    said = await due_now(chat, clock)
    assert said, day
    assert said[0].ids == ["checkin-notify-evening"], day
    await chat.tap("Open it")
    await chat.tap(feel)
    await chat.tap(met)
    return await chat.tap(need)


async def test_a_very_hard_day_offers_grounding_and_sos_first(
    chat: ChatDriver, start_clock: ManualClock
) -> None:
    await set_up(chat, start_clock)
    said = await check_in(chat, start_clock, 5, "Very hard", "Somewhat", "A little space")
    answer = said[-1]
    assert answer.ids[0] == "checkin-hard-offer"
    assert "/sos" in answer.body
    assert answer.labels[:2] == ["Steps for this moment", "Help and support (/sos)"]
    said = await chat.tap("Steps for this moment")
    assert said[-1].ids == ["sos-grounding"]
    said = await chat.tap("Help and support")
    assert "sos-directory" in said[-1].ids
    assert "sos-grounding" in said[-1].ids


async def test_not_feeling_heard_brings_its_practice(chat: ChatDriver, start_clock: ManualClock) -> None:
    await set_up(chat, start_clock)  # the one who was hurt: "Today, did you feel heard?"
    said = await check_in(chat, start_clock, 5, "Up and down", "Not really", "A little space")
    assert said[-2].ids[0] in CLOSINGS["mixed"]
    assert said[-1].ids == ["checkin-practice-heard"]  # its own message, after the short answer
    assert "checkin-hard-offer" not in said[-2].ids


async def test_needing_reassurance_brings_its_practice(chat: ChatDriver, start_clock: ManualClock) -> None:
    await set_up(chat, start_clock)
    said = await check_in(chat, start_clock, 5, "Fairly steady", "Yes", "Some reassurance")
    assert said[-1].ids == ["checkin-practice-reassurance-affected"]


async def test_both_practices_one_said_one_a_tap_away(chat: ChatDriver, start_clock: ManualClock) -> None:
    await set_up(chat, start_clock)
    said = await check_in(chat, start_clock, 5, "Heavy", "Not really", "Some reassurance")
    assert said[-1].ids == ["checkin-practice-heard"]
    said = await chat.tap("A practice for reassurance")
    assert said[-1].ids == ["checkin-practice-reassurance-affected"]
    said = await chat.tap("Back")
    assert said[-1].ids == ["checkin-anything-else"]  # the closing was said once already
    assert "A practice for reassurance" in said[-1].labels
    said = await chat.tap("Done for today")
    assert "menu-intro" in said[-1].ids


async def test_a_new_practice_each_week_of_the_plan(chat: ChatDriver, start_clock: ManualClock) -> None:
    await set_up(chat, start_clock)  # a 4-week plan from 5 January
    said = await check_in(chat, start_clock, 5, "Good", "Yes", "Nothing in particular")
    assert "checkin-week-new" in said[-1].ids  # the week's first check-in says so
    said = await chat.tap("This week's practice")
    assert said[-1].ids == ["checkin-week-intro", "checkin-week-affected-1"]
    await chat.tap("Done for today")
    said = await check_in(chat, start_clock, 6, "Good", "Yes", "Nothing in particular")
    assert "checkin-week-new" not in said[-1].ids
    said = await chat.tap("This week's practice")
    assert said[-1].ids[-1] == "checkin-week-affected-1"
    await chat.tap("Done for today")
    said = await check_in(chat, start_clock, 13, "Good", "Yes", "Nothing in particular")
    assert "checkin-week-new" in said[-1].ids
    said = await chat.tap("This week's practice")
    assert said[-1].ids[-1] == "checkin-week-affected-2"


async def test_closing_lines_change_day_to_day(chat: ChatDriver, start_clock: ManualClock) -> None:
    """Issue 15: the same closing line after every daily check-in. Now never twice in a row,
    with days missed in between, and every line of the mood before one comes back."""
    await set_up(chat, start_clock)
    closings = []
    for day in (5, 6, 7, 9, 12, 13, 14):
        said = await check_in(chat, start_clock, day, "Up and down", "Somewhat", "Time to talk")
        closings.append(next(i for i in said[-1].ids if i in CLOSINGS["mixed"]))
        await chat.tap("Done for today")
    assert all(a != b for a, b in itertools.pairwise(closings))
    assert set(closings[:5]) == set(CLOSINGS["mixed"])
    person = await chat.core.store.run(chat.user_id, lambda tx: tx.load())
    assert person is not None
    assert not set(person.prefs) & {"last_close"}  # picked from the stored check-ins alone


async def test_closing_lines_alternate_across_moods(chat: ChatDriver, start_clock: ManualClock) -> None:
    await set_up(chat, start_clock)
    closings = []
    for day, feel in ((5, "Good"), (6, "Heavy"), (7, "Good"), (8, "Good"), (9, "Heavy"), (10, "Heavy")):
        said = await check_in(chat, start_clock, day, feel, "Yes", "Nothing in particular")
        closings.append(next(i for i in said[-1].ids if i.startswith("checkin-thanks-")))
        await chat.tap("Done for today")
    assert all(a != b for a, b in itertools.pairwise(closings))
    assert len(set(closings)) == len(closings)


async def test_back_from_a_practice_does_not_say_the_closing_again(
    chat: ChatDriver, start_clock: ManualClock
) -> None:
    await set_up(chat, start_clock)
    said = await check_in(chat, start_clock, 5, "Good", "Yes", "Nothing in particular")
    closing = next(i for i in said[-1].ids if i in CLOSINGS["good"])
    await chat.tap("This week's practice")
    said = await chat.tap("Back")
    assert said[-1].ids == ["checkin-anything-else"]
    assert closing not in said[-1].ids
    assert said[-1].labels == ["This week's practice", "Done for today"]
    said = await chat.tap("Done for today")
    assert "menu-intro" in said[-1].ids
    ids = [i for s in chat.history for i in s.ids]
    assert ids.count(closing) == 1
