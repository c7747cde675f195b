"""Training the intent model from the development sets (``python -m bot train-intent``).

- learned from: every ``tests/intent_corpus/dev/<lang>.yaml`` and ``dev/<lang>-*.yaml`` (blind
  sets join them once they have decided something, as ``dev/<lang>-blind-N.yaml``; the
  off-topic messages of ``dev/<lang>-off-topic.yaml`` teach the class ``none``);
- never read: ``tests/intent_corpus/blind/``, which only measures.
"""

from __future__ import annotations

from pathlib import Path

import yaml

from bot.engine.intent.model import IntentModel, train
from bot.engine.intent.rules import BEHAVIOURS, INTENTS, MODEL_FILE, NONE, read_tokens


def read_items(path: Path) -> list[dict[str, str]]:
    """A corpus file's labelled messages (``intent``, ``behaviour``, ``text``), checked. The
    intent ``none`` marks a message about something else (``dev/<lang>-off-topic.yaml``)."""
    items = (yaml.safe_load(path.read_text(encoding="utf-8")) or {}).get("items") or []
    for item in items:
        if item.get("intent") not in (*INTENTS, NONE) or item.get("behaviour") not in (*BEHAVIOURS, NONE):
            raise ValueError(f"{path}: unknown intent or behaviour in {item!r}")
        if not isinstance(item.get("text"), str) or not item["text"].strip():
            raise ValueError(f"{path}: an item without text: {item!r}")
    return [{"intent": i["intent"], "behaviour": i["behaviour"], "text": i["text"]} for i in items]


def development_files(corpus_dir: Path, locale: str) -> list[Path]:
    """The language's development set first, then the retired blind sets and any others."""
    dev = corpus_dir / "dev"
    first = dev / f"{locale}.yaml"
    return [first] * first.exists() + sorted(dev.glob(f"{locale}-*.yaml"))


def development_items(corpus_dir: Path, locale: str) -> list[dict[str, str]]:
    """Every development message of a language, the retired blind sets included."""
    return [item for path in development_files(corpus_dir, locale) for item in read_items(path)]


def train_locale(corpus_dir: Path, locale: str) -> IntentModel:
    items = development_items(corpus_dir, locale)
    if not items:
        raise ValueError(f"no development set for {locale} under {corpus_dir / 'dev'}")
    classes = (*INTENTS, NONE) if any(i["intent"] == NONE for i in items) else INTENTS
    return train([(read_tokens(i["text"], locale), i["intent"]) for i in items], classes, locale)


def train_all(corpus_dir: Path, locales_dir: Path, locales: list[str]) -> dict[str, int]:
    """Train and store each language's model; how many messages each learned from."""
    counts = {}
    for locale in locales:
        model = train_locale(corpus_dir, locale)
        model.save(locales_dir / locale / MODEL_FILE)
        counts[locale] = len(development_items(corpus_dir, locale))
    return counts
