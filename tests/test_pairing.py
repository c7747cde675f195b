"""Partner pairing: invite, consent, private answers, the reveal to both, and every way out."""

from __future__ import annotations

import re
from datetime import timedelta

import pytest

from bot.app import Core, reminder_dispatcher
from bot.engine.clock import ManualClock
from tests.chatdriver import ChatDriver

ANNA, BEN, CARA = 7101, 7102, 7103
LINK = re.compile(r"/start (p_[A-Za-z0-9_-]+)")


AREAS = 13


async def answer_agreements(chat: ChatDriver, answers: list[str]) -> None:
    assert len(answers) == AREAS
    await chat.tap("Let's go through")
    for label in answers:
        said = await chat.tap(label)
        if said[-1].ids == ["agreement-q-need"]:
            await chat.tap("Skip this")
    said = await chat.tap("Show my summary")
    if said[-1].ids == ["safety-question"]:  # not asked when fear or control was said already
        await chat.tap("nothing like that")


async def invite(anna: ChatDriver, name: str | None = "Anna") -> str:
    await anna.begin()
    await anna.tap("agreements out loud")
    await answer_agreements(anna, ["Fine with me"] * 4 + ["Not fine with me"] * 9)
    await anna.tap("Invite my partner")
    await anna.tap("Create an invitation link")
    said = await anna.text(name) if name else await anna.tap("Don't show a name")
    match = LINK.search(said[-1].body)
    assert match, said[-1].body
    return match.group(1)


async def accept(ben: ChatDriver, payload: str) -> list:  # type: ignore[type-arg]
    await ben.command("start", payload)
    return await ben.tap("18 or older")


@pytest.fixture
def anna(memory_core: Core) -> ChatDriver:
    return ChatDriver(memory_core, user_id=ANNA)


@pytest.fixture
def ben(memory_core: Core) -> ChatDriver:
    return ChatDriver(memory_core, user_id=BEN)


async def test_invite_consent_answer_and_reveal_to_both(anna: ChatDriver, ben: ChatDriver) -> None:
    payload = await invite(anna)
    said = await ben.command("start", payload)
    # Who invited them and what it is, before the disclosure and anything asked of them.
    ids = said[-1].ids
    assert ids[0] == "pair-invited-first"
    assert ids.index("pair-invited-first") < ids.index("welcome-disclosure")
    assert said[-1].body.startswith("Anna invited you to compare")
    said = await ben.tap("18 or older")
    assert "pair-invited" in said[-1].ids
    assert "Anna invited you" in said[-1].body
    said = await ben.tap("Yes, I'll answer")
    assert "pair-accepted" in said[-1].ids
    assert (await anna.drain())[0].ids == ["pair-accepted-notify"]  # discreet: no topic
    await answer_agreements(
        ben, ["Fine with me"] * 2 + ["Not fine with me"] * 2 + ["I'm not sure"] + ["Fine with me"] * 8
    )
    ben_reveal = next(s for s in ben.history if "pair-reveal-intro" in s.ids)
    anna_reveal = next(s for s in await anna.drain() if "pair-reveal-intro" in s.ids)
    for reveal in (ben_reveal, anna_reveal):
        body = reveal.body
        assert body.index("see it differently") < body.index("Still open") < body.index("Where you agree")
        assert "A suggested order" in body
    assert "you said “fine”, your partner “not fine”" in ben_reveal.body
    assert "you said “not fine”, your partner “fine”" in anna_reveal.body


async def test_nothing_is_revealed_before_both_finish(anna: ChatDriver, ben: ChatDriver) -> None:
    payload = await invite(anna)
    await accept(ben, payload)
    await ben.tap("Yes, I'll answer")
    await anna.drain()
    await ben.tap("Let's go through")
    await ben.tap("Fine with me")
    assert all("pair-reveal-intro" not in s.ids for s in await anna.drain())
    said = await ben.command("pair")
    assert said[-1].ids == ["pair-your-turn"]
    said = await anna.command("pair")
    assert said[-1].ids == ["pair-news-accepted"]  # the news the notification pointed to


