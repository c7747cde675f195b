"""Crisis and domestic-violence lines by country, from ``locales/helplines.yaml``."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Literal

import yaml

from bot.engine.locales import DEFAULT_LOCALE
from bot.engine.schema import Problem, SchemaError, read


@dataclass(frozen=True, slots=True, kw_only=True)
class Line:
    kind: Literal["crisis", "domestic_violence", "sexual_violence", "youth", "lgbtq", "men"]
    name: str
    call: str | None = None
    sms: str | None = None
    sms_keyword: str | None = None  # a word to text, like START
    web: str | None = None  # a chat on the operator's site, for those who can't talk
    source: str  # the operator's page the entry was checked against
    checked: date  # when it was last checked there

    def __post_init__(self) -> None:
        if not (self.call or self.sms or self.web):
            raise ValueError(f"{self.name}: a line needs a number to call or text, or a chat")


@dataclass(frozen=True, slots=True, kw_only=True)
class Country:
    emergency: str
    lines: list[Line] = field(default_factory=list)


@dataclass(frozen=True, slots=True, kw_only=True)
class Helplines:
    directory: str
    countries: dict[str, Country]
    suggest: dict[str, list[str]]

    def __post_init__(self) -> None:
        for locale, codes in self.suggest.items():
            for code in codes:
                if code not in self.countries:
                    raise ValueError(f"suggest.{locale}: no lines for country {code}")

    @classmethod
    def load(cls, path: Path) -> Helplines:
        """Raises SchemaError (a ValueError) naming the file and each entry that is wrong."""
        source = f"{path.parent.name}/{path.name}"
        try:
            data = yaml.safe_load(path.read_text(encoding="utf-8"))
        except (yaml.YAMLError, ValueError) as exc:  # ValueError: a date such as 2026-13-01
            raise SchemaError([Problem((), f"not valid YAML: {exc}".replace("\n", " "))], source) from None
        return read(cls, data, source)

    def suggested(self, locale: str) -> list[str]:
        return list(self.suggest.get(locale, self.suggest.get(DEFAULT_LOCALE, [])))
