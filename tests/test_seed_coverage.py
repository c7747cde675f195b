"""docs/seed-coverage.md: every idea of the seed with the message ids that carry it. A listed
id that no longer exists in English fails here, so the map can't quietly rot."""

from __future__ import annotations

import re
from dataclasses import dataclass

import pytest

from bot.config import PROJECT_ROOT
from bot.i18n.translator import Translator

COVERAGE = PROJECT_ROOT / "docs" / "seed-coverage.md"
ROW = re.compile(r"^\|\s*(\d+)\s*\|(.+)\|(.+)\|\s*$")
MESSAGE_ID = re.compile(r"`([a-z][a-z0-9-]*)`")
# Ideas being built on another branch right now may say so instead of (or beside) ids.
PENDING = re.compile(r"pending: branch ([a-z]+)")
BRANCHES = {"did", "deepen", "screen"}
MIN_IDEAS = 40


@dataclass(frozen=True, slots=True)
class Idea:
    number: int
    text: str
    ids: tuple[str, ...]
    pending: tuple[str, ...]


def parse(markdown: str) -> list[Idea]:
    ideas = []
    for line in markdown.splitlines():
        match = ROW.match(line)
        if match:
            number, text, where = match.groups()
            ideas.append(
                Idea(
                    int(number), text.strip(), tuple(MESSAGE_ID.findall(where)), tuple(PENDING.findall(where))
                )
            )
    return ideas


def problems(ideas: list[Idea], english: set[str]) -> list[str]:
    found = []
    if len(ideas) < MIN_IDEAS:
        found.append(f"only {len(ideas)} ideas listed")
    if [i.number for i in ideas] != list(range(1, len(ideas) + 1)):
        found.append("ideas are not numbered 1..n in order")
    for idea in ideas:
        if not idea.ids and not idea.pending:
            found.append(f"idea {idea.number} names no message id")
        if not set(idea.pending) <= BRANCHES:
            found.append(f"idea {idea.number}: unknown branch in {idea.pending}")
        missing = [i for i in idea.ids if i not in english]
        if missing:
            found.append(f"idea {idea.number}: {missing} no longer in locales/en")
    return found


@pytest.fixture(scope="module")
def english() -> set[str]:
    return Translator(PROJECT_ROOT / "locales").ids("en")


@pytest.fixture(scope="module")
def ideas() -> list[Idea]:
    return parse(COVERAGE.read_text(encoding="utf-8"))


def test_every_listed_idea_lives_in_a_message_that_exists(ideas: list[Idea], english: set[str]) -> None:
    assert problems(ideas, english) == []
    assert all(len(i.text) > 20 for i in ideas)


def test_pending_work_is_marked_by_branch(ideas: list[Idea]) -> None:
    """Ideas still being built elsewhere say where; the markers go once those branches land."""
    marked = {b for i in ideas for b in i.pending}
    assert marked <= BRANCHES
    assert all(i.ids for i in ideas if not i.pending)


def test_the_checker_catches_a_removed_id_a_bare_row_and_a_gap(ideas: list[Idea], english: set[str]) -> None:
    listed = sorted({i for idea in ideas for i in idea.ids})
    assert any("no longer in locales/en" in p for p in problems(ideas, english - {listed[0]}))
    bare = Idea(len(ideas) + 1, "an idea nobody wrote a message for", (), ())
    assert any("names no message id" in p for p in problems([*ideas, bare], english))
    pending = Idea(len(ideas) + 1, "an idea another branch is writing now", (), ("did",))
    assert problems([*ideas, pending], english) == []
    assert any(
        "unknown branch" in p
        for p in problems([*ideas, Idea(len(ideas) + 1, "x" * 30, (), ("zz",))], english)
    )
    assert any("numbered" in p for p in problems(ideas[1:], english))
