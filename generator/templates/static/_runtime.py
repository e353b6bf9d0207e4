"""What every generated package shares: the UNSET marker and the lazy record base.

A record wraps the decoded JSON object as it came off the wire. Nothing is
converted when a record is made, so a page of 1,000 records costs 1,000 small
objects; a field is converted (RFC 2822 text to an aware datetime, a price
string to Decimal, ...) the first time it is read, and the result is cached.
Fields the spec does not know yet stay in the data and come back from
`to_dict()`; an enum value the spec does not know stays a plain string.

This file is copied into generated/ by the generator: edit it in
generator/templates/static/.
"""

from __future__ import annotations

import datetime
from collections.abc import Callable, Mapping
from enum import Enum
from typing import TYPE_CHECKING, Any, ClassVar, Literal, NoReturn, TypedDict

if TYPE_CHECKING:
    import decimal

__all__ = ["UNSET", "Record", "Unset"]


class Unset:
    """The type of `UNSET`: an argument that was not given (as opposed to `None`)."""

    __slots__ = ()

    def __bool__(self) -> Literal[False]:
        return False

    def __repr__(self) -> str:
        return "UNSET"


UNSET: Unset = Unset()

# Field names whose values are credentials: never shown by repr().
SECRET_FIELDS = frozenset(
    {"auth_token", "secret", "api_secret", "password", "private_key", "token", "sig"}
)

_UTC = datetime.UTC
# RFC 2822 month abbreviations -> ISO month digits
_MONTHS = {
    "Jan": "01",
    "Feb": "02",
    "Mar": "03",
    "Apr": "04",
    "May": "05",
    "Jun": "06",
    "Jul": "07",
    "Aug": "08",
    "Sep": "09",
    "Oct": "10",
    "Nov": "11",
    "Dec": "12",
}
_from_iso = datetime.datetime.fromisoformat


MISSING: Any = object()  # "not converted yet" in a record's cache


class CallOptions(TypedDict, total=False):
    """Per-call options every API method takes; `None` in an `extra_*` mapping removes that entry.

    Each operation's `Params` extends this with its own inputs.
    """

    extra_headers: Mapping[str, str | None]
    extra_query: Mapping[str, Any]
    extra_body: Mapping[str, Any]
    timeout: float | None
    max_retries: int


class Record:
    """A read-only, typed view of one JSON object from a provider."""

    __slots__ = ("_cache", "_data")
    # (python name, wire name) of every field the spec declares, in spec order.
    _FIELDS: ClassVar[tuple[tuple[str, str], ...]] = ()

    _data: dict[str, Any]
    _cache: dict[str, Any]  # wire name -> converted value

    def __init__(self, data: Mapping[str, Any]) -> None:
        _set_data(self, data if type(data) is dict else dict(data))
        _set_cache(self, {})

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Any:
        """Wrap a decoded JSON object (the wire form) without copying or converting it."""
        return cls(data)

    def to_dict(self) -> dict[str, Any]:
        """The wire JSON, unknown fields included (a copy: the record stays unchanged)."""
        return _copy(self._data)

    def __setattr__(self, name: str, value: Any) -> None:
        raise AttributeError(f"{type(self).__name__} records are read-only")

    def __delattr__(self, name: str) -> None:
        raise AttributeError(f"{type(self).__name__} records are read-only")

    def __eq__(self, other: object) -> bool:
        if type(other) is not type(self):
            return NotImplemented
        return bool(self._data == other._data)  # type: ignore[attr-defined]

    __hash__ = None  # type: ignore[assignment]

    def __reduce__(self) -> tuple[Any, ...]:
        return (type(self), (self._data,))

    def __repr__(self) -> str:
        data = self._data
        shown = []
        for python, wire in self._FIELDS:
            if wire in data:
                value = data[wire]
                text = "'***'" if wire in SECRET_FIELDS and value else repr(value)
                shown.append(f"{python}={text}")
        return f"{type(self).__name__}({', '.join(shown)})"


# The slots' own setters: records refuse attribute assignment from outside.
_set_data = Record._data.__set__  # type: ignore[attr-defined,misc]
_set_cache = Record._cache.__set__  # type: ignore[attr-defined,misc]


def _copy(value: Any) -> Any:
    if type(value) is dict:
        return {k: _copy(v) for k, v in value.items()}
    if type(value) is list:
        return [_copy(v) for v in value]
    return value


