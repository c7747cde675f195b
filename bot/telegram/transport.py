"""What the sender needs from a Telegram library, and the errors it sorts by kind."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from enum import Enum
from types import TracebackType
from typing import Any, Protocol

Keyboard = Sequence[Sequence[tuple[str, str]]]  # rows of (label, callback data)


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


GONE_MARKS = (
    "message to edit not found",
    "message can't be edited",
    "message to delete not found",
    "message can't be deleted",
    "message_id_invalid",
    "message not found",
)


class ErrorsAsSendError:
    """``with ErrorsAsSendError(types, convert):`` re-raises a library's errors as SendError.

    One instance serves every call: it keeps no state between them.
    """

    __slots__ = ("_convert", "_types")

    def __init__(
        self,
        types: type[BaseException] | tuple[type[BaseException], ...],
        convert: Callable[[Any], SendError],
    ) -> None:
        self._types = types
        self._convert = convert

    def __enter__(self) -> None:
        return None

    def __exit__(
        self, kind: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        if exc is not None and isinstance(exc, self._types):
            raise self._convert(exc) from None


def kind_of_bad_request(description: str) -> ErrorKind:
    text = description.lower()
    if "message is not modified" in text:
        return ErrorKind.NOT_MODIFIED
    if any(mark in text for mark in GONE_MARKS):
        return ErrorKind.GONE
    if "chat not found" in text or "user is deactivated" in text:
        return ErrorKind.BLOCKED
    return ErrorKind.BAD_REQUEST


class Transport(Protocol):
    """Bot API calls, as the chosen library makes them. Every method raises SendError."""

    async def send_text(self, chat_id: int, text: str, keyboard: Keyboard | None, *, silent: bool) -> int: ...

    async def edit_text(
        self, chat_id: int, message_id: int, text: str, keyboard: Keyboard | None
    ) -> None: ...

    async def clear_keyboard(self, chat_id: int, message_id: int) -> None: ...

    async def send_document(self, chat_id: int, filename: str, data: bytes, caption: str) -> int: ...

    async def send_photo(self, chat_id: int, data: bytes, caption: str) -> int: ...

    async def delete_messages(self, chat_id: int, message_ids: Sequence[int]) -> None: ...

    async def leave_chat(self, chat_id: int) -> None: ...

    async def answer_callback(self, callback_id: str) -> None: ...

    async def set_commands(self, commands: Sequence[tuple[str, str]], language: str | None) -> None: ...
