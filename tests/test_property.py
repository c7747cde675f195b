"""Random sequences of everything a person can do, across restarts, on the SQLite store."""

from __future__ import annotations

import asyncio
import functools
import sqlite3
import tempfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, settings
from hypothesis import strategies as st
from hypothesis.stateful import RuleBasedStateMachine, initialize, invariant, precondition, rule

from bot.app import Content, Core, build_core, load_content
from bot.config import Settings
from bot.engine.clock import ManualClock
from bot.engine.events import ButtonIn, CommandIn, Inbound, MediaIn, TextIn
from bot.engine.outbound import nested, texts_of
from bot.engine.session import AT_FLOW
from bot.store.sqlite import PERSON_TABLES, SqliteStore

UID = 31337


@functools.cache
def _loaded() -> Content:
    return load_content(Settings(token=None))


TEXTS = st.one_of(
    st.text(max_size=40),
    st.sampled_from(["hello", "I don't know", "/", "  ", "1", "are you real?", "x" * 5000]),
)


class CandorMachine(RuleBasedStateMachine):
    def __init__(self) -> None:
        super().__init__()
        self.loop = asyncio.new_event_loop()
        self.dir = tempfile.TemporaryDirectory()
        self.db = Path(self.dir.name) / "p.db"
        self.clock = ManualClock()
        self.core: Core | None = None
        self.buttons: list[str] = []
        self.old_tokens: list[str] = []
        self.erased = False

    def run(self, coro):  # type: ignore[no-untyped-def]
        return self.loop.run_until_complete(coro)

    async def _open(self) -> Core:
        store = await SqliteStore.open(self.db, clock=self.clock)
        return await build_core(
            Settings(db=self.db, token=None),
            store=store,
            clock=self.clock,
            loaded=_loaded(),  # type: ignore[arg-type]
        )

    @initialize()
    def start(self) -> None:
        self.core = self.run(self._open())
        self.send(CommandIn(user_id=UID, name="start"))

    def teardown(self) -> None:
        if self.core is not None:
            self.run(self.core.close())
        self.loop.close()
        self.dir.cleanup()

    def send(self, event: Inbound) -> None:
        assert self.core is not None
        self.erased = False
        self.run(self.core.handle(event))
        self.drain()

    def drain(self) -> None:
        assert self.core is not None
        store = self.core.store
        tr = self.core.translator
        for item in self.run(store.outbox_for_chat(UID)):
            for text in texts_of(item.message):
                for part in nested(text):
                    assert tr.has("en", part.id), part.id
            rendered = tr.render_parts("en", texts_of(item.message))
            assert "{ $" not in rendered
            assert "{$" not in rendered
            buttons = getattr(item.message, "buttons", ())
            if buttons:
                self.old_tokens += self.buttons
                self.buttons = [b.token for row in buttons for b in row]
            if [t.id for t in getattr(item.message, "parts", ())] == ["delete-done"]:
                self.erased = True
                self.buttons = []
            trace = getattr(item.message, "trace", True)
            self.run(store.outbox_sent(item.id, UID, [item.id], keyboard=bool(buttons), record=trace))

    @rule(text=TEXTS)
    def type_text(self, text: str) -> None:
        self.send(TextIn(user_id=UID, text=text))

    @precondition(lambda self: bool(self.buttons))
    @rule(data=st.data())
    def tap(self, data: st.DataObject) -> None:
        token = data.draw(st.sampled_from(self.buttons))
        self.send(ButtonIn(user_id=UID, token=token))

    @precondition(lambda self: bool(self.old_tokens))
    @rule(data=st.data())
    def tap_stale(self, data: st.DataObject) -> None:
        token = data.draw(st.sampled_from(self.old_tokens))
        self.send(ButtonIn(user_id=UID, token=token))

    @rule(token=st.text(max_size=70))
    def tap_forged(self, token: str) -> None:
        self.send(ButtonIn(user_id=UID, token=token))

    @rule(
        name=st.sampled_from(["back", "reset", "menu", "start", "help", "privacy", "sos", "delete", "nope"])
    )
    def command(self, name: str) -> None:
        self.send(CommandIn(user_id=UID, name=name))

    @rule(kind=st.sampled_from(["sticker", "photo"]))
    def media(self, kind: str) -> None:
        self.send(MediaIn(user_id=UID, kind=kind))

    @rule()
    def restart(self) -> None:
        assert self.core is not None
        self.run(self.core.close())
        self.core = self.run(self._open())

    @invariant()
    def stored_step_is_valid(self) -> None:
        if self.core is None:
            return
        person = self.run(self.core.store.run(UID, lambda tx: tx.load()))
        if person is None:
            return
        book = self.core.engine.book
        for flow_id, progress in person.session.flows.items():
            assert book.step(flow_id, progress.step) is not None
            for step in progress.history:
                assert book.step(flow_id, step) is not None
        if person.session.at == AT_FLOW:
            assert person.session.flow in person.session.flows

    @invariant()
    def nothing_left_after_delete(self) -> None:
        if not self.erased:
            return
        with sqlite3.connect(self.db) as db:
            for table, column in PERSON_TABLES:
                count = db.execute(f"SELECT count(*) FROM {table} WHERE {column} = ?", (UID,)).fetchone()[0]
                assert count == 0, table


CandorMachine.TestCase.settings = settings(
    max_examples=60,
    stateful_step_count=50,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow],
)
TestCandor = pytest.mark.slow(CandorMachine.TestCase)
