"""Phrase lists and the matcher that finds them in a message.

Phrase syntax (``locales/<lang>/safety.yaml``): plain words, matched after
:mod:`normalisation <bot.engine.safety.normalize>`; a trailing ``*`` matches any ending
(``suicid*``); ``...`` allows up to three words in between; ``<minor_age>`` matches a number
from 10 to 17. Words of five letters or more also match with one typo, unless written
``=word`` (exact only: for a word one typo away from an everyday one, like "esganou" and
"enganou"). ``!word`` at the start means "not right after that word", at the end "not right
before it": ``dont want to live !with``.
"""

from __future__ import annotations

import sys
from collections import defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field

from bot.engine.safety.normalize import tokens, within_one_edit

GAP = "..."
MAX_GAP = 3
MINOR_AGE = "<minor_age>"
EXACT = "="
EXCLUDE = "!"
FUZZY_MIN = 5
STEM_KEY = 3  # a stem ("suicid*") is found by its first letters; a typo is tolerated after them
NEGATION_SCOPE = 3  # a negation this many words before a match undoes it
# ... except where the negation is the meaning ("nobody would miss me", "can't go on").
NEGATION_KEEPS = frozenset({"self_harm"})
_NONE: frozenset[str] = frozenset()  # one empty set for every phrase without exclusions


@dataclass(frozen=True, slots=True)
class Pattern:
    category: str
    words: tuple[str, ...]  # normalised; may hold GAP and MINOR_AGE
    source: str
    anchor: int = 0  # index of the anchor word in ``words``
    fixed: bool = True  # without a gap, a match starts a fixed distance before its anchor
    not_before: frozenset[str] = frozenset()  # "!no want to die": not right after "no"
    not_after: frozenset[str] = frozenset()  # "dont want to live !with": not right before "with"


def _word_matches(pattern: str, token: str, fuzzy_min: int = FUZZY_MIN) -> bool:
    if pattern.startswith(EXACT):
        return token == pattern[1:]
    if pattern == MINOR_AGE:
        return token.isdigit() and 10 <= int(token) <= 17
    if pattern.endswith("*"):
        stem = pattern[:-1]
        if token.startswith(stem):
            return True
        if len(stem) >= fuzzy_min:
            return any(within_one_edit(stem, token[:n]) for n in (len(stem) - 1, len(stem), len(stem) + 1))
        return False
    if token == pattern:
        return True
    return len(pattern) >= fuzzy_min and within_one_edit(pattern, token)


def _deletions(word: str) -> set[str]:
    return {word[:i] + word[i + 1 :] for i in range(len(word))}


def _anchor(words: tuple[str, ...]) -> tuple[int, list[str]]:
    """The word a match cannot do without (the longest plain one, if any), and its keys.

    Screening looks only at patterns whose anchor appears in the message, allowing for the
    same one typo, which keeps it well under a millisecond for thousands of phrases.
    """
    plain = [
        i
        for i, w in enumerate(words)
        if w not in (GAP, MINOR_AGE) and not w.startswith(EXACT) and not w.endswith("*")
    ]
    if plain:
        at = max(plain, key=lambda i: len(words[i]))
        word = words[at]
        return at, ([word, *_deletions(word)] if len(word) >= FUZZY_MIN else [word])
    stems = [i for i, w in enumerate(words) if w.endswith("*")]
    if stems:
        at = max(stems, key=lambda i: len(words[i]))
        return at, sorted(_stem_keys(words[at].rstrip("*")))
    exact = [i for i, w in enumerate(words) if w.startswith(EXACT)]
    if exact:
        return exact[0], [words[exact[0]][1:]]
    return words.index(MINOR_AGE), ["#age"]


def _stem_keys(word: str) -> set[str]:
    """Keys for a word's beginning that survive one typo in its first letters (each side drops
    one of its first four letters, as in SymSpell)."""
    head = word[: STEM_KEY + 1]
    keys = {"*" + word[:STEM_KEY]}
    if len(word) >= FUZZY_MIN:
        keys |= {"*" + d[:STEM_KEY] for d in _deletions(head)}
    return keys


def _message_keys(toks: list[str]) -> dict[str, list[int]]:
    """Every key a token of the message can meet an anchor under, with where it stands."""
    keys: dict[str, list[int]] = defaultdict(list)
    for pos, tok in enumerate(toks):
        variants = {tok} | _stem_keys(tok)
        if len(tok) >= FUZZY_MIN:
            variants |= _deletions(tok)
        if tok.isdigit():
            variants.add("#age")
        for key in variants:
            keys[key].append(pos)
    return keys


