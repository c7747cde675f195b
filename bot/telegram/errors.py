"""Telegram's limits, and its errors sorted into the kinds the sender acts on."""

from __future__ import annotations

from collections.abc import Callable
from types import TracebackType
from typing import Any

from bot.delivery.transport import ErrorKind, Limits, SendError

# A bot may delete its own messages for 48 hours; five minutes are kept in hand.
LIMITS = Limits(text=4096, caption=1024, button_label=120, delete_window=48 * 3600 - 300)

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
