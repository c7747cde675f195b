"""Phrase lists and the matcher that finds them in a message.

Phrase syntax (``locales/<lang>/safety.yaml``): plain words, matched after
:mod:`normalisation <bot.engine.safety.normalize>`; a trailing ``*`` matches any ending
(``suicid*``); ``...`` allows up to three words in between; ``<minor_age>`` matches a number
from 10 to 17. Words of five letters or more also match with one typo.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field

from bot.engine.safety.normalize import tokens, within_one_edit

GAP = "..."
MAX_GAP = 3
MINOR_AGE = "<minor_age>"
FUZZY_MIN = 5


@dataclass(frozen=True, slots=True)
class Pattern:
    category: str
    words: tuple[str, ...]  # normalised; may hold GAP and MINOR_AGE
    source: str


def _word_matches(pattern: str, token: str) -> bool:
    if pattern == MINOR_AGE:
        return token.isdigit() and 10 <= int(token) <= 17
    if pattern.endswith("*"):
        stem = pattern[:-1]
        if token.startswith(stem):
            return True
        if len(stem) >= FUZZY_MIN:
            return any(within_one_edit(stem, token[:n]) for n in (len(stem) - 1, len(stem), len(stem) + 1))
        return False
    if token == pattern:
        return True
    return len(pattern) >= FUZZY_MIN and within_one_edit(pattern, token)


def _deletions(word: str) -> set[str]:
    return {word[:i] + word[i + 1 :] for i in range(len(word))}


@dataclass(slots=True)
class PhraseIndex:
    """Patterns indexed by their first word, with a typo-tolerant lookup (one edit)."""

    patterns: list[Pattern] = field(default_factory=list)
    _exact: dict[str, list[Pattern]] = field(default_factory=lambda: defaultdict(list))
    _fuzzy: dict[str, list[Pattern]] = field(default_factory=lambda: defaultdict(list))
    _prefixed: list[Pattern] = field(default_factory=list)
    _ages: list[Pattern] = field(default_factory=list)

    def add(self, category: str, phrase: str) -> None:
        words = []
        for raw in phrase.split():
            if raw in (GAP, MINOR_AGE):
                words.append(raw)
                continue
            star = raw.endswith("*")
            norm = tokens(raw.rstrip("*"))
            if not norm:
                continue
            words += [*norm[:-1], norm[-1] + ("*" if star else "")]
        if not words or words[0] == GAP:
            raise ValueError(f"phrase {phrase!r} must start with a word")
        if len(words) == 1 and len(words[0].rstrip("*")) < 4:
            raise ValueError(f"phrase {phrase!r} is too short to stand alone")
        pattern = Pattern(category, tuple(words), phrase)
        self.patterns.append(pattern)
        first = words[0]
        if first == MINOR_AGE:
            self._ages.append(pattern)
        elif first.endswith("*"):
            self._prefixed.append(pattern)
        else:
            self._exact[first].append(pattern)
            if len(first) >= FUZZY_MIN:
                for variant in {first, *_deletions(first)}:
                    self._fuzzy[variant].append(pattern)

    def _starting_at(self, token: str) -> Iterable[Pattern]:
        seen: set[int] = set()
        for pattern in self._exact.get(token, ()):
            seen.add(id(pattern))
            yield pattern
        if len(token) >= FUZZY_MIN - 1:
            for variant in {token, *_deletions(token)}:
                for pattern in self._fuzzy.get(variant, ()):
                    if id(pattern) not in seen:
                        seen.add(id(pattern))
                        yield pattern
        yield from self._prefixed
        if token.isdigit():
            yield from self._ages

    def find(self, text: str) -> list[Pattern]:
        """Every pattern found in ``text`` (at most one per category)."""
        toks = tokens(text)
        found: dict[str, Pattern] = {}
        for i, tok in enumerate(toks):
            for pattern in self._starting_at(tok):
                if pattern.category in found:
                    continue
                if _word_matches(pattern.words[0], tok) and _rest_matches(pattern.words, 1, toks, i + 1):
                    found[pattern.category] = pattern
        return list(found.values())


def _rest_matches(words: tuple[str, ...], w: int, toks: list[str], t: int) -> bool:
    if w == len(words):
        return True
    if words[w] == GAP:
        for skip in range(MAX_GAP + 1):
            if t + skip <= len(toks) and _rest_matches(words, w + 1, toks, t + skip):
                return True
        return False
    return t < len(toks) and _word_matches(words[w], toks[t]) and _rest_matches(words, w + 1, toks, t + 1)


def build_index(lists: Mapping[str, Iterable[str]]) -> PhraseIndex:
    index = PhraseIndex()
    for category, phrases in lists.items():
        for phrase in phrases:
            index.add(category, str(phrase))
    return index
