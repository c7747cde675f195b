"""The spectrum check: the placement table, the composer, and walks through the chat."""

from __future__ import annotations

import itertools

import pytest

from bot.config import PROJECT_ROOT
from bot.engine.logic import spectrum
from bot.engine.logic.spectrum import Level, compose_placement, place
from bot.engine.outbound import BREAK, FOLD, Text, nested
from bot.engine.registry import FlowContext, Registry
from bot.i18n.translator import Translator
from tests.chatdriver import ChatDriver, Said

WB, GZ, OB = Level.WITHIN, Level.GRAY, Level.OBJECTIONABLE


def answers(
    behaviour: str, hidden: str, discomfort: str, function: str, agreement: str, *also: str
) -> dict[str, str]:
    out = {
        "role": "wondering",
        "hidden": hidden,
        "discomfort": discomfort,
        "function": function,
        "agreement": agreement,
    }
    if behaviour == "other":
        out["topic"] = "other"
    else:
        out["behaviour"] = behaviour
    for key, other in zip(spectrum.ALSO_KEYS, also, strict=False):
        out[key] = other
    return out


# behaviour, hidden, discomfort, function, agreement -> level, by_agreement, policing_note
TABLE = [
    # Ordinary things, open and agreed: plainly within bounds, with the gentle policing note.
    (("celebrity", "open", "nothing_to_show", "no", "agreed_ok"), (WB, False, True)),
    (("noticing", "private", "nothing_to_show", "no", "never_talked"), (WB, False, True)),
    (("unmet_friends", "private", "no", "some", "unsure"), (WB, False, True)),
    (("ex_friend_open", "open", "no", "no", "agreed_ok"), (WB, False, True)),
    # Partly unsaid, or filling a small gap, does not push an ordinary thing out of bounds...
    (("attention", "partly", "somewhat", "some", "never_talked"), (WB, False, True)),
    # ... but meeting a need that is missing at home (the test's second part) does.
    (("attention", "partly", "somewhat", "yes", "never_talked"), (GZ, False, False)),
    # Concealment pushes even an ordinary thing into the gray zone; twice, to objectionable.
    (("celebrity", "hidden", "nothing_to_show", "no", "never_talked"), (GZ, False, False)),
    (("attention", "hidden", "yes", "no", "never_talked"), (OB, False, False)),
    (("unmet_friends", "open", "no", "no", "agreed_not"), (GZ, False, False)),
    # A hidden friendship with an ex is the objectionable kind.
    (("ex_friend_open", "hidden", "no", "no", "never_talked"), (OB, False, False)),
    # Dating-app profile: objectionable to most partners, whatever the answers.
    (("dating_app", "open", "no", "no", "agreed_ok"), (OB, False, False)),
    (("dating_app", "private", "nothing_to_show", "no", "never_talked"), (OB, False, False)),
    (("dating_app", "hidden", "yes", "yes", "agreed_not"), (OB, False, False)),
    # Gray zone, open, explicitly agreed, nothing uncomfortable, no gap filled: within bounds
    # for this couple, by their agreement (no policing note: it isn't an ordinary thing).
    (("flirting", "open", "no", "no", "agreed_ok"), (WB, True, False)),
    (("ex_online", "open", "nothing_to_show", "unsure", "agreed_ok"), (WB, True, False)),
    # ... but not when it fills a gap at home (open and agreed: held in the gray zone, not
    # pushed past it), or is only private, or was never discussed.
    (("flirting", "open", "no", "yes", "agreed_ok"), (GZ, False, False)),
    (("flirting", "open", "no", "some", "agreed_ok"), (GZ, False, False)),
    (("texting", "private", "no", "no", "agreed_ok"), (GZ, False, False)),
    (("texting", "open", "no", "no", "never_talked"), (GZ, False, False)),
    (("coworker", "partly", "somewhat", "some", "unsure"), (GZ, False, False)),
    (("coworker", "partly", "somewhat", "yes", "unsure"), (OB, False, False)),
    # Concealment, the discomfort test, or going against an agreement: objectionable.
    (("texting", "hidden", "no", "no", "never_talked"), (OB, False, False)),
    (("complaining", "open", "yes", "no", "agreed_ok"), (OB, False, False)),
    (("coworker", "open", "no", "no", "agreed_not"), (OB, False, False)),
    (("basically_single", "hidden", "yes", "yes", "unsure"), (OB, False, False)),
    # The uncomfortable-conversations example already holds the discomfort; hiding pushes it.
    (("uncomfortable_chats", "open", "yes", "no", "agreed_ok"), (GZ, False, False)),
    (("uncomfortable_chats", "hidden", "yes", "no", "never_talked"), (OB, False, False)),
    # "Something else" starts in the gray zone and moves like any gray behaviour.
    (("other", "unsure", "unsure", "unsure", "unsure"), (GZ, False, False)),
    (("other", "hidden", "no", "no", "never_talked"), (OB, False, False)),
    (("other", "open", "no", "no", "agreed_ok"), (WB, True, False)),
]


