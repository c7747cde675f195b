"""Tests for the strict fake Telegram Bot API (``tests/fake_bot_api.py``).

The fake is exercised the three ways Candor talks to Telegram: a raw aiohttp client (JSON and
form bodies), python-telegram-bot's ``Bot`` and aiogram's ``Bot``.
"""

from __future__ import annotations

import asyncio
import json
import time
from collections.abc import AsyncIterator
from typing import Any

import aiogram
import aiohttp
import pytest
import telegram
import telegram.error
from aiogram import Dispatcher
from aiogram.client.session.aiohttp import AiohttpSession
from aiogram.client.telegram import TelegramAPIServer
from aiogram.exceptions import (
    TelegramBadRequest,
    TelegramConflictError,
    TelegramForbiddenError,
    TelegramRetryAfter,
)
from aiogram.filters import CommandStart
from aiogram.types import BufferedInputFile, Message
from aiogram.types import InlineKeyboardButton as AgButton
from aiogram.types import InlineKeyboardMarkup as AgMarkup
from aiogram.types import Update as AgUpdate
from aiohttp import web
from telegram.ext import ApplicationBuilder, CommandHandler, ContextTypes

from tests.fake_bot_api import FakeBotApi, FakeUpload

USER = 1001
OTHER = 1002
GROUP = -100500


# --------------------------------------------------------------------------------------------
# Fixtures and helpers
# --------------------------------------------------------------------------------------------


@pytest.fixture
async def api() -> AsyncIterator[FakeBotApi]:
    async with FakeBotApi() as fake:
        yield fake


@pytest.fixture
async def http() -> AsyncIterator[aiohttp.ClientSession]:
    async with aiohttp.ClientSession() as session:
        yield session


@pytest.fixture
async def ptb(api: FakeBotApi) -> AsyncIterator[telegram.Bot]:
    bot = telegram.Bot(api.token, base_url=f"{api.url}/bot", base_file_url=f"{api.url}/file/bot")
    async with bot:
        yield bot


@pytest.fixture
async def ag(api: FakeBotApi) -> AsyncIterator[aiogram.Bot]:
    session = AiohttpSession(api=TelegramAPIServer.from_base(api.url))
    bot = aiogram.Bot(api.token, session=session)
    yield bot
    await session.close()


async def call(
    http: aiohttp.ClientSession,
    api: FakeBotApi,
    method: str,
    *,
    form: bool = False,
    token: str | None = None,
    **params: Any,
) -> tuple[int, dict[str, Any]]:
    """POST ``method`` as JSON (default) or as an urlencoded form (values JSON-encoded, like
    python-telegram-bot does); returns (HTTP status, decoded body)."""
    url = f"{api.url}/bot{token or api.token}/{method}"
    if form:
        data = {k: v if isinstance(v, str) else json.dumps(v) for k, v in params.items()}
        async with http.post(url, data=data) as response:
            return response.status, await response.json()
    async with http.post(url, json=params) as response:
        return response.status, await response.json()


def keyboard(*data: str) -> dict[str, Any]:
    return {"inline_keyboard": [[{"text": d or "?", "callback_data": d} for d in data]]}


def assert_error(result: tuple[int, dict[str, Any]], status: int, description: str) -> None:
    code, body = result
    assert (code, body["ok"], body["error_code"]) == (status, False, status), body
    assert body["description"] == description


# --------------------------------------------------------------------------------------------
# Transport, auth, body formats
# --------------------------------------------------------------------------------------------


async def test_auth_unknown_method_and_get_me(api: FakeBotApi, http: aiohttp.ClientSession):
    assert_error(await call(http, api, "getMe", token="1:wrong"), 401, "Unauthorized")
    assert_error(await call(http, api, "sendTelepathy"), 404, "Not Found")
    async with http.get(f"{api.url}/nothing") as response:
        assert response.status == 404
        assert (await response.json())["description"] == "Not Found"

    status, body = await call(http, api, "getme")  # method names are case-insensitive
    assert status == 200
    assert body["ok"] is True
    me = body["result"]
    assert (me["id"], me["is_bot"], me["username"]) == (123456, True, "candor_test_bot")
    assert api.calls["getMe"] == 1
    assert api.requests[-1] == ("getMe", {})


