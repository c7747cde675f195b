"""Safety, privacy, languages and pairing paths, end to end through both adapters."""

from __future__ import annotations

import re
from collections.abc import AsyncIterator
from pathlib import Path

import pytest

from bot.engine.outbound import Text
from tests.e2e.harness import Harness
from tests.fake_bot_api import FakeBotApi

ANNA, BEN, CARA = 8101, 8102, 8103


async def begin(tg: Harness, user: int = ANNA, lang: str = "en") -> None:
    await tg.command(user, "start", lang=lang)
    await tg.tap(user, "18 or older" if lang == "en" else tg.buttons(user)[0], lang=lang)


async def test_nothing_before_the_disclosure_and_the_age(tg_polling: Harness) -> None:
    await tg_polling.command(ANNA, "menu")
    text = tg_polling.last(ANNA)
    assert "automated self-help tool" in text
    assert "Please confirm you're 18 or older" in text
    await tg_polling.text(ANNA, "just tell me what to do")
    assert "Please confirm you're 18 or older" in tg_polling.last(ANNA)


async def test_the_truthful_answer_and_sos(tg_polling: Harness) -> None:
    await begin(tg_polling)
    await tg_polling.text(ANNA, "wait, are you a real person?")
    assert any("I'm a program, not a person" in t for t in tg_polling.api.sent_texts(ANNA)[-3:])
    await tg_polling.command(ANNA, "sos")
    await tg_polling.tap(ANNA, "United States")
    assert "988" in tg_polling.last(ANNA)
    await tg_polling.text(ANNA, "i want to die")
    assert "I want to check something, gently" in tg_polling.last(ANNA)


async def test_coach_is_absent_when_not_configured(tg_polling: Harness) -> None:
    names = [c["command"] for c in tg_polling.api.commands[None]]
    assert "coach" not in names
    await begin(tg_polling)
    assert "Write to a human coach" not in tg_polling.buttons(ANNA)
    await tg_polling.command(ANNA, "coach")
    assert "I don't know the command /coach" in tg_polling.last(ANNA)


@pytest.fixture(params=["ptb", "aiogram"])
async def with_coach(
    request: pytest.FixtureRequest, tmp_path: Path, api: FakeBotApi
) -> AsyncIterator[Harness]:
    from tests.e2e.conftest import _harness

    api.known_user(-777)  # the coach's chat (any chat id works)
    h = await _harness(
        tmp_path, api, request.param, "polling", coach_chat_id=-777, coach_about="Sam, a coach."
    )
    yield h
    await h.stop()


async def test_coach_forwards_only_the_message_written_for_the_coach(with_coach: Harness) -> None:
    tg = with_coach
    assert "coach" in [c["command"] for c in tg.api.commands[None]]
    await begin(tg)
    await tg.tap(ANNA, "Write to a human coach")
    assert "Sam, a coach." in tg.last(ANNA)
    await tg.tap(ANNA, "send it without it")
    await tg.text(ANNA, "Could we talk on Thursday?")
    forwarded = tg.api.sent_texts(-777)
    assert len(forwarded) == 1
    assert "Could we talk on Thursday?" in forwarded[0]
    assert "chose not to share their username" in forwarded[0]


async def test_languages_commands_and_switching(tg_polling: Harness) -> None:
    english = {c["command"]: c["description"] for c in tg_polling.api.commands[None]}
    for lang in ("es", "pt", "ru"):
        localized = {c["command"]: c["description"] for c in tg_polling.api.commands[lang]}
        assert localized.keys() == english.keys(), lang
        assert localized["menu"] != english["menu"], lang
    await begin(tg_polling, BEN, lang="pt")
    menu = tg_polling.service.core.translator.render("pt", Text("menu-intro"))  # type: ignore[union-attr]
    assert menu in tg_polling.last(BEN)
    await tg_polling.command(BEN, "language", lang="pt")
    await tg_polling.tap(BEN, "Русский", lang="pt")
    assert any("\u0400" <= ch <= "\u04ff" for ch in tg_polling.last(BEN))


async def test_export_hide_and_delete_with_a_byte_scan(tg_polling: Harness) -> None:
    tg = tg_polling
    canary = "CANARY-e2e-7c1f"
    await begin(tg)
    await tg.tap(ANNA, "workable")
    await tg.tap(ANNA, "start")
    await tg.tap(ANNA, "nothing like that")
    await tg.tap(ANNA, "Something else")
    await tg.text(ANNA, canary)
    await tg.command(ANNA, "export")
    documents = [m for m in tg.api.chat(ANNA) if m.kind == "document"]
    assert documents
    assert documents[-1].document_name == "candor-export.json"
    assert canary.encode() in (documents[-1].document_data or b"")
    # an old message: /hide must not even try it
    store = tg.service.core.store  # type: ignore[union-attr]
    await store.outbox_sent(0, ANNA, [1], keyboard=False)
    await store._on_db_thread(
        lambda db: db.execute("UPDATE sent_messages SET sent_at = 0 WHERE message_id = 1")
    )
    before = [m.message_id for m in tg.api.chat(ANNA)]
    await tg.command(ANNA, "hide")
    deleted = [p for m, p in tg.api.requests if m in ("deleteMessages", "deleteMessage")]
    assert deleted
    tried = {int(i) for p in deleted for i in (p.get("message_ids") or [p.get("message_id")])}
    assert 1 not in tried
    assert tg.last(ANNA) == "Done."
    assert len(tg.api.chat(ANNA)) < len(before)
    await tg.command(ANNA, "delete")
    await tg.tap(ANNA, "Yes, erase everything")
    assert "has been erased" in tg.last(ANNA)
    await tg.settle()
    for file in Path(tg.settings.db).parent.glob(Path(tg.settings.db).name + "*"):
        assert canary.encode() not in file.read_bytes()
    # once the confirmation is sent, even the deleted rows' old pages are gone from the log
    wal = Path(str(tg.settings.db) + "-wal")
    assert not wal.exists() or wal.stat().st_size == 0


async def test_pairing_withdrawal_reuse_and_a_third_person(tg_polling: Harness) -> None:
    tg = tg_polling
    await begin(tg, ANNA)
    await tg.tap(ANNA, "agreements out loud")
    await tg.tap(ANNA, "Let's go through")
    for _ in range(13):
        await tg.tap(ANNA, "Fine with me")
    await tg.tap(ANNA, "Show my summary")
    await tg.tap(ANNA, "nothing like that")
    await tg.tap(ANNA, "Invite my partner")
    await tg.tap(ANNA, "Create an invitation link")
    await tg.tap(ANNA, "Don't show a name")
    payload = re.search(r"start=(p_[A-Za-z0-9_-]+)", tg.last(ANNA)).group(1)  # type: ignore[union-attr]
    await tg.command(BEN, "start", payload)
    await tg.tap(BEN, "18 or older")
    assert "Someone invited you" in tg.last(BEN)
    await tg.tap(BEN, "Yes, I'll answer")
    await tg.command(CARA, "start", payload)
    await tg.tap(CARA, "18 or older")
    assert "doesn't work" in tg.last(CARA)
    await tg.command(BEN, "pair")
    await tg.tap(BEN, "End the comparison")
    await tg.tap(BEN, "Yes, end it")
    assert "A comparison in Candor has ended." in tg.texts(ANNA)
