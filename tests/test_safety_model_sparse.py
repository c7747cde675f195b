"""The safety model keeps only its heads' non-zero rows in memory: every sum, and so every
score, must be exactly what the dense table as stored gives."""

from __future__ import annotations

import base64
import json
import random
import zlib
from array import array
from collections.abc import Iterable
from pathlib import Path

import pytest

from bot.engine.safety.model import MASK, NEGATIONS, PAIRS_CACHED, WORDS_CACHED, Head, SafetyModel
from bot.engine.safety.normalize import screen_tokens
from bot.engine.safety.training import development_corpus

ROOT = Path(__file__).resolve().parent.parent
LOCALES = sorted(p.parent.name for p in (ROOT / "locales").glob("*/safety_model.json"))


class DenseHead:
    """The table as stored, read row by row (what the model did before it was packed)."""

    def __init__(self, head: Head, raw: dict[str, object]) -> None:
        self.classes = head.classes
        self.weights = array("b", zlib.decompress(base64.b64decode(str(raw["weights"]))))
        self.probabilities = head.probabilities

    def row_sum(self, features: Iterable[int]) -> list[int]:
        n = len(self.classes)
        total = [0] * n
        for f in features:
            for c in range(n):
                total[c] += self.weights[f * n + c]
        return total


def _stored(locale: str) -> dict[str, object]:
    return json.loads((ROOT / "locales" / locale / "safety_model.json").read_text(encoding="utf-8"))  # type: ignore[no-any-return]


@pytest.mark.parametrize("locale", LOCALES)
def test_packed_heads_store_exactly_what_was_loaded(locale: str) -> None:
    raw = _stored(locale)
    model = SafetyModel.load(ROOT / "locales" / locale / "safety_model.json", locale)
    for name, head in model.heads.items():
        assert head.to_json() == raw["heads"][name]  # type: ignore[index]
        # Packed only where that saves memory: never more than the dense table.
        assert head.nbytes <= (MASK + 1) * len(head.classes)
    assert model.heads["risk"].rows is not None  # the large head is packed in every language


@pytest.mark.parametrize("locale", LOCALES)
def test_packed_scores_equal_dense_scores(locale: str) -> None:
    raw = _stored(locale)
    model = SafetyModel.load(ROOT / "locales" / locale / "safety_model.json", locale)
    dense_heads = {name: DenseHead(h, raw["heads"][name]) for name, h in model.heads.items()}  # type: ignore[index]
    dense = SafetyModel(dense_heads, NEGATIONS.get(locale, NEGATIONS["en"]), model.thresholds)  # type: ignore[arg-type]
    rng = random.Random(20)
    for name, head in model.heads.items():
        n, weights = len(head.classes), dense_heads[name].weights
        every_kept = [r for r in range(MASK + 1) if any(weights[r * n : r * n + n])]
        for _ in range(300):  # kept rows, zero rows, both ends of the table, repeats
            feats = rng.sample(every_kept, 5) + [rng.randrange(MASK + 1) for _ in range(5)] + [0, MASK]
            feats += feats[:2]
            assert head.row_sum(feats) == dense_heads[name].row_sum(feats)
    corpus = development_corpus(ROOT / "tests" / "safety_corpus", locale)
    texts = [t for t, _, _ in corpus.positives] + [t for t, _ in corpus.negatives] + corpus.identity_ask
    texts = [*texts[::5], " ".join(texts[:40])]  # a fifth of each kind; one read in windows
    assert len(texts) > 100
    for text in texts:
        toks = screen_tokens(text, locale)
        assert model.read(toks) == dense.read(toks), text


@pytest.mark.parametrize(("n", "filled"), [(1, 0.1), (1, 0.3), (9, 0.5), (9, 0.9)])
def test_a_head_keeps_the_dense_table_when_packing_would_take_more(n: int, filled: float) -> None:
    rng = random.Random(n)
    rows = MASK + 1
    table = array("b", bytes(rows * n))
    for row in rng.sample(range(rows), int(rows * filled)):
        table[row * n + rng.randrange(n)] = rng.choice((-3, -1, 2, 5))
    head = Head(tuple(f"c{i}" for i in range(n)), (0.0,) * n, 0.1, table)
    packed = int(rows * filled) * (4 + n) < rows * n
    assert (head.rows is not None) == packed
    assert head.nbytes <= rows * n
    assert head.weights == table
    feats = [rng.randrange(rows) for _ in range(200)] + [0, MASK]
    assert head.row_sum(feats) == [sum(table[f * n + c] for f in feats) for c in range(n)]


def test_the_word_caches_stay_bounded_and_read_as_a_fresh_model() -> None:
    path = ROOT / "locales" / "en" / "safety_model.json"
    model, fresh = SafetyModel.load(path, "en"), SafetyModel.load(path, "en")
    rng = random.Random(7)
    noise = [
        "".join(rng.choice("abcdefghijklmnopqrstuvwxyz") for _ in range(8)) for _ in range(WORDS_CACHED + 500)
    ]
    for i in range(0, len(noise), 20):  # more words and pairs than the caches keep
        model.read(noise[i : i + 20])
    assert model._word.cache_info().currsize == WORDS_CACHED
    assert model._pair.cache_info().currsize <= PAIRS_CACHED
    for text in ("he hits me when he drinks and i am scared to go home", "are you a real person"):
        toks = screen_tokens(text, "en")
        assert model.read(toks) == fresh.read(toks)
