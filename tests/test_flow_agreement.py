"""The agreement conversation: its summary, a walk through it, and its guarantees.

The guarantees that matter most: the area keys are stable (a later feature pairs two
partners' answers by them), and the flow never offers surveillance as an agreement.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
import yaml

from bot.config import PROJECT_ROOT
from bot.engine.flowspec import FlowSpec
from bot.engine.logic import default_registry
from bot.engine.logic.agreement import AREAS, Grouping, compose_summary, group
from bot.engine.logic.common import SAFETY_FLAG
from bot.engine.outbound import Text, TextList
from bot.engine.registry import FlowContext
from bot.i18n.translator import Translator
from tests.chatdriver import ChatDriver

FLOW_FILE = PROJECT_ROOT / "flows" / "agreement.yaml"
EXPECTED_AREAS = (
    "friendships",
    "ex_contact",
    "ex_online",
    "dating_apps",
    "flirting",
    "private_messages",
    "coworker",
    "intimate_sharing",
    "secret_plans",
)
ANSWER_IDS = ["fine", "not_fine", "unsure", "talk"]
ANSWER_LABELS = {
    "fine": "Fine with me",
    "not_fine": "Not fine with me",
    "unsure": "I'm not sure",
    "talk": "I want to talk about it",
}

# Monitoring a partner, named in any form.
MONITORING = (
    r"phone|pass ?(word|code)|\bpin\b|locat|track|gps|spy|stalker|monitor|surveil|snoop"
    r"|screenshot|unlock|log ?in|account access"
    r"|(check|read|see|look|go)(ing)? (through |at )?(their|his|her|each other|your partner)"
)
SURVEILLANCE = re.compile(MONITORING, re.IGNORECASE)
# Stricter for buttons: no button may even be about someone's messages, texts or chats.
SURVEILLANCE_LABEL = re.compile(MONITORING + r"|messag|\btexts?\b|\bchats?\b|\binbox", re.IGNORECASE)
# The only texts allowed to name those things: they explain why they are not agreements,
# or say plainly that a question is not about them.
EXPLANATIONS = {"agreement-not-rules", "agreement-q-private-messages"}


def spec() -> FlowSpec:
    return FlowSpec.model_validate(yaml.safe_load(FLOW_FILE.read_text(encoding="utf-8")))


@pytest.fixture(scope="module")
def english() -> Translator:
    return Translator(PROJECT_ROOT / "locales")


def ctx(answers: dict[str, str], flags: frozenset[str] = frozenset()) -> FlowContext:
    return FlowContext(answers, flags)


def groups_of(parts: list[Text]) -> dict[str, list[str]]:
    """Group message id -> the area bullet ids listed under it."""
    out: dict[str, list[str]] = {}
    for part in parts:
        areas = part.params.get("areas")
        if isinstance(areas, TextList):  # each line is a list item wrapping the area's name
            out[part.id] = [t.params["item"].id for t in areas.items]
    return out


# -- the composer, as a pure function ---------------------------------------------------

ALL = dict.fromkeys(EXPECTED_AREAS, "fine")
MIXED = {
    "friendships": "fine",
    "ex_contact": "not_fine",
    "ex_online": "unsure",
    "dating_apps": "not_fine",
    "flirting": "talk",
    "private_messages": "not_fine",
    "coworker": "unsure",
    "intimate_sharing": "talk",
    "secret_plans": "fine",
}
ONLY_TALK = dict.fromkeys(EXPECTED_AREAS, "talk")
GROUP_ORDER = [
    "agreement-group-fine",
    "agreement-group-not-fine",
    "agreement-group-unsure",
    "agreement-group-talk",
]


def bullets(*areas: str) -> list[str]:
    return [f"agreement-area-{a.replace('_', '-')}" for a in areas]


@pytest.mark.parametrize(
    ("answers", "expected"),
    [
        (ALL, Grouping(fine=EXPECTED_AREAS)),
        (
            MIXED,
            Grouping(
                fine=("friendships", "secret_plans"),
                not_fine=("ex_contact", "dating_apps", "private_messages"),
                unsure=("ex_online", "coworker"),
                talk=("flirting", "intimate_sharing"),
            ),
        ),
        (ONLY_TALK, Grouping(talk=EXPECTED_AREAS)),
        ({}, Grouping()),
        # Unknown areas and answers are ignored; order is always the flow's order.
        (
            {"secret_plans": "fine", "friendships": "fine", "other": "fine", "flirting": "maybe"},
            Grouping(fine=("friendships", "secret_plans")),
        ),
    ],
    ids=["all-fine", "mixed", "only-talk", "empty", "junk-ignored"],
)
def test_grouping(answers: dict[str, str], expected: Grouping) -> None:
    assert group(answers) == expected


@pytest.mark.parametrize(
    ("answers", "groups", "unsure_note"),
    [
        (ALL, {"agreement-group-fine": bullets(*EXPECTED_AREAS)}, False),
        (
            MIXED,
            {
                "agreement-group-fine": bullets("friendships", "secret_plans"),
                "agreement-group-not-fine": bullets("ex_contact", "dating_apps", "private_messages"),
                "agreement-group-unsure": bullets("ex_online", "coworker"),
                "agreement-group-talk": bullets("flirting", "intimate_sharing"),
            },
            True,
        ),
        (ONLY_TALK, {"agreement-group-talk": bullets(*EXPECTED_AREAS)}, False),
    ],
    ids=["all-fine", "mixed", "only-talk"],
)
def test_summary_lists_only_groups_with_items(
    answers: dict[str, str], groups: dict[str, list[str]], unsure_note: bool
) -> None:
    parts = compose_summary(ctx(answers))
    assert groups_of(parts) == groups
    # Groups come in a fixed order: fine, not fine, unsure, talk.
    shown = [p.id for p in parts if p.id in GROUP_ORDER]
    assert shown == [g for g in GROUP_ORDER if g in groups]
    ids = [p.id for p in parts]
    assert ("agreement-unsure-note" in ids) is unsure_note
    assert ids[0] == "agreement-summary-intro"
    assert ids[-1] == "agreement-summary-next"
    # How to hold the conversation is always there, after the groups.
    assert ids.index("agreement-how") > max(ids.index(g) for g in groups)
    assert "agreement-never-said" in ids
    assert "agreement-summary-none" not in ids
    assert "agreement-safety-first" not in ids


def test_summary_without_answers_still_guides() -> None:
    ids = [p.id for p in compose_summary(ctx({}))]
    assert ids == [
        "agreement-summary-intro",
        "agreement-summary-none",
        "agreement-how",
        "agreement-never-said",
        "agreement-summary-next",
    ]


def test_summary_puts_safety_first_when_flagged() -> None:
    ids = [p.id for p in compose_summary(ctx(MIXED, frozenset({SAFETY_FLAG})))]
    assert "agreement-safety-first" in ids
    assert ids[-1] == "agreement-summary-next"


def test_summary_is_pure() -> None:
    answers = dict(MIXED)
    assert compose_summary(ctx(answers)) == compose_summary(ctx(answers))
    assert answers == MIXED


def test_composer_declares_everything_it_emits() -> None:
    emits = default_registry().composers["agreement_summary"].emits
    cases = [ALL, MIXED, ONLY_TALK, {}]
    for answers in cases:
        for flags in (frozenset(), frozenset({SAFETY_FLAG})):
            for part in compose_summary(ctx(answers, flags)):
                assert part.id in emits
                areas = part.params.get("areas")
                if isinstance(areas, TextList):
                    assert {t.id for t in areas.items} <= emits


# -- the flow's shape -------------------------------------------------------------------


def test_areas_are_asked_in_order_with_stable_keys() -> None:
    flow = spec()
    assert flow.id == "agreement"
    assert flow.order == 40
    assert AREAS == EXPECTED_AREAS
    # Walk the single path from the start: intro, the nine areas, the control step, summary.
    path = [flow.start]
    while not flow.steps[path[-1]].terminal:
        targets = {r.to for c in flow.steps[path[-1]].choices for r in c.routes}
        assert len(targets) == 1, path[-1]
        path.append(targets.pop())
    assert path == ["intro", *EXPECTED_AREAS, "not_rules", "summary"]
    for area in EXPECTED_AREAS:
        step = flow.steps[area]
        assert step.answer == area
        assert [c.id for c in step.choices] == ANSWER_IDS
        assert step.recap


def test_terminal_step_offers_what_next() -> None:
    summary = spec().steps["summary"]
    assert summary.terminal
    assert summary.keep
    assert summary.compose == "agreement_summary"
    targets = {c.id: (c.label, c.flow, c.screen, c.menu) for c in summary.choices}
    assert targets == {
        "invite": ("agreement-invite-partner", None, "pair_invite", False),
        "raise": ("next-raise", "raise", None, False),
        "spectrum": ("next-spectrum", "spectrum", None, False),
        "never_said": ("learn-never-said-title", None, "learn_never_said", False),
        "professional": ("next-professional", None, "professional_help", False),
        "menu": ("nav-menu", None, None, True),
    }


def _shown_ids(flow: FlowSpec) -> dict[str, str]:
    """Every message id the flow can show, with where it appears ("label" or "text")."""
    emits = default_registry().composers["agreement_summary"].emits
    where: dict[str, str] = {m: "text" for m in (flow.title, flow.summary, flow.recap, *emits)}
    where |= {"nav-back": "label", "nav-menu": "label"}  # the engine's own buttons
    for step in flow.steps.values():
        where |= {m: "text" for m in step.say}
        if step.recap:
            where[step.recap] = "text"
        where |= {c.label: "label" for c in step.choices}
    return where


def _render(english: Translator, msg_id: str) -> str:
    params = {v: "x" for v in english.variables("en", msg_id)}
    return english.render("en", Text(msg_id, params))


def test_no_surveillance_is_ever_offered(english: Translator) -> None:
    raw = FLOW_FILE.read_text(encoding="utf-8")
    flow = spec()
    # No choice id, area key or answer key anywhere in the file names monitoring.
    for step_id, step in flow.steps.items():
        assert not SURVEILLANCE_LABEL.search(step_id.replace("private_messages", "")), step_id
        for choice in step.choices:
            assert not SURVEILLANCE_LABEL.search(choice.id.replace("_", " ")), (step_id, choice.id)
    for key in AREAS:
        assert key == "private_messages" or not SURVEILLANCE_LABEL.search(key.replace("_", " "))
    # No button label, in English as the person sees it, names monitoring.
    shown = _shown_ids(flow)
    for msg_id, kind in shown.items():
        assert english.has("en", msg_id), msg_id
        if kind == "label":
            assert not SURVEILLANCE_LABEL.search(_render(english, msg_id)), msg_id
            assert msg_id not in EXPLANATIONS
    # Texts may name monitoring only to explain it is not an agreement.
    texts = [m for m, kind in shown.items() if kind == "text"]
    naming = {m for m in texts if SURVEILLANCE.search(_render(english, m))}
    assert naming <= EXPLANATIONS, naming - EXPLANATIONS
    # Nothing surveillance-like hides in the YAML outside comments either.
    code = "\n".join(line.split("#", 1)[0] for line in raw.splitlines())
    assert not re.search(r"phone|password|locat|track|spy|monitor|surveil", code, re.IGNORECASE)


def test_control_step_explains_and_endorses_nothing(english: Translator) -> None:
    flow = spec()
    step = flow.steps["not_rules"]
    assert step.say == ["agreement-not-rules"]
    assert step.answer is None  # nothing about it is stored as an agreement
    text = _render(english, "agreement-not-rules").lower()
    for word in ("phone", "password", "tracking", "control"):
        assert word in text
    # Its only ways on: the summary, or safety resources. No choice to adopt any of it.
    assert {(c.id, c.label) for c in step.choices} == {
        ("see_summary", "agreement-see-summary"),
        ("resources", "btn-safety-resources"),
    }
    assert [r.to for r in step.choices[0].routes] == ["summary"]
    assert step.choices[1].screen == "sos"
    # Every way into the summary passes through this step.
    into_summary = [s for s in flow.steps if "summary" in flow.exits_to(s)]
    assert into_summary == ["not_rules"]


VOICE_SLIPS = re.compile(r"therap|\bhe\b|\bshe\b|\bhis\b|\bher\b|boyfriend|girlfriend", re.I)


def test_texts_keep_the_voice(english: Translator) -> None:
    for msg_id in _shown_ids(spec()):
        if not msg_id.startswith("agreement-"):
            continue
        text = _render(english, msg_id)
        assert "!" not in text, msg_id
        assert not VOICE_SLIPS.search(text), msg_id


def test_every_agreement_text_is_used(english: Translator) -> None:
    defined = {m for m in english.ids("en") if m.startswith("agreement-")}
    assert defined == {m for m in _shown_ids(spec()) if m.startswith("agreement-")}


# -- a walk through the chat ------------------------------------------------------------


async def tap_exact(chat: ChatDriver, label: str) -> None:
    tokens = [tok for lab, tok in chat.buttons if lab == label]
    assert len(tokens) == 1, (label, [lab for lab, _ in chat.buttons])
    await chat.token(tokens[0])


async def test_full_walk(chat: ChatDriver) -> None:
    await chat.begin()
    said = await chat.tap("agreements out loud")
    assert said[-1].ids[:2] == ["agreement-intro", "agreement-intro-how"]
    await chat.tap("go through them")
    for n, area in enumerate(EXPECTED_AREAS, start=1):
        assert f"agreement-q-{area.replace('_', '-')}" in chat.last.ids
        assert chat.last.body.startswith(f"{n} of 9:")
        assert chat.last.labels == [*ANSWER_LABELS.values(), "← Back", "Menu"]
        await tap_exact(chat, ANSWER_LABELS[MIXED[area]])
    assert chat.last.ids[0] == "agreement-not-rules"
    assert chat.last.labels == ["Show my summary", "Show me safety resources", "← Back", "Menu"]
    assert "signs of control" in chat.last.body
    await chat.tap("Show my summary")
    body = chat.last.body
    assert "agreement-summary-intro" in chat.last.ids
    fine = body.index("Fine with you:")
    not_fine = body.index("Not fine with you:")
    unsure = body.index("Not sure yet:")
    talk = body.index("You'd like to talk these through:")
    assert fine < not_fine < unsure < talk < body.index("How to hold the conversation")
    assert body.index("• Friendships the other hasn't met") < not_fine
    assert not_fine < body.index("• Dating-app profiles") < unsure
    assert unsure < body.index("• Closeness with a coworker") < talk
    assert talk < body.index("• Flirting")
    assert "we never said we couldn't" in body
    assert set(chat.last.labels) >= {
        "Prepare how to raise it",
        "Check where a behaviour sits",
        "Finding professional help",
        "Menu",
    }
    assert not any(SURVEILLANCE_LABEL.search(label) for label in chat.last.labels)
    said = await chat.tap("Menu")
    assert "menu-intro" in said[-1].ids
    # The flow is finished: the menu doesn't offer to continue it.
    assert not any(label.startswith("Continue") for label in chat.last.labels)


async def test_back_drops_the_answer_and_resume_recaps(chat: ChatDriver) -> None:
    await chat.begin()
    await chat.tap("agreements out loud")
    await chat.tap("go through them")
    await tap_exact(chat, "Fine with me")
    assert "agreement-q-ex-contact" in chat.last.ids
    await chat.tap("Back")
    assert "agreement-q-friendships" in chat.last.ids
    await tap_exact(chat, "I want to talk about it")
    await chat.command("menu")
    said = await chat.tap("Continue")
    ids = [i for s in said for i in s.ids]
    assert "agreement-recap-ex-contact" in ids
    assert "agreement-q-ex-contact" in ids


def test_flow_file_exists() -> None:
    assert Path(FLOW_FILE).is_file()
