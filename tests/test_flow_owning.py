"""Owning it, the conversation for the one who did it: its tables, its guarantees, and walks.

The guarantees that matter most: fear or control is asked before anything else, and once
it is noted no step that builds words for the partner (or more openness towards them) can
be reached, and the result leads with the safety resources; the acknowledgement is built
from the person's own answers; the replies that undo it stand beside the ones that help;
the daily check-in is set up through the reminders screen as the role of the one who did
it; and a person who says "I'm the one doing it" in the spectrum check is sent here, never
to the flows that ask how their partner responded.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterable
from datetime import UTC, datetime

import pytest
import yaml

from bot.app import Content, reminder_dispatcher
from bot.config import PROJECT_ROOT
from bot.engine.clock import ManualClock
from bot.engine.events import ButtonIn
from bot.engine.flowspec import FlowSpec
from bot.engine.logic.common import SAFETY_FLAG
from bot.engine.logic.owning import (
    CHECKIN_ROLE,
    CONTACT,
    CONTACT_AFTER,
    NAME_PLAIN,
    NEEDS,
    OFFER,
    OWN,
    ROOM,
    SHRINK,
    WHAT,
    build_acknowledgement,
    compose_ack,
    compose_contact,
    compose_end,
    compose_need,
    compose_plain,
    note_checkin_role,
)
from bot.engine.outbound import FOLD, Text, nested
from bot.engine.registry import ActionContext, FlowContext, Registry
from bot.engine.reminders.model import ROLES
from bot.engine.reminders.setup import known_role
from bot.engine.schema import read
from bot.engine.session import FlowProgress, Person
from bot.engine.turn import Turn
from bot.engine.view import View, with_breaks
from bot.i18n.translator import Translator
from tests.chatdriver import ChatDriver

FLOW_FILE = PROJECT_ROOT / "flows" / "owning.yaml"
LOCALES = ("en", "es", "pt", "ru")
TITLE = "Owning what you did"
NEXT_OWNING = "Owning what I did"
RAISE = "Prepare how to raise it"
DEALBREAKER = "Is this workable?"
RESOURCES = "Show me safety resources"
# Steps that build words for the partner, or more openness towards them, or a daily
# check-in about that openness: never reachable once fear or control was said.
PARTNER_FACING = {
    "ack_what",
    "ack_what_typed",
    "ack_own",
    "ack_own_typed",
    "ack_offer",
    "ack_offer_typed",
    "ack",
    "undo",
    "undo_more",
    "moment",
    "contact",
    "contact_read",
    "openness",
    "checkin",
}


@pytest.fixture(scope="module")
def spec() -> FlowSpec:
    return read(FlowSpec, yaml.safe_load(FLOW_FILE.read_text(encoding="utf-8")))


@pytest.fixture(scope="module")
def translator() -> Translator:
    return Translator(PROJECT_ROOT / "locales")


def ctx(answers: dict[str, str], flags: Iterable[str] = ()) -> FlowContext:
    return FlowContext(answers, frozenset(flags))


def ids(parts: list[Text]) -> list[str]:
    return [p.id for p in parts]


def messages(parts: list[Text]) -> list[list[Text]]:
    kept, breaks = with_breaks(parts)
    return View("owning", kept, breaks=breaks).messages()


def reachable(spec: FlowSpec, registry: Registry, context: FlowContext) -> set[str]:
    """Steps reachable from the start when the session looks like ``context``: only the
    buttons shown, and of each route list the first route whose condition holds."""
    holds = registry.conditions

    def taken(routes: list) -> str:  # type: ignore[type-arg]
        return next(r.to for r in routes if r.when is None or holds[r.when](context))

    seen, todo = {spec.start}, [spec.start]
    while todo:
        step = spec.steps[todo.pop()]
        targets = [
            taken(c.routes) for c in step.choices if c.routes and (c.when is None or holds[c.when](context))
        ]
        if step.text is not None:
            targets.append(taken(step.text.routes))
        for target in targets:
            if target not in seen:
                seen.add(target)
                todo.append(target)
    return seen


# -- the graph ----------------------------------------------------------------------------


def test_safety_is_asked_before_anything_else(spec: FlowSpec) -> None:
    assert spec.id == "owning"
    assert spec.exits_to(spec.start) == ["safety"]
    safety = spec.steps["safety"]
    assert safety.answer == "safety"
    assert [(c.id, c.label) for c in safety.choices] == [
        ("no", "safety-answer-no"),
        ("yes", "safety-answer-yes"),
        ("skip", "safety-answer-skip"),
    ]
    yes = spec.steps["safety_yes"]
    assert yes.on_enter == ["note_safety_concern"]
    # The first thing offered after a "yes" is the safety resources, then a professional.
    assert [c.screen for c in yes.choices[:2]] == ["sos", "professional_help"]
    assert [c.screen for c in spec.steps["safety_known"].choices[:2]] == ["sos", "professional_help"]
    # A concern noted earlier (the session flag) is met with safety first, whatever is answered now.
    for choice in safety.choices:
        first = choice.routes[0]
        assert (first.when, first.to) in {("safety_concern", "safety_known"), (None, "safety_yes")}


def test_with_fear_noted_no_partner_facing_step_can_be_reached(spec: FlowSpec, content: Content) -> None:
    registry = content.book.registry
    flagged = reachable(spec, registry, ctx({}, {SAFETY_FLAG}))
    assert flagged & PARTNER_FACING == set()
    assert {"safety_known", "name", "explain", "need", "need_read", "end"} <= flagged
    unflagged = reachable(spec, registry, ctx({}))
    assert unflagged >= PARTNER_FACING
    assert "safety_known" not in unflagged


def test_the_end_leads_with_safety_when_fear_was_said(spec: FlowSpec) -> None:
    end = spec.steps["end"]
    assert end.terminal
    by_id = {c.id: c for c in end.choices}
    assert end.choices[0].id == "resources"
    assert by_id["resources"].screen == "sos"
    assert by_id["resources"].when == "safety_concern"
    assert by_id["agreement"].when == "owning_no_safety_concern"
    assert ids(compose_end(ctx({}, {SAFETY_FLAG}))) == ["owning-end-safety"]
    assert ids(compose_end(ctx({}))) == ["owning-end"]


def test_checkin_goes_through_the_reminders_screen_as_the_one_who_did_it(spec: FlowSpec) -> None:
    step = spec.steps["checkin"]
    assert step.on_enter == ["owning_checkin_role"]
    assert [(c.id, c.screen) for c in step.choices if c.screen] == [("reminders", "reminders")]
    assert CHECKIN_ROLE in ROLES
    answers: dict[str, str] = {}
    note_checkin_role(ActionContext(answers, set()))
    assert answers == {"role": CHECKIN_ROLE}


@pytest.mark.parametrize(
    ("current", "flows", "expected"),
    [
        # The flow that opened the screen says first.
        ("owning", {"owning": "did", "repair": "affected"}, "did"),
        # A role that isn't a check-in role (the spectrum's "doing") falls back to repair's.
        ("spectrum", {"spectrum": "doing", "repair": "together"}, "together"),
        ("spectrum", {"spectrum": "doing"}, None),
        (None, {}, None),
    ],
)
def test_the_reminders_screen_takes_the_role_from_the_flow_that_opened_it(
    current: str | None, flows: dict[str, str], expected: str | None
) -> None:
    person = Person(user_id=1, created_at=0, active_at=0, locale="en", consented_at=0)
    person.session.flow = current
    person.session.flows = {f: FlowProgress(step="x", answers={"role": r}) for f, r in flows.items()}
    assert known_role(Turn(person, ButtonIn(user_id=1, token=""), 0)) == expected


# -- the tables ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("step", "answer", "table"),
    [("name", "shrink", SHRINK), ("need", "need", NEEDS), ("contact", "contact", CONTACT)],
)
def test_every_choice_has_its_own_text(spec: FlowSpec, step: str, answer: str, table: dict[str, str]) -> None:
    assert spec.steps[step].answer == answer
    choices = [c.id for c in spec.steps[step].choices]
    assert sorted(choices) == sorted(table)
    assert len(set(table.values())) == len(table)


def test_plain_need_and_contact_texts() -> None:
    assert ids(compose_plain(ctx({"shrink": "never_touched"}))) == ["owning-shrink-never-touched", NAME_PLAIN]
    assert ids(compose_plain(ctx({}))) == ["owning-shrink-none", NAME_PLAIN]
    assert ids(compose_need(ctx({"need": "missing"}))) == ["owning-need-missing"]
    assert ids(compose_need(ctx({"need": "bogus"}))) == ["owning-need-unsure"]
    assert ids(compose_contact(ctx({"contact": "reaching"}))) == ["owning-contact-reaching", CONTACT_AFTER]


@pytest.mark.parametrize("part", [WHAT, OWN, OFFER], ids=lambda p: p.answer)
def test_each_acknowledgement_part_matches_the_flow(spec: FlowSpec, part) -> None:  # type: ignore[no-untyped-def]
    step = next(s for s in spec.steps.values() if s.answer == part.answer)
    assert sorted(c.id for c in step.choices) == sorted([*part.fragments, "own_words"])
    typed = next(s for s in spec.steps.values() if s.text is not None and s.text.answer == part.typed)
    assert typed.text is not None


def test_acknowledgement_from_buttons_and_from_own_words() -> None:
    ack = build_acknowledgement({"what": "dating_app", "own": "hid", "offer": "time"})
    assert ack.id == "owning-ack"
    assert ack.params == {
        "what": Text("owning-what-dating-app"),
        "own": Text("owning-own-hid"),
        "offer": Text("owning-offer-time"),
    }
    own = build_acknowledgement(
        {"what": "own_words", "what_text": "I lied about Fridays.", "own": "kept_on", "offer": "own_words"}
    )
    assert own.params["what"] == "I lied about Fridays"  # as typed, trailing full stop dropped
    assert own.params["offer"] == Text("owning-offer-fallback")  # chose to type, then left nothing
    # Typed words start a sentence of it: with a capital letter, whatever was typed.
    lower = build_acknowledgement({"what": "own_words", "what_text": "my ex and I kept texting"})
    assert lower.params["what"] == "My ex and I kept texting"
    # The acknowledgement on its own; then how it was built and what it leaves out.
    assert [ids(m) for m in messages(compose_ack(ctx({})))] == [
        ["owning-ack"],
        ["owning-ack-intro", "owning-ack-after"],
    ]


@pytest.mark.parametrize("locale", LOCALES)
def test_long_typed_words_fit_the_first_message_and_stay_whole_below(
    translator: Translator, locale: str
) -> None:
    long = {
        "what": "own_words",
        "what_text": "For most of last year I kept a profile on an app and met two people from it, "
        "and told you I was working late",
        "own": "own_words",
        "own_text": "I lied to you every time you asked me what was wrong, and I let you think it was you",
        "offer": "own_words",
        "offer_text": "I have deleted the profile and I will show you anything you want to see, for as long "
        "as you need",
    }
    head, built, whole = messages(compose_ack(ctx(long)))
    first = translator.render_parts(locale, tuple(head))
    assert len(first) <= 400, (locale, len(first), first)
    for key in ROOM:
        short = head[0].params[key]
        assert isinstance(short, str)
        assert " … " in short
        assert short[0].isupper()
    assert sum(len(str(head[0].params[k])) for k in ROOM) <= sum(ROOM.values())
    assert "…." not in first
    assert ids(built) == ["owning-ack-intro", "owning-ack-after"]
    [folded] = whole
    assert folded.id == FOLD
    assert "owning-ack-whole" in [t.id for t in nested(folded)]
    shown = translator.render_parts(locale, tuple(whole))
    assert len(shown) <= 1000
    for key in ("what_text", "own_text", "offer_text"):  # nothing the person wrote is lost
        assert long[key][1:] in shown


# -- the words ----------------------------------------------------------------------------


def _owning_ids(translator: Translator) -> list[str]:
    found = sorted(i for i in translator.ids("en") if i.startswith("owning-"))
    assert found
    return found


@pytest.mark.parametrize("locale", LOCALES)
def test_every_message_fits_one_screen(translator: Translator, spec: FlowSpec, locale: str) -> None:
    """Every message of the flow at most 1,000 characters; a result's first at most 400."""

    def sizes(parts: list[Text]) -> list[int]:
        return [len(translator.render_parts(locale, tuple(m))) for m in messages(parts)]

    def length(parts: list[Text]) -> int:
        """The longest message, once the first is known to fit a screen."""
        shown = sizes(parts)
        assert shown[0] <= 400, (locale, [p.id for p in parts], shown)
        return max(shown)

    for step in spec.steps.values():
        if not step.compose:
            assert max(sizes([Text(i) for i in step.say])) <= 1000, step.say
    for key in SHRINK:
        assert length(compose_plain(ctx({"shrink": key}))) <= 400
    for key in NEEDS:
        assert length(compose_need(ctx({"need": key}))) <= 400
    for key in CONTACT:
        assert length(compose_contact(ctx({"contact": key}))) <= 400
    for what, own, offer in itertools.product(WHAT.fragments, OWN.fragments, OFFER.fragments):
        assert length(compose_ack(ctx({"what": what, "own": own, "offer": offer}))) <= 1000
    longest = "x" * 150  # the most the typed steps take
    typed = {"what": "own_words", "own": "own_words", "offer": "own_words"}
    typed |= {"what_text": longest, "own_text": longest, "offer_text": longest}
    assert length(compose_ack(ctx(typed))) <= 1000
    for flags in ((), (SAFETY_FLAG,)):
        assert length(compose_end(ctx({}, flags))) <= 400


