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
            raw = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
            unknown = set(raw) - {*SAFETY_CATEGORIES, IDENTITY}
            if unknown:
                raise ValueError(f"{path}: unknown categories {sorted(unknown)}")
            lists[path.parent.name] = {k: [str(p) for p in v or ()] for k, v in raw.items()}
        return cls(lists)


class SafetyScreen:
    """Finds crisis, abuse and control phrases in any message; English is always checked
    too, since people mix languages."""

    def __init__(self, book: PhraseBook) -> None:
        english = book.lists.get("en", {})
        self._indexes: dict[str, PhraseIndex] = {}
        for locale, lists in book.lists.items():
            merged = {
                category: [*lists.get(category, ()), *(english.get(category, ()) if locale != "en" else ())]
                for category in SAFETY_CATEGORIES
            }
            self._indexes[locale] = build_index(merged)

    def categories(self, text: str, locale: str) -> list[str]:
        index = self._indexes.get(locale) or self._indexes.get("en")
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