async def test_json_and_form_bodies_are_equivalent(api: FakeBotApi, http: aiohttp.ClientSession):
    api.user_text(USER, "hi")
    markup = keyboard("a", "b")
    # JSON with a nested object, JSON with the markup as a JSON string, and a urlencoded form.
    r1 = await call(http, api, "sendMessage", chat_id=USER, text="1", reply_markup=markup)
    r2 = await call(http, api, "sendMessage", chat_id=str(USER), text="2", reply_markup=json.dumps(markup))
    r3 = await call(
        http,
        api,
        "sendMessage",
        form=True,
        chat_id=USER,
        text="3",
        reply_markup=markup,
        disable_notification=True,
    )
    for status, body in (r1, r2, r3):
        assert status == 200, body
        assert body["result"]["reply_markup"] == markup
    # The query string works too, as on Telegram.
    url = f"{api.url}/bot{api.token}/sendMessage?chat_id={USER}&text=4"
    async with http.get(url) as response:
        assert response.status == 200
    assert [m.text for m in api.chat(USER)] == ["1", "2", "3", "4"]
    assert [m.disable_notification for m in api.chat(USER)] == [False, False, True, False]
    assert api.requests[-2][1]["chat_id"] == USER  # form value coerced to int
    assert_error(
        await call(http, api, "sendMessage", chat_id=USER, text="x", reply_markup="{oops"),
        400,
        "Bad Request: can't parse reply_markup JSON object",
    )


# --------------------------------------------------------------------------------------------
# getUpdates
# --------------------------------------------------------------------------------------------


async def test_offset_confirmation_and_limit(api: FakeBotApi, http: aiohttp.ClientSession):
    ids = [api.user_text(USER, f"m{i}") for i in range(5)]
    assert ids == sorted(ids)
    assert len(set(ids)) == 5

    _, body = await call(http, api, "getUpdates")
    assert [u["update_id"] for u in body["result"]] == ids
    _, body = await call(http, api, "getUpdates", limit=2)  # still pending: not confirmed
    assert [u["update_id"] for u in body["result"]] == ids[:2]
    _, body = await call(http, api, "getUpdates", offset=ids[2], form=True)
    assert [u["update_id"] for u in body["result"]] == ids[2:]
    _, body = await call(http, api, "getUpdates", offset=ids[1])  # confirmed ones are gone
    assert [u["update_id"] for u in body["result"]] == ids[2:]
    _, body = await call(http, api, "getUpdates", offset=-1)  # negative: keep the last N
    assert [u["update_id"] for u in body["result"]] == ids[4:]
    _, body = await call(http, api, "getUpdates", offset=ids[4] + 1)
    assert body["result"] == []
    later = api.user_text(USER, "later")
    _, body = await call(http, api, "getUpdates", offset=ids[4] + 1)
    assert [u["update_id"] for u in body["result"]] == [later]
    assert api.pending_updates[0]["message"]["text"] == "later"


async def test_long_poll_wakes_up_and_times_out(api: FakeBotApi, http: aiohttp.ClientSession):
    loop = asyncio.get_running_loop()
    started = loop.time()
    task = asyncio.create_task(call(http, api, "getUpdates", timeout=5))
    await asyncio.sleep(0.1)
    assert not task.done()
    update_id = api.user_text(USER, "wake up")
    _, body = await asyncio.wait_for(task, 1)
    assert [u["update_id"] for u in body["result"]] == [update_id]
    assert loop.time() - started < 1

    started = loop.time()
    _, body = await call(http, api, "getUpdates", offset=update_id + 1, timeout=1)
    assert body["result"] == []
    assert 0.9 < loop.time() - started < 2


async def test_newer_get_updates_terminates_older(api: FakeBotApi, http: aiohttp.ClientSession):
    older = asyncio.create_task(call(http, api, "getUpdates", timeout=5))
    await asyncio.sleep(0.05)
    newer = asyncio.create_task(call(http, api, "getUpdates", timeout=5))
    assert_error(
        await asyncio.wait_for(older, 1),
        409,
        "Conflict: terminated by other getUpdates request; make sure that only one bot instance is running",
    )
    api.user_text(USER, "x")
    status, body = await asyncio.wait_for(newer, 1)
    assert status == 200
    assert len(body["result"]) == 1


async def test_allowed_updates_filter_is_remembered(api: FakeBotApi, http: aiohttp.ClientSession):
    api.user_text(USER, "first")
    sent = (await call(http, api, "sendMessage", chat_id=USER, text="pick", form=True))[1]
    tap = api.user_tap(USER, sent["result"]["message_id"], "yes")
    # JSON-string allowed_updates in a form body, like python-telegram-bot sends it.
    _, body = await call(http, api, "getUpdates", form=True, allowed_updates=["callback_query"])
    assert [u["update_id"] for u in body["result"]] == [tap]
    api.user_text(USER, "filtered out")
    _, body = await call(http, api, "getUpdates", offset=tap + 1)  # filter is remembered
    assert body["result"] == []
    _, body = await call(http, api, "getUpdates", allowed_updates=[])  # [] = default set
    assert body["result"] == []  # the filtered message was dropped for good
    api.push_raw({"chat_member": {"chat": {"id": GROUP, "type": "group", "title": "g"}}})
    msg = api.user_text(USER, "visible again")
    _, body = await call(http, api, "getUpdates")
    assert [u["update_id"] for u in body["result"]] == [msg]  # chat_member not in default set


