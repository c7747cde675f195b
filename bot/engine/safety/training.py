"""Training the safety model from the development corpora (``python -m bot train-safety``).

Plain Python, no extra packages, deterministic: the same corpora give the same weights.
- learned from: ``tests/safety_corpus/<lang>.yaml`` and ``tests/safety_corpus/dev/<lang>*.yaml``;
- thresholds chosen on: ``tests/safety_corpus/validation/<lang>.yaml``, written apart from the
  training sets (a blind set once, retired into development data when it decided this);
- never read: ``tests/safety_corpus/blind/``, which only measures.
"""

from __future__ import annotations

import hashlib
import json
import math
import random
from array import array
from collections.abc import Callable, Sequence
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from bot.engine.safety.model import (
    BITS,
    MASK,
    NEGATIONS,
    Head,
    Reading,
    SafetyModel,
    message_features,
)
from bot.engine.safety.normalize import screen_tokens
from bot.engine.safety.screen import SAFETY_CATEGORIES, PhraseBook, SafetyScreen

CATEGORIES = SAFETY_CATEGORIES
RISK_CLASSES = ("none", *CATEGORIES)


@dataclass(slots=True)
class Corpus:
    """Labelled messages of one language, in the shape every corpus file is read into."""

    positives: list[tuple[str, str, bool | None]] = field(default_factory=list)  # text, category, now
    negatives: list[tuple[str, str]] = field(default_factory=list)  # text, kind
    identity_ask: list[str] = field(default_factory=list)
    identity_not: list[str] = field(default_factory=list)

    def extend(self, other: Corpus) -> None:
        self.positives += other.positives
        self.negatives += other.negatives
        self.identity_ask += other.identity_ask
        self.identity_not += other.identity_not


def read_corpus(path: Path) -> Corpus:
    """Either shape: ``trigger``/``ordinary`` (the phrase lists' corpus) or
    ``positives``/``negatives``/``identity`` (the development and blind sets)."""
    raw = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    corpus = Corpus()
    for item in raw.get("trigger", ()):
        corpus.positives.append((str(item["text"]), str(item["category"]), item.get("now")))
    for text in raw.get("ordinary", ()):
        # The phrase lists' corpus chose its ordinary messages to be hard on purpose (idioms,
        # negations, the person's own snooping): they count with the hard ones.
        corpus.negatives.append((str(text), "hard"))
    for item in raw.get("positives", ()):
        corpus.positives.append((str(item["text"]), str(item["category"]), bool(item.get("now", False))))
    for item in raw.get("negatives", ()):
        corpus.negatives.append((str(item["text"]), str(item.get("kind", "ordinary"))))
    identity = raw.get("identity") or {}
    corpus.identity_ask += [str(t) for t in identity.get("ask", ())]
    corpus.identity_not += [str(t) for t in identity.get("not", ())]
    unknown = {c for _, c, _ in corpus.positives} - set(CATEGORIES)
    if unknown:
        raise ValueError(f"{path}: unknown categories {sorted(unknown)}")
    return corpus


def corpus_digest(*corpora: Corpus | None) -> str:
    """A fingerprint of what a model learned from and was tuned on: a stored model whose
    digest differs from the corpora's was trained on something else (a test checks)."""
    digest = hashlib.sha256()
    for corpus in corpora:
        if corpus is None:
            digest.update(b"-")
            continue
        for part in (corpus.positives, corpus.negatives, corpus.identity_ask, corpus.identity_not):
            digest.update(json.dumps(part, ensure_ascii=False).encode("utf-8"))
    return digest.hexdigest()[:16]


def development_corpus(corpus_dir: Path, locale: str) -> Corpus:
    corpus = Corpus()
    legacy = corpus_dir / f"{locale}.yaml"
    if legacy.exists():
        corpus.extend(read_corpus(legacy))
    for path in sorted((corpus_dir / "dev").glob(f"{locale}*.yaml")):
        corpus.extend(read_corpus(path))
    return corpus


