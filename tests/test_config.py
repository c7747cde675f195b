"""Settings from BOT_* variables and ``.env``: each malformed value is refused in one line
naming the variable and what is allowed, and no secret is ever shown."""

from __future__ import annotations

import os
from dataclasses import FrozenInstanceError, replace
from pathlib import Path

import pytest

from bot.config import ConfigError, Secret, Settings, load_settings

TOKEN = "123456:" + "A" * 30


@pytest.fixture(autouse=True)
def clean_env(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """No BOT_* variable of the machine's, and a working directory without a .env."""
    for name in list(os.environ):
        if name.upper().startswith("BOT_"):
            monkeypatch.delenv(name)
    monkeypatch.chdir(tmp_path)
    return tmp_path


def test_defaults_without_any_variable() -> None:
    s = load_settings()
    assert s.token is None
    assert (s.adapter, s.api_base, s.webhook_port, s.log_level) == (
        "ptb",
        "https://api.telegram.org",
        8080,
        "INFO",
    )
    assert s.health_port is None
    assert s.webhook_url is None
    assert s.db_key is None


def test_variables_are_read_and_typed(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("BOT_TOKEN", TOKEN)
    monkeypatch.setenv("BOT_ADAPTER", "aiogram")
    monkeypatch.setenv("BOT_API_BASE", "http://127.0.0.1:9000/")
    monkeypatch.setenv("BOT_DB", str(tmp_path / "x.db"))
    monkeypatch.setenv("BOT_WEBHOOK_PORT", " 8443 ")
    monkeypatch.setenv("BOT_SEND_RATE", "12.5")
    monkeypatch.setenv("BOT_COACH_CHAT_ID", "-1001")
    monkeypatch.setenv("bot_retention_days", "30")  # names are read whatever their case
    s = load_settings()
    assert s.token is not None
    assert s.token.get_secret_value() == TOKEN
    assert s.adapter == "aiogram"
    assert s.api_base == "http://127.0.0.1:9000"
    assert s.db == tmp_path / "x.db"
    assert s.db_path == tmp_path / "x.db"
    assert s.postgres is None
    assert (s.webhook_port, s.send_rate, s.coach_chat_id, s.retention_days) == (8443, 12.5, -1001, 30)


def test_dotenv_is_read_and_the_environment_wins(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    (tmp_path / ".env").write_text(
        "# a comment\n"
        "export BOT_ADAPTER=aiogram\n"
        'BOT_COACH_ABOUT="Sam # a coach"\n'
        "BOT_LOG_LEVEL=WARNING  # inline comment\n"
        "BOT_WEBHOOK_HOST = 0.0.0.0\n"
        "OTHER=ignored\n",
        encoding="utf-8",
    )
    monkeypatch.setenv("BOT_LOG_LEVEL", "DEBUG")
    s = load_settings()
    assert (s.adapter, s.coach_about, s.log_level, s.webhook_host) == (
        "aiogram",
        "Sam # a coach",
        "DEBUG",
        "0.0.0.0",
    )


def test_values_given_in_code_win_over_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("BOT_TOKEN", TOKEN)
    monkeypatch.setenv("BOT_ADAPTER", "aiogram")
    s = Settings(token=None)
    assert s.token is None
    assert s.adapter == "aiogram"
    with pytest.raises(TypeError, match="unknown settings: tokn"):
        Settings(tokn=None)


@pytest.mark.parametrize(
    ("name", "value", "said"),
    [
        ("BOT_ADAPTER", "telethon", "BOT_ADAPTER: must be ptb or aiogram, not 'telethon'"),
        ("BOT_API_BASE", "ftp://x", "BOT_API_BASE: must start with http:// or https://, not 'ftp://x'"),
        ("BOT_API_BASE", "", "BOT_API_BASE: must start with http:// or https://, not ''"),
        ("BOT_WEBHOOK_URL", "example.org", "BOT_WEBHOOK_URL: must start with http:// or https://"),
        ("BOT_WEBHOOK_PORT", "http", "BOT_WEBHOOK_PORT: must be a whole number from 1 to 65535, not 'http'"),
        ("BOT_WEBHOOK_PORT", "70000", "BOT_WEBHOOK_PORT: must be a whole number from 1 to 65535, not 70000"),
        ("BOT_HEALTH_PORT", "0", "BOT_HEALTH_PORT: must be a whole number from 1 to 65535, not 0"),
        ("BOT_COACH_CHAT_ID", "@coach", "BOT_COACH_CHAT_ID: must be a whole number, not '@coach'"),
        ("BOT_SEND_RATE", "fast", "BOT_SEND_RATE: must be a number above 0 and at most 100000, not 'fast'"),
        ("BOT_CHAT_RATE", "0", "BOT_CHAT_RATE: must be a number above 0 and at most 1000, not '0'"),
        ("BOT_CHAT_RATE", "nan", "BOT_CHAT_RATE: must be a number above 0 and at most 1000, not 'nan'"),
        ("BOT_RETENTION_DAYS", "0", "BOT_RETENTION_DAYS: must be a whole number of at least 1, not 0"),
        (
            "BOT_REMINDER_GRACE_MINUTES",
            "-5",
            "BOT_REMINDER_GRACE_MINUTES: must be a whole number of at least 0",
        ),
        ("BOT_LOG_LEVEL", "info", "BOT_LOG_LEVEL: must be one of DEBUG, INFO, WARNING, ERROR, not 'info'"),
        ("BOT_DB", "/no/such/folder/c.db", "BOT_DB: the folder /no/such/folder does not exist"),
    ],
)
def test_a_malformed_value_is_named_with_what_is_allowed(
    monkeypatch: pytest.MonkeyPatch, name: str, value: str, said: str
) -> None:
    monkeypatch.setenv(name, value)
    with pytest.raises(ConfigError) as info:
        load_settings()
    assert str(info.value).startswith(said), str(info.value)
    assert "\n" not in str(info.value)


@pytest.mark.parametrize(
    ("name", "value", "said"),
    [
        ("BOT_TOKEN", "12345:too-short-secret", "does not look like a bot token from @BotFather"),
        ("BOT_TOKEN", "abc:" + "s3cretvalue" * 3, "does not look like a bot token from @BotFather"),
        ("BOT_DB_KEY", " ", "is set but empty"),
        ("BOT_DB_KEY", "", "is set but empty"),
        ("BOT_WEBHOOK_SECRET", "has spaces in it", "must be 1-256 characters of A-Z, a-z, 0-9, _ and -"),
        ("BOT_WEBHOOK_SECRET", "x" * 257, "must be 1-256 characters"),
    ],
)
def test_a_malformed_secret_is_named_but_never_shown(
    monkeypatch: pytest.MonkeyPatch, name: str, value: str, said: str
) -> None:
    monkeypatch.setenv(name, value)
    with pytest.raises(ConfigError) as info:
        load_settings()
    assert str(info.value).startswith(f"{name}: {said}")
    assert value.strip() == "" or value not in str(info.value)


def test_empty_optional_values_mean_unset(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in (
        "BOT_TOKEN",
        "BOT_WEBHOOK_URL",
        "BOT_WEBHOOK_SECRET",
        "BOT_HEALTH_PORT",
        "BOT_COACH_CHAT_ID",
    ):
        monkeypatch.setenv(name, "")
    s = load_settings()
    assert (s.token, s.webhook_url, s.webhook_secret, s.health_port, s.coach_chat_id) == (None,) * 5


def test_secrets_stay_out_of_repr_and_str(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("BOT_TOKEN", TOKEN)
    monkeypatch.setenv("BOT_DB_KEY", "correct horse")
    monkeypatch.setenv("BOT_WEBHOOK_SECRET", "hook_s3cret")
    s = load_settings()
    shown = repr(s) + str(s) + repr(s.token) + str(s.db_key) + f"{s.webhook_secret}"
    for secret in (TOKEN, "correct horse", "hook_s3cret"):
        assert secret not in shown
    assert "**********" in repr(s.token)
    assert s.webhook_secret_value() == "hook_s3cret"
    assert s.db_key == Secret("correct horse")


def test_settings_are_frozen_and_replace_checks_again(tmp_path: Path) -> None:
    s = Settings(db=tmp_path / "a.db", token=None)
    with pytest.raises(FrozenInstanceError):
        s.adapter = "aiogram"  # type: ignore[misc]
    moved = replace(s, webhook_port=9000, db_key=Secret("k"))
    assert moved.webhook_port == 9000
    assert moved.db == tmp_path / "a.db"
    with pytest.raises(ConfigError, match="BOT_WEBHOOK_PORT"):
        replace(s, webhook_port=0)


def test_postgres_url_is_kept_as_text() -> None:
    s = load_settings(db="postgresql://candor@db.internal/candor")
    assert s.postgres == "postgresql://candor@db.internal/candor"
    with pytest.raises(ConfigError, match="BOT_DB: a PostgreSQL URL"):
        _ = s.db_path
    with pytest.raises(ConfigError, match="BOT_WEBHOOK_SECRET: required"):
        s.webhook_secret_value()
