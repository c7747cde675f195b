"""The safety screen against labelled corpora, one per locale (tests/safety_corpus/<lang>.yaml).

Recall on messages that must trigger is 100%; false triggers on ordinary relationship
messages are at most 5%. Both figures are printed (run with -s to see them).
"""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from bot.config import PROJECT_ROOT
from bot.engine.safety.screen import SAFETY_CATEGORIES, PhraseBook, SafetyScreen

CORPUS = Path(__file__).resolve().parent / "safety_corpus"
LOCALES = sorted(p.stem for p in CORPUS.glob("*.yaml"))


@pytest.fixture(scope="module")
def screen() -> SafetyScreen:
    return SafetyScreen(PhraseBook.load(PROJECT_ROOT / "locales"))


def _corpus(locale: str) -> dict[str, list]:
    return yaml.safe_load((CORPUS / f"{locale}.yaml").read_text(encoding="utf-8"))


def test_every_locale_has_phrases_and_a_corpus() -> None:
    with_phrases = sorted(p.parent.name for p in (PROJECT_ROOT / "locales").glob("*/safety.yaml"))
    with_texts = sorted(p.name for p in (PROJECT_ROOT / "locales").iterdir() if p.is_dir())
    assert with_phrases == with_texts
    assert with_texts == LOCALES


@pytest.mark.parametrize("locale", LOCALES)
def test_corpus(locale: str, screen: SafetyScreen) -> None:
    corpus = _corpus(locale)
    triggers = corpus["trigger"]
    ordinary = corpus["ordinary"]
    assert len(triggers) >= 60, "at least 60 messages that must trigger"
    assert len(ordinary) >= 120, "at least 120 ordinary messages"
    categories = {t["category"] for t in triggers}
    assert categories == set(SAFETY_CATEGORIES), f"categories covered: {sorted(categories)}"

    missed = [t for t in triggers if not screen.categories(t["text"], locale)]
    false = [text for text in ordinary if screen.categories(text, locale)]
    recall = 1 - len(missed) / len(triggers)
    false_rate = len(false) / len(ordinary)
    print(
        f"\n[{locale}] recall {recall:.1%} on {len(triggers)} crisis messages; "
        f"false triggers {false_rate:.1%} on {len(ordinary)} ordinary messages"
    )
    for text in false:
        print(f"  false trigger: {text!r} -> {screen.categories(text, locale)}")
    assert not missed, f"missed: {[t['text'] for t in missed]}"
    assert false_rate <= 0.05


@pytest.mark.parametrize("locale", LOCALES)
def test_triggers_land_in_their_category(locale: str, screen: SafetyScreen) -> None:
    wrong = [
        (t["text"], t["category"], found)
        for t in _corpus(locale)["trigger"]
        if t["category"] not in (found := screen.categories(t["text"], locale))
    ]
    # Another category is still a safety check; but most should land where labelled.
    assert len(wrong) <= len(_corpus(locale)["trigger"]) // 10, wrong
