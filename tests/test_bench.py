"""The benchmark harness itself runs (tiny sizes; the figures come from `python -m bench`)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


@pytest.mark.slow
def test_quick_bench_writes_a_table_and_json(tmp_path: Path) -> None:
    out = tmp_path / "bench.json"
    env = {k: v for k, v in os.environ.items() if not k.startswith("BOT_")}
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "bench",
            "--quick",
            "--skip",
            "e2e",
            "--skip",
            "footprint",
            "--skip",
            "workers",
            "--json",
            str(out),
        ],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert result.returncode == 0, result.stderr[-2000:]
    assert "engine alone, 1 concurrent: latency median ms" in result.stdout
    report = json.loads(out.read_text(encoding="utf-8"))
    assert report["engine"]["1_concurrent"]["median_ms"]["median"] > 0
    assert report["reminders"]["claim"]["handled"] == report["reminders"]["claim"]["people"]
    assert "safety phrases+model: p99 us/message" in result.stdout
    assert report["safety"]["timing"]["phrases+model"]["p99_us"]["median"] > 0
    assert report["reminders"]["claim"]["queued"] == report["reminders"]["claim"]["people"]
    assert report["reminders"]["find_due"]["due_found"] > 0