@pytest.mark.parametrize("locale", LOCALES)
def test_undoing_replies_stand_beside_the_ones_that_help(translator: Translator, locale: str) -> None:
    for msg_id in ("owning-undo", "owning-undo-more"):
        text = translator.render(locale, Text(msg_id))
        assert text.count("✗") == text.count("✓") == 3, (locale, msg_id)
    undo = translator.render("en", Text("owning-undo"))
    for phrase in ("It was nothing", "You're overreacting", "You went through my phone"):
        assert phrase in undo


def test_voice_no_verdict_no_surveillance(translator: Translator) -> None:
    for msg_id in _owning_ids(translator):
        text = translator.render("en", Text(msg_id))
        assert "!" not in text, msg_id
        assert not re.search(r"\btherap(y|ist)\b", text, re.IGNORECASE), msg_id
        # Openness is offered, never handed over as access to be checked.
        assert not re.search(r"password|passcode|share (your )?location|hand over", text, re.I), msg_id
        assert not re.search(r"\b(he|she|him|her|his|hers)\b", text, re.IGNORECASE), msg_id
    openness = translator.render("en", Text("owning-openness"))
    assert "not surveillance" in openness


# -- walks through the chat ---------------------------------------------------------------


def all_ids(chat: ChatDriver) -> list[str]:
    return [i for said in chat.history for i in said.ids]


