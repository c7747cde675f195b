"""The python-telegram-bot adapter: an ``Application`` with handlers, fed from the inbox.

Thin on purpose: handlers turn updates into engine events, and the transport turns replies
into Bot API calls. No dialog logic lives here.
"""

from __future__ import annotations

import contextlib
import warnings
from collections.abc import Sequence
from typing import Any

from telegram import (
    BotCommand,
    InlineKeyboardButton,
    InlineKeyboardMarkup,
    InputFile,
    MessageEntity,
    Update,
)
from telegram.constants import ChatType
from telegram.error import BadRequest, Forbidden, NetworkError, RetryAfter, TelegramError, TimedOut
from telegram.ext import (
    Application,
    CallbackQueryHandler,
    ChatMemberHandler,
    ContextTypes,
    MessageHandler,
    filters,
)

from bot.delivery.adapter import CURRENT, Outcome, Sink, deliver
from bot.delivery.transport import ErrorKind, Folds, Keyboard, SendError
from bot.engine.events import ButtonIn, GroupIn
from bot.telegram.entities import folded_entities
from bot.telegram.errors import LIMITS, ErrorsAsSendError, kind_of_bad_request
from bot.telegram.mapping import from_library_message, from_member_change
from bot.telegram.ptb_request import AiohttpRequest


def _markup(keyboard: Keyboard | None) -> InlineKeyboardMarkup | None:
    if not keyboard:
        return None
    return InlineKeyboardMarkup(
        [[InlineKeyboardButton(label, callback_data=data) for label, data in row] for row in keyboard]
    )


def _entities(text: str, folds: Folds) -> list[MessageEntity] | None:
    found = folded_entities(text, folds)
    return [MessageEntity(kind, offset, length) for kind, offset, length in found] or None


def _error(exc: TelegramError) -> SendError:
    if isinstance(exc, RetryAfter):
        with warnings.catch_warnings():  # PTB 22 warns that the type will become timedelta
            warnings.simplefilter("ignore")
            wait = exc.retry_after
        seconds = wait if isinstance(wait, int | float) else wait.total_seconds()
        return SendError(ErrorKind.RETRY_AFTER, retry_after=float(seconds))
    if isinstance(exc, Forbidden):
        return SendError(ErrorKind.BLOCKED, detail=exc.message)
    if isinstance(exc, BadRequest):
        return SendError(kind_of_bad_request(exc.message), detail=exc.message)
    if isinstance(exc, TimedOut):
        return SendError(ErrorKind.TIMEOUT)
    if isinstance(exc, NetworkError):
        return SendError(ErrorKind.SERVER, detail=type(exc).__name__)
    return SendError(ErrorKind.BAD_REQUEST, detail=type(exc).__name__)


_AS_SEND_ERROR = ErrorsAsSendError(TelegramError, _error)


class PtbTransport:
    limits = LIMITS

    def __init__(self, application: Application) -> None:  # type: ignore[type-arg]
        self._bot = application.bot

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
                text,
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
                chat_id, InputFile(data, filename=filename), caption=caption
            )
        return message.message_id

    async def send_photo(self, chat_id: int, data: bytes, caption: str) -> int:
        with _AS_SEND_ERROR:
            message = await self._bot.send_photo(chat_id, data, caption=caption)
        return message.message_id

    async def delete_messages(self, chat_id: int, message_ids: Sequence[int]) -> None:
        with _AS_SEND_ERROR:
            await self._bot.delete_messages(chat_id, list(message_ids))

    async def leave_chat(self, chat_id: int) -> None:
        with _AS_SEND_ERROR:
            await self._bot.leave_chat(chat_id)

    async def set_commands(self, commands: Sequence[tuple[str, str]], language: str | None) -> None:
        with _AS_SEND_ERROR:
            await self._bot.set_my_commands([BotCommand(n, d) for n, d in commands], language_code=language)


class PtbAdapter:
    def __init__(self, token: str, api_base: str, sink: Sink) -> None:
        self._sink = sink
        self.username: str | None = None
        self.application = (
            Application.builder()
            .token(token)
            .base_url(f"{api_base}/bot")
            .base_file_url(f"{api_base}/file/bot")
            .updater(None)  # updates come from Candor's inbox, committed before they are confirmed
            .request(AiohttpRequest())
            # never used (Candor polls itself), but left unset PTB builds its default httpx
            # client for it, which imports httpcore, h11 and anyio (about 2 MB resident)
            .get_updates_request(AiohttpRequest(connections=1))
            .build()
        )
        self.transport = PtbTransport(self.application)
        app = self.application
        private = filters.ChatType.PRIVATE & (filters.UpdateType.MESSAGE | filters.UpdateType.EDITED_MESSAGE)
        app.add_handler(ChatMemberHandler(self._member, ChatMemberHandler.MY_CHAT_MEMBER))
        app.add_handler(CallbackQueryHandler(self._button))
        app.add_handler(MessageHandler(private, self._message))
        app.add_handler(MessageHandler(~filters.ChatType.PRIVATE & filters.UpdateType.MESSAGE, self._group))

    async def start(self) -> None:
        await self.application.initialize()
        self.username = self.application.bot.username

    async def close(self) -> None:
        await self.application.shutdown()

    async def dispatch(self, update: dict[str, Any]) -> Outcome:
        outcome = Outcome()
        token = CURRENT.set(outcome)
        try:
            await self.application.process_update(Update.de_json(update, self.application.bot))
        finally:
            CURRENT.reset(token)
        return outcome

    # -- handlers ------------------------------------------------------------------------

    async def _message(self, update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        message, user = update.effective_message, update.effective_user
        if message is None or user is None:
            return
        event = from_library_message(message, user, edited=update.edited_message is not None)
        if event is not None:
            await deliver(self._sink, event, update.update_id)

    async def _button(self, update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        query = update.callback_query
        if query is None:
            return
        with contextlib.suppress(TelegramError):
            await query.answer()  # at once, so the button stops spinning
        message = query.message
        if message is not None and message.chat.type != ChatType.PRIVATE:
            return
        event = ButtonIn(
            user_id=query.from_user.id,
            lang_hint=query.from_user.language_code,
            token=query.data or "",
            message_id=message.message_id if message is not None else None,
        )
        await deliver(self._sink, event, update.update_id)

    async def _member(self, update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        change = update.my_chat_member
        if change is None:
            return
        event = from_member_change(
            change.chat.id,
            change.chat.type == ChatType.PRIVATE,
            change.new_chat_member.status,  # a str enum: compares as its Bot API string
            change.from_user.language_code,
        )
        if event is not None:
            await deliver(self._sink, event, update.update_id)

    async def _group(self, update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        chat, user = update.effective_chat, update.effective_user
        if chat is None:
            return
        lang = user.language_code if user is not None else None
        await deliver(self._sink, GroupIn(user_id=chat.id, lang_hint=lang), update.update_id)
