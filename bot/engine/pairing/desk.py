"""Partner pairing: invite, accept, answer privately, reveal to both at once, end, erase.

Nothing of one partner reaches the other before both have finished, and then only the
comparison of button answers: no free text, no other flow, no check-ins. If the safety
screen fires for either during a pairing, it pauses, and the other is never told why.
"""

from __future__ import annotations

import hashlib
import secrets
from datetime import timedelta

from bot.engine.locales import DEFAULT_LOCALE
from bot.engine.logic.agreement import AREAS
from bot.engine.logic.common import SAFETY_FLAG
from bot.engine.outbound import Button, Reply, Text
from bot.engine.pairing.compare import compose_reveal
from bot.engine.pairing.model import ANSWERING, ENDED, OPEN, PAUSED, REVEALED, Invite, Pairing
from bot.engine.tokens import TokenSigner
from bot.engine.turn import Nav, Turn
from bot.engine.view import Option, View

INVITE_DAYS = 7
NAME_MAX = 40
PAYLOAD_PREFIX = "p_"
REVISIT_MONTHS = {"m1": 1, "m3": 3, "m6": 6}
AGREEMENT = "agreement"


def token_hash(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


def agreement_answers(answers: dict[str, str]) -> dict[str, str]:
    return {k: v for k, v in answers.items() if k in AREAS}


class PairingDesk:
    def __init__(self, nav: Nav, signer: TokenSigner, bot_username: str | None) -> None:
        self._nav = nav
        self._signer = signer
        self._bot = bot_username

    def set_bot_username(self, username: str | None) -> None:
        """Known once the transport has asked Telegram (getMe)."""
        self._bot = username

    # -- invite ------------------------------------------------------------------------

    def link(self, token: str) -> str:
        payload = PAYLOAD_PREFIX + token
        return f"https://t.me/{self._bot}?start={payload}" if self._bot else f"/start {payload}"

    def create_invite(self, turn: Turn, answers: dict[str, str], name: str) -> str:
        assert turn.tx is not None
        token = secrets.token_urlsafe(18)
        turn.tx.save_invite(
            Invite(token_hash(token), turn.person.user_id, name, answers, turn.now + INVITE_DAYS * 86400)
        )
        return self.link(token)

    # -- accept ------------------------------------------------------------------------

    def invitation_lead(self, turn: Turn) -> list[Text]:
        """Above the disclosure, for someone who came through an invitation link: who invited
        them and what it is, before anything else is asked of them."""
        token = turn.session.pending
        if not token or turn.tx is None:
            return []
        _, invite = self.check_invite(turn, token)
        if invite is None:
            return []  # the acceptance screen, right after, says why it can't be used
        return [Text("pair-invited-first", {"who": inviter_name(invite)})]

    def check_invite(self, turn: Turn, token: str) -> tuple[str, Invite | None]:
        """('ok', invite) or the reason it can't be used."""
        assert turn.tx is not None
        invite = turn.tx.find_invite(token_hash(token))
        if invite is None:
            return "pair-invalid", None
        if invite.expires_at < turn.now:
            return "pair-expired", None
        if invite.inviter == turn.person.user_id:
            return "pair-own", None
        if turn.tx.pairing() is not None:
            return "pair-already", None
        return "ok", invite

    def accept(self, turn: Turn, token: str) -> bool:
        assert turn.tx is not None
        status, invite = self.check_invite(turn, token)
        if invite is None:
            turn.notice(Text(status))
            return False
        pairing = Pairing(
            id=0,
            a=invite.inviter,
            b=turn.person.user_id,
            shown_name=invite.shown_name,
            status=ANSWERING,
            created_at=turn.now,
            a_answers=invite.answers,
        )
        turn.tx.save_pairing(pairing)
        turn.tx.drop_invite(invite.token_hash)  # usable once
        self._tell(turn, invite.inviter, Text("pair-accepted-notify"))
        return True

    # -- answers and the reveal ------------------------------------------------------------

    def finished(self, turn: Turn, answers: dict[str, str]) -> None:
        """The person reached the end of the agreement conversation."""
        if turn.tx is None:  # a pure walk of the flow, with no store behind it
            return
        pairing = turn.tx.pairing()
        if pairing is None or pairing.status not in OPEN:
            return
        pairing.set_answers(turn.person.user_id, agreement_answers(answers))
        if SAFETY_FLAG in turn.session.flags:
            pairing.status = PAUSED
        turn.tx.save_pairing(pairing)
        self._maybe_reveal(turn, pairing)

    def _maybe_reveal(self, turn: Turn, pairing: Pairing) -> None:
        assert turn.tx is not None
        if pairing.status != ANSWERING or pairing.a is None or pairing.b is None:
            return
        if pairing.a_answers is None or pairing.b_answers is None:
            turn.after.append(Reply(parts=(Text("pair-waiting"),)))
            return
        pairing.status = REVEALED
        turn.tx.save_pairing(pairing)
        for me, mine, theirs in (
            (pairing.a, pairing.a_answers, pairing.b_answers),
            (pairing.b, pairing.b_answers, pairing.a_answers),
        ):
            signer = self._signer.scoped(me, f"v{pairing.id:x}")
            buttons = tuple(
                (Button(Text(f"pair-revisit-{choice}"), signer.sign(choice)),)
                for choice in (*REVISIT_MONTHS, "none")
            )
            reply = Reply(parts=tuple(compose_reveal(mine, theirs)), buttons=buttons)
            if me == turn.person.user_id:
                turn.after.append(reply)
            else:
                self._tell(turn, me, reply)

    def pause_if_open(self, turn: Turn) -> None:
        """The safety screen fired: an open pairing pauses, and the other is not told."""
        if turn.tx is None:
            return
        pairing = turn.tx.pairing()
        if pairing is not None and pairing.status == ANSWERING:
            pairing.status = PAUSED
            turn.tx.save_pairing(pairing)

    def resume(self, turn: Turn) -> None:
        assert turn.tx is not None
        pairing = turn.tx.pairing()
        if pairing is not None and pairing.status == PAUSED:
            pairing.status = ANSWERING
            turn.tx.save_pairing(pairing)
            self._maybe_reveal(turn, pairing)

    # -- ending --------------------------------------------------------------------------

    def end(self, turn: Turn) -> bool:
        """End the pairing (withdrawing before the reveal); the other gets a neutral line."""
        assert turn.tx is not None
        pairing = turn.tx.pairing()
        if pairing is None:
            return False
        pairing.status = ENDED
        turn.tx.save_pairing(pairing)
        other = pairing.other(turn.person.user_id)
        if other is not None:
            self._tell(turn, other, Text("pair-ended-notify"))
        return True

    def before_erase(self, turn: Turn) -> None:
        """On /delete or retention: the other is told only that the pairing ended."""
        if turn.tx is not None and turn.tx.pairing() is not None:
            self.end(turn)

    def _tell(self, turn: Turn, user_id: int, message: Text | Reply) -> None:
        assert turn.tx is not None
        other = turn.tx.other(user_id)
        person = other.load()
        if person is None or person.inactive:
            return
        if isinstance(message, Reply):
            reply = message
        else:
            # Sent unasked, so it may show on a lock screen: neutral wording if they chose it.
            text = Text("notify-neutral") if person.prefs.get("neutral") else message
            reply = Reply(parts=(text,), notify=not person.prefs.get("silent"))
        other.send([reply], person.locale or DEFAULT_LOCALE)

    # -- the reveal's own buttons: a reminder to revisit -----------------------------------

    def revisit_action(self, turn: Turn, choice: str, message_id: int | None) -> None:
        assert turn.tx is not None
        months = REVISIT_MONTHS.get(choice)
        if months is None:
            turn.tx.set_revisit(None)
            text = Text("pair-revisit-none-set")
        else:
            turn.tx.set_revisit(turn.now + int(timedelta(days=30 * months).total_seconds()))
            text = Text("pair-revisit-set", {"months": months})
        turn.out.append(Reply(parts=(text,), remove_keyboard=False))
        turn.quiet = True

    def revisit_due(self, turn: Turn) -> bool:
        """A revisit reminder fell due: a discreet note; the agreement conversation opens on tap."""
        assert turn.tx is not None
        due = turn.tx.revisit()
        if due is None or due > turn.now:
            return False
        turn.tx.set_revisit(None)
        signer = self._signer.scoped(turn.person.user_id, "w0")
        text = "notify-neutral" if turn.person.prefs.get("neutral") else "reminder-plan-end-notify"
        turn.out.append(
            Reply(
                parts=(Text(text),),
                buttons=((Button(Text("reminder-btn-open"), signer.sign("open")),),),
                notify=not turn.person.prefs.get("silent"),
            )
        )
        return True


def inviter_name(invite: Invite) -> Text:
    """The name the inviter chose to show, or "someone"."""
    if invite.shown_name:
        return Text("pair-from-name", {"name": invite.shown_name})
    return Text("pair-from-someone")


class PairInviteScreen:
    """At the end of the agreement conversation: invite the partner with a one-time link."""

    name = "pair_invite"

    def __init__(self, nav: Nav, desk: PairingDesk) -> None:
        self._nav = nav
        self._desk = desk

    def view(self, turn: Turn) -> View:
        assert turn.session.overlay is not None
        data = turn.session.overlay.data
        if "link" in data:
            return View(
                key="o:pair_invite:link",
                parts=[Text("pair-invite-link", {"link": str(data["link"]), "days": INVITE_DAYS})],
                rows=[[Option("back", Text("btn-back-to-where"))]],
                keep=True,
            )
        if data.get("step") == "name":
            return View(
                key="o:pair_invite:name",
                parts=[Text("pair-invite-name", {"max": NAME_MAX})],
                rows=[
                    [Option("no_name", Text("pair-invite-no-name"))],
                    [Option("back", Text("btn-back-to-where"))],
                ],
                accepts_text=True,
            )
        return View(
            key="o:pair_invite",
            parts=[Text("pair-invite-explain")],
            rows=[
                [Option("create", Text("pair-invite-create"))],
                [Option("back", Text("btn-back-to-where"))],
            ],
        )

    def choose(self, turn: Turn, choice: str) -> None:
        assert turn.session.overlay is not None
        data = turn.session.overlay.data
        if choice == "create":
            data["step"] = "name"
        elif choice == "no_name":
            self._create(turn, "")
        else:
            self._nav.close(turn)

    def text(self, turn: Turn, text: str) -> bool:
        assert turn.session.overlay is not None
        if turn.session.overlay.data.get("step") != "name" or "link" in turn.session.overlay.data:
            return False
        name = turn.fitting_text(" ".join(text.split()), NAME_MAX)
        if name is not None:
            self._create(turn, name)
        return True

    def _create(self, turn: Turn, name: str) -> None:
        assert turn.session.overlay is not None
        data = turn.session.overlay.data
        progress = turn.session.flows.get(AGREEMENT)
        answers = agreement_answers(dict(progress.answers)) if progress is not None else {}
        if not answers:
            turn.notice(Text("pair-invite-answer-first"))
            self._nav.close(turn)
            return
        data["link"] = self._desk.create_invite(turn, answers, name)


class PairAcceptScreen:
    """Someone opened an invitation link: who invited them (as named), and their consent."""

    name = "pair_accept"

    def __init__(self, nav: Nav, desk: PairingDesk) -> None:
        self._nav = nav
        self._desk = desk

    def view(self, turn: Turn) -> View:
        assert turn.session.overlay is not None
        token = str(turn.session.overlay.data.get("token", ""))
        status, invite = self._desk.check_invite(turn, token)
        if invite is None:
            return View(
                key=f"o:pair_accept:{status}",
                parts=[Text(status)],
                rows=[[Option("back", Text("btn-back-to-where"))]],
            )
        who = inviter_name(invite)
        return View(
            key="o:pair_accept",
            parts=[Text("pair-invited", {"who": who}), Text("pair-how-it-works")],
            rows=[[Option("yes", Text("pair-accept"))], [Option("no", Text("pair-decline"))]],
        )

    def choose(self, turn: Turn, choice: str) -> None:
        assert turn.session.overlay is not None
        token = str(turn.session.overlay.data.get("token", ""))
        self._nav.close(turn)
        if choice == "yes" and self._desk.accept(turn, token):
            turn.session.flows.pop(AGREEMENT, None)  # a fresh, private set of answers
            turn.notice(Text("pair-accepted"))
            self._nav.open_flow(turn, AGREEMENT)

    def text(self, turn: Turn, text: str) -> bool:
        return False


class PairStatusScreen:
    """``/pair``: where a pairing stands, and a one-tap way out."""

    name = "pair"

    def __init__(self, nav: Nav, desk: PairingDesk) -> None:
        self._nav = nav
        self._desk = desk

    def view(self, turn: Turn) -> View:
        pairing = turn.tx.pairing() if turn.tx is not None else None
        data = turn.session.overlay.data if turn.session.overlay is not None else {}
        back = [Option("back", Text("btn-back-to-where"))]
        if pairing is None:
            invite = self._open_invite(turn)
            if invite is not None:
                days = max(1, -(-(invite.expires_at - turn.now) // 86400))  # whole days, rounded up
                return View(
                    key="o:pair:invited",
                    parts=[Text("pair-invite-pending", {"days": days})],
                    rows=[[Option("cancel_invite", Text("pair-invite-cancel"))], back],
                )
            return View(key="o:pair:none", parts=[Text("pair-none")], rows=[back])
        me = turn.person.user_id
        if data.get("confirm_end"):
            return View(
                key="o:pair:confirm_end",
                parts=[Text("pair-end-confirm")],
                rows=[
                    [Option("end_yes", Text("pair-end-yes"))],
                    [Option("end_no", Text("pair-end-keep"))],
                ],
            )
        mine, theirs = pairing.answers_of(me), pairing.answers_of(pairing.other(me) or 0)
        if data.get("show") and pairing.status == REVEALED and mine and theirs:
            return View(
                key="o:pair:shown",
                parts=compose_reveal(mine, theirs, again=True),
                rows=[[Option("end", Text("pair-end"))], back],
                keep=True,
            )
        rows: list[list[Option]] = []
        if pairing.status == PAUSED and SAFETY_FLAG in turn.session.flags:
            parts = [Text("pair-paused")]
            rows.append([Option("resume", Text("pair-resume"))])
        elif pairing.status in OPEN and mine is None:
            parts = [Text("pair-your-turn")]
            rows.append([Option("answer", Text("pair-answer-now"))])
        elif pairing.status in OPEN and pairing.a == me:
            parts = [Text("pair-news-accepted")]  # the news the inviter was told to look at
        elif pairing.status in OPEN:
            parts = [Text("pair-waiting")]
        else:
            parts = [Text("pair-revealed")]
            rows.append([Option("show", Text("pair-show-again"))])
        rows.append([Option("end", Text("pair-end"))])
        rows.append(back)
        return View(key=f"o:pair:{pairing.status}", parts=parts, rows=rows)

    @staticmethod
    def _open_invite(turn: Turn) -> Invite | None:
        invite = turn.tx.my_invite() if turn.tx is not None else None
        return invite if invite is not None and invite.expires_at >= turn.now else None

    def choose(self, turn: Turn, choice: str) -> None:
        if choice == "cancel_invite":
            invite = self._open_invite(turn)
            if invite is not None and turn.tx is not None:
                turn.tx.drop_invite(invite.token_hash)  # its answers go with it
                turn.notice(Text("pair-invite-cancelled"))
            self._nav.close(turn)
        elif choice == "end" and turn.session.overlay is not None:
            turn.session.overlay.data = {"confirm_end": True}  # ending asks first
        elif choice == "end_yes":
            if self._desk.end(turn):
                turn.notice(Text("pair-ended"))
            self._nav.close(turn)
        elif choice == "end_no" and turn.session.overlay is not None:
            turn.session.overlay.data = {}
        elif choice == "show" and turn.session.overlay is not None:
            turn.session.overlay.data = {"show": True}
        elif choice == "resume":
            self._desk.resume(turn)
            self._nav.close(turn)
        elif choice == "answer":
            self._nav.close(turn)
            self._nav.open_flow(turn, AGREEMENT)
        else:
            self._nav.close(turn)

    def text(self, turn: Turn, text: str) -> bool:
        return False
