"""A strict, in-process fake of the Telegram Bot API for Candor's tests and benchmarks.

The bot under test talks to :class:`FakeBotApi` exactly as it would talk to
``api.telegram.org``::

    async with FakeBotApi() as api:
        # python-telegram-bot
        bot = telegram.Bot(
            api.token, base_url=f"{api.url}/bot", base_file_url=f"{api.url}/file/bot"
        )
        # aiogram
        session = AiohttpSession(api=TelegramAPIServer.from_base(api.url))
        # raw HTTP
        await http.post(f"{api.url}/bot{api.token}/sendMessage", json={...})

        api.user_command(1001, "start")                # a person writes to the bot
        await api.wait_for(lambda: api.sent_texts(1001))
        assert api.chat(1001)[-1].reply_markup is not None

Wire format
    Requests are accepted as ``POST`` (or ``GET``) to ``/bot<token>/<method>`` with
    parameters in the query string and/or an ``application/json``,
    ``application/x-www-form-urlencoded`` or ``multipart/form-data`` body.  In form bodies
    every value is a string; python-telegram-bot and aiogram both send numbers and booleans
    JSON-encoded (``"123"``, ``"true"``) and structured values (``reply_markup``,
    ``allowed_updates``, ``commands``, ...) as JSON strings.  The fake coerces parameters by
    name, the way the real server does (see ``_INT_PARAMS``, ``_BOOL_PARAMS``,
    ``_JSON_PARAMS``), so JSON and form clients are treated identically.  Uploaded files arrive
    either as a form part named after the parameter (python-telegram-bot) or as an
    ``attach://<part>`` reference to another part (aiogram); both are resolved.

    Method names are case-insensitive, as on Telegram.  Every answer is Telegram-shaped JSON:
    ``{"ok": true, "result": ...}`` or
    ``{"ok": false, "error_code": N, "description": "...", "parameters": {...}}``.

Bookkeeping
    ``calls``/``requests`` record every request that reached a known method with the right
    token, *including* requests that were failed by :meth:`FakeBotApi.fail`, hung by
    :meth:`FakeBotApi.hang` or rejected by validation.  Effects (``chat()``, ``sent_texts()``,
    ``commands``, ...) only happen for requests that succeeded.

Everything runs on the test's event loop; the helper methods (``user_text`` etc.) are plain
synchronous methods and must be called from that loop's thread.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import mimetypes
import re
import time
from collections import Counter, OrderedDict, deque
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from http import HTTPStatus
from typing import Any, Final, Self, TypeVar
from urllib.parse import urlsplit

import aiohttp
from aiohttp import web

__all__ = ["BOT_USERNAME", "FakeBotApi", "FakeMessage", "FakeUpload", "utf16_len"]

Params = dict[str, Any]
"""Decoded request parameters (after type coercion)."""

BOT_USERNAME: Final = "candor_test_bot"
BOT_FIRST_NAME: Final = "Candor Test"

#: Telegram limits (https://core.telegram.org/bots/api).
MAX_TEXT_LENGTH: Final = 4096
MAX_CAPTION_LENGTH: Final = 1024
MAX_CALLBACK_DATA_BYTES: Final = 64
MAX_UPDATES_LIMIT: Final = 100
MAX_DELETE_MESSAGES: Final = 100
MAX_COMMANDS: Final = 100
DELETE_WINDOW_SECONDS: Final = 48 * 3600
MAX_UPLOAD_BYTES: Final = 50 * 1024 * 1024

#: Update types delivered when ``allowed_updates`` was never given or given as ``[]``.
_DEFAULT_EXCLUDED_UPDATES: Final = frozenset({"chat_member", "message_reaction", "message_reaction_count"})

_INT_PARAMS: Final = frozenset(
    {
        "chat_id",
        "from_chat_id",
        "message_id",
        "message_thread_id",
        "reply_to_message_id",
        "offset",
        "limit",
        "timeout",
        "max_connections",
        "cache_time",
        "user_id",
        "until_date",
        "duration",
        "width",
        "height",
    }
)
_BOOL_PARAMS: Final = frozenset(
    {
        "disable_notification",
        "protect_content",
        "allow_paid_broadcast",
        "drop_pending_updates",
        "show_alert",
        "disable_web_page_preview",
        "allow_sending_without_reply",
        "has_spoiler",
        "show_caption_above_media",
        "disable_content_type_detection",
        "revoke_messages",
        "for_channels",
    }
)
_JSON_PARAMS: Final = frozenset(
    {
        "reply_markup",
        "allowed_updates",
        "commands",
        "scope",
        "media",
        "message_ids",
        "entities",
        "caption_entities",
        "link_preview_options",
        "reply_parameters",
        "menu_button",
        "rights",
    }
)
_STR_PARAMS: Final = frozenset({"text", "caption", "callback_query_id", "url", "secret_token"})

_PARSE_MODES: Final = frozenset({"html", "markdown", "markdownv2"})
_ENTITY_TYPES: Final = frozenset(
    {
        "mention",
        "hashtag",
        "cashtag",
        "bot_command",
        "url",
        "email",
        "phone_number",
        "bold",
        "italic",
        "underline",
        "strikethrough",
        "spoiler",
        "blockquote",
        "expandable_blockquote",
        "code",
        "pre",
        "text_link",
        "text_mention",
        "custom_emoji",
    }
)
_CHAT_ACTIONS: Final = frozenset(
    {
        "typing",
        "upload_photo",
        "record_video",
        "upload_video",
        "record_voice",
        "upload_voice",
        "upload_document",
        "choose_sticker",
        "find_location",
        "record_video_note",
        "upload_video_note",
    }
)
_BUTTON_ACTIONS: Final = frozenset(
    {
        "url",
        "callback_data",
        "web_app",
        "login_url",
        "switch_inline_query",
        "switch_inline_query_current_chat",
        "switch_inline_query_chosen_chat",
        "copy_text",
        "callback_game",
        "pay",
    }
)
_COMMAND_RE: Final = re.compile(r"[a-z0-9_]{1,32}")
_LEADING_COMMAND_RE: Final = re.compile(r"/[A-Za-z0-9_]{1,32}(?:@[A-Za-z0-9_]{1,64})?")
_INT_RE: Final = re.compile(r"-?\d+")
_SECRET_RE: Final = re.compile(r"[A-Za-z0-9_-]{1,256}")
_LANG_RE: Final = re.compile(r"[a-z]{2}")
_LOOPBACK_HOSTS: Final = frozenset({"127.0.0.1", "localhost", "::1"})

_DEFAULT_DESCRIPTIONS: Final[dict[int, str]] = {
    400: "Bad Request: injected error",
    401: "Unauthorized",
    403: "Forbidden: bot was blocked by the user",
    404: "Not Found",
    409: "Conflict: terminated by other getUpdates request; make sure that only one bot instance is running",
    500: "Internal Server Error",
    502: "Bad Gateway",
}

_NOT_MODIFIED: Final = (
    "Bad Request: message is not modified: specified new message content and reply markup "
    "are exactly the same as a current content and reply markup of the message"
)
_WEBHOOK_CONFLICT: Final = (
    "Conflict: can't use getUpdates method while webhook is active; "
    "use deleteWebhook to delete the webhook first"
)
_POLL_CONFLICT: Final = _DEFAULT_DESCRIPTIONS[409]


def utf16_len(text: str) -> int:
    """Length of ``text`` as Telegram counts it: in UTF-16 code units.

    Characters outside the Basic Multilingual Plane (most emoji) count as two, so e.g.
    ``"👍" * 2048`` is exactly at the 4096 limit.
    """
    if text.isascii():
        return len(text)
    return len(text.encode("utf-16-le")) // 2


# --------------------------------------------------------------------------------------------
# Public data classes
# --------------------------------------------------------------------------------------------


@dataclass(slots=True)
class FakeUpload:
    """A file that arrived as a multipart form part."""

    filename: str | None
    data: bytes = field(repr=False)
    content_type: str | None = None

    @property
    def size(self) -> int:
        return len(self.data)


@dataclass(slots=True)
class FakeMessage:
    """One message the bot sent, as it currently stands in the chat (edits applied)."""

    message_id: int
    chat_id: int
    kind: str
    """``"text"``, ``"document"`` or ``"photo"``."""
    text: str | None
    """The text of a text message, or the caption of a document/photo (``None`` if none)."""
    date: int
    reply_markup: dict[str, Any] | None = None
    """The inline keyboard (``{"inline_keyboard": [...]}``) as Telegram returns it, or ``None``."""
    reply_keyboard: dict[str, Any] | None = None
    """A non-inline markup sent along (``keyboard``/``remove_keyboard``/``force_reply``)."""
    parse_mode: str | None = None
    entities: list[dict[str, Any]] | None = None
    disable_notification: bool = False
    protect_content: bool = False
    reply_to_message_id: int | None = None
    edit_date: int | None = None
    document_name: str | None = None
    document_size: int | None = None
    document_data: bytes | None = field(default=None, repr=False)
    file_id: str | None = None
    file_unique_id: str | None = None
    mime_type: str | None = None


# --------------------------------------------------------------------------------------------
# Internal state
# --------------------------------------------------------------------------------------------


class _ApiError(Exception):
    """Raised inside method handlers; becomes a Telegram error answer."""

    def __init__(self, status: int, description: str, parameters: dict[str, Any] | None = None) -> None:
        super().__init__(description)
        self.status = status
        self.description = description
        self.parameters = parameters

    def payload(self) -> dict[str, Any]:
        body: dict[str, Any] = {
            "ok": False,
            "error_code": self.status,
            "description": self.description,
        }
        if self.parameters:
            body["parameters"] = self.parameters
        return body


def _bad(description: str) -> _ApiError:
    return _ApiError(400, f"Bad Request: {description}")


@dataclass(slots=True, frozen=True)
class _Described:
    """A successful result that Telegram accompanies with a ``description``."""

    result: Any
    description: str


@dataclass(slots=True)
class _Chat:
    id: int
    type: str
    title: str | None = None
    first_name: str | None = None
    next_message_id: int = 1
    bot_messages: dict[int, FakeMessage] = field(default_factory=dict)
    user_messages: dict[int, int] = field(default_factory=dict)  # message_id -> date
    sent_texts: list[str] = field(default_factory=list)
    blocked: bool = False
    left: bool = False

    def api(self) -> dict[str, Any]:
        if self.type == "private":
            return {"id": self.id, "type": "private", "first_name": self.first_name}
        return {"id": self.id, "type": self.type, "title": self.title}

    def take_message_id(self) -> int:
        message_id = self.next_message_id
        self.next_message_id += 1
        return message_id


@dataclass(slots=True)
class _StoredFile:
    file_id: str
    file_unique_id: str
    file_path: str
    data: bytes = field(repr=False)


@dataclass(slots=True)
class _Fault:
    status: int
    description: str
    parameters: dict[str, Any] | None
    times: int
    chat_id: int | None


@dataclass(slots=True)
class _Hang:
    times: int
    chat_id: int | None


_Handler = Callable[[Params], Awaitable[Any]]
_R = TypeVar("_R", _Fault, _Hang)


class FakeBotApi:
    """A strict fake of ``api.telegram.org`` serving one bot token on ``127.0.0.1``.

    See the module docstring for the wire format.  Attributes meant for tests:

    * ``url`` — ``"http://127.0.0.1:PORT"`` once started;
    * ``token`` / ``bot_id`` / ``bot_user``;
    * ``calls`` — ``Counter`` of canonical method names; ``requests`` — ``(method, params)``;
    * ``commands`` — ``setMyCommands`` lists for the default scope, keyed by language code
      (``None`` = no language); ``scoped_commands`` keyed by ``(scope_type, language_code)``
      for every scope;
    * ``answered_callbacks`` — callback query ids answered; ``callback_answers`` — their params;
    * ``left_chats`` — chat ids the bot left; ``webhook`` — ``None`` or
      ``{"url", "secret_token", "allowed_updates"}``;
    * ``now`` — the clock (``Callable[[], float]``, default ``time.time``) used for message dates
      and the 48-hour delete window; replace it to age messages.
    """

    def __init__(
        self,
        token: str = "123456:TEST-token-aaaaaaaaaaaaaaaaaaaaaaaa",
        *,
        strict_limits: bool = True,
    ) -> None:
        bot_id, sep, _secret = token.partition(":")
        if not sep or not bot_id.isdigit():
            raise ValueError(f"token must look like '<digits>:<secret>', got {token!r}")
        self.token: str = token
        #: Reserved for benchmarks; the fake never rate-limits on its own either way
        #: (rate limiting only happens through :meth:`fail`).
        self.strict_limits: bool = strict_limits
        self.bot_id: int = int(bot_id)
        self.bot_user: dict[str, Any] = {
            "id": self.bot_id,
            "is_bot": True,
            "first_name": BOT_FIRST_NAME,
            "username": BOT_USERNAME,
        }
        self.now: Callable[[], float] = time.time
        self.url: str = ""

        # what the bot did
        self.calls: Counter[str] = Counter()
        self.requests: list[tuple[str, Params]] = []
        #: (monotonic time, method, chat_id) of every call, for rate checks
        self.timeline: list[tuple[float, str, object]] = []
        self.commands: dict[str | None, list[dict[str, Any]]] = {}
        self.scoped_commands: dict[tuple[str, str | None], list[dict[str, Any]]] = {}
        self.descriptions: dict[str | None, str] = {}
        self.short_descriptions: dict[str | None, str] = {}
        self.answered_callbacks: list[str] = []
        self.callback_answers: dict[str, Params] = {}
        self.left_chats: list[int] = []
        self.chat_actions: list[tuple[int, str]] = []
        self.webhook: dict[str, Any] | None = None

        # people, chats, files
        self._chats: dict[int, _Chat] = {}
        self._languages: dict[int, str] = {}
        self._files: dict[str, _StoredFile] = {}
        self._files_by_path: dict[str, _StoredFile] = {}
        self._file_counter = 0
        self._open_callbacks: set[str] = set()
        self._callback_counter = 0

        # updates
        self._pending: OrderedDict[int, tuple[str, dict[str, Any]]] = OrderedDict()
        self._last_update_id = 100_000_000
        self._allowed_updates: frozenset[str] | None = None  # None = Telegram's default set
        self._pollers: set[asyncio.Future[None]] = set()
        self._poll_generation = 0
        self._webhook_last_error: tuple[int, str] | None = None

        # fault injection
        self._faults: dict[str, deque[_Fault]] = {}
        self._hangs: dict[str, deque[_Hang]] = {}
        self._hang_release = asyncio.Event()

        # server
        self._runner: web.AppRunner | None = None
        self._client: aiohttp.ClientSession | None = None
        self._closing = False

        self._methods: dict[str, _Handler] = {
            "getMe": self._get_me,
            "getUpdates": self._get_updates,
            "setWebhook": self._set_webhook,
            "deleteWebhook": self._delete_webhook,
            "getWebhookInfo": self._get_webhook_info,
            "sendMessage": self._send_message,
            "sendDocument": self._send_document,
            "sendPhoto": self._send_photo,
            "sendChatAction": self._send_chat_action,
            "editMessageText": self._edit_message_text,
            "editMessageCaption": self._edit_message_caption,
            "editMessageReplyMarkup": self._edit_message_reply_markup,
            "deleteMessage": self._delete_message,
            "deleteMessages": self._delete_messages,
            "answerCallbackQuery": self._answer_callback_query,
            "setMyCommands": self._set_my_commands,
            "getMyCommands": self._get_my_commands,
            "deleteMyCommands": self._delete_my_commands,
            "setMyDescription": self._set_my_description,
            "getMyDescription": self._get_my_description,
            "setMyShortDescription": self._set_my_short_description,
            "getMyShortDescription": self._get_my_short_description,
            "leaveChat": self._leave_chat,
            "getChat": self._get_chat,
            "getFile": self._get_file,
        }
        self._method_names: dict[str, str] = {name.lower(): name for name in self._methods}

    # ----------------------------------------------------------------------------------------
    # Lifecycle
    # ----------------------------------------------------------------------------------------

    async def start(self) -> None:
        """Listen on ``127.0.0.1`` on a random free port and set :attr:`url`."""
        if self._runner is not None:
            raise RuntimeError("FakeBotApi is already started")
        self._closing = False
        app = web.Application(client_max_size=MAX_UPLOAD_BYTES + 1024 * 1024)
        app.router.add_route("*", "/{tail:.*}", self._handle)
        runner = web.AppRunner(app, access_log=None, shutdown_timeout=0.5)
        await runner.setup()
        site = web.TCPSite(runner, "127.0.0.1", 0)
        await site.start()
        self._runner = runner
        host, port = runner.addresses[0][:2]
        self.url = f"http://{host}:{port}"

    async def stop(self) -> None:
        """Stop serving: hung calls are dropped, long polls answer ``[]``."""
        self._closing = True
        self.release_hangs()
        self._wake_pollers()
        if self._client is not None:
            await self._client.close()
            self._client = None
        if self._runner is not None:
            runner, self._runner = self._runner, None
            await runner.cleanup()

    async def __aenter__(self) -> Self:
        await self.start()
        return self

    async def __aexit__(self, *exc_info: object) -> None:
        await self.stop()

    # ----------------------------------------------------------------------------------------
    # People and updates
    # ----------------------------------------------------------------------------------------

    def user_text(
        self,
        user_id: int,
        text: str,
        *,
        lang: str = "en",
        chat_type: str = "private",
        chat_id: int | None = None,
    ) -> int:
        """Enqueue a text message from ``user_id``; returns its ``update_id``.

        Like Telegram's server, a leading ``/command`` gets a ``bot_command`` entity.  For
        ``chat_type`` other than ``"private"`` give the group's ``chat_id``.  A user who had
        blocked the bot unblocks it first (a ``my_chat_member`` update precedes the message).
        """
        chat = self._user_chat(user_id, lang, chat_type, chat_id)
        message = self._user_message(chat, user_id)
        message["text"] = text
        match = _LEADING_COMMAND_RE.match(text)
        if match and (len(text) == match.end() or text[match.end()].isspace()):
            message["entities"] = [{"type": "bot_command", "offset": 0, "length": utf16_len(match.group())}]
        return self._push("message", message)

    def user_command(self, user_id: int, command: str, args: str = "", *, lang: str = "en") -> int:
        """Enqueue ``/command args`` (``command`` with or without the slash) in a private chat."""
        command = command.removeprefix("/")
        if not _COMMAND_RE.fullmatch(command):
            raise ValueError(f"not a valid bot command: {command!r}")
        text = f"/{command} {args}" if args else f"/{command}"
        return self.user_text(user_id, text, lang=lang)

    def user_tap(
        self,
        user_id: int,
        message_id: int,
        data: str,
        *,
        lang: str = "en",
        chat_id: int | None = None,
    ) -> int:
        """Enqueue a ``callback_query`` for a button tap on the bot's message ``message_id``.

        ``chat_id`` defaults to the user's private chat.  The message must currently exist.
        """
        chat_id = user_id if chat_id is None else chat_id
        chat = self._chats.get(chat_id)
        message = chat.bot_messages.get(message_id) if chat else None
        if chat is None or message is None:
            raise ValueError(f"no bot message {message_id} in chat {chat_id} to tap on")
        if chat.type == "private":
            self._user_chat(user_id, lang, "private", None)
        else:
            self._languages[user_id] = lang
        self._callback_counter += 1
        query_id = str(4_000_000_000_000_000_000 + self._callback_counter)
        self._open_callbacks.add(query_id)
        query = {
            "id": query_id,
            "from": self._user_api(user_id),
            "message": self._message_api(message),
            "chat_instance": str(-(abs(chat_id) * 1000 + 7)),
            "data": data,
        }
        return self._push("callback_query", query)

    def user_media(self, user_id: int, kind: str = "sticker", *, lang: str = "en") -> int:
        """Enqueue a ``sticker``/``photo``/``voice``/``document`` message (downloadable via
        ``getFile``)."""
        chat = self._user_chat(user_id, lang, "private", None)
        message = self._user_message(chat, user_id)
        if kind == "sticker":
            f = self._store_file("stickers", ".webp", b"RIFF\x00\x00\x00\x00WEBP" + bytes(500))
            message["sticker"] = {
                **self._file_api(f),
                "type": "regular",
                "width": 512,
                "height": 512,
                "is_animated": False,
                "is_video": False,
                "emoji": "👍",
                "set_name": "CandorTestStickers",
            }
        elif kind == "photo":
            f = self._store_file("photos", ".jpg", b"\xff\xd8\xff\xe0" + bytes(2000))
            small = self._store_file("photos", ".jpg", b"\xff\xd8\xff\xe0" + bytes(200))
            message["photo"] = [
                {**self._file_api(small), "width": 90, "height": 90},
                {**self._file_api(f), "width": 800, "height": 600},
            ]
        elif kind == "voice":
            f = self._store_file("voice", ".oga", b"OggS" + bytes(1500))
            message["voice"] = {**self._file_api(f), "duration": 3, "mime_type": "audio/ogg"}
        elif kind == "document":
            f = self._store_file("documents", ".pdf", b"%PDF-1.4\n" + bytes(3000))
            message["document"] = {
                **self._file_api(f),
                "file_name": "notes.pdf",
                "mime_type": "application/pdf",
            }
        else:
            raise ValueError(f"unsupported media kind {kind!r} (use push_raw for others)")
        return self._push("message", message)

    def user_caption(self, user_id: int, caption: str, *, lang: str = "en") -> int:
        """Enqueue a photo with a caption (the words a person sends under a picture)."""
        chat = self._user_chat(user_id, lang, "private", None)
        message = self._user_message(chat, user_id)
        f = self._store_file("photos", ".jpg", b"\xff\xd8\xff\xe0" + bytes(2000))
        message["photo"] = [{**self._file_api(f), "width": 800, "height": 600}]
        message["caption"] = caption
        return self._push("message", message)

    def user_forward(self, user_id: int, text: str, *, sender: str = "Someone", lang: str = "en") -> int:
        """Enqueue a text the person forwarded from someone else (their name hidden)."""
        chat = self._user_chat(user_id, lang, "private", None)
        message = self._user_message(chat, user_id)
        message["text"] = text
        message["forward_origin"] = {
            "type": "hidden_user",
            "sender_user_name": sender,
            "date": message["date"],
        }
        return self._push("message", message)

    def user_edit(self, user_id: int, text: str, *, lang: str = "en") -> int:
        """Enqueue ``edited_message``: the person's latest message, its text changed."""
        chat = self._user_chat(user_id, lang, "private", None)
        if not chat.user_messages:
            raise ValueError("nothing to edit: the person has sent no message")
        message_id = max(chat.user_messages)
        message = {
            "message_id": message_id,
            "from": self._user_api(user_id),
            "chat": chat.api(),
            "date": chat.user_messages[message_id],
            "edit_date": int(self.now()),
            "text": text,
        }
        return self._push("edited_message", message)

    def group_message(self, chat_id: int, user_id: int, text: str, *, chat_type: str = "group") -> int:
        """Enqueue a text message from ``user_id`` in the group ``chat_id``."""
        return self.user_text(user_id, text, chat_type=chat_type, chat_id=chat_id)

    def known_user(self, user_id: int, *, lang: str = "en", blocked: bool = False) -> None:
        """Register a private chat without any update, as if the person wrote long ago."""
        chat = self._user_chat(user_id, lang, "private", None)
        chat.blocked = blocked

    def block(self, user_id: int) -> int:
        """The user blocks the bot: enqueue ``my_chat_member`` (member -> kicked).

        Afterwards every send/edit/delete in that chat answers 403
        ``"Forbidden: bot was blocked by the user"``.
        """
        chat = self._user_chat(user_id, self._languages.get(user_id, "en"), "private", None, unblock=False)
        if chat.blocked:
            raise ValueError(f"user {user_id} has already blocked the bot")
        chat.blocked = True
        return self._push_member_change(chat, user_id, "member", "kicked")

    def unblock(self, user_id: int) -> int:
        """The user unblocks the bot: enqueue ``my_chat_member`` (kicked -> member)."""
        chat = self._chats.get(user_id)
        if chat is None or not chat.blocked:
            raise ValueError(f"user {user_id} has not blocked the bot")
        chat.blocked = False
        return self._push_member_change(chat, user_id, "kicked", "member")

    def push_raw(self, update: dict[str, Any]) -> int:
        """Enqueue any update dict.  ``update_id`` is assigned if missing; a given one must be
        greater than every earlier update's id (Telegram's ids only increase)."""
        update = dict(update)
        kinds = [key for key in update if key != "update_id"]
        if len(kinds) != 1:
            raise ValueError(f"an update has exactly one payload field, got {kinds}")
        update_id = update.get("update_id")
        if update_id is not None:
            if not isinstance(update_id, int) or update_id <= self._last_update_id:
                raise ValueError(f"update_id must be an int > {self._last_update_id}, got {update_id!r}")
            self._last_update_id = update_id - 1
        return self._push(kinds[0], update[kinds[0]])

    @property
    def pending_updates(self) -> list[dict[str, Any]]:
        """Updates not yet confirmed (getUpdates offset) or delivered (webhook), oldest first."""
        return [update for _, update in self._pending.values()]

    # ----------------------------------------------------------------------------------------
    # What the bot did
    # ----------------------------------------------------------------------------------------

    def chat(self, chat_id: int) -> list[FakeMessage]:
        """The bot's messages currently in the chat, oldest first (edits applied, deleted gone)."""
        chat = self._chats.get(chat_id)
        return list(chat.bot_messages.values()) if chat else []

    def sent_texts(self, chat_id: int) -> list[str]:
        """Every text (or caption) the bot successfully sent to the chat, in order, as sent.

        This is the send history: later edits and deletions do not change it (use
        :meth:`chat` for the current state).  Media without a caption contribute nothing.
        """
        chat = self._chats.get(chat_id)
        return list(chat.sent_texts) if chat else []

    async def wait_for(
        self,
        predicate: Callable[[], object],
        timeout: float = 5.0,
        *,
        message: str = "",
    ) -> None:
        """Poll ``predicate`` (every few ms, on this loop) until it is truthy.

        Raises ``AssertionError`` after ``timeout`` seconds, describing what the bot did.
        """
        loop = asyncio.get_running_loop()
        deadline = loop.time() + timeout
        while not predicate():
            if loop.time() >= deadline:
                recent = "\n".join(f"    {method} {_short(params)}" for method, params in self.requests[-10:])
                raise AssertionError(
                    f"condition not met within {timeout}s"
                    + (f": {message}" if message else "")
                    + f"\n  calls: {dict(self.calls)}"
                    + f"\n  pending updates: {len(self._pending)}"
                    + f"\n  last requests:\n{recent or '    (none)'}"
                )
            await asyncio.sleep(0.005)

    # ----------------------------------------------------------------------------------------
    # Fault injection
    # ----------------------------------------------------------------------------------------

    def fail(
        self,
        method: str,
        *,
        status: int,
        description: str | None = None,
        retry_after: int | None = None,
        times: int = 1,
        chat_id: int | None = None,
    ) -> None:
        """Make the next ``times`` calls of ``method`` (only those for ``chat_id`` if given)
        fail with ``status``.

        A 429 always carries ``parameters.retry_after`` (default 1 second) and the description
        ``"Too Many Requests: retry after N"``.  Other default descriptions follow Telegram
        (403 blocked, 500 ``"Internal Server Error"``, ...).  Failed calls take no effect.
        Rules queue up in the order given; a call without ``chat_id`` never matches a
        chat-specific rule.
        """
        canonical = self._canonical(method)
        if times < 1:
            raise ValueError("times must be >= 1")
        parameters: dict[str, Any] | None = None
        if status == HTTPStatus.TOO_MANY_REQUESTS:
            retry_after = 1 if retry_after is None else retry_after
            description = description or f"Too Many Requests: retry after {retry_after}"
        if retry_after is not None:
            parameters = {"retry_after": retry_after}
        if description is None:
            description = _DEFAULT_DESCRIPTIONS.get(status) or HTTPStatus(status).phrase
        fault = _Fault(status, description, parameters, times, chat_id)
        self._faults.setdefault(canonical, deque()).append(fault)

    def hang(self, method: str, *, times: int = 1, chat_id: int | None = None) -> None:
        """Make the next ``times`` calls of ``method`` never answer.

        A hung call takes no effect.  It stays open until :meth:`release_hangs` or
        :meth:`stop`, which drop the connection without an answer (the client sees a
        disconnect, unless it already gave up on its own timeout).
        """
        canonical = self._canonical(method)
        if times < 1:
            raise ValueError("times must be >= 1")
        self._hangs.setdefault(canonical, deque()).append(_Hang(times, chat_id))

    def release_hangs(self) -> None:
        """Drop the connections of all currently hung calls (future hangs still apply)."""
        self._hang_release.set()
        self._hang_release = asyncio.Event()

    # ----------------------------------------------------------------------------------------
    # Webhook
    # ----------------------------------------------------------------------------------------

    async def deliver_webhook(self, update_id: int | None = None, *, answer_timeout: float = 10.0) -> int:
        """POST pending updates to the webhook, one update per request, like Telegram.

        With ``update_id`` only that update is posted; otherwise every pending update, oldest
        first, stopping at the first one the bot does not accept.  Returns the HTTP status of
        the (last) answer, or 0 when no HTTP answer came (connection refused, timeout).

        The request carries ``X-Telegram-Bot-Api-Secret-Token`` when a secret was set.  An
        update stays pending until the bot answers with a 2xx status (Telegram's rule); a 2xx
        JSON answer carrying ``"method"`` is executed as a call, as Telegram does.
        """
        if self.webhook is None:
            raise AssertionError("no webhook is set (setWebhook was not called)")
        if update_id is not None:
            if update_id not in self._pending:
                raise AssertionError(f"update {update_id} is not pending")
            ids = [update_id]
        else:
            ids = list(self._pending)
            if not ids:
                raise AssertionError("no pending updates to deliver")
        if self._client is None:
            self._client = aiohttp.ClientSession()
        headers = {}
        if self.webhook.get("secret_token"):
            headers["X-Telegram-Bot-Api-Secret-Token"] = self.webhook["secret_token"]
        status = 0
        for uid in ids:
            kind, update = self._pending[uid]
            if not self._allowed(kind):
                del self._pending[uid]
                continue
            try:
                async with self._client.post(
                    self.webhook["url"],
                    json=update,
                    headers=headers,
                    timeout=aiohttp.ClientTimeout(total=answer_timeout),
                ) as response:
                    status = response.status
                    body = await response.read()
                    reply_type = response.content_type
            except (aiohttp.ClientError, TimeoutError) as error:
                self._webhook_last_error = (int(self.now()), f"Connection failed: {error!r}")
                return 0
            if not 200 <= status < 300:
                self._webhook_last_error = (
                    int(self.now()),
                    f"Wrong response from the webhook: {status} {_phrase(status)}",
                )
                return status
            self._pending.pop(uid, None)
            if reply_type == "application/json" and body:
                await self._run_webhook_reply(body)
        return status

    # ----------------------------------------------------------------------------------------
    # HTTP layer
    # ----------------------------------------------------------------------------------------

    async def _handle(self, request: web.Request) -> web.StreamResponse:
        path = request.path
        if path.startswith("/file/bot"):
            return self._serve_file(path)
        if not path.startswith("/bot"):
            return _json_response(_ApiError(404, "Not Found").payload(), 404)
        token, _, method_name = path[4:].partition("/")
        if token != self.token:
            return _json_response(_ApiError(401, "Unauthorized").payload(), 401)
        method = self._method_names.get(method_name.lower())
        if method is None:
            return _json_response(_ApiError(404, "Not Found").payload(), 404)
        try:
            params = await _read_params(request)
        except _ApiError as error:
            self.calls[method] += 1
            self.requests.append((method, {}))
            return _json_response(error.payload(), error.status)

        if self._hangs and self._take_rule(self._hangs, method, params) is not None:
            self.calls[method] += 1
            self.requests.append((method, params))
            await self._hang_release.wait()
            if request.transport is not None:
                request.transport.close()
            return web.Response(status=504)  # never reaches the client: transport is closed
        status, payload = await self._execute(method, params)
        return _json_response(payload, status)

    async def _execute(self, method: str, params: Params) -> tuple[int, dict[str, Any]]:
        """Record and run one call; returns (HTTP status, Telegram-shaped body)."""
        self.calls[method] += 1
        self.requests.append((method, params))
        self.timeline.append((time.monotonic(), method, params.get("chat_id")))
        try:
            if self._faults:
                fault = self._take_rule(self._faults, method, params)
                if fault is not None:
                    raise _ApiError(fault.status, fault.description, fault.parameters)
            result = await self._methods[method](params)
        except _ApiError as error:
            return error.status, error.payload()
        if isinstance(result, _Described):
            return 200, {"ok": True, "result": result.result, "description": result.description}
        return 200, {"ok": True, "result": result}

    @staticmethod
    def _take_rule(rules: dict[str, deque[_R]], method: str, params: Params) -> _R | None:
        """Consume one use of the first rule for ``method`` that matches the call's chat."""
        queue = rules.get(method)
        if not queue:
            return None
        chat_id = params.get("chat_id")
        for rule in queue:
            if rule.chat_id is None or rule.chat_id == chat_id:
                rule.times -= 1
                if rule.times == 0:
                    queue.remove(rule)
                    if not queue:
                        del rules[method]
                return rule
        return None

    def _serve_file(self, path: str) -> web.Response:
        token, _, file_path = path[len("/file/bot") :].partition("/")
        if token != self.token:
            return _json_response(_ApiError(401, "Unauthorized").payload(), 401)
        stored = self._files_by_path.get(file_path)
        if stored is None:
            return _json_response(_ApiError(404, "Not Found").payload(), 404)
        return web.Response(body=stored.data, content_type="application/octet-stream")

    async def _run_webhook_reply(self, body: bytes) -> None:
        """Execute a method returned in a webhook answer (errors are ignored, as on Telegram)."""
        try:
            data = json.loads(body)
        except ValueError:
            return
        if not isinstance(data, dict) or not isinstance(data.get("method"), str):
            return
        method = self._method_names.get(data["method"].lower())
        if method is None:
            return
        raw = {key: value for key, value in data.items() if key != "method"}
        try:
            params = _coerce(raw)
        except _ApiError:
            return
        await self._execute(method, params)

    # ----------------------------------------------------------------------------------------
    # Updates plumbing
    # ----------------------------------------------------------------------------------------

    def _push(self, kind: str, payload: dict[str, Any]) -> int:
        self._last_update_id += 1
        update_id = self._last_update_id
        self._pending[update_id] = (kind, {"update_id": update_id, kind: payload})
        if self._pollers:
            self._wake_pollers()
        return update_id

    def _wake_pollers(self) -> None:
        for waiter in self._pollers:
            if not waiter.done():
                waiter.set_result(None)
        self._pollers.clear()

    def _allowed(self, kind: str) -> bool:
        if self._allowed_updates is None:
            return kind not in _DEFAULT_EXCLUDED_UPDATES
        return kind in self._allowed_updates

    def _set_allowed_updates(self, value: object) -> None:
        if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
            raise _bad("can't parse allowed_updates JSON object")
        self._allowed_updates = frozenset(value) if value else None

    def _confirm(self, offset: int) -> None:
        pending = self._pending
        if offset < 0:
            while len(pending) > -offset:
                pending.popitem(last=False)
            return
        while pending and next(iter(pending)) < offset:
            pending.popitem(last=False)

    def _collect(self, limit: int) -> list[dict[str, Any]]:
        """Up to ``limit`` deliverable updates; undeliverable types are dropped for good."""
        batch: list[dict[str, Any]] = []
        dropped: list[int] = []
        for update_id, (kind, update) in self._pending.items():
            if self._allowed(kind):
                batch.append(update)
                if len(batch) >= limit:
                    break
            else:
                dropped.append(update_id)
        for update_id in dropped:
            del self._pending[update_id]
        return batch

    # ----------------------------------------------------------------------------------------
    # Building Telegram objects
    # ----------------------------------------------------------------------------------------

    def _user_api(self, user_id: int) -> dict[str, Any]:
        return {
            "id": user_id,
            "is_bot": False,
            "first_name": f"User{user_id}",
            "language_code": self._languages.get(user_id, "en"),
        }

    def _user_chat(
        self,
        user_id: int,
        lang: str,
        chat_type: str,
        chat_id: int | None,
        *,
        unblock: bool = True,
    ) -> _Chat:
        """The chat a user acts in, registering it; a blocked private chat is unblocked."""
        self._languages[user_id] = lang
        if chat_type == "private":
            if chat_id not in (None, user_id):
                raise ValueError("a private chat's id is the user's id")
            chat = self._chats.get(user_id)
            if chat is None:
                chat = self._chats[user_id] = _Chat(user_id, "private", first_name=f"User{user_id}")
            elif chat.blocked and unblock:
                self.unblock(user_id)
            return chat
        if chat_type not in ("group", "supergroup"):
            raise ValueError(f"unsupported chat_type {chat_type!r}")
        if chat_id is None:
            raise ValueError(f"a {chat_type} message needs chat_id")
        chat = self._chats.get(chat_id)
        if chat is None:
            chat = self._chats[chat_id] = _Chat(chat_id, chat_type, title=f"Group {chat_id}")
        elif chat.type != chat_type:
            raise ValueError(f"chat {chat_id} is a {chat.type}, not a {chat_type}")
        if chat.left:
            raise ValueError(f"the bot left chat {chat_id}; it receives no messages there")
        return chat

    def _user_message(self, chat: _Chat, user_id: int) -> dict[str, Any]:
        date = int(self.now())
        message_id = chat.take_message_id()
        chat.user_messages[message_id] = date
        return {
            "message_id": message_id,
            "from": self._user_api(user_id),
            "chat": chat.api(),
            "date": date,
        }

    def _push_member_change(self, chat: _Chat, user_id: int, old: str, new: str) -> int:
        def member(status: str) -> dict[str, Any]:
            if status == "kicked":
                return {"user": self.bot_user, "status": "kicked", "until_date": 0}
            return {"user": self.bot_user, "status": status}

        return self._push(
            "my_chat_member",
            {
                "chat": chat.api(),
                "from": self._user_api(user_id) if user_id != self.bot_id else self.bot_user,
                "date": int(self.now()),
                "old_chat_member": member(old),
                "new_chat_member": member(new),
            },
        )

    def _message_api(self, message: FakeMessage) -> dict[str, Any]:
        api: dict[str, Any] = {
            "message_id": message.message_id,
            "from": self.bot_user,
            "chat": self._chats[message.chat_id].api(),
            "date": message.date,
        }
        if message.edit_date is not None:
            api["edit_date"] = message.edit_date
        text_key = "text" if message.kind == "text" else "caption"
        if message.text is not None:
            api[text_key] = message.text
        if message.entities:
            api["entities" if message.kind == "text" else "caption_entities"] = message.entities
        if message.kind == "document":
            api["document"] = {
                "file_id": message.file_id,
                "file_unique_id": message.file_unique_id,
                "file_name": message.document_name,
                "mime_type": message.mime_type,
                "file_size": message.document_size,
            }
        elif message.kind == "photo":
            api["photo"] = [
                {
                    "file_id": message.file_id,
                    "file_unique_id": message.file_unique_id,
                    "width": 320,
                    "height": 320,
                    "file_size": message.document_size,
                }
            ]
        if message.protect_content:
            api["has_protected_content"] = True
        if message.reply_markup is not None:
            api["reply_markup"] = message.reply_markup
        return api

    def _store_file(self, folder: str, suffix: str, data: bytes) -> _StoredFile:
        self._file_counter += 1
        n = self._file_counter
        stored = _StoredFile(
            file_id=f"FAKE-{folder}-{n:08d}",
            file_unique_id=f"U{n:08d}",
            file_path=f"{folder}/file_{n}{suffix}",
            data=data,
        )
        self._files[stored.file_id] = stored
        self._files_by_path[stored.file_path] = stored
        return stored

    @staticmethod
    def _file_api(stored: _StoredFile) -> dict[str, Any]:
        return {
            "file_id": stored.file_id,
            "file_unique_id": stored.file_unique_id,
            "file_size": len(stored.data),
        }

    # ----------------------------------------------------------------------------------------
    # Validation helpers
    # ----------------------------------------------------------------------------------------

    def _canonical(self, method: str) -> str:
        canonical = self._method_names.get(method.lower())
        if canonical is None:
            raise ValueError(f"the fake does not implement {method!r}")
        return canonical

    def _known_chat(self, params: Params) -> _Chat:
        chat_id = params.get("chat_id")
        if chat_id is None or chat_id == "":
            raise _bad("chat_id is empty")
        chat = self._chats.get(chat_id) if isinstance(chat_id, int) else None
        if chat is None:
            raise _bad("chat not found")
        return chat

    def _writable_chat(self, params: Params) -> _Chat:
        """The target chat of a send/edit/delete, or the error Telegram would give."""
        chat = self._known_chat(params)
        if chat.blocked:
            raise _ApiError(403, "Forbidden: bot was blocked by the user")
        if chat.left:
            raise _ApiError(403, f"Forbidden: bot is not a member of the {chat.type} chat")
        return chat

    @staticmethod
    def _check_text(text: object, *, limit: int, what: str) -> str:
        if not isinstance(text, str) or not text.strip():
            raise _bad(f"{what} is empty")
        if utf16_len(text) > limit:
            raise _bad(f"{what.removesuffix(' text')} is too long")
        return text

    @staticmethod
    def _check_caption(params: Params) -> str | None:
        caption = params.get("caption")
        if caption is None or caption == "":
            return None
        if not isinstance(caption, str):
            raise _bad("can't parse caption")
        if utf16_len(caption) > MAX_CAPTION_LENGTH:
            raise _bad("message caption is too long")
        return caption

    @staticmethod
    def _check_entities(text: str, params: Params, key: str = "entities") -> list[dict[str, Any]] | None:
        """Entities as Telegram checks them: known types, offsets and lengths in UTF-16 code
        units inside the text, never cutting a character in two, and no parse mode beside them."""
        entities = params.get(key)
        if not entities:
            return None
        if params.get("parse_mode"):
            raise _bad(f"can't use parse_mode together with {key}")
        if not isinstance(entities, list):
            raise _bad(f"can't parse {key} JSON object")
        units = text.encode("utf-16-le")
        size = len(units) // 2
        for entity in entities:
            if not isinstance(entity, dict) or entity.get("type") not in _ENTITY_TYPES:
                raise _bad(f"can't parse entities: unsupported entity {entity!r}")
            offset, length = entity.get("offset"), entity.get("length")
            if not isinstance(offset, int) or not isinstance(length, int) or offset < 0 or length < 1:
                raise _bad("can't parse entities: wrong offset or length")
            if offset + length > size:
                raise _bad(
                    f"can't parse entities: entity ends after the text end ({offset + length} > {size})"
                )
            for at in (offset, offset + length):
                if at < size and 0xDC00 <= int.from_bytes(units[2 * at : 2 * at + 2], "little") <= 0xDFFF:
                    raise _bad("can't parse entities: an entity boundary splits a character")
        return entities

    @staticmethod
    def _check_parse_mode(params: Params) -> str | None:
        parse_mode = params.get("parse_mode")
        if parse_mode is None or parse_mode == "":
            return None
        if not isinstance(parse_mode, str) or parse_mode.lower() not in _PARSE_MODES:
            raise _bad(f"unsupported parse_mode {parse_mode!r}")
        return parse_mode

    @staticmethod
    def _check_markup(markup: object) -> tuple[dict[str, Any] | None, dict[str, Any] | None]:
        """Validate ``reply_markup``; returns (inline keyboard or None, other markup or None)."""
        if markup is None:
            return None, None
        if not isinstance(markup, dict):
            raise _bad("can't parse reply keyboard markup JSON object")
        if "inline_keyboard" in markup:
            rows = markup["inline_keyboard"]
            if not isinstance(rows, list) or not all(isinstance(row, list) for row in rows):
                raise _bad("can't parse inline keyboard markup JSON object")
            for row in rows:
                for button in row:
                    _check_inline_button(button)
            if not any(rows):
                return None, None
            return {"inline_keyboard": rows}, None
        if "keyboard" in markup:
            rows = markup["keyboard"]
            if not isinstance(rows, list) or not all(isinstance(row, list) for row in rows):
                raise _bad("can't parse keyboard markup JSON object")
            for row in rows:
                for button in row:
                    label = button.get("text") if isinstance(button, dict) else button
                    if not isinstance(label, str) or not label:
                        raise _bad("keyboard button text is empty")
            return None, markup
        if markup.get("remove_keyboard") is True or markup.get("force_reply") is True:
            return None, markup
        raise _bad("can't parse reply keyboard markup JSON object")

    def _check_reply_to(self, chat: _Chat, params: Params) -> int | None:
        reply_to = params.get("reply_to_message_id")
        allow_missing = bool(params.get("allow_sending_without_reply"))
        parameters = params.get("reply_parameters")
        if isinstance(parameters, dict):
            reply_to = parameters.get("message_id", reply_to)
            allow_missing = bool(parameters.get("allow_sending_without_reply", allow_missing))
        if reply_to is None:
            return None
        if reply_to in chat.bot_messages or reply_to in chat.user_messages:
            return int(reply_to)
        if allow_missing:
            return None
        raise _bad("message to be replied not found")

    def _upload(self, params: Params, name: str) -> FakeUpload | _StoredFile | str:
        """Resolve a file parameter: an upload, ``attach://part``, a file_id or an HTTP URL."""
        value = params.get(name)
        if isinstance(value, str) and value.startswith("attach://"):
            value = params.get(value.removeprefix("attach://"))
        if isinstance(value, FakeUpload):
            if not value.data:
                raise _bad("file must be non-empty")
            return value
        if isinstance(value, str) and value:
            if value in self._files:
                return self._files[value]
            if value.startswith(("http://", "https://")):
                return value
            raise _bad("wrong file identifier/HTTP URL specified")
        raise _bad(f"there is no {name} in the request")

    def _message_by_id(self, chat: _Chat, params: Params, *, missing: str) -> FakeMessage:
        message_id = params.get("message_id")
        if message_id is None:
            if params.get("inline_message_id"):
                raise _bad("inline messages are not supported by the fake")
            raise _bad("message_id is empty")
        message = chat.bot_messages.get(message_id)
        if message is None:
            if message_id in chat.user_messages:
                raise _bad("message can't be edited")
            raise _bad(missing)
        return message

    # ----------------------------------------------------------------------------------------
    # Methods
    # ----------------------------------------------------------------------------------------

    async def _get_me(self, params: Params) -> dict[str, Any]:
        return {
            **self.bot_user,
            "can_join_groups": True,
            "can_read_all_group_messages": False,
            "supports_inline_queries": False,
            "can_connect_to_business": False,
            "has_main_web_app": False,
        }

    async def _get_updates(self, params: Params) -> list[dict[str, Any]]:
        if self.webhook is not None:
            raise _ApiError(409, _WEBHOOK_CONFLICT)
        offset = params.get("offset")
        limit = params.get("limit", MAX_UPDATES_LIMIT)
        timeout = params.get("timeout", 0)
        if not isinstance(limit, int) or not isinstance(timeout, int):
            raise _bad("invalid limit or timeout")
        limit = min(max(limit, 1), MAX_UPDATES_LIMIT)
        if "allowed_updates" in params:
            self._set_allowed_updates(params["allowed_updates"])
        if isinstance(offset, int):
            self._confirm(offset)

        # A newer getUpdates terminates an older one that is still waiting (409 for the older).
        self._poll_generation += 1
        generation = self._poll_generation
        if self._pollers:
            self._wake_pollers()

        loop = asyncio.get_running_loop()
        deadline = loop.time() + max(timeout, 0)
        while True:
            batch = self._collect(limit)
            if batch or self._closing:
                return batch
            remaining = deadline - loop.time()
            if remaining <= 0:
                return batch
            waiter: asyncio.Future[None] = loop.create_future()
            self._pollers.add(waiter)
            try:
                await asyncio.wait([waiter], timeout=remaining)
            finally:
                self._pollers.discard(waiter)
            if generation != self._poll_generation:
                raise _ApiError(409, _POLL_CONFLICT)
            if self.webhook is not None:
                raise _ApiError(409, _WEBHOOK_CONFLICT)

    async def _set_webhook(self, params: Params) -> _Described:
        url = params.get("url", "")
        if not isinstance(url, str):
            raise _bad("invalid webhook URL specified")
        if url == "":
            return await self._delete_webhook(params)
        parts = urlsplit(url)
        # Telegram insists on HTTPS; plain HTTP is accepted for loopback hosts only.
        if not parts.hostname or not (
            parts.scheme == "https" or (parts.scheme == "http" and parts.hostname in _LOOPBACK_HOSTS)
        ):
            raise _bad("bad webhook: An HTTPS URL must be provided for webhook")
        secret = params.get("secret_token")
        if secret is not None and not _SECRET_RE.fullmatch(str(secret)):
            raise _bad("secret token contains unallowed characters")
        if "allowed_updates" in params:
            self._set_allowed_updates(params["allowed_updates"])
        if params.get("drop_pending_updates"):
            self._pending.clear()
        self.webhook = {
            "url": url,
            "secret_token": secret,
            "allowed_updates": params.get("allowed_updates"),
        }
        self._webhook_last_error = None
        self._wake_pollers()
        return _Described(True, "Webhook was set")

    async def _delete_webhook(self, params: Params) -> _Described:
        if params.get("drop_pending_updates"):
            self._pending.clear()
        was_set = self.webhook is not None
        self.webhook = None
        return _Described(True, "Webhook was deleted" if was_set else "Webhook is already deleted")

    async def _get_webhook_info(self, params: Params) -> dict[str, Any]:
        info: dict[str, Any] = {
            "url": self.webhook["url"] if self.webhook else "",
            "has_custom_certificate": False,
            "pending_update_count": len(self._pending),
        }
        if self.webhook is not None:
            info["max_connections"] = 40
            if self._allowed_updates is not None:
                info["allowed_updates"] = sorted(self._allowed_updates)
            if self._webhook_last_error is not None:
                info["last_error_date"], info["last_error_message"] = self._webhook_last_error
        return info

    async def _send_message(self, params: Params) -> dict[str, Any]:
        chat = self._writable_chat(params)
        text = self._check_text(params.get("text"), limit=MAX_TEXT_LENGTH, what="message text")
        parse_mode = self._check_parse_mode(params)
        entities = self._check_entities(text, params)
        inline, other = self._check_markup(params.get("reply_markup"))
        reply_to = self._check_reply_to(chat, params)
        message = FakeMessage(
            message_id=chat.take_message_id(),
            chat_id=chat.id,
            kind="text",
            text=text,
            date=int(self.now()),
            reply_markup=inline,
            reply_keyboard=other,
            parse_mode=parse_mode,
            entities=entities,
            disable_notification=bool(params.get("disable_notification")),
            protect_content=bool(params.get("protect_content")),
            reply_to_message_id=reply_to,
        )
        return self._store_sent(chat, message)

    async def _send_document(self, params: Params) -> dict[str, Any]:
        return self._send_file(params, "document")

    async def _send_photo(self, params: Params) -> dict[str, Any]:
        return self._send_file(params, "photo")

    def _send_file(self, params: Params, kind: str) -> dict[str, Any]:
        chat = self._writable_chat(params)
        source = self._upload(params, kind)
        caption = self._check_caption(params)
        parse_mode = self._check_parse_mode(params)
        inline, other = self._check_markup(params.get("reply_markup"))
        reply_to = self._check_reply_to(chat, params)
        if isinstance(source, FakeUpload):
            name = source.filename
            stored = self._store_file(f"{kind}s", _suffix(name), source.data)
            mime = source.content_type
            if not mime or mime == "application/octet-stream":
                mime = (mimetypes.guess_type(name or "")[0]) or "application/octet-stream"
        elif isinstance(source, _StoredFile):
            stored, name = source, source.file_path.rsplit("/", 1)[-1]
            mime = mimetypes.guess_type(name)[0] or "application/octet-stream"
        else:  # an HTTP URL: Telegram would download it; the fake has no network
            name = source.rsplit("/", 1)[-1] or None
            stored = self._store_file(f"{kind}s", _suffix(name), b"")
            mime = mimetypes.guess_type(name or "")[0] or "application/octet-stream"
        message = FakeMessage(
            message_id=chat.take_message_id(),
            chat_id=chat.id,
            kind=kind,
            text=caption,
            date=int(self.now()),
            reply_markup=inline,
            reply_keyboard=other,
            parse_mode=parse_mode,
            entities=params.get("caption_entities") or None,
            disable_notification=bool(params.get("disable_notification")),
            protect_content=bool(params.get("protect_content")),
            reply_to_message_id=reply_to,
            document_name=name,
            document_size=len(stored.data),
            document_data=stored.data,
            file_id=stored.file_id,
            file_unique_id=stored.file_unique_id,
            mime_type=mime if kind == "document" else "image/jpeg",
        )
        return self._store_sent(chat, message)

    def _store_sent(self, chat: _Chat, message: FakeMessage) -> dict[str, Any]:
        chat.bot_messages[message.message_id] = message
        if message.text is not None:
            chat.sent_texts.append(message.text)
        return self._message_api(message)

    async def _send_chat_action(self, params: Params) -> bool:
        chat = self._writable_chat(params)
        action = params.get("action")
        if action not in _CHAT_ACTIONS:
            raise _bad("wrong parameter action in request")
        self.chat_actions.append((chat.id, action))
        return True

    async def _edit_message_text(self, params: Params) -> dict[str, Any]:
        chat = self._writable_chat(params)
        message = self._message_by_id(chat, params, missing="message to edit not found")
        text = self._check_text(params.get("text"), limit=MAX_TEXT_LENGTH, what="message text")
        parse_mode = self._check_parse_mode(params)
        entities = self._check_entities(text, params)
        inline, _ = self._check_markup(params.get("reply_markup"))
        if message.kind != "text":
            raise _bad("there is no text in the message to edit")
        if text == message.text and inline == message.reply_markup:
            raise _bad(_NOT_MODIFIED.removeprefix("Bad Request: "))
        message.text = text
        message.parse_mode = parse_mode
        message.entities = entities
        message.reply_markup = inline
        message.edit_date = int(self.now())
        return self._message_api(message)

    async def _edit_message_caption(self, params: Params) -> dict[str, Any]:
        chat = self._writable_chat(params)
        message = self._message_by_id(chat, params, missing="message to edit not found")
        caption = self._check_caption(params)
        parse_mode = self._check_parse_mode(params)
        inline, _ = self._check_markup(params.get("reply_markup"))
        if message.kind == "text":
            raise _bad("there is no caption in the message to edit")
        if caption == message.text and inline == message.reply_markup:
            raise _bad(_NOT_MODIFIED.removeprefix("Bad Request: "))
        message.text = caption
        message.parse_mode = parse_mode
        message.entities = params.get("caption_entities") or None
        message.reply_markup = inline
        message.edit_date = int(self.now())
        return self._message_api(message)

    async def _edit_message_reply_markup(self, params: Params) -> dict[str, Any]:
        chat = self._writable_chat(params)
        message = self._message_by_id(chat, params, missing="message to edit not found")
        inline, _ = self._check_markup(params.get("reply_markup"))
        if inline == message.reply_markup:
            raise _bad(_NOT_MODIFIED.removeprefix("Bad Request: "))
        message.reply_markup = inline
        message.edit_date = int(self.now())
        return self._message_api(message)

    def _delete_one(self, chat: _Chat, message_id: object) -> None:
        if not isinstance(message_id, int):
            raise _bad("message_id is empty")
        sent = chat.bot_messages.get(message_id)
        date = sent.date if sent is not None else chat.user_messages.get(message_id)
        if date is None:
            raise _bad("message to delete not found")
        if self.now() - date > DELETE_WINDOW_SECONDS:
            raise _bad("message can't be deleted for everyone")
        if sent is not None:
            del chat.bot_messages[message_id]
        else:
            del chat.user_messages[message_id]

    async def _delete_message(self, params: Params) -> bool:
        chat = self._writable_chat(params)
        self._delete_one(chat, params.get("message_id"))
        return True

    async def _delete_messages(self, params: Params) -> bool:
        chat = self._writable_chat(params)
        ids = params.get("message_ids")
        if not isinstance(ids, list) or not all(isinstance(i, int) for i in ids):
            raise _bad("message_ids must be a JSON array of integers")
        if not 1 <= len(ids) <= MAX_DELETE_MESSAGES:
            raise _bad(f"message_ids must contain 1-{MAX_DELETE_MESSAGES} identifiers")
        for message_id in ids:
            with contextlib.suppress(_ApiError):
                self._delete_one(chat, message_id)
        return True

    async def _answer_callback_query(self, params: Params) -> bool:
        query_id = params.get("callback_query_id")
        if not query_id:
            raise _bad("query_id is empty")
        if query_id not in self._open_callbacks:
            raise _bad("query is too old and response timeout expired or query ID is invalid")
        text = params.get("text")
        if isinstance(text, str) and utf16_len(text) > 200:
            raise _bad("MESSAGE_TOO_LONG")
        self._open_callbacks.discard(query_id)
        self.answered_callbacks.append(query_id)
        self.callback_answers[query_id] = params
        return True

    @staticmethod
    def _commands_key(params: Params) -> tuple[str, str | None]:
        scope = params.get("scope") or {"type": "default"}
        if not isinstance(scope, dict) or not isinstance(scope.get("type"), str):
            raise _bad("can't parse BotCommandScope JSON object")
        lang = params.get("language_code") or None
        if lang is not None and not _LANG_RE.fullmatch(str(lang)):
            raise _bad("invalid language code specified")
        if scope["type"] == "default":
            return "default", lang
        return json.dumps(scope, sort_keys=True), lang

    async def _set_my_commands(self, params: Params) -> bool:
        commands = params.get("commands")
        if not isinstance(commands, list):
            raise _bad("can't parse commands JSON object")
        if len(commands) > MAX_COMMANDS:
            raise _bad("too many commands")
        cleaned: list[dict[str, Any]] = []
        for item in commands:
            if not isinstance(item, dict):
                raise _bad("can't parse BotCommand JSON object")
            name, description = item.get("command"), item.get("description")
            if not isinstance(name, str) or not _COMMAND_RE.fullmatch(name.removeprefix("/")):
                raise _bad("BOT_COMMAND_INVALID")
            if not isinstance(description, str) or not 1 <= len(description) <= 256:
                raise _bad("command description is empty or too long")
            cleaned.append({"command": name.removeprefix("/"), "description": description})
        key = self._commands_key(params)
        if not cleaned:
            self._forget_commands(key)
            return True
        self.scoped_commands[key] = cleaned
        if key[0] == "default":
            self.commands[key[1]] = cleaned
        return True

    async def _get_my_commands(self, params: Params) -> list[dict[str, Any]]:
        return list(self.scoped_commands.get(self._commands_key(params), []))

    async def _delete_my_commands(self, params: Params) -> bool:
        self._forget_commands(self._commands_key(params))
        return True

    def _forget_commands(self, key: tuple[str, str | None]) -> None:
        self.scoped_commands.pop(key, None)
        if key[0] == "default":
            self.commands.pop(key[1], None)

    async def _set_my_description(self, params: Params) -> bool:
        return self._set_text_setting(params, "description", self.descriptions, 512)

    async def _get_my_description(self, params: Params) -> dict[str, str]:
        return {"description": self.descriptions.get(params.get("language_code") or None, "")}

    async def _set_my_short_description(self, params: Params) -> bool:
        return self._set_text_setting(params, "short_description", self.short_descriptions, 120)

    async def _get_my_short_description(self, params: Params) -> dict[str, str]:
        lang = params.get("language_code") or None
        return {"short_description": self.short_descriptions.get(lang, "")}

    @staticmethod
    def _set_text_setting(params: Params, name: str, store: dict[str | None, str], limit: int) -> bool:
        lang = params.get("language_code") or None
        value = params.get(name) or ""
        if not isinstance(value, str) or utf16_len(value) > limit:
            raise _bad(f"{name} is too long")
        if value:
            store[lang] = value
        else:
            store.pop(lang, None)
        return True

    async def _leave_chat(self, params: Params) -> bool:
        chat = self._known_chat(params)
        if chat.type == "private":
            raise _bad("chat member status can't be changed in private chats")
        if chat.left:
            raise _ApiError(403, f"Forbidden: bot is not a member of the {chat.type} chat")
        chat.left = True
        self.left_chats.append(chat.id)
        self._push_member_change(chat, self.bot_id, "member", "left")
        return True

    async def _get_chat(self, params: Params) -> dict[str, Any]:
        chat = self._known_chat(params)
        return {
            **chat.api(),
            "accent_color_id": 0,
            "max_reaction_count": 11,
            "accepted_gift_types": {
                "unlimited_gifts": False,
                "limited_gifts": False,
                "unique_gifts": False,
                "premium_subscription": False,
                "gifts_from_channels": False,
            },
        }

    async def _get_file(self, params: Params) -> dict[str, Any]:
        stored = self._files.get(params.get("file_id") or "")
        if stored is None:
            raise _bad("invalid file_id")
        return {**self._file_api(stored), "file_path": stored.file_path}


