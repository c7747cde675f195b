"""A flow as a Mermaid state diagram (``python -m bot graph FLOW``)."""

from __future__ import annotations

from bot.engine.flowspec import FlowSpec


def mermaid(spec: FlowSpec) -> str:
    lines = ["stateDiagram-v2", f"    [*] --> {spec.start}"]
    for step_id, step in spec.steps.items():
        for choice in step.choices:
            for route in choice.routes:
                cond = f" [{route.when}]" if route.when else ""
                lines.append(f"    {step_id} --> {route.to}: {choice.id}{cond}")
            if choice.flow:
                lines.append(f"    {step_id} --> flow_{choice.flow}: {choice.id}")
            if choice.screen:
                lines.append(f"    {step_id} --> screen_{choice.screen}: {choice.id}")
            if choice.menu:
                lines.append(f"    {step_id} --> menu: {choice.id}")
        if step.text:
            for route in step.text.routes:
                cond = f" [{route.when}]" if route.when else ""
                lines.append(f"    {step_id} --> {route.to}: text{cond}")
        if step.terminal:
            lines.append(f"    {step_id} --> [*]")
    return "\n".join(lines) + "\n"
