"""One update being handled: the person, the event, and the replies collected so far."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Protocol

from bot.engine.events import ButtonIn, Inbound
from bot.engine.outbound import Outbound, Reply, Text
from bot.engine.ports import PersonTx
from bot.engine.session import Person, Session
from bot.engine.view import View


@dataclass(slots=True)
class Turn:
    person: Person
    event: Inbound
    now: int
    out: list[Outbound] = field(default_factory=list)
    erased: bool = False
    # Texts to put above the next screen shown (a notice, a recap).
    notices: list[Text] = field(default_factory=list)
    # The person's other data in this transaction (reminders, check-ins); None in pure tests.
    tx: PersonTx | None = None
    # Set when a reply was already given and the current screen must not be shown again.
    quiet: bool = False
    # Messages that go after the screen shown this turn (a comparison after one's own summary).
    after: list[Outbound] = field(default_factory=list)
    # Show the current step in fewer words (its question alone): words typed were not an answer.
    brief: bool = False

    @property
    def session(self) -> Session:
        return self.person.session

    @property
    def tapped(self) -> bool:
        return isinstance(self.event, ButtonIn)

    def say(self, *parts: Text) -> None:
        """A message with no buttons."""
        self.out.append(Reply(parts=parts, remove_keyboard=True))

    def notice(self, *parts: Text) -> None:
        self.notices.extend(parts)

    def fitting_text(self, text: str, limit: int) -> str | None:
        """``text`` without its outer spaces when it is neither empty nor over ``limit``
        characters; otherwise the person is told which, and None comes back."""
        text = text.strip()
        if not visible(text):
            self.notice(Text("notice-empty-text"))
            return None
        if len(text) > limit:
            self.notice(Text("notice-text-too-long", {"max": limit, "got": len(text)}))
            return None
        return text


# Characters that show nothing (zero-width spaces and joiners, marks, the BOM).
INVISIBLE = dict.fromkeys(map(ord, "\u200b\u200c\u200d\u200e\u200f\u2060\ufeff\u00ad\u180e"), None)


def visible(text: str) -> str:
    """What a person can see of ``text``: empty when it is only blanks and invisible marks."""
    return text.translate(INVISIBLE).strip()


class Screen(Protocol):
    """A system screen built in code (menu, confirmations, help...)."""

    name: str

    def view(self, turn: Turn) -> View: ...

    def choose(self, turn: Turn, choice: str) -> None: ...

    def text(self, turn: Turn, text: str) -> bool:
        """Take free text; False if this screen wants a button instead."""
        ...


class Nav(Protocol):
    """Moves between places; implemented by the engine, used by screens."""

    def to_menu(self, turn: Turn) -> None: ...

    def open_flow(self, turn: Turn, flow_id: str, preset: Mapping[str, Sequence[str]] | None = None) -> None:
        """Start (or resume) a flow; ``preset``: answers given before it asked, as the choice
        ids they may stand for, by answer key (see :meth:`FlowRunner.enter`)."""
        ...

    def open(self, turn: Turn, screen: str, data: dict[str, object] | None = None) -> None: ...

    def close(self, turn: Turn) -> None: ...

    def carry_on(self, turn: Turn) -> None:
        """Close the screen on top, which did what the flow step under it offered it for
        (a check-in set up): the conversation goes on instead of asking again."""
        ...

    def route_text(self, turn: Turn, text: str) -> None: ...

    def pick(self, turn: Turn, choice: str) -> None:
        """Take a choice at the current place, as if its button had been tapped."""
        ...
