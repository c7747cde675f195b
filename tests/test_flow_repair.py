"""The repair conversation (after the talk, rebuilding trust): its tables, a walk for each
role, and its guarantees.

The guarantees that matter most: every role gets its own content; a "yes" to the safety
question notes the concern, offers the safety resources and puts safety before any further
repair conversation; the daily check-in is offered through the reminders screen; and every
check-in text the reminder machinery will use exists.
"""

from __future__ import annotations

import re
from datetime import UTC, datetime

import pytest
import yaml

from bot.config import PROJECT_ROOT
from bot.engine.clock import ManualClock
from bot.engine.flowspec import FlowSpec
from bot.engine.logic.common import SAFETY_FLAG
from bot.engine.logic.repair import (
    CHECKIN_ROLE_LINES,
    END_ROLE_LINES,
    PRACTICE,
    PRACTICE_FALLBACK,
    compose_checkin,
    compose_end,
    compose_practice,
    compose_practice_safety,
    practice_text,
    role_of,
)
from bot.engine.outbound import BREAK, FOLD, Text, fold
from bot.engine.registry import FlowContext
from bot.engine.schema import read
from bot.i18n.translator import Translator
from tests.chatdriver import ChatDriver

FLOW_FILE = PROJECT_ROOT / "flows" / "repair.yaml"
ROLES = ("did", "affected", "together")
FOCUS_STEPS = {"did": "did_focus", "affected": "affected_focus", "together": "together_focus"}
ROLE_LABELS = {
    "did": "I'm the one who did it",
    "affected": "I'm the one who was hurt",
    "together": "We're working on it together",
}
TITLE = "Rebuilding trust"

CHECKIN_IDS = (
    "checkin-notify-morning",
    "checkin-notify-afternoon",
    "checkin-notify-evening",
    "checkin-intro-did",
    "checkin-intro-affected",
    "checkin-intro-together",
    "checkin-q-day",
    *(f"checkin-day-{n}" for n in range(1, 6)),
    "checkin-q-open-did",
    "checkin-q-met-affected",
    "checkin-q-close-together",
    *(f"checkin-scale-{n}" for n in range(1, 4)),
    "checkin-q-tomorrow",
    "checkin-need-reassurance",
    "checkin-need-space",
    "checkin-need-talk",
    "checkin-need-time-together",
    "checkin-need-nothing",
    "checkin-thanks-hard",
    "checkin-thanks-mixed",
    "checkin-thanks-good",
    "checkin-missed-ok",
)
NOTIFY_IDS = ("checkin-notify-morning", "checkin-notify-afternoon", "checkin-notify-evening")
# Words that would give away what a reminder is about on a lock screen.
INDISCREET = re.compile(
    r"partner|repair|trust|cheat|affair|relationship|feel|hurt|love|couple|boundar|candor"
    r"|heal|betray|sorry|\bhe\b|\bshe\b|\bthey\b|husband|wife|boyfriend|girlfriend",
    re.IGNORECASE,
)
# A check-in is never a score, a streak or a grade, and never pressure to keep going.
PRESSURE = re.compile(
    r"streak|score|points?\b|grade|keep it up|don't break|in a row|perfect|well done|great job"
    r"|fell behind|you missed out|don't give up",
    re.IGNORECASE,
)


@pytest.fixture(scope="module")
def spec() -> FlowSpec:
    return read(FlowSpec, yaml.safe_load(FLOW_FILE.read_text(encoding="utf-8")))


@pytest.fixture(scope="module")
def translator() -> Translator:
    return Translator(PROJECT_ROOT / "locales")


def ctx(answers: dict[str, str], flags: frozenset[str] = frozenset()) -> FlowContext:
    return FlowContext(answers, flags)


def ids(parts: list[Text]) -> list[str]:
    return [p.id for p in parts]


# -- the tables --------------------------------------------------------------------------


def test_flow_basics(spec: FlowSpec) -> None:
    assert spec.id == "repair"
    assert spec.order == 30
    role = spec.steps["role"]
    assert role.answer == "role"
    assert [c.id for c in role.choices] == list(ROLES)


