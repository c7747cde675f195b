"""Start-up validation of flows: a broken flow stops the boot with a precise message."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from bot.engine.flowbook import FlowError, load_flows
from bot.engine.registry import Registry, answer_is

ROOT = Path(__file__).resolve().parent.parent

GOOD = """
schema_version: 1
id: demo
title: t-title
summary: t-summary
recap: t-recap
start: ask
steps:
  ask:
    say: [t-ask]
    answer: pick
    choices:
      - { id: a, label: t-a, to: done }
      - { id: b, label: t-b, to: [{ when: picked_b, to: extra }, { to: done }] }
  extra:
    say: [t-extra]
    text: { answer: note, to: done }
  done:
    say: [t-done]
    terminal: true
    choices:
      - { id: menu, label: t-menu, menu: true }
"""

MESSAGES = {"t-title", "t-summary", "t-recap", "t-ask", "t-a", "t-b", "t-extra", "t-done", "t-menu"}


def registry() -> Registry:
    reg = Registry()
    reg.condition("picked_b", answer_is("pick", "b"))
    return reg


def load(tmp_path: Path, text: str, messages: set[str] = MESSAGES):
    (tmp_path / "demo.yaml").write_text(textwrap.dedent(text), encoding="utf-8")
    return load_flows(tmp_path, registry(), messages.__contains__, screens=("sos",))


def problems(tmp_path: Path, text: str, messages: set[str] = MESSAGES) -> list[str]:
    with pytest.raises(FlowError) as info:
        load(tmp_path, text, messages)
    return [str(p) for p in info.value.problems]


def test_a_good_flow_loads_with_one_shared_machine(tmp_path: Path) -> None:
    book = load(tmp_path, GOOD)
    assert list(book.specs) == ["demo"]
    machine = book.machines["demo"]
    from bot.engine.registry import FlowContext

    assert machine.advance("ask", "pick_b", FlowContext({"pick": "b"})) == "extra"
    assert machine.advance("ask", "pick_b", FlowContext({"pick": "a"})) == "done"
    assert machine.advance("extra", "text", FlowContext({})) == "done"


def test_unknown_target_names_file_step_and_field(tmp_path: Path) -> None:
    found = problems(
        tmp_path, GOOD.replace("{ id: a, label: t-a, to: done }", "{ id: a, label: t-a, to: nowhere }")
    )
    assert found == [
        "flows_demo/demo.yaml: step 'ask', field 'choices[0].to': unknown target 'nowhere'"
    ] or any("step 'ask', field 'choices[0].to': unknown target 'nowhere'" in p for p in found)


def test_unreachable_step(tmp_path: Path) -> None:
    text = (
        GOOD
        + """
  orphan:
    say: [t-done]
    terminal: true
    choices:
      - { id: menu, label: t-menu, menu: true }
"""
    )
    found = problems(tmp_path, text)
    assert any("step 'orphan': unreachable from the start" in p for p in found)


def test_dead_end_not_marked_terminal(tmp_path: Path) -> None:
    found = problems(
        tmp_path,
        GOOD.replace(
            "    terminal: true\n    choices:\n      - { id: menu, label: t-menu, menu: true }\n", ""
        ),
    )
    assert any("step 'done', field 'terminal': dead end" in p for p in found)


def test_terminal_step_must_offer_what_next(tmp_path: Path) -> None:
    text = GOOD.replace("    choices:\n      - { id: menu, label: t-menu, menu: true }\n", "")
    found = problems(tmp_path, text)
    assert any("step 'done', field 'choices': a terminal step must offer what to do next" in p for p in found)


def test_unknown_condition(tmp_path: Path) -> None:
    found = problems(tmp_path, GOOD.replace("when: picked_b", "when: picked_c"))
    assert any("step 'ask', field 'choices[1].to[0]': unknown condition 'picked_c'" in p for p in found)


def test_missing_message_id(tmp_path: Path) -> None:
    found = problems(tmp_path, GOOD, MESSAGES - {"t-extra"})
    assert any(
        "step 'extra', field 'say[0]': message id 't-extra' is missing from the English texts" in p
        for p in found
    )


def test_last_route_must_be_unconditional(tmp_path: Path) -> None:
    found = problems(tmp_path, GOOD.replace("{ to: done }", "{ when: picked_b, to: done }"))
    assert any("the last route needs no condition" in p for p in found)


def test_loop_without_exit(tmp_path: Path) -> None:
    text = (
        GOOD.replace("{ id: a, label: t-a, to: done }", "{ id: a, label: t-a, to: spin }")
        + """
  spin:
    say: [t-ask]
    choices:
      - { id: again, label: t-a, to: spin }
