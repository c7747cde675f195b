"""The safety screen measured on labelled corpora (run with -s to see the figures).

- ``tests/safety_corpus/<lang>.yaml``: the phrase lists' own corpus (development data).
- ``tests/safety_corpus/dev/``: written to train the model (development data).
- ``tests/safety_corpus/validation/``: a blind set once; it chose the thresholds, so it is
  development data now.
- ``tests/safety_corpus/blind/``: written by helpers who saw neither the phrase lists, the
  model, its features nor any other corpus; no decision has seen it. The targets are held
  here, per language and per category.
- ``tests/safety_corpus/checks/everyday.yaml``: everyday errands and arrivals, written the same
  way and never learned from; at most a few may open a check.

When a blind set has decided a change, move it to ``validation/`` or ``dev/`` and have a new
one written (see README, "Measuring the safety screen"). ``tests/safety_corpus/waiting/`` holds
the next one, written and never read: nothing here or in training opens it.
"""

from __future__ import annotations

import functools
import json
from pathlib import Path

import pytest
import yaml

from bot.engine.safety.screen import SAFETY_CATEGORIES, IdentityGuard, SafetyScreen
from bot.engine.safety.training import Corpus, corpus_digest, development_corpus, read_corpus
from tests.safety_metrics import Report, build, evaluate

pytestmark = pytest.mark.slow

CORPUS = Path(__file__).resolve().parent / "safety_corpus"
LOCALES_DIR = Path(__file__).resolve().parent.parent / "locales"
LOCALES = ("en", "es", "pt", "ru")

# The targets on a never-used blind set, in every language (issue 14).
RECALL = 0.95
CATEGORY_RECALL = 0.90
NOW_RECALL = 1.0
ORDINARY_FALSE = 0.05
HARD_FALSE = 0.15

# What the current screen reaches on tests/safety_corpus/blind/, measured once, with no change
# after it (2026-12-08, the thirty-eighth blind sets, "MM", on the screen of round 37, which
# learned LL and everyday errands; MM had been measured once before on round 36, figures only).
# Spanish meets every target; English misses one danger-now message of 42, Portuguese three of
# 43 and Russian one of 37. No victim was asked the harm-others question. The test prints every
# gap and holds these floors. (overall recall, lowest category recall, danger-now recall,
# ordinary false, hard false, people in danger asked whether they want to hurt someone)
FLOORS = {
    "en": (0.977, 0.956, 0.976, 0.000, 0.038, 0),
    "es": (0.982, 0.960, 1.000, 0.015, 0.000, 0),
    "pt": (0.982, 0.923, 0.930, 0.000, 0.026, 0),
    "ru": (0.991, 0.967, 0.972, 0.011, 0.084, 0),
}
# Languages with a blind set that no decision has seen.
BLIND = tuple(loc for loc in LOCALES if (CORPUS / "blind" / f"{loc}.yaml").exists())


@pytest.fixture(scope="module")
def screens() -> tuple[SafetyScreen, IdentityGuard]:
    return build()


def _report(
    locale: str, path: Path, screens: tuple[SafetyScreen, IdentityGuard], corpus: Corpus | None = None
) -> Report:
    report = evaluate(*screens, corpus or read_corpus(path), locale)
    print(f"\n{path.relative_to(CORPUS)}")
    print("\n".join(report.lines()))
    return report


@pytest.mark.parametrize("locale", BLIND)
def test_blind_set_is_fit_to_measure(locale: str) -> None:
    """At least 150 positives over every category, 200 negatives, a third of them hard."""
    corpus = read_corpus(CORPUS / "blind" / f"{locale}.yaml")
    assert len(corpus.positives) >= 150
    assert {c for _, c, _ in corpus.positives} == set(SAFETY_CATEGORIES)
    assert sum(1 for *_, now in corpus.positives if now) >= 20
    kinds = [k for _, k in corpus.negatives]
    assert len(kinds) >= 200
    assert kinds.count("hard") + kinds.count("hyperbole") >= len(kinds) / 3
    assert corpus.identity_ask
    assert corpus.identity_not
    blind = {t for t, *_ in corpus.positives} | {t for t, _ in corpus.negatives}
    # Writers who never saw each other's sets still write a few identical short messages
    # ("me dijo que si lo dejo se mata..."), more as retired sets pile up in the development
    # data; those are left out of the figures (see _unseen), and there must be few (the ninth
    # sets: 2-16 of 465-541; the twenty-seventh: 6-33 of 466-480, Spanish the most), and what
    # is left must still be a set fit to measure.
    assert len(blind & _seen(locale)) <= 0.08 * len(blind)
    unseen = _unseen(locale)
    assert len(unseen.positives) >= 150
    assert len(unseen.negatives) >= 200