# --------------------------------------------------------------------------------------------
# Webhook
# --------------------------------------------------------------------------------------------


async def test_get_updates_conflicts_with_webhook(api: FakeBotApi, http: aiohttp.ClientSession):
    assert_error(
        await call(http, api, "setWebhook", url="http://example.com/hook"),
        400,
        "Bad Request: bad webhook: An HTTPS URL must be provided for webhook",
    )
    status, body = await call(http, api, "setWebhook", url="https://bot.example/hook", secret_token="s3cr3t")
    assert (status, body["result"], body["description"]) == (200, True, "Webhook was set")
    assert api.webhook == {
        "url": "https://bot.example/hook",
        "secret_token": "s3cr3t",
        "allowed_updates": None,
    }
    assert_error(
        await call(http, api, "getUpdates"),
        409,
        "Conflict: can't use getUpdates method while webhook is active; "
        "use deleteWebhook to delete the webhook first",
    )
    api.user_text(USER, "pending")
    _, info = await call(http, api, "getWebhookInfo")
    assert info["result"]["url"] == "https://bot.example/hook"
    assert info["result"]["pending_update_count"] == 1
    _, body = await call(http, api, "deleteWebhook", drop_pending_updates=True)
    assert body["description"] == "Webhook was deleted"
    assert api.webhook is None
    assert api.pending_updates == []
    assert (await call(http, api, "getUpdates"))[0] == 200


async def test_webhook_delivery_secret_and_pending_until_200(api: FakeBotApi, http: aiohttp.ClientSession):
    received: list[tuple[str | None, dict[str, Any]]] = []
    answers = [web.Response(status=500), web.json_response({"ok": True})]

    async def hook(request: web.Request) -> web.Response:
        received.append((request.headers.get("X-Telegram-Bot-Api-Secret-Token"), await request.json()))
        answer = answers.pop(0) if answers else None
        if answer is not None:
            return answer
        # Answer with a method call, which Telegram executes.
        return web.json_response({"method": "sendMessage", "chat_id": USER, "text": "via reply"})

    app = web.Application()
    app.router.add_post("/hook", hook)
    runner = web.AppRunner(app, access_log=None)
    await runner.setup()
    site = web.TCPSite(runner, "127.0.0.1", 0)
    await site.start()
    port = runner.addresses[0][1]
    try:
        status, _ = await call(
            http,
            api,
            "setWebhook",
            form=True,
            url=f"http://127.0.0.1:{port}/hook",
            secret_token="s3cr3t",
            allowed_updates=["message"],
        )
        assert status == 200
        first = api.user_text(USER, "one")
        assert await api.deliver_webhook() == 500
        assert [u["update_id"] for u in api.pending_updates] == [first]  # not acknowledged
        _, info = await call(http, api, "getWebhookInfo")
        assert info["result"]["last_error_message"].startswith("Wrong response from the webhook")
        assert await api.deliver_webhook(first) == 200
        assert api.pending_updates == []
        assert [(secret, u["update_id"]) for secret, u in received] == [
            ("s3cr3t", first),
            ("s3cr3t", first),
        ]
        assert received[0][1]["message"]["text"] == "one"

        api.user_text(USER, "two")
        assert await api.deliver_webhook() == 200
        assert api.sent_texts(USER) == ["via reply"]
    finally:
        await runner.cleanup()
    api.user_text(USER, "nobody listens")
    assert await api.deliver_webhook() == 0  # connection refused: no HTTP answer
    assert len(api.pending_updates) == 1


# --------------------------------------------------------------------------------------------
# Sending, limits, edits, deletes
# --------------------------------------------------------------------------------------------


