"""The discreet check on a person the day after they said they were at risk, if they asked.

Only its time is stored; it is erased once the check is sent (and never made if the person
did not ask). The message names no topic: the partner may see the phone.
"""

from __future__ import annotations

from bot.engine.outbound import Button, Reply, Text
from bot.engine.tokens import TokenSigner
from bot.engine.turn import Nav, Turn

SCOPE = "s0"
CHOICES = ("better", "hard", "help")


class SafetyFollowup:
    def __init__(self, signer: TokenSigner, nav: Nav) -> None:
        self._signer = signer
        self._nav = nav

    def due(self, turn: Turn) -> bool:
        """Send the check if its time has come; the schedule is gone once it is sent."""
        assert turn.tx is not None
        due = turn.tx.safety_followup()
        if due is None or due > turn.now:
            return False
        turn.tx.set_safety_followup(None)
        signer = self._signer.scoped(turn.person.user_id, SCOPE)
        neutral = turn.person.prefs.get("neutral")
        turn.out.append(
            Reply(
                parts=(Text("notify-neutral" if neutral else "safety-follow-up-check"),),
                buttons=tuple(
                    (Button(Text(f"safety-follow-up-{choice}"), signer.sign(choice)),) for choice in CHOICES
                ),
                notify=not turn.person.prefs.get("silent"),
            )
        )
        return True

    def action(self, turn: Turn, choice: str) -> None:
        """An answer to the check: kind words, or the help lines and grounding."""
        if choice == "better":
            turn.notice(Text("safety-follow-up-glad"))
        elif choice in ("hard", "help"):
            if choice == "hard":
                turn.notice(Text("safety-follow-up-hard-reply"))
            self._nav.open(turn, "sos", {"grounding": choice == "hard"})
