"""Outbound messages rendered once, into pieces a platform accepts: text split under its
message length, buttons on the last piece, captions and button labels cut to size."""

from __future__ import annotations

from dataclasses import dataclass

from bot.delivery.transport import Keyboard, Limits
from bot.engine.outbound import Reply
from bot.i18n.translator import Translator


def utf16_len(text: str) -> int:
    """Length in UTF-16 code units, as Telegram counts it (a stricter count than characters,
    so it is safe for platforms that count code points)."""
    return len(text.encode("utf-16-le")) // 2


def split_text(text: str, limit: int) -> list[str]:
    """Pieces of at most ``limit`` UTF-16 units, cut at a paragraph, a line, a space, or
    (only for a word longer than the limit) anywhere."""
    text = text.strip() or "…"
    pieces: list[str] = []
    while utf16_len(text) > limit:
        cut = _cut_point(text, limit)
        pieces.append(text[:cut].rstrip())
        text = text[cut:].lstrip()
    pieces.append(text)
    return [p for p in pieces if p]


def _cut_point(text: str, limit: int) -> int:
    # the longest prefix within the limit, in characters
    end = min(len(text), limit)
    while utf16_len(text[:end]) > limit:
        end -= 1
    window = text[:end]
    for sep in ("\n\n", "\n", " "):
        at = window.rfind(sep)
        if at > end // 3:
            return at + len(sep)
    return end


def cap_caption(text: str, limit: int) -> str:
    if utf16_len(text) <= limit:
        return text
    out = text
    while utf16_len(out) > limit - 1:
        out = out[: len(out) - 16]
    return out.rstrip() + "…"


@dataclass(frozen=True, slots=True)
class RenderedReply:
    pieces: list[str]
    keyboard: Keyboard | None


def render_reply(translator: Translator, locale: str, reply: Reply, limits: Limits) -> RenderedReply:
    body, rows = translator.render_reply(locale, reply)
    label = limits.button_label
    keyboard = [[(text[:label], token) for text, token in row] for row in rows] or None
    return RenderedReply(split_text(body, limits.text), keyboard)
