"""What Candor keeps about a person between updates, and nothing more.

Kept: the language, when consent was given, where the person is (flow and step), the answers
an unfinished flow still needs, the steps behind them for ``/back``, preferences and two
timestamps. Saved as compact JSON columns by the stores.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

# Where a person can be when no overlay is open.
AT_WELCOME = "welcome"  # disclosure and age confirmation not done yet
AT_MENU = "menu"
AT_FLOW = "flow"


@dataclass(slots=True)
class FlowProgress:
    """An unfinished flow: the current step, answers given so far and the steps behind it.

    ``preset`` holds answers the person already gave in their own words before the flow
    began (the behaviour named at the menu), as the choice ids they may stand for, by answer
    key; each is used or dropped when the flow reaches the step that asks it.
    """

    step: str
    answers: dict[str, str] = field(default_factory=dict)
    history: list[str] = field(default_factory=list)
    preset: dict[str, list[str]] = field(default_factory=dict)

    def to_json(self) -> dict[str, Any]:
        out: dict[str, Any] = {"s": self.step}
        if self.answers:
            out["a"] = self.answers
        if self.history:
            out["h"] = self.history
        if self.preset:
            out["p"] = self.preset
        return out

    @classmethod
    def from_json(cls, raw: dict[str, Any]) -> FlowProgress:
        return cls(
            step=raw["s"],
            answers=dict(raw.get("a", {})),
            history=list(raw.get("h", [])),
            preset={k: list(v) for k, v in raw.get("p", {}).items()},
        )


@dataclass(slots=True)
class Overlay:
    """A system screen shown on top of where the person is (confirmations, help, safety).

    When it closes, the person is back exactly where they were.
    """

    screen: str
    data: dict[str, Any] = field(default_factory=dict)


@dataclass(slots=True)
class Session:
    seq: int = 0
    at: str = AT_WELCOME
    flow: str | None = None
    flows: dict[str, FlowProgress] = field(default_factory=dict)
    overlay: Overlay | None = None
    # Flags raised during the conversation that change how flows speak (e.g. safety).
    flags: list[str] = field(default_factory=list)
    # The key of the last screen shown and whether it is worth keeping in the chat; a new
    # key means a new turn counter, so buttons of older screens become stale.
    last: str = ""
    kept: bool = False
    # An invitation link opened before the disclosure was confirmed; used right after.
    pending: str | None = None

    @property
    def progress(self) -> FlowProgress | None:
        return self.flows.get(self.flow) if self.at == AT_FLOW and self.flow else None

    def to_json(self) -> dict[str, Any]:
        out: dict[str, Any] = {"q": self.seq, "at": self.at}
        if self.flow:
            out["f"] = self.flow
        if self.flows:
            out["fs"] = {k: v.to_json() for k, v in self.flows.items()}
        if self.overlay:
            out["o"] = [self.overlay.screen, self.overlay.data]
        if self.flags:
            out["fl"] = self.flags
        if self.last:
            out["l"] = self.last
        if self.kept:
            out["k"] = 1
        if self.pending:
            out["p"] = self.pending
        return out

    @classmethod
    def from_json(cls, raw: dict[str, Any]) -> Session:
        overlay = raw.get("o")
        return cls(
            seq=raw.get("q", 0),
            at=raw.get("at", AT_WELCOME),
            flow=raw.get("f"),
            flows={k: FlowProgress.from_json(v) for k, v in raw.get("fs", {}).items()},
            overlay=Overlay(overlay[0], dict(overlay[1])) if overlay else None,
            flags=list(raw.get("fl", [])),
            last=raw.get("l", ""),
            kept=bool(raw.get("k")),
            pending=raw.get("p"),
        )


@dataclass(slots=True)
class Person:
    """One person's row. Timestamps are UTC seconds."""

    user_id: int
    created_at: int
    active_at: int
    locale: str | None = None
    # When the person confirmed, under the disclosure, that they are an adult.
    consented_at: int | None = None
    session: Session = field(default_factory=Session)
    prefs: dict[str, Any] = field(default_factory=dict)
    inactive: bool = False

    @property
    def consented(self) -> bool:
        return self.consented_at is not None
