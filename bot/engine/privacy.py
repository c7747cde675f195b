"""What Candor keeps, handed back or wiped: /export, /hide, erasure, and /settings."""

from __future__ import annotations

import json

from bot.engine.outbound import Export, HideRecent, Reply, Text
from bot.engine.turn import Nav, Turn
from bot.engine.view import Option, View

HIDE_WINDOW = 48 * 3600 - 300  # Telegram lets a bot delete its own messages for 48 hours
JSON_COLUMNS = {("people", "state"), ("people", "prefs")}


def export(turn: Turn) -> None:
    """Everything kept about the person, as it is stored."""
    assert turn.tx is not None
    turn.tx.save(turn.person)  # the export shows this very moment, the command included
    tables = turn.tx.dump()
    for table, rows in tables.items():
        for row in rows:
            for column, value in list(row.items()):
                if (table, column) in JSON_COLUMNS and isinstance(value, str):
                    row[column] = json.loads(value)
    turn.out.append(Export(caption=Text("export-caption"), tables=tables))
    turn.notice(Text("export-sent"))


def hide(turn: Turn) -> None:
    """Delete the bot's recent messages, leave one neutral line, and show nothing else."""
    turn.out.append(HideRecent(after=Text("hide-done")))
    turn.quiet = True


def erase(turn: Turn, *, clear_chat: bool) -> None:
    """Erase every row of the person in this transaction (the store checkpoints after)."""
    assert turn.tx is not None
    ids = turn.tx.recent_messages(turn.now - HIDE_WINDOW) if clear_chat else []
    turn.erased = True
    if ids:
        turn.out.append(HideRecent(after=Text("delete-done-cleared"), message_ids=tuple(ids)))
    else:
        turn.out.append(Reply(parts=(Text("delete-done"),), remove_keyboard=True, trace=False))


class SettingsScreen:
    """Discretion settings: silent reminders, and neutral wording for anything Candor sends
    on its own (reminders, notes) that could show in a lock-screen preview."""

    name = "settings"

    def __init__(self, nav: Nav) -> None:
        self._nav = nav

    def view(self, turn: Turn) -> View:
        prefs = turn.person.prefs
        silent = bool(prefs.get("silent"))
        neutral = bool(prefs.get("neutral"))
        rows = [
            [Option("silent", Text("settings-silent-on" if silent else "settings-silent-off"))],
            [Option("neutral", Text("settings-neutral-on" if neutral else "settings-neutral-off"))],
            [Option("language", Text("settings-language"))],
            [Option("back", Text("btn-back-to-where"))],
        ]
        return View(key="o:settings", parts=[Text("settings-intro")], rows=rows)

    def choose(self, turn: Turn, choice: str) -> None:
        prefs = turn.person.prefs
        if choice in ("silent", "neutral"):
            if prefs.get(choice):
                prefs.pop(choice)
            else:
                prefs[choice] = True
            turn.notice(Text("settings-saved"))
        elif choice == "language":
            self._nav.open(turn, "language", {"back": "settings"})
        else:
            self._nav.close(turn)

    def text(self, turn: Turn, text: str) -> bool:
        return False