async def test_send_message_limits(api: FakeBotApi, http: aiohttp.ClientSession):
    assert_error(
        await call(http, api, "sendMessage", chat_id=USER, text="hi"),
        400,
        "Bad Request: chat not found",
    )
    api.user_text(USER, "hello")
    ok = await call(http, api, "sendMessage", chat_id=USER, text="x" * 4096)
    assert ok[0] == 200
    too_long = "Bad Request: message is too long"
    assert_error(await call(http, api, "sendMessage", chat_id=USER, text="x" * 4097), 400, too_long)
    # Telegram counts UTF-16 code units: an emoji outside the BMP counts as two.
    assert (await call(http, api, "sendMessage", chat_id=USER, text="👍" * 2048))[0] == 200
    assert_error(await call(http, api, "sendMessage", chat_id=USER, text="👍" * 2048 + "x"), 400, too_long)
    empty = "Bad Request: message text is empty"
    assert_error(await call(http, api, "sendMessage", chat_id=USER, text=""), 400, empty)
    assert_error(await call(http, api, "sendMessage", chat_id=USER, text="  \n"), 400, empty)
    assert_error(await call(http, api, "sendMessage", chat_id=USER), 400, empty)

    assert (await call(http, api, "sendMessage", chat_id=USER, text="k", reply_markup=keyboard("x" * 64)))[
        0
    ] == 200
    for data in ("x" * 65, "é" * 33, ""):  # 65 bytes, 66 bytes (UTF-8), empty
        assert_error(
            await call(http, api, "sendMessage", chat_id=USER, text="k", reply_markup=keyboard(data)),
            400,
            "Bad Request: BUTTON_DATA_INVALID",
        )
    assert_error(
        await call(
            http,
            api,
            "sendMessage",
            chat_id=USER,
            text="k",
            reply_markup={"inline_keyboard": [[{"text": "no action"}]]},
        ),
        400,
        "Bad Request: can't parse inline keyboard button: Text buttons are unallowed in the inline keyboard",
    )
    assert len(api.chat(USER)) == 3  # only the successful sends were stored


async def test_message_ids_are_shared_per_chat(api: FakeBotApi, http: aiohttp.ClientSession):
    api.user_text(USER, "one")  # message 1
    _, body = await call(http, api, "sendMessage", chat_id=USER, text="two")
    assert body["result"]["message_id"] == 2
    assert body["result"]["from"]["id"] == api.bot_id
    assert body["result"]["chat"] == {"id": USER, "type": "private", "first_name": f"User{USER}"}
    api.user_text(USER, "three")
    api.user_text(OTHER, "other chat starts at 1")
    _, body = await call(http, api, "sendMessage", chat_id=USER, text="four")
    assert body["result"]["message_id"] == 4
    assert [u["message"]["message_id"] for u in api.pending_updates] == [1, 3, 1]
    assert_error(
        await call(http, api, "sendMessage", chat_id=USER, text="r", reply_to_message_id=99),
        400,
        "Bad Request: message to be replied not found",
    )
    _, body = await call(http, api, "sendMessage", chat_id=USER, text="r", reply_to_message_id=3)
    assert api.chat(USER)[-1].reply_to_message_id == 3


async def test_caption_limit_and_raw_multipart_upload(api: FakeBotApi, http: aiohttp.ClientSession):
    api.user_text(USER, "export please")

    async def send(caption: str) -> tuple[int, dict[str, Any]]:
        form = aiohttp.FormData()
        form.add_field("chat_id", str(USER))
        form.add_field("caption", caption)
        form.add_field("document", b"a,b\n1,2\n", filename="export.csv", content_type="text/csv")
        async with http.post(f"{api.url}/bot{api.token}/sendDocument", data=form) as response:
            return response.status, await response.json()

    assert_error(await send("c" * 1025), 400, "Bad Request: message caption is too long")
    status, body = await send("c" * 1024)
    assert status == 200
    document = body["result"]["document"]
    assert (document["file_name"], document["file_size"]) == ("export.csv", 8)
    [message] = api.chat(USER)
    assert (message.kind, message.document_name, message.document_size) == ("document", "export.csv", 8)
    assert message.document_data == b"a,b\n1,2\n"
    assert message.text == "c" * 1024
    assert isinstance(api.requests[-1][1]["document"], FakeUpload)
    assert_error(
        await call(http, api, "sendDocument", chat_id=USER),
        400,
        "Bad Request: there is no document in the request",
    )
    assert_error(
        await call(http, api, "sendPhoto", chat_id=USER, photo="no-such-file-id"),
        400,
        "Bad Request: wrong file identifier/HTTP URL specified",
    )


async def test_raw_edits_and_not_modified(api: FakeBotApi, http: aiohttp.ClientSession):
    api.user_text(USER, "hi")
    _, body = await call(http, api, "sendMessage", chat_id=USER, text="v1", reply_markup=keyboard("a"))
    mid = body["result"]["message_id"]
    not_modified = (
        "Bad Request: message is not modified: specified new message content and reply markup "
        "are exactly the same as a current content and reply markup of the message"
    )
    same = {"chat_id": USER, "message_id": mid, "text": "v1", "reply_markup": keyboard("a")}
    assert_error(await call(http, api, "editMessageText", **same), 400, not_modified)
    # Same text without the markup is a change: it removes the keyboard (as on Telegram).
    status, body = await call(http, api, "editMessageText", chat_id=USER, message_id=mid, text="v1")
    assert status == 200
    assert "reply_markup" not in body["result"]
    assert "edit_date" in body["result"]
    status, _ = await call(
        http, api, "editMessageReplyMarkup", chat_id=USER, message_id=mid, reply_markup=keyboard("b")
    )
    assert status == 200
    assert_error(
        await call(
            http, api, "editMessageReplyMarkup", chat_id=USER, message_id=mid, reply_markup=keyboard("b")
        ),
        400,
        not_modified,
    )
    assert_error(
        await call(http, api, "editMessageText", chat_id=USER, message_id=999, text="x"),
        400,
        "Bad Request: message to edit not found",
    )
    [message] = api.chat(USER)
    assert (message.text, message.reply_markup) == ("v1", keyboard("b"))
    assert api.sent_texts(USER) == ["v1"]


