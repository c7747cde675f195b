"""A plain python-telegram-bot bot, long polling with the library's defaults: it answers
each message and each button tap with one message (carrying one button)."""

from __future__ import annotations

import os

from telegram import InlineKeyboardButton, InlineKeyboardMarkup, Update
from telegram.ext import Application, CallbackQueryHandler, ContextTypes, MessageHandler, filters

KEYBOARD = InlineKeyboardMarkup([[InlineKeyboardButton("Again", callback_data="again")]])


async def on_message(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    if update.effective_message is not None:
        await update.effective_message.reply_text("Thank you, noted.", reply_markup=KEYBOARD)


async def on_button(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    query = update.callback_query
    await query.answer()
    await context.bot.send_message(query.message.chat.id, "Thank you, noted.", reply_markup=KEYBOARD)


def main() -> None:
    app = Application.builder().token(os.environ["TOKEN"]).base_url(os.environ["API"] + "/bot").build()
    app.add_handler(MessageHandler(filters.ALL, on_message))
    app.add_handler(CallbackQueryHandler(on_button))
    app.run_polling(allowed_updates=["message", "callback_query"])


if __name__ == "__main__":
    main()
