"""The /export file: the person's data as stored, with each field explained in their language."""

from __future__ import annotations

import json
from datetime import UTC, datetime

from bot.engine.outbound import Export, Text
from bot.i18n.translator import Translator


def render_export(translator: Translator, locale: str, export: Export, now: datetime | None = None) -> str:
    moment = (now or datetime.now(UTC)).strftime("%Y-%m-%dT%H:%M:%SZ")
    meanings = {
        text.id.removeprefix("export-field-"): translator.render(locale, text) for text in export.meanings()
    }
    document = {
        "candor_export": {
            "created": moment,
            "about": translator.render(locale, Text("export-about")),
        },
        "meanings": {key.replace("-", ".", 1): value for key, value in meanings.items()},
        "data": export.tables,
    }
    return json.dumps(document, ensure_ascii=False, indent=2, default=str)
