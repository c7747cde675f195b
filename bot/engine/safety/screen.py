"""The text guards: the safety screen, and the honest answer to "are you a bot?"."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

import yaml

from bot.engine.guards import GuardHit
from bot.engine.outbound import Text
from bot.engine.safety.normalize import tokens
from bot.engine.safety.phrases import PhraseIndex, build_index

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
# When several categories are found, the confirmation asks about the most urgent first.
PRIORITY = {c: i for i, c in enumerate(SAFETY_CATEGORIES)}


@dataclass(frozen=True, slots=True)
class PhraseBook:
    """Phrase lists by locale and category, as written in ``locales/<lang>/safety.yaml``."""

    lists: Mapping[str, Mapping[str, Sequence[str]]]

    @classmethod
    def load(cls, locales_dir: Path) -> PhraseBook:
        lists: dict[str, dict[str, list[str]]] = {}
        for path in sorted(locales_dir.glob("*/safety.yaml")):
            raw = yaml.load(path.read_text(encoding="utf-8"), Loader=_YamlLoader) or {}  # noqa: S506
            unknown = set(raw) - {*SAFETY_CATEGORIES, IDENTITY}
            if unknown:
                raise ValueError(f"{path}: unknown categories {sorted(unknown)}")
            lists[path.parent.name] = {k: [str(p) for p in v or ()] for k, v in raw.items()}
        return cls(lists)


class SafetyScreen:
    """Finds crisis, abuse and control phrases in any message; English is always checked
    too, since people mix languages."""

    def __init__(self, book: PhraseBook, *, eager: bool = True) -> None:
        self._book = book
        self._indexes: dict[str, PhraseIndex] = {}
        for locale in book.lists if eager else ("en",):
            self._index(locale)

    def _index(self, locale: str) -> PhraseIndex | None:
        """The locale's phrases together with the English ones, built on first use."""
        index = self._indexes.get(locale)
        if index is None and locale in self._book.lists:
            english = self._book.lists.get("en", {}) if locale != "en" else {}
            lists = self._book.lists[locale]
            index = self._indexes[locale] = build_index(
                {c: [*lists.get(c, ()), *english.get(c, ())] for c in SAFETY_CATEGORIES}
            )
        return index

    def categories(self, text: str, locale: str) -> list[str]:
        index = self._index(locale) or self._index("en")
        if index is None:
            return []
        found = {p.category for p in index.find_tokens(tokens(text))}
        return sorted(found, key=PRIORITY.__getitem__)

    def inspect(self, text: str, locale: str) -> GuardHit | None:
        found = self.categories(text, locale)
        if not found:
            return None
        return GuardHit(screen="safety_check", data={"category": found[0], "text": text})


class IdentityGuard:
    """Answers "are you a bot / a person / a therapist?" truthfully, in any state."""

    def __init__(self, book: PhraseBook) -> None:
        self._indexes = {
            locale: build_index({IDENTITY: lists.get(IDENTITY, ())}) for locale, lists in book.lists.items()
        }

    def asks(self, text: str, locale: str) -> bool:
        return any(self._indexes[loc].find(text) for loc in {locale, "en"} if loc in self._indexes)

    def inspect(self, text: str, locale: str) -> GuardHit | None:
        if len(text) > 200 or not self.asks(text, locale):
            return None  # a long message that mentions bots is not a question about Candor
        return GuardHit(notice=Text("identity-answer"))
