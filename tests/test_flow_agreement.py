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
from bot.engine.logic.agreement import AREAS, Grouping, group
from bot.engine.logic.agreement import compose_summary as _compose_summary
from bot.engine.logic.common import SAFETY_FLAG
from bot.engine.outbound import BREAK, FOLD, Text, TextList
from bot.engine.registry import FlowContext
from bot.engine.schema import read
from bot.i18n.translator import Translator
from tests.chatdriver import ChatDriver

FLOW_FILE = PROJECT_ROOT / "flows" / "agreement.yaml"
EXPECTED_AREAS = (
    "friendships",
    "ex_contact",
    "ex_online",
    "dating_apps",
    "flirting",
    "sexting",
    "private_messages",
    "coworker",
    "complaining",
    "basically_single",
    "intimate_sharing",
    "emotional_dependency",
    "secret_plans",
)
ANSWER_IDS = ["fine", "not_fine", "depends", "unsure", "talk", "need"]
ANSWER_LABELS = {
    "fine": "Fine with me",
    "not_fine": "Not fine with me",
    "depends": "It depends",
    "unsure": "I'm not sure",
    "talk": "I want to talk about it",
    "need": "What I'd need here",
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
EXPLANATIONS = {"agreement-not-rules", "agreement-q-private-messages", "safety-question"}


def spec() -> FlowSpec:
    return read(FlowSpec, yaml.safe_load(FLOW_FILE.read_text(encoding="utf-8")))


@pytest.fixture(scope="module")
def english() -> Translator:
    return Translator(PROJECT_ROOT / "locales")


def ctx(answers: dict[str, str], flags: frozenset[str] = frozenset()) -> FlowContext:
    return FlowContext(answers, flags)


def groups_of(parts: list[Text]) -> dict[str, list[str]]:
    """Group message id -> the area bullet ids listed under it (a list going on in the next
    message counts under its group)."""
    out: dict[str, list[str]] = {}
    last = ""
    for part in parts:
        areas = part.params.get("areas", part.params.get("reasons"))
        if isinstance(areas, TextList):  # each line wraps the area's name (item, or area + need)
            last = part.id if part.id != "list-plain" else last
            out.setdefault(last, []).extend(
                (t.params.get("item") or t.params["area"]).id  # type: ignore[union-attr]
                for t in areas.items
            )
    return out


def compose_summary(context: FlowContext) -> list[Text]:
    """The summary's texts in order, message breaks left out and folded parts opened."""
    out: list[Text] = []
    for part in _compose_summary(context):
        if part == BREAK:
            continue
        body = part.params.get("body")
        if part.id == FOLD and isinstance(body, TextList):
            out += body.items
        else:
            out.append(part)
    return out


# -- the composer, as a pure function ---------------------------------------------------

ALL = dict.fromkeys(EXPECTED_AREAS, "fine")
MIXED = {
    "friendships": "fine",
    "ex_contact": "not_fine",
    "ex_online": "unsure",
    "dating_apps": "not_fine",
    "flirting": "talk",
    "sexting": "not_fine",
    "private_messages": "not_fine",
    "coworker": "depends",
    "complaining": "unsure",
    "basically_single": "need",
    "intimate_sharing": "talk",
    "emotional_dependency": "depends",
    "secret_plans": "fine",
}
NEED_WORDS = "I'd want to hear about it from you first"
ONLY_TALK = dict.fromkeys(EXPECTED_AREAS, "talk")
GROUP_ORDER = [
    "agreement-group-fine",
    "agreement-group-not-fine",
    "agreement-group-depends",
    "agreement-group-unsure",
    "agreement-group-talk",
    "agreement-group-need",
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
                not_fine=("ex_contact", "dating_apps", "sexting", "private_messages"),
                depends=("coworker", "emotional_dependency"),
                unsure=("ex_online", "complaining"),
                talk=("flirting", "intimate_sharing"),
                need=("basically_single",),
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
                "agreement-group-not-fine": bullets(
                    "ex_contact", "dating_apps", "sexting", "private_messages"
                ),
                "agreement-group-depends": bullets("coworker", "emotional_dependency"),
                "agreement-group-unsure": bullets("ex_online", "complaining"),
                "agreement-group-talk": bullets("flirting", "intimate_sharing"),
                "agreement-group-need": bullets("basically_single"),
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
    # Groups come in a fixed order: fine, not fine, it depends, unsure, talk, a need.
    shown = [p.id for p in parts if p.id in GROUP_ORDER]
    assert shown == [g for g in GROUP_ORDER if g in groups]
    ids = [p.id for p in parts]
    assert ("agreement-unsure-note" in ids) is unsure_note
    assert ids[0] == "agreement-summary-intro"
    assert ids[-1] == "agreement-summary-next"
    # How to hold the conversation is always there, after the groups.
    assert ids.index("agreement-how") > max(ids.index(g) for g in groups)
    # "We never said we couldn't" only when something was not simply fine.
    assert ("agreement-never-said" in ids) is (answers != ALL)
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
    assert ids[0] == "agreement-safety-first"
    assert ids.count("agreement-safety-first") == 1
    assert ids[-1] == "agreement-summary-next"


def test_a_need_is_listed_in_the_persons_own_words_and_it_depends_gets_its_note() -> None:
    answers = {**MIXED, "need_basically_single": NEED_WORDS, "need_flirting": "not asked for"}
    parts = compose_summary(ctx(answers))
    need = next(p for p in parts if p.id == "agreement-group-need")
    items = need.params["areas"]
    assert isinstance(items, TextList)
    assert [(t.id, t.params.get("need")) for t in items.items] == [("agreement-need-item", NEED_WORDS)]
    ids = [p.id for p in parts]
    assert "agreement-depends-note" in ids
    # Words typed for an area answered otherwise are not shown; a need without words is listed plainly.
    assert "not asked for" not in repr(parts)
    plain = compose_summary(ctx({"sexting": "need"}))
    group_need = next(p for p in plain if p.id == "agreement-group-need")
    assert isinstance(group_need.params["areas"], TextList)
    assert [t.id for t in group_need.params["areas"].items] == ["list-item"]


def test_summary_is_pure() -> None:
    answers = dict(MIXED)
    assert compose_summary(ctx(answers)) == compose_summary(ctx(answers))
    assert answers == MIXED


def test_composer_declares_everything_it_emits() -> None:
    emits = default_registry().composers["agreement_summary"].emits
    cases = [ALL, MIXED, ONLY_TALK, {}, {**MIXED, "need_basically_single": NEED_WORDS}]
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
    # The main path from the start, always taking the last (unconditional) route of the first
    # choice: intro, the areas, the control step, the safety question, the summary.
    path = [flow.start]
    while not flow.steps[path[-1]].terminal:
        path.append(flow.steps[path[-1]].choices[0].routes[-1].to)
    assert path == ["intro", *EXPECTED_AREAS, "not_rules", "safety", "summary"]
    for i, area in enumerate(EXPECTED_AREAS):
        step = flow.steps[area]
        nxt = EXPECTED_AREAS[i + 1] if i + 1 < len(EXPECTED_AREAS) else "not_rules"
        assert step.answer == area
        assert [c.id for c in step.choices] == ANSWER_IDS
        assert step.recap
        # "What I'd need here" asks for a few words, kept apart from the area's answer key,
        # then goes on to the next area, typed or skipped.
        assert {c.id: c.routes[0].to for c in step.choices}["need"] == f"need_{area}"
        need = flow.steps[f"need_{area}"]
        assert need.text is not None
        assert need.text.answer == f"need_{area}"
        assert need.text.routes[0].to == nxt
        assert [(c.id, c.routes[0].to) for c in need.choices] == [("skip", nxt)]


def test_terminal_step_offers_what_next() -> None:
    summary = spec().steps["summary"]
    assert summary.terminal
    assert summary.keep
    assert summary.compose == "agreement_summary"
    targets = {c.id: (c.label, c.flow, c.screen, c.menu, c.when) for c in summary.choices}
    assert targets == {
        "resources": ("btn-safety-resources", None, "sos", False, "safety_concern"),
        "invite": ("agreement-invite-partner", None, "pair_invite", False, "no_safety_concern"),
        "raise": ("next-raise", "raise", None, False, "no_safety_concern"),
        "spectrum": ("next-spectrum", "spectrum", None, False, None),
        "never_said": ("learn-never-said-title", None, "learn_never_said", False, None),
        "professional": ("next-professional", None, "professional_help", False, None),
        "menu": ("nav-menu", None, None, True, None),
    }
    assert summary.choices[0].id == "resources"  # first, whenever it shows


def _shown_ids(flow: FlowSpec) -> dict[str, str]:
    """Every message id the flow can show, with where it appears ("label" or "text")."""
    emits = default_registry().composers["agreement_summary"].emits
    where: dict[str, str] = {m: "text" for m in (flow.title, flow.summary, flow.recap, *emits)}
    where |= {"nav-back": "label", "nav-menu": "label"}  # the engine's own buttons
    for step in flow.steps.values():
        where |= {m: "text" for m in (*step.say, *step.fold)}
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
    assert [r.to for r in step.choices[0].routes] == ["summary", "safety"]
    assert step.choices[1].screen == "sos"
    # Every way into the summary passes through this step (and the safety question after it,
    # unless fear or control was already said).
    into_summary = [s for s in flow.steps if "summary" in flow.exits_to(s)]
    assert into_summary == ["not_rules", "safety", "safety_yes"]
    assert [s for s in flow.steps if "safety" in flow.exits_to(s)] == ["not_rules"]


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
        assert chat.last.body.startswith(f"{n} of 13:")
        assert chat.last.labels == [*ANSWER_LABELS.values(), "← Back", "Menu"]
        await tap_exact(chat, ANSWER_LABELS[MIXED[area]])
        if MIXED[area] == "need":
            assert chat.last.ids == ["agreement-q-need"]
            assert "never your words" in chat.last.body
            await chat.text(NEED_WORDS)
    assert chat.last.ids[0] == "agreement-not-rules"
    assert chat.last.labels == ["Show my summary", "Show me safety resources", "← Back", "Menu"]
    assert "signs of control" in chat.last.body
    said = await chat.tap("Show my summary")
    assert said[-1].ids == ["safety-question"]  # before what leads to talking with the partner
    said = await chat.tap("nothing like that")
    # Where the person stands, counted, on one screen; then the lists over a few messages.
    assert said[0].ids[0] == "agreement-summary-intro"
    assert "Not fine with you: 4" in said[0].body
    body = "\n\n".join(s.body for s in said[1:])
    fine = body.index("Fine with you:")
    not_fine = body.index("Not fine with you:")
    depends = body.index("It depends, for you:")
    unsure = body.index("Not sure yet:")
    talk = body.index("You'd like to talk these through:")
    need = body.index("What you'd need:")
    assert fine < not_fine < depends < unsure < talk < need < body.index("How to hold the conversation")
    assert body.index("• Friendships the other hasn't met") < not_fine
    assert not_fine < body.index("• Dating-app profiles") < depends
    assert depends < body.index("• Closeness with a coworker") < unsure
    assert talk < body.index("• Flirting") < need
    assert need < body.index(f"“{NEED_WORDS}”")
    assert "we never said we couldn't" in body
    assert chat.last.labels[0] == "Invite my partner to answer too"
    assert set(chat.last.labels) >= {
        "Prepare how to raise it",
        "Check where a behaviour sits",
        "Finding professional help",
        "Menu",
    }
    assert "Show me safety resources" not in chat.last.labels
    assert not any(SURVEILLANCE_LABEL.search(label) for label in chat.last.labels)
    said = await chat.tap("Menu")
    assert "menu-intro" in said[-1].ids
    # The flow is finished: the menu doesn't offer to continue it.
    assert not any(label.startswith("Continue") for label in chat.last.labels)


async def test_need_can_be_skipped(chat: ChatDriver) -> None:
    await chat.begin()
    await chat.tap("agreements out loud")
    await chat.tap("go through them")
    await tap_exact(chat, "What I'd need here")
    said = await chat.tap("Skip this")
    assert "agreement-q-ex-contact" in said[-1].ids


async def test_fear_said_before_the_summary_puts_safety_first_and_no_invitation(chat: ChatDriver) -> None:
    await chat.begin()
    await chat.tap("agreements out loud")
    await chat.tap("go through them")
    for _ in EXPECTED_AREAS:
        await tap_exact(chat, "It depends")
    await chat.tap("Show my summary")
    said = await chat.tap("Yes, some of that")
    assert said[-1].ids == ["safety-answer-thanks", "agreement-safety-yes"]
    assert said[-1].labels[0] == "Show me safety resources"
    said = await chat.tap("Show my summary")
    summary = said[-1]
    assert said[0].ids == ["agreement-safety-first"]  # a message of its own, the first
    assert summary.labels[0] == "Show me safety resources"
    assert "Invite my partner to answer too" not in summary.labels
    assert "Prepare how to raise it" not in summary.labels
    first = chat.core.translator.render("en", Text("agreement-safety-first"))
    assert len(first) <= 400


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
