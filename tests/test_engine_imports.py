"""The engine must stay transport-neutral: nothing of Telegram, SQLite or Fluent inside."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

FORBIDDEN = {"telegram", "aiogram", "aiosqlite", "sqlite3", "sqlcipher3", "fluent", "httpx", "aiohttp"}
ENGINE = Path(__file__).resolve().parent.parent / "bot" / "engine"


def _imports(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    found: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found |= {alias.name.split(".")[0] for alias in node.names}
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            found.add(node.module.split(".")[0])
            if node.module.startswith("bot.") and not node.module.startswith("bot.engine"):
                found.add(node.module)
    return found


def test_engine_sources_import_no_transport_storage_or_fluent() -> None:
    files = sorted(ENGINE.rglob("*.py"))
    assert files
    for path in files:
        imports = _imports(path)
        bad = imports & FORBIDDEN
        outside = {m for m in imports if m.startswith("bot.")}
        assert not bad, f"{path.relative_to(ENGINE.parent.parent)} imports {sorted(bad)}"
        assert not outside, f"{path.relative_to(ENGINE.parent.parent)} imports {sorted(outside)}"


def test_importing_the_engine_loads_none_of_them() -> None:
    code = (
        "import sys, pkgutil, importlib, bot.engine\n"
        "for m in pkgutil.walk_packages(bot.engine.__path__, 'bot.engine.'):\n"
        "    importlib.import_module(m.name)\n"
        f"bad = sorted(m for m in sys.modules if m.split('.')[0] in {sorted(FORBIDDEN)!r})\n"
        "print(','.join(bad))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == ""