@pytest.mark.parametrize(("given", "expected"), TABLE)
def test_placement_table(given: tuple[str, ...], expected: tuple[Level, bool, bool]) -> None:
    placed = place(answers(*given))
    assert (placed.level, placed.by_agreement, placed.policing_note) == expected


def _ids(parts: list[Text]) -> list[str]:
    return [t.id for part in parts for t in nested(part)]


def _compose(a: dict[str, str]) -> list[Text]:
    return compose_placement(FlowContext(a))


BEHAVIOURS = sorted(spectrum.BASE)
HIDDEN = ("open", "private", "partly", "hidden", "unsure")
DISCOMFORT = ("no", "somewhat", "yes", "nothing_to_show", "unsure")
FUNCTION = ("no", "some", "yes", "unsure")
AGREEMENT = ("agreed_ok", "agreed_not", "never_talked", "unsure")
EVERY = list(itertools.product(HIDDEN, DISCOMFORT, FUNCTION, AGREEMENT))


def test_celebrity_crush_open_and_agreed_is_within_bounds_and_only_the_one_noticing_hears_of_policing() -> (
    None
):
    """Nobody doing it or wondering about it spoke of keeping watch: no note about it then."""
    for role in ("doing", "noticing", "wondering"):
        a = answers("celebrity", "open", "nothing_to_show", "no", "agreed_ok") | {"role": role}
        ids = _ids(_compose(a))
        assert "spectrum-level-within" in ids
        assert ("spectrum-policing-noticing" in ids) == (role == "noticing")
        assert "spectrum-agreements-decide" in ids


def test_dating_app_is_objectionable_regardless_of_the_answers() -> None:
    for combo in EVERY:
        assert place(answers("dating_app", *combo)).level == OB, combo


def test_objectionable_behaviours_never_move_down() -> None:
    for behaviour in BEHAVIOURS:
        if spectrum.BASE[behaviour] != OB:
            continue
        for combo in EVERY:
            assert place(answers(behaviour, *combo)).level == OB, (behaviour, combo)


def test_open_agreed_objectionable_behaviour_names_the_couples_own_agreement_where_it_sits() -> None:
    """An open, agreed dating-app profile: where it sits says so, in the first message, not a
    bare "clearly objectionable" with the agreement left unsaid."""
    parts = _compose(answers("dating_app", "open", "no", "no", "agreed_ok"))
    first = parts[: parts.index(BREAK)]
    assert [t.id for t in first] == ["spectrum-placement-about", "spectrum-own-agreement"]
    assert "spectrum-level-objectionable" not in _ids(parts)
    assert "spectrum-about-dating-app" in _ids(parts)
    tr = Translator(PROJECT_ROOT / "locales")
    for locale in tr.locales:
        assert len(tr.render_parts(locale, first)) <= 400


def test_concealment_pushes_a_gray_behaviour_to_objectionable() -> None:
    for behaviour in BEHAVIOURS:
        if spectrum.BASE[behaviour] != GZ:
            continue
        for _, discomfort, function, agreement in EVERY:
            placed = place(answers(behaviour, "hidden", discomfort, function, agreement))
            assert placed.level == OB, (behaviour, discomfort, function, agreement)
            assert "spectrum-reason-hidden" in placed.reasons


