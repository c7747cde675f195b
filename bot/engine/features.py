"""What features add to the engine, and the standard set of them.

The engine dispatches through a :class:`Registry` and names no feature: each feature registers
its screens, its commands, the scopes of its own buttons (a reminder's, a revisit's), and
hooks for what happens when a reminder falls due, a flow ends, the safety screen fires or a
person is erased. :func:`install` puts the standard set in place.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from bot.engine import learn, privacy
from bot.engine.coach import CoachOptions, CoachScreen
from bot.engine.outbound import Text
from bot.engine.pairing.desk import (
    PAYLOAD_PREFIX,
    PairAcceptScreen,
    PairingDesk,
    PairInviteScreen,
    PairStatusScreen,
)
from bot.engine.reminders.checkin import CheckinScreen
from bot.engine.reminders.desk import ReminderDesk
from bot.engine.reminders.setup import PlanEndScreen, RemindersScreen
from bot.engine.safety.followup import SCOPE as FOLLOWUP_SCOPE
from bot.engine.safety.followup import SafetyFollowup
from bot.engine.safety.helplines import Helplines
from bot.engine.safety.screens import SafetyCheckScreen, SafetyPlanScreen, SosScreen
from bot.engine.screens import ConfirmDeleteScreen, InfoScreen, LanguageScreen, Under18Screen
from bot.engine.tokens import TokenSigner
from bot.engine.turn import Nav, Screen, Turn

if TYPE_CHECKING:
    from bot.engine.engine import EngineOptions

# (turn, args) -> whether the current screen is shown after it (False: the command answered).
CommandHandler = Callable[[Turn, str], bool]
# (turn, scope, choice, the tapped message's id)
ScopeHandler = Callable[[Turn, str, str, "int | None"], None]
Hook = Callable[[Turn], object]
FlowEndHook = Callable[[Turn, Mapping[str, str]], None]
# Texts shown above the disclosure on first use (who invited the person, and to what).
WelcomeLead = Callable[[Turn], "list[Text]"]


@dataclass(slots=True)
class Registry:
    screens: dict[str, Screen] = field(default_factory=dict)
    commands: dict[str, CommandHandler] = field(default_factory=dict)
    start_payloads: dict[str, CommandHandler] = field(default_factory=dict)  # /start <prefix...>
    scopes: dict[str, ScopeHandler] = field(default_factory=dict)  # by the scope's first letter
    on_due: list[Hook] = field(default_factory=list)  # a reminder event: each looks what is due
    on_flow_end: dict[str, list[FlowEndHook]] = field(default_factory=dict)
    on_safety: list[Hook] = field(default_factory=list)  # the safety screen fired
    before_erase: list[Hook] = field(default_factory=list)
    on_bot_username: list[Callable[[str | None], None]] = field(default_factory=list)
    welcome_leads: list[WelcomeLead] = field(default_factory=list)

    def screen(self, screen: Screen) -> None:
        self.screens[screen.name] = screen

    def command(self, name: str, handler: CommandHandler) -> None:
        self.commands[name] = handler

    def opens(self, nav: Nav, *names: str) -> None:
        """Commands that open the screen of the same name."""
        for name in names:
            self.commands[name] = _opener(nav, name)

    def scope(self, letters: str, handler: ScopeHandler) -> None:
        for letter in letters:
            self.scopes[letter] = handler

    def flow_end(self, flow_id: str, hook: FlowEndHook) -> None:
        self.on_flow_end.setdefault(flow_id, []).append(hook)


def _opener(nav: Nav, name: str) -> CommandHandler:
    def open_screen(turn: Turn, args: str) -> bool:
        nav.open(turn, name)
        return True

    return open_screen


def _shown_after(action: Callable[[Turn], object]) -> CommandHandler:
    def command(turn: Turn, args: str) -> bool:
        action(turn)
        return True

    return command


def install(
    registry: Registry, nav: Nav, signer: TokenSigner, helplines: Helplines, options: EngineOptions
) -> None:
    """The standard features: safety, reminders, pairing, privacy, the library, a coach when
    configured."""
    _safety(registry, nav, signer, helplines)
    _reminders(registry, nav, signer, options.reminder_grace)
    _pairing(registry, nav, signer, options.bot_username)
    _privacy(registry, nav, options.retention_days)
    _coach(registry, nav, options.coach)
    _learn(registry, nav)
    for screen in (
        Under18Screen(nav),
        InfoScreen("help", ["help-text"], nav),
        LanguageScreen(nav, options.locales),
    ):
        registry.screen(screen)
    registry.opens(nav, "help", "language")


def _safety(registry: Registry, nav: Nav, signer: TokenSigner, helplines: Helplines) -> None:
    followup = SafetyFollowup(signer, nav)
    for screen in (
        SosScreen(nav, helplines),
        SafetyCheckScreen(nav),
        SafetyPlanScreen(nav),
        InfoScreen("professional_help", ["professional-help-text"], nav, keep=True),
    ):
        registry.screen(screen)
    registry.opens(nav, "sos")
    registry.scope(FOLLOWUP_SCOPE[0], lambda turn, scope, choice, message_id: followup.action(turn, choice))
    registry.on_due.append(followup.due)


def _reminders(registry: Registry, nav: Nav, signer: TokenSigner, grace: int) -> None:
    desk = ReminderDesk(signer, nav, grace)
    for screen in (RemindersScreen(nav), CheckinScreen(nav), PlanEndScreen(nav)):
        registry.screen(screen)
    registry.opens(nav, "reminders")
    registry.command("progress", _shown_after(desk.progress))
    registry.scope("re", desk.action)  # a check-in's buttons, a plan end's
    registry.on_due.insert(0, desk.due)  # the person's own schedule first


def _pairing(registry: Registry, nav: Nav, signer: TokenSigner, bot_username: str | None) -> None:
    desk = PairingDesk(nav, signer, bot_username)
    for screen in (PairInviteScreen(nav, desk), PairAcceptScreen(nav, desk), PairStatusScreen(nav, desk)):
        registry.screen(screen)
    registry.opens(nav, "pair")

    def accept(turn: Turn, token: str) -> bool:
        if turn.person.consented:
            nav.open(turn, "pair_accept", {"token": token[:64]})
        else:
            turn.session.overlay = None
            turn.session.pending = token[:64]  # after the disclosure and the age confirmation
        return True

    def reopen_agreement(turn: Turn, scope: str, choice: str, message_id: int | None) -> None:
        turn.notice(Text("pair-revisit-intro"))
        turn.session.flows.pop("agreement", None)
        nav.open_flow(turn, "agreement")

    registry.start_payloads[PAYLOAD_PREFIX] = accept
    registry.welcome_leads.append(desk.invitation_lead)
    registry.scope("v", lambda turn, scope, choice, message_id: desk.revisit_action(turn, choice, message_id))
    registry.scope("w", reopen_agreement)
    registry.flow_end("agreement", lambda turn, answers: desk.finished(turn, dict(answers)))
    registry.on_due.append(desk.revisit_due)
    registry.on_safety.append(desk.pause_if_open)
    registry.before_erase.append(desk.before_erase)
    registry.on_bot_username.append(desk.set_bot_username)


def _privacy(registry: Registry, nav: Nav, retention_days: int) -> None:
    for screen in (
        ConfirmDeleteScreen(nav),
        privacy.SettingsScreen(nav),
        InfoScreen("privacy", ["privacy-text"], nav, params={"days": retention_days}),
    ):
        registry.screen(screen)
    registry.opens(nav, "privacy", "settings")
    registry.command("delete", _opener(nav, "confirm_delete"))
    registry.command("export", _shown_after(privacy.export))

    def hide(turn: Turn, args: str) -> bool:
        privacy.hide(turn)
        return False  # the chat is cleared: nothing is shown after

    registry.command("hide", hide)


def _coach(registry: Registry, nav: Nav, options: CoachOptions | None) -> None:
    registry.screen(CoachScreen(nav, options))  # says there is none, if it is reached anyway
    if options is not None:
        registry.opens(nav, "coach")


def _learn(registry: Registry, nav: Nav) -> None:
    for screen in learn.screens(nav):
        registry.screen(screen)
    registry.opens(nav, learn.INDEX)
