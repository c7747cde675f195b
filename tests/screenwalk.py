"""Every screen of every flow as the messages a person would receive, in every language.

Two walks, together covering every path:
- the step walk taps every choice (and types at every step that takes text) from the start,
  with and without the safety flag, and keeps the messages the engine sends at each step;
- the answer walk: a result is a pure function of the answers given on the way (and the
  flags), so every combination of the answers its composers read is put at the result step
  and shown, one value per key from every choice that sets it, a typed answer at its longest,
  and "not given" where a path passes without setting it. Past ``LIMIT`` combinations a
  seeded sample of ``LIMIT`` is taken instead, half of it with every typed answer at its
  longest (the measure says where).
"""

from __future__ import annotations

import copy
import functools
import itertools
import random
from collections import deque
from collections.abc import Iterator, Mapping
from dataclasses import dataclass

from bot.app import load_texts_and_flows
from bot.config import Settings
from bot.engine.clock import ManualClock
from bot.engine.engine import Engine
from bot.engine.events import ButtonIn
from bot.engine.flowspec import FlowSpec
from bot.engine.logic.common import SAFETY_FLAG
from bot.engine.outbound import Reply, Text
from bot.engine.registry import FlowContext
from bot.engine.safety.helplines import Helplines
from bot.engine.session import AT_FLOW, FlowProgress, Person
from bot.engine.tokens import TokenSigner
from bot.engine.turn import Turn
from bot.i18n.translator import Translator

FLOWS = ("agreement", "dealbreaker", "leaving", "owning", "raise", "repair", "spectrum")
LIMIT = 3000
FLAGS: tuple[tuple[str, ...], ...] = ((), (SAFETY_FLAG,))
# A typed answer at the longest a step takes: words, so messages wrap as they would.
WORDS = "my partner kept talking to someone from work late at night and I felt left out "


@functools.cache
def loaded() -> tuple[Translator, object]:
    return load_texts_and_flows(Settings(token=None))  # type: ignore[return-value]


def engine() -> Engine:
    _, book = loaded()
    settings = Settings(token=None)
    return Engine(
        book,  # type: ignore[arg-type]
        TokenSigner(b"w" * 32),
        ManualClock(),
        Helplines.load(settings.locales_dir / "helplines.yaml"),
    )


