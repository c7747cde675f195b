"""The text guards: the safety screen, and the honest answer to "are you a bot?"."""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, replace
from pathlib import Path

import yaml

from bot.engine.guards import GuardHit
from bot.engine.logic.common import SAFETY_FLAG
from bot.engine.outbound import Text
from bot.engine.safety.model import NEGATIONS, Reading, SafetyModel
from bot.engine.safety.normalize import screen_tokens, tokens
from bot.engine.safety.phrases import PhraseIndex, build_index
from bot.engine.safety.translit import has_cyrillic, has_latin, reads_as_english

# libyaml's safe loader when present: these lists hold thousands of phrases.
_YamlLoader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)

SAFETY_CATEGORIES = (
    "self_harm",
    "harm_others",
    "fear",
    "threats",
    "violence",
    "sexual_coercion",
    "control",
    "minor",
)
IDENTITY = "identity"
# Lists in safety.yaml that steer the answer but never open the check on their own.
NOW = "now"  # danger happening now: taken pills, at the door, on the bridge
PARTNER_SELF_HARM = "partner_self_harm"  # "he says he'll kill himself if I leave"
AGENT_SELF = "agent_self"  # "I want to ...", "I'm going to ...": the writer as the one who acts
TARGET_SELF = "target_self"  # "what he'll do to me": the writer as the one something is done to
STEERING = (NOW, PARTNER_SELF_HARM, AGENT_SELF, TARGET_SELF)
LISTS = (*SAFETY_CATEGORIES, IDENTITY, *STEERING)
MIN_MODEL_WORDS = 3  # an identity question the model may recognise without a listed phrase
# ... and without a question mark, one this long: three words with none are mostly an answer
# typed in a conversation ("what you need"), and the common short questions are listed.
MIN_MODEL_WORDS_UNASKED = 4
# A listed self-harm phrase in a message this short always opens the check: there is no
# context in it from which the model could tell a joke ("me quiero matar", "убью себя" and
# "a vida não vale a pena" said alone were read as nothing by models that had learned the
# words mostly from jokes and negations). The phrase lists' own exceptions still apply.
SHORT_SELF_HARM = 6
# Up to this many words, a message the language test cannot tell ("he hit me") is read by the
# English model too when an English phrase names a risk in it. Longer ones are told apart,
# and there "suicid*" in Spanish or Portuguese is not English.
SHORT_ENGLISH = 5
# A phrase right after a negation does not count; English is screened in every language,
# except for English negations that are everyday words of the language ("no" is Portuguese
# for "in the": "no telhado" is on the roof).
_NOT_NEGATIONS = {"pt": frozenset({"no"})}
_NEGATIONS_WITH_ENGLISH = {
    loc: words | (NEGATIONS["en"] - _NOT_NEGATIONS.get(loc, frozenset())) for loc, words in NEGATIONS.items()
}
# When several categories are found, the confirmation asks about the most urgent first.
PRIORITY = {c: i for i, c in enumerate(SAFETY_CATEGORIES)}
DANGER = ("violence", "threats", "fear", "sexual_coercion")

# Who is at risk, by category: this picks the question the confirmation asks.
GROUPS = {
    "self_harm": "self-harm",
    "harm_others": "harm-others",
    "fear": "danger",
    "threats": "danger",
    "violence": "danger",
    "sexual_coercion": "sexual",
    "control": "control",
    "minor": "minor",
}


# Groups whose "yes" may be followed by a discreet check on the person the next day.
FOLLOW_UP = ("self-harm", "danger", "sexual", "control", "partner-threat")
# Groups after which every flow puts safety planning before any conversation or decision.
SAFETY_FIRST = ("danger", "sexual", "control", "partner-threat")


@dataclass(frozen=True, slots=True)
class Thresholds:
    """Where the model's reading turns into a check (chosen on the development sets; see
    tests/test_safety_corpus.py for the figures they give)."""

    risk: float = 0.5  # the model alone opens the check
    confirm: float = 0.12  # a phrase opens it unless the model is this sure it's nothing
    now: float = 0.5
    identity: float = 0.5

    def adopt(self, chosen: Mapping[str, float]) -> Thresholds:
        """These thresholds, with those chosen for a language's model when it was trained."""
        if not chosen:
            return self
        known = {k: float(v) for k, v in chosen.items() if k in ("risk", "confirm", "now", "identity")}
        return replace(self, **known)


@dataclass(frozen=True, slots=True)
class Finding:
    """What the screen found: the likeliest category, who is at risk, and whether the
    message says it is happening now."""

    category: str
    group: str
    now: bool

    def data(self, text: str) -> dict[str, object]:
        return {"category": self.category, "group": self.group, "now": self.now, "text": text}


@dataclass(frozen=True, slots=True)
class PhraseBook:
    """Phrase lists by locale and category, as written in ``locales/<lang>/safety.yaml``."""

    lists: Mapping[str, Mapping[str, Sequence[str]]]

    @classmethod
    def load(cls, locales_dir: Path) -> PhraseBook:
        lists: dict[str, dict[str, list[str]]] = {}
        for path in sorted(locales_dir.glob("*/safety.yaml")):
            raw = yaml.load(path.read_text(encoding="utf-8"), Loader=_YamlLoader) or {}  # noqa: S506
            unknown = set(raw) - set(LISTS)
            if unknown:
                raise ValueError(f"{path}: unknown categories {sorted(unknown)}")
            lists[path.parent.name] = {k: [str(p) for p in v or ()] for k, v in raw.items()}
        return cls(lists)


