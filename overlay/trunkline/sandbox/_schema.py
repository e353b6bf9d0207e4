"""JSON Schema, the subset the specs use: validate inputs, coerce form/query text, make records.

Schemas are the generator's compact form (`generator/sandbox_data.py`): `$ref`s
are `"<api>:<Name>"` keys of one table per provider.
"""

from __future__ import annotations

import re
import uuid
from collections.abc import Mapping
from datetime import UTC, date, datetime
from email.utils import format_datetime
from functools import lru_cache
from typing import Any
from urllib.parse import urlsplit

__all__ = ["SchemaError", "Schemas", "format_time"]

_TYPES: dict[str, tuple[type, ...]] = {
    "string": (str,),
    "integer": (int,),
    "number": (int, float),
    "boolean": (bool,),
    "array": (list,),
    "object": (dict,),
    "null": (type(None),),
}
_TRUE = {"true", "1", "yes"}
_FALSE = {"false", "0", "no"}
_MAX_DEPTH = 6


class SchemaError(ValueError):
    """An input that breaks its schema: `where` names it (`To`, `callFlow.steps[0].action`)."""

    def __init__(self, where: str, reason: str) -> None:
        super().__init__(f"{where}: {reason}" if where else reason)
        self.where = where
        self.reason = reason


@lru_cache(maxsize=512)
def _regex(pattern: str) -> re.Pattern[str]:
    return re.compile(pattern)


def format_time(value: datetime, fmt: str | None) -> str:
    """A time as a record field of this format says it: RFC 2822, ISO 8601 or a date."""
    value = value.astimezone(UTC).replace(microsecond=0)
    if fmt == "date-time-rfc-2822":
        return format_datetime(value)
    if fmt == "date":
        return value.date().isoformat()
    return value.isoformat().replace("+00:00", "Z")


def parse_time(text: str) -> datetime | None:
    """An ISO 8601 date or date-time (aware, UTC when no zone is given), or None."""
    try:
        if len(text) == 10:
            day = date.fromisoformat(text)
            return datetime(day.year, day.month, day.day, tzinfo=UTC)
        moment = datetime.fromisoformat(text.replace("Z", "+00:00"))
    except ValueError:
        return None
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)


def _types(schema: Mapping[str, Any]) -> list[str]:
    kind = schema.get("type")
    if kind is None:
        return []
    return [kind] if isinstance(kind, str) else list(kind)


def _is(value: Any, kind: str) -> bool:
    if kind in ("integer", "number") and isinstance(value, bool):
        return False
    if kind == "integer" and isinstance(value, float):
        return value.is_integer()
    return isinstance(value, _TYPES.get(kind, (object,)))


