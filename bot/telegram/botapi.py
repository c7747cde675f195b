"""A small raw Bot API client for the ingress (getUpdates, webhooks), on aiohttp.

Raw JSON matters here: an update is committed to the inbox exactly as Telegram sent it,
before its offset is confirmed. The URL carries the token, so it is never logged and never
put into an exception.
"""

from __future__ import annotations

import asyncio
from collections.abc import Sequence
from typing import Any

import aiohttp

ALLOWED_UPDATES = ("message", "edited_message", "callback_query", "my_chat_member")


class BotApiError(Exception):
    def __init__(self, status: int, description: str, retry_after: float = 0.0) -> None:
        super().__init__(f"Bot API answered {status}: {description}")
        self.status = status
        self.description = description
        self.retry_after = retry_after


class BotApi:
    def __init__(self, base: str, token: str) -> None:
        self._prefix = f"{base.rstrip('/')}/bot{token}/"
        self._session: aiohttp.ClientSession | None = None

    async def _call(self, method: str, params: dict[str, Any], *, seconds: float) -> Any:
        if self._session is None:
            self._session = aiohttp.ClientSession(timeout=aiohttp.ClientTimeout(total=None))
        try:
            async with self._session.post(
                self._prefix + method, json=params, timeout=aiohttp.ClientTimeout(total=seconds)
            ) as response:
                body = await response.json(content_type=None)
        except (aiohttp.ClientError, TimeoutError, ValueError) as exc:
            # the exception text may hold the URL: keep only its type
            raise BotApiError(0, f"{method} failed: {type(exc).__name__}") from None
        if not isinstance(body, dict) or not body.get("ok"):
            description = str(body.get("description", "")) if isinstance(body, dict) else ""
            params_ = body.get("parameters") or {} if isinstance(body, dict) else {}
            raise BotApiError(response.status, description, float(params_.get("retry_after", 0)))
        return body.get("result")

    async def get_updates(
        self, offset: int | None, poll_seconds: int, allowed: Sequence[str] = ALLOWED_UPDATES
    ) -> list[dict[str, Any]]:
        params: dict[str, Any] = {"timeout": poll_seconds, "allowed_updates": list(allowed), "limit": 100}
        if offset is not None:
            params["offset"] = offset
        result = await self._call("getUpdates", params, seconds=poll_seconds + 15)
        return list(result or [])

    async def set_webhook(self, url: str, secret: str, allowed: Sequence[str] = ALLOWED_UPDATES) -> None:
        await self._call(
            "setWebhook",
            {
                "url": url,
                "secret_token": secret,
                "allowed_updates": list(allowed),
                "drop_pending_updates": False,
            },
            seconds=30,
        )

    async def delete_webhook(self) -> None:
        await self._call("deleteWebhook", {"drop_pending_updates": False}, seconds=30)

    async def get_me(self) -> dict[str, Any]:
        return dict(await self._call("getMe", {}, seconds=30))

    async def close(self) -> None:
        if self._session is not None:
            await self._session.close()
            await asyncio.sleep(0)
            self._session = None