@pytest.mark.parametrize("role", ROLES)
def test_every_focus_choice_has_its_own_text(spec: FlowSpec, role: str) -> None:
    step = spec.steps[FOCUS_STEPS[role]]
    assert step.answer == "focus"
    focuses = [c.id for c in step.choices if c.id != "none"]
    assert focuses, role
    assert sorted(focuses) == sorted(f for r, f in PRACTICE if r == role)
    texts = [practice_text({"role": role, "focus": f}) for f in focuses]
    assert len(set(texts)) == len(texts)
    assert all(t.startswith(f"repair-practice-{role}-") for t in texts)


@pytest.mark.parametrize(
    ("answers", "expected"),
    [
        ({"role": "did", "focus": "why"}, "repair-practice-did-why"),
        ({"role": "did", "focus": "again"}, "repair-practice-did-again"),
        ({"role": "affected", "focus": "weapon"}, "repair-practice-affected-weapon"),
        ({"role": "affected", "focus": "support"}, "repair-practice-affected-support"),
        ({"role": "together", "focus": "ask"}, "repair-practice-together-ask"),
        # A focus that belongs to another role never borrows that role's text.
        ({"role": "affected", "focus": "why"}, PRACTICE_FALLBACK),
        ({"role": "did", "focus": "weapon"}, PRACTICE_FALLBACK),
        ({"role": "did"}, PRACTICE_FALLBACK),
        ({}, PRACTICE_FALLBACK),
    ],
)
def test_practice_table(answers: dict[str, str], expected: str) -> None:
    assert practice_text(answers) == expected
    if expected == PRACTICE_FALLBACK:
        assert ids(compose_practice(ctx(answers))) == [expected]
    else:  # its title and first point on one screen, the rest folded
        assert compose_practice(ctx(answers)) == [Text(expected), BREAK, fold(Text(expected + "-more"))]


def test_practice_reminds_of_safety_when_a_concern_was_noted(spec: FlowSpec) -> None:
    answers = {"role": "affected", "focus": "reassurance"}
    assert spec.steps["practice"].lead == "repair_practice_safety"  # a message of its own, first
    assert ids(compose_practice_safety(ctx(answers, frozenset({SAFETY_FLAG})))) == ["repair-practice-safety"]
    assert compose_practice_safety(ctx(answers)) == []
    assert "repair-practice-safety" not in ids(compose_practice(ctx(answers, frozenset({SAFETY_FLAG}))))


@pytest.mark.parametrize("locale", ["en", "es", "pt", "ru"])
def test_every_closer_look_leads_with_one_screen_and_keeps_the_rest(
    translator: Translator, locale: str
) -> None:
    for head in PRACTICE.values():
        first = translator.render(locale, Text(head))
        rest = translator.render(locale, Text(head + "-more"))
        assert len(first) <= 400, (locale, head)
        assert first.count("\n\n") >= 1, (locale, head)  # a title, then its first point
        assert 100 < len(rest) <= 1000, (locale, head)


@pytest.mark.parametrize(
    ("answers", "expected"),
    [({"role": r}, r) for r in ROLES] + [({}, "together"), ({"role": "bogus"}, "together")],
)
def test_role_of(answers: dict[str, str], expected: str) -> None:
    assert role_of(answers) == expected


@pytest.mark.parametrize("role", ROLES)
def test_checkin_explanation_is_role_aware(role: str) -> None:
    parts = ids(compose_checkin(ctx({"role": role})))
    assert parts == ["repair-checkin-intro", CHECKIN_ROLE_LINES[role], "repair-checkin-promise"]
    others = set(CHECKIN_ROLE_LINES.values()) - {CHECKIN_ROLE_LINES[role]}
    assert not others & set(parts)


@pytest.mark.parametrize("role", ROLES)
@pytest.mark.parametrize("flagged", [False, True])
def test_end_table(role: str, flagged: bool) -> None:
    flags = frozenset({SAFETY_FLAG}) if flagged else frozenset()
    parts = ids(compose_end(ctx({"role": role}, flags)))
    safety = ["repair-end-safety"] if flagged else []
    assert parts == [*safety, END_ROLE_LINES[role], "repair-end-next"]


