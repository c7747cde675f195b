"""The Translator: renders message ids from ``locales/<lang>/*.ftl`` with Fluent."""

from __future__ import annotations

import logging
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from fluent.runtime import FluentBundle, FluentResource
from fluent.syntax import Visitor, ast

from bot.engine.locales import DEFAULT_LOCALE
from bot.engine.outbound import FOLD, Day, Param, Reply, Text, TextList

log = logging.getLogger(__name__)


@dataclass(frozen=True, slots=True)
class LocaleProblem:
    file: str
    message: str

    def __str__(self) -> str:
        return f"{self.file}: {self.message}"


class LocaleError(Exception):
    def __init__(self, problems: list[LocaleProblem]) -> None:
        self.problems = problems
        super().__init__("\n".join(str(p) for p in problems))


@dataclass(slots=True)
class _Locale:
    bundle: FluentBundle
    ids: set[str]
    variables: dict[str, set[str]]
    files: dict[str, str]  # message id -> file it comes from


class Translator:
    """Every word the bot says, by locale. English is the fallback for a missing id."""

    def __init__(self, folder: Path, *, eager: bool = True) -> None:
        """``eager=False`` parses English now and other languages on first use (a faster
        start for the console chat); the Telegram service and ``check`` parse them all."""
        self.folder = folder
        self._locales: dict[str, _Locale] = {}
        self._dirs = {p.name: p for p in sorted(folder.iterdir()) if p.is_dir()} if folder.is_dir() else {}
        if DEFAULT_LOCALE not in self._dirs:
            raise LocaleError([LocaleProblem(str(folder), f"no {DEFAULT_LOCALE!r} folder")])
        # English first, then the rest alphabetically.
        self.locales: tuple[str, ...] = (
            DEFAULT_LOCALE,
            *sorted(k for k in self._dirs if k != DEFAULT_LOCALE),
        )
        for locale in self.locales if eager else (DEFAULT_LOCALE,):
            self._get(locale)

    def _get(self, locale: str) -> _Locale:
        loaded = self._locales.get(locale)
        if loaded is None:
            problems: list[LocaleProblem] = []
            loaded = self._load(self._dirs[locale], problems)
            if problems:
                raise LocaleError(problems)
            self._locales[locale] = loaded
        return loaded

    @staticmethod
    def _load(directory: Path, problems: list[LocaleProblem]) -> _Locale:
        bundle = FluentBundle([directory.name], use_isolating=False)
        ids: set[str] = set()
        variables: dict[str, set[str]] = {}
        files: dict[str, str] = {}
        for path in sorted(directory.glob("*.ftl")):
            name = f"{directory.parent.name}/{directory.name}/{path.name}"
            source = path.read_text(encoding="utf-8")
            resource = FluentResource(source)
            for entry in resource.body:
                if isinstance(entry, ast.Junk):
                    line = source.count("\n", 0, entry.span.start) + 1 if entry.span else 0
                    detail = entry.annotations[0].message if entry.annotations else "syntax error"
                    problems.append(LocaleProblem(f"{name}:{line}", f"Fluent syntax error: {detail}"))
                elif isinstance(entry, ast.Message):
                    msg_id = entry.id.name
                    if msg_id in ids:
                        problems.append(LocaleProblem(name, f"message id {msg_id!r} defined twice"))
                    ids.add(msg_id)
                    files[msg_id] = name
                    variables[msg_id] = _variables(entry)
            bundle.add_resource(resource, allow_overrides=True)
        return _Locale(bundle, ids, variables, files)

    # -- queries --------------------------------------------------------------------------

    def has(self, locale: str, msg_id: str) -> bool:
        return locale in self._dirs and msg_id in self._get(locale).ids

    def ids(self, locale: str) -> set[str]:
        return set(self._get(locale).ids)

    def variables(self, locale: str, msg_id: str) -> set[str]:
        return set(self._get(locale).variables.get(msg_id, ()))

    def file_of(self, locale: str, msg_id: str) -> str:
        return self._get(locale).files.get(msg_id, "?")

    # -- rendering ------------------------------------------------------------------------

    def render(self, locale: str, text: Text) -> str:
        loc = self._get(locale) if locale in self._dirs else None
        if loc is None or text.id not in loc.ids:
            loc = self._locales[DEFAULT_LOCALE]
            if text.id not in loc.ids:
                log.error("message id %r is missing everywhere", text.id)
                return text.id
        args = {k: self._arg(locale, v) for k, v in text.params.items()}
        message = loc.bundle.get_message(text.id)
        if message.value is None:
            return text.id
        value, errors = loc.bundle.format_pattern(message.value, args)
        if errors:
            log.warning("rendering %r in %s: %s", text.id, locale, "; ".join(map(str, errors)))
        return str(value)  # a FluentNone (a missing reference) reads as its own name

    def _arg(self, locale: str, value: Param) -> str | int | float:
        if isinstance(value, Text):
            return self.render(locale, value)
        if isinstance(value, TextList):
            return value.sep.join(self.render(locale, t) for t in value.items)
        if isinstance(value, Day):
            return format_day(value, locale)
        return value

    def render_parts(self, locale: str, parts: Iterable[Text]) -> str:
        return "\n\n".join(self.render(locale, p) for p in parts)

    def render_reply(self, locale: str, reply: Reply) -> tuple[str, list[list[tuple[str, str]]]]:
        """The text of a reply and its buttons as (label, token) rows."""
        body, _ = self.render_folded(locale, reply.parts)
        rows = [[(self.render(locale, b.label), b.token) for b in row] for row in reply.buttons]
        return body, rows

    def render_folded(self, locale: str, parts: Iterable[Text]) -> tuple[str, list[tuple[int, int]]]:
        """The text of ``parts`` and where its folded parts are, as (start, length) in
        characters: what a platform may show collapsed."""
        pieces: list[str] = []
        folds: list[tuple[int, int]] = []
        at = 0
        for part in parts:
            if pieces:
                at += 2  # the blank line between parts
            text = self.render(locale, part)
            if part.id == FOLD and text.strip():
                folds.append((at, len(text)))
            pieces.append(text)
            at += len(text)
        return "\n\n".join(pieces), folds


def format_day(day: Day, locale: str) -> str:
    """The language's own long date ("3 de marzo de 2026"), or day and month for "short"."""
    from babel.dates import format_date, format_skeleton  # Fluent's own dependency

    try:
        value = date.fromisoformat(day.iso)
        if day.style == "short":
            return format_skeleton("MMMd", value, locale=locale)
        return format_date(value, "long", locale=locale)
    except (ValueError, LookupError):
        return day.iso


def _variables(message: ast.Message) -> set[str]:
    found: set[str] = set()

    class Collect(Visitor):
        def visit_VariableReference(self, node: ast.VariableReference) -> None:
            found.add(node.id.name)
            self.generic_visit(node)

    Collect().visit(message)
    return found
