"""Outbound messages: message ids and parameters, never rendered words.

The outbox stores these as JSON, so every type here has a stable ``kind`` tag and a
round-trip through :func:`to_json` / :func:`from_json`.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any, TypeAlias, cast


@dataclass(slots=True)
class Text:
    """One message id from the locale files and the parameters it needs.

    A parameter may itself be a ``Text`` (a flow title inside a sentence, say); it is
    rendered in the same language first.
    """

    id: str
    params: Params = field(default_factory=dict)


@dataclass(slots=True)
class TextList:
    """A list of texts given as one parameter, rendered one per line (a list of reasons), or
    with another separator (``"\n\n"``: one paragraph each)."""

    items: tuple[Text, ...]
    sep: str = "\n"


# The message id of a folded part: the reasons behind a result, which a platform may show
# collapsed (Telegram: an expandable quotation) and any other shows in full. Its one
# parameter, ``body``, holds the paragraphs.
FOLD = "fold"
# Not a message: where a screen's words go on in a new chat message (see ``View``).
BREAK = Text("-break-")


def fold(*texts: Text) -> Text:
    """The reasons and reflections behind a result, folded away until the person opens them."""
    return Text(FOLD, {"body": TextList(tuple(texts), sep="\n\n")})


@dataclass(slots=True)
class Day:
    """A calendar date as a parameter, written the way the person's language writes dates."""

    iso: str  # YYYY-MM-DD
    style: str = "long"  # "long": 3 March 2026; "short": 3 Mar


Param: TypeAlias = str | int | float | Text | TextList | Day
Params: TypeAlias = Mapping[str, Param]


@dataclass(slots=True)
class Button:
    """A button: its label (a message id) and the opaque token sent back when tapped."""

    label: Text
    token: str


@dataclass(frozen=True, slots=True, kw_only=True)
class Reply:
    """A chat message built from one or more texts, joined by blank lines.

    ``replace_previous`` asks the transport to edit a message instead of sending a new one
    (after a button tap, so old keyboards don't pile up): ``edit_message`` if the tapped
    message is known, else the bot's last message with buttons.
    ``remove_keyboard`` asks it to strip the buttons of that last message before sending.
    ``notify`` marks a message that can appear in a lock-screen preview (reminders).
    ``trace`` keeps the sent message's id (for keyboard edits and /hide); the goodbye after
    an erasure sets it off so nothing of the person is written again.
    """

    parts: tuple[Text, ...]
    buttons: tuple[tuple[Button, ...], ...] = ()
    replace_previous: bool = False
    remove_keyboard: bool = False
    notify: bool = False
    trace: bool = True
    edit_message: int | None = None


@dataclass(frozen=True, slots=True, kw_only=True)
class Document:
    """A file sent in the chat (the data export); the console prints it instead."""

    filename: str
    content: str
    caption: Text


@dataclass(frozen=True, slots=True, kw_only=True)
class Chart:
    """A picture of check-in answers over time, with a text fallback if drawing fails."""

    series: tuple[tuple[str, tuple[int | None, ...]], ...]
    days: tuple[str, ...]
    caption: Text
    fallback: Text


@dataclass(frozen=True, slots=True, kw_only=True)
class HideRecent:
    """Delete the bot's own recent messages in this chat, then leave one neutral line.

    ``message_ids`` are given when they were read before an erasure; otherwise the sender
    looks them up (only those under 48 hours old are kept at all).
    """

    after: Text
    message_ids: tuple[int, ...] | None = None


@dataclass(frozen=True, slots=True, kw_only=True)
class Export:
    """Everything kept about a person, table by table, sent as a JSON file; each column's
    meaning (message id ``export-field-<table>-<column>``) is added in the person's language."""

    caption: Text
    tables: dict[str, list[dict[str, Any]]]

    def meanings(self) -> list[Text]:
        columns = {(t, c) for t, rows in self.tables.items() for row in rows for c in row}
        return [Text(f"export-field-{t}-{c}") for t, c in sorted(columns)]


@dataclass(frozen=True, slots=True, kw_only=True)
class LeaveChat:
    """Leave a group or channel after saying why."""


@dataclass(frozen=True, slots=True, kw_only=True)
class Forward:
    """Send a person's own words to another chat (the configured coach) and nothing else."""

    chat_id: int
    text: Text


Outbound: TypeAlias = Reply | Document | Chart | HideRecent | LeaveChat | Forward | Export


def _param_json(value: Param) -> Any:
    if isinstance(value, Text):
        return {"$": _text_json(value)}
    if isinstance(value, TextList):
        out: dict[str, Any] = {"$l": [_text_json(t) for t in value.items]}
        if value.sep != "\n":
            out["$s"] = value.sep
        return out
    if isinstance(value, Day):
        return {"$d": [value.iso, value.style]}
    return value


