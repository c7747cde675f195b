"""Logging that never carries the bot token or a person's words."""

from __future__ import annotations

import logging
import re

from bot.config import Settings

QUIET_LIBRARIES = ("telegram", "aiogram", "aiohttp", "httpx", "httpcore", "transitions", "asyncio")
_TOKEN = re.compile(r"\d{5,}:[A-Za-z0-9_-]{20,}")


class RedactingFilter(logging.Filter):
    """Masks anything shaped like a bot token, wherever it appears in a record."""

    def filter(self, record: logging.LogRecord) -> bool:
        message = record.getMessage()
        if _TOKEN.search(message):
            record.msg = _TOKEN.sub("<token>", message)
            record.args = None
        return True


def setup_logging(settings: Settings) -> None:
    handler = logging.StreamHandler()
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    handler.addFilter(RedactingFilter())
    root = logging.getLogger()
    root.handlers[:] = [handler]
    root.setLevel(settings.log_level)
    # Libraries log request URLs (Bot API URLs carry the token), the texts they send and the
    # chats they send them to (python-telegram-bot's ExtBot at DEBUG): whatever level Candor
    # runs at, they say only warnings and errors.
    for library in QUIET_LIBRARIES:
        logging.getLogger(library).setLevel(logging.WARNING)