def test_structure_guarantees(spec: FlowSpec) -> None:
    checkin = spec.steps["checkin"]
    offer = [c for c in checkin.choices if c.id == "reminders"]
    assert len(offer) == 1
    assert offer[0].screen == "reminders"
    assert offer[0].label == "repair-set-checkin"
    assert any(c.id == "not_now" for c in checkin.choices)

    safety = spec.steps["safety"]
    assert safety.say == ["safety-question"]
    assert [(c.id, c.label) for c in safety.choices] == [
        ("no", "safety-answer-no"),
        ("yes", "safety-answer-yes"),
        ("skip", "safety-answer-skip"),
    ]
    yes = spec.steps["safety_yes"]
    assert yes.on_enter == ["note_safety_concern"]
    assert "safety-answer-thanks" in yes.say
    assert any(c.screen == "sos" for c in yes.choices)
    # Safety is asked before any advice about repair conversations.
    role_content = {"did_core", "affected_core", "together_core"}
    for choice in spec.steps["role"].choices:
        # Asked, unless fear or control was said already: then what it means here, at once.
        assert [(r.when, r.to) for r in choice.routes] == [
            ("safety_concern", "safety_known"),
            (None, "safety"),
        ]
    assert not role_content & set(spec.exits_to("intro"))

    end = spec.steps["end"]
    assert end.terminal
    assert end.keep
    by_id = {c.id: c for c in end.choices}
    assert by_id["agreement"].flow == "agreement"
    assert by_id["agreement"].when == "repair_no_safety_concern"
    assert by_id["owning"].flow == "owning"
    assert by_id["owning"].when == "repair_did_no_safety_concern"
    assert by_id["professional"].screen == "professional_help"
    assert by_id["menu"].menu
    assert by_id["resources"].screen == "sos"
    assert by_id["resources"].when == "safety_concern"


def test_every_checkin_text_exists(translator: Translator) -> None:
    missing = [i for i in CHECKIN_IDS if not translator.has("en", i)]
    assert not missing
    for msg_id in CHECKIN_IDS:
        assert translator.file_of("en", msg_id).endswith("checkin.ftl"), msg_id


@pytest.mark.parametrize("msg_id", NOTIFY_IDS)
def test_reminders_are_discreet(translator: Translator, msg_id: str) -> None:
    text = translator.render("en", Text(msg_id))
    assert not INDISCREET.search(text), text
    assert "check-in" in text


def test_checkin_never_scores_or_pressures(translator: Translator) -> None:
    for msg_id in CHECKIN_IDS:
        text = translator.render("en", Text(msg_id))
        assert not PRESSURE.search(text), (msg_id, text)
        assert "!" not in text, msg_id


def test_voice(translator: Translator, spec: FlowSpec) -> None:
    repair_ids = [i for i in translator.ids("en") if i.startswith("repair-")]
    assert repair_ids
    for msg_id in [*repair_ids, *CHECKIN_IDS]:
        text = translator.render("en", Text(msg_id))
        assert "!" not in text, msg_id
        assert not re.search(r"\btherap(y|ist)\b", text, re.IGNORECASE), msg_id
        assert not re.search(r"\b(he|she|him|her|his|hers)\b", text, re.IGNORECASE), msg_id


# -- walks through the chat --------------------------------------------------------------


async def start(chat: ChatDriver, role: str, safety: str = "No, nothing like that") -> None:
    await chat.begin()
    said = await chat.tap(TITLE)
    assert "repair-intro" in said[-1].ids
    await chat.tap("Let's start")
    assert "repair-q-role" in chat.last.ids
    await chat.tap(ROLE_LABELS[role])
    assert "safety-question" in chat.last.ids
    await chat.tap(safety)


def all_ids(chat: ChatDriver) -> set[str]:
    return {i for said in chat.history for i in said.ids}