def test_hiding_or_discomfort_never_lowers_a_placement() -> None:
    def level(behaviour: str, *combo: str) -> Level:
        return place(answers(behaviour, *combo)).level

    for behaviour in BEHAVIOURS:
        for hidden, discomfort, function, agreement in EVERY:
            rest = (function, agreement)
            here = level(behaviour, hidden, discomfort, *rest)
            assert level(behaviour, "hidden", discomfort, *rest) >= here
            assert level(behaviour, hidden, "yes", *rest) >= here


def test_policing_note_only_for_ordinary_things_that_stay_within_bounds() -> None:
    for behaviour in BEHAVIOURS:
        for combo in EVERY:
            a = answers(behaviour, *combo) | {"role": "noticing"}
            placed = place(a)
            shown = any(i.startswith("spectrum-policing-") for i in _ids(_compose(a)))
            assert shown == (spectrum.BASE[behaviour] == WB and placed.level == WB)


def test_every_placement_explains_agreements_and_uses_only_declared_ids() -> None:
    registry = Registry()
    spectrum.register(registry)
    declared = registry.composers["spectrum_placement"].emits
    for behaviour in BEHAVIOURS:
        for combo in EVERY:
            for role in ("doing", "noticing", "wondering"):
                ids = _ids(_compose(answers(behaviour, *combo) | {"role": role}))
                assert set(ids) - {BREAK.id, FOLD} <= declared
                assert ids.count("spectrum-agreements-decide") == 1
                where = [i for i in ids if i.startswith("spectrum-level-") or i == "spectrum-own-agreement"]
                assert len(where) == 1


def test_a_hidden_friendship_with_an_ex_is_not_named_as_the_kind_the_partner_knows_about() -> None:
    """Right after "it's kept from them on purpose", the placement must not say "You asked
    about: a friendship with an ex that the partner knows about"."""
    for hidden in HIDDEN:
        ids = _ids(_compose(answers("ex_friend_open", hidden, "no", "no", "never_talked")))
        named = ids[1]  # the label inside "You asked about"
        if hidden == "hidden":
            assert named == "behaviour-secret-ex"
            assert "spectrum-reason-hidden" in ids
        else:
            assert named == "spectrum-behaviour-ex-friend-open"


def test_typed_description_is_shown_verbatim_inside_the_sentence() -> None:
    words = "He <b>likes</b> every photo his ex posts & comments at 2am."
    a = answers("other", "partly", "somewhat", "unsure", "never_talked") | {"behaviour_note": words}
    first = _compose(a)[0]
    # Markup stays as typed; only the sentence's capital and full stop give way to ours.
    quoted = "he <b>likes</b> every photo his ex posts & comments at 2am"
    assert first == Text("spectrum-placement-about-own", {"behaviour": quoted})


def test_skipped_description_still_places_it() -> None:
    parts = _compose(answers("other", "open", "no", "no", "never_talked"))
    ids = _ids(parts)
    assert ids[0] == "spectrum-placement-about-unnamed"
    assert "spectrum-base-other" in ids
    assert "spectrum-level-gray" in ids


def test_reasons_come_as_one_bulleted_list() -> None:
    parts = [
        t for p in _compose(answers("texting", "hidden", "yes", "yes", "never_talked")) for t in nested(p)
    ]
    reasons = [p for p in parts if p.id in ("spectrum-reasons", "list-plain")]
    assert [r.id for r in reasons] == ["spectrum-reasons", "list-plain"]  # one screen each
    listed = [t for r in reasons for t in r.params["reasons"].items]  # type: ignore[union-attr]
    assert [t.id for t in listed] == [
        "spectrum-base-gray",
        "spectrum-reason-hidden",
        "spectrum-reason-uncomfortable",
        "spectrum-reason-function-yes",
        "spectrum-reason-never-talked",
        "spectrum-reason-unspoken-hidden",
    ]


# -- walking the chat ----------------------------------------------------------------------


async def _start(chat: ChatDriver) -> None:
    await chat.begin()
    await chat.tap("behaviour sit")
    await chat.tap("Let's start")