def reader_of(text: str, locale: str) -> str:
    """The language whose model reads a message: English typed in a Spanish, Portuguese or
    Russian chat is read by the English model (the Russian one would read it as Russian in
    Latin letters, where "i want to die" is noise)."""
    return "en" if locale != "en" and has_latin(text) and reads_as_english(text) else locale


class Models:
    """Each language's trained model (``locales/<lang>/safety_model.json``), read on first use."""

    def __init__(self, locales_dir: Path, locales: Iterable[str]) -> None:
        self._dir = locales_dir
        self._known = {loc for loc in locales if (locales_dir / loc / "safety_model.json").exists()}
        self._loaded: dict[str, SafetyModel] = {}

    def get(self, locale: str) -> SafetyModel | None:
        model = self._loaded.get(locale)
        if model is None and locale in self._known:
            model = self._loaded[locale] = SafetyModel.load(self._dir / locale / "safety_model.json", locale)
        return model

    @property
    def locales(self) -> set[str]:
        return set(self._known)


class SafetyScreen:
    """Finds crisis, abuse and control in any message: the phrase lists (precise, and they
    explain themselves) together with a model that recognises the same meanings in words the
    lists were never given. English phrases are always checked too, since people mix
    languages."""

    def __init__(
        self,
        book: PhraseBook,
        models: Models | None = None,
        *,
        eager: bool = True,
        thresholds: Thresholds | None = None,
    ) -> None:
        self._book = book
        self._models = models
        self.thresholds = thresholds or Thresholds()
        self._adopted: dict[str, Thresholds] = {}
        self._indexes: dict[str, PhraseIndex] = {}
        for locale in book.lists if eager else ("en",):
            self._index(locale)
            if eager and models is not None:
                models.get(locale)

    def _index(self, locale: str) -> PhraseIndex | None:
        """The locale's phrases together with the English ones, built on first use."""
        index = self._indexes.get(locale)
        if index is None and locale in self._book.lists:
            english = self._book.lists.get("en", {}) if locale != "en" else {}
            lists = self._book.lists[locale]
            screened = (*SAFETY_CATEGORIES, *STEERING)
            index = self._indexes[locale] = build_index(
                {c: [*lists.get(c, ()), *english.get(c, ())] for c in screened}
            )
        return index

    def phrases(self, text: str, locale: str) -> set[str]:
        """The lists whose phrases stand in ``text`` (risk categories and the steering lists)."""
        return self._phrases(text, screen_tokens(text, locale), locale)

    def _phrases(self, text: str, toks: list[str], locale: str) -> set[str]:
        index = self._index(locale) or self._index("en")
        if index is None:
            return set()
        negations = _NEGATIONS_WITH_ENGLISH.get(locale, NEGATIONS["en"])
        found = {p.category for p in index.find_tokens(toks, negations)}
        if locale == "ru" and has_latin(text):  # English written in a Russian chat
            found |= {p.category for p in index.find_tokens(tokens(text), negations)}
        return found

    def _limits(self, locale: str, model: SafetyModel) -> Thresholds:
        """The thresholds for a language: the defaults, with those its model was trained with."""
        limits = self._adopted.get(locale)
        if limits is None:
            limits = self._adopted[locale] = self.thresholds.adopt(model.thresholds)
        return limits

    def _read(
        self, text: str, toks: list[str], locale: str, listed: bool
    ) -> tuple[Reading, Thresholds] | None:
        """The model's reading and its language's limits. English typed in another language's
        chat is read by the English model; so, too, is a message of a few words, too short for
        the language test ("he hit me"), when an English phrase names a risk in it and English
        reads more risk in it than the chat's own language does."""
        if self._models is None:
            return None
        readers = [reader_of(text, locale)]
        plain = toks if readers[0] == locale else tokens(text)  # the words as English reads them
        if readers[0] != "en" and listed and len(toks) <= SHORT_ENGLISH and has_latin(text):
            plain = tokens(text)
            if self._listed_in_english(plain):
                readers.append("en")
        best: tuple[Reading, Thresholds] | None = None
        for reader in readers:
            model = self._models.get(reader)
            if model is None:
                continue
            reading = model.read(toks if reader == locale else plain)
            if best is None or reading.any_risk > best[0].any_risk:
                best = reading, self._limits(reader, model)
        return best

    def _listed_in_english(self, plain: list[str]) -> bool:
        english = self._index("en")
        found = english.find_tokens(plain, NEGATIONS["en"]) if english is not None else []
        return any(p.category in SAFETY_CATEGORIES for p in found)

    def find(self, text: str, locale: str) -> Finding | None:
        toks = screen_tokens(text, locale)
        listed = self._phrases(text, toks, locale)
        if PARTNER_SELF_HARM in listed:
            listed.add("threats")  # a partner's threat to hurt themself is a threat used as control
        listed_risk = [c for c in SAFETY_CATEGORIES if c in listed]
        read = self._read(text, toks, locale, bool(listed_risk))
        if read is None:
            if not listed_risk:
                return None
            category = min(listed_risk, key=PRIORITY.__getitem__)
            return self._finding(category, listed, now=NOW in listed)
        reading, limits = read
        risk = reading.any_risk
        urgent = bool(listed_risk) and NOW in listed  # a listed risk, said to be happening now
        said_alone = "self_harm" in listed and len(toks) <= SHORT_SELF_HARM
        if not (urgent or said_alone or risk >= limits.risk or (listed_risk and risk >= limits.confirm)):
            return None
        # A phrase names the category when there is one (the likeliest of those named);
        # otherwise the model's likeliest.
        scores = {c: reading.risk.get(c, 0.0) for c in SAFETY_CATEGORIES}
        named = listed_risk or list(SAFETY_CATEGORIES)
        category = max(named, key=lambda c: (scores[c], -PRIORITY[c]))
        if category == "harm_others" and (
            AGENT_SELF not in listed
            or TARGET_SELF in listed
            or any(c in listed for c in DANGER)
            or max(scores[c] for c in DANGER) > scores["harm_others"]
        ):
            # A victim is never asked whether they might hurt someone: unless the writer speaks
            # only as the one who would act ("I want to...", "I'm going to...", and nothing
            # like "what he'll do to me") and the model, too, reads them as the one who would
            # act rather than the one in danger, the question is about danger to them.
            category = max(DANGER, key=scores.__getitem__)
        now = reading.now >= limits.now or NOW in listed
        return self._finding(category, listed, now=now)

    @staticmethod
    def _finding(category: str, listed: set[str], *, now: bool) -> Finding:
        group = GROUPS[category]
        if PARTNER_SELF_HARM in listed and category in ("self_harm", "threats", "control", "fear"):
            group = "partner-threat"  # their threat to hurt themself is about control, not the writer
        return Finding(category, group, now and category != "minor")

    def inspect(self, text: str, locale: str) -> GuardHit | None:
        finding = self.find(text, locale)
        if finding is None:
            return None
        if finding.now:
            # Danger now: the emergency number first, then the lines, before any question.
            data = {"reason": finding.group, "now": True, "text": text, "offer": finding.group in FOLLOW_UP}
            flags = (SAFETY_FLAG,) if finding.group in SAFETY_FIRST else ()
            return GuardHit(screen="sos", data=data, safety=True, flags=flags)
        return GuardHit(screen="safety_check", data=finding.data(text), safety=True)


