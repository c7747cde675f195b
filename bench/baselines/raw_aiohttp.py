"""The floor: a raw aiohttp loop doing getUpdates and sendMessage, no framework at all."""

from __future__ import annotations

import asyncio
import json
import os
import signal

import aiohttp

KEYBOARD = json.dumps({"inline_keyboard": [[{"text": "Again", "callback_data": "again"}]]})


async def answer(session: aiohttp.ClientSession, base: str, update: dict) -> None:  # type: ignore[type-arg]
    if "callback_query" in update:
        query = update["callback_query"]
        async with session.post(base + "answerCallbackQuery", json={"callback_query_id": query["id"]}) as r:
            await r.read()
        chat = query["message"]["chat"]["id"]
    else:
        chat = update["message"]["chat"]["id"]
    payload = {"chat_id": chat, "text": "Thank you, noted.", "reply_markup": KEYBOARD}
    async with session.post(base + "sendMessage", json=payload) as r:
        await r.read()


async def main() -> None:
    base = f"{os.environ['API']}/bot{os.environ['TOKEN']}/"
    stop = asyncio.Event()
    asyncio.get_running_loop().add_signal_handler(signal.SIGTERM, stop.set)
    offset = None
    async with aiohttp.ClientSession() as session:
        while not stop.is_set():
            params = {"timeout": 25, "allowed_updates": ["message", "callback_query"]}
            if offset is not None:
                params["offset"] = offset
            poll = asyncio.ensure_future(session.post(base + "getUpdates", json=params))
            done, _ = await asyncio.wait(
                [poll, asyncio.ensure_future(stop.wait())], return_when=asyncio.FIRST_COMPLETED
            )
            if poll not in done:
                poll.cancel()
                break
            async with poll.result() as response:
                updates = (await response.json())["result"]
            if updates:
                offset = updates[-1]["update_id"] + 1
                await asyncio.gather(*(answer(session, base, u) for u in updates))


if __name__ == "__main__":
    asyncio.run(main())
