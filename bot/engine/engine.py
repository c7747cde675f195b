"""The dialog engine: one inbound event in, replies out, state saved in the same transaction.

Transport-neutral by construction: it imports nothing of Telegram, SQLite or Fluent.
"""

from __future__ import annotations

import logging
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from bot.engine.coach import CoachOptions
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
from bot.engine.features import Registry, install
from bot.engine.flowbook import FlowBook
from bot.engine.flowrunner import Exit, FlowRunner
from bot.engine.guards import TextGuard
from bot.engine.intent.listener import Listener
from bot.engine.intent.rules import Recogniser
from bot.engine.intent.screens import GroundingScreen, HeardScreen, StartHereScreen
from bot.engine.locales import DEFAULT_LOCALE, pick_locale
from bot.engine.outbound import Button, LeaveChat, Outbound, Reply, Text
from bot.engine.ports import Clock, PersonTx
from bot.engine.safety.helplines import Helplines
from bot.engine.screens import MenuScreen, WelcomeScreen
from bot.engine.session import AT_FLOW, AT_MENU, Overlay, Person
from bot.engine.tokens import TokenSigner, TokenStatus
from bot.engine.turn import Screen, Turn, visible
from bot.engine.view import View

log = logging.getLogger(__name__)

VOICE_KINDS = ("voice", "video_note", "audio", "video")
# Writing a safety plan: answers name the danger by design; a gentle check would only interrupt.
SAFETY_SCREENS = ("safety_plan",)


@dataclass(frozen=True, slots=True)
class EngineOptions:
    locales: tuple[str, ...] = (DEFAULT_LOCALE,)
    # A check-in missed (bot down) by less than this is sent late; an older one is skipped.
    reminder_grace: int = 2 * 3600
    coach: CoachOptions | None = None
    retention_days: int = 90
    bot_username: str | None = None  # for invitation links; without it they are /start commands