async def _celebrity_open_agreed(chat: ChatDriver) -> list[Said]:
    await _start(chat)
    await chat.tap("I've noticed it")
    await chat.tap("Attraction")
    said = await chat.tap("celebrity")
    # An ordinary thing is not asked what else goes with it: straight to the questions.
    assert [i for s in said for i in s.ids] == ["spectrum-q-hidden"]
    said = await chat.tap("Yes, the partner knows")
    # A crush on a celebrity has no messages to picture anyone reading: straight on.
    assert "spectrum-q-discomfort" not in [i for s in said for i in s.ids]
    assert "spectrum-q-function" in [i for s in said for i in s.ids]
    await chat.tap("isn't about that")
    return await chat.tap("agreed it's fine")


async def test_walk_to_within_bounds(chat: ChatDriver) -> None:
    said = await _celebrity_open_agreed(chat)
    ids = [i for s in said for i in s.ids]
    body = "\n".join(s.body for s in said)
    assert "spectrum-level-within" in ids
    assert "spectrum-policing-noticing" in ids
    assert "A crush on a celebrity" in body
    assert "clearly within bounds" in body
    for label in ("Why might", "symptom", "cycle", "raise it", "agreements", "workable", "Menu"):
        chat.find(label)


@pytest.mark.parametrize(
    ("label", "msg_id"),
    [("Why might", "spectrum-why"), ("symptom", "spectrum-symptom"), ("cycle", "spectrum-cycle")],
)
async def test_each_reflection_is_reachable(chat: ChatDriver, label: str, msg_id: str) -> None:
    await _celebrity_open_agreed(chat)
    said = await chat.tap(label)
    assert msg_id in [i for s in said for i in s.ids]
    # Each reflection offers the other two and the way on.
    others = {"Why might", "symptom", "cycle"} - {label}
    for other in others:
        chat.find(other)
    for nxt in ("raise it", "agreements", "workable", "Menu"):
        chat.find(nxt)


async def test_reflections_chain_and_back_returns_to_the_placement(chat: ChatDriver) -> None:
    await _celebrity_open_agreed(chat)
    await chat.tap("Why might")
    await chat.tap("symptom")
    said = await chat.tap("cycle")
    assert "spectrum-cycle" in [i for s in said for i in s.ids]
    said = await chat.tap("Back")
    assert "spectrum-symptom" in [i for s in said for i in s.ids]


async def test_walk_with_own_words_and_concealment(chat: ChatDriver) -> None:
    words = "late-night voice notes with a gym friend, deleted each morning"
    await _start(chat)
    await chat.tap("I'm the one doing it")
    await chat.tap("Something else")
    said = await chat.text(words)
    assert "spectrum-q-more" in said[-1].ids
    await chat.tap("Just this one")
    await chat.tap("on purpose")
    await chat.tap("Yes, that would feel uncomfortable")
    await chat.tap("fill a gap")
    said = await chat.tap("never talked")
    body = "\n".join(s.body for s in said)
    assert f"“{words}”" in body
    assert "clearly objectionable to most partners" in body
    assert "spectrum-policing-doing" not in [i for s in said for i in s.ids]
    labels = [label for label, _ in chat.buttons]
    assert "Owning what I did" in labels
    assert "If I'm thinking of leaving" not in labels  # written for the other side
    # Leaving a finished check drops it: nothing to resume, the words are gone.
    await chat.tap("Menu")
    assert not any("Continue" in label for label, _ in chat.buttons)
    assert not any("behaviour sit" in label and "Continue" in label for label, _ in chat.buttons)


async def test_each_example_group_offers_something_else(chat: ChatDriver) -> None:
    await chat.begin()
    for topic in ("Attraction", "Friends", "An ex", "Messages"):
        await chat.command("reset")
        await chat.command("menu")
        await chat.tap("behaviour sit")
        await chat.tap("Let's start")
        await chat.tap("rather not say")
        await chat.tap(topic)
        said = await chat.tap("Something else")
        assert "spectrum-q-what-other" in [i for s in said for i in s.ids]


# -- the three-part test: each part moves the placement -------------------------------------

# hidden on purpose; a need missing at home met; past what the two agreed
PARTS = {
    "hidden": ("hidden", "hidden"),
    "function": ("function", "yes"),
    "agreement": ("agreement", "agreed_not"),
}


