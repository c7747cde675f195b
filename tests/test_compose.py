"""compose.yaml (several workers on PostgreSQL) stays true to the settings: every BOT_
variable it sets is one Candor reads, the workers share one PostgreSQL URL and webhook, and
the webhook listens where the load balancer sends."""

from __future__ import annotations

from dataclasses import fields
from pathlib import Path

import yaml

from bot.config import Settings
from bot.service import DRAIN_SECONDS

ROOT = Path(__file__).resolve().parent.parent


def test_compose_sets_only_settings_candor_knows() -> None:
    compose = yaml.safe_load((ROOT / "compose.yaml").read_text(encoding="utf-8"))
    env = compose["services"]["worker"]["environment"]
    known = {f"BOT_{f.name.upper()}" for f in fields(Settings)}
    assert set(env) <= known, sorted(set(env) - known)
    assert env["BOT_DB"].startswith("postgresql://")
    assert {"BOT_TOKEN", "BOT_WEBHOOK_URL", "BOT_WEBHOOK_SECRET"} <= set(env)
    assert f"server worker:{env['BOT_WEBHOOK_PORT']}" in compose["configs"]["lb"]["content"]
    assert compose["services"]["worker"]["deploy"]["replicas"] >= 2
    # BOT_DB_KEY encrypts an SQLite file only; with PostgreSQL it is refused at start.
    assert "BOT_DB_KEY" not in env


def test_workers_are_given_time_to_finish_what_they_hold() -> None:
    """Docker kills a container 10 s after SIGTERM unless told otherwise; a worker drains for
    up to DRAIN_SECONDS, then closes the sender, the adapter and the pool."""
    compose = yaml.safe_load((ROOT / "compose.yaml").read_text(encoding="utf-8"))
    grace = compose["services"]["worker"]["stop_grace_period"]
    assert grace.endswith("s")
    assert float(grace[:-1]) >= DRAIN_SECONDS + 5
