"""A plain aiogram bot, long polling with the library's defaults: it answers each message
and each button tap with one message (carrying one button)."""

from __future__ import annotations

import asyncio
import os

from aiogram import Bot, Dispatcher, Router
from aiogram.client.session.aiohttp import AiohttpSession
from aiogram.client.telegram import TelegramAPIServer
from aiogram.types import CallbackQuery, InlineKeyboardButton, InlineKeyboardMarkup, Message

KEYBOARD = InlineKeyboardMarkup(inline_keyboard=[[InlineKeyboardButton(text="Again", callback_data="again")]])
router = Router()


@router.message()
async def on_message(message: Message) -> None:
    await message.answer("Thank you, noted.", reply_markup=KEYBOARD)


@router.callback_query()
async def on_button(query: CallbackQuery, bot: Bot) -> None:
    await query.answer()
    await bot.send_message(query.message.chat.id, "Thank you, noted.", reply_markup=KEYBOARD)


async def main() -> None:
    session = AiohttpSession(api=TelegramAPIServer.from_base(os.environ["API"]))
    bot = Bot(os.environ["TOKEN"], session=session)
    dispatcher = Dispatcher()
    dispatcher.include_router(router)
    await dispatcher.start_polling(bot, allowed_updates=["message", "callback_query"], handle_signals=True)


if __name__ == "__main__":
    asyncio.run(main())