@pytest.mark.parametrize("part", sorted(PARTS))
@pytest.mark.parametrize(("behaviour", "before", "after"), [("attention", WB, GZ), ("texting", GZ, OB)])
def test_each_part_of_the_three_part_test_moves_the_placement_up_one_place(
    part: str, behaviour: str, before: Level, after: Level
) -> None:
    """From a neutral start (private, nothing uncomfortable, no gap filled, never talked
    about), each part of the test alone moves an ordinary thing into the gray zone and a
    gray-zone thing to objectionable, and the placement counts it."""
    neutral = answers(behaviour, "private", "no", "no", "never_talked")
    key, value = PARTS[part]
    assert place(neutral).level == before
    assert place(neutral).signs == 0
    moved = place(neutral | {key: value})
    assert moved.level == after
    assert moved.signs == 1


def test_the_parts_add_up_and_the_placement_says_how_many_hold() -> None:
    neutral = answers("attention", "private", "no", "no", "never_talked")
    two = neutral | {"function": "yes", "agreement": "agreed_not"}
    assert place(two).level == OB
    three = two | {"hidden": "hidden"}
    assert place(three).signs == 3
    tr = Translator(PROJECT_ROOT / "locales")
    for given, met in ((neutral, 0), (two, 2), (three, 3)):
        parts = _compose(given)
        [line] = [t for p in parts for t in nested(p) if t.id == "spectrum-three-part"]
        assert line.params["met"] == met
        for locale in tr.locales:  # every language says it in words, with the count
            rendered = tr.render(locale, line)
            assert "{" not in rendered
            assert len(rendered) <= 700, locale
    english = {met: tr.render("en", Text("spectrum-three-part", {"met": met})) for met in range(4)}
    assert "hidden because the partner would object" in english[0]
    assert "missing at home" in english[0]
    assert "past what the two of you agreed" in english[0]
    assert len(set(english.values())) == 4  # the count is said, not left out


def test_a_small_gap_does_not_push_but_keeps_an_agreed_gray_thing_from_within_bounds() -> None:
    """ "Maybe a little": not a need met elsewhere, so no push; but not "within bounds by
    your agreement" either."""
    assert place(answers("texting", "private", "no", "some", "never_talked")).level == GZ
    agreed = place(answers("flirting", "open", "no", "some", "agreed_ok"))
    assert (agreed.level, agreed.by_agreement) == (GZ, False)
    assert "spectrum-reason-function-some" in agreed.reasons


def test_open_and_agreed_is_never_placed_past_the_gray_zone_unless_it_starts_there() -> None:
    for behaviour in BEHAVIOURS:
        for discomfort in ("no", "nothing_to_show"):
            for function in FUNCTION:
                a = answers(behaviour, "open", discomfort, function, "agreed_ok", "texting", "coworker")
                level = place(a).level
                assert level <= GZ or spectrum.BASE[behaviour] == OB, (behaviour, discomfort, function)


# -- several small things ------------------------------------------------------------------


def test_a_gray_behaviour_that_is_one_of_several_moves_up_one_place() -> None:
    alone = answers("texting", "private", "no", "no", "never_talked")
    assert place(alone).level == GZ
    several = place(alone | {"also": "flirting"})
    assert several.level == OB
    assert several.several
    assert "spectrum-reason-several" in several.reasons
    # It counts once, however many go with it.
    assert (
        place(alone | {"also": "flirting", "also_2": "coworker"}).reasons.count("spectrum-reason-several")
        == 1
    )
    # "Something else" in the person's own words starts gray and moves the same way.
    assert place(answers("other", "private", "no", "no", "never_talked", "ex_online")).level == OB


@pytest.mark.parametrize(
    "also",
    [
        {},  # a session from before the question existed
        {"also": "none"},
        {"also": "texting"},  # the behaviour itself, named again
        {"also": "none", "also_2": "texting"},
        {"also": "dating_app"},  # not one of the small things offered
    ],
)
def test_nothing_else_named_means_no_pattern(also: dict[str, str]) -> None:
    a = answers("texting", "private", "no", "no", "never_talked") | also
    placed = place(a)
    assert (placed.level, placed.several) == (GZ, False)
    assert "spectrum-placement-with" not in _ids(_compose(a))


