"""Start-up refuses clearly what would go wrong quietly: a second process on one SQLite
database, a database folder that does not exist, an empty encryption key."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from bot.store.sqlite import SqliteStore, StoreError

ROOT = Path(__file__).resolve().parent.parent


def _bot(*args: str, env: dict[str, str], stdin: int | None = subprocess.DEVNULL) -> subprocess.Popen[str]:
    clean = {k: v for k, v in os.environ.items() if not k.startswith("BOT_")}
    return subprocess.Popen(
        [sys.executable, "-m", "bot", *args],
        cwd=ROOT,
        env={**clean, **env},
        stdin=stdin,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


async def test_one_store_per_database_file(tmp_path: Path) -> None:
    first = await SqliteStore.open(tmp_path / "candor.db")
    with pytest.raises(StoreError, match="in use by another Candor process"):
        await SqliteStore.open(tmp_path / "candor.db")
    await first.close()
    again = await SqliteStore.open(tmp_path / "candor.db")  # released on close
    await again.close()


def test_a_second_process_on_the_same_database_refuses_with_one_line(tmp_path: Path) -> None:
    env = {"BOT_DB": str(tmp_path / "candor.db")}
    first = _bot("console", env=env, stdin=subprocess.PIPE)
    try:
        assert first.stdout is not None
        first.stdout.readline()  # the banner: the database is open
        second = _bot("console", env=env)
        _, err = second.communicate(timeout=60)
        assert second.returncode == 2
        assert err.strip().splitlines() == [
            f"candor: BOT_DB {tmp_path / 'candor.db'} is in use by another Candor process; run one "
            "process per SQLite database (several processes share a PostgreSQL database instead)"
        ]
    finally:
        first.communicate("", timeout=60)


@pytest.mark.parametrize(
    ("env", "said"),
    [
        ({"BOT_DB": "/no/such/folder/candor.db"}, "the folder /no/such/folder does not exist"),
        ({"BOT_DB_KEY": " "}, "BOT_DB_KEY: is set but empty"),
    ],
)
def test_a_mistake_in_the_database_settings_is_named(tmp_path: Path, env: dict[str, str], said: str) -> None:
    bot = _bot("console", env={"BOT_DB": str(tmp_path / "c.db"), **env})
    _, err = bot.communicate(timeout=60)
    assert bot.returncode == 2
    assert said in err
    assert "Traceback" not in err
    assert not Path("/no/such/folder").exists()