async def test_withdrawing_before_the_reveal(anna: ChatDriver, ben: ChatDriver) -> None:
    payload = await invite(anna)
    await accept(ben, payload)
    await ben.tap("Yes, I'll answer")
    await anna.drain()
    await anna.command("pair")
    said = await anna.tap("End the comparison")
    assert said[-1].ids == ["pair-end-confirm"]  # ending asks first
    said = await anna.tap("No, keep it")
    assert "pair-news-accepted" in said[-1].ids
    assert await ben.drain() == []
    await anna.tap("End the comparison")
    said = await anna.tap("Yes, end it")
    assert said[0].ids[0] == "pair-ended"
    assert [s.ids for s in await ben.drain()] == [["pair-ended-notify"]]
    await answer_agreements(ben, ["Fine with me"] * AREAS)
    assert all("pair-reveal-intro" not in s.ids for s in ben.history)
    assert all("pair-reveal-intro" not in s.ids for s in await anna.drain())


async def test_expired_and_reused_links_and_a_third_person(memory_core: Core, clock: ManualClock) -> None:
    anna, ben, cara = (ChatDriver(memory_core, user_id=u) for u in (ANNA, BEN, CARA))
    payload = await invite(anna)
    said = await accept(ben, payload)
    await ben.tap("Yes, I'll answer")
    said = await accept(cara, payload)  # the link was used once already
    assert "pair-invalid" in said[-1].ids
    said = await anna.command("start", payload)  # one's own link
    assert "pair-invalid" in said[-1].ids or "pair-own" in said[-1].ids
    # a fresh invite from Cara, opened by Anna after it expired
    cara2 = ChatDriver(memory_core, user_id=CARA + 1)
    payload2 = await invite(cara2, name=None)
    clock.advance(timedelta(days=7, minutes=1))
    dora = ChatDriver(memory_core, user_id=CARA + 2)
    said = await accept(dora, payload2)
    assert "pair-expired" in said[-1].ids
    said = await dora.command("start", "p_madeupmadeupmadeup")
    assert "pair-invalid" in said[-1].ids


async def test_inviter_deleting_their_data_mid_way(
    anna: ChatDriver, ben: ChatDriver, memory_core: Core
) -> None:
    payload = await invite(anna)
    await accept(ben, payload)
    await ben.tap("Yes, I'll answer")
    await anna.drain()
    await anna.command("delete")
    await anna.tap("Yes, erase everything")
    assert [s.ids for s in await ben.drain()] == [["pair-ended-notify"]]
    rows = memory_core.store.rows_of(ANNA)  # type: ignore[attr-defined]
    assert set(rows.values()) == {0}
    said = await ben.command("pair")
    assert said[-1].ids == ["pair-none"]


async def test_safety_during_pairing_pauses_it_silently(anna: ChatDriver, ben: ChatDriver) -> None:
    payload = await invite(anna)
    await accept(ben, payload)
    await ben.tap("Yes, I'll answer")
    await anna.drain()
    said = await ben.text("he hit me last week when he was drunk")
    assert said[-1].ids == ["safety-check-danger"]
    await ben.tap("Yes, that's what's happening")
    await ben.tap("Back to where I was")
    await answer_agreements(ben, ["Fine with me"] * AREAS)
    assert all("pair-reveal-intro" not in s.ids for s in ben.history)
    assert await anna.drain() == []  # never told
    said = await ben.command("pair")
    assert said[-1].ids == ["pair-paused"]
    said = await anna.command("pair")
    assert said[-1].ids == ["pair-news-accepted"]  # nothing about why it is taking long


async def test_revisit_reminder_after_the_reveal(
    anna: ChatDriver, ben: ChatDriver, clock: ManualClock
) -> None:
    payload = await invite(anna)
    await accept(ben, payload)
    await ben.tap("Yes, I'll answer")
    await answer_agreements(ben, ["Fine with me"] * AREAS)
    said = await ben.tap("In a month")
    assert said[-1].ids == ["pair-revisit-set"]
    clock.advance(timedelta(days=29))
    await reminder_dispatcher(ben.core).run_once()
    assert await ben.drain() == []
    clock.advance(timedelta(days=2))
    await reminder_dispatcher(ben.core).run_once()
    said = await ben.drain()
    assert said[0].ids == ["reminder-plan-end-notify"]
    said = await ben.tap("Open it")
    assert said[-1].ids[0] == "pair-revisit-intro"
    assert "agreement-intro" in said[-1].ids


async def test_the_reveal_shares_no_other_flow(anna: ChatDriver, ben: ChatDriver) -> None:
    await anna.begin()
    await anna.tap("workable")
    await anna.tap("start")
    await anna.tap("nothing like that")
    await anna.tap("Something else")
    await anna.text("SECRET-NOTE-4471")
    await anna.command("menu")
    payload = ""
    await anna.tap("agreements out loud")
    await answer_agreements(anna, ["Fine with me"] * AREAS)
    await anna.tap("Invite my partner")
    await anna.tap("Create an invitation link")
    said = await anna.tap("Don't show a name")
    payload = LINK.search(said[-1].body).group(1)  # type: ignore[union-attr]
    said = await accept(ben, payload)
    assert "Someone invited you" in said[-1].body
    await ben.tap("Yes, I'll answer")
    await answer_agreements(ben, ["Fine with me"] * AREAS)
    for s in ben.history:
        assert "SECRET-NOTE-4471" not in s.body


