"""Telegram: the Bot API client, the two library adapters (python-telegram-bot and aiogram,
only the chosen one imported), ingress (polling or webhook), mapping of updates to events,
and Telegram's limits and errors."""