@dataclass(slots=True)
class PhraseIndex:
    """Patterns indexed by an anchor word each, with a typo-tolerant lookup (one edit)."""

    patterns: list[Pattern] = field(default_factory=list)
    min_alone: int = 4  # the fewest letters a one-word phrase may have (fewer: too common)
    # The fewest letters a word (or stem) needs for one typo to be forgiven. The intent rules
    # ask for more: there a near miss is more often another word ("heating" for "healing").
    fuzzy_min: int = FUZZY_MIN
    # A key's patterns as a tuple: a list keeps room to grow (this index lives as long as the
    # process, with a key for every one-typo spelling of every anchor).
    _by_key: dict[str, tuple[Pattern, ...]] = field(default_factory=dict)

    def add(self, category: str, phrase: str) -> None:
        words: list[str] = []
        plain: list[str] = []  # consecutive plain words, tokenised together like a message

        def flush() -> None:
            if plain:
                words.extend(tokens(" ".join(plain)))
                plain.clear()

        raw_words = phrase.split()
        leading = [w for w in _takewhile_excl(raw_words)]
        trailing = [w for w in _takewhile_excl(list(reversed(raw_words)))]
        core = raw_words[len(leading) : len(raw_words) - len(trailing)]
        not_before = frozenset(t for w in leading for t in tokens(w[1:])) or _NONE
        not_after = frozenset(t for w in trailing for t in tokens(w[1:])) or _NONE
        for raw in core:
            if raw.startswith(EXCLUDE):
                raise ValueError(f"phrase {phrase!r}: '!word' goes only at the start or the end")
            if raw in (GAP, MINOR_AGE):
                flush()
                words.append(raw)
            elif raw.startswith(EXACT) and len(raw) > 1:
                flush()
                norm = tokens(raw[1:])
                words += [EXACT + t for t in norm]
            elif raw.endswith("*"):
                flush()
                norm = tokens(raw.rstrip("*"))
                if norm:
                    words += [*norm[:-1], norm[-1] + "*"]
            else:
                plain.append(raw)
        flush()
        if not words or words[0] == GAP:
            raise ValueError(f"phrase {phrase!r} must start with a word")
        if len(words) == 1 and len(words[0].strip("*=")) < self.min_alone:
            raise ValueError(f"phrase {phrase!r} is too short to stand alone")
        # the same word in many phrases is one string (interned), not one per phrase
        shared = tuple(sys.intern(w) for w in words)
        at, keys = _anchor(shared)
        pattern = Pattern(category, shared, phrase, at, GAP not in words, not_before, not_after)
        self.patterns.append(pattern)
        for key in keys:
            self._by_key[key] = (*self._by_key.get(key, ()), pattern)

    def find(self, text: str) -> list[Pattern]:
        """Every pattern found in ``text`` (at most one per category)."""
        return self.find_tokens(tokens(text))

    def find_tokens(self, toks: list[str], negations: frozenset[str] = frozenset()) -> list[Pattern]:
        """Every pattern found (at most one per category); a match right after a negation
        ("never been violent with me") does not count."""
        # Many keys (a word and its one-typo variants) lead to the same pattern: check each
        # candidate once, at every position where its anchor was seen.
        candidates: dict[int, tuple[Pattern, set[int]]] = {}
        for key, positions in _message_keys(toks).items():
            for pattern in self._by_key.get(key, ()):
                entry = candidates.get(id(pattern))
                if entry is None:
                    candidates[id(pattern)] = (pattern, set(positions))
                else:
                    entry[1].update(positions)
        found: dict[str, Pattern] = {}
        for pattern, anchored_at in candidates.values():
            if pattern.category in found:
                continue
            if pattern.fixed:
                starts: Iterable[int] = sorted(p - pattern.anchor for p in anchored_at if p >= pattern.anchor)
            else:
                starts = range(len(toks))
            for i in starts:
                if not _word_matches(pattern.words[0], toks[i], self.fuzzy_min):
                    continue
                if i > 0 and toks[i - 1] in pattern.not_before:
                    continue
                if (
                    pattern.category not in NEGATION_KEEPS
                    and negations
                    and any(t in negations for t in toks[max(0, i - NEGATION_SCOPE) : i])
                ):
                    continue
                end = _match_end(pattern.words, 1, toks, i + 1, self.fuzzy_min)
                if end < 0 or (end < len(toks) and toks[end] in pattern.not_after):
                    continue
                found[pattern.category] = pattern
                break
        return list(found.values())


def _match_end(words: tuple[str, ...], w: int, toks: list[str], t: int, fuzzy_min: int = FUZZY_MIN) -> int:
    """Where a match of ``words[w:]`` starting at token ``t`` ends (exclusive), or -1."""
    if w == len(words):
        return t
    if words[w] == GAP:
        for skip in range(MAX_GAP + 1):
            if t + skip <= len(toks):
                end = _match_end(words, w + 1, toks, t + skip, fuzzy_min)
                if end >= 0:
                    return end
        return -1
    if t < len(toks) and _word_matches(words[w], toks[t], fuzzy_min):
        return _match_end(words, w + 1, toks, t + 1, fuzzy_min)
    return -1


def _takewhile_excl(words: list[str]) -> list[str]:
    out = []
    for word in words:
        if not word.startswith(EXCLUDE) or len(word) < 2:
            break
        out.append(word)
    return out


def build_index(lists: Mapping[str, Iterable[str]]) -> PhraseIndex:
    index = PhraseIndex()
    for category, phrases in lists.items():
        for phrase in phrases:
            index.add(category, str(phrase))
    return index
