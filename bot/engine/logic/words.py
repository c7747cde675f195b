"""A person's typed words, ready to sit inside one of Candor's sentences."""

from __future__ import annotations

# Where a capital stays: the English "I" and its contractions.
_KEEP_CAPITAL = ("i", "i'm", "i've", "i'd", "i'll", "i’m", "i’ve", "i’d", "i’ll")
_TRAILING = " \t\n.,;:!…"


def own_words(text: str) -> str:
    """``text`` as a quotation inside a sentence: no outer spaces, no full stop at the end
    (a question or exclamation mark stays only when it is the point: "?" is kept), and the
    first letter in lower case, unless it is "I" or the word looks like a name (a capital
    further in, all capitals, or a capitalised word that is not first in its sentence)."""
    words = text.strip().rstrip(_TRAILING)
    if not words:
        return words
    first = words.split(maxsplit=1)[0]
    if first.lower() in _KEEP_CAPITAL or _looks_like_name(first):
        return words
    return words[0].lower() + words[1:]


def _looks_like_name(word: str) -> bool:
    letters = [c for c in word if c.isalpha()]
    if len(letters) > 1 and all(c.isupper() for c in letters):
        return True  # an acronym: "WhatsApp" below, "OF", "IG"
    return any(c.isupper() for c in letters[1:])  # "WhatsApp", "McDonald", "iPhone"


def cut(text: str, limit: int) -> str:
    """``text`` shortened at a word to at most ``limit`` characters, with an ellipsis."""
    if len(text) <= limit:
        return text
    return text[:limit].rsplit(" ", 1)[0].rstrip(" ,;:.") + "…"
