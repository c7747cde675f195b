"""How the recogniser reads (issue 15): loose Russian, exact short words, one count per rule,
and the trained model beside the rules: what it adds, when it keeps quiet, how it is stored."""

from __future__ import annotations

import time
from pathlib import Path

import pytest

from bot.config import PROJECT_ROOT
from bot.engine.intent.model import IntentModel, train
from bot.engine.intent.rules import INTENTS, NONE, RULE_FLOOR, Recogniser, read_tokens
from bot.engine.intent.training import development_items

CORPUS = Path(__file__).resolve().parent / "intent_corpus"


@pytest.fixture(scope="module")
def recogniser() -> Recogniser:
    return Recogniser.load(PROJECT_ROOT / "locales")


# -- the rules ------------------------------------------------------------------------------


def test_russian_is_read_loosely_in_latin_letters_and_without_soft_signs() -> None:
    rules = Recogniser({"ru": {"intents": {"is_normal": ["это измена ^3"], "leave": ["уйти ^3"]}}})
    assert rules.read("flirt eto izmena esli nichego ne bylo?", "ru").top == "is_normal"  # "eto": э
    assert rules.read("не знаю остаться или uyti", "ru").top == "leave"  # "uyti": й typed as y
    assert read_tokens("хочу расстаться", "ru") == read_tokens("hochu rasstatsya", "ru")


def test_two_spellings_of_one_rule_count_once() -> None:
    rules = Recogniser({"en": {"intents": {"leave": ["can't stay ^2", "cant stay ^2"]}}})
    assert rules.read("i can't stay", "en").scores["leave"] == pytest.approx(4 / RULE_FLOOR)


def test_a_short_near_miss_is_another_word_in_the_intents_but_a_typo_in_a_name() -> None:
    rules = Recogniser(
        {"en": {"intents": {"overwhelmed": ["crying ^3"]}, "behaviours": {"dating_app": ["tinder ^3"]}}}
    )
    assert rules.read("just trying this out", "en").intents == ()
    assert rules.read("i keep crying", "en").top == "overwhelmed"
    assert rules.read("he has a tindr account", "en").behaviour == "dating_app"


def test_a_first_person_verb_is_not_read_as_the_partners() -> None:
    rules = Recogniser({"es": {"intents": {"did_it": ["le =mande ^3"], "found_out": ["descubr* ^3"]}}})
    assert rules.read("le mandé fotos a otra persona", "es").top == "did_it"
    assert rules.read("descubrí que le mandó fotos a otra", "es").intents == ("found_out",)


# -- the model ------------------------------------------------------------------------------


def _tiny_model() -> IntentModel:
    examples = [
        (read_tokens("i found his messages", "en"), "found_out"),
        (read_tokens("found her secret chats last night", "en"), "found_out"),
        (read_tokens("i want to leave him", "en"), "leave"),
        (read_tokens("thinking of leaving her for good", "en"), "leave"),
        (read_tokens("what is the weather tomorrow", "en"), NONE),
        (read_tokens("recommend me a good book please", "en"), NONE),
    ]
    return train(examples, ("found_out", "leave", NONE), "en")


def test_training_is_deterministic_and_the_stored_form_reads_the_same() -> None:
    model = _tiny_model()
    assert model.to_json() == _tiny_model().to_json()
    again = IntentModel.from_json(model.to_json(), "en")
    toks = read_tokens("I found messages he was hiding", "en")
    assert again.probabilities(toks) == model.probabilities(toks)
    chances = model.probabilities(toks)
    assert sum(chances.values()) == pytest.approx(1.0)
    assert max(chances, key=lambda c: chances[c]) == "found_out"


def test_a_model_of_another_format_is_refused() -> None:
    raw = _tiny_model().to_json()
    with pytest.raises(ValueError, match="retrain"):
        IntentModel.from_json({**raw, "format": 0}, "en")


def test_the_model_hears_a_wording_no_rule_was_written_for(recogniser: Recogniser) -> None:
    text = (
        "things have been calmer since that night, "
        "he answered every question i had. how do we keep this going"
    )
    rules_only = Recogniser.load(PROJECT_ROOT / "locales", models=False)
    assert "talked" not in rules_only.read(text, "en").intents[:2]
    assert "talked" in recogniser.read(text, "en").intents[:2]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("hello there, how are you doing today? just looking around", "en"),
        ("can you recommend a good series to watch this weekend", "en"),
        ("qué tiempo va a hacer este fin de semana en la costa", "es"),
        ("me indica uma receita fácil de bolo de cenoura pra hoje", "pt"),
        ("посоветуй какой ноутбук купить для учебы недорого", "ru"),
    ],
)
def test_a_long_message_about_something_else_opens_no_conversation(
    recogniser: Recogniser, text: str, lang: str
) -> None:
    assert recogniser.read(text, lang).intents == ()


def test_a_behaviour_named_alone_is_left_to_the_rules(recogniser: Recogniser) -> None:
    """Short and naming only a behaviour: where it sits (the spectrum), not a guessed intent."""
    reading = recogniser.read("my partner keeps texting his ex", "en")
    assert reading.intents == ()
    assert reading.behaviour == "ex"


def test_the_stored_models_know_every_intent_and_something_else(recogniser: Recogniser) -> None:
    for lang in ("en", "es", "pt", "ru"):
        model = recogniser.model(lang)
        assert model is not None
        assert model.classes == (*INTENTS, NONE)
    assert {i["intent"] for i in development_items(CORPUS, "en")} == {*INTENTS, NONE}


def test_reading_stays_well_under_a_millisecond_or_two(recogniser: Recogniser) -> None:
    texts = [i["text"] for i in development_items(CORPUS, "ru")[:200]]
    recogniser.read(texts[0], "ru")  # the model is read on first use
    started = time.perf_counter()
    for text in texts:
        recogniser.read(text, "ru")
    assert (time.perf_counter() - started) / len(texts) < 0.005