async def finish_with_checkin(chat: ChatDriver) -> None:
    await chat.tap("Continue")
    assert "repair-checkin-intro" in chat.last.ids
    assert "Set up my daily check-in" in chat.last.labels
    assert "Not now" in " ".join(chat.last.labels)
    await chat.tap("Not now")
    next_steps = [
        "Talk about our agreements",
        "The anxious–avoidant cycle",
        "If I'm thinking of leaving",
        "Finding professional help",
        "Menu",
    ]
    assert [label for label in chat.last.labels if label in next_steps] == next_steps
    assert "Show me safety resources" not in chat.last.labels


async def test_walk_did(chat: ChatDriver) -> None:
    await start(chat, "did")
    assert chat.last.ids == ["repair-did-core"]
    assert "promise" in chat.last.body
    await chat.tap("day to day")
    assert chat.last.ids == ["repair-did-daily", "repair-q-focus"]
    await chat.tap("Why it happened")
    head, rest = chat.history[-2:]
    assert head.ids == ["repair-practice-did-why"]
    assert rest.ids == [FOLD, "repair-practice-did-why-more"]
    assert "symptom" in rest.body  # the seed's distinction, a tap away
    await chat.tap("Look at another one")
    await chat.tap("The same question, again")
    assert chat.history[-2].ids == ["repair-practice-did-again"]
    await finish_with_checkin(chat)
    seen = all_ids(chat)
    assert "repair-checkin-did" in seen
    assert "repair-end-did" in chat.last.ids
    # Next for their side: owning it, before the shared conversations.
    assert chat.last.labels[0] == "Owning what I did"
    assert not any(i.startswith(("repair-affected-", "repair-practice-affected")) for i in seen)


async def test_walk_affected(chat: ChatDriver) -> None:
    await start(chat, "affected")
    assert chat.last.ids == ["repair-affected-core"]
    await chat.tap("day to day")
    assert chat.last.ids == ["repair-affected-daily", "repair-q-focus"]
    await chat.tap("When hurt becomes a weapon")
    assert chat.history[-2].ids == ["repair-practice-affected-weapon"]
    assert chat.last.ids == [FOLD, "repair-practice-affected-weapon-more"]
    await finish_with_checkin(chat)
    seen = all_ids(chat)
    assert "repair-checkin-affected" in seen
    assert "repair-end-affected" in chat.last.ids
    assert "Owning what I did" not in chat.last.labels
    assert not any(i.startswith(("repair-did-", "repair-practice-did")) for i in seen)


async def test_walk_together(chat: ChatDriver) -> None:
    await start(chat, "together")
    assert chat.last.ids == ["repair-together-core"]
    body = chat.last.body
    assert "For the one who did it" in body
    assert "For the one who was hurt" in body
    await chat.tap("Continue")
    assert chat.last.ids == ["repair-together-after"]
    assert "doesn't excuse it" in chat.last.body
    await chat.tap("Continue")
    await chat.tap("Saying what we need")
    assert chat.history[-2].ids == ["repair-practice-together-ask"]
    await finish_with_checkin(chat)
    assert "repair-checkin-together" in all_ids(chat)
    assert "repair-end-together" in chat.last.ids


async def test_carry_on_skips_the_closer_look(chat: ChatDriver) -> None:
    await start(chat, "did", safety="I'd rather not say")
    await chat.tap("day to day")
    await chat.tap("Carry on for now")
    assert "repair-checkin-intro" in chat.last.ids


async def test_checkin_opens_the_reminders_screen_and_comes_back(chat: ChatDriver) -> None:
    await start(chat, "affected")
    await chat.tap("day to day")
    await chat.tap("Carry on for now")
    said = await chat.tap("Set up my daily check-in")
    assert not any(i.startswith("repair-") for s in said for i in s.ids)
    await chat.tap("Back to where I was")
    assert "repair-checkin-intro" in chat.last.ids


