"""Configuration from environment variables (and an optional ``.env`` file)."""

from __future__ import annotations

from pathlib import Path
from typing import Literal

from platformdirs import user_data_dir
from pydantic import Field, SecretStr, ValidationError, field_validator
from pydantic_settings import BaseSettings, SettingsConfigDict

PROJECT_ROOT = Path(__file__).resolve().parent.parent
POSTGRES_SCHEMES = ("postgresql://", "postgres://")


def default_db_path() -> Path:
    return Path(user_data_dir("candor", appauthor=False)) / "candor.db"


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="BOT_", env_file=".env", extra="ignore")

    token: SecretStr | None = None
    adapter: Literal["ptb", "aiogram"] = "ptb"
    api_base: str = "https://api.telegram.org"
    db: Path | str = Field(default_factory=default_db_path)  # a file path, or postgresql://...
    db_key: SecretStr | None = None
    webhook_url: str | None = None
    webhook_secret: SecretStr | None = None
    webhook_host: str = "127.0.0.1"
    webhook_port: int = Field(default=8080, ge=1, le=65535)
    health_port: int | None = Field(default=None, ge=1, le=65535)
    coach_chat_id: int | None = None
    coach_about: str | None = None
    send_rate: float = Field(default=25.0, gt=0, le=100_000)
    chat_rate: float = Field(default=1.0, gt=0, le=1000)
    retention_days: int = Field(default=90, ge=1)
    reminder_grace_minutes: int = Field(default=120, ge=0)
    log_level: Literal["DEBUG", "INFO", "WARNING", "ERROR"] = "INFO"
    flows_dir: Path = PROJECT_ROOT / "flows"
    locales_dir: Path = PROJECT_ROOT / "locales"

    @field_validator("token")
    @classmethod
    def _token_shape(cls, value: SecretStr | None) -> SecretStr | None:
        if value is None or not value.get_secret_value():
            return None
        raw = value.get_secret_value()
        head, _, tail = raw.partition(":")
        if not head.isdigit() or len(tail) < 20:
            raise ValueError("does not look like a bot token from @BotFather (digits:secret)")
        return value

    @field_validator("api_base", "webhook_url")
    @classmethod
    def _url_shape(cls, value: str | None) -> str | None:
        if value is None or value == "":
            return None
        if not value.startswith(("http://", "https://")):
            raise ValueError("must start with http:// or https://")
        return value.rstrip("/")

    @field_validator("db_key")
    @classmethod
    def _key_given(cls, value: SecretStr | None) -> SecretStr | None:
        if value is not None and not value.get_secret_value().strip():
            raise ValueError("is set but empty: give the database's key, or unset it for no encryption")
        return value

    @field_validator("db", mode="before")
    @classmethod
    def _db_folder(cls, value: object) -> Path | str:
        if isinstance(value, str) and value.startswith(POSTGRES_SCHEMES):
            return value  # checked when connecting: the error then says what the server said
        path = Path(str(value))
        # The default folder is created on first run; a folder someone typed must exist, so a
        # mistyped path fails here instead of quietly starting an empty database.
        if path != default_db_path() and not path.parent.is_dir():
            raise ValueError(f"the folder {path.parent} does not exist (check the path, or create it)")
        return path

    @property
    def postgres(self) -> str | None:
        """The PostgreSQL URL when BOT_DB is one (several workers may share it)."""
        return self.db if isinstance(self.db, str) else None

    @property
    def db_path(self) -> Path:
        """The SQLite file (only when BOT_DB is not a PostgreSQL URL)."""
        if isinstance(self.db, str):
            raise ConfigError("BOT_DB: a PostgreSQL URL, not an SQLite file")
        return self.db

    @field_validator("webhook_secret")
    @classmethod
    def _secret_shape(cls, value: SecretStr | None) -> SecretStr | None:
        if value is None or not value.get_secret_value():
            return None
        raw = value.get_secret_value()
        allowed = set("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-")
        if not 1 <= len(raw) <= 256 or not set(raw) <= allowed:
            raise ValueError("must be 1-256 characters of A-Z, a-z, 0-9, _ and -")
        return value

    def webhook_secret_value(self) -> str:
        if self.webhook_secret is None:
            raise ConfigError("BOT_WEBHOOK_SECRET: required when BOT_WEBHOOK_URL is set")
        return self.webhook_secret.get_secret_value()


class ConfigError(Exception):
    """A setting is missing or malformed; the message is one line naming it."""


def load_settings(**overrides: object) -> Settings:
    try:
        return Settings(**overrides)  # type: ignore[arg-type]
    except ValidationError as exc:
        err = exc.errors()[0]
        name = "BOT_" + str(err["loc"][0]).upper() if err["loc"] else "configuration"
        message = str(err["msg"]).removeprefix("Value error, ")  # pydantic's prefix says nothing
        raise ConfigError(f"{name}: {message}") from None