class Schemas:
    """One provider's schema table and what the sandbox does with it."""

    def __init__(self, table: Mapping[str, Any]) -> None:
        self.table = table

    def resolve(self, schema: Any) -> dict[str, Any]:
        """Follow `$ref`s to the schema itself."""
        while isinstance(schema, dict) and "$ref" in schema:
            schema = self.table[schema["$ref"]]
        return schema if isinstance(schema, dict) else {}

    def properties(self, schema: Any) -> dict[str, Any]:
        """Every property of an object schema, those taken by `allOf` included."""
        schema = self.resolve(schema)
        props: dict[str, Any] = {}
        for part in schema.get("allOf") or []:
            props.update(self.properties(part))
        props.update(schema.get("properties") or {})
        return props

    # ------------------------------------------------------------------ validation

    def validate(self, value: Any, schema: Any, where: str = "") -> None:
        """Raise SchemaError naming the first place `value` breaks `schema`."""
        schema = self.resolve(schema)
        if not schema:
            return
        for part in schema.get("allOf") or []:
            self.validate(value, part, where)
        if "const" in schema and value != schema["const"]:
            raise SchemaError(where, f"must be {schema['const']!r}")
        if "enum" in schema and value not in schema["enum"]:
            shown = ", ".join(map(str, schema["enum"][:12]))
            raise SchemaError(where, f"{value!r} is not one of {shown}")
        types = _types(schema)
        if types and not any(_is(value, t) for t in types):
            raise SchemaError(where, f"must be {' or '.join(types)}, not {_kind(value)}")
        if "oneOf" in schema:
            self._one_of(value, schema, where)
        if "anyOf" in schema:
            errors = [self._error(value, s, where) for s in schema["anyOf"]]
            if all(errors):
                raise errors[0] or SchemaError(where, "matches none of the allowed shapes")
        if "if" in schema and self._error(value, schema["if"], where) is None:
            if "then" in schema:
                self.validate(value, schema["then"], where)
        elif "else" in schema and "if" in schema:
            self.validate(value, schema["else"], where)
        if isinstance(value, str):
            self._string(value, schema, where)
        elif isinstance(value, int | float) and not isinstance(value, bool):
            self._number(value, schema, where)
        elif isinstance(value, list):
            self._array(value, schema, where)
        elif isinstance(value, dict):
            self._object(value, schema, where)

    def _error(self, value: Any, schema: Any, where: str) -> SchemaError | None:
        try:
            self.validate(value, schema, where)
        except SchemaError as exc:
            return exc
        return None

    def _one_of(self, value: Any, schema: dict[str, Any], where: str) -> None:
        disc = schema.get("discriminator")
        if disc and isinstance(value, dict):
            tag = value.get(disc["propertyName"])
            target = disc.get("mapping", {}).get(tag)
            if target is None:
                tags = ", ".join(sorted(disc.get("mapping", {})))
                raise SchemaError(
                    f"{where}.{disc['propertyName']}" if where else disc["propertyName"],
                    f"{tag!r} is not one of {tags}",
                )
            self.validate(value, {"$ref": target}, where)
            return
        errors = [self._error(value, s, where) for s in schema["oneOf"]]
        matched = sum(1 for e in errors if e is None)
        if matched == 0:
            raise next(e for e in errors if e is not None)
        if matched > 1:
            raise SchemaError(where, "matches more than one of the allowed shapes")

    def _string(self, value: str, schema: dict[str, Any], where: str) -> None:
        if len(value) < schema.get("minLength", 0):
            raise SchemaError(where, f"must be at least {schema['minLength']} characters")
        if "maxLength" in schema and len(value) > schema["maxLength"]:
            raise SchemaError(where, f"must be at most {schema['maxLength']} characters")
        pattern = schema.get("pattern")
        if pattern and not _regex(pattern).search(value):
            raise SchemaError(where, f"{value[:60]!r} does not match {pattern}")
        fmt = schema.get("format")
        if fmt in ("uri", "url") and value:
            parts = urlsplit(value)
            if not parts.scheme or not (parts.netloc or parts.path):
                raise SchemaError(where, f"{value[:60]!r} is not an absolute URL")
        elif fmt in ("date-time", "date") and parse_time(value) is None:
            raise SchemaError(where, f"{value[:60]!r} is not an ISO 8601 date or time")

    def _number(self, value: float, schema: dict[str, Any], where: str) -> None:
        if "minimum" in schema and value < schema["minimum"]:
            raise SchemaError(where, f"must be >= {schema['minimum']}")
        if "maximum" in schema and value > schema["maximum"]:
            raise SchemaError(where, f"must be <= {schema['maximum']}")
        if "exclusiveMinimum" in schema and value <= schema["exclusiveMinimum"]:
            raise SchemaError(where, f"must be > {schema['exclusiveMinimum']}")
        if "exclusiveMaximum" in schema and value >= schema["exclusiveMaximum"]:
            raise SchemaError(where, f"must be < {schema['exclusiveMaximum']}")
        step = schema.get("multipleOf")
        if step and (value / step) != int(value / step):
            raise SchemaError(where, f"must be a multiple of {step}")

    def _array(self, value: list[Any], schema: dict[str, Any], where: str) -> None:
        if len(value) < schema.get("minItems", 0):
            raise SchemaError(where, f"needs at least {schema['minItems']} item(s)")
        if "maxItems" in schema and len(value) > schema["maxItems"]:
            raise SchemaError(where, f"takes at most {schema['maxItems']} item(s)")
        if "items" in schema:
            for i, item in enumerate(value):
                self.validate(item, schema["items"], f"{where}[{i}]")

    def _object(self, value: dict[str, Any], schema: dict[str, Any], where: str) -> None:
        for name in schema.get("required") or []:
            if name not in value:
                raise SchemaError(f"{where}.{name}" if where else name, "is required")
        props = schema.get("properties") or {}
        extra = schema.get("additionalProperties", True)
        for name, item in value.items():
            inner = f"{where}.{name}" if where else name
            if name in props:
                self.validate(item, props[name], inner)
            elif extra is False and not schema.get("allOf"):
                raise SchemaError(inner, "is not a known field")
            elif isinstance(extra, dict):
                self.validate(item, extra, inner)

    # ------------------------------------------------------------------ form and query text

    def coerce(self, raw: list[str], schema: Any, where: str) -> Any:
        """Form or query text (every value of one name) as the type its schema says."""
        schema = self.resolve(schema)
        types = _types(schema) or self._guess_types(schema)
        if "array" in types:
            items = schema.get("items") or {}
            values: list[str] = []
            for text in raw:
                values.extend(text.split(",") if self._splits(schema) else [text])
            return [self._scalar(v, items, f"{where}[{i}]") for i, v in enumerate(values)]
        return self._scalar(raw[-1], schema, where)

    def _guess_types(self, schema: dict[str, Any]) -> list[str]:
        for key in ("oneOf", "anyOf", "allOf"):
            for part in schema.get(key) or []:
                found = _types(self.resolve(part))
                if found:
                    return found
        if "enum" in schema:
            return ["string"]
        return []

    def _splits(self, schema: dict[str, Any]) -> bool:
        return False

    def _scalar(self, text: str, schema: Any, where: str) -> Any:
        schema = self.resolve(schema)
        types = _types(schema) or self._guess_types(schema)
        if "null" in types and text == "" and "string" not in types:
            return None
        for kind in types:
            if kind == "integer":
                try:
                    return int(text)
                except ValueError:
                    continue
            if kind == "number":
                try:
                    return float(text)
                except ValueError:
                    continue
            if kind == "boolean":
                if text.lower() in _TRUE:
                    return True
                if text.lower() in _FALSE:
                    return False
                continue
            if kind == "object":
                import json

                try:
                    parsed = json.loads(text)
                except ValueError:
                    continue
                if isinstance(parsed, dict):
                    return parsed
                continue
            if kind == "string":
                return text
        if not types:
            return text
        raise SchemaError(where, f"{text[:60]!r} is not a valid {' or '.join(types)}")

    # ------------------------------------------------------------------ records

    def example(self, schema: Any, now: datetime, depth: int = 0) -> Any:
        """A value valid for `schema`: its default, null where allowed, else the plainest one."""
        schema = self.resolve(schema)
        if "default" in schema:
            return schema["default"]
        if "const" in schema:
            return schema["const"]
        if "enum" in schema:
            return schema["enum"][0]
        types = _types(schema)
        if "null" in types:
            return None
        for key in ("oneOf", "anyOf"):
            if schema.get(key):
                for part in schema[key]:
                    if "null" in _types(self.resolve(part)):
                        return None
                return self.example(schema[key][0], now, depth)
        if schema.get("allOf") or "properties" in schema:
            types = types or ["object"]
        kind = types[0] if types else "string"
        if kind == "object":
            if depth >= _MAX_DEPTH:
                return {}
            props = self.properties(schema)
            required = set(schema.get("required") or [])
            for part in schema.get("allOf") or []:
                required |= set(self.resolve(part).get("required") or [])
            return {
                name: self.example(prop, now, depth + 1)
                for name, prop in props.items()
                if depth == 0 or name in required or depth < 2
            }
        if kind == "array":
            count = schema.get("minItems", 0)
            return [self.example(schema.get("items") or {}, now, depth + 1) for _ in range(count)]
        if kind == "integer":
            return max(0, int(schema.get("minimum", 0)))
        if kind == "number":
            return max(0, schema.get("minimum", 0))
        if kind == "boolean":
            return False
        return self._string_example(schema, now)

    def _string_example(self, schema: dict[str, Any], now: datetime) -> str:
        fmt = schema.get("format")
        if fmt in ("date-time", "date-time-rfc-2822", "date"):
            return format_time(now, fmt)
        text = {
            "uri": "https://example.com/",
            "url": "https://example.com/",
            "uuid": str(uuid.uuid4()),
            "decimal": "0.00",
            "int64": "0",
            "int32": "0",
            "email": "sandbox@example.com",
            "phone-number": "+15005550006",
            "endpoint": "+15005550006",
            "currency": "USD",
            "iso-country-code": "US",
        }.get(fmt or "", "")
        minimum = schema.get("minLength", 0)
        if len(text) < minimum:
            text += "x" * (minimum - len(text))
        return text

    def fits(self, value: Any, schema: Any) -> bool:
        """Whether `value` is valid for `schema`."""
        return self._error(value, schema, "") is None

    def convert(self, value: Any, schema: Any) -> Any:
        """An input value as a record field of `schema` holds it (a string `"3"` for an int)."""
        if self.fits(value, schema):
            return value
        resolved = self.resolve(schema)
        types = _types(resolved) or self._guess_types(resolved)
        if "string" in types and isinstance(value, int | float | bool):
            text = str(value).lower() if isinstance(value, bool) else str(value)
            if self.fits(text, schema):
                return text
        if isinstance(value, str):
            try:
                coerced = self._scalar(value, schema, "")
            except SchemaError:
                return _MISSING
            if self.fits(coerced, schema):
                return coerced
        return _MISSING


def _kind(value: Any) -> str:
    for name, _types in _TYPES.items():
        if _is(value, name):
            return name
    return type(value).__name__


class _Missing:
    """No value (an input that does not fit the record's field)."""

    def __repr__(self) -> str:
        return "MISSING"


_MISSING: Any = _Missing()
MISSING = _MISSING
