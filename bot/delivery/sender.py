"""The sender: delivers committed replies from the outbox, in order per chat, at the
platform's pace, and sorts failures by kind. Each message is rendered once, within the
transport's limits, and handed over.

Error policy:
- 429: wait ``retry_after`` (all sending pauses) and retry.
- 403 (blocked, chat deleted): the person is marked inactive, their reminders stop, and
  what was waiting for them is dropped.
- "message is not modified": done. An edit of a message that is gone or too old: sent as a
  new message instead.
- Other 400s: logged by kind (never the text) and not retried.
- 5xx, network errors and timeouts: retried with backoff (2, 4, 8... up to 300 s), at most
  ``max_attempts`` times. A timeout is ambiguous: the message may have arrived. Edits and
  deletes are safe to repeat (Telegram answers "not modified" or "not found"); a send is
  repeated too, accepting a rare duplicate over a lost reply.

Backpressure: when the database refuses a write (a full disk), sending is held, with one log
line then one a minute, until it accepts writes again. A message delivered but not yet
recorded is remembered and never sent again; its record is retried first.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import math
import time
from collections import Counter
from collections.abc import Awaitable, Callable
from dataclasses import dataclass

from bot.delivery.limiter import Paced, RateLimiter
from bot.delivery.records import Records
from bot.delivery.render import cap_caption, render_reply, split_text
from bot.delivery.transport import ErrorKind, SendError, Transport
from bot.engine.outbound import Chart, Document, Export, Forward, HideRecent, LeaveChat, Reply
from bot.engine.ports import Clock
from bot.i18n.export import render_export
from bot.i18n.translator import Translator
from bot.store.base import OutboxItem, OutboxStore, Sent

log = logging.getLogger(__name__)

PAGE = 1024  # outbox rows read at a time
PAGES = 8  # at most this many pages per look, when early rows are waiting or busy
POLL_GAP = 0.005
HOLD_MAX = 30.0  # seconds between tries while the database refuses writes
WARN_EVERY = 60.0  # seconds between log lines while it does


@dataclass(frozen=True, slots=True)
class _Delivered:
    """A message on the person's screen whose record is not yet committed."""

    chat_id: int
    message_ids: list[int]
    keyboard: bool
    record: bool


