"""Crisis and domestic-violence lines by country, from ``locales/helplines.yaml``."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Literal

import yaml
from pydantic import BaseModel, ConfigDict, Field, model_validator

from bot.engine.locales import DEFAULT_LOCALE


class Line(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    kind: Literal["crisis", "domestic_violence", "sexual_violence", "youth", "lgbtq", "men"]
    name: str
    call: str | None = None
    sms: str | None = None
    sms_keyword: str | None = None  # a word to text, like START
    web: str | None = None  # a chat on the operator's site, for those who can't talk
    source: str  # the operator's page the entry was checked against
    checked: date  # when it was last checked there

    @model_validator(mode="after")
    def _reachable(self) -> Line:
        if not (self.call or self.sms or self.web):
            raise ValueError(f"{self.name}: a line needs a number to call or text, or a chat")
        return self


class Country(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    emergency: str
    lines: list[Line] = Field(default_factory=list)


class Helplines(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    directory: str
    countries: dict[str, Country]
    suggest: dict[str, list[str]]

    @model_validator(mode="after")
    def _known(self) -> Helplines:
        for locale, codes in self.suggest.items():
            for code in codes:
                if code not in self.countries:
                    raise ValueError(f"suggest.{locale}: no lines for country {code}")
        return self

    @classmethod
    def load(cls, path: Path) -> Helplines:
        return cls.model_validate(yaml.safe_load(path.read_text(encoding="utf-8")))

    def suggested(self, locale: str) -> list[str]:
        return list(self.suggest.get(locale, self.suggest.get(DEFAULT_LOCALE, [])))
