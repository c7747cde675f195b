"""locales/helplines.yaml is checked when read: a wrong entry names the file, the entry's
place and what is allowed."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from bot.config import PROJECT_ROOT
from bot.engine.safety.helplines import Helplines
from bot.engine.schema import SchemaError

REAL = (PROJECT_ROOT / "locales" / "helplines.yaml").read_text(encoding="utf-8")


def _load(tmp_path: Path, text: str) -> Helplines:
    folder = tmp_path / "locales"
    folder.mkdir(exist_ok=True)
    (folder / "helplines.yaml").write_text(text, encoding="utf-8")
    return Helplines.load(folder / "helplines.yaml")


def test_the_real_file_loads_typed(tmp_path: Path) -> None:
    lines = _load(tmp_path, REAL)
    first = lines.countries["US"].lines[0]
    assert first.kind == "crisis"
    assert isinstance(first.checked, date)
    assert lines.suggested("en")[0] == "US"
    assert lines.suggested("xx") == lines.suggested("en")


@pytest.mark.parametrize(
    ("old", "new", "said"),
    [
        (
            '        call: "988"\n        sms: "988"\n        web: "988lifeline.org/chat"\n',
            "",
            "countries.US.lines[0]: 988 Suicide & Crisis Lifeline: a line needs a number to call or text",
        ),
        (
            "- kind: crisis",
            "- kind: crises",
            "countries.US.lines[0].kind: must be one of 'crisis', 'domestic_",
        ),
        (
            "checked: 2026-12-04",
            "checked: soon",
            "countries.US.lines[0].checked: must be a date (YYYY-MM-DD), not 'soon'",
        ),
        ("checked: 2026-12-04", "checked: 2026-13-04", "not valid YAML: month must be in 1..12"),
        (
            "        checked: 2026-12-04\n",
            "        checked: 2026-12-04\n        fax: '1'\n",
            "countries.US.lines[0].fax: unknown field (known here: kind, name, call, sms, sms_keyword, web, ",
        ),
        ('call: "988"', "call: 988", "countries.US.lines[0].call: must be text, not 988"),
        ("suggest:", "suggest:\n  xx: [ZZ]", "suggest.xx: no lines for country ZZ"),
        ("directory: findahelpline.com\n", "", "directory: required, but missing"),
        ('    emergency: "911"\n', "", "countries.US.emergency: required, but missing"),
    ],
)
def test_a_wrong_entry_is_named(tmp_path: Path, old: str, new: str, said: str) -> None:
    assert old in REAL
    with pytest.raises(SchemaError) as info:
        _load(tmp_path, REAL.replace(old, new, 1))
    assert str(info.value).startswith(f"locales/helplines.yaml: {said}"), str(info.value)


def test_an_empty_file_is_refused(tmp_path: Path) -> None:
    with pytest.raises(
        ValueError, match=r"^locales/helplines.yaml: must be a mapping \(key: value\), not empty$"
    ):
        _load(tmp_path, "")


def test_bot_check_counts_each_wrong_entry(tmp_path: Path) -> None:
    """Two wrong entries are two problems for ``python -m bot check``, a line each."""
    from bot.checks import _safety_problems
    from bot.config import Settings

    folder = tmp_path / "locales"
    folder.mkdir()
    bad = REAL.replace("- kind: crisis", "- kind: crises", 1).replace('call: "988"', "call: 988", 1)
    (folder / "helplines.yaml").write_text(bad, encoding="utf-8")
    problems = _safety_problems(Settings(locales_dir=folder), ("en",))
    assert len(problems) == 2, problems
    assert all(p.startswith("safety: locales/helplines.yaml: countries.US.lines[0]") for p in problems)