class _Trainer:
    """Softmax (or logistic, for one class) regression over hashed features, AdaGrad."""

    def __init__(
        self,
        classes: Sequence[str],
        rate: float = 0.2,
        l2: float = 1e-6,
        *,
        dropout: float = 0.0,
        seed: int = 0,
    ) -> None:
        self.classes = tuple(classes)
        self.n = n = len(classes) if len(classes) > 1 else 1
        self.w = array("d", bytes(8 * (MASK + 1) * n))
        self.g = array("d", bytes(8 * (MASK + 1) * n))
        self.b = [0.0] * n
        self.gb = [0.0] * n
        self.rate = rate
        self.l2 = l2
        # Features left out at random in each step: the model cannot lean on one word alone.
        self.dropout = dropout
        self.rng = random.Random(seed)  # noqa: S311 (a sample, not a secret)

    def _scores(self, feats: dict[int, float]) -> list[float]:
        n, w = self.n, self.w
        s = list(self.b)
        for f, k in feats.items():
            base = f * n
            for c in range(n):
                s[c] += k * w[base + c]
        return s

    def probs(self, feats: dict[int, float]) -> list[float]:
        s = self._scores(feats)
        if self.n == 1:
            return [1 / (1 + math.exp(-max(-60.0, min(60.0, s[0]))))]
        top = max(s)
        e = [math.exp(x - top) for x in s]
        t = sum(e)
        return [x / t for x in e]

    def step(self, feats: dict[int, float], target: int, weight: float) -> None:
        if self.dropout and len(feats) > 4:
            rnd, keep = self.rng.random, self.dropout
            feats = {f: k for f, k in feats.items() if rnd() >= keep} or feats
        p = self.probs(feats)
        if self.n == 1:
            grads = [weight * (p[0] - target)]
        else:
            grads = [weight * (p[c] - (1.0 if c == target else 0.0)) for c in range(self.n)]
        n, w, g, rate, l2 = self.n, self.w, self.g, self.rate, self.l2
        for c, gr in enumerate(grads):
            self.gb[c] += gr * gr
            self.b[c] -= rate * gr / math.sqrt(self.gb[c] + 1e-8)
        for f, k in feats.items():
            base = f * n
            for c in range(n):
                i = base + c
                grad = grads[c] * k + l2 * w[i]
                g[i] += grad * grad
                w[i] -= rate * grad / math.sqrt(g[i] + 1e-8)

    def head(self) -> Head:
        weights = self.w
        top = max((abs(x) for x in weights), default=0.0) or 1.0
        scale = top / 127
        quant = array("b", (max(-127, min(127, round(x / scale))) for x in weights))
        return Head(self.classes if self.n > 1 else self.classes[:1], tuple(self.b), scale, quant)


def _fit(
    examples: list[tuple[dict[int, float], int, float]],
    classes: Sequence[str],
    epochs: int,
    seed: int,
    l2: float = 1e-6,
    *,
    dropout: float = 0.0,
) -> Head:
    trainer = _Trainer(classes, l2=l2, dropout=dropout, seed=seed)
    rng = random.Random(seed)  # noqa: S311 (a shuffle order, not a secret)
    order = list(range(len(examples)))
    for _ in range(epochs):
        rng.shuffle(order)
        for i in order:
            feats, target, weight = examples[i]
            trainer.step(feats, target, weight)
    return trainer.head()


@dataclass(frozen=True, slots=True)
class Recipe:
    """How a model is trained, and the error rates its thresholds are chosen for."""

    epochs: int = 8
    seed: int = 7
    l2: float = 1e-4  # chosen on blind set D (held out): fewer confident misfires on ordinary talk
    pos_weight: float = 1.5  # missing someone at risk costs more than a gentle question
    augment: bool = True
    aug_weight: float = 0.5
    neg_weight: float = 2.0
    now_weight: float = 1.0
    max_ordinary: float = 0.04  # false triggers allowed on ordinary messages (held out)
    max_hard: float = 0.12  # ... and on hard ones (negation, idioms, ages)
    max_now_false: float = 0.10  # crises not happening now that still get the emergency answer
    min_now: float = 0.3  # below this, a fifth of ordinary crisis statements read as "now"
    # A share of each message's features left out at random in every step, so no single word
    # carries a decision: chosen on blind F (held out), where 0.3-0.5 all raised the lowest
    # category by 3-8 points and recall by up to 2.5, with fewer false triggers in most languages.
    dropout: float = 0.4


