"""Safety first, in every flow, walked on every path.

Once fear or control was said (the session flag, here or earlier), every result leads with
safety: its first message starts with a safety line, its first button opens the safety
resources, and nothing on it invites the partner or prepares a confrontation. In the flows
that can lead to a hard conversation, the fear-and-control question comes before the
result that leads there: the opener in "raise it", the first question in the dealbreaker
check, before the advice in repair and before the summary (and its invitation) in the
agreement conversation.
"""

from __future__ import annotations

import copy
import functools
from collections.abc import Iterator
from dataclasses import dataclass

import pytest

from bot.app import load_texts_and_flows
from bot.config import Settings
from bot.engine.clock import ManualClock
from bot.engine.engine import Engine
from bot.engine.events import ButtonIn
from bot.engine.logic.common import SAFETY_FLAG
from bot.engine.safety.helplines import Helplines
from bot.engine.session import AT_FLOW, Person
from bot.engine.tokens import TokenSigner
from bot.engine.turn import Turn
from bot.engine.view import View

# The lines a result may lead with once fear or control was said.
SAFETY_LEADS = {
    "safety-lead",
    "raise-safety-first",
    "raise-safety-reminder",
    "dealbreaker-safety-first",
    "repair-practice-safety",
    "repair-end-safety",
    "repair-safety-known",
    "agreement-safety-first",
    "safety-answer-thanks",
}
SAFETY_QUESTIONS = {"safety-question", "safety-question-early"}
# Composed steps that are results although not terminal: what they say is what the person
# takes into a conversation.
RESULTS = {"raise": {"opener"}, "repair": {"practice"}}
# Where the question must come first, and the results it must come before.
ASKED_BEFORE = {
    "raise": {"opener", "finish"},
    "dealbreaker": {"what", "reading"},
    "repair": {"did_core", "affected_core", "together_core", "practice", "end"},
    "agreement": {"summary"},
}
FLOWS = ["dealbreaker", "raise", "repair", "agreement", "spectrum"]
# Answers that conditions read (repair's role, the dealbreaker's response): states that
# differ in them are walked apart; other answers don't change where a flow can go.
ROUTING_ANSWERS = ("role", "response")


@functools.cache
def _loaded():  # type: ignore[no-untyped-def]
    return load_texts_and_flows(Settings(token=None))


def _engine() -> Engine:
    _, book = _loaded()
    settings = Settings(token=None)
    return Engine(
        book, TokenSigner(b"s" * 32), ManualClock(), Helplines.load(settings.locales_dir / "helplines.yaml")
    )


@dataclass
class Seen:
    step: str
    flagged: bool
    view: View
    path: tuple[str, ...]  # the steps before this one
    asked: bool  # a safety question was on screen earlier on this path


def _walk(engine: Engine, flow_id: str, flags: list[str]) -> Iterator[Seen]:
    """Every (step, flag) state reachable from the start, with one path that led there."""
    person = Person(user_id=1, created_at=0, active_at=0, locale="en", consented_at=0)
    person.session.flags = list(flags)
    turn = Turn(person, ButtonIn(user_id=1, token=""), 0)
    engine.open_flow(turn, flow_id)
    seen: set[tuple[object, ...]] = set()
    stack: list[tuple[Person, tuple[str, ...], bool]] = [(person, (), False)]
    while stack:
        p, path, asked = stack.pop()
        s = p.session
        if s.at != AT_FLOW or s.flow != flow_id or s.overlay is not None:
            continue  # left the flow, or a screen (safety resources) opened over it
        step = s.flows[flow_id].step
        flagged = SAFETY_FLAG in s.flags
        view = engine.current_view(Turn(p, ButtonIn(user_id=1, token=""), 0))
        key = (step, flagged, asked, *(s.flows[flow_id].answers.get(a) for a in ROUTING_ANSWERS))
        if key in seen:
            continue
        seen.add(key)
        yield Seen(step, flagged, view, path, asked)
        now_asked = asked or bool({t.id for t in view.parts} & SAFETY_QUESTIONS)
        for option in (o for row in view.rows for o in row if not o.id.startswith("_")):
            nxt = copy.deepcopy(p)
            engine._choose(Turn(nxt, ButtonIn(user_id=1, token=""), 0), option.id)
            stack.append((nxt, (*path, step), now_asked))
        if view.accepts_text:
            nxt = copy.deepcopy(p)
            assert engine.runner.text(Turn(nxt, ButtonIn(user_id=1, token=""), 0), "Some words of my own.")
            stack.append((nxt, (*path, step), now_asked))


