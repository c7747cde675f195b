"""Reading just enough of a raw update to queue it: who it belongs to, and whether it can be
kept at all. Nothing here trusts the update's shape: a malformed one is told apart, never
raised on (one bad update must not stop the ones behind it)."""

from __future__ import annotations

from typing import Any

INT64 = 2**63 - 1
CHAT_FIELDS = ("message", "edited_message", "channel_post", "edited_channel_post", "my_chat_member")


def _id(value: object) -> int | None:
    """A Telegram id as the database keeps it: an integer within 64 bits (not a float, not a
    bool, not a string)."""
    if isinstance(value, int) and not isinstance(value, bool) and -INT64 <= value <= INT64:
        return value
    return None


def _dict(value: object) -> dict[str, Any]:
    return value if isinstance(value, dict) else {}


def kind_of(update: dict[str, Any]) -> str:
    """What the update carries (``message``, ``callback_query``...), for logs and the
    dead-letter table; never any of its content."""
    for key in update:
        if key != "update_id":
            return str(key)[:32]
    return "empty"


def update_id_of(update: object) -> int | None:
    """The update's id, if it is one Telegram could have sent (0 to 2^63-1)."""
    if not isinstance(update, dict):
        return None
    value = _id(update.get("update_id"))
    return value if value is not None and value >= 0 else None


def problem_of(update: dict[str, Any]) -> str | None:
    """Why an update cannot be queued (its chat is not a chat id), or None."""
    for field in CHAT_FIELDS:
        if field in update:
            chat = _dict(update[field]).get("chat")
            if not isinstance(chat, dict) or _id(chat.get("id")) is None:
                return f"{field} without a valid chat"
            return None
    if "callback_query" in update:
        query = update["callback_query"]
        if not isinstance(query, dict):
            return "callback_query is not an object"
        if _id(_dict(query.get("from")).get("id")) is None and ordering_key(update) is None:
            return "callback_query without a sender"
    return None


def ordering_key(update: dict[str, Any]) -> int | None:
    """The chat an update belongs to, so one chat's updates are handled one at a time and
    in order. A private chat's id is the person's id."""
    for field in CHAT_FIELDS:
        if field in update:
            return _id(_dict(_dict(update[field]).get("chat")).get("id"))
    if "callback_query" in update:
        query = _dict(update["callback_query"])
        chat = _id(_dict(_dict(query.get("message")).get("chat")).get("id"))
        return chat if chat is not None else _id(_dict(query.get("from")).get("id"))
    return None