def _heads(corpus: Corpus, locale: str, recipe: Recipe) -> dict[str, Head]:
    negations = NEGATIONS.get(locale, NEGATIONS["en"])

    def feats(text: str) -> dict[int, float]:
        return message_features(screen_tokens(text, locale), negations)

    pos = [(feats(t), RISK_CLASSES.index(c), now) for t, c, now in corpus.positives]
    neg = [feats(t) for t, _ in corpus.negatives]
    buried: list[tuple[dict[int, float], int, bool | None]] = []
    strung: list[dict[int, float]] = []
    if recipe.augment and corpus.negatives:
        # People bury the one sentence that matters in a long message about something else:
        # each risk message again between two ordinary ones, and ordinary ones strung together.
        rng = random.Random(recipe.seed)  # noqa: S311 (a sample, not a secret)
        ordinary = [t for t, _ in corpus.negatives]
        for text, category, now in corpus.positives:
            long = f"{rng.choice(ordinary)} {text} {rng.choice(ordinary)}"
            buried.append((feats(long), RISK_CLASSES.index(category), now))
            strung.append(feats(" ".join(rng.sample(ordinary, min(3, len(ordinary))))))
    ident_ask = [feats(t) for t in corpus.identity_ask]
    ident_not = [feats(t) for t in corpus.identity_not]
    w = recipe
    risk_examples = (
        [(f, c, w.pos_weight) for f, c, _ in pos]
        + [(f, c, w.pos_weight * w.aug_weight) for f, c, _ in buried]
        + [(f, 0, w.neg_weight) for f in neg]
        + [(f, 0, w.aug_weight) for f in strung]
        + [(f, 0, 1.0) for f in ident_ask + ident_not]
    )
    # Danger now is learned from the buried copies too: a message that says it is happening
    # now in the middle of a long one about something else. Learned without them (held out:
    # blind sets AA-EE, the model's reading alone) it caught 623 of 652 such messages, with
    # them 633, for 146 of 3,634 other crises answered emergency-first instead of 92.
    now_examples = [(f, int(bool(now)), w.now_weight if now else 1.0) for f, _, now in pos if now is not None]
    now_examples += [(f, int(bool(now)), w.aug_weight) for f, _, now in buried if now is not None]
    identity_examples = [(f, 1, 3.0) for f in ident_ask] + [
        (f, 0, 1.0) for f in ident_not + neg + [f for f, _, _ in pos]
    ]
    return {
        "risk": _fit(risk_examples, RISK_CLASSES, w.epochs, w.seed, w.l2, dropout=w.dropout),
        "now": _fit(now_examples, ("now",), w.epochs, w.seed, dropout=w.dropout),
        "identity": _fit(identity_examples, ("identity",), w.epochs, w.seed),
    }


BAR_MARGIN = 0.03  # how far under the highest equally good bar the risk bar is set
# The lowest bar at which the model alone opens a check (a listed phrase needs far less). Its
# readings of ordinary talk crowd near 1.0 too, and bars the validation set chose between 0.78
# and 0.96 let through 4.4-12.1% of ordinary messages on blind set U; at 0.98, 2.8-6.7% with
# one crisis in 200 more missed (and 0.98 had once sat just above a knife attack read 0.977).
MIN_RISK_BAR = 0.97
# Russian ordinary talk reads riskier still (7.1% and 7.3% of it opened a check on blind sets
# DD and EE at 0.97): on EE, 0.98 let through 6 of 151 ordinary messages instead of 11 and
# missed one crisis of 233 more.
MIN_RISK_BARS = {"ru": 0.98}


def choose_thresholds(
    model: SafetyModel,
    validation: Corpus,
    locale: str,
    recipe: Recipe,
    phrases: Callable[[str], bool],
    soon: Callable[[str], bool],
) -> dict[str, float]:
    """Thresholds from readings of messages the model never learned from (the validation
    set, written apart from the training sets): the most recall whose false triggers on
    ordinary and hard messages stay within the recipe's limits. ``phrases(text)`` tells
    whether a phrase list names a risk in the text (a phrase lowers the bar); ``soon(text)``
    whether a "now" phrase stands in it."""

    def read(text: str) -> Reading:
        return model.read(screen_tokens(text, locale))

    pos = [(read(text), phrases(text), now) for text, _, now in validation.positives]
    neg: dict[str, list[tuple[float, bool]]] = {}
    for text, kind in validation.negatives:
        neg.setdefault(kind, []).append((read(text).any_risk, phrases(text)))

    def rate(items: Sequence[tuple[float, bool]], risk: float, confirm: float) -> float:
        hits = sum(1 for score, phrase in items if score >= risk or (phrase and score >= confirm))
        return hits / len(items) if items else 0.0

    scored = [(r.any_risk, phrase) for r, phrase, _ in pos]
    allowed: list[tuple[float, float, float]] = []  # (recall, risk, confirm)
    for r in range(5, 100):
        risk = r / 100
        for confirm in sorted({risk, risk / 2, risk / 4, 0.05}):
            if rate(neg.get("ordinary", []), risk, confirm) > recipe.max_ordinary:
                continue
            if rate(neg.get("hard", []), risk, confirm) > recipe.max_hard:
                continue
            allowed.append((rate(scored, risk, confirm), risk, confirm))
    # Every bar within one message of the best recall is as good on this evidence. The highest
    # of them sits right under the weakest crisis this small set happened to hold (it put
    # English at 0.98 on one retraining, where "he came at me with a knife" read 0.977); the
    # middle one (rounds 18-19) let through more ordinary talk on the next blind set (English
    # 5.9% at 0.78, 3.7% at 0.95, with the same crises caught but one). So the bar is
    # BAR_MARGIN under the highest. At that bar, a phrase needs the least agreement from the
    # model that keeps the limits.
    top = max((recall for recall, _, _ in allowed), default=-1.0)
    near = [c for c in allowed if c[0] >= top - 1 / max(1, len(scored)) - 1e-9]
    bars = sorted({risk for _, risk, _ in near})
    under = [b for b in bars if b <= bars[-1] - BAR_MARGIN + 1e-9] if bars else []
    bar = under[-1] if under else (bars[0] if bars else 0.99)
    best = min((c for c in near if c[1] == bar), key=lambda c: c[2], default=(-1.0, 0.99, 0.99))
    lowest = MIN_RISK_BARS.get(locale, MIN_RISK_BAR)
    floor = [c for c in allowed if abs(c[1] - lowest) < 1e-9]
    if best[1] < lowest and floor:
        # The model alone is trusted only when nearly sure: its readings crowd near 1.0, and
        # a validation set this small cannot place a bar among them (see MIN_RISK_BAR).
        best = min(floor, key=lambda c: c[2])
    # Danger now (the "now" phrases count too): the lowest bar whose emergency-first answers
    # to crises that are not happening now stay within the recipe's share.
    urgent = [
        (r.now, soon(text))
        for (r, _, now), (text, _, _) in zip(pos, validation.positives, strict=True)
        if now
    ]
    calmer = [
        (r.now, soon(text))
        for (r, _, now), (text, _, _) in zip(pos, validation.positives, strict=True)
        if not now
    ]
    now = 0.5
    for t in (x / 200 for x in range(100, round(recipe.min_now * 200) - 1, -1)):
        if (
            calmer
            and sum(1 for score, hint in calmer if hint or score >= t) / len(calmer) > recipe.max_now_false
        ):
            break
        now = t
    asks = [read(t).identity for t in validation.identity_ask]
    not_asks = sorted((read(t).identity for t in validation.identity_not), reverse=True)
    identity = 0.9  # lower, short answers in the flows ("like a spare part") read as questions
    if asks and not_asks:  # above every message that was not about Candor, if possible
        identity = min(0.99, max(identity, not_asks[0] + 1e-4))
    return {
        "risk": best[1],
        "confirm": best[2],
        "now": now,
        "now_recall": round(
            sum(1 for score, hint in urgent if hint or score >= now) / max(1, len(urgent)), 4
        ),
        "identity": round(identity, 4),
        "validation_recall": round(best[0], 4),
    }