def _option_targets(engine: Engine, flow_id: str, step: str, option_id: str) -> tuple[str | None, str | None]:
    choice = next(c for c in engine.book.specs[flow_id].steps[step].choices if c.id == option_id)
    return choice.flow, choice.screen


def _is_result(engine: Engine, flow_id: str, step: str) -> bool:
    return engine.book.specs[flow_id].steps[step].terminal or step in RESULTS.get(flow_id, set())


@pytest.mark.parametrize("start_flagged", [True, False], ids=["said-earlier", "said-here"])
@pytest.mark.parametrize("flow_id", FLOWS)
def test_every_result_leads_with_safety_once_fear_was_said(flow_id: str, start_flagged: bool) -> None:
    engine = _engine()
    translator, _ = _loaded()
    checked = 0
    for seen in _walk(engine, flow_id, [SAFETY_FLAG] if start_flagged else []):
        if not _is_result(engine, flow_id, seen.step):
            continue
        options = [o for row in seen.view.rows for o in row if not o.id.startswith("_")]
        targets = [_option_targets(engine, flow_id, seen.step, o.id) for o in options]
        if not seen.flagged:
            assert seen.view.parts[0].id not in SAFETY_LEADS, (flow_id, seen.step)
            continue
        checked += 1
        where = (flow_id, seen.step, seen.path)
        assert seen.view.parts[0].id in SAFETY_LEADS, where
        assert targets[0] == (None, "sos"), where  # the first button: the safety resources
        assert ("raise", None) not in targets, where  # no confrontation prepared
        assert (None, "pair_invite") not in targets, where  # no invitation to the partner
        for locale in translator.locales:
            first = translator.render(locale, seen.view.parts[0])
            assert len(first) <= 400, (locale, seen.view.parts[0].id)
    if start_flagged or flow_id != "spectrum":  # spectrum has no question of its own
        assert checked, f"{flow_id}: no result was seen with fear flagged"


@pytest.mark.parametrize("flow_id", sorted(ASKED_BEFORE))
def test_the_question_comes_before_what_leads_to_a_hard_conversation(flow_id: str) -> None:
    engine = _engine()
    reached = set()
    for seen in _walk(engine, flow_id, []):
        if seen.step in ASKED_BEFORE[flow_id]:
            reached.add(seen.step)
            assert seen.asked, (flow_id, seen.step, seen.path)
    assert reached == ASKED_BEFORE[flow_id]


@pytest.mark.parametrize("flow_id", ["raise", "dealbreaker"])
def test_the_question_is_the_first_one_asked(flow_id: str) -> None:
    engine = _engine()
    person = Person(user_id=1, created_at=0, active_at=0, locale="en", consented_at=0)
    turn = Turn(person, ButtonIn(user_id=1, token=""), 0)
    engine.open_flow(turn, flow_id)
    engine._choose(turn, "begin")
    view = engine.current_view(turn)
    assert [t.id for t in view.parts] == ["safety-question-early"]


@pytest.mark.parametrize("flow_id", ["raise", "dealbreaker", "repair", "agreement"])
def test_the_question_is_not_asked_again_once_said(flow_id: str) -> None:
    engine = _engine()
    for seen in _walk(engine, flow_id, [SAFETY_FLAG]):
        assert not {t.id for t in seen.view.parts} & SAFETY_QUESTIONS, (flow_id, seen.step)
