"""Opaque button tokens that fit Telegram's 64-byte callback data.

A token names the screen it was sent for (the person's turn counter ``seq``) and the
choice, and carries a short MAC of (person, screen), so a token crafted by hand is told
apart from an old one. All buttons of one screen share the MAC: choosing among them is the
person's right anyway, and one MAC per screen keeps signing at ~1 µs per reply.
"""

from __future__ import annotations

import hashlib
import hmac
from dataclasses import dataclass
from enum import Enum

MAX_TOKEN_BYTES = 64
MAC_BYTES = 5  # 40 bits, as 10 hex characters
MAX_CHOICE_ID = 40  # leaves room for the turn counter and the MAC inside 64 bytes


class TokenStatus(Enum):
    CURRENT = "current"
    STALE = "stale"
    FORGED = "forged"
    SCOPED = "scoped"  # valid, and bound to a scope instead of the current screen


@dataclass(frozen=True, slots=True)
class TokenCheck:
    status: TokenStatus
    choice: str = ""
    scope: str = ""


# Scoped tokens (a reminder's own buttons) start with this mark, which no turn counter has.
SCOPE_MARK = "~"


_DIGITS = "0123456789abcdefghijklmnopqrstuvwxyz"


def _b36(n: int) -> str:
    out = ""
    while True:
        n, r = divmod(n, 36)
        out = _DIGITS[r] + out
        if n == 0:
            return out


class TokenSigner:
    """Signs and checks button tokens with a secret kept in the database."""

    __slots__ = ("_key",)

    def __init__(self, key: bytes) -> None:
        if len(key) < 16:
            raise ValueError("token key must be at least 16 bytes")
        self._key = hashlib.blake2b(key, digest_size=32).digest()  # BLAKE2b keys are at most 64 bytes

    def _mac(self, user_id: int, seq: str) -> str:
        # Keyed BLAKE2b is a MAC on its own and far cheaper than hmac.new().
        return hashlib.blake2b(f"{user_id}.{seq}".encode(), key=self._key, digest_size=MAC_BYTES).hexdigest()

    def screen(self, user_id: int, seq: int) -> ScreenSigner:
        s = _b36(seq)
        return ScreenSigner(f"{s}.", f".{self._mac(user_id, s)}")

    def sign(self, user_id: int, seq: int, choice: str) -> str:
        return self.screen(user_id, seq).sign(choice)

    def scoped(self, user_id: int, scope: str) -> ScreenSigner:
        """Signs buttons that stay valid whatever screen the person is on (a reminder's)."""
        s = SCOPE_MARK + scope
        return ScreenSigner(f"{s}.", f".{self._mac(user_id, s)}")

    def check(self, user_id: int, seq: int, token: str) -> TokenCheck:
        """Tell a token for the current screen from a stale one and from a forgery."""
        parts = token.split(".")
        if len(parts) != 3 or len(token) > MAX_TOKEN_BYTES:
            return TokenCheck(TokenStatus.FORGED)
        s, choice, mac = parts
        # compare_digest refuses non-ASCII str: compare the bytes (a forged token may be anything).
        if not choice or not hmac.compare_digest(mac.encode(), self._mac(user_id, s).encode()):
            return TokenCheck(TokenStatus.FORGED)
        if s.startswith(SCOPE_MARK):
            return TokenCheck(TokenStatus.SCOPED, choice, s[len(SCOPE_MARK) :])
        if s != _b36(seq):
            return TokenCheck(TokenStatus.STALE, choice)
        return TokenCheck(TokenStatus.CURRENT, choice)


@dataclass(frozen=True, slots=True)
class ScreenSigner:
    """Signs the choices of one screen."""

    prefix: str
    suffix: str

    def sign(self, choice: str) -> str:
        if not choice or len(choice) > MAX_CHOICE_ID or "." in choice:
            raise ValueError(f"choice id {choice!r} cannot go into a button token")
        return f"{self.prefix}{choice}{self.suffix}"
