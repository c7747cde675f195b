"""Pieces within a platform's limits (Telegram's here): long texts split cleanly, captions
capped, no markup ever."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from bot.delivery.render import cap_caption, split_text, utf16_len
from bot.telegram.errors import LIMITS

TEXT_LIMIT = LIMITS.text
CAPTION_LIMIT = LIMITS.caption


def test_a_long_text_splits_at_paragraphs_then_lines() -> None:
    paragraph = ("This sentence is part of a long reading. " * 20).strip()
    text = "\n\n".join([paragraph] * 12)
    pieces = split_text(text, TEXT_LIMIT)
    assert len(pieces) > 1
    assert all(utf16_len(p) <= TEXT_LIMIT for p in pieces)
    assert all(p.endswith(".") for p in pieces[:-1])  # whole paragraphs, not cut mid-sentence
    squeezed = text.replace("\n", "").replace(" ", "")
    assert "".join(p.replace("\n", "").replace(" ", "") for p in pieces) == squeezed


def test_emoji_count_double_in_telegram_units() -> None:
    text = "🙂" * 3000  # 6,000 UTF-16 units
    pieces = split_text(text, TEXT_LIMIT)
    assert all(utf16_len(p) <= TEXT_LIMIT for p in pieces)
    assert "".join(pieces) == text


@given(st.text(min_size=1, max_size=12_000))
def test_nothing_is_lost_and_nothing_is_too_long(text: str) -> None:
    pieces = split_text(text, TEXT_LIMIT)
    assert all(0 < utf16_len(p) <= TEXT_LIMIT for p in pieces)
    squeezed = "".join(text.split())
    assert "".join("".join(p.split()) for p in pieces) == (squeezed or "…")


def test_caption_is_capped() -> None:
    assert utf16_len(cap_caption("x" * 5000, CAPTION_LIMIT)) <= CAPTION_LIMIT
    assert cap_caption("short", CAPTION_LIMIT) == "short"
