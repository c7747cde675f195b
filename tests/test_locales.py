"""Languages: coverage, placeholders, the checker, locale choice and switching mid-flow."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from bot.config import PROJECT_ROOT
from bot.engine.commands import COMMANDS
from bot.engine.locales import pick_locale
from bot.engine.outbound import Text
from bot.i18n.coverage import check_locales, ids_used_in_code
from bot.i18n.translator import LocaleError, Translator
from tests.chatdriver import ChatDriver

LOCALES = PROJECT_ROOT / "locales"


@pytest.fixture(scope="module")
def translator() -> Translator:
    return Translator(LOCALES)


def test_every_locale_has_every_english_id_and_no_more(translator: Translator) -> None:
    english = translator.ids("en")
    assert set(translator.locales) == {"en", "es", "pt", "ru"}
    for locale in translator.locales:
        assert translator.ids(locale) == english, locale


def test_no_locale_uses_a_placeholder_english_does_not_have(translator: Translator) -> None:
    for locale in translator.locales:
        for msg_id in translator.ids(locale):
            assert translator.variables(locale, msg_id) <= translator.variables("en", msg_id), (
                locale,
                msg_id,
            )


def test_russian_plurals_are_used_for_numbers(translator: Translator) -> None:
    from bot.engine.outbound import Text

    forms = {
        translator.render("ru", Text("progress-week", {"week": "x", "count": n, "mood": "y"}))
        for n in (1, 2, 5)
    }
    assert len(forms) == 3  # one, few, many read differently


@pytest.mark.parametrize(
    ("hint", "expected"),
    [
        ("pt-BR", "pt"),
        ("es-419", "es"),
        ("ru", "ru"),
        ("EN-gb", "en"),
        ("de", "en"),
        (None, "en"),
        ("", "en"),
    ],
)
def test_language_hint(hint: str | None, expected: str) -> None:
    assert pick_locale(hint, ("en", "es", "pt", "ru")) == expected


def _copy(tmp_path: Path) -> Path:
    target = tmp_path / "locales"
    shutil.copytree(LOCALES, target)
    return target


def _problems(folder: Path) -> list[str]:
    translator = Translator(folder)
    exact, prefixes = ids_used_in_code(PROJECT_ROOT / "bot")
    from bot.app import load_texts_and_flows
    from bot.config import Settings

    _, book = load_texts_and_flows(Settings(token=None))
    return [str(p) for p in check_locales(translator, exact | book.message_ids(), prefixes)]


def test_checker_catches_a_missing_id_an_extra_id_and_a_stray_placeholder(tmp_path: Path) -> None:
    folder = _copy(tmp_path)
    assert _problems(folder) == []
    es = folder / "es" / "common.ftl"
    text = es.read_text(encoding="utf-8")
    text = "\n".join(line for line in text.splitlines() if not line.startswith("nav-back ="))
    text += "\nonly-in-spanish = hola\nnav-menu-x = { $nadie }\n"
    es.write_text(text, encoding="utf-8")
    ru = folder / "ru" / "common.ftl"
    ru.write_text(
        ru.read_text(encoding="utf-8").replace("nav-menu =", "nav-menu = { $stray }"), encoding="utf-8"
    )
    found = _problems(folder)
    assert any("locales/es" in p and "'nav-back' is missing" in p for p in found)
    assert any("'only-in-spanish' is not in English" in p for p in found)
    assert any("ru/common.ftl" in p and "'nav-menu' uses $stray" in p for p in found)


def test_command_menus_are_read_without_keeping_other_languages(translator: Translator) -> None:
    lazy = Translator(LOCALES, eager=False)
    menu = [Text(c.description) for c in COMMANDS if c.listed]
    every = [Text(msg_id) for msg_id in sorted(translator.ids("en"))]
    for locale in translator.locales:
        assert lazy.render_once(locale, menu) == [translator.render(locale, t) for t in menu]
        assert lazy.loaded == {"en"}  # the menus are plain texts: nothing else stays loaded
    for locale in translator.locales:  # placeables and all: the same words as rendering
        assert lazy.render_once(locale, every) == [translator.render(locale, t) for t in every]


def test_checker_catches_a_syntax_error(tmp_path: Path) -> None:
    folder = _copy(tmp_path)
    (folder / "pt" / "broken.ftl").write_text("this is = fine\n= not fine {\n", encoding="utf-8")
    with pytest.raises(LocaleError) as info:
        Translator(folder)
    assert any("pt/broken.ftl" in str(p) and "syntax error" in str(p) for p in info.value.problems)


def test_checker_catches_an_english_id_nothing_uses(tmp_path: Path) -> None:
    folder = _copy(tmp_path)
    for locale in ("en", "es", "pt", "ru"):
        with (folder / locale / "common.ftl").open("a", encoding="utf-8") as f:
            f.write("\nnobody-says-this = unused\n")
    assert any("'nobody-says-this' is used by no flow or code" in p for p in _problems(folder))


async def test_first_contact_follows_the_telegram_language(memory_core) -> None:  # type: ignore[no-untyped-def]
    chat = ChatDriver(memory_core, user_id=3001, lang="pt-BR")
    said = await chat.command("start")
    assert "Candor" in said[-1].body
    assert "automatizada" in said[-1].body or "autoajuda" in said[-1].body


async def test_switching_language_mid_flow_keeps_the_step(memory_core) -> None:  # type: ignore[no-untyped-def]
    chat = ChatDriver(memory_core, user_id=3002, lang="en")
    await chat.begin()
    await chat.tap("workable")
    await chat.tap("start")
    before = chat.last.ids
    await chat.command("language")
    said = await chat.tap("Русский")
    assert said[-1].ids[0] == "language-changed"
    assert [i for i in said[-1].ids[1:]] == before  # the same step...
    assert any("\u0400" <= ch <= "\u04ff" for ch in said[-1].body)  # ...now in Russian
    # an explicit choice sticks even if Telegram says otherwise
    said = await chat.command("menu")
    person = await memory_core.store.run(3002, lambda tx: tx.load())
    assert person.locale == "ru"
