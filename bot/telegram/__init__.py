"""Serving people on Telegram. The only package that imports python-telegram-bot or aiogram
(and only the adapter that was chosen)."""