async def flags_of(chat: ChatDriver) -> list[str]:
    person = await chat.core.store.run(chat.user_id, lambda tx: tx.load())
    assert person is not None
    return list(person.session.flags)


async def start(chat: ChatDriver, safety: str = "No, nothing like that", *, begin: bool = True) -> None:
    if begin:
        await chat.begin()
    said = await chat.tap(TITLE)
    assert "owning-intro" in said[-1].ids
    said = await chat.tap("Let's start")
    assert said[-1].ids == ["owning-q-safety"]  # before a word about the partner
    await chat.tap(safety)


async def through_the_need(chat: ChatDriver) -> None:
    said = await chat.tap("just talking")
    assert said[-1].ids == ["owning-shrink-just-talking", "owning-name-plain"]
    said = await chat.tap("Continue")
    assert said[-1].ids == ["owning-explain"]
    said = await chat.tap("Continue")
    assert said[-1].ids == ["owning-q-need"]
    said = await chat.tap("Something missing between us")
    assert said[-1].ids == ["owning-need-missing"]
    assert "symptom" in said[-1].body
    await chat.tap("Look at another one")
    said = await chat.tap("Keeping a door open")
    assert said[-1].ids == ["owning-need-options"]
    await chat.tap("Continue")


async def test_walk_to_the_acknowledgement_and_the_checkin(chat: ChatDriver) -> None:
    await start(chat)
    await through_the_need(chat)
    assert chat.last.ids == ["owning-q-what"]
    await chat.tap("Secret contact with an ex")
    await chat.tap("That I hid it")
    said = await chat.tap("You can ask me anything")
    ack, built = said
    assert ack.ids == ["owning-ack", "owning-what-secret-ex", "owning-own-hid", "owning-offer-questions"]
    assert "I've been in touch with my ex, and I didn't tell you. I kept it from you" in ack.body
    assert built.ids == ["owning-ack-intro", "owning-ack-after"]
    said = await chat.tap("Next: the replies that undo it")
    assert said[-1].ids == ["owning-undo"]
    said = await chat.tap("Show me a few more")
    assert said[-1].ids == ["owning-undo-more"]
    await chat.tap("Continue")
    assert chat.last.ids == ["owning-moment"]
    await chat.tap("Continue")
    await chat.tap("We're still in touch")
    assert chat.last.ids == ["owning-contact-still", "owning-contact-letting-go"]
    said = await chat.tap("Continue")
    assert said[-1].ids == ["owning-openness"]
    said = await chat.tap("Continue")
    assert said[-1].ids == ["owning-checkin"]
    assert chat.last.labels[:2] == ["Set up my daily check-in", "Not now, carry on"]
    said = await chat.tap("Not now")
    assert said[-1].ids == ["owning-end"]
    assert chat.last.labels[:3] == ["Talk about our agreements", "Finding professional help", "Menu"]
    assert RESOURCES not in chat.last.labels
    assert SAFETY_FLAG not in await flags_of(chat)


