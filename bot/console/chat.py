"""Chat with Candor in a terminal, on the same engine and database as on Telegram."""

from __future__ import annotations

import asyncio
import contextlib
import os
import sys
from collections.abc import Awaitable, Callable
from typing import Protocol, TextIO

from bot.engine.events import ButtonIn, CommandIn, Inbound, TextIn
from bot.engine.locales import pick_locale
from bot.engine.outbound import Chart, Document, Export, Forward, HideRecent, LeaveChat, Reply, Text
from bot.i18n.export import render_export
from bot.i18n.translator import Translator
from bot.store.base import OutboxStore, PeopleStore

CONSOLE_USER = 0  # Telegram never uses 0 as a user id


def terminal_language(environ: dict[str, str] | None = None) -> str | None:
    """The terminal's language (``es_ES.UTF-8`` gives ``es``), the console's counterpart of
    the language Telegram reports: a hint until the person picks one with /language."""
    env = os.environ if environ is None else environ
    for name in ("LC_ALL", "LC_MESSAGES", "LANG"):
        value = env.get(name, "").split(".", 1)[0].split("@", 1)[0]
        if value and value not in ("C", "POSIX"):
            return value.replace("_", "-")
    return None


def parse_line(line: str, user_id: int, tokens: list[str], lang: str | None) -> Inbound | None:
    """Turn a typed line into an event: ``/cmd args``, a button number, or text."""
    text = line.rstrip("\n")
    stripped = text.strip()
    if not stripped:
        return None
    if stripped.startswith("/") and len(stripped) > 1:
        name, _, args = stripped[1:].partition(" ")
        return CommandIn(user_id=user_id, lang_hint=lang, name=name.split("@", 1)[0], args=args.strip())
    if stripped.isdigit() and 1 <= int(stripped) <= len(tokens):
        return ButtonIn(user_id=user_id, lang_hint=lang, token=tokens[int(stripped) - 1])
    return TextIn(user_id=user_id, lang_hint=lang, text=text)


class ConsoleStore(PeopleStore, OutboxStore, Protocol):
    """What the console uses: the person's unit of work, and their waiting replies."""


class ConsoleChat:
    def __init__(
        self,
        decide: Callable[[Inbound], Awaitable[object]],
        store: ConsoleStore,
        translator: Translator,
        *,
        out: TextIO = sys.stdout,
        read_line: Callable[[], Awaitable[str]] | None = None,
        user_id: int = CONSOLE_USER,
        lang: str | None = None,
    ) -> None:
        self._decide = decide
        self.store = store
        self.translator = translator
        self.out = out
        self.user_id = user_id
        self.lang = lang
        self.tokens: list[str] = []
        self._read_line = read_line or _stdin_line
        self._printing = asyncio.Lock()  # a reminder arriving never cuts into a reply
        self._poked = asyncio.Event()

    def poke(self) -> None:
        """Replies were committed outside this chat's own turn (a check-in fell due)."""
        self._poked.set()

    async def _watch(self) -> None:
        while True:
            await self._poked.wait()
            self._poked.clear()
            if await self.drain():
                self.out.write("> ")
                self.out.flush()

    async def _t(self, msg_id: str, **params: str | int) -> str:
        """A console line in the person's language: the one they chose, else the hint."""
        person = await self.store.run(self.user_id, lambda tx: tx.load())
        translator = self.translator
        locale = (
            person.locale
            if person is not None and person.locale
            else pick_locale(self.lang, translator.locales)
        )
        return translator.render(locale, Text(msg_id, params))

    async def run(self) -> None:
        watcher = asyncio.create_task(self._watch(), name="console-watch")
        try:
            await self._converse()
        finally:
            watcher.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await watcher

    async def _converse(self) -> None:
        self.out.write(await self._t("console-banner") + "\n")
        await self.send(CommandIn(user_id=self.user_id, lang_hint=self.lang, name="start"))
        while True:
            self.out.write("> ")
            self.out.flush()
            line = await self._read_line()
            if line == "":  # end of input
                self.out.write("\n" + await self._t("console-bye") + "\n")
                return
            event = parse_line(line, self.user_id, self.tokens, self.lang)
            if event is not None:
                await self.send(event)

    async def send(self, event: Inbound) -> None:
        await self._decide(event)
        await self.drain()

    async def drain(self) -> int:
        """Print and clear everything queued for this chat, oldest first; returns how many."""
        store = self.store
        async with self._printing:
            items = await store.outbox_for_chat(self.user_id)
            for item in items:
                self._show(item.locale, item.message)
                await store.outbox_sent(item.id, self.user_id, [], keyboard=False, record=False)
        return len(items)

    def _show(self, locale: str, message: object) -> None:
        tr = self.translator
        match message:
            case Reply():
                body, rows = tr.render_reply(locale, message)
                self.out.write("\n" + body + "\n")
                if rows:
                    self.tokens = []
                    for row in rows:
                        for label, token in row:
                            self.tokens.append(token)
                            self.out.write(f"  {len(self.tokens)}) {label}\n")
                elif message.parts:
                    self.tokens = []
            case Document():
                self.out.write("\n" + tr.render(locale, message.caption) + "\n" + message.content + "\n")
            case Export():
                self.out.write("\n" + tr.render(locale, message.caption) + "\n")
                self.out.write(render_export(tr, locale, message) + "\n")
            case Chart():
                self.out.write("\n" + tr.render(locale, message.fallback) + "\n")
            case HideRecent():
                self.out.write("\n" + tr.render(locale, message.after) + "\n")
            case Forward() | LeaveChat():
                pass
        self.out.flush()


async def _stdin_line() -> str:
    return await asyncio.to_thread(sys.stdin.readline)
