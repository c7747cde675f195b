"""Commands that work in every state, and their descriptions for Telegram's menu."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Command:
    name: str
    description: str  # message id
    before_consent: bool = False  # usable before the disclosure is confirmed
    listed: bool = True  # shown in Telegram's command menu


COMMANDS: tuple[Command, ...] = (
    Command("start", "cmd-start", before_consent=True),
    Command("menu", "cmd-menu"),
    Command("back", "cmd-back"),
    Command("reset", "cmd-reset"),
    Command("reminders", "cmd-reminders"),
    Command("progress", "cmd-progress"),
    Command("pair", "cmd-pair"),
    Command("learn", "cmd-learn"),
    Command("sos", "cmd-sos", before_consent=True),
    Command("coach", "cmd-coach"),
    Command("help", "cmd-help", before_consent=True),
    Command("privacy", "cmd-privacy", before_consent=True),
    Command("settings", "cmd-settings"),
    Command("language", "cmd-language", before_consent=True),
    Command("export", "cmd-export", before_consent=True),
    Command("hide", "cmd-hide", before_consent=True),
    Command("delete", "cmd-delete", before_consent=True),
)

BY_NAME = {c.name: c for c in COMMANDS}