async def test_pair_shows_an_open_invitation_and_can_cancel_it(
    anna: ChatDriver, ben: ChatDriver, clock: ManualClock
) -> None:
    payload = await invite(anna)
    said = await anna.command("pair")
    assert said[-1].ids[0] == "pair-invite-pending"
    assert "7 more days" in said[-1].body
    clock.advance(timedelta(days=6, hours=1))
    said = await anna.command("pair")
    assert "one more day" in said[-1].body
    said = await anna.tap("Cancel the invitation")
    assert "pair-invite-cancelled" in said[0].ids
    said = await anna.command("pair")
    assert said[-1].ids[0] == "pair-none"
    said = await accept(ben, payload)
    assert "pair-invalid" in said[-1].ids  # the cancelled link opens nothing


async def test_an_expired_invitation_is_not_shown_as_open(anna: ChatDriver, clock: ManualClock) -> None:
    await invite(anna)
    clock.advance(timedelta(days=7, minutes=1))
    said = await anna.command("pair")
    assert said[-1].ids[0] == "pair-none"


async def test_pair_leads_to_the_news_and_shows_the_comparison_again(
    anna: ChatDriver, ben: ChatDriver
) -> None:
    payload = await invite(anna)
    await accept(ben, payload)
    await ben.tap("Yes, I'll answer")
    note = await anna.drain()
    assert note[0].ids == ["pair-accepted-notify"]
    assert "/pair" in note[0].body
    said = await anna.command("pair")
    assert said[-1].ids == ["pair-news-accepted"]
    await anna.tap("Back to where I was")
    await answer_agreements(ben, ["It depends"] * 2 + ["What I'd need here"] + ["Fine with me"] * 10)
    await anna.drain()
    said = await anna.command("pair")
    assert said[-1].ids == ["pair-revealed"]
    said = await anna.tap("Show the comparison again")
    again = said[-1]
    assert again.ids[0] == "pair-reveal-again-intro"
    assert "pair-reveal-close" not in again.ids  # no second question about a reminder
    assert "your partner “it depends”" in again.body
    assert "your partner “what I'd need here”" in again.body
    said = await anna.tap("End the comparison")
    assert said[-1].ids == ["pair-end-confirm"]


async def test_typed_needs_are_never_shared(anna: ChatDriver, ben: ChatDriver) -> None:
    payload = await invite(anna)
    await accept(ben, payload)
    await ben.tap("Yes, I'll answer")
    await ben.tap("Let's go through")
    await ben.tap("What I'd need here")
    await ben.text("PRIVATE-NEED-5521")
    for _ in range(AREAS - 1):
        await ben.tap("Fine with me")
    await ben.tap("Show my summary")
    said = await ben.tap("nothing like that")
    assert any("PRIVATE-NEED-5521" in s.body for s in said)  # in Ben's own summary
    reveal = [s for s in await anna.drain() if "pair-reveal-intro" in s.ids]
    assert reveal
    assert all("PRIVATE-NEED-5521" not in s.body for s in reveal)
    pairing = await anna.core.store.run(ANNA, lambda tx: tx.pairing())
    assert pairing is not None
    assert "PRIVATE-NEED-5521" not in repr(pairing)


async def test_fear_said_at_the_question_pauses_the_pairing_silently(
    anna: ChatDriver, ben: ChatDriver
) -> None:
    payload = await invite(anna)
    await accept(ben, payload)
    await ben.tap("Yes, I'll answer")
    await anna.drain()
    await ben.tap("Let's go through")
    for _ in range(AREAS):
        await ben.tap("Fine with me")
    said = await ben.tap("Show my summary")
    assert said[-1].ids == ["safety-question"]
    await ben.tap("Yes, some of that")
    said = await ben.tap("Show my summary")
    assert said[0].ids[0] == "agreement-safety-first"
    assert "Invite my partner to answer too" not in said[-1].labels
    assert all("pair-reveal-intro" not in s.ids for s in ben.history)
    assert await anna.drain() == []  # never told
    said = await ben.command("pair")
    assert said[-1].ids == ["pair-paused"]
