from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from bot.engine.tokens import MAX_CHOICE_ID, MAX_TOKEN_BYTES, TokenSigner, TokenStatus

signer = TokenSigner(b"k" * 32)


def test_current_token_round_trips() -> None:
    token = signer.sign(42, 7, "owned")
    check = signer.check(42, 7, token)
    assert check.status is TokenStatus.CURRENT
    assert check.choice == "owned"


def test_token_from_an_earlier_screen_is_stale() -> None:
    token = signer.sign(42, 7, "owned")
    assert signer.check(42, 8, token).status is TokenStatus.STALE


def test_token_of_another_person_or_edited_is_forged() -> None:
    token = signer.sign(42, 7, "owned")
    assert signer.check(43, 7, token).status is TokenStatus.FORGED
    seq, _choice, mac = token.split(".")
    flipped = mac[:-1] + ("1" if mac[-1] == "0" else "0")
    assert signer.check(42, 7, f"{seq}.owned.{flipped}").status is TokenStatus.FORGED
    assert signer.check(42, 7, f"{int(seq, 36) + 1:x}.owned.{mac}").status is TokenStatus.FORGED
    assert signer.check(42, 7, "garbage").status is TokenStatus.FORGED
    assert signer.check(42, 7, "").status is TokenStatus.FORGED
    assert signer.check(42, 7, "x" * 200).status is TokenStatus.FORGED


@given(
    user=st.integers(min_value=1, max_value=2**53),
    seq=st.integers(min_value=0, max_value=2**40),
    choice=st.from_regex(r"[a-z][a-z0-9_]{0,39}", fullmatch=True),
)
def test_every_token_fits_telegram_callback_data(user: int, seq: int, choice: str) -> None:
    assert len(choice) <= MAX_CHOICE_ID
    token = signer.sign(user, seq, choice)
    assert len(token.encode()) <= MAX_TOKEN_BYTES
    assert signer.check(user, seq, token).choice == choice


def test_key_must_be_long_enough() -> None:
    import pytest

    with pytest.raises(ValueError, match="16 bytes"):
        TokenSigner(b"short")


@given(st.text(max_size=80))
def test_any_callback_data_is_judged_never_raised_on(data: str) -> None:
    """Button data comes from the client: non-ASCII, emoji, dots in odd places are forged."""
    check = signer.check(7, 3, data)
    assert check.status in (TokenStatus.FORGED, TokenStatus.STALE, TokenStatus.CURRENT, TokenStatus.SCOPED)
    token = signer.screen(7, 3).sign("yes")
    tampered = token[:-1] + "é"
    assert signer.check(7, 3, tampered).status is TokenStatus.FORGED
