"""``python -m bot check``: every flow and every locale, checked before anyone meets them."""

from __future__ import annotations

import sys

from bot.config import Settings
from bot.engine.flowbook import FlowError
from bot.i18n.translator import LocaleError


def run_checks(settings: Settings) -> int:
    from bot.app import load_texts_and_flows

    try:
        translator, book = load_texts_and_flows(settings)
    except (FlowError, LocaleError) as exc:
        problems = exc.problems
        for problem in problems:
            print(problem, file=sys.stderr)
        print(f"check failed: {len(problems)} problem(s)", file=sys.stderr)
        return 1
    from pathlib import Path

    from bot.i18n.coverage import check_locales, ids_used_in_code

    exact, prefixes = ids_used_in_code(Path(__file__).resolve().parent)
    problems = check_locales(translator, exact | book.message_ids(), prefixes)
    if problems:
        for problem in problems:
            print(problem, file=sys.stderr)
        print(f"check failed: {len(problems)} problem(s)", file=sys.stderr)
        return 1
    steps = sum(len(spec.steps) for spec in book)
    print(
        f"ok: {len(book.specs)} flows, {steps} steps, "
        f"{len(translator.ids('en'))} English messages, locales: {', '.join(translator.locales)}"
    )
    return 0
