"""Opaque button tokens that fit Telegram's 64-byte callback data.

A token names the screen it was sent for (the person's turn counter ``seq``), the choice,
and carries a short MAC so a token crafted by hand is told apart from an old one.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
from dataclasses import dataclass
from enum import Enum

MAX_TOKEN_BYTES = 64
MAC_CHARS = 8
MAX_CHOICE_ID = 40  # leaves room for the turn counter and the MAC inside 64 bytes


class TokenStatus(Enum):
    CURRENT = "current"
    STALE = "stale"
    FORGED = "forged"


@dataclass(frozen=True, slots=True)
class TokenCheck:
    status: TokenStatus
    choice: str = ""


def _b36(n: int) -> str:
    digits = "0123456789abcdefghijklmnopqrstuvwxyz"
    out = ""
    while True:
        n, r = divmod(n, 36)
        out = digits[r] + out
        if n == 0:
            return out


class TokenSigner:
    """Signs and checks button tokens with a secret kept in the database."""

    __slots__ = ("_key",)

    def __init__(self, key: bytes) -> None:
        if len(key) < 16:
            raise ValueError("token key must be at least 16 bytes")
        self._key = key

    def _mac(self, user_id: int, seq: str, choice: str) -> str:
        digest = hmac.new(self._key, f"{user_id}.{seq}.{choice}".encode(), hashlib.sha256)
        return base64.urlsafe_b64encode(digest.digest()).decode()[:MAC_CHARS]

    def sign(self, user_id: int, seq: int, choice: str) -> str:
        if not choice or len(choice) > MAX_CHOICE_ID or "." in choice:
            raise ValueError(f"choice id {choice!r} cannot go into a button token")
        s = _b36(seq)
        token = f"{s}.{choice}.{self._mac(user_id, s, choice)}"
        assert len(token.encode()) <= MAX_TOKEN_BYTES
        return token

    def check(self, user_id: int, seq: int, token: str) -> TokenCheck:
        """Tell a token for the current screen from a stale one and from a forgery."""
        parts = token.split(".")
        if len(parts) != 3 or len(token.encode()) > MAX_TOKEN_BYTES:
            return TokenCheck(TokenStatus.FORGED)
        s, choice, mac = parts
        if not hmac.compare_digest(mac, self._mac(user_id, s, choice)):
            return TokenCheck(TokenStatus.FORGED)
        if s != _b36(seq):
            return TokenCheck(TokenStatus.STALE, choice)
        return TokenCheck(TokenStatus.CURRENT, choice)
