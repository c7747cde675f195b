"""Text normalisation shared by the phrase lists and the messages they are matched against.

Case, accents, punctuation, repeated letters ("kiiill"), letters spelled with digits
("k1ll") and letters spaced apart ("k i l l") all fold to the same tokens, so a phrase
list written plainly still catches the ways people actually type.
"""

from __future__ import annotations

import re
import unicodedata

from bot.engine.safety.translit import has_latin, latin_to_cyrillic

_LEET = str.maketrans({"0": "o", "1": "i", "3": "e", "4": "a", "5": "s", "7": "t", "@": "a", "$": "s"})
_SPLIT = re.compile(r"[^\w@$]+", re.UNICODE)
_REPEATS = re.compile(r"(\D)\1+")


def fold(text: str) -> str:
    """Lower case without accents (ё and й keep their letters: they are not accents in Russian)."""
    text = text.lower().replace("ё", "е").replace("й", "и")
    text = text.replace("'", "").replace("’", "").replace("ʼ", "")  # "I'm" -> "im"
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


_NUMBER_UNIT = re.compile(r"^(\d+)([a-z]{1,3})$")


def _token(raw: str) -> str:
    if any(c.isdigit() for c in raw) and any(c.isalpha() for c in raw):
        raw = raw.translate(_LEET)  # "k1ll" -> "kill"; a bare number stays a number
    elif not raw.isdigit():
        raw = raw.translate(_LEET)
    raw = raw.replace("_", "")
    return _REPEATS.sub(r"\1", raw)


def tokens(text: str) -> list[str]:
    """Folded tokens; runs of three or more single letters are joined ("k i l l" -> "kil")."""
    raw: list[str] = []
    for piece in _SPLIT.split(fold(text)):
        if not piece:
            continue
        unit = _NUMBER_UNIT.match(piece)
        if unit:  # "15yo", "16f", "10th": a number and its unit, not letters spelled with digits
            raw += [unit.group(1), _token(unit.group(2))]
        else:
            raw.append(_token(piece))
    raw = [t for t in raw if t]
    out: list[str] = []
    run: list[str] = []
    for tok in raw:
        if len(tok) == 1 and tok.isalpha():
            run.append(tok)
            continue
        if run:
            out += [_REPEATS.sub(r"\1", "".join(run))] if len(run) >= 3 else run
            run = []
        out.append(tok)
    if run:
        out += [_REPEATS.sub(r"\1", "".join(run))] if len(run) >= 3 else run
    return out


def within_one_edit(a: str, b: str) -> bool:
    """True when a and b differ by at most one insertion, deletion, substitution, or a
    swap of two neighbouring letters ("chekcs" for "checks")."""
    la, lb = len(a), len(b)
    if abs(la - lb) > 1:
        return False
    if la > lb:
        a, b, la, lb = b, a, lb, la
    i = 0
    while i < la and a[i] == b[i]:
        i += 1
    if la == lb:
        if a[i + 1 :] == b[i + 1 :]:
            return True
        return i + 1 < la and a[i] == b[i + 1] and a[i + 1] == b[i] and a[i + 2 :] == b[i + 2 :]
    return a[i:] == b[i + 1 :]


# Spoken Russian spellings of "что" and "чтобы" (southern Russia, Ukraine-Russian speakers,
# chats): "шо толку жить" is read as "что толку жить", so the lists need not repeat each phrase.
_RU_SPOKEN = {"шо": "что", "шоб": "чтоб", "шобы": "чтобы", "чо": "что", "че": "что"}


def screen_tokens(text: str, locale: str) -> list[str]:
    """The tokens the safety screen reads: for Russian, Latin-letter words are read as the
    Cyrillic they stand for first ("ya boyus" -> "я боюс"), and spoken spellings of "что"
    as the word itself."""
    if locale != "ru":
        return tokens(text)
    if has_latin(text):
        text = latin_to_cyrillic(text)
    return [_RU_SPOKEN.get(t, t) for t in tokens(text)]