class Sender:
    def __init__(
        self,
        store: OutboxStore,
        translator: Translator,
        transport: Transport,
        clock: Clock,
        limiter: RateLimiter,
        *,
        on_blocked: Callable[[int], Awaitable[None]],
        on_erased: Callable[[], Awaitable[None]] | None = None,
        concurrency: int = 64,
        max_attempts: int = 8,
        hold_first: float = 1.0,
    ) -> None:
        self._store = store
        self._records = Records(store)  # sends ending together share a commit
        self._tr = translator
        self._transport = Paced(transport, limiter)  # every call waits its turn
        self._limits = transport.limits
        self._clock = clock
        self._limiter = limiter
        self._on_blocked = on_blocked
        self._on_erased = on_erased  # after an erasure's confirmation: leave no trace in the files
        self._slots = asyncio.Semaphore(concurrency)
        self._max_attempts = max_attempts
        self._busy: set[int] = set()
        self._ended: set[int] = set()  # chats whose send ended while the outbox was being read
        self._tasks: set[asyncio.Task[None]] = set()
        self._poke = asyncio.Event()
        self._unrecorded: dict[int, _Delivered] = {}  # outbox id -> what was delivered
        self._recording: set[int] = set()  # records being written now (by a send or a retry)
        self._held_until = 0.0
        self._hold_first = hold_first  # the first hold after a refusal; doubling up to HOLD_MAX
        self._refusals = 0
        self._warned_at = -WARN_EVERY
        self.sent = 0
        self.send_errors: Counter[str] = Counter()  # by kind, for the metrics endpoint

    @property
    def held(self) -> bool:
        """Sending is held because the database refuses writes (for health)."""
        # A send being recorded right now is not held; only one the database has refused.
        return self._refusals > 0 and (bool(self._unrecorded) or time.monotonic() < self._held_until)

    def poke(self) -> None:
        """New replies were committed."""
        self._poke.set()

    def _now(self) -> int:
        return int(self._clock.now().timestamp())

    async def run(self, stop: asyncio.Event) -> None:
        while not stop.is_set():
            self._poke.clear()
            if (wait := self._held_until - time.monotonic()) > 0:
                await _sleep_or_stop(stop, wait)
                continue
            try:
                for item_id in list(self._unrecorded):
                    await self._record(item_id)
                heads = await self._heads()
            except Exception as exc:  # noqa: BLE001 - the database: hold, never flood
                self._refused(exc)
                continue
            for item in heads:
                self._busy.add(item.chat_id)
                task = asyncio.create_task(self._send(item))
                self._tasks.add(task)
                task.add_done_callback(self._tasks.discard)
            waiters = [asyncio.ensure_future(self._poke.wait()), asyncio.ensure_future(stop.wait())]
            with contextlib.suppress(TimeoutError):
                await asyncio.wait(waiters, timeout=1.0, return_when=asyncio.FIRST_COMPLETED)
            for waiter in waiters:
                waiter.cancel()
            # Let more completions and commits gather before reading the outbox again.
            await asyncio.sleep(POLL_GAP if self._tasks else 0)
        await self.finish()

    async def _heads(self) -> list[OutboxItem]:
        """The first waiting message of each chat that is free and due, oldest first.

        Each head carries the chat's message with buttons (``item.keyboard``), read with the
        page instead of by a store call of its own per reply. A chat's head is taken only when
        no send of that chat is in flight and its earlier sends are recorded (``_busy``,
        ``_unrecorded``, ``_record``), and only from a page read after that chat's last send
        ended (``_ended``: a read may have been answered from before a commit that finished
        while it ran, on PostgreSQL's pool of threads). Only the sender writes which message
        has buttons, and only within a send of that chat, so the value is what the sender last
        recorded for the chat. A change from outside the sender (an erasure or retention
        deleting the record) between the read and the send can make it stale, as it could
        between the separate read and the send (the window now also spans the wait for a
        sending slot). A stale value is handled as before: an edit of a message that is gone
        is sent anew, and clearing buttons that are gone or already cleared is done."""
        now = self._now()
        seen: set[int] = set()
        heads: list[OutboxItem] = []
        after = 0
        self._ended.clear()
        for _ in range(PAGES):
            page = await self._store.outbox_page(after, PAGE)
            for row in page:
                if row.chat_id in seen:
                    continue  # not this chat's head: its earlier message goes first
                seen.add(row.chat_id)
                if row.not_before <= now and row.chat_id not in self._busy and row.id not in self._unrecorded:
                    heads.append(row.item())
            if len(page) < PAGE or len(heads) >= PAGE // 2:
                break
            after = page[-1].id
        if self._ended:  # such a chat's row may predate its send's record: left to the next look
            heads = [h for h in heads if h.chat_id not in self._ended]
        return heads

    async def finish(self) -> None:
        """Let sends in flight complete (on shutdown)."""
        if self._tasks:
            await asyncio.gather(*list(self._tasks), return_exceptions=True)

    async def _record(self, item_id: int) -> None:
        done = self._unrecorded.get(item_id)
        if done is None or item_id in self._recording:
            return  # recorded already, or being recorded by the send itself
        self._recording.add(item_id)
        try:
            await self._records.write(
                Sent(item_id, done.chat_id, done.message_ids, done.keyboard, done.record)
            )
        finally:
            self._recording.discard(item_id)
        del self._unrecorded[item_id]
        self._refusals = 0
        self.sent += 1

    def _refused(self, exc: BaseException) -> None:
        """The database refused a write or a read: hold sending, with backoff."""
        self._refusals += 1
        now = time.monotonic()
        self._held_until = now + min(HOLD_MAX, self._hold_first * 2 ** min(self._refusals - 1, 6))
        if now - self._warned_at >= WARN_EVERY:
            self._warned_at = now
            log.error(
                "the database refused a write (%s); sending is held until it accepts writes again",
                type(exc).__name__,
            )

    async def _send(self, item: OutboxItem) -> None:
        try:
            async with self._slots:
                try:
                    ids, keyboard, record = await self._deliver(item)
                except SendError as exc:
                    await self._failed(item, exc)
                    return
                except Exception as exc:  # noqa: BLE001 - sorted as a server error, retried
                    log.error("sending failed unexpectedly (%s)", type(exc).__name__)
                    await self._failed(item, SendError(ErrorKind.SERVER, detail=type(exc).__name__))
                    return
                self._unrecorded[item.id] = _Delivered(item.chat_id, ids, keyboard, record)
                await self._record(item.id)
                if self._on_erased is not None and _after_erasure(item.message):
                    await self._on_erased()  # the confirmation was the last trace of them
        except Exception as exc:  # noqa: BLE001 - a store write failed: hold, never resend
            self._refused(exc)
        finally:
            self._busy.discard(item.chat_id)
            self._ended.add(item.chat_id)
            self._poke.set()

    # -- delivering each kind of message -------------------------------------------------

    def _caption(self, text: str) -> str:
        return cap_caption(text, self._limits.caption)

    async def _deliver(self, item: OutboxItem) -> tuple[list[int], bool, bool]:
        msg = item.message
        chat = item.chat_id
        match msg:
            case Reply():
                return await self._reply(chat, item.locale, msg, item.keyboard)
            case Document():
                caption = self._caption(self._tr.render(item.locale, msg.caption))
                mid = await self._transport.send_document(
                    chat, msg.filename, msg.content.encode("utf-8"), caption
                )
                return [mid], False, True
            case Chart():
                return await self._chart(chat, item.locale, msg)
            case Export():
                content = render_export(self._tr, item.locale, msg, self._clock.now())
                caption = self._caption(self._tr.render(item.locale, msg.caption))
                mid = await self._transport.send_document(
                    chat, "candor-export.json", content.encode("utf-8"), caption
                )
                return [mid], False, True
            case HideRecent():
                await self._hide(chat, msg.message_ids)
                mid = await self._transport.send_text(
                    chat, self._tr.render(item.locale, msg.after), None, silent=True
                )
                return [mid], False, msg.message_ids is None  # after an erasure, keep no trace
            case LeaveChat():
                with contextlib.suppress(SendError):
                    await self._transport.leave_chat(chat)
                return [], False, False
            case Forward():
                text = self._tr.render(item.locale, msg.text)
                for piece in split_text(text, self._limits.text):
                    await self._transport.send_text(msg.chat_id, piece, None, silent=False)
                return [], False, False
        raise SendError(ErrorKind.BAD_REQUEST, detail=f"unknown message {type(msg).__name__}")

    async def _reply(
        self, chat: int, locale: str, reply: Reply, shown: int | None
    ) -> tuple[list[int], bool, bool]:
        """``shown``: the chat's message with buttons, read with the outbox page (see
        :meth:`_heads`); kept up to date below as this send clears buttons."""
        rendered = render_reply(self._tr, locale, reply, self._limits)
        has_keyboard = rendered.keyboard is not None
        silent = not reply.notify
        if reply.replace_previous and len(rendered.pieces) == 1:
            target = await self._edit_target(chat, reply.edit_message, shown)
            if target is not None:
                only = rendered.pieces[0]
                try:
                    await self._transport.edit_text(
                        chat, target, only.text, rendered.keyboard, folds=only.folds
                    )
                    return [target], has_keyboard, reply.trace
                except SendError as exc:
                    if exc.kind is ErrorKind.NOT_MODIFIED:
                        return [target], has_keyboard, reply.trace
                    if exc.kind is not ErrorKind.GONE:
                        raise
                    await self._store.keyboard_cleared(chat, target)
                    if shown == target:
                        # Recording a keyboard clears every other (``outbox_sent``): the
                        # chat has no message with buttons left.
                        shown = None
        if reply.remove_keyboard or reply.replace_previous:
            # A new keyboard's record marks every older one cleared in the same commit.
            await self._clear_last_keyboard(chat, shown, record=not (has_keyboard and reply.trace))
        ids: list[int] = []
        last = len(rendered.pieces) - 1
        for i, piece in enumerate(rendered.pieces):
            keyboard = rendered.keyboard if i == last else None
            ids.append(
                await self._transport.send_text(chat, piece.text, keyboard, silent=silent, folds=piece.folds)
            )
        return ids, has_keyboard, reply.trace

    async def _edit_target(self, chat: int, tapped: int | None, newest: int | None) -> int | None:
        """The message a replacing reply edits: the tapped one, unless a newer screen went out
        below it (a copy resent after a crash). Then the newest is replaced and the tapped one
        loses its buttons, so a stale screen never sits below a newer one."""
        if tapped is None or newest is None or newest <= tapped:
            return tapped or newest
        with contextlib.suppress(SendError):
            await self._transport.clear_keyboard(chat, tapped)
        return newest

    async def _clear_last_keyboard(self, chat: int, last: int | None, *, record: bool = True) -> None:
        if last is None:
            return
        try:
            await self._transport.clear_keyboard(chat, last)
        except SendError as exc:
            if exc.kind not in (ErrorKind.NOT_MODIFIED, ErrorKind.GONE, ErrorKind.BAD_REQUEST):
                raise
        if record:
            await self._store.keyboard_cleared(chat, last)

    async def _chart(self, chat: int, locale: str, chart: Chart) -> tuple[list[int], bool, bool]:
        caption = self._caption(
            self._tr.render(locale, chart.caption) + "\n\n" + self._tr.render(locale, chart.fallback)
        )
        try:
            from bot.delivery.chart import render_png

            series = dict(chart.series)
            png = await asyncio.to_thread(
                render_png, chart.days, series.get("feel", ()), series.get("met", ())
            )
        except Exception:  # the picture is a nicety: the text carries the same figures
            log.exception("could not draw the progress chart; sending text")
            mid = await self._transport.send_text(
                chat, self._tr.render(locale, chart.fallback), None, silent=True
            )
            return [mid], False, True
        mid = await self._transport.send_photo(chat, png, caption)
        return [mid], False, True

    async def _hide(self, chat: int, given: tuple[int, ...] | None) -> None:
        if given is not None:  # read before an erasure, so nothing of the person is left to ask
            for start in range(0, len(given), 100):
                with contextlib.suppress(SendError):
                    await self._transport.delete_messages(chat, list(given[start : start + 100]))
            return
        ids = await self._store.recent_messages(chat, since=self._now() - self._limits.delete_window)
        for start in range(0, len(ids), 100):
            batch = ids[start : start + 100]
            with contextlib.suppress(SendError):
                await self._transport.delete_messages(chat, batch)
            await self._store.forget_messages(chat, batch)

    # -- failures ------------------------------------------------------------------------

    async def _failed(self, item: OutboxItem, exc: SendError) -> None:
        kind = exc.kind
        self.send_errors[kind.value] += 1
        if kind is ErrorKind.RETRY_AFTER:
            wait = max(1.0, exc.retry_after)
            self._limiter.pause(wait)
            await self._store.outbox_retry(item.id, self._now() + math.ceil(wait))
        elif kind is ErrorKind.BLOCKED:
            log.info("a chat is blocked or gone; its waiting messages are dropped")
            await self._on_blocked(item.chat_id)
            await self._store.outbox_drop_chat(item.chat_id)
        elif kind in (ErrorKind.BAD_REQUEST, ErrorKind.GONE, ErrorKind.NOT_MODIFIED):
            log.warning("Telegram refused a message (%s); it is not retried", kind.value)
            await self._store.outbox_drop(item.id)
        elif item.attempts + 1 >= self._max_attempts:
            log.error("a message failed %d times (%s); giving up", item.attempts + 1, kind.value)
            await self._store.outbox_drop(item.id)
        else:
            backoff = min(300, 2 ** (item.attempts + 1))
            await self._store.outbox_retry(item.id, self._now() + backoff)


async def _sleep_or_stop(stop: asyncio.Event, delay: float) -> None:
    with contextlib.suppress(TimeoutError):
        await asyncio.wait_for(stop.wait(), timeout=delay)


def _after_erasure(message: object) -> bool:
    """A message sent to someone whose data was just erased (nothing of it is kept)."""
    match message:
        case Reply():
            return not message.trace
        case HideRecent():
            return message.message_ids is not None
    return False
