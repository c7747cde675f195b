"""Outbound messages rendered once, into pieces a platform accepts: text split under its
message length, buttons on the last piece, captions and button labels cut to size."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from bot.delivery.transport import Keyboard, Limits
from bot.engine.outbound import Reply
from bot.i18n.translator import Translator


def utf16_len(text: str) -> int:
    """Length in UTF-16 code units, as Telegram counts it (a stricter count than characters,
    so it is safe for platforms that count code points)."""
    return len(text.encode("utf-16-le")) // 2


# One screen: no chat message is longer than this, whatever the platform allows (a longer
# text, typed notes gathered in a summary say, goes on in the next message).
SCREEN_MAX = 1000


@dataclass(frozen=True, slots=True)
class Piece:
    """One chat message of a rendered text; ``folds`` are its parts a platform may show
    collapsed, as (start, length) in characters of ``text``."""

    text: str
    folds: tuple[tuple[int, int], ...] = ()


def split_text(text: str, limit: int) -> list[str]:
    """Pieces of at most ``limit`` UTF-16 units, cut at a paragraph, a line, a space, or
    (only for a word longer than the limit) anywhere."""
    return [p.text for p in split_folded(text, (), limit)]


def split_folded(text: str, folds: Sequence[tuple[int, int]], limit: int) -> list[Piece]:
    """``split_text``, keeping where the folded parts fall in each piece."""
    start, end = len(text) - len(text.lstrip()), len(text.rstrip())
    if start >= end:
        return [Piece("…")]
    bounds: list[tuple[int, int]] = []
    while utf16_len(text[start:end]) > limit:
        cut = start + _cut_point(text[start:end], limit)
        bounds.append((start, start + len(text[start:cut].rstrip())))
        start = cut + len(text[cut:end]) - len(text[cut:end].lstrip())
    bounds.append((start, end))
    pieces: list[Piece] = []
    for lo, hi in bounds:
        if lo >= hi:
            continue
        inside = []
        for at, length in folds:
            a, b = max(at, lo), min(at + length, hi)
            if a < b:
                inside.append((a - lo, b - a))
        pieces.append(Piece(text[lo:hi], tuple(inside)))
    return pieces


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
    pieces: list[Piece]
    keyboard: Keyboard | None


def render_reply(translator: Translator, locale: str, reply: Reply, limits: Limits) -> RenderedReply:
    body, folds = translator.render_folded(locale, reply.parts)
    label = limits.button_label
    rows = [[(translator.render(locale, b.label), b.token) for b in row] for row in reply.buttons]
    keyboard = [[(text[:label], token) for text, token in row] for row in rows] or None
    return RenderedReply(split_folded(body, folds, min(limits.text, SCREEN_MAX)), keyboard)
