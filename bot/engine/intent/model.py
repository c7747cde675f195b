"""A small linear model of what a message asks for, beside the rules (``rules.py``).

The rules read the wordings someone wrote down; people word the same wish in ways no list
foresees ("we finally had it out", "de esto se vuelve?"). The model reads the same hashed
pieces as the safety model (:func:`bot.engine.safety.model.message_features`: each word, its
beginning, its three- and four-letter pieces, neighbouring pairs, negation marks), so a new
inflection or a typo still shares most of its evidence with the messages it was trained on.

Trained in this repository from ``tests/intent_corpus/dev/<lang>*.yaml`` by
``python -m bot train-intent`` (plain Python, deterministic: the same corpus gives the same
bytes) and stored as ``locales/<lang>/intent_model.json``: the features it saw, sorted, and
their weights as int8, base64, no pickle. Reading a message costs a
binary search per feature, well under a millisecond.
"""

from __future__ import annotations

import base64
import json
import math
import random
import zlib
from array import array
from bisect import bisect_left
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from bot.engine.safety.model import BITS, NEGATIONS, message_features

FORMAT = 1
EPOCHS = 40
RATE = 0.3
L2 = 1e-4
SEED = 1


def features(toks: Sequence[str], locale: str) -> dict[int, float]:
    """A message's hashed features, scaled to length one (a long message is not louder)."""
    counts = message_features(toks, NEGATIONS.get(locale, NEGATIONS["en"]))
    norm = math.sqrt(sum(v * v for v in counts.values())) or 1.0
    return {f: v / norm for f, v in counts.items()}


@dataclass(frozen=True, slots=True)
class IntentModel:
    """Softmax regression over hashed features; only the features seen in training are kept."""

    classes: tuple[str, ...]
    bias: tuple[float, ...]
    scale: float
    keys: array[int]  # sorted feature hashes ("I")
    weights: array[int]  # int8, len(keys) rows of len(classes)
    locale: str = "en"

    # -- reading ------------------------------------------------------------------------------

    def probabilities(self, toks: Sequence[str]) -> dict[str, float]:
        """The chance of each intent (they sum to one)."""
        n = len(self.classes)
        keys, weights = self.keys, self.weights
        summed = [0.0] * n
        for f, v in features(toks, self.locale).items():
            at = bisect_left(keys, f)
            if at < len(keys) and keys[at] == f:
                base = at * n
                for c in range(n):
                    summed[c] += v * weights[base + c]
        scores = [b + self.scale * s for b, s in zip(self.bias, summed, strict=True)]
        top = max(scores)
        exps = [math.exp(s - top) for s in scores]
        total = sum(exps)
        return {c: e / total for c, e in zip(self.classes, exps, strict=True)}

    # -- storing ------------------------------------------------------------------------------

    def to_json(self) -> dict[str, Any]:
        return {
            "format": FORMAT,
            "bits": BITS,
            "classes": list(self.classes),
            "bias": list(self.bias),
            "scale": self.scale,
            "keys": base64.b64encode(zlib.compress(self.keys.tobytes(), 9)).decode("ascii"),
            "weights": base64.b64encode(zlib.compress(self.weights.tobytes(), 9)).decode("ascii"),
        }

    @classmethod
    def from_json(cls, raw: Mapping[str, Any], locale: str) -> IntentModel:
        if raw.get("format") != FORMAT or raw.get("bits") != BITS:
            raise ValueError("intent model: trained for another format or feature size; retrain it")
        keys = array("I", zlib.decompress(base64.b64decode(raw["keys"])))
        weights = array("b", zlib.decompress(base64.b64decode(raw["weights"])))
        classes = tuple(raw["classes"])
        if len(weights) != len(keys) * len(classes) or len(raw["bias"]) != len(classes):
            raise ValueError("intent model: weights do not match the features")
        return cls(classes, tuple(float(b) for b in raw["bias"]), float(raw["scale"]), keys, weights, locale)

    @classmethod
    def load(cls, path: Path, locale: str) -> IntentModel:
        return cls.from_json(json.loads(path.read_text(encoding="utf-8")), locale)

    def save(self, path: Path) -> None:
        path.write_text(json.dumps(self.to_json(), separators=(",", ":")) + "\n", encoding="utf-8")


def train(examples: Sequence[tuple[Sequence[str], str]], classes: Sequence[str], locale: str) -> IntentModel:
    """Plain stochastic gradient descent on softmax loss, a fixed shuffle, then int8 weights."""
    k = len(classes)
    index = {c: i for i, c in enumerate(classes)}
    data = [(features(toks, locale), index[label]) for toks, label in examples]
    w: dict[int, list[float]] = {}
    b = [0.0] * k
    order = random.Random(SEED)  # noqa: S311 - a fixed shuffle, not a secret
    for _ in range(EPOCHS):
        order.shuffle(data)
        for feats, target in data:
            rows = [w.setdefault(f, [0.0] * k) for f in feats]
            values = list(feats.values())
            scores = [b[c] + sum(row[c] * v for row, v in zip(rows, values, strict=True)) for c in range(k)]
            top = max(scores)
            exps = [math.exp(s - top) for s in scores]
            total = sum(exps)
            for c in range(k):
                g = exps[c] / total - (c == target)
                b[c] -= RATE * 0.1 * g
                for row, v in zip(rows, values, strict=True):
                    row[c] -= RATE * (g * v + L2 * row[c])
    biggest = max((abs(x) for row in w.values() for x in row), default=0.0) or 1.0
    scale = biggest / 127.0
    keys = array("I")
    weights = array("b")
    for f in sorted(w):
        q = [max(-127, min(127, round(x / scale))) for x in w[f]]
        if any(q):
            keys.append(f)
            weights.extend(q)
    bias = tuple(round(x, 5) for x in b)  # as stored, so a model reads the same saved or not
    return IntentModel(tuple(classes), bias, scale, keys, weights, locale)