class IdentityGuard:
    """Answers "are you a bot / a person / a therapist?" truthfully, in any state: the
    identity phrases of the person's language and English, or the model's identity reading."""

    def __init__(self, book: PhraseBook, models: Models | None = None) -> None:
        self._book = book
        self._indexes: dict[str, PhraseIndex] = {}  # built when a language is first screened
        self._models = models
        self._bars: dict[str, float] = {}  # the identity threshold per language

    def _index(self, locale: str) -> PhraseIndex | None:
        index = self._indexes.get(locale)
        if index is None and locale in self._book.lists:
            lists = self._book.lists[locale]
            index = self._indexes[locale] = build_index({IDENTITY: lists.get(IDENTITY, ())})
        return index

    def asks(self, text: str, locale: str) -> bool:
        toks = screen_tokens(text, locale)
        if self._listed(text, toks, locale):
            return True
        reader = reader_of(text, locale)
        model = self._models.get(reader) if self._models is not None else None
        least = MIN_MODEL_WORDS if "?" in text else MIN_MODEL_WORDS_UNASKED
        if model is None or len(toks) < least:
            return False  # "UTC", "Sam": too short for the model to tell; the phrases decide
        bar = self._bars.get(reader)
        if bar is None:
            bar = self._bars[reader] = Thresholds().adopt(model.thresholds).identity
        return model.read(toks if reader == locale else tokens(text)).identity >= bar

    def _listed(self, text: str, toks: list[str], locale: str) -> bool:
        """A listed identity phrase: the chat's language's or English, read as the chat reads
        the message; or another language's own words, in the script it is written in
        ("eres una persona real?" in an English chat, "ты бот?" in a Spanish one). Russian
        typed in Latin letters is expected in a Russian chat alone, where the chat's reading
        takes it, as it takes English typed there."""
        latin, cyrillic = has_latin(text), has_cyrillic(text)
        for loc in self._book.lists:
            if loc in (locale, "en"):
                read = toks
            elif cyrillic if loc == "ru" else latin:
                read = screen_tokens(text, loc)
            else:
                continue
            index = self._index(loc)
            if index is not None and index.find_tokens(read):
                return True
        english = self._index("en")
        return locale == "ru" and latin and english is not None and bool(english.find(text))

    def inspect(self, text: str, locale: str) -> GuardHit | None:
        if len(text) > 200 or not self.asks(text, locale):
            return None  # a long message that mentions bots is not a question about Candor
        return GuardHit(notice=Text("identity-answer"))