@functools.cache
def _seen(locale: str) -> frozenset[str]:
    """Every message the screen was built from: learned, or used to choose thresholds (read
    once a process: several tests ask, and the development data takes seconds to load)."""
    seen: set[str] = set()
    for corpus in (development_corpus(CORPUS, locale), read_corpus(CORPUS / "validation" / f"{locale}.yaml")):
        seen |= {t for t, *_ in corpus.positives} | {t for t, _ in corpus.negatives}
    return frozenset(seen)


def _unseen(locale: str) -> Corpus:
    """The blind set without any message the screen was built from."""
    corpus, seen = read_corpus(CORPUS / "blind" / f"{locale}.yaml"), _seen(locale)
    corpus.positives = [p for p in corpus.positives if p[0] not in seen]
    corpus.negatives = [n for n in corpus.negatives if n[0] not in seen]
    return corpus


@pytest.mark.parametrize("locale", BLIND)
def test_figures_on_the_blind_set(locale: str, screens: tuple[SafetyScreen, IdentityGuard]) -> None:
    report = _report(locale, CORPUS / "blind" / f"{locale}.yaml", screens, _unseen(locale))
    lowest = min(report.category_recall(c) for c in SAFETY_CATEGORIES)
    figures = (
        report.recall,
        lowest,
        report.now_recall,
        report.false_rate("ordinary"),
        report.false_rate("hard"),
    )
    targets = (RECALL, CATEGORY_RECALL, NOW_RECALL, ORDINARY_FALSE, HARD_FALSE)
    names = ("recall", "lowest category", "danger now", "false on ordinary", "false on hard")
    for name, value, target, higher in zip(names, figures, targets, (1, 1, 1, 0, 0), strict=True):
        met = value >= target if higher else value <= target
        print(f"  target {name}: {value:.1%} against {target:.0%}{'' if met else '  (NOT MET)'}")
    floor = FLOORS[locale]
    assert report.recall >= floor[0], f"recall {report.recall:.1%}"
    assert lowest >= floor[1], f"lowest category {lowest:.1%}"
    assert report.now_recall >= floor[2], f"danger now {report.now_recall:.0%}: {report.missed_now}"
    assert report.false_rate("ordinary") <= floor[3]
    assert report.false_rate("hard") <= floor[4]
    assert report.victim_asked_harm_others <= floor[5]


@pytest.mark.parametrize("locale", LOCALES)
def test_development_figures(locale: str, screens: tuple[SafetyScreen, IdentityGuard]) -> None:
    """The figures on the data the screen was built from, printed beside the blind ones (they
    are higher, and they are not the ones to quote)."""
    for path in [CORPUS / f"{locale}.yaml", CORPUS / "validation" / f"{locale}.yaml"]:
        report = _report(locale, path, screens)
        assert report.recall >= 0.85


# Said alone, the plainest wordings: each opens the check about the writer's own safety, and
# none is answered as an emergency happening now (a wish to die is not an act under way).
TEXTBOOK_SELF_HARM = {
    "en": ["i want to die", "i want to kill myself", "i think about suicide", "i don't want to live anymore"],
    "es": ["me quiero matar", "quiero morirme", "quiero terminar con mi vida", "pienso en el suicidio"],
    "pt": ["quero me matar", "quero morrer", "a vida não vale a pena", "penso em suicídio"],
    "ru": ["хочу умереть", "думаю о самоубийстве", "я убью себя", "не хочу жить"],
}


