"""``python -m bot check``: every flow and every locale, checked before anyone meets them."""

from __future__ import annotations

import sys
from collections.abc import Sequence

from bot.config import Settings
from bot.engine.flowbook import FlowError
from bot.i18n.translator import LocaleError


def _failed(problems: Sequence[object]) -> int:
    for problem in problems:
        print(problem, file=sys.stderr)
    print(f"check failed: {len(problems)} problem(s)", file=sys.stderr)
    return 1


def run_checks(settings: Settings) -> int:
    from bot.app import load_texts_and_flows

    try:
        translator, book = load_texts_and_flows(settings)
    except (FlowError, LocaleError) as exc:
        return _failed(exc.problems)
    from pathlib import Path

    from bot.i18n.coverage import check_locales, ids_used_in_code

    exact, prefixes = ids_used_in_code(Path(__file__).resolve().parent)
    locale_problems = check_locales(translator, exact | book.message_ids(), prefixes)
    if locale_problems:
        return _failed(locale_problems)
    safety_problems = _safety_problems(settings, translator.locales) + _intent_problems(settings)
    if safety_problems:
        return _failed(safety_problems)
    steps = sum(len(spec.steps) for spec in book)
    print(
        f"ok: {len(book.specs)} flows, {steps} steps, "
        f"{len(translator.ids('en'))} English messages, locales: {', '.join(translator.locales)}"
    )
    return 0


def _intent_problems(settings: Settings) -> list[str]:
    """Every language's intent rules compile and its trained intent model loads."""
    from bot.engine.intent.rules import MODEL_FILE, Recogniser

    try:
        recogniser = Recogniser.load(settings.locales_dir)
        for locale in sorted(recogniser.locales):
            if recogniser.model(locale) is None:
                return [f"locales/{locale}/{MODEL_FILE}: missing (python -m bot train-intent)"]
    except (OSError, ValueError) as exc:
        return [f"intent: {exc}"]
    return []


def _safety_problems(settings: Settings, locales: tuple[str, ...]) -> list[str]:
    """Help lines, phrase lists and every language's trained model load and agree."""
    from bot.engine.safety.helplines import Helplines
    from bot.engine.safety.screen import Models, PhraseBook, SafetyScreen
    from bot.engine.schema import SchemaError

    problems: list[str] = []
    folder = settings.locales_dir
    try:
        Helplines.load(folder / "helplines.yaml")
    except SchemaError as exc:  # one line, and one count, for each entry that is wrong
        problems += [f"safety: {line}" for line in str(exc).splitlines()]
    except (OSError, ValueError) as exc:
        problems.append(f"safety: {exc}")
    if problems:
        return problems
    try:
        book = PhraseBook.load(folder)
        models = Models(folder, locales)
        SafetyScreen(book, models)  # builds every phrase index and loads every model
    except (OSError, ValueError) as exc:
        problems.append(f"safety: {exc}")
        return problems
    problems += [f"locales/{loc}/safety_model.json: missing" for loc in locales if loc not in models.locales]
    return problems
