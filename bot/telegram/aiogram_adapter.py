"""The aiogram adapter: a ``Dispatcher`` with a router, fed from the inbox.

Filters are plain async functions: aiogram runs synchronous filters in a thread, which made
dispatch several times slower here. No dialog logic lives here.
"""

from __future__ import annotations

import contextlib
from collections.abc import Sequence
from typing import Any

from aiogram import Bot, Dispatcher, Router
from aiogram.client.telegram import TelegramAPIServer
from aiogram.exceptions import (
    TelegramAPIError,
    TelegramBadRequest,
    TelegramForbiddenError,
    TelegramNetworkError,
    TelegramRetryAfter,
    TelegramServerError,
)
from aiogram.methods import (
    AnswerCallbackQuery,
    DeleteMessages,
    EditMessageReplyMarkup,
    EditMessageText,
    GetMe,
    LeaveChat,
    SendDocument,
    SendMessage,
    SendPhoto,
    SetMyCommands,
)
from aiogram.methods.base import Response
from aiogram.types import (
    BotCommand,
    BufferedInputFile,
    CallbackQuery,
    ChatMemberUpdated,
    InlineKeyboardButton,
    InlineKeyboardMarkup,
    Message,
    MessageEntity,
    Update,
)

from bot.delivery.adapter import CURRENT, Outcome, Sink, deliver
from bot.delivery.transport import ErrorKind, Folds, Keyboard, SendError
from bot.engine.events import ButtonIn, GroupIn
from bot.telegram.aiogram_session import JsonAiohttpSession
from bot.telegram.entities import folded_entities
from bot.telegram.errors import LIMITS, ErrorsAsSendError, kind_of_bad_request
from bot.telegram.mapping import from_library_message, from_member_change


def _markup(keyboard: Keyboard | None) -> InlineKeyboardMarkup | None:
    if not keyboard:
        return None
    return InlineKeyboardMarkup(
        inline_keyboard=[
            [InlineKeyboardButton(text=label, callback_data=data) for label, data in row] for row in keyboard
        ]
    )


def _entities(text: str, folds: Folds) -> list[MessageEntity] | None:
    found = folded_entities(text, folds)
    return [MessageEntity(type=kind, offset=offset, length=length) for kind, offset, length in found] or None


def _error(exc: Exception) -> SendError:
    if isinstance(exc, TelegramRetryAfter):
        return SendError(ErrorKind.RETRY_AFTER, retry_after=float(exc.retry_after))
    if isinstance(exc, TelegramForbiddenError):
        return SendError(ErrorKind.BLOCKED, detail=exc.message)
    if isinstance(exc, TelegramBadRequest):
        return SendError(kind_of_bad_request(exc.message), detail=exc.message)
    if isinstance(exc, TelegramServerError):
        return SendError(ErrorKind.SERVER, detail=type(exc).__name__)
    if isinstance(exc, TelegramNetworkError):
        return SendError(ErrorKind.NETWORK, detail=type(exc).__name__)
    if isinstance(exc, TimeoutError):
        return SendError(ErrorKind.TIMEOUT)
    return SendError(ErrorKind.BAD_REQUEST, detail=type(exc).__name__)


_ERRORS = (TelegramAPIError, TimeoutError)
_AS_SEND_ERROR = ErrorsAsSendError(_ERRORS, _error)


class AiogramTransport:
    limits = LIMITS

    def __init__(self, bot: Bot) -> None:
        self._bot = bot

    async def send_text(
        self, chat_id: int, text: str, keyboard: Keyboard | None, *, silent: bool, folds: Folds = ()
    ) -> int:
        with _AS_SEND_ERROR:
            message = await self._bot.send_message(
                chat_id,
                text,
                reply_markup=_markup(keyboard),
                disable_notification=silent,
                entities=_entities(text, folds),
            )
        return message.message_id

    async def edit_text(
        self, chat_id: int, message_id: int, text: str, keyboard: Keyboard | None, *, folds: Folds = ()
    ) -> None:
        with _AS_SEND_ERROR:
            await self._bot.edit_message_text(
                text=text,
                chat_id=chat_id,
                message_id=message_id,
                reply_markup=_markup(keyboard),
                entities=_entities(text, folds),
            )

    async def clear_keyboard(self, chat_id: int, message_id: int) -> None:
        with _AS_SEND_ERROR:
            await self._bot.edit_message_reply_markup(
                chat_id=chat_id, message_id=message_id, reply_markup=None
            )

    async def send_document(self, chat_id: int, filename: str, data: bytes, caption: str) -> int:
        with _AS_SEND_ERROR:
            message = await self._bot.send_document(
                chat_id, BufferedInputFile(data, filename), caption=caption
            )
        return message.message_id

    async def send_photo(self, chat_id: int, data: bytes, caption: str) -> int:
        with _AS_SEND_ERROR:
            message = await self._bot.send_photo(
                chat_id, BufferedInputFile(data, "progress.png"), caption=caption
            )
        return message.message_id

    async def delete_messages(self, chat_id: int, message_ids: Sequence[int]) -> None:
        with _AS_SEND_ERROR:
            await self._bot.delete_messages(chat_id, list(message_ids))

    async def leave_chat(self, chat_id: int) -> None:
        with _AS_SEND_ERROR:
            await self._bot.leave_chat(chat_id)

    async def set_commands(self, commands: Sequence[tuple[str, str]], language: str | None) -> None:
        with _AS_SEND_ERROR:
            await self._bot.set_my_commands(
                [BotCommand(command=n, description=d) for n, d in commands], language_code=language
            )


