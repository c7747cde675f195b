"""A small linear model that reads meaning the phrase lists were never written for.

Features are hashed: each word (marked when a negation such as "never" or "не" stands
within the three words before it), each pair of neighbouring words, and the three- and
four-letter pieces of each word, so "strangled", "strangling" and "estrangularon" share
evidence and a typo costs one piece, not the word. The weights are a plain linear layer per
question ("heads": which risk, if any; is it happening now; is this asking whether Candor is
a person), trained in this repository from the labelled corpora under ``tests/`` by
``python -m bot train-safety`` and stored as JSON (base64 int8 weights, no pickle).

Scoring is a sum, so a word's contribution is cached once and a message costs one addition
per word per class; long messages are read in overlapping windows so one sentence of risk is
not diluted by paragraphs of ordinary text around it.
"""

from __future__ import annotations

import base64
import json
import math
import re
import zlib
from array import array
from bisect import bisect_left
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

BITS = 18
MASK = (1 << BITS) - 1
WINDOW = 20  # words per window on long messages
STRIDE = 10
NEGATION_SCOPE = 3
MIN_VARIETY_WORDS = 8  # from this many words on, a window needs a quarter of them distinct
# Each word's and each word pair's sums are cached, up to this many (about 0.33 KB each: at
# most 5.5 MB a language, where 50,000 of each took 60 MB). Read once, the English development
# corpus misses 0.7 words and 8 pairs a message (5 with 50,000 pairs), about 45 us in all.
WORDS_CACHED = 8192
PAIRS_CACHED = 8192

# Words that turn what follows around, per language (folded: no accents, no apostrophes).
NEGATIONS: dict[str, frozenset[str]] = {
    "en": frozenset(
        [
            "not",
            "no",
            "never",
            "dont",
            "didnt",
            "doesnt",
            "isnt",
            "wasnt",
            "arent",
            "werent",
            "havent",
            "hasnt",
            "hadnt",
            "wont",
            "wouldnt",
            "cant",
            "cannot",
            "couldnt",
            "shouldnt",
            "aint",
            "nobody",
            "nothing",
            "noone",
            "neither",
            "nor",
            "without",
        ]
    ),
    "es": frozenset(["no", "nunca", "jamas", "nadie", "nada", "ni", "tampoco", "sin"]),
    "pt": frozenset(["nao", "nunca", "jamais", "ninguem", "nada", "nem", "tampouco", "sem"]),
    "ru": frozenset(["не", "ни", "нет", "никогда", "никто", "ничего", "ничем", "нисколько", "без"]),
}


def _hash(feature: str) -> int:
    return zlib.crc32(feature.encode()) & MASK


def _number_class(token: str) -> str | None:
    """Numbers that carry meaning here: an age under 18, an adult age, a birth year."""
    if not token.isdigit() or len(token) > 4:
        return None
    n = int(token)
    if 10 <= n <= 17:
        return "#teen"
    if 18 <= n <= 99:
        return "#adult"
    if 2007 <= n <= 2016:
        return "#born-recently"
    if 1940 <= n <= 2006:
        return "#born"
    return None


def word_features(token: str, negated: bool) -> list[int]:
    """The hashed features of one word: the word itself, its beginning, and its letter pieces."""
    mark = "~" if negated else ""
    out = [_hash("w" + mark + token)]
    if len(token) > 5:
        out.append(_hash("s" + mark + token[:5]))
    number = _number_class(token)
    if number:
        out.append(_hash("n" + number))
    padded = f"<{token}>"
    piece = "c" + mark
    for n in (3, 4):
        for i in range(len(padded) - n + 1):
            out.append(_hash(piece + padded[i : i + n]))
    return out


def pair_feature(left: str, right: str, negated: bool) -> int:
    return _hash(("p~" if negated else "p") + left + " " + right)


def negation_marks(toks: Sequence[str], negations: frozenset[str]) -> list[bool]:
    marks = []
    left = 0
    for tok in toks:
        marks.append(left > 0)
        if tok in negations:
            left = NEGATION_SCOPE
        elif left:
            left -= 1
    return marks


def message_features(toks: Sequence[str], negations: frozenset[str]) -> dict[int, float]:
    """Every hashed feature of a message with how often it occurs, as the model reads it (for
    training; inference sums the same parts, cached per word)."""
    marks = negation_marks(toks, negations)
    out: dict[int, float] = {}
    words = Counter(zip(toks, marks, strict=True))
    pairs = Counter((tok, toks[i + 1], marks[i + 1]) for i, tok in enumerate(toks[:-1]))
    for (tok, negated), n in words.items():
        for f in word_features(tok, negated):
            out[f] = out.get(f, 0.0) + n
    for pair, n in pairs.items():
        f = pair_feature(*pair)
        out[f] = out.get(f, 0.0) + n
    return out


