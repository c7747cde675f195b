"""Every path through every flow, generated from the flow definitions and walked.

A path is a sequence of distinct steps from the start to a terminal step (or to a choice
that leaves the flow). Choices that lead to the same next step are walked once each; the
walk runs with and without the safety flag, so conditional routes are taken both ways.
"""

from __future__ import annotations

import dataclasses
import functools
import json
from dataclasses import dataclass, field

import pytest

from bot.app import load_texts_and_flows
from bot.config import Settings
from bot.engine.clock import ManualClock
from bot.engine.engine import Engine
from bot.engine.events import ButtonIn
from bot.engine.logic.common import SAFETY_FLAG
from bot.engine.outbound import Reply, Text, nested, texts_of
from bot.engine.safety.helplines import Helplines
from bot.engine.session import AT_FLOW, Person, Session
from bot.engine.tokens import TokenSigner
from bot.engine.turn import Turn

SAMPLE_TEXT = "They kept messaging someone late at night."


@functools.cache
def _loaded():  # type: ignore[no-untyped-def]
    return load_texts_and_flows(Settings(token=None))


def _engine() -> Engine:
    _, book = _loaded()
    settings = Settings(token=None)
    return Engine(
        book, TokenSigner(b"p" * 32), ManualClock(), Helplines.load(settings.locales_dir / "helplines.yaml")
    )


@dataclass
class Walk:
    paths: list[list[str]] = field(default_factory=list)
    terminals: set[str] = field(default_factory=set)
    messages: int = 0


SEEN: dict[str, Text] = {}  # every distinct text shown on any path, for the per-locale check
MEASURED: set[str] = set()  # messages already rendered in every locale (paths share most)


def _check_rendered(turn: Turn) -> int:
    translator, _ = _loaded()
    count = 0
    for msg in turn.out:
        key = repr(msg.parts) if isinstance(msg, Reply) else None
        if key is not None and key not in MEASURED:  # one message must fit Telegram's 4,096 characters
            for locale in translator.locales:
                assert len(translator.render_parts(locale, msg.parts)) <= 4096
            MEASURED.add(key)
        for text in texts_of(msg):
            for part in nested(text):
                assert translator.has("en", part.id), part.id
            SEEN.setdefault(repr(text), text)
            count += 1
    return count


def _stored_and_read(person: Person) -> Person:
    """A copy of ``person`` as the store keeps it and reads it back (each branch of the walk
    starts from its own copy, so the session must survive the round trip at every step)."""
    raw = json.loads(json.dumps(person.session.to_json()))
    return dataclasses.replace(person, session=Session.from_json(raw), prefs=dict(person.prefs))


def _walk(engine: Engine, flow_id: str, flags: list[str]) -> Walk:
    person = Person(user_id=1, created_at=0, active_at=0, locale="en", consented_at=0)
    person.session.flags = list(flags)
    turn = Turn(person, ButtonIn(user_id=1, token=""), 0)
    engine.open_flow(turn, flow_id)
    engine.present(turn)
    walk = Walk()
    walk.messages += _check_rendered(turn)
    spec = engine.book.specs[flow_id]

    def step_of(p: Person) -> str | None:
        s = p.session
        if s.at != AT_FLOW or s.flow != flow_id or s.overlay is not None:
            return None
        return s.flows[flow_id].step

    def visit(p: Person, path: list[str]) -> None:
        here = step_of(p)
        assert here is not None
        if spec.steps[here].terminal:
            walk.paths.append(path)
            walk.terminals.add(here)
        view = engine.current_view(Turn(p, ButtonIn(user_id=1, token=""), 0))
        outcomes: dict[tuple[str | None, tuple[str, ...]], Person] = {}
        actions: list[tuple[str, str]] = [
            ("tap", o.id) for row in view.rows for o in row if not o.id.startswith("_")
        ]
        if view.accepts_text:
            actions.append(("text", SAMPLE_TEXT))
        for kind, value in actions:
            nxt = _stored_and_read(p)
            t = Turn(nxt, ButtonIn(user_id=1, token=""), 0)
            if kind == "tap":
                engine._choose(t, value)
            else:
                assert engine.runner.text(t, value)
            engine.present(t)
            walk.messages += _check_rendered(t)
            key = (step_of(nxt), tuple(nxt.session.flags))
            outcomes.setdefault(key, nxt)
        for (target, _), nxt in outcomes.items():
            if target is None:  # left the flow (another flow, the menu or a screen)
                if nxt.session.overlay is None:
                    walk.paths.append([*path, "<exit>"])
                continue
            if target in path:
                continue  # a loop back: that path was walked when first visited
            visit(nxt, [*path, target])

    visit(person, [spec.start])
    return walk


@pytest.mark.parametrize(
    "flow_id", ["dealbreaker", "raise", "repair", "agreement", "spectrum", "owning", "leaving"]
)
def test_every_path_renders_in_english_and_every_terminal_is_reached(flow_id: str) -> None:
    engine = _engine()
    spec = engine.book.specs[flow_id]
    reached: set[str] = set()
    total = 0
    for flags in ([], [SAFETY_FLAG]):
        walk = _walk(engine, flow_id, flags)
        reached |= walk.terminals
        total += len(walk.paths)
        assert walk.paths, f"{flow_id}: no path found"
        assert walk.messages > 0
    terminals = {sid for sid, step in spec.steps.items() if step.terminal}
    assert reached == terminals, f"{flow_id}: terminal steps never reached: {terminals - reached}"
    assert total >= len(terminals)
    print(f"{flow_id}: {total} paths walked")


def test_every_flow_is_in_the_menu() -> None:
    engine = _engine()
    person = Person(user_id=1, created_at=0, active_at=0, locale="en", consented_at=0)
    view = engine.menu.view(Turn(person, ButtonIn(user_id=1, token=""), 0))
    ids = {o.id for row in view.rows for o in row}
    assert {f"f_{f}" for f in engine.book.specs} <= ids
    assert set(engine.book.specs) == {
        "dealbreaker",
        "raise",
        "repair",
        "agreement",
        "spectrum",
        "owning",
        "leaving",
    }


@pytest.mark.parametrize("locale", ["en", "es", "pt", "ru"])
def test_every_text_of_every_path_exists_and_renders_in_each_locale(locale: str) -> None:
    """Runs after the path walks above (same module, in order) and checks what they showed."""
    translator, _ = _loaded()
    if not SEEN:
        engine = _engine()
        for flow_id in engine.book.specs:
            _walk(engine, flow_id, [])
    assert locale in translator.locales
    for text in SEEN.values():
        for part in nested(text):
            assert translator.has(locale, part.id), f"{locale}: {part.id} missing"
        rendered = translator.render(locale, text)
        assert rendered.strip(), text.id
        assert "{ $" not in rendered, (locale, text.id)
        assert "{$" not in rendered, (locale, text.id)
