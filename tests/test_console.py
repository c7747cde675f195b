"""The console chat: the same engine in a terminal, and the two commands the README gives."""

from __future__ import annotations

import io
import os
import subprocess
import sys
from pathlib import Path

from bot.app import Core, console_chat
from bot.config import PROJECT_ROOT
from bot.console.chat import parse_line, terminal_language
from bot.engine.events import ButtonIn, CommandIn, TextIn

ROOT = Path(__file__).resolve().parent.parent


def test_parse_line() -> None:
    tokens = ["a", "b"]
    assert parse_line("/start abc\n", 0, tokens, None) == CommandIn(user_id=0, name="start", args="abc")
    assert parse_line("/menu@candor_bot", 0, tokens, None) == CommandIn(user_id=0, name="menu")
    assert parse_line("2", 0, tokens, None) == ButtonIn(user_id=0, token="b")
    assert parse_line("3", 0, tokens, None) == TextIn(user_id=0, text="3")
    assert parse_line("hello there\n", 0, tokens, None) == TextIn(user_id=0, text="hello there")
    assert parse_line("   \n", 0, tokens, None) is None


def _scripted(lines: list[str]):  # type: ignore[no-untyped-def]
    feed = iter(lines)

    async def read() -> str:
        return next(feed, "")

    return read


# Menu after consent: "start here" first, then the dealbreaker. Then through the check to the reading.
WALK = ["1", "2", "1", "1", "4", "1", "1", "1", "1", "1", "1", "2"]  # the safety question is fourth


async def test_a_person_can_finish_the_dealbreaker_check(sqlite_core: Core) -> None:
    out = io.StringIO()
    await console_chat(sqlite_core, out=out, read_line=_scripted(WALK)).run()
    text = out.getvalue()
    assert "I'm an automated self-help tool" in text
    assert "What pointed toward workable:" in text  # the folded reasons, in full
    assert "tend to be workable" in text
    assert "Goodbye" in text


async def test_the_console_picks_up_where_it_left_off(sqlite_core: Core) -> None:
    out = io.StringIO()
    await console_chat(sqlite_core, out=out, read_line=_scripted(["1", "2", "1"])).run()
    out2 = io.StringIO()
    await console_chat(sqlite_core, out=out2, read_line=_scripted(["2"])).run()
    assert "Continue: Is this workable" in out2.getvalue()
    assert "Picking up where you left off" in out2.getvalue()


def test_terminal_language() -> None:
    assert terminal_language({"LANG": "es_ES.UTF-8"}) == "es-ES"
    assert terminal_language({"LC_ALL": "pt_BR.UTF-8", "LANG": "en_US.UTF-8"}) == "pt-BR"
    assert terminal_language({"LC_MESSAGES": "ru_RU@euro"}) == "ru-RU"
    assert terminal_language({"LANG": "C.UTF-8"}) is None
    assert terminal_language({}) is None


async def test_the_console_speaks_the_terminals_language_until_one_is_chosen(sqlite_core: Core) -> None:
    out = io.StringIO()
    await console_chat(sqlite_core, out=out, read_line=_scripted([]), lang="es-ES").run()
    text = out.getvalue()
    assert text.startswith("Chat de consola de Candor")
    assert "Hasta pronto" in text
    # the stored choice wins over the terminal's language
    await sqlite_core.store.run(0, lambda tx: tx.save(_with_locale(tx.load(), "ru")))
    out = io.StringIO()
    await console_chat(sqlite_core, out=out, read_line=_scripted([]), lang="es-ES").run()
    assert out.getvalue().startswith("Консольный чат Candor")


def _with_locale(person, locale: str):  # type: ignore[no-untyped-def]
    person.locale = locale
    person.prefs["lc"] = 1  # chosen with /language
    return person


def _env(tmp_path: Path) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("BOT_", "LC_", "LANG"))}
    env["BOT_DB"] = str(tmp_path / "console.db")
    env["LC_ALL"] = "C.UTF-8"  # English, whatever the machine's language
    # This checkout's code, even where the interpreter's environment has another one installed.
    env["PYTHONPATH"] = str(PROJECT_ROOT)
    return env


def test_console_subprocess_walks_the_check(tmp_path: Path) -> None:
    result = subprocess.run(
        [sys.executable, "-m", "bot", "console"],
        input="\n".join(WALK) + "\n",
        capture_output=True,
        text=True,
        cwd=tmp_path,
        env=_env(tmp_path),
        timeout=60,
    )
    assert result.returncode == 0, result.stderr
    assert "What pointed toward workable:" in result.stdout  # folded on Telegram, in full here
    assert (tmp_path / "console.db").exists()


def test_no_token_and_no_terminal_stops_with_one_clear_line(tmp_path: Path) -> None:
    result = subprocess.run(
        [sys.executable, "-m", "bot"],
        stdin=subprocess.DEVNULL,
        capture_output=True,
        text=True,
        cwd=tmp_path,
        env=_env(tmp_path),
        timeout=60,
    )
    assert result.returncode == 2
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1
    assert "BOT_TOKEN is not set and no terminal is attached" in lines[0]


def test_malformed_setting_stops_with_one_line_naming_it(tmp_path: Path) -> None:
    for name, value in (
        ("BOT_TOKEN", "not-a-token"),
        ("BOT_ADAPTER", "telethon"),
        ("BOT_WEBHOOK_PORT", "http"),
        ("BOT_API_BASE", "ftp://x"),
    ):
        env = {**_env(tmp_path), name: value}
        result = subprocess.run(
            [sys.executable, "-m", "bot", "check"],
            capture_output=True,
            text=True,
            cwd=ROOT,
            env=env,
            timeout=60,
        )
        assert result.returncode == 2, name
        lines = result.stderr.strip().splitlines()
        assert len(lines) == 1, result.stderr
        assert lines[0].startswith(f"candor: {name}:"), lines[0]
        assert value not in lines[0] or name != "BOT_TOKEN"


def test_graph_prints_mermaid(tmp_path: Path) -> None:
    result = subprocess.run(
        [sys.executable, "-m", "bot", "graph", "dealbreaker"],
        capture_output=True,
        text=True,
        cwd=ROOT,
        env=_env(tmp_path),
        timeout=60,
    )
    assert result.returncode == 0
    assert result.stdout.startswith("stateDiagram-v2")
    assert "response --> not_raised: not_raised" in result.stdout
    assert "reading --> [*]" in result.stdout
    bad = subprocess.run(
        [sys.executable, "-m", "bot", "graph", "nope"],
        capture_output=True,
        text=True,
        cwd=ROOT,
        env=_env(tmp_path),
        timeout=60,
    )
    assert bad.returncode == 2