# --------------------------------------------------------------------------------------------
# Module helpers
# --------------------------------------------------------------------------------------------


def _check_inline_button(button: object) -> None:
    if not isinstance(button, dict):
        raise _bad("can't parse inline keyboard button: object expected")
    text = button.get("text")
    if not isinstance(text, str) or not text:
        raise _bad("can't parse inline keyboard button: Text must be non-empty")
    actions = _BUTTON_ACTIONS.intersection(button)
    if not actions:
        raise _bad("can't parse inline keyboard button: Text buttons are unallowed in the inline keyboard")
    if "callback_data" in button:
        data = button["callback_data"]
        if not isinstance(data, str) or not 1 <= len(data.encode()) <= MAX_CALLBACK_DATA_BYTES:
            raise _bad("BUTTON_DATA_INVALID")
    if "url" in button:
        url = button["url"]
        if not isinstance(url, str) or not url.startswith(("http://", "https://", "tg://")):
            raise _bad("BUTTON_URL_INVALID")


async def _read_params(request: web.Request) -> Params:
    """Merge query-string and body parameters, then coerce them by name."""
    raw: dict[str, Any] = dict(request.query) if request.query_string else {}
    if request.body_exists:
        content_type = request.content_type
        if content_type == "application/json":
            body = await request.read()
            if body.strip():
                try:
                    data = json.loads(body)
                except ValueError as error:
                    raise _bad("can't parse JSON object") from error
                if not isinstance(data, dict):
                    raise _bad("JSON object expected")
                raw.update(data)
        elif content_type in ("multipart/form-data", "application/x-www-form-urlencoded"):
            form = await request.post()
            seen: set[str] = set()
            for key, value in form.items():
                if key in seen:
                    continue  # the first value wins for a repeated form field
                seen.add(key)
                if isinstance(value, web.FileField):
                    raw[key] = FakeUpload(value.filename, value.file.read(), value.content_type)
                elif isinstance(value, bytes | bytearray):  # a non-text part without a filename
                    raw[key] = FakeUpload(None, bytes(value))
                else:
                    raw[key] = value
    return _coerce(raw)