class Engine:
    def __init__(
        self,
        book: FlowBook,
        signer: TokenSigner,
        clock: Clock,
        helplines: Helplines,
        options: EngineOptions | None = None,
        guards: Sequence[TextGuard] = (),
        recogniser: Recogniser | None = None,
    ) -> None:
        self.book = book
        self.signer = signer
        self.clock = clock
        self.options = options or EngineOptions()
        self.guards = tuple(guards)
        self.runner = FlowRunner(book)
        self.menu = MenuScreen(book, self.runner, self, coach=self.options.coach is not None)
        self.registry = Registry()
        for name, handler in (
            ("start", self._start),
            ("menu", self._start),
            ("back", self._back),
            ("reset", self._reset),
        ):
            self.registry.command(name, handler)
        install(self.registry, self, signer, helplines, self.options)
        for screen in (
            HeardScreen(self, book, self.pick),
            GroundingScreen(self, book),
            StartHereScreen(self, book),
        ):
            self.registry.screen(screen)
        self.listener = Listener(recogniser or Recogniser({}), book, self.runner, self, self.pick)
        self.screens = self.registry.screens
        self.welcome = WelcomeScreen(self, self.registry.welcome_leads)

    def add_screen(self, screen: Screen) -> None:
        self.registry.screen(screen)

    @property
    def commands(self) -> tuple[Command, ...]:
        """The commands this deployment offers (those a feature answers; /coach only when a
        coach is configured)."""
        return tuple(c for c in COMMANDS if c.name in self.registry.commands)

    def set_bot_username(self, username: str | None) -> None:
        """Known once the transport has asked the platform (Telegram's getMe)."""
        for hook in self.registry.on_bot_username:
            hook(username)

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
            if event.lang_hint and not person.prefs.get("lc"):
                # Until the person picks a language, follow the one their Telegram uses.
                person.locale = pick_locale(event.lang_hint, self.options.locales)
        turn = Turn(person, event, now, tx=tx)
        self._dispatch(turn)
        turn.out.extend(turn.after)
        locale = person.locale or DEFAULT_LOCALE
        if turn.erased:
            for hook in self.registry.before_erase:
                hook(turn)
            tx.erase()
        elif is_personal_action(event):
            person.active_at = now
            tx.save(person)
        elif not isinstance(event, ReminderIn):
            tx.save(person)  # blocked or unblocked; a reminder changes only the schedule
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
            for hook in self.registry.on_due:
                hook(turn)
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
                self._text(turn, event.text, edited=event.edited)
            case MediaIn():
                # Voice and video notes can't be read, and may be someone in trouble.
                turn.notice(Text("notice-voice" if event.kind in VOICE_KINDS else "notice-media"))
                self.present(turn)

    # -- navigation (the Nav protocol used by screens) ------------------------------------

    def to_menu(self, turn: Turn) -> None:
        session = turn.session
        session.overlay = None
        session.at, session.flow = AT_MENU, None

    def open_flow(self, turn: Turn, flow_id: str, preset: Mapping[str, Sequence[str]] | None = None) -> None:
        turn.session.overlay = None
        self.runner.enter(turn, flow_id, preset)

    def open(self, turn: Turn, screen: str, data: dict[str, object] | None = None) -> None:
        turn.session.overlay = Overlay(screen, dict(data or {}))

    def close(self, turn: Turn) -> None:
        turn.session.overlay = None

    def carry_on(self, turn: Turn) -> None:
        overlay = turn.session.overlay
        self.close(turn)
        if overlay is None or turn.session.progress is None:
            return
        way_on = self.runner.way_on(turn, overlay.screen)
        if way_on is not None:
            self._choose(turn, way_on)

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
        messages = view.messages()
        messages[0] = [*turn.notices, *messages[0]]
        for i, parts in enumerate(messages):
            first, last = i == 0, i == len(messages) - 1
            turn.out.append(
                Reply(
                    parts=tuple(parts),
                    buttons=buttons if last else (),
                    replace_previous=replace and first,
                    remove_keyboard=first and not replace,
                    edit_message=origin if first else None,
                )
            )
        turn.notices.clear()
        session.last, session.kept = view.key, view.keep

    # -- events ---------------------------------------------------------------------------

    def _button(self, turn: Turn, token: str) -> None:
        session = turn.session
        check = self.signer.check(turn.person.user_id, session.seq, token)
        scoped = self.registry.scopes.get(check.scope[:1]) if check.status is TokenStatus.SCOPED else None
        if scoped is not None:  # a feature's own button (a reminder's, a revisit's)
            message_id = turn.event.message_id if isinstance(turn.event, ButtonIn) else None
            scoped(turn, check.scope, check.choice, message_id)
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

    def pick(self, turn: Turn, choice: str) -> None:
        """A choice confirmed after typed words stood for it: taken if it is still on screen."""
        if choice in self.current_view(turn).option_ids():
            self._choose(turn, choice)

    def _choose(self, turn: Turn, choice: str) -> None:
        screen = self._current_screen(turn)
        if screen is not None:
            screen.choose(turn, choice)
            return
        before = self._place(turn)
        exit_ = self.runner.choose(turn, choice)
        self._after_step(turn, before)
        if exit_ is not None:
            self._follow(turn, exit_)

    @staticmethod
    def _place(turn: Turn) -> tuple[str | None, str | None]:
        progress = turn.session.progress
        return turn.session.flow, progress.step if progress else None

    def _after_step(self, turn: Turn, before: tuple[str | None, str | None]) -> None:
        """A flow just reached its end: tell the features that wait on it."""
        flow, at = after = self._place(turn)
        if after == before or flow is None or at is None:
            return
        step = self.book.step(flow, at)
        if step is not None and step.terminal:
            for hook in self.registry.on_flow_end.get(flow, []):
                hook(turn, dict(turn.session.flows[flow].answers))

    def _follow(self, turn: Turn, exit_: Exit) -> None:
        if exit_.kind == "flow":
            self.open_flow(turn, exit_.target)
        elif exit_.kind == "screen":
            self.open(turn, exit_.target)
        else:
            self.to_menu(turn)

    def _text(self, turn: Turn, text: str, *, edited: bool = False) -> None:
        if not visible(text):  # only zero-width or blank characters
            turn.notice(Text("notice-empty-text"))
            self.present(turn)
            return
        locale = turn.person.locale or DEFAULT_LOCALE
        overlay = turn.session.overlay
        helping = overlay is not None and overlay.screen in SAFETY_SCREENS
        for guard in self.guards:
            hit = guard.inspect(text, locale)
            if hit is None:
                continue
            if hit.safety and helping and hit.screen != "sos":
                continue  # already in help (writing a safety plan): only danger now interrupts
            if hit.screen is not None:
                self.open(turn, hit.screen, hit.data)
            if hit.safety:
                for hook in self.registry.on_safety:
                    hook(turn)
                turn.session.flags = sorted({*turn.session.flags, *hit.flags})
            if hit.notice is not None:
                turn.notice(hit.notice)
            self.present(turn)
            return
        if edited:
            return  # an edit is screened, never taken as a new answer
        self.route_text(turn, text)
        self.present(turn)

    def route_text(self, turn: Turn, text: str) -> None:
        """Hand text to the current screen or step, past the guards (already screened)."""
        screen = self._current_screen(turn)
        if screen is not None:
            taken = screen.text(turn, text)
        else:
            before = self._place(turn)
            taken = self.runner.text(turn, text)
            self._after_step(turn, before)
        if not taken:  # a button was expected: meet the words, then the best next step
            self.listener.meet(turn, text)

    def _command(self, turn: Turn, name: str, args: str) -> None:
        command = BY_NAME.get(name)
        handler = self.registry.commands.get(name) if command is not None else None
        if command is None or handler is None:
            # One line, and the screen above keeps its buttons: showing it again would repeat
            # a whole screen (after an emergency answer, a dozen helplines) for a typo.
            turn.out.append(Reply(parts=(Text("notice-unknown-command", {"name": name[:32]}),)))
            return
        if not turn.person.consented and not command.before_consent:
            turn.session.overlay = None
            turn.notice(Text("notice-consent-first"))
        elif not handler(turn, args):
            return  # the command answered for itself
        self.present(turn)

    # -- the engine's own commands: where the person is ------------------------------------

    def _start(self, turn: Turn, args: str) -> bool:
        for prefix, payload in self.registry.start_payloads.items():
            if args.startswith(prefix):  # a link that carries something (an invitation)
                return payload(turn, args[len(prefix) :])
        if turn.person.consented:
            self.to_menu(turn)
        else:
            turn.session.overlay = None
        return True

    def _back(self, turn: Turn, args: str) -> bool:
        if turn.session.overlay is not None:
            self.close(turn)
        elif not self.runner.back(turn):
            turn.notice(Text("notice-nothing-back"))
        return True

    def _reset(self, turn: Turn, args: str = "") -> bool:
        session = turn.session
        session.overlay = None
        if session.at == AT_FLOW and session.flow is not None:
            title = self.book.specs[session.flow].title
            self.runner.drop(turn, session.flow)
            turn.notice(Text("notice-reset-done", {"title": Text(title)}))
        else:
            turn.notice(Text("notice-reset-nothing"))
        self.to_menu(turn)
        return True

    def erase(self, tx: PersonTx) -> None:
        """Erase a person as /delete does (used by the retention purge)."""
        person = tx.load()
        if person is None:
            return
        turn = Turn(person, ReminderIn(user_id=person.user_id), int(self.clock.now().timestamp()), tx=tx)
        for hook in self.registry.before_erase:
            hook(turn)
        tx.erase()
        if turn.out:
            tx.send(turn.out, person.locale or DEFAULT_LOCALE)

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