async def test_delete_48_hour_rule(api: FakeBotApi, http: aiohttp.ClientSession):
    clock = [time.time()]
    api.now = lambda: clock[0]
    api.user_text(USER, "hi")  # 1
    for text in ("old", "older", "keep"):
        await call(http, api, "sendMessage", chat_id=USER, text=text)  # 2, 3, 4
    clock[0] += 48 * 3600 + 1
    await call(http, api, "sendMessage", chat_id=USER, text="fresh")  # 5

    assert_error(
        await call(http, api, "deleteMessage", chat_id=USER, message_id=2),
        400,
        "Bad Request: message can't be deleted for everyone",
    )
    assert_error(
        await call(http, api, "deleteMessage", chat_id=USER, message_id=42),
        400,
        "Bad Request: message to delete not found",
    )
    status, body = await call(http, api, "deleteMessage", chat_id=USER, message_id=5)
    assert (status, body["result"]) == (200, True)
    clock[0] -= 10  # now message 3/4 are 47h59m50s old: deletable
    status, body = await call(http, api, "deleteMessages", chat_id=USER, message_ids=[3, 42, 5])
    assert (status, body["result"]) == (200, True)
    assert [m.text for m in api.chat(USER)] == ["old", "keep"]
    assert api.sent_texts(USER) == ["old", "older", "keep", "fresh"]  # history is kept


async def test_commands_callbacks_leave_and_get_chat(api: FakeBotApi, http: aiohttp.ClientSession):
    cmds = [{"command": "start", "description": "Start"}]
    assert (await call(http, api, "setMyCommands", form=True, commands=cmds))[0] == 200
    await call(http, api, "setMyCommands", commands=cmds * 2, language_code="de")
    assert api.commands == {None: cmds, "de": cmds * 2}
    assert_error(
        await call(http, api, "setMyCommands", commands=[{"command": "Bad-One", "description": "x"}]),
        400,
        "Bad Request: BOT_COMMAND_INVALID",
    )
    _, body = await call(http, api, "getMyCommands", language_code="de")
    assert body["result"] == cmds * 2
    await call(http, api, "deleteMyCommands", language_code="de")
    assert api.commands == {None: cmds}

    assert_error(
        await call(http, api, "answerCallbackQuery", callback_query_id="nope"),
        400,
        "Bad Request: query is too old and response timeout expired or query ID is invalid",
    )

    api.group_message(GROUP, USER, "hi all")
    _, chat = await call(http, api, "getChat", chat_id=GROUP)
    assert (chat["result"]["type"], chat["result"]["title"]) == ("group", f"Group {GROUP}")
    assert (await call(http, api, "sendMessage", chat_id=GROUP, text="hello group"))[0] == 200
    assert (await call(http, api, "leaveChat", chat_id=GROUP))[1]["result"] is True
    assert api.left_chats == [GROUP]
    assert api.pending_updates[-1]["my_chat_member"]["new_chat_member"]["status"] == "left"
    assert_error(
        await call(http, api, "sendMessage", chat_id=GROUP, text="still here?"),
        403,
        "Forbidden: bot is not a member of the group chat",
    )


# --------------------------------------------------------------------------------------------
# Fault injection
# --------------------------------------------------------------------------------------------


async def test_fail_defaults_and_chat_filter(api: FakeBotApi, http: aiohttp.ClientSession):
    api.user_text(USER, "a")
    api.user_text(OTHER, "b")
    api.fail("sendMessage", status=429, retry_after=7)
    code, body = await call(http, api, "sendMessage", chat_id=USER, text="x")
    assert (code, body["description"], body["parameters"]) == (
        429,
        "Too Many Requests: retry after 7",
        {"retry_after": 7},
    )
    api.fail("sendMessage", status=500, times=2, chat_id=OTHER)
    assert (await call(http, api, "sendMessage", chat_id=USER, text="fine"))[0] == 200
    for _ in range(2):
        assert_error(
            await call(http, api, "sendMessage", chat_id=OTHER, text="x"), 500, "Internal Server Error"
        )
    assert (await call(http, api, "sendMessage", chat_id=OTHER, text="recovered"))[0] == 200
    api.fail("deleteMessage", status=400)
    assert_error(
        await call(http, api, "deleteMessage", chat_id=USER, message_id=1),
        400,
        "Bad Request: injected error",
    )
    assert api.sent_texts(USER) == ["fine"]
    assert api.sent_texts(OTHER) == ["recovered"]
    assert api.calls["sendMessage"] == 5
    with pytest.raises(ValueError, match="does not implement"):
        api.fail("sendMesage", status=400)


