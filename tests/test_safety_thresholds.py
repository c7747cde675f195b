"""Where a trained model's readings become decisions: the bars chosen on the validation set."""

from __future__ import annotations

import pytest

from bot.engine.safety import training
from bot.engine.safety.model import Reading
from bot.engine.safety.screen import IdentityGuard, PhraseBook
from bot.engine.safety.training import Corpus, Recipe, choose_thresholds


class ScoredModel:
    """Reads each message as the score written in it ("p 0.83": risk 0.83)."""

    def read(self, toks: list[str]) -> Reading:
        score = float(toks[-1]) / 100
        return Reading(risk={"none": 1.0 - score}, now=0.0, identity=0.0)


def _corpus(positives: list[int], ordinary: list[int], hard: list[int]) -> Corpus:
    corpus = Corpus()
    corpus.positives = [(f"p {s}", "fear", False) for s in positives]
    corpus.negatives = [(f"o {s}", "ordinary") for s in ordinary] + [(f"h {s}", "hard") for s in hard]
    return corpus


@pytest.fixture
def no_floor(monkeypatch: pytest.MonkeyPatch) -> None:
    """The choice among equally good bars alone, without the model-alone floor."""
    monkeypatch.setattr(training, "MIN_RISK_BAR", 0.0)


def _choose(corpus: Corpus) -> dict[str, float]:
    never = lambda _: False  # noqa: E731
    return choose_thresholds(ScoredModel(), corpus, "en", Recipe(), never, never)  # type: ignore[arg-type]


def test_the_bar_is_a_margin_under_the_highest_that_catches_as_much(no_floor: None) -> None:
    """Half the crises read 0.41: every bar from 0.31 (where the ordinary messages at 0.30 stop
    firing) to 0.40 catches all of them (0.41 ties with them, as floats go). The top sits
    right under the weakest crisis this set happened to hold, so the bar is 0.03 under it."""
    corpus = _corpus(positives=[41] * 10 + [90] * 10, ordinary=[30] * 20 + [5] * 80, hard=[5] * 50)
    chosen = _choose(corpus)
    assert chosen["validation_recall"] == 1.0
    assert chosen["risk"] == 0.37


def test_a_bar_that_misses_one_message_more_is_as_good(no_floor: None) -> None:
    """One message in twenty is within the noise: 0.31-0.41 catch all, 0.42-0.61 all but one,
    so the bar is 0.03 under 0.61."""
    corpus = _corpus(positives=[41] + [61] * 9 + [90] * 10, ordinary=[30] * 20 + [5] * 80, hard=[5] * 50)
    chosen = _choose(corpus)
    assert chosen["risk"] == 0.58
    assert chosen["validation_recall"] == 0.95


def test_a_narrow_range_of_equally_good_bars_gives_its_lowest(no_floor: None) -> None:
    """Only 0.31 catches everything within the limits: nothing is 0.03 under the top."""
    corpus = _corpus(positives=[32] * 10 + [90] * 10, ordinary=[30] * 20 + [5] * 80, hard=[5] * 50)
    assert _choose(corpus)["risk"] == 0.31


def test_the_model_alone_needs_the_floor_and_a_phrase_far_less() -> None:
    """Crises read 0.41 and 0.90: the bar among equally good ones would be 0.37, but the model
    alone opens a check only from MIN_RISK_BAR; a listed phrase still does with the model's
    least agreement that keeps the limits, so the listed crises are all caught."""
    corpus = _corpus(positives=[41] * 10 + [90] * 10, ordinary=[30] * 20 + [5] * 80, hard=[5] * 50)
    listed = lambda text: text.startswith("p")  # noqa: E731 - every crisis names a listed phrase
    never = lambda _: False  # noqa: E731
    chosen = choose_thresholds(ScoredModel(), corpus, "en", Recipe(), listed, never)  # type: ignore[arg-type]
    assert chosen["risk"] == training.MIN_RISK_BAR
    assert chosen["confirm"] == 0.05
    assert chosen["validation_recall"] == 1.0


def test_russian_has_a_higher_floor() -> None:
    """Russian ordinary talk reads riskier: the model alone opens a check there only from its
    own, higher floor; every other language keeps MIN_RISK_BAR."""
    corpus = _corpus(positives=[41] * 10 + [90] * 10, ordinary=[30] * 20 + [5] * 80, hard=[5] * 50)
    listed = lambda text: text.startswith("p")  # noqa: E731
    never = lambda _: False  # noqa: E731
    bars = {
        loc: choose_thresholds(ScoredModel(), corpus, loc, Recipe(), listed, never)["risk"]  # type: ignore[arg-type]
        for loc in ("en", "es", "pt", "ru")
    }
    assert bars == {"en": 0.97, "es": 0.97, "pt": 0.97, "ru": 0.98}


class SureItIsAQuestion:
    """A model that reads every message as asking whether Candor is a person."""

    def __init__(self) -> None:
        self.thresholds = {"identity": 0.9}

    def read(self, toks: list[str]) -> Reading:
        return Reading(risk={"none": 1.0}, now=0.0, identity=1.0)


class OneModel:
    def get(self, locale: str) -> SureItIsAQuestion:
        return SureItIsAQuestion()


def test_three_words_without_a_question_mark_are_left_to_the_phrase_lists() -> None:
    """A short answer typed in a conversation ("what you need") is not a question to the model;
    with a question mark, or from four words on, the model may read it."""
    guard = IdentityGuard(PhraseBook({"en": {}}), OneModel())  # type: ignore[arg-type]
    assert not guard.asks("what you need", "en")
    assert guard.asks("what you are?", "en")
    assert guard.asks("who i am talking with", "en")
    assert not guard.asks("you?", "en")  # under three words, never
