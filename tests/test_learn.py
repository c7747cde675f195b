"""The library: every piece reachable from the menu and /learn in every locale, each page
short enough to read in well under a minute, at most two pages, and linked from the results
where it matters."""

from __future__ import annotations

import pytest

from bot.app import Content, Core
from bot.engine import learn
from bot.engine.outbound import Text
from tests.chatdriver import ChatDriver

LOCALES = ("en", "es", "pt", "ru")
PAGE_MAX = 900  # characters on one page of a piece
BUTTON_MAX = 64  # a label that still fits a phone's button


def _label(core: Core, locale: str, msg_id: str) -> str:
    return core.translator.render(locale, Text(msg_id))


@pytest.mark.parametrize("locale", LOCALES)
async def test_every_piece_is_reachable_from_the_menu_and_reads_in_under_a_minute(
    memory_core: Core, locale: str
) -> None:
    chat = ChatDriver(memory_core, user_id=4100 + LOCALES.index(locale), lang=locale)
    await chat.command("start")
    await chat.tap(_label(memory_core, locale, "btn-adult"))
    await chat.tap(_label(memory_core, locale, "btn-learn"))
    assert chat.last.ids == ["learn-intro"]
    for piece in learn.PIECES:
        title = _label(memory_core, locale, learn.message_id(piece, "-title"))
        assert len(title) <= BUTTON_MAX, (locale, piece)
        await chat.tap(title)
        pages = [chat.last]
        if piece in learn.TWO_PAGES:
            await chat.tap(_label(memory_core, locale, "learn-read-on"))
            pages.append(chat.last)
        else:
            assert _label(memory_core, locale, "learn-read-on") not in chat.last.labels
        assert [p.ids for p in pages] == [
            [learn.message_id(piece)],
            [learn.message_id(piece, "-more")],
        ][: len(pages)]
        for page in pages:
            assert 150 < len(page.body) <= PAGE_MAX, (locale, piece, len(page.body))
        await chat.tap(_label(memory_core, locale, "learn-other-pieces"))
        assert chat.last.ids == ["learn-intro"]
    await chat.tap(_label(memory_core, locale, "btn-back-to-where"))
    assert chat.last.ids[0] == "menu-intro"


async def test_learn_command_opens_the_library_and_back_returns_mid_flow(chat: ChatDriver) -> None:
    await chat.begin()
    await chat.tap("Where does this behaviour sit?")
    await chat.tap("Let's start")
    step = chat.last.ids
    await chat.command("learn")
    assert chat.last.ids == ["learn-intro"]
    await chat.tap("The anxious–avoidant cycle")
    assert chat.last.ids == ["learn-cycle"]
    assert "both" in chat.last.body.lower() or "others" in chat.last.body.lower()
    await chat.tap("Read on")
    assert chat.last.ids == ["learn-cycle-more"]
    await chat.tap("Back to where I was")
    assert chat.last.ids == step  # the same question, nothing lost


def test_learn_is_a_listed_command(memory_core: Core) -> None:
    assert "learn" in {c.name for c in memory_core.engine.commands}


def test_every_page_and_title_exists_and_nothing_else_hides_in_the_library(content: Content) -> None:
    translator = content.translator
    expected = {"learn-intro", "learn-read-on", "learn-other-pieces"}
    for piece in learn.PIECES:
        expected |= {learn.message_id(piece), learn.message_id(piece, "-title")}
        if piece in learn.TWO_PAGES:
            expected.add(learn.message_id(piece, "-more"))
    assert {i for i in translator.ids("en") if i.startswith("learn-")} == expected
    for locale in LOCALES:
        for msg_id in expected:
            rendered = translator.render(locale, Text(msg_id))
            assert rendered.strip(), (locale, msg_id)
            assert len(rendered) <= PAGE_MAX, (locale, msg_id, len(rendered))


# Where a piece is one tap away: the results where it matters.
LINKS = [
    ("dealbreaker", "reading", "learn_symptom"),
    ("spectrum", "placement", "learn"),
    ("repair", "end", "learn_cycle"),
    ("raise", "finish", "learn_never_said"),
    ("agreement", "summary", "learn_never_said"),
    ("leaving", "decision", "learn_symptom"),
    ("leaving", "telling_words", "learn_never_touched"),
    ("leaving", "end", "learn"),
]


@pytest.mark.parametrize(("flow_id", "step_id", "screen"), LINKS)
def test_pieces_are_linked_where_they_matter(
    content: Content, flow_id: str, step_id: str, screen: str
) -> None:
    step = content.book.specs[flow_id].steps[step_id]
    assert screen in {c.screen for c in step.choices}
    assert screen in learn.SCREENS


def test_every_piece_is_linked_from_somewhere_or_listed(content: Content) -> None:
    """The library lists every piece; the most needed ones are also linked from a result."""
    linked = {c.screen for spec in content.book for s in spec.steps.values() for c in s.choices if c.screen}
    assert {learn.screen_name(p) for p in ("symptom", "cycle", "never_said", "never_touched")} <= linked
    assert learn.INDEX in linked