def typed(max_chars: int) -> str:
    text = (WORDS * (max_chars // len(WORDS) + 1))[:max_chars].rstrip()
    return text[:1].upper() + text[1:]


@dataclass(frozen=True, slots=True)
class Shown:
    """The messages one screen sent, in order, as message texts (not yet rendered)."""

    flow: str
    step: str
    result: bool
    messages: tuple[Reply, ...]


def _person(flags: tuple[str, ...]) -> Person:
    person = Person(user_id=1, created_at=0, active_at=0, locale="en", consented_at=0)
    person.session.flags = list(flags)
    return person


def _turn(person: Person) -> Turn:
    return Turn(person, ButtonIn(user_id=1, token=""), 0)


def is_result(spec: FlowSpec, step: str) -> bool:
    """A terminal step, or a step composed from the answers (not the start's greeting)."""
    s = spec.steps[step]
    return s.terminal or (s.compose is not None and step != spec.start)


def step_walk(eng: Engine, flow_id: str, flags: tuple[str, ...]) -> Iterator[Shown]:
    """Every step reached by tapping every choice, with the messages sent on arriving."""
    spec = eng.book.specs[flow_id]
    person = _person(flags)
    turn = _turn(person)
    eng.open_flow(turn, flow_id)
    eng.present(turn)
    yield Shown(flow_id, spec.start, False, tuple(m for m in turn.out if isinstance(m, Reply)))
    seen: set[tuple[object, ...]] = set()
    queue: deque[Person] = deque([person])
    while queue:
        p = queue.popleft()
        s = p.session
        here = s.flows[flow_id].step
        view = eng.current_view(_turn(p))
        # Where a step shows the same thing with the same choices, what follows is the same.
        key = (here, tuple(s.flags), repr(view.parts), tuple(o.id for row in view.rows for o in row))
        if key in seen:
            continue
        seen.add(key)
        actions: list[tuple[str, str]] = [("tap", o.id) for row in view.rows for o in row if o.id[0] != "_"]
        step = spec.steps[here]
        if step.text is not None:
            actions.append(("text", typed(step.text.max_chars)))
        for kind, value in actions:
            nxt = copy.deepcopy(p)
            t = _turn(nxt)
            if kind == "tap":
                eng._choose(t, value)
            else:
                eng.runner.text(t, value)
            ns = nxt.session
            if ns.at != AT_FLOW or ns.flow != flow_id or ns.overlay is not None:
                continue  # left the flow: another flow, the menu or a screen
            eng.present(t)
            there = ns.flows[flow_id].step
            replies = tuple(m for m in t.out if isinstance(m, Reply))
            yield Shown(flow_id, there, is_result(spec, there), replies)
            queue.append(nxt)


def _setters(spec: FlowSpec) -> dict[str, list[str]]:
    """Answer key -> the steps that set it."""
    out: dict[str, list[str]] = {}
    for step_id, step in spec.steps.items():
        if step.answer:
            out.setdefault(step.answer, []).append(step_id)
        if step.text:
            out.setdefault(step.text.answer, []).append(step_id)
    return out


def _skippable(spec: FlowSpec, target: str, setters: list[str]) -> bool:
    """Whether some path reaches ``target`` without passing a step in ``setters``."""
    if spec.start in setters:
        return False
    seen = {spec.start}
    queue = deque([spec.start])
    while queue:
        here = queue.popleft()
        if here == target:
            return True
        for nxt in spec.exits_to(here):
            if nxt not in seen and nxt not in setters:
                seen.add(nxt)
                queue.append(nxt)
    return False


def domains(spec: FlowSpec, target: str) -> dict[str, list[str | None]]:
    """Each answer key -> every value it can hold when ``target`` is reached."""
    out: dict[str, list[str | None]] = {}
    for key, steps in _setters(spec).items():
        values: list[str | None] = []
        for step_id in steps:
            step = spec.steps[step_id]
            if step.answer == key:
                values += [c.id for c in step.choices if c.to is not None]
            if step.text is not None and step.text.answer == key:
                values.append(typed(step.text.max_chars))
        if _skippable(spec, target, steps):
            values.append(None)
        out[key] = list(dict.fromkeys(values))
    return out


class _Recording(Mapping[str, str]):
    """Answers that note which keys were read."""

    def __init__(self, values: dict[str, str], read: set[str]) -> None:
        self._values = values
        self._read = read

    def __getitem__(self, key: str) -> str:
        self._read.add(key)
        return self._values[key]

    def get(self, key: str, default: object = None) -> object:  # type: ignore[override]
        self._read.add(key)
        return self._values.get(key, default)

    def __contains__(self, key: object) -> bool:
        self._read.add(str(key))
        return key in self._values

    def __iter__(self) -> Iterator[str]:
        self._read.update(self._values)
        return iter(self._values)

    def __len__(self) -> int:
        return len(self._values)


def read_keys(eng: Engine, spec: FlowSpec, target: str, doms: dict[str, list[str | None]]) -> list[str]:
    """The answer keys the result's composers and conditions read (probed on random answers)."""
    reg = eng.book.registry
    step = spec.steps[target]
    names = [n for n in (step.lead, step.compose) if n]
    conditions = [c.when for c in step.choices if c.when]
    rng = random.Random(7)
    read: set[str] = set()
    for _ in range(300):
        values = {k: v for k, vs in doms.items() if (v := rng.choice(vs)) is not None}
        for flags in FLAGS:
            ctx = FlowContext(_Recording(values, read), frozenset(flags))
            for name in names:
                reg.composers[name].build(ctx)
            for cond in conditions:
                if cond:
                    reg.conditions[cond](ctx)
    return sorted(k for k in read if k in doms)


@dataclass(slots=True)
class AnswerWalk:
    combinations: int
    sampled: bool


def answer_walk(eng: Engine, flow_id: str, target: str, stats: dict[str, AnswerWalk]) -> Iterator[Shown]:
    spec = eng.book.specs[flow_id]
    doms = domains(spec, target)
    keys = read_keys(eng, spec, target, doms)
    total = 1
    for k in keys:
        total *= len(doms[k])
    combos: Iterator[tuple[str | None, ...]]
    if total <= LIMIT:
        combos = itertools.product(*(doms[k] for k in keys))
    else:
        rng = random.Random(f"{flow_id}:{target}")
        # The sample leans long: half its combinations give every typed answer at its longest.
        typed_first = [[v for v in doms[k] if v is not None and len(v) > 40] or doms[k] for k in keys]
        combos = itertools.chain(
            (tuple(rng.choice(d) for d in typed_first) for _ in range(LIMIT // 2)),
            (tuple(rng.choice(doms[k]) for k in keys) for _ in range(LIMIT // 2)),
        )
    stats[f"{flow_id}:{target}"] = AnswerWalk(total, total > LIMIT)
    for combo in combos:
        answers = {k: v for k, v in zip(keys, combo, strict=True) if v is not None}
        for flags in FLAGS:
            person = _person(flags)
            s = person.session
            s.at, s.flow = AT_FLOW, flow_id
            s.flows[flow_id] = FlowProgress(step=target, answers=dict(answers), history=[spec.start])
            yield Shown(flow_id, target, is_result(spec, target), tuple(messages_of(eng, _turn(person))))


def messages_of(eng: Engine, turn: Turn) -> list[Reply]:
    """The messages showing the current screen, without signing its buttons."""
    from bot.engine.outbound import Button

    view = eng.current_view(turn)
    buttons = tuple(tuple(Button(o.label, o.id) for o in row) for row in view.rows)
    messages = view.messages()
    return [Reply(parts=tuple(m), buttons=buttons if m is messages[-1] else ()) for m in messages]


def everything(eng: Engine, stats: dict[str, AnswerWalk]) -> Iterator[Shown]:
    for flow_id in FLOWS:
        spec = eng.book.specs[flow_id]
        for flags in FLAGS:
            yield from step_walk(eng, flow_id, flags)
        for step_id in spec.steps:
            if spec.steps[step_id].compose is not None:
                yield from answer_walk(eng, flow_id, step_id, stats)


class Lengths:
    """Rendered message lengths, each distinct text rendered once per language."""

    def __init__(self, translator: Translator) -> None:
        self.tr = translator
        self._cache: dict[tuple[str, str], str] = {}

    def part(self, locale: str, text: Text) -> str:
        key = (locale, repr(text))
        hit = self._cache.get(key)
        if hit is None:
            hit = self._cache[key] = self.tr.render(locale, text)
        return hit

    def body(self, locale: str, reply: Reply) -> str:
        return "\n\n".join(self.part(locale, p) for p in reply.parts)