async def test_hang_takes_no_effect(api: FakeBotApi, http: aiohttp.ClientSession):
    api.user_text(USER, "hi")
    api.hang("sendMessage")
    url = f"{api.url}/bot{api.token}/sendMessage"
    with pytest.raises(asyncio.TimeoutError):
        async with http.post(
            url, json={"chat_id": USER, "text": "lost"}, timeout=aiohttp.ClientTimeout(total=0.2)
        ):
            pass
    assert api.calls["sendMessage"] == 1
    assert api.chat(USER) == []

    api.hang("sendMessage")
    pending = asyncio.create_task(http.post(url, json={"chat_id": USER, "text": "lost too"}))
    await api.wait_for(lambda: api.calls["sendMessage"] == 2)
    api.release_hangs()
    with pytest.raises(aiohttp.ServerDisconnectedError):
        await asyncio.wait_for(pending, 2)
    assert (await call(http, api, "sendMessage", chat_id=USER, text="delivered"))[0] == 200
    assert api.sent_texts(USER) == ["delivered"]

    # stop() drops hung calls and open long polls instead of waiting for them.
    api.hang("getMe")
    hung = asyncio.create_task(http.post(f"{api.url}/bot{api.token}/getMe"))
    poll = asyncio.create_task(call(http, api, "getUpdates", offset=10**10, timeout=30))
    await api.wait_for(lambda: api.calls["getMe"] == 1 and api.calls["getUpdates"] == 1)
    started = time.perf_counter()
    await api.stop()
    assert time.perf_counter() - started < 1
    with pytest.raises(aiohttp.ServerDisconnectedError):
        await hung
    assert (await poll)[1]["result"] == []


async def test_wait_for_explains_timeout(api: FakeBotApi, http: aiohttp.ClientSession):
    await call(http, api, "getMe")
    with pytest.raises(AssertionError, match=r"(?s)within 0.05s: never.*'getMe': 1"):
        await api.wait_for(lambda: False, timeout=0.05, message="never")


# --------------------------------------------------------------------------------------------
# python-telegram-bot
# --------------------------------------------------------------------------------------------


async def test_ptb_round_trip(api: FakeBotApi, ptb: telegram.Bot):
    assert ptb.username == "candor_test_bot"
    await ptb.set_my_commands([telegram.BotCommand("start", "Begin")], language_code="en")
    assert api.commands == {"en": [{"command": "start", "description": "Begin"}]}

    api.user_command(USER, "start", "ref42", lang="de")
    [update] = await ptb.get_updates()
    assert update.message.text == "/start ref42"
    assert update.message.from_user.language_code == "de"
    [entity] = update.message.entities
    assert (entity.type, entity.offset, entity.length) == ("bot_command", 0, 6)

    markup = telegram.InlineKeyboardMarkup(
        [
            [
                telegram.InlineKeyboardButton("Yes", callback_data="y"),
                telegram.InlineKeyboardButton("No", callback_data="n"),
            ]
        ]
    )
    sent = await ptb.send_message(USER, "Ready?", reply_markup=markup, disable_notification=True)
    assert sent.reply_markup == markup
    [stored] = api.chat(USER)
    assert stored.reply_markup == markup.to_dict()
    assert stored.disable_notification

    api.user_tap(USER, sent.message_id, "y")
    updates = await ptb.get_updates(offset=update.update_id + 1)
    [tap] = updates
    assert tap.callback_query.data == "y"
    assert tap.callback_query.message.message_id == sent.message_id
    assert await ptb.answer_callback_query(tap.callback_query.id, text="ok")
    assert api.answered_callbacks == [tap.callback_query.id]
    with pytest.raises(telegram.error.BadRequest, match="Query is too old"):
        await ptb.answer_callback_query(tap.callback_query.id)

    edited = await ptb.edit_message_text("Thanks!", chat_id=USER, message_id=sent.message_id)
    assert edited.text == "Thanks!"
    assert edited.reply_markup is None
    with pytest.raises(telegram.error.BadRequest, match="Message is not modified"):
        await ptb.edit_message_text("Thanks!", chat_id=USER, message_id=sent.message_id)
    assert await ptb.get_updates(offset=tap.update_id + 1) == ()


