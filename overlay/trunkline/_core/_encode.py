"""Python values -> wire values, for query strings, form bodies, headers and JSON bodies.

| Python                         | query / form / header      | JSON                    |
| ------------------------------ | -------------------------- | ----------------------- |
| `bool`                         | `"true"` / `"false"`       | `true` / `false`        |
| aware `datetime`               | `"2024-05-01T12:00:00Z"` (UTC, seconds)              |
| naive `datetime`               | `InvalidParameterError` naming the parameter         |
| `date`                         | `"2024-05-01"`                                       |
| `Decimal`                      | `"0.0075"` (as written, never exponent notation)     |
| `int` / `float`                | `"42"` / `"1.5"`           | `42` / `1.5`            |
| `Enum` member                  | its value, encoded by these rules                    |
| `list` / `tuple`               | the key repeated           | an array                |
| an input class or a record     | refused, naming it         | its `to_dict()`         |
| `None` / `UNSET`               | left out                   | left out (top level)    |
"""

from __future__ import annotations

import datetime as _dt
import sys
from collections.abc import Mapping
from enum import Enum
from typing import Any

from ._exceptions import InvalidParameterError

__all__ = ["dumps_json", "encode_fields", "encode_value", "is_omitted", "reject_naive", "to_json"]

WireValue = str | list[str]


def is_omitted(value: Any) -> bool:
    """Whether a value means "not given": `None` or the generated code's `UNSET`."""
    # The generated package's `Unset` class is matched by name: the core must not
    # import generated code.
    return value is None or type(value).__name__ == "Unset"


def reject_naive(name: str, value: Any) -> None:
    """Raise `InvalidParameterError` naming `name` if `value` holds a naive datetime."""
    if isinstance(value, _dt.datetime):
        if value.tzinfo is None or value.utcoffset() is None:
            raise InvalidParameterError(
                f"{name}: naive datetime {value.isoformat()} has no time zone; "
                "pass an aware datetime (for example with tzinfo=datetime.UTC)"
            )
    elif isinstance(value, list | tuple):
        for item in value:
            reject_naive(name, item)


def _utc_text(name: str, value: _dt.datetime) -> str:
    reject_naive(name, value)
    return value.astimezone(_dt.UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def _decimal_text(value: Any) -> str | None:
    # `decimal` is only inspected when something already imported it.
    decimal = sys.modules.get("decimal")
    if decimal is not None and isinstance(value, decimal.Decimal):
        return format(value, "f")
    return None


def _scalar(name: str, value: Any) -> str:
    kind = type(value)
    if kind is str:
        return value  # type: ignore[no-any-return]
    if kind is bool:
        return "true" if value else "false"
    if kind is int or kind is float:
        return str(value)
    if isinstance(value, Enum):
        return _scalar(name, value.value)
    if isinstance(value, _dt.datetime):
        return _utc_text(name, value)
    if isinstance(value, _dt.date):
        return value.isoformat()
    if isinstance(value, str):
        return str.__str__(value)
    if isinstance(value, int):  # an int subclass (bool and IntEnum are handled above)
        return str(int(value))
    if isinstance(value, float):
        return str(float(value))
    text = _decimal_text(value)
    if text is not None:
        return text
    raise InvalidParameterError(f"{name}: cannot send a {kind.__name__} as a query or form value")


def encode_value(name: str, value: Any) -> WireValue | None:
    """One query/form/header value -> its wire text (a list for repeated keys; None = leave out)."""
    if is_omitted(value):
        return None
    if isinstance(value, list | tuple):
        return [_scalar(name, item) for item in value if not is_omitted(item)]
    return _scalar(name, value)


def encode_fields(fields: Mapping[str, Any]) -> dict[str, WireValue]:
    """Query or form fields -> wire text, leaving out `None` and `UNSET`."""
    encoded: dict[str, WireValue] = {}
    for name, value in fields.items():
        wire = encode_value(name, value)
        if wire is not None:
            encoded[name] = wire
    return encoded


def to_json(value: Any, name: str = "body") -> Any:
    """A JSON body -> plain JSON types (top-level `None`/`UNSET` fields left out)."""
    if isinstance(value, Mapping):
        return {k: _json_value(v, str(k)) for k, v in value.items() if not is_omitted(v)}
    return _json_value(value, name)


def _json_value(value: Any, name: str) -> Any:
    kind = type(value)
    if value is None or kind is str or kind is bool or kind is int or kind is float:
        return value
    if isinstance(value, Mapping):
        return {
            k: _json_value(v, f"{name}.{k}")
            for k, v in value.items()
            if type(v).__name__ != "Unset"
        }
    if isinstance(value, list | tuple):
        return [_json_value(v, name) for v in value if type(v).__name__ != "Unset"]
    if isinstance(value, Enum):
        return _json_value(value.value, name)
    if isinstance(value, int):  # an int subclass (bool and IntEnum are handled above)
        return int(value)
    if isinstance(value, float):
        return float(value)
    to_dict = getattr(value, "to_dict", None)
    if callable(to_dict):  # a generated input class, or a record sent back as it came
        return _json_value(to_dict(), name)
    # Strings, dates, datetimes and decimals share the query/form rules.
    return _scalar(name, value)


def dumps_json(body: Any) -> bytes:
    """A JSON body -> bytes (after `to_json`)."""
    import orjson

    return orjson.dumps(body)
