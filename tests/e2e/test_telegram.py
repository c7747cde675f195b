"""The same end-to-end suite through both adapters, by polling and by webhook."""

from __future__ import annotations

from tests.e2e.harness import Harness

ANNA = 5001


async def begin(tg: Harness, user: int = ANNA) -> None:
    await tg.command(user, "start")
    await tg.tap(user, "18 or older")


async def test_dealbreaker_check_through_buttons(tg: Harness) -> None:
    await begin(tg)
    assert "What would you like to look at?" in tg.last(ANNA)
    await tg.tap(ANNA, "workable")
    await tg.tap(ANNA, "start")
    for label in (
        "nothing like that",  # the safety question comes first
        "dating-app",
        "denied",
        "won't go there",
        "nothing changed",
        "A lot",
        "feels like that",
        "fully in it",
        "carry this",
    ):
        await tg.tap(ANNA, label)
    # The reading: the leaning alone on one screen, then the reasons as expandable quotes.
    chat = tg.api.chat(ANNA)
    reading = next(i for i, m in enumerate(chat) if "tend toward dealbreaker territory" in (m.text or ""))
    assert len(chat[reading].text or "") <= 400
    assert not chat[reading].entities
    reasons = chat[reading + 1]
    assert reasons.text is not None
    assert reasons.text.startswith("What pointed toward dealbreaker territory:")
    [quote] = reasons.entities or []
    assert quote["type"] == "expandable_blockquote"
    assert quote["offset"] == 0
    assert reasons.parse_mode is None  # entities, never a parse mode
    assert "Where would you like to go from here?" in tg.last(ANNA)
    assert tg.api.calls["answerCallbackQuery"] >= 11
    # buttons did not pile up: only the last message has a keyboard
    with_keyboard = [m for m in tg.api.chat(ANNA) if m.reply_markup]
    assert len(with_keyboard) == 1


async def test_free_text_where_a_button_was_expected(tg: Harness) -> None:
    await begin(tg)
    await tg.tap(ANNA, "workable")
    await tg.text(ANNA, "what should I do??")
    assert "I read that, thank you" in tg.last(ANNA)
    assert "Let's start" in tg.buttons(ANNA)


async def test_stale_and_forged_buttons(tg: Harness) -> None:
    await begin(tg)
    await tg.tap(ANNA, "workable")
    old_id, old_data = tg.data_of(ANNA, "start")
    await tg.tap(ANNA, "start")
    await tg.raw_tap(ANNA, old_id, old_data)
    assert "That question has moved on" in tg.last(ANNA)
    await tg.raw_tap(ANNA, old_id, "forged.data.x")
    assert "That question has moved on" in tg.last(ANNA)


async def test_group_chat_gets_one_line_and_the_bot_leaves(tg: Harness) -> None:
    update = tg.api.group_message(-100123, ANNA, "hello bot")
    await tg._push(update)
    await tg.settle()
    assert -100123 in tg.api.left_chats
    assert any("only works in a one-to-one chat" in t for t in tg.api.sent_texts(-100123))


async def test_sticker_and_photo(tg: Harness) -> None:
    await begin(tg)
    for kind in ("sticker", "photo"):
        await tg._push(tg.api.user_media(ANNA, kind))
        await tg.settle()
        assert "I can only read text and button taps" in tg.last(ANNA)
    await tg._push(tg.api.user_media(ANNA, "voice"))
    await tg.settle()
    assert "can't listen to voice" in tg.last(ANNA)
    assert "/sos" in tg.last(ANNA)


async def test_captions_forwards_and_edits_are_screened(tg: Harness) -> None:
    await begin(tg)
    await tg._push(
        tg.api.user_caption(ANNA, "this is what he did to me last night, he hits me when he drinks")
    )
    await tg.settle()
    assert "I want to check something, gently" in tg.last(ANNA)
    await tg.command(ANNA, "menu")
    await tg._push(tg.api.user_forward(ANNA, "if you leave me I will kill you, I swear"))
    await tg.settle()
    assert "I want to check something, gently" in tg.last(ANNA)
    await tg.command(ANNA, "menu")
    await tg.text(ANNA, "hello")
    sent = len(tg.api.chat(ANNA))
    await tg._push(tg.api.user_edit(ANNA, "hello again"))  # an ordinary edit: nothing to say
    await tg.settle()
    assert len(tg.api.chat(ANNA)) == sent
    await tg._push(tg.api.user_edit(ANNA, "i dont want to be alive anymore"))
    await tg.settle()
    assert "thinking about hurting yourself" in tg.last(ANNA)


async def test_a_5000_character_message(tg: Harness) -> None:
    await begin(tg)
    await tg.tap(ANNA, "workable")
    await tg.tap(ANNA, "start")
    await tg.tap(ANNA, "nothing like that")
    await tg.tap(ANNA, "Something else")
    await tg.text(ANNA, "word " * 1000)
    assert "more than I can hold" in tg.last(ANNA)