def _coerce(raw: dict[str, Any]) -> Params:
    """Turn wire values into typed values, as the real server does for each parameter."""
    params: Params = {}
    for name, value in raw.items():
        if value is None:
            continue
        if isinstance(value, FakeUpload):
            params[name] = value
        elif name in _JSON_PARAMS:
            if isinstance(value, str):
                try:
                    value = json.loads(value)
                except ValueError as error:
                    raise _bad(f"can't parse {name} JSON object") from error
            params[name] = value
        elif name in _INT_PARAMS:
            if isinstance(value, bool):
                raise _bad(f"invalid {name} specified")
            if isinstance(value, float) and value.is_integer():
                value = int(value)
            if isinstance(value, str):
                stripped = value.strip()
                if _INT_RE.fullmatch(stripped):
                    value = int(stripped)
                elif name != "chat_id" and name != "from_chat_id":  # "@channelusername" is legal
                    raise _bad(f"invalid {name} specified")
            params[name] = value
        elif name in _BOOL_PARAMS:
            if isinstance(value, str):
                lowered = value.strip().lower()
                if lowered in ("true", "1"):
                    value = True
                elif lowered in ("false", "0", ""):
                    value = False
                else:
                    raise _bad(f"invalid {name} specified")
            params[name] = bool(value)
        elif name in _STR_PARAMS and isinstance(value, int | float) and not isinstance(value, bool):
            params[name] = str(value)
        else:
            params[name] = value
    return params


def _json_response(payload: dict[str, Any], status: int) -> web.Response:
    return web.Response(
        body=json.dumps(payload, ensure_ascii=False).encode(),
        status=status,
        content_type="application/json",
    )


def _suffix(name: str | None) -> str:
    if not name or "." not in name:
        return ""
    return "." + name.rsplit(".", 1)[-1]


def _phrase(status: int) -> str:
    try:
        return HTTPStatus(status).phrase
    except ValueError:
        return "Unknown"


def _short(params: Params, limit: int = 120) -> str:
    text = repr({k: v for k, v in params.items() if not isinstance(v, FakeUpload)})
    return text if len(text) <= limit else text[: limit - 3] + "..."