@pytest.mark.filterwarnings("ignore::telegram.warnings.PTBDeprecationWarning")
async def test_ptb_errors(api: FakeBotApi, ptb: telegram.Bot):
    api.user_text(USER, "hi")
    api.fail("sendMessage", status=429, retry_after=3)
    with pytest.raises(telegram.error.RetryAfter, match="Retry in 3 seconds"):
        await ptb.send_message(USER, "x")

    api.block(USER)
    with pytest.raises(telegram.error.Forbidden, match="bot was blocked by the user"):
        await ptb.send_message(USER, "x")
    api.unblock(USER)
    await ptb.send_message(USER, "back")
    with pytest.raises(telegram.error.BadRequest, match="Message is too long"):
        await ptb.send_message(USER, "x" * 4097)
    await ptb.set_webhook("https://bot.example/hook")
    with pytest.raises(telegram.error.Conflict):
        await ptb.get_updates()
    assert api.sent_texts(USER) == ["back"]


async def test_ptb_document_upload_and_file_download(api: FakeBotApi, ptb: telegram.Bot):
    api.user_text(USER, "hi")
    sent = await ptb.send_document(USER, b"%PDF-1.4 data", filename="report.pdf", caption="Your data")
    assert sent.document.file_name == "report.pdf"
    assert sent.caption == "Your data"
    [stored] = api.chat(USER)
    assert (stored.kind, stored.document_size, stored.mime_type) == ("document", 13, "application/pdf")
    photo = await ptb.send_photo(USER, b"\x89PNG fake", caption="chart")
    assert photo.photo[-1].file_size == 9
    assert api.chat(USER)[-1].kind == "photo"

    # A document the *user* sent can be fetched through getFile and the file URL.
    api.user_media(USER, "document")
    update = (await ptb.get_updates())[-1]
    file = await update.message.document.get_file()
    data = await file.download_as_bytearray()
    assert data.startswith(b"%PDF")
    assert len(data) == update.message.document.file_size


# --------------------------------------------------------------------------------------------
# aiogram
# --------------------------------------------------------------------------------------------


async def test_aiogram_round_trip(api: FakeBotApi, ag: aiogram.Bot):
    me = await ag.get_me()
    assert me.username == "candor_test_bot"
    first = api.user_text(USER, "hello")
    [update] = await ag.get_updates(offset=0, timeout=0)
    assert update.update_id == first
    assert update.message.text == "hello"

    markup = AgMarkup(inline_keyboard=[[AgButton(text="Go", callback_data="go:1")]])
    sent = await ag.send_message(USER, "Pick one", reply_markup=markup)
    assert sent.reply_markup.model_dump() == markup.model_dump()
    assert api.chat(USER)[0].reply_markup == {"inline_keyboard": [[{"text": "Go", "callback_data": "go:1"}]]}
    api.user_tap(USER, sent.message_id, "go:1")
    [tap] = await ag.get_updates(offset=first + 1)
    assert tap.callback_query.data == "go:1"
    assert await ag.answer_callback_query(tap.callback_query.id)
    assert await ag.get_updates(offset=tap.update_id + 1) == []

    doc = await ag.send_document(USER, BufferedInputFile(b"col\n1\n", filename="data.csv"))
    assert doc.document.file_name == "data.csv"  # aiogram uploads via attach://<part>
    assert api.chat(USER)[-1].document_size == 6

    with pytest.raises(TelegramBadRequest, match="BUTTON_DATA_INVALID"):
        await ag.send_message(
            USER, "x", reply_markup=AgMarkup(inline_keyboard=[[AgButton(text="x", callback_data="d" * 65)]])
        )


async def test_aiogram_errors(api: FakeBotApi, ag: aiogram.Bot):
    api.user_text(USER, "hi")
    api.fail("sendMessage", status=429, retry_after=5)
    with pytest.raises(TelegramRetryAfter) as caught:
        await ag.send_message(USER, "x")
    assert caught.value.retry_after == 5
    api.block(USER)
    with pytest.raises(TelegramForbiddenError, match="bot was blocked by the user"):
        await ag.send_message(USER, "x")
    api.user_text(USER, "I'm back")  # writing again unblocks first, as in the Telegram app
    assert (await ag.send_message(USER, "welcome back")).text == "welcome back"
    kinds = [next(k for k in u if k != "update_id") for u in api.pending_updates]
    assert kinds == ["message", "my_chat_member", "my_chat_member", "message"]
    await ag.set_webhook("https://bot.example/hook")
    with pytest.raises(TelegramConflictError):
        await ag.get_updates()


# --------------------------------------------------------------------------------------------
# Update shapes parse in both libraries
# --------------------------------------------------------------------------------------------


async def test_get_chat_parses_in_both_libraries(api: FakeBotApi, ptb: telegram.Bot, ag: aiogram.Bot):
    api.user_text(USER, "hi")
    api.group_message(GROUP, OTHER, "hello")
    assert (await ptb.get_chat(USER)).first_name == f"User{USER}"
    assert (await ag.get_chat(GROUP)).title == f"Group {GROUP}"
    with pytest.raises(telegram.error.BadRequest, match="Chat not found"):
        await ptb.get_chat(999)
    with pytest.raises(TelegramBadRequest, match="chat not found"):
        await ag.send_message(999, "x")