async def test_own_words_go_into_the_acknowledgement(chat: ChatDriver) -> None:
    await start(chat, safety="I'd rather not say")
    await through_the_need(chat)
    await chat.tap("own words")
    await chat.text("I told them things about us I never told you.")
    await chat.tap("That I kept going")
    await chat.tap("own words")
    said = await chat.text("I'll tell you the same day if they write")
    body = said[0].body
    assert "I told them things about us I never told you. I kept going even after" in body
    assert "I'll tell you the same day if they write." in body


async def test_checkin_is_set_up_for_the_one_who_did_it(chat: ChatDriver, clock: ManualClock) -> None:
    clock.set(datetime(2026, 1, 5, 12, 0, tzinfo=UTC))  # Lisbon is UTC+0 in January
    await start(chat)
    await through_the_need(chat)
    await chat.tap("Flirting")
    await chat.tap("agreed")
    await chat.tap("won't rush")
    for label in ("Next: the replies", "Continue", "Continue", "It's already over", "Continue", "Continue"):
        await chat.tap(label)
    said = await chat.tap("Set up my daily check-in")
    # The role is known from this conversation: the screen doesn't ask it.
    assert "reminders-q-time" in said[-1].ids
    assert "reminders-q-role" not in said[-1].ids
    await chat.tap("20:00")
    await chat.text("Lisbon")
    await chat.tap("Yes, that's right")
    await chat.tap("22:00")
    said = await chat.tap("4 weeks")
    assert said[-1].ids[:2] == ["reminders-done", "reminders-summary"]
    rem = await chat.core.store.run(chat.user_id, lambda tx: tx.reminder())
    assert rem is not None
    assert rem.role == "did"
    # Set up: the conversation goes on (issue 15), the offer isn't shown again.
    assert "owning-end" in chat.last.ids
    assert "owning-checkin" not in chat.last.ids
    # When it falls due, the check-in asks about their side: openness offered unasked.
    clock.set(datetime(2026, 1, 5, 20, 0, 30, tzinfo=UTC))
    await reminder_dispatcher(chat.core).run_once()
    await chat.drain()
    said = await chat.tap("Open it")
    assert "checkin-intro-did" in said[-1].ids
    said = await chat.tap("Up and down")
    assert said[-1].ids == ["checkin-q-open-did"]


