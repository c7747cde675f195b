"""What both Telegram adapters share: the error mapping and membership changes."""

from __future__ import annotations

import pytest

from bot.delivery.transport import ErrorKind, SendError
from bot.engine.events import BlockedIn, GroupIn, UnblockedIn
from bot.telegram.errors import ErrorsAsSendError, kind_of_bad_request
from bot.telegram.mapping import from_member_change


class LibraryError(Exception):
    pass


MAPPED = ErrorsAsSendError(LibraryError, lambda exc: SendError(ErrorKind.SERVER, detail=str(exc)))


def test_a_library_error_becomes_a_send_error_without_its_chain() -> None:
    with pytest.raises(SendError) as caught, MAPPED:
        raise LibraryError("boom")
    assert caught.value.kind is ErrorKind.SERVER
    assert caught.value.detail == "boom"
    assert caught.value.__suppress_context__


def test_other_errors_pass_through_untouched() -> None:
    with pytest.raises(KeyError), MAPPED:
        raise KeyError("not Telegram's")


def test_no_error_no_change() -> None:
    with MAPPED:
        value = 1
    assert value == 1


@pytest.mark.parametrize(
    ("description", "kind"),
    [
        ("Bad Request: message is not modified: specified new message content", ErrorKind.NOT_MODIFIED),
        ("Bad Request: message to edit not found", ErrorKind.GONE),
        ("Bad Request: message can't be deleted for everyone", ErrorKind.GONE),
        ("Bad Request: chat not found", ErrorKind.BLOCKED),
        ("Bad Request: can't parse entities", ErrorKind.BAD_REQUEST),
    ],
)
def test_bad_requests_are_sorted_by_what_they_mean(description: str, kind: ErrorKind) -> None:
    assert kind_of_bad_request(description) is kind


@pytest.mark.parametrize(
    ("private", "status", "event"),
    [
        (True, "kicked", BlockedIn(user_id=5)),
        (True, "left", BlockedIn(user_id=5)),
        (True, "member", UnblockedIn(user_id=5)),
        (True, "restricted", None),
        (False, "member", GroupIn(user_id=5, lang_hint="es")),
        (False, "administrator", GroupIn(user_id=5, lang_hint="es")),
        (False, "left", None),
    ],
)
def test_the_bots_own_membership_changes(private: bool, status: str, event: object) -> None:
    assert from_member_change(5, private, status, "es") == event
