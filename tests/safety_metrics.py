"""Figures of the safety screen and the identity guard on one labelled corpus.

Used by tests/test_safety_corpus.py, and by hand while developing:
``python -m tests.safety_metrics tests/safety_corpus/dev`` prints every file's figures.
"""

from __future__ import annotations

import sys
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from bot.config import PROJECT_ROOT
from bot.engine.safety.screen import (
    GROUPS,
    IdentityGuard,
    Models,
    PhraseBook,
    SafetyScreen,
)
from bot.engine.safety.training import CATEGORIES, Corpus, read_corpus


@dataclass
class Report:
    locale: str
    positives: int = 0
    caught: int = 0
    by_category: Counter[str] = field(default_factory=Counter)
    caught_by_category: Counter[str] = field(default_factory=Counter)
    now: int = 0
    now_caught: int = 0
    not_now_caught: int = 0  # caught positives that are not happening now
    not_now_flagged: int = 0  # ... and were answered as danger now anyway
    routed: int = 0  # caught and asked the right question (who is at risk)
    negatives: Counter[str] = field(default_factory=Counter)
    false: Counter[str] = field(default_factory=Counter)
    identity_ask: int = 0
    identity_caught: int = 0
    identity_not: int = 0
    identity_false: int = 0
    missed: list[tuple[str, str]] = field(default_factory=list)
    missed_now: list[str] = field(default_factory=list)
    victims_asked: list[str] = field(default_factory=list)  # ... whether they might hurt someone
    false_texts: list[tuple[str, str, str]] = field(default_factory=list)

    @property
    def victim_asked_harm_others(self) -> int:
        return len(self.victims_asked)

    @property
    def recall(self) -> float:
        return self.caught / self.positives if self.positives else 1.0

    def category_recall(self, category: str) -> float:
        n = self.by_category[category]
        return self.caught_by_category[category] / n if n else 1.0

    @property
    def now_recall(self) -> float:
        return self.now_caught / self.now if self.now else 1.0

    def false_rate(self, kind: str) -> float:
        n = self.negatives[kind]
        return self.false[kind] / n if n else 0.0

    def lines(self) -> list[str]:
        cats = " ".join(
            f"{c} {self.category_recall(c):.0%}/{self.by_category[c]}"
            for c in CATEGORIES
            if self.by_category[c]
        )
        negs = " ".join(f"{k} {self.false_rate(k):.1%}/{self.negatives[k]}" for k in sorted(self.negatives))
        out = [
            f"[{self.locale}] recall {self.recall:.1%} of {self.positives}; danger now "
            f"{self.now_recall:.0%} of {self.now} (and {self.not_now_flagged}/{self.not_now_caught} others); "
            f"right question {self.routed}/{self.caught}; "
            f"victim asked about harming others {self.victim_asked_harm_others}",
            f"  by category: {cats}",
            f"  false triggers: {negs}",
        ]
        if self.identity_ask or self.identity_not:
            out.append(
                f"  identity: asked {self.identity_caught}/{self.identity_ask}, "
                f"false {self.identity_false}/{self.identity_not}"
            )
        return out


def evaluate(screen: SafetyScreen, identity: IdentityGuard, corpus: Corpus, locale: str) -> Report:
    report = Report(locale)
    for text, category, now in corpus.positives:
        report.positives += 1
        report.by_category[category] += 1
        finding = screen.find(text, locale)
        if now:
            report.now += 1
            if finding is not None and finding.now:
                report.now_caught += 1
            else:
                report.missed_now.append(text)
        if finding is None:
            report.missed.append((category, text))
            continue
        report.caught += 1
        report.caught_by_category[category] += 1
        if not now:
            report.not_now_caught += 1
            report.not_now_flagged += finding.now
        expected = GROUPS[category]  # the sets label a partner's self-harm threat as a threat
        got = "danger" if finding.group in ("partner-threat", "sexual") else finding.group
        if expected == "sexual":
            expected = "danger"
        if got == expected:
            report.routed += 1
        if finding.group == "harm-others" and category in ("fear", "threats", "violence", "sexual_coercion"):
            report.victims_asked.append(text)
    for text, kind in corpus.negatives:
        report.negatives[kind] += 1
        finding = screen.find(text, locale)
        if finding is not None:
            report.false[kind] += 1
            report.false_texts.append((kind, finding.category, text))
    for text in corpus.identity_ask:
        report.identity_ask += 1
        report.identity_caught += identity.inspect(text, locale) is not None
    for text in corpus.identity_not:
        report.identity_not += 1
        report.identity_false += identity.inspect(text, locale) is not None
    return report


def build() -> tuple[SafetyScreen, IdentityGuard]:
    locales_dir = PROJECT_ROOT / "locales"
    book = PhraseBook.load(locales_dir)
    models = Models(locales_dir, book.lists)
    return SafetyScreen(book, models), IdentityGuard(book, models)


def main(paths: list[str]) -> None:
    screen, identity = build()
    verbose = "-v" in paths
    for arg in [p for p in paths if p != "-v"]:
        path = Path(arg)
        files = sorted(path.glob("*.yaml")) if path.is_dir() else [path]
        for file in files:
            locale = file.stem.split("-")[0]
            report = evaluate(screen, identity, read_corpus(file), locale)
            print(file)
            print("\n".join(report.lines()))
            if verbose:
                for category, text in report.missed:
                    print(f"    missed {category}: {text[:160]}")
                for text in report.missed_now:
                    print(f"    not now: {text[:160]}")
                for text in report.victims_asked:
                    print(f"    victim asked about harming others: {text[:160]}")
                for kind, category, text in report.false_texts:
                    print(f"    false {kind} -> {category}: {text[:160]}")


if __name__ == "__main__":
    main(sys.argv[1:])