# --------------------------------------------------------------------------- converters
# Each takes a non-None wire value. A value that does not parse is returned as
# it came: a record never raises on read because a provider changed a format.


def rfc2822_datetime(text: Any) -> Any:
    """'Thu, 30 Jul 2015 20:00:00 +0000' -> aware UTC datetime."""
    if type(text) is str and len(text) == 31 and text[25:] == " +0000":
        # Twilio's one shape, 'Thu, 30 Jul 2015 20:00:00 +0000': rearranged into ISO
        # 8601 and parsed in C, several times faster than the general parser below.
        month = _MONTHS.get(text[8:11])
        if month is not None:
            try:
                return _from_iso(f"{text[12:16]}-{month}-{text[5:7]}T{text[17:25]}+00:00")
            except ValueError:
                pass
    try:
        from email.utils import parsedate_to_datetime

        parsed = parsedate_to_datetime(text)
    except (TypeError, ValueError):
        return text
    if parsed.tzinfo is None:
        return text  # RFC 2822 '-0000' means "zone unknown": don't guess
    return parsed.astimezone(_UTC)


def iso_datetime(text: Any) -> Any:
    """ISO 8601 text -> aware UTC datetime ('Z' accepted)."""
    try:
        parsed = datetime.datetime.fromisoformat(text)
    except (TypeError, ValueError):
        return text
    if parsed.tzinfo is None:
        return text
    return parsed.astimezone(_UTC)


def iso_date(text: Any) -> Any:
    """'2015-07-30' -> date."""
    try:
        return datetime.date.fromisoformat(text)
    except (TypeError, ValueError):
        return text


_Decimal: Any = None  # decimal.Decimal, imported on first use


def decimal_string(text: Any) -> decimal.Decimal | Any:
    """'-0.02000' (or a JSON number) -> Decimal, exactly as written."""
    global _Decimal  # noqa: PLW0603 - a lazy import, cached
    if _Decimal is None:
        from decimal import Decimal

        _Decimal = Decimal
    try:
        return _Decimal(text if type(text) is str else str(text))
    except (ArithmeticError, TypeError, ValueError):  # decimal.InvalidOperation is one
        return text


def int_string(text: Any) -> int | Any:
    """'42' (an integer carried in a JSON string) -> 42."""
    try:
        return int(text)
    except (TypeError, ValueError):
        return text


_TRUE = frozenset({"true", "True", "TRUE", "1", "yes"})
_FALSE = frozenset({"false", "False", "FALSE", "0", "no"})


def bool_value(value: Any) -> Any:
    """A boolean, also when sent as "true" / "false" (Vonage does)."""
    if type(value) is bool:
        return value
    if value in _TRUE:
        return True
    if value in _FALSE:
        return False
    return value


def int_value(value: Any) -> Any:
    """An integer, also when sent as "42"."""
    if type(value) is int:
        return value
    if type(value) is str:
        try:
            return int(value)
        except ValueError:
            return value
    return value


def number_value(value: Any) -> Any:
    """A number, also when sent as "1.5" (an int stays an int)."""
    if type(value) in (int, float):
        return value
    if type(value) is str:
        try:
            return float(value) if any(c in value for c in ".eE") else int(value)
        except ValueError:
            return value
    return value


def enum(cls: type[Enum]) -> Callable[[Any], Any]:
    """A converter to `cls` that keeps unknown values as plain strings."""
    members = cls._value2member_map_

    def convert(value: Any) -> Any:
        return members.get(value, value)

    return convert


def enum_list(cls: type[Enum]) -> Callable[[Any], Any]:
    """Like `enum`, for a JSON array of values."""
    members = cls._value2member_map_

    def convert(values: Any) -> Any:
        return [members.get(v, v) for v in values] if type(values) is list else values

    return convert


def model(cls: type[Record]) -> Callable[[Any], Any]:
    """A converter wrapping a nested JSON object in `cls`."""

    def convert(value: Any) -> Any:
        return cls(value) if type(value) is dict else value

    return convert


def first_item(key: str, cls: type[Record]) -> Callable[[Any], Any]:
    """A parser for an answer that wraps one object in a list (`{"data": [object]}`)."""

    def parse(payload: Any) -> Any:
        items = payload.get(key) if type(payload) is dict else None
        if type(items) is list and items and type(items[0]) is dict:
            return cls(items[0])
        return None

    return parse