async def test_fear_leads_with_safety_and_never_with_a_confession(chat: ChatDriver) -> None:
    await start(chat, safety="Yes, some of that")
    assert chat.last.ids == ["safety-answer-thanks", "owning-safety-plan"]
    assert chat.last.labels[0] == RESOURCES
    assert SAFETY_FLAG in await flags_of(chat)
    said = await chat.tap(RESOURCES)
    assert "sos-directory" in said[-1].ids
    await chat.tap("Back to where I was")
    await chat.tap("for myself")
    await through_the_need(chat)
    assert chat.last.ids == ["owning-end-safety"]
    assert chat.last.labels[0] == RESOURCES
    assert "Talk about our agreements" not in chat.last.labels
    seen = all_ids(chat)
    for partner_facing in ("owning-q-what", "owning-ack", "owning-undo", "owning-openness", "owning-checkin"):
        assert partner_facing not in seen


async def test_a_concern_noted_in_another_flow_counts(chat: ChatDriver) -> None:
    await chat.begin()
    await chat.tap("Rebuilding trust")
    await chat.tap("Let's start")
    await chat.tap("I'm the one who did it")
    await chat.tap("Yes, some of that")
    await chat.command("menu")
    await start(chat, begin=False)
    assert chat.last.ids == ["owning-safety-known", "owning-safety-plan"]
    assert chat.last.labels[0] == RESOURCES


