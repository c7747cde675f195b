"""Russian typed in Latin letters ("ya ne hochu zhit"), read as Cyrillic.

Phones without a Cyrillic keyboard make this common, and its spelling is loose (ya/ja,
zh/j, sch/shch, y for ы or й, ' or nothing for ь). A rough conversion is enough: the phrase
lists forgive one typo and the model reads letter groups, so "жит" still meets "жить".
"""

from __future__ import annotations

import re

# Longest spellings first: "shch" before "sch" before "sh" before "s".
_GROUPS = (
    ("shch", "щ"),
    ("sch", "щ"),
    ("zh", "ж"),
    ("kh", "х"),
    ("ch", "ч"),
    ("sh", "ш"),
    ("ts", "ц"),
    ("tc", "ц"),
    ("ya", "я"),
    ("ja", "я"),
    ("yu", "ю"),
    ("ju", "ю"),
    ("iu", "ю"),
    ("yo", "е"),
    ("jo", "е"),
    ("ye", "е"),
    ("je", "е"),
)
_SINGLE = str.maketrans(
    {
        "a": "а",
        "b": "б",
        "v": "в",
        "w": "в",
        "g": "г",
        "d": "д",
        "e": "е",
        "z": "з",
        "i": "и",
        "k": "к",
        "q": "к",
        "l": "л",
        "m": "м",
        "n": "н",
        "o": "о",
        "p": "п",
        "r": "р",
        "s": "с",
        "t": "т",
        "u": "у",
        "f": "ф",
        "h": "х",
        "x": "х",
        "c": "ц",
        "y": "ы",
        "j": "й",
        "'": "ь",
        "’": "ь",
    }
)
_PATTERN = re.compile("|".join(g for g, _ in _GROUPS))
_TABLE = dict(_GROUPS)
_LATIN_WORD = re.compile(r"[a-z'’0-9]*[a-z][a-z'’0-9]*")
_VOWELS = set("аеиоуыэюя")


def _word(word: str) -> str:
    # "4" stands for "ч" inside a word ("4to", "po4emu"); other digits stay as they are.
    if any(c.isalpha() for c in word):
        word = word.replace("4", "ч")
    word = _PATTERN.sub(lambda m: _TABLE[m.group(0)], word)
    # "j" before a vowel is mostly "ж" ("jit", "jena"): "ja"/"ju"/"jo"/"je" were taken above.
    word = re.sub(r"j(?=[iy])", "ж", word)
    out = word.translate(_SINGLE)
    # A final "ы" after a vowel was "y" for "й" ("moy", "kakoy", "tvoy"), and so, after "о"
    # or "е", was a final "i" ("za mnoi", "domoi", "svoei", "detei"; "moi" is read as "мой").
    if len(out) > 1 and out[-2] in _VOWELS and (out[-1] == "ы" or (out[-1] == "и" and out[-2] in "ое")):
        out = out[:-1] + "й"
    return out


def latin_to_cyrillic(text: str) -> str:
    """Latin-letter words turned into Cyrillic; everything else is left as it was."""
    lowered = text.lower()
    return _LATIN_WORD.sub(lambda m: _word(m.group(0)), lowered)


def has_latin(text: str) -> bool:
    return any("a" <= c <= "z" for c in text.lower())
