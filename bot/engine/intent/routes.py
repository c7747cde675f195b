"""Where each intent leads, and which button a named behaviour stands for."""

from __future__ import annotations

from collections.abc import Mapping

# The conversation each intent suggests; "overwhelmed" leads to grounding first instead.
INTENT_FLOWS: Mapping[str, str] = {
    "found_out": "dealbreaker",
    "did_it": "owning",
    "bring_up": "raise",
    "talked": "repair",
    "is_normal": "spectrum",
    "leave": "leaving",
    "agree_rules": "agreement",
}
OVERWHELMED = "overwhelmed"
GROUNDING = "grounding"

# The buttons (choice ids in flows/*.yaml) that may stand for a behaviour the person named.
# A step offers at most one of them for the suggestion to be clear; several means "ask".
BEHAVIOUR_CHOICES: Mapping[str, tuple[str, ...]] = {
    "dating_app": ("dating_app", "dating_apps"),
    "ex": ("ex_online", "secret_ex", "ex_friend_open", "ex_contact"),
    "coworker": ("coworker",),
    "flirting": ("flirting",),
    "hidden_chats": ("hidden_accounts", "private_messages", "uncomfortable_chats"),
    "social_media": ("online", "ex_online"),
    "sexting": ("sexting",),
    "emotional_closeness": ("intimate_sharing", "emotional_dependency"),
}


# The answer key flows use for the behaviour asked about (flows/dealbreaker.yaml, spectrum.yaml).
BEHAVIOUR_ANSWER = "behaviour"
# Named at the menu, out of any question's context, "social media" says too little to stand
# for an answer (following an ex? liking strangers' photos?): the flow asks.
NOT_PRESET = frozenset({"social_media"})
# A behaviour named with nothing else asked: where it sits is the conversation about it.
BEHAVIOUR_ONLY = "is_normal"


def behaviour_preset(behaviour: object) -> dict[str, tuple[str, ...]]:
    """What a behaviour named at the menu answers once a flow starts: the buttons that may
    stand for it, under the flows' behaviour answer. A step where exactly one of them is
    offered is passed with it (reachable with /back); several offered, the step is asked."""
    if not isinstance(behaviour, str) or behaviour in NOT_PRESET:
        return {}
    choices = BEHAVIOUR_CHOICES.get(behaviour, ())
    return {BEHAVIOUR_ANSWER: choices} if choices else {}


def fitting_choice(offered: list[str], answers: tuple[str, ...], behaviour: str) -> str | None:
    """The one offered choice the typed words clearly stand for, if any: a typed answer
    ("yes", "it depends") first, then the behaviour named, when only one button fits it."""
    for answer in answers:
        if answer in offered:
            return answer
    fits = [c for c in BEHAVIOUR_CHOICES.get(behaviour, ()) if c in offered]
    return fits[0] if len(fits) == 1 else None