def _kept_rows(dense: bytes, n: int) -> array[int]:
    """The numbers, ascending, of the rows of a dense int8 table (``n`` a row) that are not
    all zero, found without an object per row alive at once."""
    rows = array("I")
    last = -1
    for found in re.finditer(rb"[^\x00]", dense):  # every non-zero weight, in order
        row = found.start() // n
        if row != last:
            rows.append(row)
            last = row
    return rows


def _pack(dense: bytes, rows: array[int], n: int) -> array[int]:
    """The weights of ``rows`` packed row after row, built in place without a copy of the
    table (what is freed here stays in the process)."""
    values = array("b", bytes(len(rows) * n))
    packed, table = memoryview(values).cast("B"), memoryview(dense)
    for i, row in enumerate(rows):
        packed[i * n : i * n + n] = table[row * n : row * n + n]
    return values


class Head:
    """One linear question over the shared features: a score per class.

    Trained as a dense table (``BITS`` rows of ``len(classes)`` int8 weights, the stored
    form), in which most rows are usually all zero: then only the others are kept, as sorted
    row numbers beside their packed weights (the same sums in less memory). A head whose
    table is too full for that to save anything (a one-class head over a large vocabulary:
    each kept row costs four bytes for its number beside one weight) keeps the dense table.
    """

    __slots__ = ("bias", "classes", "rows", "scale", "values")

    def __init__(
        self, classes: tuple[str, ...], bias: tuple[float, ...], scale: float, weights: array[int] | bytes
    ) -> None:
        n = len(classes)
        dense = weights.tobytes() if isinstance(weights, array) else bytes(weights)
        if len(dense) != (MASK + 1) * n:
            raise ValueError("safety model: weights do not match the feature size")
        self.classes = classes
        self.bias = bias
        self.scale = scale
        rows = _kept_rows(dense, n)
        self.rows: array[int] | None = rows
        if len(rows) * (rows.itemsize + n) < len(dense):
            self.values = _pack(dense, rows, n)
        else:
            self.rows, self.values = None, array("b", dense)

    @classmethod
    def from_json(cls, raw: dict[str, Any]) -> Head:
        dense = zlib.decompress(base64.b64decode(raw["weights"]))
        return cls(tuple(raw["classes"]), tuple(raw["bias"]), float(raw["scale"]), dense)

    @property
    def weights(self) -> array[int]:
        """The dense table, as trained and stored (int8, ``BITS`` rows of ``len(classes)``)."""
        n = len(self.classes)
        if self.rows is None:
            return array("b", self.values)
        dense = bytearray((MASK + 1) * n)
        packed = self.values.tobytes()
        for i, row in enumerate(self.rows):
            dense[row * n : row * n + n] = packed[i * n : i * n + n]
        return array("b", bytes(dense))

    def to_json(self) -> dict[str, Any]:
        return {
            "classes": list(self.classes),
            "bias": [round(b, 5) for b in self.bias],
            "scale": self.scale,
            "weights": base64.b64encode(zlib.compress(self.weights.tobytes(), 9)).decode("ascii"),
        }

    @property
    def nbytes(self) -> int:
        """The memory its weights (and row numbers) take."""
        kept = 0 if self.rows is None else len(self.rows) * self.rows.itemsize
        return kept + len(self.values) * self.values.itemsize

    def row_sum(self, features: Iterable[int]) -> list[int]:
        n = len(self.classes)
        rows, values = self.rows, self.values
        total = [0] * n
        if rows is None:  # the dense table
            for f in features:
                base = f * n
                for c in range(n):
                    total[c] += values[base + c]
            return total
        kept = len(rows)
        for f in features:
            i = bisect_left(rows, f)
            if i < kept and rows[i] == f:  # a row not kept is all zeros: it adds nothing
                base = i * n
                for c in range(n):
                    total[c] += values[base + c]
        return total

    def probabilities(self, summed: Sequence[float]) -> list[float]:
        scores = [b + self.scale * s for b, s in zip(self.bias, summed, strict=True)]
        if len(scores) == 1:
            return [1.0 / (1.0 + math.exp(-max(-60.0, min(60.0, scores[0]))))]
        top = max(scores)
        exps = [math.exp(s - top) for s in scores]
        total = sum(exps)
        return [e / total for e in exps]