async def test_update_shapes_parse_in_both_libraries(api: FakeBotApi, ptb: telegram.Bot, ag: aiogram.Bot):
    api.user_text(USER, "plain")
    api.user_command(USER, "help")
    for kind in ("sticker", "photo", "voice", "document"):
        api.user_media(USER, kind, lang="ru")
    sent = await ptb.send_message(
        USER,
        "menu",
        reply_markup=telegram.InlineKeyboardMarkup([[telegram.InlineKeyboardButton("A", callback_data="a")]]),
    )
    api.user_tap(USER, sent.message_id, "a")
    api.block(USER)
    api.unblock(USER)
    api.group_message(GROUP, OTHER, "in a group")
    api.group_message(GROUP - 1, OTHER, "supergroup", chat_type="supergroup")

    raw = api.pending_updates
    assert len(raw) == 11
    for data in raw:
        ptb_update = telegram.Update.de_json(data, ptb)
        ag_update = AgUpdate.model_validate(data, context={"bot": ag})
        assert ptb_update.update_id == ag_update.update_id == data["update_id"]
        assert ptb_update.effective_user is not None

    ptb_updates = [telegram.Update.de_json(d, ptb) for d in raw]
    ag_updates = [AgUpdate.model_validate(d, context={"bot": ag}) for d in raw]
    assert ptb_updates[2].message.sticker.emoji == "👍"
    assert ag_updates[3].message.photo[-1].width == 800
    assert ag_updates[4].message.voice.duration == 3
    assert ag_updates[5].message.document.file_name == "notes.pdf"
    assert ptb_updates[6].callback_query.message.text == "menu"
    assert ag_updates[6].callback_query.message.reply_markup.inline_keyboard[0][0].callback_data == "a"
    blocked = ptb_updates[7].my_chat_member
    assert (blocked.old_chat_member.status, blocked.new_chat_member.status) == ("member", "kicked")
    assert blocked.new_chat_member.user.id == api.bot_id
    unblocked = ag_updates[8].my_chat_member
    assert (unblocked.old_chat_member.status, unblocked.new_chat_member.status) == ("kicked", "member")
    assert ptb_updates[9].effective_chat.type == "group"
    assert ag_updates[10].message.chat.type == "supergroup"


# --------------------------------------------------------------------------------------------
# Throughput (the benchmarks push ~20,000 updates)
# --------------------------------------------------------------------------------------------


async def test_drains_20000_updates_quickly(api: FakeBotApi, http: aiohttp.ClientSession):
    started = time.perf_counter()
    for i in range(20_000):
        api.user_text(10_000 + i % 500, f"message {i}")
    offset, seen = 0, 0
    while True:
        _, body = await call(http, api, "getUpdates", offset=offset, limit=100)
        if not body["result"]:
            break
        seen += len(body["result"])
        offset = body["result"][-1]["update_id"] + 1
    assert seen == 20_000
    assert api.pending_updates == []
    assert time.perf_counter() - started < 10


# --------------------------------------------------------------------------------------------
# The libraries' own polling loops
# --------------------------------------------------------------------------------------------


async def test_ptb_application_polling(api: FakeBotApi):
    app = (
        ApplicationBuilder()
        .token(api.token)
        .base_url(f"{api.url}/bot")
        .base_file_url(f"{api.url}/file/bot")
        .build()
    )

    async def start(update: telegram.Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        await update.message.reply_text(f"hi {' '.join(context.args)}")

    app.add_handler(CommandHandler("start", start))
    async with app:
        await app.start()
        await app.updater.start_polling(poll_interval=0, timeout=10)
        api.user_command(USER, "start", "ref42")
        await api.wait_for(lambda: api.sent_texts(USER))
        await app.updater.stop()
        await app.stop()
    assert api.sent_texts(USER) == ["hi ref42"]
    assert api.calls["deleteWebhook"] == 1
    assert api.pending_updates == []  # the updater confirmed the update on shutdown


async def test_aiogram_dispatcher_polling(api: FakeBotApi, ag: aiogram.Bot):
    dispatcher = Dispatcher()

    @dispatcher.message(CommandStart())
    async def start(message: Message) -> None:
        await message.answer("hello")

    polling = asyncio.create_task(
        dispatcher.start_polling(ag, handle_signals=False, polling_timeout=10, close_bot_session=False)
    )
    api.user_command(USER, "start")
    await api.wait_for(lambda: api.sent_texts(USER))
    await dispatcher.stop_polling()
    await polling
    assert api.sent_texts(USER) == ["hello"]
