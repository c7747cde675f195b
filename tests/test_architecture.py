"""The shape of the code, as docs/architecture.md draws it: which package may import which,
and where each outside library may appear. Parsed from the sources, so a new import that
breaks the shape fails here, not in review."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

BOT = Path(__file__).resolve().parent.parent / "bot"

# Each package of bot/ (or top-level module) and the packages of bot/ it may import.
# The composition root (app) and the entry points (cli, service, __main__) may import anything.
MAY_IMPORT: dict[str, set[str]] = {
    "engine": set(),
    "config": set(),
    "logs": {"config"},
    "i18n": {"engine"},
    "store": {"engine"},
    "runtime": {"engine", "store"},
    "delivery": {"engine", "i18n", "store"},
    "telegram": {"delivery", "engine", "store"},
    "console": {"engine", "i18n", "store"},
    "graph": {"engine"},
    "checks": {"app", "config", "engine", "i18n"},
    "http_guard": set(),  # the web server's header timeout and connection cap (service uses it)
}
ROOTS = {"app", "service", "cli", "__main__"}

# Outside libraries that belong to one part only.
LIBRARIES = {
    "telegram": {"telegram"},  # python-telegram-bot
    "aiogram": {"telegram"},
    "aiohttp": {"telegram", "service", "http_guard"},
    "aiosqlite": {"store"},
    "sqlite3": {"store"},
    "sqlcipher3": {"app"},
    "psycopg": {"store"},
    "psycopg_pool": {"store"},
    "fluent": {"i18n"},
    "transitions": {"engine"},
    "prometheus_client": {"service"},
}


def _part(path: Path) -> str:
    rel = path.relative_to(BOT)
    return rel.parts[0] if len(rel.parts) > 1 else rel.stem


def _imports(path: Path) -> set[str]:
    found: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"), filename=str(path))):
        if isinstance(node, ast.Import):
            found |= {alias.name for alias in node.names}
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            found.add(node.module)
    return found


def _violations() -> list[str]:
    bad = []
    for path in sorted(BOT.rglob("*.py")):
        part = _part(path)
        for module in _imports(path):
            top = module.split(".")[0]
            if top == "bot" and "." in module:
                target = module.split(".")[1]
                if target != part and part not in ROOTS and target not in MAY_IMPORT.get(part, set()):
                    bad.append(f"{path.relative_to(BOT.parent)} imports {module}")
            elif top in LIBRARIES and part not in LIBRARIES[top]:
                bad.append(f"{path.relative_to(BOT.parent)} imports {top}")
    return bad


def test_every_part_of_bot_is_listed() -> None:
    parts = {_part(p) for p in BOT.rglob("*.py")} - {"__init__"}
    assert parts <= set(MAY_IMPORT) | ROOTS, sorted(parts - set(MAY_IMPORT) - ROOTS)


def test_imports_follow_the_shape() -> None:
    assert _violations() == []


def test_importing_the_engine_loads_no_transport_storage_or_fluent() -> None:
    code = (
        "import sys, pkgutil, importlib, bot.engine\n"
        "for m in pkgutil.walk_packages(bot.engine.__path__, 'bot.engine.'):\n"
        "    importlib.import_module(m.name)\n"
        "print(','.join(sorted(m for m in sys.modules if m.split('.')[0] in "
        "{'telegram', 'aiogram', 'aiohttp', 'aiosqlite', 'sqlite3', 'sqlcipher3', 'fluent'})))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == ""


def test_delivery_loads_no_platform_library() -> None:
    code = (
        "import sys, pkgutil, importlib, bot.delivery\n"
        "for m in pkgutil.walk_packages(bot.delivery.__path__, 'bot.delivery.'):\n"
        "    importlib.import_module(m.name)\n"
        "print(','.join(sorted(m for m in sys.modules if m.split('.')[0] in {'telegram', 'aiogram'})))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == ""


def test_the_engine_dispatches_and_names_no_feature() -> None:
    """Features register with the engine (bot/engine/features.py); engine.py imports none."""
    features = (
        "bot.engine.pairing",
        "bot.engine.reminders",
        "bot.engine.privacy",
        "bot.engine.safety.screens",
    )
    imports = _imports(BOT / "engine" / "engine.py")
    assert not [m for m in imports if m.startswith(features)]
