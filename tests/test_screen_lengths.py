"""One screen at a time: every step and result of every flow, in every language, on every
path (see ``tests/screenwalk.py``), rendered as the messages a person receives.

- The first message of a result (a terminal step, or a step that composes from the
  answers) says the one thing that matters in at most 400 characters.
- No message is over 1,000 characters.
The longest message per language and how many are over 700 are printed (``-s``).

Folded parts (the reasons behind a result) reach Telegram as an expandable quotation
whose offsets are counted in UTF-16 code units; the last tests hold that.
"""

from __future__ import annotations

import functools
from collections import defaultdict
from dataclasses import dataclass, field

import pytest

from bot.delivery.render import SCREEN_MAX, split_folded
from bot.engine.outbound import BREAK, FOLD, Text, fold
from bot.telegram.entities import EXPANDABLE, folded_entities
from tests import screenwalk
from tests.fake_bot_api import FakeBotApi

FIRST_MAX = 400
# Results whose first message is not yet one screen, or with a message over 1,000 characters,
# with the longest they reach (in the longest language): written down so the test holds
# everything else, says plainly what is left, and fails if any of it grows. None is left.
NOT_YET_400: dict[str, int] = {}
NOT_YET_1000: dict[str, int] = {}


@dataclass
class Longest:
    length: int = 0
    where: str = ""
    over_700: set[str] = field(default_factory=set)


@dataclass
class Measure:
    by_locale: dict[str, Longest]
    first_over: dict[str, tuple[int, str, str]]  # flow:step -> (length, locale, text)
    any_over: dict[str, tuple[int, str, str]]
    walks: dict[str, screenwalk.AnswerWalk]
    screens: int


@functools.cache
def measure() -> Measure:
    tr, _ = screenwalk.loaded()
    eng = screenwalk.engine()
    lengths = screenwalk.Lengths(tr)
    by_locale = {loc: Longest() for loc in tr.locales}
    first_over: dict[str, tuple[int, str, str]] = {}
    any_over: dict[str, tuple[int, str, str]] = {}
    walks: dict[str, screenwalk.AnswerWalk] = {}
    screens = 0
    for shown in screenwalk.everything(eng, walks):
        screens += 1
        where = f"{shown.flow}:{shown.step}"
        for loc in tr.locales:
            for i, message in enumerate(shown.messages):
                body = lengths.body(loc, message)
                size = len(body)
                longest = by_locale[loc]
                if size > longest.length:
                    longest.length, longest.where = size, where
                if size > 700:
                    longest.over_700.add(body)
                if size > SCREEN_MAX and size > any_over.get(where, (0,))[0]:
                    any_over[where] = (size, loc, body)
                if shown.result and i == 0 and size > FIRST_MAX and size > first_over.get(where, (0,))[0]:
                    first_over[where] = (size, loc, body)
    return Measure(by_locale, first_over, any_over, walks, screens)


def test_print_the_longest_message_per_language() -> None:
    m = measure()
    print(f"\n{m.screens} screens shown")
    for name, walk in sorted(m.walks.items()):
        how = f"a sample of {screenwalk.LIMIT}" if walk.sampled else "all"
        print(f"  {name}: {walk.combinations} combinations of answers, {how} shown")
    for loc, longest in m.by_locale.items():
        print(
            f"{loc}: longest message {longest.length} ({longest.where}); "
            f"distinct messages over 700: {len(longest.over_700)}"
        )
    assert m.screens > 1000
    assert set(m.by_locale) == {"en", "es", "pt", "ru"}


def test_the_first_message_of_every_result_fits_a_screen() -> None:
    over = {k: v for k, v in measure().first_over.items() if k not in NOT_YET_400}
    assert not over, "\n\n".join(f"{k}: {n} ({loc})\n{body}" for k, (n, loc, body) in over.items())
    for where, known in NOT_YET_400.items():  # what is left may only shrink
        assert measure().first_over.get(where, (0,))[0] <= known, where


def test_no_message_is_over_a_thousand_characters() -> None:
    over = {k: v for k, v in measure().any_over.items() if k not in NOT_YET_1000}
    assert not over, "\n\n".join(f"{k}: {n} ({loc})\n{body}" for k, (n, loc, body) in over.items())
    for where, known in NOT_YET_1000.items():
        assert measure().any_over.get(where, (0,))[0] <= known, where


def test_every_flow_was_walked_with_its_results() -> None:
    walked = defaultdict(int)
    for name in measure().walks:
        walked[name.split(":")[0]] += 1
    assert {"agreement", "dealbreaker", "raise", "repair", "spectrum", "owning", "leaving"} <= set(walked)


# -- folded parts on Telegram ----------------------------------------------------------------


def test_a_fold_renders_as_its_paragraphs_and_is_marked_where_it_falls() -> None:
    tr, _ = screenwalk.loaded()
    parts = [Text("nav-menu"), fold(Text("nav-back"), Text("nav-menu"))]
    body, folds = tr.render_folded("en", parts)
    head = tr.render("en", Text("nav-menu"))
    inner = tr.render("en", Text("nav-back")) + "\n\n" + head
    assert body == head + "\n\n" + inner
    assert folds == [(len(head) + 2, len(inner))]
    assert FOLD == "fold"
    assert BREAK.id not in tr.ids("en")


def test_entities_are_counted_in_utf16_units_after_an_emoji() -> None:
    text = "Ты спросил: «🙂 он пишет бывшей»\n\nПричины:\n• одна\n• вторая"
    start = text.index("Причины")
    [(kind, offset, length)] = folded_entities(text, [(start, len(text) - start)])
    assert kind == EXPANDABLE
    assert offset == start + 1  # the emoji is two UTF-16 units
    assert length == len(text) - start
    units = text.encode("utf-16-le")
    assert units[2 * offset : 2 * (offset + length)].decode("utf-16-le") == text[start:]


def test_a_fold_cut_across_two_messages_keeps_its_part_in_each() -> None:
    text = "Head line.\n\n" + "\n".join(f"• reason number {i} with a few words" for i in range(60))
    pieces = split_folded(text, [(12, len(text) - 12)], 1000)
    assert len(pieces) > 1
    for piece in pieces:
        assert len(piece.text) <= 1000
        for at, length in piece.folds:
            assert 0 <= at < at + length <= len(piece.text)
    assert pieces[0].folds[0][0] == 12
    assert all(p.folds == ((0, len(p.text)),) for p in pieces[1:])


@pytest.mark.parametrize(
    ("entities", "fine"),
    [
        ([{"type": "expandable_blockquote", "offset": 3, "length": 4}], True),
        ([{"type": "expandable_blockquote", "offset": 2, "length": 4}], False),  # cuts the emoji
        ([{"type": "expandable_blockquote", "offset": 3, "length": 40}], False),  # past the end
        ([{"type": "folded", "offset": 3, "length": 4}], False),
    ],
)
def test_the_fake_bot_api_checks_entities_in_utf16_units(
    entities: list[dict[str, object]], fine: bool
) -> None:
    text = "a🙂 four"  # "a" 1 unit, the emoji 2, then " four" from unit 3
    if fine:
        assert FakeBotApi._check_entities(text, {"entities": entities}) == entities
    else:
        with pytest.raises(Exception, match="entit"):
            FakeBotApi._check_entities(text, {"entities": entities})
    with pytest.raises(Exception, match="parse_mode"):
        FakeBotApi._check_entities(text, {"entities": entities, "parse_mode": "HTML"})
