"""Reading just enough of a raw update to queue it: who it belongs to."""

from __future__ import annotations

from typing import Any


def ordering_key(update: dict[str, Any]) -> int | None:
    """The chat an update belongs to, so one chat's updates are handled one at a time and
    in order. A private chat's id is the person's id."""
    for field in ("message", "edited_message", "channel_post", "edited_channel_post"):
        if field in update:
            chat = update[field].get("chat") or {}
            return chat.get("id")
    if "callback_query" in update:
        query = update["callback_query"]
        message = query.get("message") or {}
        chat = message.get("chat") or {}
        return chat.get("id", (query.get("from") or {}).get("id"))
    if "my_chat_member" in update:
        return (update["my_chat_member"].get("chat") or {}).get("id")
    return None
