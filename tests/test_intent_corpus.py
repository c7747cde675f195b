"""The intent recogniser measured on labelled messages: development sets (the rules are tuned
and the model is trained on them: every ``dev/<lang>.yaml`` and ``dev/<lang>-*.yaml``, the
retired blind sets included) and, when present, blind sets written by someone who has not
seen the rules (``blind/<lang>.yaml``, never trained on).

Prints per language and per intent the top-1 and top-2 accuracy and the behaviour accuracy,
for the rules with the model and for the rules alone (on development data the model has seen
every message, so the rules-alone line is the one that says how the rules hold up).
Development must reach 95% top-2; a blind language below its floor fails.
"""

from __future__ import annotations

import json
from collections import defaultdict
from pathlib import Path

import pytest

from bot.config import PROJECT_ROOT
from bot.engine.intent.rules import INTENTS, MODEL_FILE, NONE, Recogniser
from bot.engine.intent.training import development_files, development_items, read_items, train_locale

CORPUS = Path(__file__).resolve().parent / "intent_corpus"
LANGUAGES = ("en", "es", "pt", "ru")
DEV_TOP2 = 0.95
BLIND_TOP2 = 0.85  # the target (issue 15), in every language
# What the recogniser reaches on tests/intent_corpus/blind/<lang>.yaml, measured once before
# any change was decided on it; the target is the floor until a set is measured. The first
# blind sets (en 83.8%, es 73.8%, pt 75.0%, ru 82.5%) decided changes and are retired into
# dev/<lang>-blind-1.yaml; once a set decides a change, it moves to dev/ the same way and a new
# one is written from BRIEF.md. The second sets (written blind 2026-12-05, 80 per language)
# were measured once, after the trained model and the rules were in: top-2 below, top-1
# 90.0/87.5/98.8/93.8%, behaviour named right 75.0/87.5/73.8/81.2%.
BLIND_FLOORS: dict[str, float] = {"en": 0.95, "es": 0.975, "pt": 0.987, "ru": 0.962}


@pytest.fixture(scope="module")
def recogniser() -> Recogniser:
    return Recogniser.load(PROJECT_ROOT / "locales")


@pytest.fixture(scope="module")
def rules_alone() -> Recogniser:
    return Recogniser.load(PROJECT_ROOT / "locales", models=False)


def _measure(recogniser: Recogniser, lang: str, items: list[dict[str, str]], kind: str) -> float:
    per: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0, 0])  # n, top1, top2, behaviour
    for item in items:
        reading = recogniser.read(item["text"], lang)
        row = per[item["intent"]]
        row[0] += 1
        row[1] += reading.intents[:1] == (item["intent"],)
        row[2] += item["intent"] in reading.intents[:2]
        row[3] += reading.behaviour == item["behaviour"]
    total = [sum(r[i] for r in per.values()) for i in range(4)]
    n = total[0]
    print(
        f"\n{kind} {lang}: n={n} top1={total[1] / n:.1%} top2={total[2] / n:.1%} behaviour={total[3] / n:.1%}"
    )
    for intent in INTENTS:
        n, t1, t2, b = per[intent]
        if n:
            print(f"  {intent:12} n={n:3} top1={t1 / n:.0%} top2={t2 / n:.0%} behaviour={b / n:.0%}")
    return total[2] / total[0]


def test_development_data_is_every_dev_file_of_a_language() -> None:
    for lang in LANGUAGES:
        names = [p.name for p in development_files(CORPUS, lang)]
        assert names[0] == f"{lang}.yaml"
        assert f"{lang}-blind-1.yaml" in names  # the retired first blind set
        assert all(p.parent == CORPUS / "dev" for p in development_files(CORPUS, lang))


@pytest.mark.parametrize("lang", LANGUAGES)
def test_development_set(recogniser: Recogniser, rules_alone: Recogniser, lang: str) -> None:
    everything = development_items(CORPUS, lang)
    assert len({i["text"] for i in everything}) == len(everything), "every message distinct"
    items = [i for i in everything if i["intent"] != NONE]
    counts: dict[str, int] = defaultdict(int)
    for item in items:
        counts[item["intent"]] += 1
    assert len(items) >= 240
    assert all(counts[i] >= 30 for i in INTENTS), counts
    _measure(rules_alone, lang, items, "dev, rules alone,")
    assert _measure(recogniser, lang, items, "dev") >= DEV_TOP2


@pytest.mark.parametrize("lang", LANGUAGES)
def test_messages_about_something_else_open_no_conversation(recogniser: Recogniser, lang: str) -> None:
    """The off-topic development messages (the model's class "none") leave the intents empty,
    so the person is shown where to start instead of a conversation that does not fit."""
    other = [i["text"] for i in development_items(CORPUS, lang) if i["intent"] == NONE]
    assert len(other) >= 50
    heard = [t for t in other if recogniser.read(t, lang).intents]
    print(f"\noff-topic {lang}: n={len(other)} quiet={1 - len(heard) / len(other):.1%}", *heard, sep="\n  ")
    assert len(heard) <= 0.15 * len(other)  # the rules alone heard 1-13% of these


@pytest.mark.parametrize("lang", LANGUAGES)
def test_blind_set(recogniser: Recogniser, lang: str) -> None:
    path = CORPUS / "blind" / f"{lang}.yaml"
    if not path.exists():
        pytest.skip(f"no blind set for {lang} yet: write tests/intent_corpus/blind/{lang}.yaml from BRIEF.md")
    top2 = _measure(recogniser, lang, read_items(path), "blind")
    print(f"  target top-2: {top2:.1%} against {BLIND_TOP2:.0%}{'' if top2 >= BLIND_TOP2 else '  (NOT MET)'}")
    assert top2 >= BLIND_FLOORS.get(lang, BLIND_TOP2)


@pytest.mark.parametrize("lang", LANGUAGES)
def test_the_stored_model_is_trained_on_the_current_development_sets(lang: str) -> None:
    """``python -m bot train-intent`` after any change to dev/ (training is deterministic)."""
    stored = json.loads((PROJECT_ROOT / "locales" / lang / MODEL_FILE).read_text(encoding="utf-8"))
    assert train_locale(CORPUS, lang).to_json() == stored, "retrain: python -m bot train-intent"
