"""A short round of the fault scenarios (``make chaos`` runs every one on both adapters, for
longer, and prints the table): each on one adapter here, alternating, to keep the suite quick."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.chaos import SCENARIOS, table

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    ("scenario", "adapter"),
    [("kills", "aiogram"), ("malformed", "ptb"), ("slow", "aiogram"), ("second", "ptb"), ("disk", "ptb")],
)
async def test_fault_scenario(scenario: str, adapter: str, tmp_path: Path) -> None:
    row = await SCENARIOS[scenario](adapter, tmp_path, quick=True)
    print("\n" + table([row]))
    assert not row.failed, row.failed
    if not any(note.startswith("skipped") for note in row.notes):
        assert row.updates > 0
