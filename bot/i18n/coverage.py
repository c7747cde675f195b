"""Locale coverage: every language says everything English says, with the same placeholders,
and English holds no text that nothing uses."""

from __future__ import annotations

import ast
from collections.abc import Iterable
from pathlib import Path

from bot.engine.locales import DEFAULT_LOCALE
from bot.i18n.translator import LocaleProblem, Translator


def ids_used_in_code(package: Path) -> tuple[set[str], set[str]]:
    """String literals in the code that may be message ids, and prefixes of ids built with
    f-strings (``f"country-{code}"`` counts as a use of every ``country-`` id)."""
    exact: set[str] = set()
    prefixes: set[str] = set()
    for path in package.rglob("*.py"):
        tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
        for node in ast.walk(tree):
            if isinstance(node, ast.Constant) and isinstance(node.value, str):
                exact.add(node.value)
            elif isinstance(node, ast.JoinedStr) and node.values:
                head = node.values[0]
                if isinstance(head, ast.Constant) and isinstance(head.value, str) and len(head.value) >= 4:
                    prefixes.add(head.value)
    return exact, prefixes


def check_locales(
    translator: Translator, used: Iterable[str], prefixes: Iterable[str] = ()
) -> list[LocaleProblem]:
    problems: list[LocaleProblem] = []
    english = translator.ids(DEFAULT_LOCALE)
    used = set(used)
    prefixes = tuple(prefixes)
    for msg_id in sorted(english):
        if msg_id not in used and not msg_id.startswith(prefixes):
            problems.append(
                LocaleProblem(
                    translator.file_of(DEFAULT_LOCALE, msg_id),
                    f"message id {msg_id!r} is used by no flow or code",
                )
            )
    for locale in translator.locales:
        if locale == DEFAULT_LOCALE:
            continue
        ids = translator.ids(locale)
        for msg_id in sorted(english - ids):
            problems.append(
                LocaleProblem(
                    f"locales/{locale}",
                    f"message id {msg_id!r} is missing "
                    f"(English has it in {translator.file_of(DEFAULT_LOCALE, msg_id)})",
                )
            )
        for msg_id in sorted(ids - english):
            problems.append(
                LocaleProblem(translator.file_of(locale, msg_id), f"message id {msg_id!r} is not in English")
            )
        for msg_id in sorted(ids & english):
            extra = translator.variables(locale, msg_id) - translator.variables(DEFAULT_LOCALE, msg_id)
            if extra:
                names = ", ".join(f"${v}" for v in sorted(extra))
                problems.append(
                    LocaleProblem(
                        translator.file_of(locale, msg_id),
                        f"{msg_id!r} uses {names}, which English does not have",
                    )
                )
    return problems