async def test_a_blocked_person(tg: Harness) -> None:
    await begin(tg)
    await tg._push(tg.api.block(ANNA))
    await tg.settle()
    person = await tg.service.core.store.run(ANNA, lambda tx: tx.load())
    assert person.inactive
    await tg._push(tg.api.unblock(ANNA))
    await tg.settle()
    person = await tg.service.core.store.run(ANNA, lambda tx: tx.load())
    assert not person.inactive


async def test_429_storm_is_waited_out(tg: Harness) -> None:
    await begin(tg)
    tg.api.fail("sendMessage", status=429, retry_after=1, times=3)
    tg.api.fail("editMessageText", status=429, retry_after=1, times=3)
    await tg.tap(ANNA, "workable")
    await tg.settle(timeout=20)
    assert "Let's look at what happened" in tg.last(ANNA)


async def test_commands_are_set_per_language(tg: Harness) -> None:
    assert tg.api.commands[None]
    names = [c["command"] for c in tg.api.commands[None]]
    assert {"start", "menu", "back", "reset", "sos", "help", "privacy", "delete"} <= set(names)


async def test_fast_messages_from_one_person_never_race(tg: Harness) -> None:
    """Like aiogram's regression test for its issue 1317: a burst from one person is handled
    one at a time, in order, each exactly once."""
    await begin(tg)
    await tg.tap(ANNA, "workable")
    message_id, data = tg.data_of(ANNA, "start")
    ids = [tg.api.user_tap(ANNA, message_id, data) for _ in range(3)]
    ids += [tg.api.user_text(ANNA, f"message {i}") for i in range(10)]
    for update_id in ids:
        await tg._push(update_id)
    await tg.settle()
    texts = tg.api.sent_texts(ANNA)
    # the first tap moved on; the two extra taps found the question had moved on
    assert sum("That question has moved on" in t for t in texts) == 2
    assert sum("I read that, thank you" in t for t in texts) == 10
    person = await tg.service.core.store.run(ANNA, lambda tx: tx.load())
    assert person.session.flows["dealbreaker"].step == "safety"  # the first question


async def test_many_people_at_once(tg: Harness) -> None:
    people = list(range(7000, 7040))
    for user in people:
        await tg._push(tg.api.user_command(user, "start"))
    await tg.settle()
    for user in people:
        await tg._push(tg.api.user_tap(user, *tg.data_of(user, "18 or older")))
    await tg.settle()
    for user in people:
        assert "What would you like to look at?" in tg.last(user)


async def test_blocked_while_sending_stops_reminders(tg: Harness) -> None:
    await begin(tg)
    tg.api.fail("sendMessage", status=403, description="Forbidden: bot was blocked by the user", chat_id=ANNA)
    tg.api.fail(
        "editMessageText", status=403, description="Forbidden: bot was blocked by the user", chat_id=ANNA
    )
    await tg.tap(ANNA, "workable")
    person = await tg.service.core.store.run(ANNA, lambda tx: tx.load())
    assert person.inactive
    assert await tg.service.core.store.outbox_for_chat(ANNA) == []


async def test_server_errors_are_retried(tg: Harness) -> None:
    await begin(tg)
    tg.api.fail("editMessageText", status=500, times=1)
    await tg.tap(ANNA, "workable")
    await tg.settle(timeout=15)
    assert "Let's look at what happened" in tg.last(ANNA)


async def test_a_bad_request_is_dropped_not_retried(tg: Harness) -> None:
    await begin(tg)
    tg.api.fail("editMessageText", status=400, description="Bad Request: can't parse entities", times=1)
    await tg.tap(ANNA, "workable")
    assert tg.api.calls["editMessageText"] == 1
    assert await tg.service.core.store.outbox_for_chat(ANNA) == []


async def test_two_people_pair_and_both_get_the_comparison(tg: Harness) -> None:
    import re

    anna, ben = 6101, 6102
    await begin(tg, anna)
    await tg.tap(anna, "agreements out loud")
    await tg.tap(anna, "Let's go through")
    for _ in range(13):
        await tg.tap(anna, "Fine with me")
    await tg.tap(anna, "Show my summary")
    await tg.tap(anna, "nothing like that")
    await tg.tap(anna, "Invite my partner")
    await tg.tap(anna, "Create an invitation link")
    await tg.text(anna, "Anna")
    match = re.search(r"https://t\.me/candor_test_bot\?start=(p_[A-Za-z0-9_-]+)", tg.last(anna))
    assert match, tg.last(anna)
    await tg.command(ben, "start", match.group(1))
    await tg.tap(ben, "18 or older")
    assert "Anna invited you" in tg.last(ben)
    await tg.tap(ben, "Yes, I'll answer")
    await tg.tap(ben, "Let's go through")
    for label in ["Not fine with me"] + ["Fine with me"] * 12:
        await tg.tap(ben, label)
    await tg.tap(ben, "Show my summary")
    await tg.tap(ben, "nothing like that")
    for user, mine, theirs in ((anna, "fine", "not fine"), (ben, "not fine", "fine")):
        reveal = next(t for t in reversed(tg.api.sent_texts(user)) if "Here is where you meet" in t)
        assert f"you said “{mine}”, your partner “{theirs}”" in reveal
