"""aiogram's session reads a sent message's answer down to what Candor uses; the rest of
every answer, and every error, is read by aiogram as always."""

from __future__ import annotations

import json

from aiogram import Bot
from aiogram.methods import AnswerCallbackQuery, SendMessage

from bot.telegram.aiogram_session import JsonAiohttpSession, read_answer

SENT = {
    "ok": True,
    "result": {
        "message_id": 42,
        "date": 1_700_000_000,
        "chat": {"id": 7, "type": "private", "first_name": "Sam"},
        "from": {"id": 1, "is_bot": True, "first_name": "Candor"},
        "text": "Hello",
        "reply_markup": {"inline_keyboard": [[{"text": "Yes", "callback_data": "1.yes.abc"}]]},
    },
}


def test_a_sent_message_keeps_only_what_identifies_it() -> None:
    answer = read_answer(json.dumps(SENT))
    assert answer == {
        "ok": True,
        "result": {"message_id": 42, "date": 1_700_000_000, "chat": {"id": 7, "type": "private"}},
    }
    assert read_answer('{"ok": true, "result": true}') == {"ok": True, "result": True}
    error = {"ok": False, "error_code": 429, "description": "Too Many", "parameters": {"retry_after": 3}}
    assert read_answer(json.dumps(error)) == error


def test_aiogram_checks_the_kept_answer() -> None:
    session = JsonAiohttpSession()
    bot = Bot("42:" + "a" * 35, session=session)
    method = SendMessage(chat_id=7, text="Hello")
    message = session.check_response(bot, method, 200, json.dumps(SENT)).result
    assert message.message_id == 42
    assert message.chat.id == 7
    assert (
        session.check_response(
            bot, AnswerCallbackQuery(callback_query_id="1"), 200, '{"ok":true,"result":true}'
        ).result
        is True
    )
