"""Logging that never carries the bot token or a person's words."""

from __future__ import annotations

import logging
import re

from bot.config import Settings

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
    # HTTP clients log request URLs, and Bot API URLs carry the token: keep them quiet.
    for noisy in ("httpx", "httpcore", "aiohttp.access", "telegram.request", "aiogram.event", "transitions"):
        logging.getLogger(noisy).setLevel(logging.WARNING)
