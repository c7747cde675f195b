"""Where two people's agreement answers meet: a pure function of both sets of answers."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from bot.engine.logic.agreement import AREA_LINES, AREAS, HOW_TO_HOLD
from bot.engine.outbound import Text, TextList

SETTLED = ("fine", "not_fine")
ANSWER_LINES = {
    "fine": "pair-answer-fine",
    "not_fine": "pair-answer-not-fine",
    "unsure": "pair-answer-unsure",
    "talk": "pair-answer-talk",
}


@dataclass(frozen=True, slots=True)
class Comparison:
    differ: tuple[str, ...]  # one fine, the other not fine
    open: tuple[str, ...]  # one or both unsure or wanting to talk
    agree_fine: tuple[str, ...]
    agree_not_fine: tuple[str, ...]


def compare(mine: Mapping[str, str], theirs: Mapping[str, str]) -> Comparison:
    differ: list[str] = []
    open_: list[str] = []
    fine: list[str] = []
    not_fine: list[str] = []
    for area in AREAS:
        a, b = mine.get(area), theirs.get(area)
        if a is None or b is None:
            continue
        if a in SETTLED and b in SETTLED:
            (differ if a != b else fine if a == "fine" else not_fine).append(area)
        else:
            open_.append(area)
    return Comparison(tuple(differ), tuple(open_), tuple(fine), tuple(not_fine))


def compose_reveal(mine: Mapping[str, str], theirs: Mapping[str, str]) -> list[Text]:
    """The comparison as one person sees it: differences first, then what is still open, then
    where they agree; a suggested order; the same guidance as the single summary."""
    result = compare(mine, theirs)
    parts = [Text("pair-reveal-intro")]

    def lines(areas: tuple[str, ...]) -> TextList:
        return TextList(
            tuple(
                Text(
                    "pair-area-line",
                    {
                        "area": Text(AREA_LINES[a]),
                        "mine": Text(ANSWER_LINES[mine[a]]),
                        "theirs": Text(ANSWER_LINES[theirs[a]]),
                    },
                )
                for a in areas
            )
        )

    if result.differ:
        parts.append(Text("pair-reveal-differ", {"areas": lines(result.differ)}))
    if result.open:
        parts.append(Text("pair-reveal-open", {"areas": lines(result.open)}))
    agreed = result.agree_fine + result.agree_not_fine
    if agreed:
        parts.append(Text("pair-reveal-agree", {"areas": lines(agreed)}))
    order = result.differ + result.open
    if order:
        parts.append(Text("pair-reveal-order", {"first": Text(AREA_LINES[order[0]]), "count": len(order)}))
    else:
        parts.append(Text("pair-reveal-all-agree"))
    parts += [Text(msg_id) for msg_id in HOW_TO_HOLD]
    parts.append(Text("pair-reveal-close"))
    return parts