def train(
    corpus: Corpus,
    locale: str,
    recipe: Recipe | None = None,
    *,
    validation: Corpus | None = None,
    phrases: Callable[[str], bool] | None = None,
    soon: Callable[[str], bool] | None = None,
) -> dict[str, Any]:
    """The model file's contents for one language: the heads, and the thresholds chosen on
    the validation set (when one is given)."""
    recipe = recipe or Recipe()
    heads = _heads(corpus, locale, recipe)
    thresholds: dict[str, float] = {}
    if validation is not None and validation.positives:
        model = SafetyModel(heads, NEGATIONS.get(locale, NEGATIONS["en"]))
        never = lambda _: False  # noqa: E731
        thresholds = choose_thresholds(model, validation, locale, recipe, phrases or never, soon or never)
    return {
        "format": 1,
        "bits": BITS,
        "locale": locale,
        "trained_on": {
            "positives": len(corpus.positives),
            "negatives": len(corpus.negatives),
            "identity_ask": len(corpus.identity_ask),
            "identity_not": len(corpus.identity_not),
            "digest": corpus_digest(corpus, validation),
        },
        "thresholds": thresholds,
        "heads": {name: head.to_json() for name, head in heads.items()},
    }


def train_locale(corpus_dir: Path, locales_dir: Path, locale: str) -> dict[str, Any]:
    """Train one language and write ``locales/<lang>/safety_model.json``; returns its summary."""
    screen = SafetyScreen(PhraseBook.load(locales_dir), None)

    def listed(text: str) -> bool:
        return bool(screen.phrases(text, locale) & set(CATEGORIES))

    def soon(text: str) -> bool:
        return "now" in screen.phrases(text, locale)

    corpus = development_corpus(corpus_dir, locale)
    checked = corpus_dir / "validation" / f"{locale}.yaml"
    validation = read_corpus(checked) if checked.exists() else None
    model = train(corpus, locale, validation=validation, phrases=listed, soon=soon)
    path = locales_dir / locale / "safety_model.json"
    path.write_text(json.dumps(model, separators=(",", ":")) + "\n", encoding="utf-8")
    return {**model["trained_on"], **model["thresholds"]}


def train_all(corpus_dir: Path, locales_dir: Path, locales: Sequence[str]) -> dict[str, dict[str, Any]]:
    """Every language, in parallel processes (each is plain Python)."""
    with ProcessPoolExecutor() as pool:
        jobs = {loc: pool.submit(train_locale, corpus_dir, locales_dir, loc) for loc in locales}
        return {loc: job.result() for loc, job in jobs.items()}
