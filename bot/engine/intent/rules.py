"""Per-language intent rules (``locales/<lang>/intent.yaml``) and the recogniser that reads them.

A rule is a phrase in the safety screen's phrase syntax (see
:mod:`bot.engine.safety.phrases`): normalised words, ``stem*`` for any ending, ``...`` for a
few words in between, one typo forgiven in words of five letters or more. A trailing ``^N``
weighs the rule N times (a phrase that settles the question on its own). Each matched rule
adds its weight times its number of words to its intent, so longer, more specific phrases
count more. Russian typed in Latin letters is read as the Cyrillic it stands for, and the
English rules are always tried too (people mix languages), at half weight.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

import yaml

from bot.engine.safety.normalize import screen_tokens, tokens
from bot.engine.safety.phrases import GAP, PhraseIndex

# The intents, in the order that breaks a tie (the gentlest first: overwhelmed before all).
INTENTS: tuple[str, ...] = (
    "overwhelmed",
    "found_out",
    "did_it",
    "bring_up",
    "talked",
    "is_normal",
    "leave",
    "agree_rules",
)
BEHAVIOURS: tuple[str, ...] = (
    "dating_app",
    "ex",
    "coworker",
    "flirting",
    "hidden_chats",
    "social_media",
    "sexting",
    "emotional_closeness",
)
NONE = "none"
SECTIONS = ("intents", "behaviours", "answers")
SECOND_LANGUAGE = "en"
SECOND_WEIGHT = 0.5
_SEP = "#"


@dataclass(frozen=True, slots=True)
class Reading:
    """What a message seems to ask for: intents best first (only those with any evidence),
    the behaviour it names (``none`` if no one), and the typed answers it contains."""

    intents: tuple[str, ...]
    behaviour: str
    scores: Mapping[str, float]
    answers: tuple[str, ...] = ()

    @property
    def top(self) -> str | None:
        return self.intents[0] if self.intents else None

    @property
    def sure(self) -> bool:
        """The first intent is clearly ahead of the second."""
        if not self.intents:
            return False
        if len(self.intents) == 1:
            return True
        first, second = (self.scores[i] for i in self.intents[:2])
        return first >= 2 * second


@dataclass(slots=True)
class _Language:
    index: PhraseIndex
    weights: dict[str, float]  # by category "<section>#<label>#<n>"


def _weighted(phrase: str) -> tuple[str, float]:
    text, sep, weight = phrase.rpartition("^")
    if sep and weight.strip().isdigit():
        return text.strip(), float(weight)
    return phrase.strip(), 1.0


def _compile(raw: Mapping[str, Mapping[str, Sequence[str]]], where: str) -> _Language:
    index = PhraseIndex(min_alone=2)  # "yes", "ex", "dm": short words are the point here
    weights: dict[str, float] = {}
    unknown = set(raw) - set(SECTIONS)
    if unknown:
        raise ValueError(f"{where}: unknown sections {sorted(unknown)}")
    for section, groups in raw.items():
        known = INTENTS if section == "intents" else BEHAVIOURS if section == "behaviours" else None
        for label, phrases in (groups or {}).items():
            if known is not None and label not in known:
                raise ValueError(f"{where}: unknown {section[:-1]} {label!r}")
            for n, phrase in enumerate(phrases or ()):
                text, weight = _weighted(str(phrase))
                category = f"{section}{_SEP}{label}{_SEP}{n}"
                index.add(category, text)
                words = [w for w in index.patterns[-1].words if w != GAP]
                weights[category] = weight * len(words)
    return _Language(index, weights)


class Recogniser:
    """Reads a message against its language's rules (and the English ones)."""

    def __init__(self, rules: Mapping[str, Mapping[str, Mapping[str, Sequence[str]]]]) -> None:
        self._languages = {loc: _compile(raw, loc) for loc, raw in rules.items()}

    @classmethod
    def load(cls, locales_dir: Path) -> Recogniser:
        rules = {}
        for path in sorted(locales_dir.glob("*/intent.yaml")):
            rules[path.parent.name] = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
        return cls(rules)

    @property
    def locales(self) -> set[str]:
        return set(self._languages)

    def read(self, text: str, locale: str) -> Reading:
        totals: dict[str, dict[str, float]] = {s: defaultdict(float) for s in SECTIONS}
        plans = [(locale, 1.0, screen_tokens(text, locale))]
        if locale != SECOND_LANGUAGE:
            plans.append((SECOND_LANGUAGE, SECOND_WEIGHT, tokens(text)))
        for loc, factor, toks in plans:
            language = self._languages.get(loc)
            if language is None:
                continue
            for pattern in language.index.find_tokens(toks):
                section, label, _ = pattern.category.split(_SEP)
                totals[section][label] += factor * language.weights[pattern.category]
        order = {name: i for i, name in enumerate(INTENTS)}
        intents = totals["intents"]
        ranked = tuple(sorted(intents, key=lambda i: (-intents[i], order[i])))
        behaviours = totals["behaviours"]
        border = {name: i for i, name in enumerate(BEHAVIOURS)}
        behaviour = min(behaviours, key=lambda b: (-behaviours[b], border[b])) if behaviours else NONE
        answers = totals["answers"]
        return Reading(
            ranked,
            behaviour,
            dict(intents),
            tuple(sorted(answers, key=lambda a: -answers[a])),
        )
