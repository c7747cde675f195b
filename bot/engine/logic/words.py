"""A person's typed words, ready to sit inside one of Candor's sentences."""

from __future__ import annotations

from collections.abc import Callable, Sequence

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


def elide(text: str, limit: int) -> str:
    """``text`` shortened to about ``limit`` characters by leaving out words in its middle
    (" … "), so that it still ends as the person ended it: for words that sit inside a
    sentence, where a cut end would run into the sentence's own full stop."""
    if len(text) <= limit:
        return text
    if limit < 12:  # too little room to keep an end
        return cut(text, limit)
    room = limit - 3
    tail = text[len(text) - room // 3 :]
    clause = text[len(text) - room // 2 :].rsplit(", ", 1)
    if len(clause) == 2 and len(clause[1]) >= 8:
        tail = clause[1]  # the last clause whole, where there is one
    elif " " in tail.strip():
        tail = tail.split(" ", 1)[1]  # from the start of a word
    head = text[: room - len(tail)]
    if " " in head.strip():
        head = head.rsplit(" ", 1)[0]
    return f"{head.rstrip(' ,;:.')} … {tail.lstrip()}"


def share(texts: Sequence[str], room: int, shorten: Callable[[str, int], str] = cut) -> list[str]:
    """``texts`` shortened so that together they take about ``room`` characters at most:
    the short ones stay whole and what they leave is shared evenly among the long ones."""
    out = list(texts)
    left, waiting = room, len(texts)
    for i in sorted(range(len(texts)), key=lambda i: len(texts[i])):
        out[i] = shorten(texts[i], left // waiting)
        left -= len(out[i])
        waiting -= 1
    return out