def test_ordinary_or_objectionable_things_are_not_moved_by_company() -> None:
    assert place(answers("attention", "private", "no", "no", "never_talked", "texting")).level == WB
    placed = place(answers("dating_app", "open", "no", "no", "agreed_ok", "flirting"))
    assert (placed.level, placed.several) == (OB, False)


def test_the_first_message_names_every_behaviour_briefly_and_fits_a_screen() -> None:
    tr = Translator(PROJECT_ROOT / "locales")
    a = answers("texting", "partly", "somewhat", "yes", "never_talked", "flirting", "basically_single")
    parts = _compose(a)
    first = parts[: parts.index(BREAK)]
    assert [t.id for t in first] == [
        "spectrum-placement-about",
        "spectrum-placement-with",
        "spectrum-level-objectionable",
    ]
    names = first[1].params["behaviours"]
    assert [t.id for t in names.items] == [  # type: ignore[union-attr]
        "behaviour-short-flirting",
        "behaviour-short-basically-single",
    ]
    body = tr.render_parts("en", first)
    # Named briefly, like the small things beside it.
    assert body.startswith("You asked about: close texting with someone\n\n")
    assert "Along with: flirting past friendly; “basically single” talk." in body
    # At their longest: own words cut shorter, two companions, the longest level line.
    words = "late-night voice notes with a gym friend that get deleted every single morning " * 4
    longest = answers(
        "other", "partly", "yes", "yes", "agreed_not", "basically_single", "uncomfortable_chats"
    )
    parts = _compose(longest | {"behaviour_note": words})
    first = parts[: parts.index(BREAK)]
    assert first[0].id == "spectrum-placement-about-own"
    assert len(str(first[0].params["behaviour"])) <= spectrum.OWN_WORDS_HEAD_WITH + 1
    for locale in tr.locales:
        assert len(tr.render_parts(locale, first)) <= 400, locale


def test_every_placement_with_company_uses_only_declared_ids() -> None:
    registry = Registry()
    spectrum.register(registry)
    declared = registry.composers["spectrum_placement"].emits
    for behaviour in BEHAVIOURS:
        for combo in EVERY[::7]:
            ids = _ids(_compose(answers(behaviour, *combo, "coworker", "complaining")))
            assert set(ids) - {BREAK.id, FOLD} <= declared
            assert ids.count("spectrum-three-part") == 1


def test_the_list_of_small_things_hides_what_was_already_named() -> None:
    registry = Registry()
    spectrum.register(registry)
    offered = registry.conditions["spectrum_offer_flirting"]
    assert offered(FlowContext({"behaviour": "texting"}))
    assert not offered(FlowContext({"behaviour": "flirting"}))
    assert not offered(FlowContext({"behaviour": "texting", "also": "flirting"}))


async def test_walk_with_several_small_things(chat: ChatDriver) -> None:
    await _start(chat)
    await chat.tap("I've noticed it")
    await chat.tap("Messages")
    said = await chat.tap("Frequent texting")
    assert said[-1].ids == ["spectrum-q-more"]
    assert chat.last.labels[0] == "Just this one"
    assert not any(label.startswith("Frequent texting") for label in chat.last.labels)
    said = await chat.tap("Flirting")
    assert said[-1].ids == ["spectrum-q-more-2"]
    assert not any(label.startswith(("Frequent texting", "Flirting")) for label in chat.last.labels)
    await chat.tap("Following an ex")
    # Back forgets the last one added, and the list offers it again.
    said = await chat.tap("Back")
    assert said[-1].ids == ["spectrum-q-more-2"]
    said = await chat.tap("That's all")
    assert said[-1].ids == ["spectrum-q-hidden"]
    await chat.tap("private, but nothing")
    await chat.tap("could be shown")
    await chat.tap("isn't about that")
    said = await chat.tap("never talked")
    first = said[0]
    assert first.body.startswith("You asked about: close texting with someone")
    assert "Along with: flirting past friendly." in first.body
    assert "clearly objectionable to most partners" in first.body  # one of several: moved up
    ids = [i for s in said for i in s.ids]
    assert "spectrum-reason-several" in ids
    assert "spectrum-three-part" in ids