async def _private(event: Message) -> bool:
    return event.chat.type == "private"


async def _not_private(event: Message) -> bool:
    return event.chat.type != "private"


# aiogram reads every answer through ``Response[<return type>]``. pydantic keeps those
# parametrized models only weakly, so after each garbage collection aiogram built them again,
# several milliseconds a time; holding them keeps the cache warm.
METHODS_USED = (
    AnswerCallbackQuery,
    DeleteMessages,
    EditMessageReplyMarkup,
    EditMessageText,
    GetMe,
    LeaveChat,
    SendDocument,
    SendMessage,
    SendPhoto,
    SetMyCommands,
)


class AiogramAdapter:
    def __init__(self, token: str, api_base: str, sink: Sink) -> None:
        self._response_models = [Response[m.__returning__] for m in METHODS_USED]  # type: ignore[name-defined]  # each method's own result type, known at run time
        self._sink = sink
        self.username: str | None = None
        session = JsonAiohttpSession(api=TelegramAPIServer.from_base(api_base), limit=64)
        self.bot = Bot(token, session=session)
        self.transport = AiogramTransport(self.bot)
        router = Router(name="candor")
        router.message.register(self._private_message, _private)
        router.edited_message.register(self._private_message, _private)
        router.message.register(self._group_message, _not_private)
        router.callback_query.register(self._button)
        router.my_chat_member.register(self._member)
        # Dialog state lives in Candor's store; aiogram's FSM would only add a lookup per update.
        self.dispatcher = Dispatcher(disable_fsm=True)
        self.dispatcher.include_router(router)

    async def start(self) -> None:
        self.username = (await self.bot.get_me()).username

    async def close(self) -> None:
        await self.bot.session.close()

    async def dispatch(self, update: dict[str, Any]) -> Outcome:
        outcome = Outcome()
        token = CURRENT.set(outcome)
        try:
            await self.dispatcher.feed_update(
                self.bot, Update.model_validate(update, context={"bot": self.bot})
            )
        finally:
            CURRENT.reset(token)
        return outcome

    # -- handlers ------------------------------------------------------------------------

    async def _private_message(self, message: Message, event_update: Update) -> None:
        user = message.from_user
        if user is None:
            return
        event = from_library_message(message, user, edited=event_update.edited_message is not None)
        if event is not None:
            await deliver(self._sink, event, event_update.update_id)

    async def _group_message(self, message: Message, event_update: Update) -> None:
        lang = message.from_user.language_code if message.from_user else None
        await deliver(self._sink, GroupIn(user_id=message.chat.id, lang_hint=lang), event_update.update_id)

    async def _button(self, query: CallbackQuery, event_update: Update) -> None:
        with contextlib.suppress(*_ERRORS):
            await query.answer()  # at once, so the button stops spinning
        message = query.message
        if message is not None and message.chat.type != "private":
            return
        event = ButtonIn(
            user_id=query.from_user.id,
            lang_hint=query.from_user.language_code,
            token=query.data or "",
            message_id=message.message_id if message is not None else None,
        )
        await deliver(self._sink, event, event_update.update_id)

    async def _member(self, change: ChatMemberUpdated, event_update: Update) -> None:
        event = from_member_change(
            change.chat.id,
            change.chat.type == "private",
            change.new_chat_member.status,  # a str enum: compares as its Bot API string
            change.from_user.language_code,
        )
        if event is not None:
            await deliver(self._sink, event, event_update.update_id)
