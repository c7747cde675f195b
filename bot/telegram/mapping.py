"""From the shape of a Telegram message to an engine event. Shared by both adapters, so
they stay thin and behave alike."""

from __future__ import annotations

from typing import Any

from bot.engine.events import BlockedIn, CommandIn, GroupIn, Inbound, MediaIn, TextIn, UnblockedIn

# Checked in this order; the first attribute a message has names its kind.
MEDIA_KINDS = (
    "sticker",
    "photo",
    "animation",
    "video",
    "video_note",
    "voice",
    "audio",
    "document",
    "location",
    "venue",
    "contact",
    "poll",
    "dice",
    "story",
)


def from_text(
    user_id: int,
    lang: str | None,
    text: str,
    command_length: int | None,
    username: str | None = None,
    *,
    edited: bool = False,
) -> Inbound:
    """``command_length`` is the length of a bot_command entity at offset 0, if any."""
    if command_length and not edited:
        command = text[1:command_length].split("@", 1)[0].lower()
        args = text[command_length:].strip()
        return CommandIn(user_id=user_id, lang_hint=lang, username=username, name=command, args=args)
    return TextIn(user_id=user_id, lang_hint=lang, username=username, text=text, edited=edited)


def from_message(
    user_id: int,
    lang: str | None,
    text: str | None,
    caption: str | None,
    command_length: int | None,
    present: set[str],
    username: str | None = None,
    *,
    edited: bool = False,
) -> Inbound | None:
    """Any private message: typed or forwarded text, a caption under a photo, video or
    file (words the person chose to send, so they are screened and read like text), or
    media with no words. An edit is only screened, never taken as a new answer."""
    if text is not None:
        return from_text(user_id, lang, text, command_length, username, edited=edited)
    if caption:
        return TextIn(user_id=user_id, lang_hint=lang, username=username, text=caption, edited=edited)
    if edited:
        return None
    return from_media(user_id, lang, present)


def from_library_message(message: Any, user: Any, *, edited: bool) -> Inbound | None:
    """A python-telegram-bot or aiogram ``Message`` (both name these fields alike) from
    ``user``: a command, text, caption or media."""
    first = message.entities[0] if message.entities else None
    # PTB's entity type is a str enum: it compares equal to the Bot API string.
    length = first.length if first and first.type == "bot_command" and first.offset == 0 else None
    present = {kind for kind in MEDIA_KINDS if getattr(message, kind, None)}
    return from_message(
        user.id,
        user.language_code,
        message.text,
        message.caption,
        length,
        present,
        user.username,
        edited=edited,
    )


def media_kind(present: set[str]) -> str:
    for kind in MEDIA_KINDS:
        if kind in present:
            return kind
    return "other"


def from_media(user_id: int, lang: str | None, present: set[str]) -> Inbound:
    return MediaIn(user_id=user_id, lang_hint=lang, kind=media_kind(present))


def from_member_change(chat_id: int, private: bool, status: str, lang: str | None) -> Inbound | None:
    """The bot's own membership changed (``my_chat_member``). ``status`` is the Bot API's
    string: added to a group, it says why it leaves; in a private chat, the person blocked
    (``kicked``, ``left``) or unblocked (``member``) it."""
    if not private:
        return GroupIn(user_id=chat_id, lang_hint=lang) if status in ("member", "administrator") else None
    if status in ("kicked", "left"):
        return BlockedIn(user_id=chat_id)
    if status == "member":
        return UnblockedIn(user_id=chat_id)
    return None
