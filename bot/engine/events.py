"""Inbound events: what a person did, stripped of any transport detail."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True, kw_only=True)
class Inbound:
    """Something that happened in a private conversation with one person."""

    user_id: int
    lang_hint: str | None = None
    # The person's public @username, if they have one; used only when they agree to share it
    # with the coach, and never stored.
    username: str | None = None


@dataclass(frozen=True, slots=True, kw_only=True)
class TextIn(Inbound):
    """Free text the person typed, forwarded, or wrote as a caption. An edited message
    comes back as ``edited``: it is screened for safety, never taken as a new answer."""

    text: str
    edited: bool = False


@dataclass(frozen=True, slots=True, kw_only=True)
class ButtonIn(Inbound):
    """A tap on one of the bot's buttons, carrying the opaque token it was sent with, and
    (when the transport knows it) the id of the message the button was on."""

    token: str
    message_id: int | None = None


@dataclass(frozen=True, slots=True, kw_only=True)
class CommandIn(Inbound):
    """A command such as ``/menu``; ``/start <payload>`` carries its deep-link payload in args."""

    name: str
    args: str = ""


@dataclass(frozen=True, slots=True, kw_only=True)
class MediaIn(Inbound):
    """A message that is not text: a sticker, a photo, a voice note, a file..."""

    kind: str


@dataclass(frozen=True, slots=True, kw_only=True)
class BlockedIn(Inbound):
    """The person blocked the bot or deleted the chat; nothing can be sent any more."""


@dataclass(frozen=True, slots=True, kw_only=True)
class UnblockedIn(Inbound):
    """The person unblocked the bot; it may write again when they do."""


@dataclass(frozen=True, slots=True, kw_only=True)
class GroupIn(Inbound):
    """Candor was written to or added in a group or channel (``user_id`` holds the chat id).
    It works only in private chats: it says so once and leaves."""


@dataclass(frozen=True, slots=True, kw_only=True)
class ReminderIn(Inbound):
    """A scheduled check-in reminder may have fallen due for this person (not something they
    did); the engine checks the schedule itself."""


def is_personal_action(event: Inbound) -> bool:
    """True for events the person caused themselves (as opposed to schedules or chat status)."""
    return isinstance(event, TextIn | ButtonIn | CommandIn | MediaIn)