# -- the way here from the spectrum check --------------------------------------------------


async def spectrum(chat: ChatDriver, role: str, *, hidden_texting: bool = True) -> None:
    await chat.begin()
    await chat.tap("behaviour sit")
    await chat.tap("Let's start")
    await chat.tap(role)
    if hidden_texting:
        await chat.tap("Messages")
        await chat.tap("Frequent texting")
        await chat.tap("Just this one")
        await chat.tap("on purpose")
        await chat.tap("Yes, that would feel uncomfortable")
        await chat.tap("fill a gap")
        await chat.tap("never talked")
    else:
        await chat.tap("Attraction")
        await chat.tap("celebrity")
        await chat.tap("Yes, the partner knows")
        await chat.tap("isn't about that")
        await chat.tap("agreed it's fine")


async def test_spectrum_doing_is_sent_here_not_to_the_other_side(chat: ChatDriver) -> None:
    await spectrum(chat, "I'm the one doing it")
    assert "spectrum-level-objectionable" in [i for s in chat.history[-4:] for i in s.ids]
    for screen in ("placement", "why"):
        labels = chat.last.labels
        assert labels.count(NEXT_OWNING) == 1, screen
        assert RAISE not in labels
        assert DEALBREAKER not in labels
        assert "Talk about our agreements" in labels
        if screen == "placement":
            await chat.tap("Why might")
    said = await chat.tap(NEXT_OWNING)
    assert "owning-intro" in said[-1].ids


async def test_spectrum_doing_within_bounds_is_not_told_to_own_anything(chat: ChatDriver) -> None:
    await spectrum(chat, "I'm the one doing it", hidden_texting=False)
    assert "spectrum-level-within" in [i for s in chat.history[-4:] for i in s.ids]
    labels = chat.last.labels
    assert NEXT_OWNING not in labels
    assert RAISE not in labels
    assert DEALBREAKER not in labels


@pytest.mark.parametrize("role", ["I've noticed it", "rather not say"])
async def test_spectrum_other_sides_keep_their_next_steps(chat: ChatDriver, role: str) -> None:
    await spectrum(chat, role)
    labels = chat.last.labels
    assert NEXT_OWNING not in labels
    assert RAISE in labels
    assert DEALBREAKER in labels


@pytest.mark.parametrize(
    ("role", "flags", "offered"),
    [("did", (), True), ("did", (SAFETY_FLAG,), False), ("affected", (), False), ("together", (), False)],
)
def test_repair_offers_owning_only_to_the_one_who_did_it_without_fear(
    content: Content, role: str, flags: tuple[str, ...], offered: bool
) -> None:
    condition = content.book.registry.conditions["repair_did_no_safety_concern"]
    assert condition(ctx({"role": role}, flags)) is offered
