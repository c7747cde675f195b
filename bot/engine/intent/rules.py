"""Per-language intent rules (``locales/<lang>/intent.yaml``) and the recogniser that reads them.

A rule is a phrase in the safety screen's phrase syntax (see
:mod:`bot.engine.safety.phrases`): normalised words, ``stem*`` for any ending, ``...`` for a
few words in between, ``=word`` for exactly that word. In the intents' rules one typo is
forgiven in words of seven letters or more (``FUZZY_MIN``: shorter near misses are mostly other
words, and in Spanish, Portuguese and Russian often another person of the same verb: "cuento"
and "cuenta"); behaviours and answers forgive it from five ("tindr"). A trailing
``^N`` weighs the rule N times (a phrase that settles the question on its own). Each matched
rule adds its weight times its number of words to its intent, so longer, more specific phrases
count more; two spellings of one rule ("can't", "cant") count once. Russian is read loosely on
both sides (ь and ъ dropped, э as е, ы and й as и), so Latin letters ("eto izmena") and a
skipped soft sign still meet the rules; the English rules are always tried too (people mix
languages), at half weight.

Beside the rules, a small trained model (:mod:`bot.engine.intent.model`) reads the wordings
no list foresaw; :class:`Recogniser` says how the two are combined.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

import yaml

from bot.engine.intent.model import IntentModel
from bot.engine.safety.normalize import tokens
from bot.engine.safety.phrases import GAP, PhraseIndex
from bot.engine.safety.translit import has_latin, latin_to_cyrillic

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
MODEL_FILE = "intent_model.json"
FUZZY_MIN = 7
RULE_FLOOR = 12.0  # the evidence of two plain three-word rules: less is a hint, not a verdict
MODEL_WEIGHT = 1.5
MODEL_MIN_PROB = 0.15  # below this the model's guess is not listed (one in eight is chance)
MODEL_MIN_WORDS = 8
ON_TOPIC = 3.0  # a behaviour named this clearly ("tinder", "his ex"; not "boss" alone) is on topic
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


def _same(text: str) -> str:
    return text


# Russian read loosely on both sides, rules and message: the letters people skip or swap
# (ь and ъ left out, э typed as е, ы and й as и) and what Latin letters make of them
# ("eto" is "ето", "uyti" is "уыти", "ostatsya" is "остаця").
_RU_LOOSE = str.maketrans({"ь": None, "ъ": None, "э": "е", "ё": "е", "ы": "и", "й": "и"})


def _loose_ru(text: str) -> str:
    return text.lower().translate(_RU_LOOSE).replace("тс", "ц")


LOOSE: Mapping[str, Callable[[str], str]] = {"ru": _loose_ru}


@dataclass(slots=True)
class _Language:
    indexes: tuple[PhraseIndex, ...]  # the intents' own, then the behaviours' and answers'
    weights: dict[str, float]  # by category "<section>#<label>#<n>"


def _weighted(phrase: str) -> tuple[str, float]:
    text, sep, weight = phrase.rpartition("^")
    if sep and weight.strip().isdigit():
        return text.strip(), float(weight)
    return phrase.strip(), 1.0


def _compile(raw: Mapping[str, Mapping[str, Sequence[str]]], where: str) -> _Language:
    # "yes", "ex", "dm": short words are the point here. In the intents one typo is forgiven
    # from seven letters (shorter near misses are mostly other words: "trying" is not "crying",
    # "filme" not "firme"); names keep the usual five ("tindr" is still Tinder).
    intents = PhraseIndex(min_alone=2, fuzzy_min=FUZZY_MIN)
    others = PhraseIndex(min_alone=2)
    weights: dict[str, float] = {}
    loose = LOOSE.get(where, _same)
    seen: set[tuple[str, str, tuple[str, ...], frozenset[str], frozenset[str]]] = set()
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
                index = intents if section == "intents" else others
                index.add(category, loose(text))
                pattern = index.patterns[-1]
                key = (section, label, pattern.words, pattern.not_before, pattern.not_after)
                words = [w for w in pattern.words if w != GAP]
                # Two spellings that read the same ("can't", "cant") are one rule, counted once.
                weights[category] = 0.0 if key in seen else weight * len(words)
                seen.add(key)
    return _Language((intents, others), weights)


def read_tokens(text: str, locale: str) -> list[str]:
    """The tokens a message is read as in ``locale`` (Russian typed in Latin letters read as
    the Cyrillic it stands for, then loosely)."""
    if locale == "ru" and has_latin(text):
        text = latin_to_cyrillic(text)
    return tokens(LOOSE.get(locale, _same)(text))


class Recogniser:
    """Reads a message against its language's rules (and the English ones), and its model.

    An intent's score is its share of the rules' evidence (over at least ``RULE_FLOOR``, so a
    single weak rule is not a certainty) plus ``MODEL_WEIGHT`` times the model's probability.
    The model reads a message when a rule heard an intent in it or it has ``MODEL_MIN_WORDS``
    words or more (a short one naming only a behaviour, "he's on tinder", is placed by the
    rules: where it sits). Its class ``none`` (trained on off-topic messages) is how likely the
    message is about something else: ignored once the rules heard an intent or a clear
    behaviour, decisive when they heard neither and the model agrees, so "my boss wants the
    report by friday" opens no conversation. Without a model file, the rules alone decide.
    """

    def __init__(
        self,
        rules: Mapping[str, Mapping[str, Mapping[str, Sequence[str]]]],
        models: Mapping[str, Path | IntentModel] | None = None,
        *,
        eager: bool = True,
    ) -> None:
        """``eager=False`` compiles a language's rules when it is first read (English, read
        beside every language, at once): a language nobody speaks costs nothing."""
        self._rules = dict(rules)
        self._languages: dict[str, _Language] = {}
        for locale in self._rules if eager else [SECOND_LANGUAGE]:
            self._language(locale)
        self._models: dict[str, Path | IntentModel] = dict(models or {})

    def _language(self, locale: str) -> _Language | None:
        language = self._languages.get(locale)
        if language is None and locale in self._rules:
            language = self._languages[locale] = _compile(self._rules[locale], locale)
        return language

    @classmethod
    def load(cls, locales_dir: Path, *, models: bool = True, eager: bool = True) -> Recogniser:
        """Every ``<lang>/intent.yaml``, with its ``intent_model.json`` when there is one
        (and ``models`` is true: without, the rules alone, as the corpus test also prints)."""
        rules = {}
        found: dict[str, Path | IntentModel] = {}
        for path in sorted(locales_dir.glob("*/intent.yaml")):
            rules[path.parent.name] = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
            model = path.parent / MODEL_FILE
            if models and model.exists():
                found[path.parent.name] = model  # read on first use
        return cls(rules, found, eager=eager)

    @property
    def locales(self) -> set[str]:
        return set(self._rules)

    def model(self, locale: str) -> IntentModel | None:
        found = self._models.get(locale)
        if isinstance(found, Path):
            found = self._models[locale] = IntentModel.load(found, locale)
        return found

    def read(self, text: str, locale: str) -> Reading:
        totals: dict[str, dict[str, float]] = {s: defaultdict(float) for s in SECTIONS}
        own = read_tokens(text, locale)
        plans = [(locale, 1.0, own)]
        if locale != SECOND_LANGUAGE:
            plans.append((SECOND_LANGUAGE, SECOND_WEIGHT, tokens(text)))
        for loc, factor, toks in plans:
            language = self._language(loc)
            if language is None:
                continue
            for pattern in (p for index in language.indexes for p in index.find_tokens(toks)):
                section, label, _ = pattern.category.split(_SEP)
                totals[section][label] += factor * language.weights[pattern.category]
        rules = totals["intents"]
        behaviours = totals["behaviours"]
        floor = max(sum(rules.values()), RULE_FLOOR)
        intents = {i: v / floor for i, v in rules.items()}
        model = self.model(locale)
        if model is not None and (rules or len(own) >= MODEL_MIN_WORDS):
            chances = model.probabilities(own)
            other = chances.pop(NONE, 0.0)  # "about something else", if the model learned it
            if rules or max(behaviours.values(), default=0.0) >= ON_TOPIC:
                # The rules heard it is on topic: the model only says which intent.
                chances = {i: p / (1.0 - other) for i, p in chances.items()} if other < 1.0 else chances
            elif other >= max(chances.values(), default=0.0):
                chances = {}  # nothing on topic heard, and the model thinks so too
            for intent, p in chances.items():
                if intent in intents or p >= MODEL_MIN_PROB:
                    intents[intent] = intents.get(intent, 0.0) + MODEL_WEIGHT * p
        order = {name: i for i, name in enumerate(INTENTS)}
        ranked = tuple(sorted(intents, key=lambda i: (-intents[i], order[i])))
        border = {name: i for i, name in enumerate(BEHAVIOURS)}
        behaviour = min(behaviours, key=lambda b: (-behaviours[b], border[b])) if behaviours else NONE
        answers = totals["answers"]
        return Reading(
            ranked,
            behaviour,
            intents,
            tuple(sorted(answers, key=lambda a: -answers[a])),
        )
