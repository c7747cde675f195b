"""Records of delivered messages share commits when sends end together (bot/delivery/records.py)."""

from __future__ import annotations

import asyncio
from collections.abc import Sequence

from bot.delivery.records import Records
from bot.store.base import Sent


class GatedStore:
    """Commits wait for the test to open the gate; each commit's rows are kept in order."""

    def __init__(self) -> None:
        self.commits: list[list[int]] = []
        self.gate = asyncio.Event()
        self.fail: Exception | None = None

    async def outbox_sent_many(self, sent: Sequence[Sent]) -> None:
        self.commits.append([one.item_id for one in sent])
        await self.gate.wait()
        if self.fail is not None:
            raise self.fail


def sent(item_id: int) -> Sent:
    return Sent(item_id, chat_id=item_id, message_ids=[item_id], keyboard=False)


async def test_sends_ending_together_share_a_commit_and_later_ones_the_next() -> None:
    store = GatedStore()
    records = Records(store)  # type: ignore[arg-type]
    first = [asyncio.create_task(records.write(sent(i))) for i in (1, 2, 3)]
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    later = [asyncio.create_task(records.write(sent(i))) for i in (4, 5)]  # while 1-3 commit
    await asyncio.sleep(0)
    assert store.commits == [[1, 2, 3]]
    store.gate.set()
    await asyncio.gather(*first, *later)
    assert store.commits == [[1, 2, 3], [4, 5]]
    await records.write(sent(6))  # a quiet moment: written at once, alone
    assert store.commits[-1] == [6]


async def test_a_refused_commit_reaches_every_send_in_it() -> None:
    store = GatedStore()
    store.fail = OSError("database or disk is full")
    store.gate.set()
    records = Records(store)  # type: ignore[arg-type]
    results = await asyncio.gather(*(records.write(sent(i)) for i in (1, 2)), return_exceptions=True)
    assert [type(r) for r in results] == [OSError, OSError]
    store.fail = None
    await records.write(sent(1))  # held sends record again later
    assert store.commits == [[1, 2], [1]]
