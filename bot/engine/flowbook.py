"""Loading and checking every flow at start-up.

A broken flow stops the boot with a precise message (file, step, field), never a person's
chat later.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

from bot.engine.flowspec import FlowSpec, Step
from bot.engine.machine import FlowMachine
from bot.engine.registry import Registry
from bot.engine.schema import SchemaError, Where, dotted, read

# libyaml's safe loader is ~10x faster than the pure-Python one; both are safe loaders.
_YamlLoader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


@dataclass(frozen=True, slots=True)
class FlowProblem:
    file: str
    where: str
    message: str

    def __str__(self) -> str:
        return f"{self.file}: {self.where}: {self.message}" if self.where else f"{self.file}: {self.message}"


class FlowError(Exception):
    """Raised when flows fail validation; ``problems`` has one entry per issue found."""

    def __init__(self, problems: list[FlowProblem]) -> None:
        self.problems = problems
        super().__init__("\n".join(str(p) for p in problems))


class FlowBook:
    """All loaded flows and their shared machines, keyed by flow id."""

    def __init__(self, specs: Iterable[FlowSpec], registry: Registry) -> None:
        ordered = sorted(specs, key=lambda s: (s.order, s.id))
        self.specs: dict[str, FlowSpec] = {s.id: s for s in ordered}
        self.machines: dict[str, FlowMachine] = {s.id: FlowMachine(s, registry.conditions) for s in ordered}
        self.registry = registry

    def __contains__(self, flow_id: object) -> bool:
        return flow_id in self.specs

    def __iter__(self) -> Iterator[FlowSpec]:
        return iter(self.specs.values())

    def step(self, flow_id: str, step_id: str) -> Step | None:
        spec = self.specs.get(flow_id)
        return spec.steps.get(step_id) if spec else None

    def message_ids(self) -> set[str]:
        """Every message id the flows can show (for the locale checks)."""
        ids: set[str] = set()
        for spec in self:
            ids |= _spec_ids(spec, self.registry)
        return ids


def _spec_ids(spec: FlowSpec, registry: Registry) -> set[str]:
    ids = {spec.title, spec.summary, spec.recap}
    for step in spec.steps.values():
        ids.update(step.say)
        ids.update(step.fold)
        if step.recap:
            ids.add(step.recap)
        ids.update(c.label for c in step.choices)
        if step.compose and step.compose in registry.composers:
            ids |= registry.composers[step.compose].emits
    return ids


def load_flows(
    folder: Path,
    registry: Registry,
    has_message: Callable[[str], bool],
    screens: Iterable[str] = (),
) -> FlowBook:
    """Read, type-check and cross-check every ``*.yaml`` in ``folder``.

    ``screens`` are the system screens (built in code) a choice may open with ``screen:``.
    """
    problems: list[FlowProblem] = []
    specs: dict[str, tuple[str, FlowSpec]] = {}
    files = sorted(folder.glob("*.yaml"))
    if not files:
        raise FlowError([FlowProblem(str(folder), "", "no flow files found")])
    for path in files:
        name = f"{folder.name}/{path.name}"
        spec = _parse(path, name, problems)
        if spec is None:
            continue
        if spec.id in specs:
            problems.append(
                FlowProblem(name, "id", f"flow id {spec.id!r} already used in {specs[spec.id][0]}")
            )
            continue
        specs[spec.id] = (name, spec)
    for name, spec in specs.values():
        problems += check_flow(
            name, spec, registry, has_message, known_flows=set(specs), screens=frozenset(screens)
        )
    if problems:
        raise FlowError(problems)
    return FlowBook((spec for _, spec in specs.values()), registry)


def _parse(path: Path, name: str, problems: list[FlowProblem]) -> FlowSpec | None:
    try:
        raw: Any = yaml.load(path.read_text(encoding="utf-8"), Loader=_YamlLoader)  # noqa: S506
    except (yaml.YAMLError, ValueError) as exc:  # ValueError: a value YAML reads, such as a date
        problems.append(FlowProblem(name, "", f"not valid YAML: {exc}".replace("\n", " ")))
        return None
    if not isinstance(raw, dict):
        problems.append(FlowProblem(name, "", "a flow file must be a mapping"))
        return None
    try:
        return read(FlowSpec, raw)
    except SchemaError as exc:
        problems += [FlowProblem(name, _where(p.where), p.message) for p in exc.problems]
        return None


def _where(where: Where) -> str:
    """("steps", "x", "choices", 1, "to") -> "step 'x', field 'choices[1].to'"."""
    prefix = ""
    if len(where) >= 2 and where[0] == "steps":
        prefix, where = f"step {where[1]!r}, ", where[2:]
    field = dotted(where)
    return f"{prefix}field {field!r}" if field else prefix.rstrip(", ")


def check_flow(
    name: str,
    spec: FlowSpec,
    registry: Registry,
    has_message: Callable[[str], bool],
    known_flows: set[str],
    screens: frozenset[str] = frozenset(),
) -> list[FlowProblem]:
    problems: list[FlowProblem] = []

    def problem(step: str | None, field: str, message: str) -> None:
        where = f"step {step!r}, field {field!r}" if step else f"field {field!r}"
        problems.append(FlowProblem(name, where, message))

    def need_message(step: str | None, field: str, msg_id: str) -> None:
        if not has_message(msg_id):
            problem(step, field, f"message id {msg_id!r} is missing from the English texts")

    need_message(None, "title", spec.title)
    need_message(None, "summary", spec.summary)
    need_message(None, "recap", spec.recap)
    if spec.start not in spec.steps:
        problem(None, "start", f"unknown target {spec.start!r}")

    for step_id, step in spec.steps.items():
        for i, msg_id in enumerate(step.say):
            need_message(step_id, f"say[{i}]", msg_id)
        for i, msg_id in enumerate(step.fold):
            need_message(step_id, f"fold[{i}]", msg_id)
        if step.recap:
            need_message(step_id, "recap", step.recap)
        for part, composer_name in (("lead", step.lead), ("compose", step.compose)):
            if composer_name is None:
                continue
            composer = registry.composers.get(composer_name)
            if composer is None:
                problem(step_id, part, f"unknown composer {composer_name!r}")
            else:
                for msg_id in sorted(composer.emits):
                    need_message(step_id, part, msg_id)
        for i, action in enumerate(step.on_enter):
            if action not in registry.actions:
                problem(step_id, f"on_enter[{i}]", f"unknown action {action!r}")
        for i, choice in enumerate(step.choices):
            need_message(step_id, f"choices[{i}].label", choice.label)
            if choice.when is not None and choice.when not in registry.conditions:
                problem(step_id, f"choices[{i}].when", f"unknown condition {choice.when!r}")
            _check_routes(step_id, f"choices[{i}].to", choice.routes, spec, registry, problem)
            if choice.flow is not None and choice.flow not in known_flows:
                problem(step_id, f"choices[{i}].flow", f"unknown flow {choice.flow!r}")
            if choice.screen is not None and choice.screen not in screens:
                problem(step_id, f"choices[{i}].screen", f"unknown screen {choice.screen!r}")
        if step.text is not None:
            _check_routes(step_id, "text.to", step.text.routes, spec, registry, problem)
        moves_on = bool(spec.exits_to(step_id))
        if step.terminal and not step.choices:
            problem(step_id, "choices", "a terminal step must offer what to do next")
        elif not moves_on and not step.terminal:
            problem(step_id, "terminal", "dead end: no way forward and not marked terminal")

    if not problems:
        problems += _graph_problems(name, spec)
    return problems


def _check_routes(step_id, field, routes, spec, registry, problem) -> None:  # type: ignore[no-untyped-def]
    for j, route in enumerate(routes):
        sub = field if len(routes) == 1 else f"{field}[{j}]"
        if route.to not in spec.steps:
            problem(step_id, sub, f"unknown target {route.to!r}")
        if route.when is not None and route.when not in registry.conditions:
            problem(step_id, sub, f"unknown condition {route.when!r}")
    if routes and routes[-1].when is not None:
        problem(step_id, field, "the last route needs no condition, so one always applies")


def _graph_problems(name: str, spec: FlowSpec) -> list[FlowProblem]:
    problems: list[FlowProblem] = []
    seen = _reach(spec.start, spec.exits_to)
    for step_id in spec.steps:
        if step_id not in seen:
            problems.append(FlowProblem(name, f"step {step_id!r}", "unreachable from the start"))
    # Every step must be able to reach a terminal step, or a person could be stuck in a loop.
    backward: dict[str, list[str]] = {s: [] for s in spec.steps}
    for step_id in spec.steps:
        for target in spec.exits_to(step_id):
            backward[target].append(step_id)
    finishers: set[str] = set()
    for step_id, step in spec.steps.items():
        if step.terminal:
            finishers |= _reach(step_id, lambda s: backward[s])
    for step_id in spec.steps:
        if step_id in seen and step_id not in finishers:
            problems.append(
                FlowProblem(name, f"step {step_id!r}", "no terminal step can be reached from here")
            )
    return problems


def _reach(start: str, nexts: Callable[[str], list[str]]) -> set[str]:
    seen = {start}
    queue = deque([start])
    while queue:
        for target in nexts(queue.popleft()):
            if target not in seen:
                seen.add(target)
                queue.append(target)
    return seen