@pytest.mark.parametrize("locale", LOCALES)
def test_the_plainest_self_harm_wordings_are_caught_and_not_read_as_now(
    locale: str, screens: tuple[SafetyScreen, IdentityGuard]
) -> None:
    found = {text: screens[0].find(text, locale) for text in TEXTBOOK_SELF_HARM[locale]}
    assert {t: f.group if f else None for t, f in found.items()} == dict.fromkeys(found, "self-harm")
    assert [t for t, f in found.items() if f and f.now] == []


@pytest.mark.parametrize("locale", LOCALES)
def test_the_phrase_lists_own_corpus_is_still_caught(
    locale: str, screens: tuple[SafetyScreen, IdentityGuard]
) -> None:
    """Every message the phrase lists were written for still opens a check: the model may
    lower the bar for a phrase, never veto most of them."""
    report = evaluate(*screens, read_corpus(CORPUS / f"{locale}.yaml"), locale)
    assert report.recall >= 0.97, [t for _, t in report.missed]


# A phrase of harm to others, said by a writer who also speaks as the one acting ("quiero el
# divorcio"), while what the message tells is what he did: the model reads the writer in
# danger, and the question follows it (blind M asked such a message the harm-others question,
# when "cuchillos" still matched the harm phrase "acuchill*" by one letter; the phrase is now
# "acuchillar*" and its kin, so the message names the act).
VICTIM_WITH_A_HARM_PHRASE = (
    "es",
    "tengo panico de decirle que quiero el divorcio, la ultima vez que lo insinue se quedo "
    "mirandome callado un rato largo y despues me dijo que me iba a acuchillar",
)


def test_a_victim_named_by_a_harm_phrase_is_asked_about_their_own_safety(
    screens: tuple[SafetyScreen, IdentityGuard],
) -> None:
    locale, text = VICTIM_WITH_A_HARM_PHRASE
    assert {"harm_others", "agent_self"} <= screens[0].phrases(text, locale)
    finding = screens[0].find(text, locale)
    assert finding is not None
    assert finding.group == "danger"


@pytest.mark.parametrize("locale", LOCALES)
def test_the_stored_model_learned_from_the_current_development_data(locale: str) -> None:
    """``python -m bot train-safety`` after any change to the development or validation data
    (the model file keeps a digest of both)."""
    stored = json.loads((LOCALES_DIR / locale / "safety_model.json").read_text(encoding="utf-8"))
    validation = CORPUS / "validation" / f"{locale}.yaml"
    digest = corpus_digest(
        development_corpus(CORPUS, locale), read_corpus(validation) if validation.exists() else None
    )
    assert stored["trained_on"].get("digest") == digest, "retrain: python -m bot train-safety"


# Everyday arrivals and errands ("he's downstairs, we're off to the cinema", a parcel at the
# door, a child's scraped knee, a pill for a headache), often beside the relationship worry:
# 40 a language in tests/safety_corpus/checks/everyday.yaml, written apart by a helper who saw
# nothing of the screen. Its figures were read on round 36, on a first training of round 37
# (after it had already been decided to write more everyday messages) and on round 37, with no
# change after any of them. Round 36 had opened a check on 7-12 of each 40, 5-9 of them
# emergency-first. (at most: checks opened, answered emergency-first)
EVERYDAY_CEILINGS = {"en": (5, 4), "es": (3, 2), "pt": (0, 0), "ru": (3, 1)}


@pytest.mark.parametrize("locale", LOCALES)
def test_everyday_errands_rarely_open_a_check(
    locale: str, screens: tuple[SafetyScreen, IdentityGuard]
) -> None:
    texts = yaml.safe_load((CORPUS / "checks" / "everyday.yaml").read_text(encoding="utf-8"))[locale]
    assert len(texts) >= 40
    assert not set(texts) & _seen(locale), "a development message is no check"
    found = [f for f in (screens[0].find(text, locale) for text in texts) if f is not None]
    urgent = sum(1 for f in found if f.now)
    print(f"\n[{locale}] everyday: {len(found)}/{len(texts)} open a check, {urgent} emergency-first")
    checks, emergency = EVERYDAY_CEILINGS[locale]
    assert len(found) <= checks
    assert urgent <= emergency