def _param_from(raw: Any) -> Param:
    if isinstance(raw, dict):
        if "$l" in raw:
            return TextList(tuple(_text_from(t) for t in raw["$l"]), raw.get("$s", "\n"))
        if "$d" in raw:
            return Day(*raw["$d"])
        return _text_from(raw["$"])
    return cast(Param, raw)  # a plain str, int or float, as it was written


def _text_json(t: Text) -> list[Any]:
    if not t.params:
        return [t.id]
    return [t.id, {k: _param_json(v) for k, v in t.params.items()}]


def _text_from(raw: list[Any]) -> Text:
    if len(raw) == 1:
        return Text(raw[0])
    return Text(raw[0], {k: _param_from(v) for k, v in raw[1].items()})


def to_json(msg: Outbound) -> dict[str, Any]:
    """A JSON-ready dict for the outbox (compact: defaults are left out)."""
    match msg:
        case Reply():
            out: dict[str, Any] = {"k": "reply", "p": [_text_json(t) for t in msg.parts]}
            if msg.buttons:
                out["b"] = [[[*_text_json(b.label), b.token] for b in row] for row in msg.buttons]
            if msg.replace_previous:
                out["rp"] = 1
            if msg.remove_keyboard:
                out["rk"] = 1
            if msg.notify:
                out["n"] = 1
            if not msg.trace:
                out["nt"] = 1
            if msg.edit_message is not None:
                out["em"] = msg.edit_message
            return out
        case Document():
            return {"k": "doc", "f": msg.filename, "c": msg.content, "t": _text_json(msg.caption)}
        case Chart():
            return {
                "k": "chart",
                "s": [[name, list(vals)] for name, vals in msg.series],
                "d": list(msg.days),
                "t": _text_json(msg.caption),
                "fb": _text_json(msg.fallback),
            }
        case HideRecent():
            out = {"k": "hide", "t": _text_json(msg.after)}
            if msg.message_ids is not None:
                out["ids"] = list(msg.message_ids)
            return out
        case Export():
            return {"k": "export", "t": _text_json(msg.caption), "d": msg.tables}
        case LeaveChat():
            return {"k": "leave"}
        case Forward():
            return {"k": "fwd", "to": msg.chat_id, "t": _text_json(msg.text)}
    raise TypeError(f"not an outbound message: {type(msg).__name__}")


def _button_from(raw: list[Any]) -> Button:
    token = raw[-1]
    return Button(_text_from(raw[:-1]), token)


def from_json(raw: Mapping[str, Any]) -> Outbound:
    """Rebuild an outbound message from its outbox JSON."""
    kind = raw["k"]
    if kind == "reply":
        return Reply(
            parts=tuple(_text_from(p) for p in raw["p"]),
            buttons=tuple(tuple(_button_from(b) for b in row) for row in raw.get("b", ())),
            replace_previous=bool(raw.get("rp")),
            remove_keyboard=bool(raw.get("rk")),
            notify=bool(raw.get("n")),
            trace=not raw.get("nt"),
            edit_message=raw.get("em"),
        )
    if kind == "doc":
        return Document(filename=raw["f"], content=raw["c"], caption=_text_from(raw["t"]))
    if kind == "chart":
        return Chart(
            series=tuple((name, tuple(vals)) for name, vals in raw["s"]),
            days=tuple(raw["d"]),
            caption=_text_from(raw["t"]),
            fallback=_text_from(raw["fb"]),
        )
    if kind == "hide":
        ids = raw.get("ids")
        return HideRecent(after=_text_from(raw["t"]), message_ids=tuple(ids) if ids is not None else None)
    if kind == "export":
        return Export(caption=_text_from(raw["t"]), tables=dict(raw["d"]))
    if kind == "leave":
        return LeaveChat()
    if kind == "fwd":
        return Forward(chat_id=raw["to"], text=_text_from(raw["t"]))
    raise ValueError(f"unknown outbound kind {kind!r}")


def nested(text: Text) -> list[Text]:
    """The text and every text inside its parameters."""
    out = [text]
    for value in text.params.values():
        if isinstance(value, Text):
            out += nested(value)
        elif isinstance(value, TextList):
            for item in value.items:
                out += nested(item)
    return out


def texts_of(msg: Outbound) -> list[Text]:
    """Every text a message would show, labels included (for rendering checks)."""
    match msg:
        case Reply():
            return [*msg.parts, *(b.label for row in msg.buttons for b in row)]
        case Document():
            return [msg.caption]
        case Chart():
            return [msg.caption, msg.fallback]
        case HideRecent():
            return [msg.after]
        case Export():
            return [msg.caption, *msg.meanings()]
        case Forward():
            return [msg.text]
    return []
