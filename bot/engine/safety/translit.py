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
# Quotation marks are not soft signs: "'B'" and "'nu zhdi'" lose them, "ub'yu" and "zhit'"
# keep theirs (an apostrophe between letters, or after the last one of an unquoted word).
_QUOTED = re.compile(r"(?<![a-z0-9])['’]((?:[^'’\n]|(?<=[a-z])['’](?=[a-z]))*?[a-z0-9])['’](?![a-z0-9])")
_OPENING = re.compile(r"(?<![a-z0-9])['’](?=[a-z0-9])")
_VOWELS = set("аеиоуыэюя")
_REFLEXIVE = re.compile(r"ts(?:ya|ja|ia)$")


def _word(word: str) -> str:
    # "4" stands for "ч" inside a word ("4to", "po4emu"); other digits stay as they are.
    if any(c.isalpha() for c in word):
        word = word.replace("4", "ч")
    # A verb's "-tsya" is "-тся" ("hochetsya", "lomitsya", "ostanavlivaetsya"), not "-ця":
    # one letter from the infinitive's "-ться", so the lists forgive it there too.
    word = _REFLEXIVE.sub("тся", word)
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
    lowered = _OPENING.sub("", _QUOTED.sub(r"\1", text.lower()))
    return _LATIN_WORD.sub(lambda m: _word(m.group(0)), lowered)


def has_latin(text: str) -> bool:
    return any("a" <= c <= "z" for c in text.lower())


def has_cyrillic(text: str) -> bool:
    return any("а" <= c <= "я" or c == "ё" for c in text.lower())


# English words that Russian in Latin letters, Spanish and Portuguese do not use. Words they
# share are left out: "i", "a", "to", "no", "on", "do", "so", "my", "me", "he" ("he he",
# Spanish "he visto"), "like" ("le di like"), and Portuguese "some", "for", "time", "real".
_ENGLISH_WORDS = """
    the is are am was were your you youre im hes she shes they its it want wanna dont cant
    doesnt didnt wont with and of this that what why how have has had not just does did feel
    feeling know think really about because when will would him her them his our we who if
    but or there here from at an be been being said says then got never always can
    need help please someone people talking today tonight
    after ever every only again told tell gonna going get gets could should over out up off
    all one any nobody anyone everyone until since into than even still which where
    while their these those myself
"""
_ENGLISH = frozenset(_ENGLISH_WORDS.split())
# Whole words of letters: "até" is not "at", nor "4am" "am".
_WORD = re.compile(r"(?<!\w)[^\W\d_]+(?:'[^\W\d_]+)?(?!\w)")


def reads_as_english(text: str) -> bool:
    """Whether a message is English rather than Spanish, Portuguese or Russian in Latin
    letters: two of the English words above, or one in a message of four words or fewer
    ("i want to die" has "want"). Cyrillic anywhere means Russian."""
    if has_cyrillic(text):
        return False
    lowered = text.lower()
    words = [w.replace("'", "") for w in _WORD.findall(lowered.replace("’", "'"))]
    english = sum(w in _ENGLISH for w in words)
    return english >= 2 or (english == 1 and len(words) <= 4)