def model_list(cls: type[Record]) -> Callable[[Any], Any]:
    """A converter wrapping each object of a JSON array in `cls`."""

    def convert(values: Any) -> Any:
        if type(values) is not list:
            return values
        return [cls(v) if type(v) is dict else v for v in values]

    return convert


# --------------------------------------------------------------------------- inputs
# Input classes (request bodies with structure) are frozen attrs classes with a
# `_WIRE` table (python name, wire name) and `_RULES` (python name, the spec's
# constraints). These three functions are all their behaviour.


def input_dict(obj: Any, wire: tuple[tuple[str, str], ...]) -> dict[str, Any]:
    """An input's wire JSON: fields not given left out, nested inputs as their dicts."""
    out: dict[str, Any] = {}
    for python, name in wire:
        value = getattr(obj, python)
        if value is not UNSET:
            out[name] = _wire_value(value)
    return out


def _wire_value(value: Any) -> Any:
    to_dict = getattr(value, "to_dict", None)
    if to_dict is not None and not isinstance(value, type):
        return to_dict()
    if isinstance(value, Mapping):
        return {k: _wire_value(v) for k, v in value.items() if v is not UNSET}
    if isinstance(value, list | tuple):
        return [_wire_value(v) for v in value]
    if isinstance(value, Enum):
        return value.value
    return value


def input_from_dict(cls: Any, data: Mapping[str, Any]) -> Any:
    """An input from its wire JSON; an unknown key is an error naming it."""
    wire: dict[str, str] = {name: python for python, name in cls._WIRE}
    fixed = {name for name, attribute in _init_false(cls)}
    kwargs: dict[str, Any] = {}
    for key, value in data.items():
        python = wire.get(key)
        if python is None:
            _invalid(f"{cls.__name__}: unknown field {key!r}")
        if python not in fixed:
            kwargs[python] = value
    return cls(**kwargs)


def _init_false(cls: Any) -> list[tuple[str, Any]]:
    return [(a.name, a) for a in cls.__attrs_attrs__ if not a.init]


def check_input(obj: Any, rules: tuple[tuple[str, dict[str, Any]], ...]) -> None:
    """Refuse an input the spec's constraints rule out, naming the class and the field."""
    for python, rule in rules:
        value = getattr(obj, python)
        if value is UNSET or value is None or isinstance(value, Mapping):
            continue
        problem = _problem(value, rule)
        if problem is not None:
            _invalid(f"{type(obj).__name__}.{python}: {problem}")


def _problem(value: Any, rule: dict[str, Any]) -> str | None:
    allowed = rule.get("enum")
    if allowed is not None:
        plain = getattr(value, "value", value)
        if plain not in allowed:
            return f"must be one of {', '.join(map(str, allowed))}, not {value!r}"
    number = type(value) in (int, float) or type(value).__name__ == "Decimal"
    if number:
        if "minimum" in rule and value < rule["minimum"]:
            return f"must be at least {rule['minimum']}, not {value!r}"
        if "maximum" in rule and value > rule["maximum"]:
            return f"must be at most {rule['maximum']}, not {value!r}"
        if "exclusiveMinimum" in rule and value <= rule["exclusiveMinimum"]:
            return f"must be more than {rule['exclusiveMinimum']}, not {value!r}"
        if "exclusiveMaximum" in rule and value >= rule["exclusiveMaximum"]:
            return f"must be less than {rule['exclusiveMaximum']}, not {value!r}"
        if rule.get("integer") and type(value) is not int:
            return f"must be a whole number, not {value!r}"
    if isinstance(value, str):
        if "minLength" in rule and len(value) < rule["minLength"]:
            return f"must be at least {rule['minLength']} characters long"
        if "maxLength" in rule and len(value) > rule["maxLength"]:
            return f"must be at most {rule['maxLength']} characters long"
    if isinstance(value, list | tuple):
        if "minItems" in rule and len(value) < rule["minItems"]:
            return f"needs at least {rule['minItems']} item(s)"
        if "maxItems" in rule and len(value) > rule["maxItems"]:
            return f"takes at most {rule['maxItems']} item(s)"
    return None


def _invalid(message: str) -> NoReturn:
    from trunkline._core._exceptions import InvalidParameterError

    raise InvalidParameterError(message)
