"""Configuration from environment variables (and an optional ``.env`` file)."""

from __future__ import annotations

import os
from collections.abc import Callable
from dataclasses import dataclass, field, fields
from pathlib import Path
from typing import Any, Literal, get_args

from platformdirs import user_data_dir

PROJECT_ROOT = Path(__file__).resolve().parent.parent
POSTGRES_SCHEMES = ("postgresql://", "postgres://")
PREFIX = "BOT_"
Adapter = Literal["ptb", "aiogram"]
LogLevel = Literal["DEBUG", "INFO", "WARNING", "ERROR"]


def default_db_path() -> Path:
    return Path(user_data_dir("candor", appauthor=False)) / "candor.db"


class ConfigError(Exception):
    """A setting is missing or malformed; the message is one line naming it."""


class Secret:
    """A string kept out of repr, str and logs; ``get_secret_value()`` reads it."""

    __slots__ = ("_value",)

    def __init__(self, value: str) -> None:
        self._value = value

    def get_secret_value(self) -> str:
        return self._value

    def __repr__(self) -> str:
        return "Secret('**********')"

    def __str__(self) -> str:
        return "**********"

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Secret) and other._value == self._value

    def __hash__(self) -> int:
        return hash(self._value)


# -- each setting's reader: a value from the environment (text) or from code, checked -----
# A reader returns the value or raises ValueError saying what is allowed. Errors about a
# secret never repeat it.

Reader = Callable[[object], Any]


def _text(value: object) -> str:
    if not isinstance(value, str):
        raise ValueError(f"must be text, not {value!r}")
    return value


def _optional(reader: Reader) -> Reader:
    """Unset when absent or empty (BOT_DB_KEY alone refuses an empty value)."""
    return lambda value: None if value is None or value == "" else reader(value)


def _one_of(*allowed: str) -> Reader:
    said = " or ".join(allowed) if len(allowed) == 2 else "one of " + ", ".join(allowed)

    def read(value: object) -> str:
        if value not in allowed:
            raise ValueError(f"must be {said}, not {value!r}")
        return value  # type: ignore[return-value]

    return read


def _whole(low: int | None = None, high: int | None = None) -> Reader:
    span = f" from {low} to {high}" if high is not None else f" of at least {low}" if low is not None else ""

    def read(value: object) -> int:
        number = value
        if isinstance(value, str):
            try:
                number = int(value.strip())
            except ValueError:
                number = None
        if not isinstance(number, int) or isinstance(number, bool):
            raise ValueError(f"must be a whole number{span}, not {value!r}")
        if (low is not None and number < low) or (high is not None and number > high):
            raise ValueError(f"must be a whole number{span}, not {number}")
        return number

    return read


def _rate(most: float) -> Reader:
    def read(value: object) -> float:
        try:
            number = float(value) if isinstance(value, int | float | str) else None
        except ValueError:
            number = None
        if number is None or isinstance(value, bool) or not 0 < number <= most:
            raise ValueError(f"must be a number above 0 and at most {most:g}, not {value!r}")
        return number

    return read


def _path(value: object) -> Path:
    if not isinstance(value, str | os.PathLike):
        raise ValueError(f"must be a path, not {value!r}")
    return Path(value)


def _url(value: object) -> str:
    text = _text(value)
    if not text.startswith(("http://", "https://")):
        raise ValueError(f"must start with http:// or https://, not {text!r}")
    return text.rstrip("/")


def _db(value: object) -> Path | str:
    if isinstance(value, str) and value.startswith(POSTGRES_SCHEMES):
        return value  # checked when connecting: the error then says what the server said
    path = _path(value)
    # The default folder is created on first run; a folder someone typed must exist, so a
    # mistyped path fails here instead of quietly starting an empty database.
    if path != default_db_path() and not path.parent.is_dir():
        raise ValueError(f"the folder {path.parent} does not exist (check the path, or create it)")
    return path


def _secret_text(value: object) -> str:
    if isinstance(value, Secret):
        return value.get_secret_value()
    if not isinstance(value, str):
        raise ValueError("must be text")
    return value


def _token(value: object) -> Secret:
    raw = _secret_text(value)
    head, _, tail = raw.partition(":")
    if not head.isdigit() or len(tail) < 20:
        raise ValueError("does not look like a bot token from @BotFather (digits:secret)")
    return Secret(raw)


