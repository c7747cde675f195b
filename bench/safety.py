"""The safety screen's cost: time to screen one message and resident memory, the phrase
lists alone against the phrase lists with the model, in the same process and alternating.

``python -m bench.safety`` prints the table; ``python -m bench`` includes it.
"""

from __future__ import annotations

import json
import subprocess
import sys
import time

from bench.measure import percentile, summary
from bot.config import PROJECT_ROOT
from bot.engine.safety.screen import Models, PhraseBook, SafetyScreen
from bot.engine.safety.training import development_corpus

CORPUS = PROJECT_ROOT / "tests" / "safety_corpus"


def messages() -> list[tuple[str, str]]:
    """Every development message of every language, with a 5,000-character one each."""
    out: list[tuple[str, str]] = []
    for locale in ("en", "es", "pt", "ru"):
        corpus = development_corpus(CORPUS, locale)
        texts = [t for t, _, _ in corpus.positives] + [t for t, _ in corpus.negatives]
        out += [(locale, t) for t in texts]
        out.append((locale, (" ".join(texts))[:5000]))
    return out


def _time(screen: SafetyScreen, sample: list[tuple[str, str]]) -> list[float]:
    took = []
    for locale, text in sample:
        start = time.perf_counter_ns()
        screen.find(text, locale)
        took.append((time.perf_counter_ns() - start) / 1000)
    return took


def timing(runs: int = 3, limit: int | None = None) -> dict[str, dict[str, object]]:
    locales = PROJECT_ROOT / "locales"
    book = PhraseBook.load(locales)
    sample = messages()
    if limit is not None:  # every language alike, long ones included
        sample = sample[:: max(1, len(sample) // limit)]
    variants = {
        "phrases": SafetyScreen(book, None),
        "phrases+model": SafetyScreen(book, Models(locales, book.lists)),
    }
    figures: dict[str, dict[str, list[float]]] = {
        v: {"median_us": [], "p99_us": [], "max_us": []} for v in variants
    }
    for _ in range(runs):
        for name, screen in variants.items():  # alternating, so drift hits both alike
            took = _time(screen, sample)
            figures[name]["median_us"].append(percentile(took, 0.5))
            figures[name]["p99_us"].append(percentile(took, 0.99))
            figures[name]["max_us"].append(max(took))
    out: dict[str, dict[str, object]] = {
        name: {k: summary(v) for k, v in f.items()} for name, f in figures.items()
    }
    out["messages"] = {"count": len(sample)}  # type: ignore[dict-item]
    return out


def _resident(variant: str) -> float:
    """Resident MB added by building the screen, measured in a fresh process."""
    code = (
        "import json, os; from bench.measure import rss_mb; from bot.config import PROJECT_ROOT; "
        "from bot.engine.safety.screen import Models, PhraseBook, SafetyScreen; "
        "import bot.engine.safety.model; before = rss_mb(os.getpid()); "
        "loc = PROJECT_ROOT / 'locales'; book = PhraseBook.load(loc); "
        f"s = SafetyScreen(book, Models(loc, book.lists) if {variant == 'phrases+model'} else None); "
        "[s.find('he hits me when he drinks and i am scared to go home', l) for l in ('en','es','pt','ru')]; "
        "print(json.dumps(rss_mb(os.getpid()) - before))"
    )
    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, cwd=PROJECT_ROOT
    )
    return float(json.loads(done.stdout))


def memory(runs: int = 3) -> dict[str, dict[str, float]]:
    figures: dict[str, list[float]] = {"phrases": [], "phrases+model": []}
    for _ in range(runs):
        for variant in figures:
            figures[variant].append(_resident(variant))
    return {v: summary(f) for v, f in figures.items()}


def run(runs: int = 3, limit: int | None = None) -> dict[str, object]:
    return {"timing": timing(runs, limit), "resident_mb": memory(runs)}


def render(report: dict[str, object]) -> list[tuple[str, str, str]]:
    timing_ = report["timing"]
    resident = report["resident_mb"]
    rows = []
    for variant in ("phrases", "phrases+model"):
        t = timing_[variant]  # type: ignore[index]
        rows.append((f"safety {variant}: median us/message", f"{t['median_us']['median']:.0f}", ""))
        rows.append((f"safety {variant}: p99 us/message", f"{t['p99_us']['median']:.0f}", "<= 5000"))
        rows.append((f"safety {variant}: resident MB added", f"{resident[variant]['median']:.1f}", ""))  # type: ignore[index]
    both = timing_["phrases+model"]["p99_us"]["median"] / timing_["phrases"]["p99_us"]["median"]  # type: ignore[index]
    rows.append(("safety p99 ratio, with model / phrases", f"{both:.2f}x", ""))
    return rows


def main() -> int:
    report = run()
    for name, value, target in render(report):
        print(f"{name.ljust(44)} {value:>10}  {target}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