"""
    )
    found = problems(tmp_path, text)
    assert any("step 'spin': no terminal step can be reached from here" in p for p in found)


def test_schema_errors_point_at_the_field(tmp_path: Path) -> None:
    found = problems(
        tmp_path, GOOD.replace("{ id: a, label: t-a, to: done }", "{ id: a, label: t-a, to: done, flow: x }")
    )
    assert any("step 'ask', field 'choices[0]'" in p and "exactly one of" in p for p in found)
    found = problems(tmp_path, GOOD.replace("schema_version: 1", "schema_version: 2"))
    assert any("field 'schema_version'" in p for p in found)
    found = problems(tmp_path, GOOD.replace("{ id: b,", "{ id: a,"))
    assert any("choice id 'a' is used twice" in p for p in found)
    found = problems(tmp_path, GOOD + "\nbogus_key: 1\n")
    assert any("field 'bogus_key'" in p for p in found)


@pytest.mark.parametrize(
    ("old", "new", "said"),
    [
        ("start: ask\n", "", "field 'start': required, but missing"),
        (
            "to: done }",
            "to: { x: 1 } }",
            "step 'ask', field 'choices[0].to': must be text or a list, not a mapping",
        ),
        ("label: t-a,", "label: 5,", "step 'ask', field 'choices[0].label': must be text, not 5"),
        ("label: t-a,", "label: 9a,", "step 'ask', field 'choices[0].label': '9a' is not a valid message id"),
        ("{ id: a,", "{ id: " + "a" * 41 + ",", "field 'choices[0].id': choice id 'aaaaaaaa"),
        ("{ id: a,", "{ id: A,", "step 'ask', field 'choices[0].id': choice id 'A' must be lower_snake_case"),
        (
            "say: [t-ask]\n",
            "say: [t-ask]\n    columns: 9\n",
            "step 'ask', field 'columns': must be from 1 to 4, not 9",
        ),
        (
            "text: { answer: note, to: done }",
            "text: { answer: note, to: done, max_chars: 5 }",
            "step 'extra', field 'text.max_chars': must be from 20 to 3500, not 5",
        ),
        (
            "terminal: true",
            "terminal: maybe",
            "step 'done', field 'terminal': must be true or false, not 'maybe'",
        ),
        ("say: [t-extra]", "say: [t-extra, 3]", "step 'extra', field 'say[1]': must be text, not 3"),
        (
            "{ to: done }",
            "{ to: done, whan: x }",
            "step 'ask', field 'choices[1].to[1].whan': unknown field (known here: to, when)",
        ),
        (
            "{ to: done }",
            "{ when: picked_b }",
            "step 'ask', field 'choices[1].to[1].to': required, but missing",
        ),
        ("    say: [t-done]\n", "", "step 'done': a step must say something (say or compose)"),
        ("id: demo", "id: Demo", "field 'id': flow id 'Demo' must be lower_snake_case"),
        ("schema_version: 1", "schema_version: '1'", "field 'schema_version': must be 1, not '1'"),
        (
            "    answer: pick\n",
            "    answer: pick\n    typed: { choice: zz, note: n }\n",
            "step 'ask': typed: needs an answer key, no text input, and one of the step's choices",
        ),
    ],
)
def test_each_schema_problem_names_step_field_and_what_is_allowed(
    tmp_path: Path, old: str, new: str, said: str
) -> None:
    assert old in GOOD
    found = problems(tmp_path, GOOD.replace(old, new, 1))
    assert any(said in p for p in found), found


def test_every_schema_problem_of_a_file_is_reported(tmp_path: Path) -> None:
    text = GOOD.replace("label: t-a,", "label: 5,").replace("say: [t-done]", "say: t-done") + "  empty:\n"
    found = problems(tmp_path, text)
    assert any("field 'choices[0].label': must be text" in p for p in found)
    assert any("step 'done', field 'say': must be a list, not 't-done'" in p for p in found)
    assert any("step 'empty': must be a mapping (key: value), not empty" in p for p in found)


def test_yaml_syntax_error(tmp_path: Path) -> None:
    found = problems(tmp_path, "schema_version: [1\n")
    assert any("not valid YAML" in p for p in found)


def test_a_value_yaml_cannot_read_is_named_not_raised(tmp_path: Path) -> None:
    """PyYAML reads 2026-13-45 as a date and raises ValueError, not a YAML error."""
    found = problems(tmp_path, "schema_version: 1\nwritten: 2026-13-45\n")
    assert any("not valid YAML: month must be in 1..12" in p for p in found)


def test_unknown_flow_and_screen(tmp_path: Path) -> None:
    found = problems(
        tmp_path,
        GOOD.replace("{ id: menu, label: t-menu, menu: true }", "{ id: menu, label: t-menu, flow: ghost }"),
    )
    assert any("unknown flow 'ghost'" in p for p in found)
    found = problems(
        tmp_path,
        GOOD.replace("{ id: menu, label: t-menu, menu: true }", "{ id: menu, label: t-menu, screen: ghost }"),
    )
    assert any("unknown screen 'ghost'" in p for p in found)


def _check(env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    full = {**os.environ, **env}
    return subprocess.run(
        [sys.executable, "-m", "bot", "check"], capture_output=True, text=True, cwd=ROOT, env=full, timeout=60
    )


def test_check_command_passes_on_the_real_flows() -> None:
    result = _check({})
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("ok:")


def test_check_command_fails_precisely_on_a_broken_flow(tmp_path: Path) -> None:
    flows = tmp_path / "flows"
    flows.mkdir()
    for path in (ROOT / "flows").glob("*.yaml"):
        text = path.read_text(encoding="utf-8")
        if path.name == "dealbreaker.yaml":
            text = text.replace("to: willing }", "to: willingg }", 1)
        (flows / path.name).write_text(text, encoding="utf-8")
    result = _check({"BOT_FLOWS_DIR": str(flows)})
    assert result.returncode == 1
    assert (
        "flows/dealbreaker.yaml: step 'response', field 'choices[0].to': unknown target 'willingg'"
        in result.stderr
    )
