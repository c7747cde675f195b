"""The dialog engine: one inbound event in, replies out, state saved in the same transaction.

Transport-neutral by construction: it imports nothing of Telegram, SQLite or Fluent.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from dataclasses import dataclass

from bot.engine.commands import BY_NAME, COMMANDS, Command
from bot.engine.events import (
    BlockedIn,
    ButtonIn,
    CommandIn,
    GroupIn,
    Inbound,
    MediaIn,
    ReminderIn,
    TextIn,
    UnblockedIn,
    is_personal_action,
)
from bot.engine.flowbook import FlowBook
from bot.engine.flowrunner import Exit, FlowRunner
from bot.engine.guards import TextGuard
from bot.engine.locales import DEFAULT_LOCALE, pick_locale
from bot.engine.outbound import Button, LeaveChat, Outbound, Reply, Text
from bot.engine.ports import Clock, PersonTx
from bot.engine.reminders.checkin import CheckinScreen
from bot.engine.reminders.desk import ReminderDesk
from bot.engine.reminders.setup import PlanEndScreen, RemindersScreen
from bot.engine.safety.helplines import Helplines
from bot.engine.safety.screens import SafetyCheckScreen, SafetyPlanScreen, SosScreen
from bot.engine.screens import (
    ConfirmDeleteScreen,
    InfoScreen,
    MenuScreen,
    Under18Screen,
    WelcomeScreen,
)
from bot.engine.session import AT_FLOW, AT_MENU, Overlay, Person
from bot.engine.tokens import TokenSigner, TokenStatus
from bot.engine.turn import Screen, Turn
from bot.engine.view import View

log = logging.getLogger(__name__)


@dataclass(frozen=True, slots=True)
class EngineOptions:
    locales: tuple[str, ...] = (DEFAULT_LOCALE,)
    # A check-in missed (bot down) by less than this is sent late; an older one is skipped.
    reminder_grace: int = 2 * 3600


class Engine:
    def __init__(
        self,
        book: FlowBook,
        signer: TokenSigner,
        clock: Clock,
        helplines: Helplines,
        options: EngineOptions | None = None,
        guards: Sequence[TextGuard] = (),
    ) -> None:
        self.book = book
        self.signer = signer
        self.clock = clock
        self.options = options or EngineOptions()
        self.guards = tuple(guards)
        self.runner = FlowRunner(book)
        self.welcome = WelcomeScreen(self)
        self.menu = MenuScreen(book, self.runner, self)
        self.desk = ReminderDesk(signer, self, self.options.reminder_grace)
        self.screens: dict[str, Screen] = {}
        for screen in (
            Under18Screen(self),
            ConfirmDeleteScreen(self),
            InfoScreen("help", ["help-text"], self),
            InfoScreen("privacy", ["privacy-text"], self),
            SosScreen(self, helplines),
            SafetyCheckScreen(self),
            SafetyPlanScreen(self),
            InfoScreen("professional_help", ["professional-help-text"], self, keep=True),
            RemindersScreen(self),
            CheckinScreen(self),
            PlanEndScreen(self),
        ):
            self.add_screen(screen)

    def add_screen(self, screen: Screen) -> None:
        self.screens[screen.name] = screen

    @property
    def commands(self) -> tuple[Command, ...]:
        return COMMANDS

    # -- entry point ----------------------------------------------------------------------

    def handle(self, tx: PersonTx, event: Inbound) -> list[Outbound]:
        """Decide what to do with one event; saves the state and queues the replies in ``tx``."""
        now = int(self.clock.now().timestamp())
        if isinstance(event, GroupIn):
            return self._group(tx, event)
        person = tx.load()
        if person is None:
            if not is_personal_action(event):
                return []
            locale = pick_locale(event.lang_hint, self.options.locales)
            person = Person(user_id=tx.user_id, created_at=now, active_at=now, locale=locale)
        else:
            self._repair(person)
        turn = Turn(person, event, now, tx=tx)
        self._dispatch(turn)
        locale = person.locale or DEFAULT_LOCALE
        if turn.erased:
            tx.erase()
        else:
            if is_personal_action(event):
                person.active_at = now
            tx.save(person)
        if turn.out:
            tx.send(turn.out, locale)
        return turn.out

    def _dispatch(self, turn: Turn) -> None:
        event = turn.event
        if isinstance(event, BlockedIn):
            turn.person.inactive = True
            if turn.tx is not None:
                turn.tx.drop_reminder()  # nothing can reach them any more
            return
        if isinstance(event, ReminderIn):
            self.desk.due(turn)
            return
        if isinstance(event, UnblockedIn):
            turn.person.inactive = False
            return
        turn.person.inactive = False
        match event:
            case CommandIn():
                self._command(turn, event.name.lower(), event.args)
            case ButtonIn():
                self._button(turn, event.token)
            case TextIn():
                self._text(turn, event.text)
            case MediaIn():
                turn.notice(Text("notice-media"))
                self.present(turn)

    # -- navigation (the Nav protocol used by screens) ------------------------------------

    def to_menu(self, turn: Turn) -> None:
        session = turn.session
        session.overlay = None
        session.at, session.flow = AT_MENU, None

    def open_flow(self, turn: Turn, flow_id: str) -> None:
        turn.session.overlay = None
        self.runner.enter(turn, flow_id)

    def open(self, turn: Turn, screen: str, data: dict[str, object] | None = None) -> None:
        turn.session.overlay = Overlay(screen, dict(data or {}))

    def close(self, turn: Turn) -> None:
        turn.session.overlay = None

    # -- showing --------------------------------------------------------------------------

    def current_view(self, turn: Turn) -> View:
        session = turn.session
        if session.overlay is not None:
            return self.screens[session.overlay.screen].view(turn)
        if not turn.person.consented:
            return self.welcome.view(turn)
        if session.at == AT_FLOW and session.flow is not None:
            return self.runner.view(turn, session.flow)
        return self.menu.view(turn)

    def _current_screen(self, turn: Turn) -> Screen | None:
        session = turn.session
        if session.overlay is not None:
            return self.screens[session.overlay.screen]
        if not turn.person.consented:
            return self.welcome
        if session.at == AT_FLOW:
            return None  # the flow runner
        return self.menu

    def present(self, turn: Turn, *, may_replace: bool = True) -> None:
        """Show the current screen, with any notices above it."""
        session = turn.session
        view = self.current_view(turn)
        if view.key != session.last:
            session.seq += 1  # a new screen: buttons of older ones become stale
        replace = may_replace and turn.tapped and not session.kept and not turn.out
        origin = turn.event.message_id if replace and isinstance(turn.event, ButtonIn) else None
        signer = self.signer.screen(turn.person.user_id, session.seq)
        buttons = tuple(tuple(Button(o.label, signer.sign(o.id)) for o in row) for row in view.rows)
        turn.out.append(
            Reply(
                parts=(*turn.notices, *view.parts),
                buttons=buttons,
                replace_previous=replace,
                remove_keyboard=not replace,
                edit_message=origin,
            )
        )
        turn.notices.clear()
        session.last, session.kept = view.key, view.keep

    # -- events ---------------------------------------------------------------------------

    def _button(self, turn: Turn, token: str) -> None:
        session = turn.session
        check = self.signer.check(turn.person.user_id, session.seq, token)
        if check.status is TokenStatus.SCOPED:
            message_id = turn.event.message_id if isinstance(turn.event, ButtonIn) else None
            self.desk.action(turn, check.scope, check.choice, message_id)
            if not turn.quiet:
                self.present(turn)
            return
        if check.status is TokenStatus.CURRENT and check.choice in self.current_view(turn).option_ids():
            self._choose(turn, check.choice)
            if not turn.erased:
                self.present(turn)
            return
        if check.status is TokenStatus.FORGED:
            log.info("button token failed its check", extra={"user_hash": _short(turn.person.user_id)})
        turn.notice(Text("notice-moved-on"))
        # A new message below, not an edit of the old one that was tapped.
        self.present(turn, may_replace=False)

    def _choose(self, turn: Turn, choice: str) -> None:
        screen = self._current_screen(turn)
        if screen is not None:
            screen.choose(turn, choice)
            return
        exit_ = self.runner.choose(turn, choice)
        if exit_ is not None:
            self._follow(turn, exit_)

    def _follow(self, turn: Turn, exit_: Exit) -> None:
        if exit_.kind == "flow":
            self.open_flow(turn, exit_.target)
        elif exit_.kind == "screen":
            self.open(turn, exit_.target)
        else:
            self.to_menu(turn)

    def _text(self, turn: Turn, text: str) -> None:
        locale = turn.person.locale or DEFAULT_LOCALE
        for guard in self.guards:
            hit = guard.inspect(text, locale)
            if hit is None:
                continue
            if hit.screen is not None:
                self.open(turn, hit.screen, hit.data)
            if hit.notice is not None:
                turn.notice(hit.notice)
            self.present(turn)
            return
        self.route_text(turn, text)
        self.present(turn)

    def route_text(self, turn: Turn, text: str) -> None:
        """Hand text to the current screen or step, past the guards (already screened)."""
        screen = self._current_screen(turn)
        taken = screen.text(turn, text) if screen is not None else self.runner.text(turn, text)
        if not taken:
            turn.notice(Text("notice-use-buttons"))

    def _command(self, turn: Turn, name: str, args: str) -> None:
        command = BY_NAME.get(name)
        session = turn.session
        if command is None:
            turn.notice(Text("notice-unknown-command", {"name": name[:32]}))
        elif not turn.person.consented and not command.before_consent:
            session.overlay = None
            turn.notice(Text("notice-consent-first"))
        elif name in ("start", "menu"):
            if turn.person.consented:
                self.to_menu(turn)
            else:
                session.overlay = None
        elif name == "back":
            if session.overlay is not None:
                self.close(turn)
            elif not self.runner.back(turn):
                turn.notice(Text("notice-nothing-back"))
        elif name == "reset":
            self._reset(turn)
        elif name == "delete":
            self.open(turn, "confirm_delete")
        elif name == "progress":
            self.desk.progress(turn)
        else:
            self.open(turn, name)  # help, privacy, sos: screens of the same name
        self.present(turn)

    def _reset(self, turn: Turn) -> None:
        session = turn.session
        session.overlay = None
        if session.at == AT_FLOW and session.flow is not None:
            title = self.book.specs[session.flow].title
            self.runner.drop(turn, session.flow)
            turn.notice(Text("notice-reset-done", {"title": Text(title)}))
        else:
            turn.notice(Text("notice-reset-nothing"))
        self.to_menu(turn)

    def _group(self, tx: PersonTx, event: GroupIn) -> list[Outbound]:
        """Not a person's chat: say once that Candor works only in private, then leave."""
        out: list[Outbound] = [Reply(parts=(Text("group-private-only"),), trace=False), LeaveChat()]
        tx.send(out, pick_locale(event.lang_hint, self.options.locales))
        return out

    # -- keeping stored state valid -------------------------------------------------------

    def _repair(self, person: Person) -> None:
        """Drop state that no longer matches the loaded flows (after a flow was edited)."""
        session = person.session
        for flow_id, progress in list(session.flows.items()):
            if self.book.step(flow_id, progress.step) is None:
                del session.flows[flow_id]
            else:
                progress.history = [s for s in progress.history if self.book.step(flow_id, s)]
        if session.at == AT_FLOW and session.flow not in session.flows:
            session.at, session.flow = AT_MENU, None
        if session.overlay is not None and session.overlay.screen not in self.screens:
            session.overlay = None


def _short(user_id: int) -> str:
    """A non-reversible tag for logs, so no user id is written in clear."""
    import hashlib

    return hashlib.blake2b(str(user_id).encode(), digest_size=4).hexdigest()
