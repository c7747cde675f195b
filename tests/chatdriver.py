"""Drive the engine like a person would, without any transport, and read what it says."""

from __future__ import annotations

from dataclasses import dataclass, field

from bot.app import Core
from bot.engine.events import ButtonIn, CommandIn, Inbound, MediaIn, TextIn
from bot.engine.outbound import Outbound, Reply, nested, texts_of


@dataclass(slots=True)
class Said:
    """One outbound message as the person would see it."""

    message: Outbound
    body: str
    buttons: list[tuple[str, str]] = field(default_factory=list)  # (label, token)
    ids: list[str] = field(default_factory=list)  # message ids of the body (nested ones too)

    @property
    def labels(self) -> list[str]:
        return [label for label, _ in self.buttons]


class ChatDriver:
    def __init__(self, core: Core, user_id: int = 1001, lang: str | None = "en") -> None:
        self.core = core
        self.user_id = user_id
        self.lang = lang
        self.history: list[Said] = []
        self.buttons: list[tuple[str, str]] = []

    async def send(self, event: Inbound) -> list[Said]:
        await self.core.handle(event)
        return await self.drain()

    async def drain(self) -> list[Said]:
        said: list[Said] = []
        store = self.core.store
        tr = self.core.translator
        for item in await store.outbox_for_chat(self.user_id):
            msg = item.message
            shown = msg.parts if isinstance(msg, Reply) else texts_of(msg)
            ids = [t.id for text in shown for t in nested(text)]
            if isinstance(msg, Reply):
                body, rows = tr.render_reply(item.locale, msg)
                flat = [b for row in rows for b in row]
                entry = Said(msg, body, flat, ids)
                if flat:  # a message without buttons leaves the earlier ones in the chat
                    self.buttons = flat
            else:
                body = "\n".join(tr.render(item.locale, t) for t in texts_of(msg))
                entry = Said(msg, body, [], ids)
            said.append(entry)
            await store.outbox_sent(item.id, self.user_id, [], keyboard=False, record=False)
        self.history += said
        return said

    def _base(self) -> dict[str, object]:
        return {"user_id": self.user_id, "lang_hint": self.lang}

    async def command(self, name: str, args: str = "") -> list[Said]:
        return await self.send(CommandIn(name=name, args=args, **self._base()))  # type: ignore[arg-type]

    async def text(self, text: str) -> list[Said]:
        return await self.send(TextIn(text=text, **self._base()))  # type: ignore[arg-type]

    async def media(self, kind: str = "sticker") -> list[Said]:
        return await self.send(MediaIn(kind=kind, **self._base()))  # type: ignore[arg-type]

    async def token(self, token: str) -> list[Said]:
        return await self.send(ButtonIn(token=token, **self._base()))  # type: ignore[arg-type]

    def find(self, label: str) -> str:
        """The token of the current button labelled ``label`` (or whose label contains it)."""
        exact = [tok for lab, tok in self.buttons if label.lower() == lab.lower()]
        matches = exact or [tok for lab, tok in self.buttons if label.lower() in lab.lower()]
        if len(matches) != 1:
            raise AssertionError(f"{len(matches)} buttons match {label!r}: {[b[0] for b in self.buttons]}")
        return matches[0]

    async def tap(self, label: str) -> list[Said]:
        return await self.token(self.find(label))

    async def tap_index(self, index: int) -> list[Said]:
        return await self.token(self.buttons[index][1])

    async def begin(self) -> list[Said]:
        """/start and confirm the age: the menu is on screen afterwards."""
        await self.command("start")
        return await self.tap("18 or older")

    @property
    def last(self) -> Said:
        return self.history[-1]
