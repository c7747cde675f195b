"""Plain data (parsed YAML) read into frozen dataclasses, with every problem named.

A dataclass's annotations are its schema: ``str``, ``int``, ``bool``, ``date``,
``Literal[...]``, ``list[X]``, ``dict[str, X]``, another dataclass, ``X | Y`` (``None`` for
an optional field), and ``Annotated[X, check]`` for a field's own rule (a function that
returns the value or raises ValueError saying what is wrong). A field with a default may be
left out; a key that is not a field is a problem. A rule across fields goes in the class's
``__post_init__`` (raising ValueError); it runs once every field is sound.
"""

from __future__ import annotations

import dataclasses
import types
from collections.abc import Callable
from datetime import date, datetime
from typing import Annotated, Any, Literal, TypeVar, Union, get_args, get_origin, get_type_hints

T = TypeVar("T")
Where = tuple[str | int, ...]


@dataclasses.dataclass(frozen=True, slots=True)
class Problem:
    where: Where  # ("steps", "ask", "choices", 1, "to")
    message: str

    def __str__(self) -> str:
        return f"{dotted(self.where)}: {self.message}" if self.where else self.message


class SchemaError(ValueError):
    """Data that does not fit its schema; ``problems`` has one entry per problem found."""

    def __init__(self, problems: list[Problem], source: str = "") -> None:
        self.problems = problems
        lead = f"{source}: " if source else ""
        super().__init__("\n".join(f"{lead}{p}" for p in problems))


def read(cls: type[T], data: object, source: str = "") -> T:
    """``data`` as a ``cls``; otherwise SchemaError naming every problem (``source``, say the
    file, leads each line of its message)."""
    problems: list[Problem] = []
    value = _value(cls, data, (), problems)
    if problems:
        raise SchemaError(problems, source)
    return value  # type: ignore[no-any-return]


def dotted(where: Where) -> str:
    """("steps", "ask", "choices", 1, "to") -> "steps.ask.choices[1].to"."""
    text = ""
    for part in where:
        text += f"[{part}]" if isinstance(part, int) else f".{part}" if text else part
    return text


def within(low: int, high: int) -> Callable[[int], int]:
    """A check: a whole number from ``low`` to ``high``."""

    def check(value: int) -> int:
        if not low <= value <= high:
            raise ValueError(f"must be from {low} to {high}, not {value}")
        return value

    return check


_BAD: Any = object()  # a value that failed; its problem is already noted


def _value(tp: Any, data: object, where: Where, problems: list[Problem]) -> Any:
    origin = get_origin(tp)
    if origin is Annotated:
        base, *checks = get_args(tp)
        value = _value(base, data, where, problems)
        for check in checks:
            if value is _BAD:
                break
            try:
                value = check(value)
            except ValueError as exc:
                problems.append(Problem(where, str(exc)))
                value = _BAD
        return value
    if origin in (Union, types.UnionType):
        fits = [alt for alt in get_args(tp) if _fits(alt, data)]
        if fits:
            return _value(fits[0], data, where, problems)
        return _wrong(tp, data, where, problems)
    if not _fits(tp, data):
        return _wrong(tp, data, where, problems)
    if origin is list and isinstance(data, list):
        items = [_value(get_args(tp)[0], x, (*where, i), problems) for i, x in enumerate(data)]
        return _BAD if any(x is _BAD for x in items) else items
    if origin is dict and isinstance(data, dict):
        return _mapping(get_args(tp)[1], data, where, problems)
    if dataclasses.is_dataclass(tp) and isinstance(data, dict):
        return _record(tp, data, where, problems)  # type: ignore[arg-type]
    if tp is date and isinstance(data, str):
        try:
            return date.fromisoformat(data)
        except ValueError:
            return _wrong(tp, data, where, problems)
    return data


def _fits(tp: Any, data: object) -> bool:
    """Whether ``data`` has the shape ``tp`` asks for (what is inside is checked later)."""
    origin = get_origin(tp)
    if origin is Annotated:
        return _fits(get_args(tp)[0], data)
    if origin in (Union, types.UnionType):
        return any(_fits(alt, data) for alt in get_args(tp))
    if origin is Literal:
        return any(type(data) is type(a) and data == a for a in get_args(tp))
    if origin is list:
        return isinstance(data, list)
    if origin is dict or dataclasses.is_dataclass(tp):
        return isinstance(data, dict)
    if tp is date:
        return (isinstance(data, date) and not isinstance(data, datetime)) or isinstance(data, str)
    if tp is int:
        return isinstance(data, int) and not isinstance(data, bool)
    if tp in (str, bool, type(None)):
        return isinstance(data, tp)
    raise TypeError(f"schema: unsupported type {tp!r}")


def _wrong(tp: Any, data: object, where: Where, problems: list[Problem]) -> Any:
    problems.append(Problem(where, f"must be {_expected(tp)}, not {_shown(data)}"))
    return _BAD


def _expected(tp: Any) -> str:
    origin = get_origin(tp)
    if origin is Annotated:
        return _expected(get_args(tp)[0])
    if origin in (Union, types.UnionType):
        return " or ".join(_expected(alt) for alt in get_args(tp) if alt is not type(None))
    if origin is Literal:
        allowed = [repr(a) for a in get_args(tp)]
        return " or ".join(allowed) if len(allowed) <= 2 else "one of " + ", ".join(allowed)
    if origin is list:
        return "a list"
    if origin is dict or dataclasses.is_dataclass(tp):
        return "a mapping (key: value)"
    names = {str: "text", int: "a whole number", bool: "true or false", date: "a date (YYYY-MM-DD)"}
    return names.get(tp, getattr(tp, "__name__", str(tp)))


def _shown(data: object) -> str:
    if data is None:
        return "empty"
    if isinstance(data, list):
        return "a list"
    if isinstance(data, dict):
        return "a mapping"
    return repr(data)


def _mapping(item: Any, data: dict[object, object], where: Where, problems: list[Problem]) -> Any:
    out: dict[str, Any] = {}
    for key, value in data.items():
        if not isinstance(key, str):
            problems.append(Problem(where, f"key {key!r} must be text"))
            continue
        out[key] = _value(item, value, (*where, key), problems)
    return _BAD if any(x is _BAD for x in out.values()) else out


def _record(cls: type[Any], data: dict[object, object], where: Where, problems: list[Problem]) -> Any:
    fields = _fields(cls)
    before = len(problems)
    for key in data:
        if key not in fields:
            known = ", ".join(fields)
            problems.append(Problem((*where, str(key)), f"unknown field (known here: {known})"))
    values: dict[str, Any] = {}
    for name, (tp, required) in fields.items():
        if name in data:
            values[name] = _value(tp, data[name], (*where, name), problems)
        elif required:
            problems.append(Problem((*where, name), "required, but missing"))
    if len(problems) > before:
        return _BAD
    try:
        return cls(**values)
    except ValueError as exc:  # a rule across fields, from __post_init__
        problems.append(Problem(where, str(exc)))
        return _BAD


_FIELDS: dict[type[Any], dict[str, tuple[Any, bool]]] = {}


def _fields(cls: type[Any]) -> dict[str, tuple[Any, bool]]:
    """Each field's type and whether it must be given, in the order declared."""
    if cls not in _FIELDS:
        hints = get_type_hints(cls, include_extras=True)
        missing = dataclasses.MISSING
        _FIELDS[cls] = {
            f.name: (hints[f.name], f.default is missing and f.default_factory is missing)
            for f in dataclasses.fields(cls)
            if f.init
        }
    return _FIELDS[cls]
