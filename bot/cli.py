"""``python -m bot``: serve Telegram, open the console chat, check or draw the flows."""

from __future__ import annotations

import argparse
import asyncio
import sys

from bot.config import ConfigError, Settings, load_settings
from bot.logs import setup_logging


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bot", description="Candor, a self-help companion.")
    sub = parser.add_subparsers(dest="command")
    sub.add_parser("run", help="serve Telegram with BOT_TOKEN, or open the console chat without it")
    sub.add_parser("console", help="open the console chat even without a terminal attached")
    sub.add_parser("check", help="validate every flow and locale; non-zero exit on a problem")
    graph = sub.add_parser("graph", help="print a flow as a Mermaid diagram")
    graph.add_argument("flow")
    sub.add_parser("health", help="exit 0 if the running bot answers on its health endpoint")
    train = sub.add_parser("train-safety", help="train the safety model from the development corpora")
    train.add_argument("--corpus", default=None, help="the corpus folder (default: tests/safety_corpus)")
    intent = sub.add_parser("train-intent", help="train the intent model from the intent development sets")
    intent.add_argument("--corpus", default=None, help="the corpus folder (default: tests/intent_corpus)")
    args = parser.parse_args(argv)

    try:
        settings = load_settings()
    except ConfigError as exc:
        print(f"candor: {exc}", file=sys.stderr)
        return 2
    setup_logging(settings)
    command = args.command or "run"
    if command == "check":
        from bot.checks import run_checks

        return run_checks(settings)
    if command == "graph":
        return _graph(settings, args.flow)
    if command == "health":
        return _health(settings)
    if command == "train-safety":
        return _train_safety(settings, args.corpus)
    if command == "train-intent":
        return _train_intent(settings, args.corpus)
    if command == "console" or (command == "run" and settings.token is None):
        if command == "run" and not sys.stdin.isatty():
            print(
                "candor: BOT_TOKEN is not set and no terminal is attached; set BOT_TOKEN to serve "
                "Telegram, or use `python -m bot console` for the console chat.",
                file=sys.stderr,
            )
            return 2
        return _run(_console(settings))
    return _run(_telegram(settings))


def _run(coro: object) -> int:
    from bot.store.sqlite import StoreError

    try:
        return asyncio.run(coro)  # type: ignore[arg-type]
    except (StoreError, ConfigError) as exc:
        print(f"candor: {exc}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        return 130


def _health(settings: Settings) -> int:
    import urllib.request

    port = settings.webhook_port if settings.webhook_url else settings.health_port
    if port is None:
        print(
            "candor: set BOT_HEALTH_PORT (polling) or BOT_WEBHOOK_URL for a health endpoint", file=sys.stderr
        )
        return 2
    import urllib.error

    try:
        with urllib.request.urlopen(f"http://127.0.0.1:{port}/healthz", timeout=3) as response:
            return 0 if response.status == 200 else 1
    except urllib.error.HTTPError as exc:  # 503: the reasons are in the body
        print(f"candor: {exc.read().decode('utf-8', 'replace').strip()}", file=sys.stderr)
        return 1
    except OSError as exc:
        print(f"candor: no answer on port {port} ({exc})", file=sys.stderr)
        return 1


def _train_safety(settings: Settings, corpus: str | None) -> int:
    from pathlib import Path

    from bot.config import PROJECT_ROOT
    from bot.engine.safety.training import train_all

    folder = Path(corpus) if corpus else PROJECT_ROOT / "tests" / "safety_corpus"
    locales = sorted(p.parent.name for p in settings.locales_dir.glob("*/safety.yaml"))
    for locale, counts in train_all(folder, settings.locales_dir, locales).items():
        print(locale, ", ".join(f"{k} {v}" for k, v in counts.items()))
    return 0


def _train_intent(settings: Settings, corpus: str | None) -> int:
    from pathlib import Path

    from bot.config import PROJECT_ROOT
    from bot.engine.intent.training import train_all

    folder = Path(corpus) if corpus else PROJECT_ROOT / "tests" / "intent_corpus"
    locales = sorted(p.parent.name for p in settings.locales_dir.glob("*/intent.yaml"))
    for locale, n in train_all(folder, settings.locales_dir, locales).items():
        print(f"{locale}: learned from {n} messages")
    return 0


def _graph(settings: Settings, flow: str) -> int:
    from bot.app import load_texts_and_flows
    from bot.graph import mermaid

    _, book = load_texts_and_flows(settings)
    if flow not in book:
        print(f"candor: no flow {flow!r}; flows: {', '.join(book.specs)}", file=sys.stderr)
        return 2
    sys.stdout.write(mermaid(book.specs[flow]))
    return 0


async def _console(settings: Settings) -> int:
    from bot.app import background, build_core, console_chat, load_content
    from bot.console.chat import terminal_language

    core = await build_core(settings, loaded=load_content(settings, eager=False))
    chat = console_chat(core, lang=terminal_language())
    stop = asyncio.Event()
    tasks = background(core, on_sent=chat.poke).start(stop)  # check-ins arrive here too
    try:
        await chat.run()
    finally:
        stop.set()
        await asyncio.gather(*tasks, return_exceptions=True)
        await core.close()
    return 0


async def _telegram(settings: Settings) -> int:
    from bot.service import serve

    return await serve(settings)