@dataclass(frozen=True, slots=True)
class Reading:
    """What the model makes of a message: the chance of each risk, of danger now, of an
    identity question (the window where risk was highest)."""

    risk: dict[str, float]
    now: float
    identity: float

    @property
    def any_risk(self) -> float:
        return 1.0 - self.risk.get("none", 0.0)


class SafetyModel:
    """The trained heads of one language."""

    def __init__(
        self,
        heads: dict[str, Head],
        negations: frozenset[str],
        thresholds: Mapping[str, float] | None = None,
    ) -> None:
        self.heads = heads
        self.negations = negations
        # Where readings become decisions, chosen on the validation set when it was trained.
        self.thresholds = dict(thresholds or {})
        self._names = tuple(heads)
        # Where each head's classes start in a cached row (every head's sums, one after another).
        starts = [0]
        for name in self._names[:-1]:
            starts.append(starts[-1] + len(heads[name].classes))
        self._starts = tuple(starts)
        self._word = lru_cache(maxsize=WORDS_CACHED)(self._word_sums)
        self._pair = lru_cache(maxsize=PAIRS_CACHED)(self._pair_sums)

    @classmethod
    def load(cls, path: Path, locale: str) -> SafetyModel:
        raw = json.loads(path.read_text(encoding="utf-8"))
        if raw.get("bits") != BITS:
            raise ValueError(f"{path}: trained with {raw.get('bits')} feature bits, this code reads {BITS}")
        heads = {name: Head.from_json(h) for name, h in raw["heads"].items()}
        missing = {"risk", "now", "identity"} - set(heads)
        if missing:
            raise ValueError(f"{path}: heads missing: {sorted(missing)}")
        negations = NEGATIONS.get(locale, NEGATIONS["en"])
        return cls(heads, negations, raw.get("thresholds"))

    def _word_sums(self, token: str, negated: bool) -> array[int]:
        return self._sums(word_features(token, negated))

    def _pair_sums(self, left: str, right: str, negated: bool) -> array[int]:
        return self._sums((pair_feature(left, right, negated),))

    def _sums(self, feats: Sequence[int]) -> array[int]:
        """Every head's sums over ``feats``, in one flat row: an array holds them in a quarter
        of the memory a tuple per head with an int object per class takes."""
        row = array("i")
        for name in self._names:
            row.extend(self.heads[name].row_sum(feats))
        return row

    def read(self, toks: Sequence[str]) -> Reading:
        """The risk of the riskiest window; danger now and identity as read anywhere."""
        if not toks:
            return Reading({"none": 1.0}, 0.0, 0.0)
        marks = negation_marks(toks, self.negations)
        words = [(tok, marks[i]) for i, tok in enumerate(toks)]
        pairs = [(tok, toks[i + 1], marks[i + 1]) for i, tok in enumerate(toks[:-1])]
        if len(toks) <= WINDOW:
            return self._window(words, pairs, whole=True)
        readings = [
            self._window(words[start : start + WINDOW], pairs[start : start + WINDOW - 1], whole=False)
            for start in range(0, len(toks) - STRIDE, STRIDE)
        ]
        riskiest = max(readings, key=lambda r: r.any_risk)
        return Reading(riskiest.risk, max(r.now for r in readings), 0.0)

    def _window(
        self, words: Sequence[tuple[str, bool]], pairs: Sequence[tuple[str, str, bool]], whole: bool
    ) -> Reading:
        if len(words) >= MIN_VARIETY_WORDS and len(set(words)) * 4 < len(words):
            # One word over and over ("word word word..."): not language the model can read;
            # the phrase lists still can.
            return Reading({"none": 1.0}, 0.0, 0.0)
        parts = [(self._word(*w), n) for w, n in Counter(words).items()]
        parts += [(self._pair(*p), n) for p, n in Counter(pairs).items()]
        results = {}
        for name, start in zip(self._names, self._starts, strict=True):
            head = self.heads[name]
            summed = [0.0] * len(head.classes)
            for row, weight in parts:
                for c in range(len(summed)):
                    summed[c] += weight * row[start + c]
            results[name] = head.probabilities(summed)
        risk_head = self.heads["risk"]
        risk = dict(zip(risk_head.classes, results["risk"], strict=True))
        return Reading(risk, results["now"][0], results["identity"][0] if whole else 0.0)
