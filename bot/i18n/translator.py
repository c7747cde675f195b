"""The Translator: renders message ids from ``locales/<lang>/*.ftl`` with Fluent."""

from __future__ import annotations

import logging
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from fluent.runtime import FluentBundle
from fluent.syntax import FluentParser, Visitor, ast

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
    ids: frozenset[str]


@dataclass(frozen=True, slots=True)
class _Details:
    """What only the checks ask about: each message's variables and the file it comes from."""

    variables: dict[str, frozenset[str]]
    files: dict[str, str]


class Translator:
    """Every word the bot says, by locale. English is the fallback for a missing id."""

    def __init__(self, folder: Path, *, eager: bool = True) -> None:
        """``eager=False`` loads English now and other languages on first use (the console
        and Telegram: a language nobody speaks costs nothing); ``check`` loads them all."""
        self.folder = folder
        self._locales: dict[str, _Locale] = {}
        self._details: dict[str, _Details] = {}
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
            messages, terms = self._read(locale)
            bundle = FluentBundle([locale], use_isolating=False)
            bundle.add_resource(ast.Resource([*messages.values(), *terms.values()]))
            loaded = self._locales[locale] = _Locale(bundle, frozenset(messages))
        return loaded

    def _read(self, locale: str) -> tuple[dict[str, ast.Message], dict[str, ast.Term]]:
        """A language's messages and terms, checked; raises on the first broken file set."""
        problems: list[LocaleProblem] = []
        messages: dict[str, ast.Message] = {}
        terms: dict[str, ast.Term] = {}
        for name, source, resource in _parse(self._dirs[locale]):
            lines: Iterator[int] | None = None  # where each syntax error starts, if any
            for entry in resource.body:
                if isinstance(entry, ast.Junk):
                    lines = lines or _junk_lines(source)
                    line = next(lines, 0)
                    detail = entry.annotations[0].message if entry.annotations else "syntax error"
                    problems.append(LocaleProblem(f"{name}:{line}", f"Fluent syntax error: {detail}"))
                elif isinstance(entry, ast.Message):
                    if entry.id.name in messages:
                        problems.append(LocaleProblem(name, f"message id {entry.id.name!r} defined twice"))
                    messages[entry.id.name] = entry
                elif isinstance(entry, ast.Term):
                    terms[entry.id.name] = entry
        if problems:
            raise LocaleError(problems)
        return messages, terms

    def _detail(self, locale: str) -> _Details:
        """Read again when a check first asks: serving people never needs it."""
        found = self._details.get(locale)
        if found is None:
            self._get(locale)  # reports a broken file set first
            variables: dict[str, frozenset[str]] = {}
            files: dict[str, str] = {}
            for name, _, resource in _parse(self._dirs[locale]):
                for entry in resource.body:
                    if isinstance(entry, ast.Message):
                        variables[entry.id.name] = _variables(entry)
                        files[entry.id.name] = name
            found = self._details[locale] = _Details(variables, files)
        return found

    # -- queries --------------------------------------------------------------------------

    @property
    def loaded(self) -> set[str]:
        """The languages loaded so far."""
        return set(self._locales)

    def has(self, locale: str, msg_id: str) -> bool:
        return locale in self._dirs and msg_id in self._get(locale).ids

    def ids(self, locale: str) -> set[str]:
        return set(self._get(locale).ids)

    def variables(self, locale: str, msg_id: str) -> set[str]:
        return set(self._detail(locale).variables.get(msg_id, ()))

    def file_of(self, locale: str, msg_id: str) -> str:
        return self._detail(locale).files.get(msg_id, "?")

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

    def render_once(self, locale: str, texts: Sequence[Text]) -> list[str]:
        """``texts`` in ``locale`` without keeping a language nobody has used loaded (the
        command menus set at start): plain texts are read from its files and let go, and
        only a text with placeables loads the language as a person's first message would."""
        if locale in self._locales or locale not in self._dirs:
            return [self.render(locale, t) for t in texts]
        messages, _ = self._read(locale)
        plain = {t.id: _plain(messages[t.id]) for t in texts if not t.params and t.id in messages}
        return [text if (text := plain.get(t.id)) is not None else self.render(locale, t) for t in texts]


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


def _parse(directory: Path) -> Iterator[tuple[str, str, ast.Resource]]:
    """Each ``.ftl`` file of a language folder: its name, its text, and its syntax tree (without
    source positions, which only an error report needs: a third less memory)."""
    parser = FluentParser(with_spans=False)
    for path in sorted(directory.glob("*.ftl")):
        source = path.read_text(encoding="utf-8")
        yield f"{directory.parent.name}/{directory.name}/{path.name}", source, parser.parse(source)


def _junk_lines(source: str) -> Iterator[int]:
    """The line each syntax error starts on, in order (the file parsed again, with positions)."""
    for entry in FluentParser().parse(source).body:
        if isinstance(entry, ast.Junk):
            yield source.count("\n", 0, entry.span.start) + 1 if entry.span else 0


def _plain(message: ast.Message) -> str | None:
    """A message's text when it is only text (what Fluent itself renders for it)."""
    if message.value is None or not all(isinstance(e, ast.TextElement) for e in message.value.elements):
        return None
    return "".join(e.value for e in message.value.elements if isinstance(e, ast.TextElement))


def _variables(message: ast.Message) -> frozenset[str]:
    found: set[str] = set()

    class Collect(Visitor):
        def visit_VariableReference(self, node: ast.VariableReference) -> None:
            found.add(node.id.name)
            self.generic_visit(node)

    Collect().visit(message)
    return frozenset(found)
