"""Finding a person's time zone: likely ones from their language, or what they type."""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache
from zoneinfo import available_timezones

from bot.engine.locales import DEFAULT_LOCALE
from bot.engine.reminders.schedule import is_zone

SUGGESTED = {
    "en": (
        "Europe/London",
        "America/New_York",
        "America/Chicago",
        "America/Los_Angeles",
        "Australia/Sydney",
        "Asia/Kolkata",
    ),
    "es": (
        "Europe/Madrid",
        "America/Mexico_City",
        "America/Bogota",
        "America/Argentina/Buenos_Aires",
        "America/Lima",
        "America/Santiago",
    ),
    "pt": ("America/Sao_Paulo", "America/Manaus", "America/Recife", "Europe/Lisbon"),
    "ru": (
        "Europe/Moscow",
        "Europe/Samara",
        "Asia/Yekaterinburg",
        "Asia/Novosibirsk",
        "Asia/Vladivostok",
        "Asia/Almaty",
    ),
}

# Cities people name that are not themselves zone names.
ALIASES = {
    "san francisco": "America/Los_Angeles",
    "seattle": "America/Los_Angeles",
    "boston": "America/New_York",
    "washington": "America/New_York",
    "miami": "America/New_York",
    "atlanta": "America/New_York",
    "houston": "America/Chicago",
    "dallas": "America/Chicago",
    "austin": "America/Chicago",
    "montreal": "America/Toronto",
    "ottawa": "America/Toronto",
    "manchester": "Europe/London",
    "edinburgh": "Europe/London",
    "glasgow": "Europe/London",
    "birmingham": "Europe/London",
    "barcelona": "Europe/Madrid",
    "valencia": "Europe/Madrid",
    "sevilla": "Europe/Madrid",
    "seville": "Europe/Madrid",
    "guadalajara": "America/Mexico_City",
    "monterrey": "America/Monterrey",
    "medellin": "America/Bogota",
    "cali": "America/Bogota",
    "quito": "America/Guayaquil",
    "rio": "America/Sao_Paulo",
    "rio de janeiro": "America/Sao_Paulo",
    "brasilia": "America/Sao_Paulo",
    "belo horizonte": "America/Sao_Paulo",
    "porto alegre": "America/Sao_Paulo",
    "curitiba": "America/Sao_Paulo",
    "salvador": "America/Bahia",
    "porto": "Europe/Lisbon",
    "saint petersburg": "Europe/Moscow",
    "st petersburg": "Europe/Moscow",
    "petersburg": "Europe/Moscow",
    "kazan": "Europe/Moscow",
    "nizhny novgorod": "Europe/Moscow",
    "sochi": "Europe/Moscow",
    "ekaterinburg": "Asia/Yekaterinburg",
    "kiev": "Europe/Kyiv",
    "delhi": "Asia/Kolkata",
    "new delhi": "Asia/Kolkata",
    "mumbai": "Asia/Kolkata",
    "bangalore": "Asia/Kolkata",
    "bengaluru": "Asia/Kolkata",
    "melbourne": "Australia/Melbourne",
    "москва": "Europe/Moscow",
    "санкт петербург": "Europe/Moscow",
    "питер": "Europe/Moscow",
    "екатеринбург": "Asia/Yekaterinburg",
    "новосибирск": "Asia/Novosibirsk",
    "казань": "Europe/Moscow",
    "самара": "Europe/Samara",
    "владивосток": "Asia/Vladivostok",
    "алматы": "Asia/Almaty",
    "киев": "Europe/Kyiv",
    "минск": "Europe/Minsk",
    "sao paulo": "America/Sao_Paulo",
    "ciudad de mexico": "America/Mexico_City",
    "cdmx": "America/Mexico_City",
    "mexico": "America/Mexico_City",
    "lisboa": "Europe/Lisbon",
    "londres": "Europe/London",
    "nueva york": "America/New_York",
    "nova york": "America/New_York",
    "bogota": "America/Bogota",
    "buenos aires": "America/Argentina/Buenos_Aires",
}

_OFFSET = re.compile(r"^(?:utc|gmt)?\s*([+-])\s*(\d{1,2})(?::?00)?$")


def _key(text: str) -> str:
    folded = unicodedata.normalize("NFKD", text.lower().replace("ё", "е"))
    folded = "".join(c for c in folded if not unicodedata.combining(c))
    return re.sub(r"[\s_\-.,]+", " ", folded).strip()


@lru_cache(maxsize=1)
def _by_city() -> dict[str, str]:
    table: dict[str, str] = {}
    for name in sorted(available_timezones()):
        if "/" not in name or name.startswith(("Etc/", "SystemV/", "US/")):
            continue
        table.setdefault(_key(name.rsplit("/", 1)[1]), name)
    for city, name in ALIASES.items():
        table[_key(city)] = name
    return table


def suggested(locale: str) -> tuple[str, ...]:
    return SUGGESTED.get(locale, SUGGESTED[DEFAULT_LOCALE])


def find_zone(text: str) -> str | None:
    """An IANA zone for what a person typed: a zone name, a city, or an offset like UTC+3."""
    raw = text.strip()
    if not raw or len(raw) > 60:
        return None
    for candidate in (raw, raw.replace(" ", "_")):
        if "/" in candidate and is_zone(candidate):
            return candidate
    lowered = raw.lower().replace(" ", "")
    if lowered in ("utc", "gmt", "z"):
        return "UTC"
    match = _OFFSET.match(lowered)
    if match:
        sign, hours = match.groups()
        if int(hours) <= 14:
            # Etc/GMT zones count westward: UTC+3 is Etc/GMT-3.
            return f"Etc/GMT{'-' if sign == '+' else '+'}{int(hours)}" if int(hours) else "UTC"
    key = _key(raw)
    table = _by_city()
    if key in table:
        return table[key]
    for part in reversed(key.split(" ")):  # "I live in Lisbon" -> "lisbon"
        if len(part) >= 4 and part in table:
            return table[part]
    return None
