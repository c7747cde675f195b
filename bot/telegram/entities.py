"""Folded parts of a text as Telegram entities: an expandable quotation each, no parse mode
(a person's own words inside a text can never be read as markup)."""

from __future__ import annotations

from bot.delivery.render import utf16_len
from bot.delivery.transport import Folds

EXPANDABLE = "expandable_blockquote"


def folded_entities(text: str, folds: Folds) -> list[tuple[str, int, int]]:
    """(type, offset, length) for each folded part, counted in UTF-16 code units as the
    Bot API counts them (an emoji is two), the quotation's trailing blank lines left out."""
    out: list[tuple[str, int, int]] = []
    for start, length in folds:
        body = text[start : start + length].rstrip()
        if not body.strip():
            continue
        out.append((EXPANDABLE, utf16_len(text[:start]), utf16_len(body)))
    return out
