"""Where two people's agreement answers meet: a pure function of both sets of answers.

Only the chosen answers meet. What someone typed about what they need stays theirs: a
partner sees that a need was named in that area, never the words.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from bot.engine.logic.agreement import AREA_LINES, AREAS, HOW_TO_HOLD
from bot.engine.outbound import Text, TextList

SETTLED = ("fine", "not_fine")
ANSWER_LINES = {
    "fine": "pair-answer-fine",
    "not_fine": "pair-answer-not-fine",
    "depends": "pair-answer-depends",
    "unsure": "pair-answer-unsure",
    "talk": "pair-answer-talk",
    "need": "pair-answer-need",  # that a need was named, never the words of it
}


@dataclass(frozen=True, slots=True)
class Comparison:
    differ: tuple[str, ...]  # one fine, the other not fine
    open: tuple[str, ...]  # one or both: it depends, unsure, wanting to talk, a need
    agree_fine: tuple[str, ...]
    agree_not_fine: tuple[str, ...]


def compare(mine: Mapping[str, str], theirs: Mapping[str, str]) -> Comparison:
    differ: list[str] = []
    open_: list[str] = []
    fine: list[str] = []
    not_fine: list[str] = []
    for area in AREAS:
        a, b = mine.get(area), theirs.get(area)
        if a not in ANSWER_LINES or b not in ANSWER_LINES:
            continue
        if a in SETTLED and b in SETTLED:
            (differ if a != b else fine if a == "fine" else not_fine).append(area)
        else:
            open_.append(area)
    return Comparison(tuple(differ), tuple(open_), tuple(fine), tuple(not_fine))


def compose_reveal(mine: Mapping[str, str], theirs: Mapping[str, str], *, again: bool = False) -> list[Text]:
    """The comparison as one person sees it: differences first, then what is still open, then
    where they agree; a suggested order; the same guidance as the single summary. ``again``:
    looked up later with /pair, so no question about a reminder at the end."""
    result = compare(mine, theirs)
    parts = [Text("pair-reveal-again-intro" if again else "pair-reveal-intro")]

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
    if not again:
        parts.append(Text("pair-reveal-close"))
    return parts
