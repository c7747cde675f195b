"""What the sender needs from a messaging platform: its calls, its limits, and the errors it
sorts by kind. A platform's package (``bot/telegram/``) implements it."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from enum import Enum
from typing import Protocol

Keyboard = Sequence[Sequence[tuple[str, str]]]  # rows of (label, callback data)
# Parts of a text the platform may show collapsed: (start, length) in characters.
Folds = Sequence[tuple[int, int]]


class ErrorKind(Enum):
    RETRY_AFTER = "retry_after"  # 429: wait retry_after seconds
    BLOCKED = "blocked"  # 403: the person blocked the bot or deleted the chat
    NOT_MODIFIED = "not_modified"  # 400: an edit that changes nothing (counts as done)
    GONE = "gone"  # 400: the message to edit or delete no longer exists or is too old
    BAD_REQUEST = "bad_request"  # other 400s: our mistake, not retried
    SERVER = "server"  # 5xx
    NETWORK = "network"  # connection failed
    TIMEOUT = "timeout"  # no answer in time: it may or may not have happened


class SendError(Exception):
    def __init__(self, kind: ErrorKind, *, retry_after: float = 0.0, detail: str = "") -> None:
        super().__init__(f"{kind.value}: {detail}" if detail else kind.value)
        self.kind = kind
        self.retry_after = retry_after
        self.detail = detail


@dataclass(frozen=True, slots=True)
class Limits:
    """What a platform accepts, as it counts it (Telegram counts UTF-16 code units)."""

    text: int  # characters in one message
    caption: int  # characters under a document or a photo
    button_label: int  # characters on one button
    delete_window: int  # seconds during which a bot may delete its own messages


class Transport(Protocol):
    """A platform's calls, as the chosen library makes them. Every method raises SendError."""

    limits: Limits

    async def send_text(
        self, chat_id: int, text: str, keyboard: Keyboard | None, *, silent: bool, folds: Folds = ()
    ) -> int: ...

    async def edit_text(
        self, chat_id: int, message_id: int, text: str, keyboard: Keyboard | None, *, folds: Folds = ()
    ) -> None: ...

    async def clear_keyboard(self, chat_id: int, message_id: int) -> None: ...

    async def send_document(self, chat_id: int, filename: str, data: bytes, caption: str) -> int: ...

    async def send_photo(self, chat_id: int, data: bytes, caption: str) -> int: ...

    async def delete_messages(self, chat_id: int, message_ids: Sequence[int]) -> None: ...

    async def leave_chat(self, chat_id: int) -> None: ...

    async def set_commands(self, commands: Sequence[tuple[str, str]], language: str | None) -> None: ...