def _db_key(value: object) -> Secret | None:
    if value is None:
        return None
    raw = _secret_text(value)
    if not raw.strip():
        raise ValueError("is set but empty: give the database's key, or unset it for no encryption")
    return Secret(raw)


_WEBHOOK_SECRET_CHARS = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-")


def _webhook_secret(value: object) -> Secret:
    raw = _secret_text(value)
    if len(raw) > 256 or not set(raw) <= _WEBHOOK_SECRET_CHARS:
        raise ValueError("must be 1-256 characters of A-Z, a-z, 0-9, _ and -")
    return Secret(raw)


@dataclass(frozen=True, slots=True, init=False)
class Settings:
    """Every setting: ``BOT_<NAME>`` from the environment, else from ``.env`` in the working
    directory, else the default here. Names given to ``Settings(name=value)`` win over both
    (tests use that). A malformed value raises ConfigError naming its variable."""

    token: Secret | None = field(default=None, metadata={"read": _optional(_token)})
    adapter: Adapter = field(default="ptb", metadata={"read": _one_of(*get_args(Adapter))})
    api_base: str = field(default="https://api.telegram.org", metadata={"read": _url})
    # a file path, or postgresql://...
    db: Path | str = field(default_factory=default_db_path, metadata={"read": _db})
    db_key: Secret | None = field(default=None, metadata={"read": _db_key})
    webhook_url: str | None = field(default=None, metadata={"read": _optional(_url)})
    webhook_secret: Secret | None = field(default=None, metadata={"read": _optional(_webhook_secret)})
    webhook_host: str = field(default="127.0.0.1", metadata={"read": _text})
    webhook_port: int = field(default=8080, metadata={"read": _whole(1, 65535)})
    health_port: int | None = field(default=None, metadata={"read": _optional(_whole(1, 65535))})
    coach_chat_id: int | None = field(default=None, metadata={"read": _optional(_whole())})
    coach_about: str | None = field(default=None, metadata={"read": _optional(_text)})
    send_rate: float = field(default=25.0, metadata={"read": _rate(100_000)})
    chat_rate: float = field(default=1.0, metadata={"read": _rate(1000)})
    retention_days: int = field(default=90, metadata={"read": _whole(1)})
    reminder_grace_minutes: int = field(default=120, metadata={"read": _whole(0)})
    log_level: LogLevel = field(default="INFO", metadata={"read": _one_of(*get_args(LogLevel))})
    flows_dir: Path = field(default=PROJECT_ROOT / "flows", metadata={"read": _path})
    locales_dir: Path = field(default=PROJECT_ROOT / "locales", metadata={"read": _path})

    def __init__(self, **given: object) -> None:
        unknown = set(given) - {f.name for f in fields(self)}
        if unknown:
            raise TypeError(f"unknown settings: {', '.join(sorted(unknown))}")
        env = {**_dotenv(Path(".env")), **{k.upper(): v for k, v in os.environ.items()}}
        for f in fields(self):
            variable = PREFIX + f.name.upper()
            if f.name in given or variable in env:
                raw = given[f.name] if f.name in given else env[variable]
                try:
                    value = f.metadata["read"](raw)
                except ValueError as exc:
                    raise ConfigError(f"{variable}: {exc}") from None
            else:
                value = f.default_factory() if callable(f.default_factory) else f.default
            object.__setattr__(self, f.name, value)

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

    def webhook_secret_value(self) -> str:
        if self.webhook_secret is None:
            raise ConfigError("BOT_WEBHOOK_SECRET: required when BOT_WEBHOOK_URL is set")
        return self.webhook_secret.get_secret_value()


def load_settings(**overrides: object) -> Settings:
    """The settings from the environment; raises ConfigError naming the first bad one."""
    return Settings(**overrides)


def _dotenv(path: Path) -> dict[str, str]:
    """``KEY=value`` lines of a .env file: ``export`` and ``#`` comments allowed, a value
    may be quoted (its quotes removed, nothing inside unescaped)."""
    try:
        text = path.read_text(encoding="utf-8")
    except OSError:
        return {}
    values: dict[str, str] = {}
    for line in text.splitlines():
        key, sep, value = line.strip().removeprefix("export ").partition("=")
        if not sep or key.startswith("#"):
            continue
        value = value.strip()
        if value[:1] in ("'", '"') and value.find(value[0], 1) > 0:
            value = value[1 : value.find(value[0], 1)]
        else:
            value = value.split(" #", 1)[0].rstrip()
        values[key.strip().upper()] = value
    return values
