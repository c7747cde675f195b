"""Invites and pairings as the stores keep them."""

from __future__ import annotations

from dataclasses import dataclass

ANSWERING = "answering"  # waiting for one or both to finish
PAUSED = "paused"  # the safety screen fired for one of them: nothing more happens, silently
REVEALED = "revealed"
ENDED = "ended"
OPEN = (ANSWERING, PAUSED)


@dataclass(slots=True)
class Invite:
    token_hash: str
    inviter: int
    shown_name: str
    answers: dict[str, str]
    expires_at: int


@dataclass(slots=True)
class Pairing:
    id: int
    a: int | None  # the inviter (None once they erased their data)
    b: int | None
    shown_name: str
    status: str
    created_at: int
    a_answers: dict[str, str] | None = None
    b_answers: dict[str, str] | None = None

    def other(self, user_id: int) -> int | None:
        return self.b if user_id == self.a else self.a

    def answers_of(self, user_id: int) -> dict[str, str] | None:
        return self.a_answers if user_id == self.a else self.b_answers

    def set_answers(self, user_id: int, answers: dict[str, str]) -> None:
        if user_id == self.a:
            self.a_answers = dict(answers)
        else:
            self.b_answers = dict(answers)