async def test_once_set_up_the_conversation_goes_on_instead_of_offering_it_again(
    chat: ChatDriver, clock: ManualClock
) -> None:
    """Issue 15: the set-up screen came back right after the check-in was set up."""
    clock.set(datetime(2026, 1, 5, 12, 0, tzinfo=UTC))
    await start(chat, "affected")
    await chat.tap("day to day")
    await chat.tap("Carry on for now")
    await chat.tap("Set up my daily check-in")
    await chat.tap("20:00")
    await chat.text("Lisbon")
    await chat.tap("Yes, that's right")
    await chat.tap("22:00")
    said = await chat.tap("4 weeks")
    assert len(said) == 1
    shown = said[0]
    # The confirmation once, then the conversation's next step: not the offer again.
    assert shown.ids[:2] == ["reminders-done", "reminders-summary"]
    assert "repair-end-affected" in shown.ids
    assert "repair-checkin-intro" not in shown.ids
    assert "Set up my daily check-in" not in shown.labels
    assert "Talk about our agreements" in shown.labels
    assert [i for s in chat.history for i in s.ids].count("reminders-done") == 1
    rem = await chat.core.store.run(chat.user_id, lambda tx: tx.reminder())
    assert rem is not None
    assert rem.role == "affected"
    # The step is still there behind it.
    said = await chat.command("back")
    assert "repair-checkin-intro" in said[-1].ids


async def test_set_up_from_the_command_leaves_the_person_where_they_were(
    chat: ChatDriver, clock: ManualClock
) -> None:
    clock.set(datetime(2026, 1, 5, 12, 0, tzinfo=UTC))
    await start(chat, "together")
    assert "repair-together-core" in chat.last.ids
    await chat.command("reminders")
    for label in ("20:00", "Lisbon", "Yes, that's right", "22:00", "4 weeks"):
        await (chat.text(label) if label == "Lisbon" else chat.tap(label))
    assert chat.last.ids[:2] == ["reminders-done", "reminders-summary"]
    assert "repair-together-core" in chat.last.ids  # a step that offers no check-in: stays


async def flags_of(chat: ChatDriver) -> list[str]:
    person = await chat.core.store.run(chat.user_id, lambda tx: tx.load())
    assert person is not None
    return list(person.session.flags)


async def test_safety_yes_puts_safety_first(chat: ChatDriver) -> None:
    await start(chat, "affected", safety="Yes, some of that")
    assert chat.last.ids == ["safety-answer-thanks", "repair-safety-plan"]
    assert "Show me safety resources" in chat.last.labels
    assert "Finding professional help" in chat.last.labels
    assert SAFETY_FLAG in await flags_of(chat)
    said = await chat.tap("Show me safety resources")
    assert "sos-directory" in said[-1].ids
    await chat.tap("Back to where I was")
    await chat.tap("Read the rest")
    assert chat.last.ids == ["repair-affected-core"]
    await chat.tap("day to day")
    await chat.tap("Asking for reassurance")
    assert [s.ids for s in chat.history[-3:]] == [
        ["repair-practice-safety"],  # on its own, first
        ["repair-practice-affected-reassurance"],
        [FOLD, "repair-practice-affected-reassurance-more"],
    ]
    assert chat.last.labels[0] == "Show me safety resources"
    # No daily repair check-in and no further repair conversation before safety.
    await chat.tap("Continue")
    assert "repair-checkin-intro" not in chat.last.ids
    assert chat.last.ids == ["repair-end-safety", "repair-end-affected", "repair-end-next"]
    assert chat.last.labels[0] == "Show me safety resources"
    assert "Talk about our agreements" not in chat.last.labels
    assert "Set up my daily check-in" not in chat.last.labels


async def test_a_concern_noted_earlier_still_counts(chat: ChatDriver) -> None:
    await start(chat, "did", safety="Yes, some of that")
    await chat.command("reset")
    assert SAFETY_FLAG in await flags_of(chat)
    await chat.command("menu")
    await chat.tap(TITLE)
    await chat.tap("Let's start")
    said = await chat.tap(ROLE_LABELS["did"])
    assert said[-1].ids == ["repair-safety-known", "repair-safety-plan"]  # not asked twice
    assert "Show me safety resources" in chat.last.labels
    await chat.tap("Read the rest")
    assert chat.last.ids == ["repair-did-core"]


async def test_resume_recaps(chat: ChatDriver) -> None:
    await start(chat, "together")
    await chat.tap("Continue")
    await chat.command("menu")
    said = await chat.tap("Continue")
    seen = [i for s in said for i in s.ids]
    assert "repair-recap-together-after" in seen
    assert "repair-together-after" in seen
