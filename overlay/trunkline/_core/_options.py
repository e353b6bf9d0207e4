"""`RequestOptions`: per-call escape hatches, merged last into the request."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from trunkline_generated._runtime import CallOptions as RequestOptions

from ._encode import encode_value, to_json
from ._exceptions import InvalidParameterError
from ._provider import RequestKwargs

__all__ = ["RequestOptions", "merge_extras"]


# RequestOptions (extra_headers, extra_query, extra_body, timeout, max_retries) is
# defined once, beside the generated code, whose per-operation `Params` extend it.


def merge_extras(request: RequestKwargs, options: RequestOptions) -> None:
    """Merge `extra_headers`/`extra_query`/`extra_body` into `request` (in place, wins over all)."""
    extra_headers = options.get("extra_headers")
    if extra_headers:
        headers = request.setdefault("headers", {})
        for name, header in extra_headers.items():
            _set_header(headers, name, header)
    extra_query = options.get("extra_query")
    if extra_query:
        _merge_fields(request.setdefault("params", {}), extra_query)
    extra_body = options.get("extra_body")
    if extra_body:
        body = request.get("json")
        if isinstance(body, dict):
            for key, value in extra_body.items():
                if value is None:
                    body.pop(key, None)
                else:
                    body[key] = to_json(value, key)
        elif "json" in request:
            raise InvalidParameterError("extra_body: this request's JSON body is not an object")
        else:
            _merge_fields(request.setdefault("data", {}), extra_body)


def _set_header(headers: dict[str, str], name: str, value: str | None) -> None:
    # Header names are case-insensitive: replace whatever spelling is there.
    for existing in [key for key in headers if key.lower() == name.lower()]:
        del headers[existing]
    if value is not None:
        headers[name] = value


def _merge_fields(fields: dict[str, str | list[str]], extra: Mapping[str, Any]) -> None:
    for name, value in extra.items():
        wire = encode_value(name, value)
        if wire is None:
            fields.pop(name, None)
        else:
            fields[name] = wire
